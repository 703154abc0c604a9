// A prose task list as an OCR text layer gives it ("1. Chú trọng …" / "a) Đơn vị chủ trì: …" /
// "b) Đơn vị phối hợp: …"), made readable for prose-list.ts in two ways:
// - the margin's debris goes: a stamp or signature down the page's edge comes out a letter or two
//   per line between the text's lines ("h", "an", "-n", ":2", "0/", "1 h-"), which cuts a
//   task's paragraph or its label from the lines it belongs with;
// - label lines the engine garbled ("a) Đơn vị cần ta: …", "b) Dẫn v phố hẹp: …") are read by the
//   labels the same list prints legibly: where every legible "a)" label of the document is a
//   lead label and every "b)" one a support label, a garbled "a)"/"b)" line of the same shape
//   (a short word, "vị", one or two short words, a colon) is that label. One legible pair is
//   not enough: two of each are needed before a letter's role is trusted.
import { foldVietnamese } from '../../normalizers/fold.js';
import { lineLabel, type LabelRole } from './prose-labels.js';
import type { SourceLine } from './tsv-table.js';

/** At most this many characters, no word of three letters: the margin's debris, not text. */
const DEBRIS_CHARS = 4;
/** "16." or "a)" alone on a line is a list marker that wrapped, not debris. */
const LIST_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVX]{1,4}[.)]?|[-+•*])$/u;
/** What debris is made of: letters, figures and the strokes a stamp's edge leaves (no markup, no rules). */
const DEBRIS_MARKS = /^[\p{L}\p{N}:/'’.,\- ]+$/u;
/** Debris lines a document needs before any line is taken for debris: a clean text has none or one. */
const DEBRIS_LINES = 5;

/** A bare number alone: a task's number at the margin, or debris (a page number, the stamp's figures) set in. */
const BARE_NUMBER = /^\d{1,2}$/;
/** Indentation past which a bare number is not a task's number. */
const SET_IN = 10;
/** The sub-item letter opening a label line. */
const SUB_ITEM = /^(\s*)([a-zđ])\)\s*/u;
/** A garbled unit label after its letter: a short word, "vị", one or two short words, a colon. */
const GARBLED_LABEL = /^\S{1,5}\s+'?v[ij]?\s+(\S{1,6})(?:\s+\S{1,6})?\s*:/;
/** Legible labels a letter needs before its garbled labels are read as it. */
const LEGIBLE_PER_LETTER = 2;

/** A line that is margin debris: a few marks, no word of three letters, no list marker. */
export function isMarginDebris(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed || trimmed.replace(/\s+/g, '').length > DEBRIS_CHARS || !DEBRIS_MARKS.test(trimmed)) return false;
  if (LIST_MARKER.test(trimmed)) return false;
  if (BARE_NUMBER.test(trimmed)) return text.length - text.trimStart().length >= SET_IN;
  return !/\p{L}{3}/u.test(trimmed);
}

/**
 * A line of one or two scraps of at most three letters ("án", "ăn như", "-n như"): the restorer
 * makes words of the margin's letters, so debris no longer looks like marks alone. A task's
 * text, a label or a marker never stands so short on its own line.
 */
function isRestoredDebris(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 2 || LIST_MARKER.test(text.trim())) return false;
  return words.every((w) => /^-?\p{L}{1,3}-?$/u.test(w));
}

interface LetterRole {
  role: Exclude<LabelRole, 'content'>;
  /** The legible label as printed, colon included: "Đơn vị chủ trì:". */
  label: string;
  count: number;
}

/** Sub-item letter → the one role its legible labels have (null: letters that disagree). */
function rolesByLetter(lines: readonly SourceLine[]): Map<string, LetterRole | null> {
  const byLetter = new Map<string, LetterRole | null>();
  for (const line of lines) {
    const sub = SUB_ITEM.exec(line.text);
    if (!sub) continue;
    const label = lineLabel(line.text.trim());
    if (!label || label.role === 'content' || !label.strong) continue;
    const letter = sub[2]!;
    const known = byLetter.get(letter);
    if (known === null) continue;
    if (known && known.role !== label.role) byLetter.set(letter, null);
    else if (known) known.count++;
    else {
      const rest = line.text.slice(sub[0].length);
      byLetter.set(letter, { role: label.role, label: rest.slice(0, rest.indexOf(':') + 1), count: 1 });
    }
  }
  return byLetter;
}

/** The role a garbled label's first word after "vị" allows: support labels say "phối hợp". */
function fitsRole(firstWord: string, role: LetterRole['role']): boolean {
  const supportWord = firstWord.startsWith('p');
  return role === 'support' ? supportWord : role === 'lead' ? !supportWord : false;
}

/**
 * The lines with margin debris dropped and garbled label lines written with the document's own
 * legible label. A rewritten line keeps where it ends in the text (`end`).
 */
export function readableOcrProse(lines: readonly SourceLine[]): SourceLine[] {
  const debris = (l: SourceLine) => isMarginDebris(l.text) || (l.text.trim() !== '' && isRestoredDebris(l.text));
  const kept = lines.filter(debris).length >= DEBRIS_LINES ? lines.filter((l) => !debris(l)) : [...lines];
  const roles = rolesByLetter(kept);
  if (![...roles.values()].some((r) => r && r.count >= LEGIBLE_PER_LETTER)) return kept;
  return kept.map((line) => {
    const sub = SUB_ITEM.exec(line.text);
    if (!sub) return line;
    const known = roles.get(sub[2]!);
    if (!known || known.count < LEGIBLE_PER_LETTER || lineLabel(line.text.trim())) return line;
    const rest = line.text.slice(sub[0].length);
    const garbled = GARBLED_LABEL.exec(foldVietnamese(rest).toLowerCase());
    if (!garbled || !fitsRole(garbled[1]!, known.role)) return line;
    // Folding keeps lengths, so the match's length is the garbled label's in the line.
    const text = `${sub[0]}${known.label}${rest.slice(garbled[0].length)}`;
    return { ...line, text, end: line.end ?? (line.start === null ? undefined : line.start + line.text.length) };
  });
}
