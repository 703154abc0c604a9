// The text around the decoder: stray OCR marks dropped from stripped lines before decoding, and
// after it each line rebuilt with the chosen readings in the input's case and tone placement, every
// replacement and removal recorded as a change at its place in the output.
import type { TextChange } from '../../output/schema.js';
import { hasVietnameseMarks } from '../fold.js';
import { findStrayMarks } from '../ocr-noise.js';
import { canonicalToneForm, placeTone, splitTone, type TonePlacement } from '../syllables.js';
import { glyphWordCase } from './glyph-word-case.js';
import type { Placed } from './placed.js';

/** A digit read as a letter ("d6ng", "T6") needs at least this confidence to be replaced. */
const DIGIT_REPAIR_CONFIDENCE = 0.6;

/** A line with its stray marks dropped, and where each was. */
export interface CleanedLine {
  line: string;
  /** What went, at its place in the cleaned line; `blanked` marks left as spaces (a layout line's columns hold). */
  removed: Array<{ at: number; length: number; text: string; blanked?: boolean }>;
}

/** A gap that sets two columns of a space-laid-out line apart (a table's cells), not a space between words. */
const COLUMN_GAP = /^ {2,}\S/;

/** Drop stray marks from the lines `strip` says are stripped; `strayMarks` collects what went. */
export function dropStrayMarks(lines: string[], strip: (i: number) => boolean, strayMarks: string[]): CleanedLine[] {
  return lines.map((line, i): CleanedLine => {
    if (!strip(i)) return { line, removed: [] };
    const marks = findStrayMarks(line);
    if (!marks.length) return { line, removed: [] };
    let out = line;
    const removed: CleanedLine['removed'] = [];
    for (const [s, e] of marks.reverse()) {
      // Marks standing in a space-laid-out line, a column gap after them ("28    f      t        Bộ Công
      // Thương      2023"): blanked, so the cells to their right stay under their columns.
      if (COLUMN_GAP.test(out.slice(e)) && (s === 0 || out[s - 1] === ' ')) {
        removed.unshift({ at: s, length: e - s, text: line.slice(s, e), blanked: true });
        out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
        continue;
      }
      let end = e;
      while (end < out.length && out[end] === ' ') end++;
      const at = s > 0 && end === out.length ? s - (out[s - 1] === ' ' ? 1 : 0) : s;
      removed.unshift({ at, length: end - at, text: line.slice(s, e) });
      out = out.slice(0, at) + out.slice(end);
    }
    // Offsets were taken right to left; in the cleaned line each moves left by what went before it.
    let shift = 0;
    for (const r of removed) {
      r.at -= shift;
      if (!r.blanked) shift += r.length;
    }
    strayMarks.push(...removed.map((r) => r.text));
    return { line: out, removed };
  });
}

