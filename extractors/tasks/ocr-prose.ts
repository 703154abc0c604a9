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
/**
 * A garbled unit label after its letter: a short word, "vị", one or two short words, a colon.
 * "vị" may come out "vj", "v" or, a lone "v" once restored, "và" ("bàn và phối hợp:").
 */
const GARBLED_LABEL = /^\S{1,5}\s+'?(v[ija]?)\s+(\S{1,6})(?:\s+\S{1,6})?\s*:/;
/** After a "và" (far commoner than a lone "v"), only a role word's own opening: "chủ", "phối". */
const ROLE_WORD_OPENING = /^(?:ch|ph)[a-z]{1,3}$/;
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
export function readableOcrProse(given: readonly SourceLine[], ocr = false): SourceLine[] {
  // Item numbers and list letters misread ("2,5." for "2.5.", "6)" for "c)") only come from an OCR engine.
  const lines = ocr ? withLetterSequence(given.map(withItemNumberPoint)) : [...given];
  const debris = (l: SourceLine) => isMarginDebris(l.text) || (l.text.trim() !== '' && isRestoredDebris(l.text));
  const withDebris = lines.filter(debris).length >= DEBRIS_LINES;
  const kept = withDebris ? lines.filter((l) => !debris(l)) : [...lines];
  const labelled = withLegibleLabels(kept);
  // Only a layer whose margin left debris between the lines cuts a label's value that way.
  return withDebris ? withStrandedTails(withTailsSetAbove(labelled)) : labelled;
}

function withLegibleLabels(kept: SourceLine[]): SourceLine[] {
  const roles = rolesByLetter(kept);
  if (![...roles.values()].some((r) => r && r.count >= LEGIBLE_PER_LETTER)) return kept;
  return kept.map((line) => {
    const sub = SUB_ITEM.exec(line.text);
    if (!sub) return line;
    const known = roles.get(sub[2]!);
    if (!known || known.count < LEGIBLE_PER_LETTER || lineLabel(line.text.trim())) return line;
    const rest = line.text.slice(sub[0].length);
    const garbled = GARBLED_LABEL.exec(foldVietnamese(rest).toLowerCase());
    if (!garbled || !fitsRole(garbled[2]!, known.role)) return line;
    // "a) Sở và ngành: báo cáo …" is a line of its own, not a garbled "Đơn vị chủ trì:".
    if (garbled[1] === 'va' && !ROLE_WORD_OPENING.test(garbled[2]!)) return line;
    // Folding keeps lengths, so the match's length is the garbled label's in the line.
    const text = `${sub[0]}${known.label}${rest.slice(garbled[0].length)}`;
    return { ...line, text, end: line.end ?? (line.start === null ? undefined : line.start + line.text.length) };
  });
}

/**
 * "2,5. Nâng cấp …": OCR reads the point of a dotted item number as a comma. A line opening with
 * two numbers joined by a comma, a point after them and a capital after that is item "2.5."
 * (the start keeps its offset: the text's length changes only by the speck).
 */
export function withItemNumberPoint(line: SourceLine): SourceLine {
  // A speck of the scan may stand before it (". 3,2. Ban hành …"): it goes with the comma.
  const m = /^(\s*)(?:[.,:'`ˆ_]\s*)?(\d{1,2}),(\d{1,2}\.\s+\p{Lu})/u.exec(line.text);
  return m ? { ...line, text: `${m[1]}${m[2]}.${m[3]}${line.text.slice(m[0].length)}` } : line;
}

/** The letters of a lettered list, in order ("đ" after "d"). */
const LIST_LETTERS = 'abcdđeghiklmnopqrstuvxy';
/** A lettered item "b) Sở Nội vụ: …" as OCR may misread its letter: a figure ("6)" for "c)"). */
const LETTER_ITEM = /^(\s*)([a-zđ]|\d)\)(?=\s+\p{Lu})/u;
/** A numbered item or a part's heading: a lettered list under the last one ends. */
const LIST_ENDS = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,4}\.)\s/;

/**
 * "a) …" / "b) …" / "6) …" / "đ) …": after a lettered item, OCR may read the next letter as a figure
 * ("6)" for "c)") or as its neighbour with a stroke ("đ)" for "d)"). A figure where a letter comes,
 * and "đ" where "d" comes, are that letter; other letters stay as read.
 */
export function withLetterSequence(lines: readonly SourceLine[]): SourceLine[] {
  let last: string | null = null;
  return lines.map((line) => {
    if (LIST_ENDS.test(line.text)) last = null;
    const m = LETTER_ITEM.exec(line.text);
    if (!m) return line;
    const expected = last === null ? null : LIST_LETTERS[LIST_LETTERS.indexOf(last) + 1] ?? null;
    const read = m[2]!;
    const letter = expected && ((/\d/.test(read) && read !== '1') || (read === 'đ' && expected === 'd')) ? expected : read;
    last = /\d/.test(letter) ? null : letter;
    return letter === read ? line : { ...line, text: `${m[1]}${letter}${line.text.slice(m[1]!.length + read.length)}` };
  });
}

