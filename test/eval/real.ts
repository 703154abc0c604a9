// Real documents against their hand gold (test/gold/real/*.gold.json, test/real/*/**.gold.json),
// scored per source kind (real text, real OCR text, real scans, real files) and per field.
// Targets (issues 11 and 12): header fields and references F1 ≥ 0.95 on real text; task rows
// recall ≥ 0.90 and lead / support / deadline cell accuracy ≥ 0.85 on plans holding a task list;
// ≥ 0.90 of header fields right on real files and scans, scans scored on what is printed (handwritten
// serials and days are reported apart and must never be invented).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PlanRecord } from '../../output/schema.js';
import { processBytes, processFile, processParts, type PipelineResult } from '../../pipeline/run.js';
import { groupPages } from '../../pipeline/page-groups.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { canonicalToneForm } from '../../normalizers/syllables.js';
import { textVariant, type TextVariant } from './text-variants.js';
import { addCounts, matchTasks, normalizeValue, prf, referenceKey, scoreFields, scoreSets, scoreTasks, titleMatches, ZERO, type Counts, type GoldTask } from './scoring.js';

/**
 * 'real-scan-variant': degraded copies of a real scan (noise, blur, darkening, rotation: a
 * robustness set), scored like scans but reported apart, so copies of one page do not weigh in
 * the real-scan share.
 */
export type RealKind = 'real-text' | 'real-ocr-text' | 'real-scan' | 'real-file' | 'real-scan-variant';
export const REAL_KINDS: readonly RealKind[] = ['real-text', 'real-ocr-text', 'real-scan', 'real-file', 'real-scan-variant'];

export interface RealGold {
  file: string;
  path: string;
  kind: RealKind;
  document: PlanRecord['document'];
  references: Array<{ type: string | null; typeCode: string | null; number: string | null; date: string | null; issuer: string | null; relation: string; title?: string }>;
  hasTaskList: boolean;
  tasks: GoldTask[];
  signer: PlanRecord['signer'];
  /** What the page has written by hand, not printed ("serial", "day"): scored apart from printed values. */
  handwritten?: Array<'serial' | 'day' | 'month'>;
}

export const REAL_TARGETS = { headerF1: 0.95, taskRowRecall: 0.9, taskCells: 0.85, filesHeaderRight: 0.9 };