/** The output text: each line with its placed readings written in; changes are pushed to `changes`, sorted. */
export function rebuildText(cleaned: CleanedLine[], placed: Placed[][], tones: TonePlacement, changes: TextChange[], garbledLayer = false): string {
  const out: string[] = [];
  let offset = 0;
  for (let li = 0; li < cleaned.length; li++) {
    const { line, removed } = cleaned[li]!;
    if (!placed[li]!.length && !removed.length) {
      out.push(line);
      offset += line.length + 1;
      continue;
    }
    let built = '';
    let last = 0;
    let r = 0;
    const headings = upperCaseColumns(line);
    // Readings come in the line's order: the heading that may hold one is found by walking on, not by a scan per word.
    let h = 0;
    const flushRemoved = (upTo: number) => {
      while (r < removed.length && removed[r]!.at <= upTo) {
        const at = offset + built.length + (removed[r]!.at - last);
        const { text, length, blanked } = removed[r]!;
        changes.push({ span: { start: at, end: blanked ? at + length : at }, original: text, replacement: blanked ? ' '.repeat(length) : '', kind: 'debris', confidence: 0.9 });
        r++;
      }
    };
    for (const [k, p] of placed[li]!.entries()) {
      const { reading } = p;
      if (p.spaceBefore) {
        flushRemoved(p.start);
        built += `${line.slice(last, p.start)} `;
        last = p.start;
        changes.push({ span: { start: offset + built.length - 1, end: offset + built.length }, original: '', replacement: ' ', kind: 'ocr', confidence: Math.round(p.confidence * 1000) / 1000 });
      }
      const form = reading.forms[p.choice];
      if (form === null || form === undefined) continue;
      if (reading.digitRepair && p.confidence < DIGIT_REPAIR_CONFIDENCE) continue;
      const start = p.start + reading.from;
      const end = p.start + reading.to;
      const original = line.slice(start, end);
      // A marked word read as itself stays exactly as written (its case, its tone placement).
      if (reading.kinds[p.choice] !== 'abbreviation' && hasVietnameseMarks(original) && canonicalToneForm(original.toLowerCase()) === form) continue;
      flushRemoved(start);
      built += line.slice(last, start);
      const kind = reading.kinds[p.choice]!;
      const styled = kind === 'abbreviation' ? form : styleTones(form, tones);
      const previous = placed[li]![k - 1];
      // A word with a glyph group for its vowel takes its case from its other letters (glyph-word-case.ts).
      const glyphCased = garbledLayer ? glyphWordCase(original, styled, previous?.text, previous ? line.slice(previous.end, start) : '') : null;
      const cased = glyphCased ?? applyCase(original, styled);
      // A word of mixed case in an upper-case heading ("CONG HOA xA", "TONG GIAM oOc") is upper case too.
      while (h < headings.length && headings[h]![1] <= start) h++;
      const inHeading = h < headings.length && start >= headings[h]![0] && end <= headings[h]![1];
      const replacement =
        inHeading && /\p{Ll}/u.test(original) && /.\p{Lu}/u.test(original)
          ? cased.toUpperCase()
          : garbledLayer && !inHeading && misreadCapitalWord(original, form, placed[li]![k - 1]?.text, placed[li]![k + 1]?.text)
            ? cased[0]! + cased.slice(1).toLowerCase()
            : cased;
      const at = offset + built.length;
      built += replacement;
      last = end;
      if (replacement !== original) {
        changes.push({
          span: { start: at, end: at + replacement.length },
          original,
          replacement,
          kind,
          confidence: Math.round(p.confidence * 1000) / 1000,
        });
      }
    }
    flushRemoved(Infinity);
    built += line.slice(last);
    out.push(built);
    offset += built.length + 1;
  }
  changes.sort((a, b) => a.span.start - b.span.start);
  return out.join('\n');
}

/**
 * The spans [from, to) of a line's upper-case headings. A line of a page laid out in two columns
 * holds two texts three spaces apart or more ("NGAN HANG NONG NGHIP      CONG HOA xA ..." beside
 * "vA PHAT TRIEN ...      Dc 1p - Tçr do"): each column is judged alone. A heading has two words
 * in capitals at least, and three in ten of its words at most in small letters or capitalised
 * (the rest an engine's mixed-case misreads: "xA", "oOc", "NGHiA").
 */
export function upperCaseColumns(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const column of line.matchAll(/\S+(?: {1,2}\S+)*/g)) {
    let words = 0;
    let upper = 0;
    let small = 0;
    for (const m of column[0].matchAll(/[A-Za-zÀ-ỹĐđ]{2,}/g)) {
      words++;
      if (m[0] === m[0].toUpperCase()) upper++;
      else if (/^[A-Za-zÀ-ỹĐđ][a-zà-ỹđ]+$/.test(m[0])) small++;
    }
    if (upper >= 2 && small <= 0.3 * words) spans.push([column.index!, column.index! + column[0].length]);
  }
  return spans;
}

/** A capital and one or two of the vowel-like capitals engines write for a marked vowel ("BO", "TO", "MQ"). */
const CAPITAL_AND_MISREAD_VOWEL = /^[A-Z][QAOEIUY]{1,2}$/;

