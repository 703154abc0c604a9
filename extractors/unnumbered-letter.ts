// A letter cited without a number: "Cục Thuế nhận được văn bản không số ngày 10/04/2022 của Công
// ty …". A company or a person writes to an authority without a register number, and the reply
// cites the letter by its date alone; the words "không số" say so. Such a letter is a document
// the reply answers, known by its date: a reference with no number, titled as printed.
import type { Reference } from '../output/schema.js';
import { dateAtDayWord } from './dates.js';
import { relationAt } from './references.js';

/** "văn bản không số ngày", "công văn không số, ngày", "văn bản (không số) ngày" in folded text. */
const UNNUMBERED = /(?<![a-z])(?:cong van|van ban)\s+\(?khong so\)?\s*,?\s*(?=ngay\s*\d)/g;

/**
 * The unnumbered letters the text cites with their dates (`folded`: its folded form), except those
 * an earlier reading already holds (`found`, by span).
 */
export function unnumberedLetters(text: string, folded: string, found: readonly Reference[]): Reference[] {
  const out: Reference[] = [];
  for (const m of folded.matchAll(UNNUMBERED)) {
    const start = m.index!;
    const dayAt = start + m[0].length;
    const date = dateAtDayWord(folded, dayAt);
    if (!date?.iso) continue;
    if (found.some((r) => r.span.start <= dayAt && r.span.end > start)) continue;
    const title = text.slice(start, start + m[0].trimEnd().replace(/,$/, '').length).replace(/\s+/g, ' ').trim();
    out.push({ type: 'Công văn', typeCode: null, number: null, date: date.iso, issuer: null, title, relation: relationAt(folded, start), span: { start, end: date.end } });
  }
  return out;
}