/** Issuer names compare spelt out: "UBND tỉnh X" and "Ủy ban nhân dân tỉnh X" are one body. */
export function issuerKey(name: string | null): string | null {
  if (name === null) return null;
  return foldVietnamese(name.normalize('NFC'))
    .toLowerCase()
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .replace(/\bhdnd\b/g, 'hoi dong nhan dan')
    .replace(/\bmttq\b/g, 'mat tran to quoc')
    .replace(/\bmat tran to quoc viet nam\b/g, 'mat tran to quoc')
    .replace(/\bhdtdkt\b/g, 'hoi dong thi dua khen thuong')
    // "TP.HCM" as a header prints it, with no space after the dot, is the city spelt out as well.
    .replace(/\btp(?:\.\s*|\s+)(?=\p{L})/gu, 'thanh pho ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The header fields the targets name: number or symbol, date, place, issuer level and name, signer. */
export function realHeaderFields(d: PlanRecord['document'], signer: PlanRecord['signer'] | null): Record<string, string | null> {
  return {
    type: d.type,
    number: d.number,
    symbol: d.symbol,
    date: d.date,
    place: d.place,
    'issuer.level': d.issuer?.level ?? null,
    'issuer.name': issuerKey(d.issuer?.name ?? null),
    'signer.name': signer?.name ?? null,
  };
}

export const REAL_HEADER_FIELDS = ['type', 'number', 'symbol', 'date', 'place', 'issuer.level', 'issuer.name', 'signer.name'] as const;

export function loadRealGold(repoRoot: string, dirs: readonly string[]): RealGold[] {
  const out: RealGold[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.gold.json')) out.push(JSON.parse(readFileSync(full, 'utf8')) as RealGold);
    }
  };
  for (const d of dirs) walk(path.resolve(repoRoot, d));
  return out;
}

interface KindTotals {
  docs: number;
  noRecord: number;
  header: Counts;
  perField: Record<string, { right: number; of: number }>;
  references: Counts;
  tasks: { gold: number; matched: number; predicted: number; cellPairs: number; lead: number; support: number; deadline: number };
  headerRight: { right: number; of: number };
  /** Every gold value, printed or handwritten: the strict share. */
  allRight: { right: number; of: number };
  handwritten: HandwrittenTotals;
  /** The trích yếu, reported beside the header fields and outside their F1 (no target names it). */
  title: { right: number; of: number };
  /** Of the values right when folded, those whose marks are right too (a copy with its marks stripped). */
  marks: Record<string, { right: number; of: number }>;
}

/** Handwritten serials, days and months: read right, left blank with OCR_ILLEGIBLE or OCR_BLANK_FIGURES, left blank silently, or invented. */
interface HandwrittenTotals {
  of: number;
  read: number;
  flagged: number;
  /** Of those flagged, how many only by OCR_BLANK_FIGURES (a blank OCR left, not figures it could not read). */
  flaggedBlank: number;
  silent: number;
  invented: number;
}

const emptyTotals = (): KindTotals => ({
  docs: 0,
  noRecord: 0,
  header: { ...ZERO },
  perField: Object.fromEntries(REAL_HEADER_FIELDS.map((f) => [f, { right: 0, of: 0 }])),
  references: { ...ZERO },
  tasks: { gold: 0, matched: 0, predicted: 0, cellPairs: 0, lead: 0, support: 0, deadline: 0 },
  headerRight: { right: 0, of: 0 },
  allRight: { right: 0, of: 0 },
  handwritten: { of: 0, read: 0, flagged: 0, flaggedBlank: 0, silent: 0, invented: 0 },
  title: { right: 0, of: 0 },
  marks: Object.fromEntries(MARKED_FIELDS.map((f) => [f, { right: 0, of: 0 }])),
});

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

export interface RealReport {
  failures: string[];
  byKind: Map<RealKind, KindTotals>;
}

/** The header fields whose words carry marks: scored on them too when the copy had its marks stripped. */
const MARKED_FIELDS = ['type', 'symbol', 'place', 'issuer.name', 'signer.name'] as const;

/** The field's value with its marks, in one tone convention, abbreviations spelt out, in small letters. */
function markedValue(field: (typeof MARKED_FIELDS)[number], d: PlanRecord['document'], signer: PlanRecord['signer'] | null): string | null {
  const value = field === 'type' ? d.type : field === 'symbol' ? d.symbol : field === 'place' ? d.place : field === 'issuer.name' ? (d.issuer?.name ?? null) : (signer?.name ?? null);
  if (value === null) return null;
  const key = canonicalToneForm(value.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
  if (field !== 'issuer.name') return key;
  return key
    .replace(/\bubnd\b/g, 'ủy ban nhân dân')
    .replace(/\bhđnd\b/g, 'hội đồng nhân dân')
    .replace(/\bmttq\b/g, 'mặt trận tổ quốc')
    .replace(/\bmặt trận tổ quốc việt nam\b/g, 'mặt trận tổ quốc')
    .replace(/\bhđtđkt\b/g, 'hội đồng thi đua khen thưởng')
    .replace(/\btp\.?\s/g, 'thành phố ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One line per task miss: a gold row not found, a wrong lead / support / deadline cell, a predicted row not in gold. */
export function taskMisses(gold: readonly GoldTask[], predicted: readonly GoldTask[]): string[] {
  const pairs = matchTasks(gold, predicted);
  const shown = (t: GoldTask) => `[${t.index ?? '-'}] ${t.content.slice(0, 70)}`;
  const lines: string[] = [];
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPred = new Set(pairs.map(([, p]) => p));
  gold.forEach((g, i) => {
    if (!matchedGold.has(i)) lines.push(`task missed: ${shown(g)}`);
  });
  for (const [gi, pi] of pairs) {
    const g = gold[gi]!;
    const p = predicted[pi]!;
    const norm = (s: string | null | undefined) => normalizeValue(s ?? '', 'normalized');
    const units = (xs: readonly string[]) => xs.map(norm).sort().join(' | ');
    for (const cell of ['lead', 'support'] as const) {
      if (units(g[cell]) !== units(p[cell])) lines.push(`task ${cell} ${shown(g)}: ${JSON.stringify(p[cell])} ≠ ${JSON.stringify(g[cell])}`);
    }
    if (norm(g.deadline?.text) !== norm(p.deadline?.text)) lines.push(`task deadline ${shown(g)}: ${JSON.stringify(p.deadline?.text ?? null)} ≠ ${JSON.stringify(g.deadline?.text ?? null)}`);
  }
  predicted.forEach((p, i) => {
    if (!matchedPred.has(i)) lines.push(`task not in gold: ${shown(p)} lead ${JSON.stringify(p.lead)}`);
  });
  return lines;
}

/** Scores every real gold document; prints one line per document when `verbose`. */
export async function evaluateReal(repoRoot: string, golds: readonly RealGold[], verbose: boolean, showRefs = false, showTasks = false, showTitles = false, variant: TextVariant | null = null): Promise<RealReport> {
  const byKind = new Map<RealKind, KindTotals>();
  for (const gold of golds) {
    const file = path.resolve(repoRoot, gold.path);
    // A variant reshapes the typed text documents only (text copies, not OCR layers, files or scans).
    if (variant && (gold.kind !== 'real-text' || !/\.(?:txt|md)$/i.test(file))) continue;
    const totals = byKind.get(gold.kind) ?? emptyTotals();
    byKind.set(gold.kind, totals);
    totals.docs++;
    const result = !existsSync(file) ? null : variant ? await processBytes(file, Buffer.from(textVariant(readFileSync(file, 'utf8'), variant))) : await processGoldFile(file);
    const record = result?.record ?? null;
    const goldFields = realHeaderFields(gold.document, gold.signer);
    const emptyDoc = { type: null, typeCode: null, number: null, serial: null, symbol: null, issuer: { name: null, level: null, locality: null, parent: null }, place: null, date: null, title: null };
    const predFields = record ? realHeaderFields(record.document, record.signer) : realHeaderFields(emptyDoc, { name: null, title: null, authority: null });
    if (!record) totals.noRecord++;
    const header = scoreFields(goldFields, predFields, 'normalized');
    totals.header = addCounts(totals.header, header);
    const wrong: string[] = [];
    const handwritten = new Set(gold.handwritten ?? []);
    for (const f of REAL_HEADER_FIELDS) {
      const g = goldFields[f] ?? null;
      const p = predFields[f] ?? null;
      if (g === null && p === null) continue;
      const same = (a: string | null, b: string | null) => a !== null && b !== null && normalizeValue(a, 'normalized') === normalizeValue(b, 'normalized');
      if (g !== null) {
        totals.allRight.of++;
        if (same(g, p)) totals.allRight.right++;
      }
      const printed = printedPart(f, g, p, handwritten);
      if (!printed) continue;
      const ok = same(printed.gold, printed.pred);
      if (printed.gold === null && printed.pred === null) continue;
      totals.perField[f]!.of++;
      if (ok) totals.perField[f]!.right++;
      else wrong.push(`${f}: ${JSON.stringify(p)} ≠ ${JSON.stringify(g)}${printed.gold !== g ? ' (printed part)' : ''}`);
      if (printed.gold !== null) {
        totals.headerRight.of++;
        if (ok) totals.headerRight.right++;
      }
    }
    for (const part of handwritten) {
      const outcome = handwrittenOutcome(part, gold.document, record?.document ?? null, result?.diagnostics ?? []);
      if (!outcome) continue;
      totals.handwritten.of++;
      totals.handwritten[outcome]++;
      const diagnostics = result?.diagnostics ?? [];
      if (outcome === 'flagged' && !diagnostics.some((d) => d.code === 'OCR_ILLEGIBLE')) totals.handwritten.flaggedBlank++;
      if (outcome !== 'read') wrong.push(`handwritten ${part}: ${outcome === 'flagged' ? 'left blank, OCR_ILLEGIBLE/OCR_BLANK_FIGURES' : outcome === 'silent' ? 'left blank without a diagnostic' : 'INVENTED'}`);
    }
    // A copy with its marks stripped: a value right when folded may still carry a wrong mark.
    if (variant?.startsWith('stripped') && record) {
      for (const f of MARKED_FIELDS) {
        const g = markedValue(f, gold.document, gold.signer);
        const p = markedValue(f, record.document, record.signer);
        if (g === null || p === null || foldVietnamese(g) !== foldVietnamese(p)) continue;
        totals.marks[f]!.of++;
        if (g === p) totals.marks[f]!.right++;
        else wrong.push(`marks of ${f}: ${JSON.stringify(p)} ≠ ${JSON.stringify(g)}`);
      }
    }
    const goldTitle = gold.document.title ?? null;
    const predTitle = record?.document.title ?? null;
    const titleRight = titleMatches(goldTitle, predTitle);
    if (goldTitle !== null || predTitle !== null) {
      totals.title.of++;
      if (titleRight) totals.title.right++;
    }
    // Scans and files carry gold headers; their references count only where they were annotated.
    const refsAnnotated = gold.kind === 'real-text' || gold.kind === 'real-ocr-text' || gold.references.length > 0;
    const refs = refsAnnotated ? scoreSets(gold.references, record?.references ?? [], referenceKey, referenceKey) : { ...ZERO };
    totals.references = addCounts(totals.references, refs);
    let taskLine = '';
    if (gold.hasTaskList && gold.tasks.length) {
      const t = scoreTasks(gold.tasks, record?.tasks ?? []);
      totals.tasks.gold += t.gold;
      totals.tasks.matched += t.matched;
      totals.tasks.predicted += t.predicted;
      totals.tasks.cellPairs += t.matched;
      totals.tasks.lead += t.perCell.lead * t.matched;
      totals.tasks.support += t.perCell.support * t.matched;
      totals.tasks.deadline += t.perCell.deadline * t.matched;
      taskLine = ` tasks ${t.matched}/${t.gold} (pred ${t.predicted}) lead ${pct(t.perCell.lead)} support ${pct(t.perCell.support)} deadline ${pct(t.perCell.deadline)}`;
    }
    if (verbose) {
      const status = result ? result.status : 'missing file';
      console.log(`${gold.file.slice(0, 44).padEnd(44)} ${status.padEnd(15)} header ${header.tp}/${header.tp + header.fn} refs ${refs.tp}/${refs.tp + refs.fn} (fp ${refs.fp})${taskLine}`);
      for (const w of wrong) console.log(`    ${w}`);
      if (showTitles && !titleRight) console.log(`    title: ${JSON.stringify(predTitle)} ≠ ${JSON.stringify(goldTitle)}`);
      if (showTasks && gold.hasTaskList) for (const line of taskMisses(gold.tasks, record?.tasks ?? [])) console.log(`    ${line}`);
      if (showRefs && refsAnnotated) {
        const goldKeys = new Set(gold.references.map(referenceKey));
        const predKeys = new Set((record?.references ?? []).map(referenceKey));
        for (const k of goldKeys) if (!predKeys.has(k)) console.log(`    reference missed: ${k}`);
        for (const k of predKeys) if (!goldKeys.has(k)) console.log(`    reference not in gold: ${k}`);
      }
    }
  }
  const failures: string[] = [];
  for (const kind of REAL_KINDS) {
    const t = byKind.get(kind);
    if (!t) continue;
    console.log(`\n== ${kind}: ${t.docs} documents${t.noRecord ? `, ${t.noRecord} without a record` : ''}`);
    const h = prf(t.header);
    const r = prf(t.references);
    const both = prf(addCounts(t.header, t.references));
    console.log(`header fields                  P ${pct(h.precision)}  R ${pct(h.recall)}  F1 ${pct(h.f1)}  (tp ${t.header.tp}, fp ${t.header.fp}, fn ${t.header.fn})`);
    console.log(`  per field (right/of): ${REAL_HEADER_FIELDS.map((f) => `${f} ${t.perField[f]!.right}/${t.perField[f]!.of}`).join(' · ')}`);
    if (variant?.startsWith('stripped')) console.log(`  marks right where folded right: ${MARKED_FIELDS.map((f) => `${f} ${t.marks[f]!.right}/${t.marks[f]!.of}`).join(' · ')}`);
    console.log(`references (number+date)       P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}  (tp ${t.references.tp}, fp ${t.references.fp}, fn ${t.references.fn})`);
    console.log(`header + references            F1 ${pct(both.f1)}`);
    const headerShare = t.headerRight.of ? t.headerRight.right / t.headerRight.of : 1;
    console.log(`header fields right            ${pct(headerShare)}% of ${t.headerRight.of} printed values`);
    if (t.title.of) console.log(`title (outside the F1)         ${pct(t.title.right / t.title.of)}% of ${t.title.of} right`);
    const hw = t.handwritten;
    if (hw.of) {
      const all = t.allRight.of ? t.allRight.right / t.allRight.of : 1;
      console.log(`  with handwritten values       ${pct(all)}% of ${t.allRight.of} values`);
      console.log(`handwritten figures             ${hw.of}: read ${hw.read} · left blank and flagged ${hw.flagged} (${hw.flagged - hw.flaggedBlank} unreadable figures, ${hw.flaggedBlank} blank) · blank without a diagnostic ${hw.silent} · invented ${hw.invented}`);
      // An OCR text export carries another engine's reading of the handwriting, with nothing to tell
      // it from print: its figures are reported, but only what kehoach reads from images is held to "never invent".
      if (hw.invented && kind !== 'real-ocr-text') failures.push(`${kind}: ${hw.invented} handwritten serial(s) or day(s) invented`);
      else if (hw.invented) console.log(`  (the text's own reading of handwriting, taken as given: not a kehoach OCR invention)`);
    }
    const tk = t.tasks;
    if (tk.gold) {
      const recall = tk.matched / tk.gold;
      const cell = (n: number) => (tk.cellPairs ? n / tk.cellPairs : 1);
      console.log(
        `task rows                      recall ${pct(recall)} (${tk.matched}/${tk.gold}, predicted ${tk.predicted})  cells: lead ${pct(cell(tk.lead))} · support ${pct(cell(tk.support))} · deadline ${pct(cell(tk.deadline))}`,
      );
      if (kind === 'real-text' || kind === 'real-ocr-text') {
        if (recall < REAL_TARGETS.taskRowRecall) failures.push(`${kind} task row recall ${pct(recall)} < ${REAL_TARGETS.taskRowRecall * 100}`);
        for (const [name, n] of [['lead', tk.lead], ['support', tk.support], ['deadline', tk.deadline]] as const) {
          if (cell(n) < REAL_TARGETS.taskCells) failures.push(`${kind} ${name} cell accuracy ${pct(cell(n))} < ${REAL_TARGETS.taskCells * 100}`);
        }
      }
    }
    // #11's header + references target holds for real documents as text, an OCR text export among them.
    if ((kind === 'real-text' || kind === 'real-ocr-text') && both.f1 < REAL_TARGETS.headerF1) failures.push(`${kind} header + references F1 ${pct(both.f1)} < ${REAL_TARGETS.headerF1 * 100}`);
    if ((kind === 'real-file' || kind === 'real-scan' || kind === 'real-scan-variant') && headerShare < REAL_TARGETS.filesHeaderRight) failures.push(`${kind} header fields right ${pct(headerShare)} < ${REAL_TARGETS.filesHeaderRight * 100}`);
  }
  return { failures, byKind };
}

/**
 * The printed part of a header field, or null when nothing of it is printed: a handwritten serial
 * leaves the number to its printed symbol (scored as its own field); a handwritten day leaves the
 * date's year and month.
 */
export function printedPart(field: string, gold: string | null, pred: string | null, handwritten: ReadonlySet<string>): { gold: string | null; pred: string | null } | null {
  if (field === 'number' && handwritten.has('serial')) return null;
  if (field === 'date' && handwritten.has('month')) return { gold: gold?.slice(0, 4) ?? null, pred: pred?.slice(0, 4) ?? null };
  if (field === 'date' && handwritten.has('day')) return { gold: gold?.slice(0, 7) ?? null, pred: pred?.slice(0, 7) ?? null };
  return { gold, pred };
}

type HandwrittenOutcome = 'read' | 'flagged' | 'silent' | 'invented';

/** What became of a handwritten serial or day: read right, flagged illegible, silently blank, or invented. */
export function handwrittenOutcome(
  part: 'serial' | 'day' | 'month',
  gold: PlanRecord['document'],
  pred: PlanRecord['document'] | null,
  diagnostics: ReadonlyArray<{ code: string }>,
): HandwrittenOutcome | null {
  const flagged = diagnostics.some((d) => d.code === 'OCR_ILLEGIBLE' || d.code === 'OCR_BLANK_FIGURES');
  if (part === 'serial') {
    if (gold.serial === null) return null;
    if (pred?.serial != null && normalizeValue(pred.serial, 'normalized') === normalizeValue(gold.serial, 'normalized')) return 'read';
    if (pred?.serial != null) return 'invented';
    return flagged ? 'flagged' : 'silent';
  }
  if (part === 'month') {
    if (gold.date === null || gold.date.length < 7) return null;
    if (pred?.date != null && pred.date.length >= 7 && pred.date.slice(5, 7) === gold.date.slice(5, 7)) return 'read';
    if (pred?.date != null && pred.date.length >= 7) return 'invented';
    return flagged ? 'flagged' : 'silent';
  }
  if (gold.date === null || gold.date.length < 10) return null;
  // The day alone: a misread printed year is scored with the printed part.
  if (pred?.date != null && pred.date.length >= 10 && pred.date.slice(8) === gold.date.slice(8)) return 'read';
  if (pred?.date != null && pred.date.length >= 10) return 'invented';
  return flagged ? 'flagged' : 'silent';
}

/**
 * A gold file that is the first page image of several ("x.p1.jpg", "x_1.jpg") stands for the
 * whole document, as `ingest` of its folder reads it: its pages, grouped by name, in page order.
 */
async function processGoldFile(file: string): Promise<PipelineResult> {
  const siblings = readdirSync(path.dirname(file)).map((name) => path.join(path.dirname(file), name));
  const group = groupPages(siblings).find((g) => g.kind === 'parts' && g.parts[0]!.path === file);
  if (!group || group.kind !== 'parts') return processFile(file);
  return processParts(group.parts.map((p) => ({ path: p.path, bytes: readFileSync(p.path), page: p.page })));
}