/**
 * A short upper-case word of a garbled layer among small-letter words, read as a marked word
 * ("BO NOi vu" = Bộ Nội vụ, "Ciu lqc bO MO tA" = Mô tả, "TO ch*c" = Tổ chức): the engine that writes
 * a marked vowel as a capital ("NOi", "HQi", "LAm") wrote the capitalised word's vowel so; its first
 * letter alone gives the case. A word whose neighbours are upper case is a heading's or a code's
 * ("BỘ TƯ PHÁP", "UBND TP"); a word read as itself, unmarked, is a code ("CA", "TU").
 */
export function misreadCapitalWord(original: string, form: string, before: string | undefined, after: string | undefined): boolean {
  if (!CAPITAL_AND_MISREAD_VOWEL.test(original) || !hasVietnameseMarks(form)) return false;
  // A small-letter word, or one whose capitals are misread vowels ("NOi", "HQi"), not "TRiNH".
  const small = (w: string | undefined) => {
    if (w === undefined || !/\p{L}/u.test(w)) return true;
    const capitals = w.replace(/[^\p{Lu}]/gu, '').length;
    return /\p{Ll}/u.test(w) && (capitals < 0.6 * w.length || MISREAD_VOWEL_CAPITALS.test(w));
  };
  return small(before) && small(after) && (before !== undefined || after !== undefined);
}

function styleTones(form: string, tones: TonePlacement): string {
  if (tones === 'modern') return form;
  const { toneless, tone } = splitTone(form);
  return placeTone(toneless, tone, tones);
}

/**
 * Letters of a word whose capitals after the first are only the vowel-like ones engines write for a
 * marked vowel (misread-letters.ts: Q, C, A, O, E, I, U, Y), one or two of them, and which ends in a
 * small letter: "HQi", "DQc", "LAm", "nhAn", "tAn"; not "TTg", "IoT", "HQI", "MirC".
 */
const MISREAD_VOWEL_CAPITALS = /^[A-Za-zÀ-ỹĐđ](?:[a-zà-ỹđ]*[QCAOEIUY]){1,2}[a-zà-ỹđ]+$/;

/** An 8 opening a word before a digit and small letters (token-readings.ts reads it as B). */
const B_AS_EIGHT = /^8[0-9]\p{Ll}/u;

/** Carry the input's case pattern onto the restored form: HOI → HỘI, Hoi → Hội, hoi → hội. */
export function applyCase(raw: string, form: string): string {
  // An 8 read for the capital B it looks like ("86o" = Bảo; a small b has one bowl): the word is capitalised.
  if (B_AS_EIGHT.test(raw) && /^b/i.test(form)) return `B${form.slice(1)}`;
  const letters = raw.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  if (!letters) return form;
  let upper = 0;
  for (const ch of letters) if (ch !== ch.toLowerCase()) upper++;
  // A small-letter word whose capitals after the first letter are a garbling engine's misread marked
  // vowels ("HQi" = Hội, "DQc" = Độc, "LAm" = Lâm, "nhAn" = nhân) is no upper-case word: its
  // first letter alone gives the case.
  // "Ion" is a misread "lớn", "IiQu" a misread "liệu": a capital I read for l is no capital.
  if (raw[0] === 'I' && form[0] === 'l' && /^I\p{Ll}/u.test(letters)) return form;
  if (MISREAD_VOWEL_CAPITALS.test(letters)) return raw[0] !== raw[0]!.toLowerCase() ? form[0]!.toUpperCase() + form.slice(1) : form;
  if (letters.length >= 2 && upper >= 0.6 * letters.length) return form.toUpperCase();
  // Capitals at both ends: an upper-case word whose middle OCR read as lower-case letters ("MirC" = MỤC).
  const last = letters[letters.length - 1]!;
  if (letters.length >= 3 && upper >= 2 && raw[0] !== raw[0]!.toLowerCase() && last !== last.toLowerCase()) return form.toUpperCase();
  // "Ion" is a misread "lớn": a capital I read for l is no capital.
  if (raw[0] === 'I' && form[0] === 'l') return form;
  if (raw[0] !== raw[0]!.toLowerCase()) return form[0]!.toUpperCase() + form.slice(1);
  return form;
}
