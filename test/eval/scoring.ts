// Scoring of extracted records against hand-written gold records (test/gold/*.gold.json).
// Two comparisons everywhere: exact (string equality after trimming) and normalised (folded
// to no diacritics, lower case, whitespace collapsed, surrounding quotes/punctuation dropped),
// so a restoration slip or "Hòa"/"Hoà" does not hide whether the right value was found.
import { foldVietnamese } from '../../normalizers/fold.js';
import { editDistance } from '../../normalizers/edit-distance.js';

export type Mode = 'exact' | 'normalized';

export function normalizeValue(value: string, mode: Mode): string {
  const trimmed = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (mode === 'exact') return trimmed;
  return foldVietnamese(trimmed)
    .replace(/[“”"'‘’«»]/g, '')
    .replace(/\s*([,;:.\-–])\s*/g, '$1 ')
    .replace(/^[\s\-–+•.,;:]+|[\s.,;:]+$/g, '')
    .replace(/–/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/** Single-valued fields: a wrong value is both a false positive and a false negative. */
export function scoreFields(gold: Record<string, string | null>, predicted: Record<string, string | null>, mode: Mode): Counts {
  const counts = { ...ZERO };
  for (const key of Object.keys(gold)) {
    const g = gold[key] ?? null;
    const p = predicted[key] ?? null;
    if (g === null && p === null) continue;
    if (g !== null && p !== null && normalizeValue(g, mode) === normalizeValue(p, mode)) counts.tp++;
    else {
      if (p !== null) counts.fp++;
      if (g !== null) counts.fn++;
    }
  }
  return counts;
}

/** Sets of items matched one-to-one by a key. */
export function scoreSets<G, P>(gold: readonly G[], predicted: readonly P[], goldKey: (g: G) => string, predKey: (p: P) => string): Counts {
  const remaining = new Map<string, number>();
  for (const p of predicted) remaining.set(predKey(p), (remaining.get(predKey(p)) ?? 0) + 1);
  let tp = 0;
  for (const g of gold) {
    const k = goldKey(g);
    const n = remaining.get(k) ?? 0;
    if (n > 0) {
      tp++;
      remaining.set(k, n - 1);
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

/**
 * A reference is right when its number and date both match. A document cited by name only
 * (a law: "Luật Thi đua, khen thưởng") has no number: its folded name stands in for it. The year
 * a law's name may close with ("Luật Đất đai 2024", "Luật Bảo vệ môi trường năm 2020") is its
 * date, scored there: the name is compared without it, so one gold's writing is not the score.
 */
export function referenceKey(ref: { number: string | null; date: string | null; title?: string | null }): string {
  const id = ref.number ?? `title:${lawNameWithoutYear(movementMatchKey(ref.title ?? ''))}`;
  return `${normalizeValue(id, 'normalized').replace(/\s/g, '')}|${ref.date ?? ''}`;
}

/**
 * A title as compared: folded, lower case, punctuation and quotes aside, spaces collapsed, and
 * without the "V/v" a công văn's subject opens with, which some golds keep and others leave out.
 */
export function titleKey(title: string): string {
  return normalizeValue(title, 'normalized').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^v v /, '');
}

/** Letters a title may be off by and still be the title: an OCR slip or two, never a line more or less. */
const TITLE_SLACK = 0.1;
const TITLE_SLACK_MIN = 3;

/** Whether a predicted title is the gold one: within a tenth of its letters (three at least), once keyed. */
export function titleMatches(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = titleKey(gold);
  const p = titleKey(predicted);
  const limit = Math.max(TITLE_SLACK_MIN, Math.floor(g.length * TITLE_SLACK));
  return editDistance(g, p, limit) <= limit;
}

function lawNameWithoutYear(folded: string): string {
  return folded.replace(/(?:\s+nam)?\s+(?:19|20)\d\d$/iu, '');
}

/** Movements compare by name without marks, quotes or punctuation (as the pipeline's key). */
export function movementMatchKey(name: string): string {
  return foldVietnamese(name.normalize('NFC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface GoldTask {
  index: string | null;
  section: string | null;
  content: string;
  lead: string[];
  support: string[];
  supervisor: string | null;
  deadline: { text: string; start: string | null; end: string | null; recurring: boolean } | null;
}

export const TASK_CELLS = ['index', 'content', 'lead', 'support', 'supervisor', 'deadline'] as const;

export interface TaskScore {
  gold: number;
  predicted: number;
  matched: number;
  rowRecall: number;
  rowPrecision: number;
  /** Share of the cells of matched rows that are right. */
  cellAccuracy: Record<Mode, number>;
  perCell: Record<(typeof TASK_CELLS)[number], number>;
  /** Deadline start/end/recurring right, among matched rows whose deadline text matched. */
  deadlineNormalisation: number;
}

function tokens(s: string): string[] {
  return normalizeValue(s, 'normalized').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Dice similarity of two contents' word multisets. */
export function contentSimilarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return ta.length === tb.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return (2 * shared) / (ta.length + tb.length);
}

/**
 * Rows are paired greedily by content similarity (≥ 0.5), with the same index and section as
 * a tie-break bonus; a gold row is recalled when it has a partner.
 */
export function matchTasks(gold: readonly GoldTask[], predicted: readonly GoldTask[]): Array<[number, number]> {
  const candidates: Array<{ g: number; p: number; score: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const sim = contentSimilarity(g.content, p.content);
      if (sim < 0.5) return;
      const sameIndex = (g.index ?? '') === (p.index ?? '') ? 0.1 : 0;
      const sameSection = normalizeValue(g.section ?? '', 'normalized') === normalizeValue(p.section ?? '', 'normalized') ? 0.05 : 0;
      candidates.push({ g: gi, p: pi, score: sim + sameIndex + sameSection });
    }),
  );
  candidates.sort((a, b) => b.score - a.score);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs;
}

function cellEqual(cell: (typeof TASK_CELLS)[number], g: GoldTask, p: GoldTask, mode: Mode): boolean {
  const norm = (s: string | null | undefined) => normalizeValue(s ?? '', mode);
  switch (cell) {
    case 'lead':
    case 'support': {
      const a = g[cell].map((s) => norm(s)).sort();
      const b = p[cell].map((s) => norm(s)).sort();
      return a.length === b.length && a.every((v, i) => v === b[i]);
    }
    case 'deadline':
      return norm(g.deadline?.text) === norm(p.deadline?.text);
    case 'content':
      return norm(g.content) === norm(p.content);
    default:
      return norm(g[cell]) === norm(p[cell]);
  }
}

export function scoreTasks(gold: readonly GoldTask[], predicted: readonly GoldTask[]): TaskScore {
  const pairs = matchTasks(gold, predicted);
  const right: Record<Mode, number> = { exact: 0, normalized: 0 };
  const perCellRight = Object.fromEntries(TASK_CELLS.map((c) => [c, 0])) as Record<(typeof TASK_CELLS)[number], number>;
  let deadlineChecked = 0;
  let deadlineRight = 0;
  for (const [gi, pi] of pairs) {
    const g = gold[gi]!;
    const p = predicted[pi]!;
    for (const cell of TASK_CELLS) {
      for (const mode of ['exact', 'normalized'] as const) if (cellEqual(cell, g, p, mode)) right[mode]++;
      if (cellEqual(cell, g, p, 'normalized')) perCellRight[cell]++;
    }
    if (g.deadline && p.deadline && cellEqual('deadline', g, p, 'normalized')) {
      deadlineChecked++;
      if (g.deadline.start === p.deadline.start && g.deadline.end === p.deadline.end && g.deadline.recurring === p.deadline.recurring) deadlineRight++;
    }
  }
  const cells = pairs.length * TASK_CELLS.length;
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched: pairs.length,
    rowRecall: gold.length ? pairs.length / gold.length : 1,
    rowPrecision: predicted.length ? pairs.length / predicted.length : 1,
    cellAccuracy: { exact: cells ? right.exact / cells : 1, normalized: cells ? right.normalized / cells : 1 },
    perCell: Object.fromEntries(TASK_CELLS.map((c) => [c, pairs.length ? perCellRight[c] / pairs.length : 1])) as TaskScore['perCell'],
    deadlineNormalisation: deadlineChecked ? deadlineRight / deadlineChecked : 1,
  };
}