/** A line that opens an item of its own: a number, a letter, a bullet. */
const OPENS_ITEM = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-+•])\s/u;
/** Lines a stranded tail may run to between one label line and the next. */
const STRANDED_LINES = 2;
/** Scraps of the margin at the edges of a line: "-n", "h-", ":2", "0/", "14", a lone small letter. */
const EDGE_SCRAP = /^(?:[-:/]\p{L}{1,2}|\p{L}{1,2}[-:/]|[\d:/]{1,5}|[a-z])$/u;
/** The value's closing full stop: not the dot of an abbreviation in capitals ("TP.", "Q."). */
const FULL_STOP = /(?<!(?:^|[^\p{L}])\p{Lu}{1,3})\.(?=\s|$)/u;

/**
 * Label lines whose value the margin's debris cut: "a) Đơn vị chủ trì: …, Đại học Đà Nẵng; các
 * trường" / "-n đại học. như hà" / "b) Đơn vị phối hợp: …". The lines standing between a label
 * line with an unfinished value and the next letter's label are that value's tail (up to its
 * full stop; what follows the stop on those lines is the margin's) — never a task of their own,
 * for a task is numbered and the lettered labels under it follow one another.
 */
export function withStrandedTails(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    const sub = SUB_ITEM.exec(line.text);
    const label = sub ? lineLabel(line.text.trim()) : null;
    if (!sub || !label || label.role === 'content' || !label.value) continue;
    const head = withoutEdgeScraps(line.text.trimEnd(), 'end');
    if (/\.$/.test(head) && !/(?:^|[^\p{L}])\p{Lu}{1,3}\.$/u.test(head)) continue;
    const nextLetter = String.fromCharCode(sub[2]!.charCodeAt(0) + 1);
    const stranded: SourceLine[] = [];
    let j = i + 1;
    let found = false;
    for (; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (!text.trim()) continue;
      const next = SUB_ITEM.exec(text);
      if (next && next[2] === nextLetter) {
        found = true;
        break;
      }
      if (OPENS_ITEM.test(text) || lineLabel(text.trim()) || stranded.length === STRANDED_LINES) break;
      stranded.push(lines[j]!);
    }
    if (!found || !stranded.length) continue;
    let tail = withoutEdgeScraps(stranded.map((l) => l.text.trim()).join(' '), 'start');
    const stop = FULL_STOP.exec(tail);
    if (stop) tail = tail.slice(0, stop.index + 1);
    if (!/\p{L}{2}/u.test(tail)) continue;
    const last = stranded.at(-1)!;
    out[out.length - 1] = { ...line, text: `${head} ${tail}`, end: last.end ?? (last.start === null ? undefined : last.start + last.text.length) };
    i = j - 1;
  }
  return out;
}

/** The text without the margin's scraps at its start or its end. */
function withoutEdgeScraps(text: string, edge: 'start' | 'end'): string {
  const words = text.split(/(\s+)/);
  if (edge === 'start') {
    while (words.length && (!words[0]!.trim() || EDGE_SCRAP.test(words[0]!))) words.shift();
  } else {
    while (words.length && (!words.at(-1)!.trim() || EDGE_SCRAP.test(words.at(-1)!))) words.pop();
  }
  return words.join('');
}

/** A tail that opens with "và" (a scrap of the margin may stand before it) and closes the value with a full stop. */
const AND_TAIL = /^(?:\S{1,2}\s+)?([vV]à\s+\S.*\.)$/u;

/**
 * A label value's wrapped tail that a skewed page set on the line above its label line: "Và Đại
 * học Đà Nẵng." / "a) Đơn vị chủ trì: Sở GDĐT, UBND các quận, huyện 3 02". A line that opens
 * with "và" opens no task, paragraph or label; right above a label line whose value is
 * unfinished (no full stop), it is that value's end.
 */
export function withTailsSetAbove(lines: readonly SourceLine[]): SourceLine[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const tail = AND_TAIL.exec(out[i]!.text.trim());
    if (!tail || OPENS_ITEM.test(out[i]!.text)) continue;
    let j = i + 1;
    while (j < out.length && !out[j]!.text.trim()) j++;
    const label = out[j];
    const sub = label ? SUB_ITEM.exec(label.text) : null;
    const read = sub ? lineLabel(label!.text.trim()) : null;
    if (!label || !read || read.role === 'content' || !read.value) continue;
    const head = withoutEdgeScraps(label.text.trimEnd(), 'end');
    if (/\.$/.test(head)) continue;
    out[j] = { ...label, text: `${head} ${tail[1]}` };
    out[i] = { ...out[i]!, text: '' };
  }
  return out;
}
