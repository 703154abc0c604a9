// A cited symbol's code the diacritic restorer re-lettered as a word: the engine read "3558/BHXH-THU"
// right, and the restorer, which knows words and not codes, wrote "THÌ" ("BHXH-THÌ": the citation
// then reads "BHXH-TH" and loses its date). A code is capitals with no marks but Đ, and never a word:
// where the engine read plain capitals after a symbol's hyphen or slash and the restorer changed
// their letters or marks and not their length, the code is put back as read, for reading citations
// only (the text keeps its length, so spans stand). Abbreviations spelt out ("QD" → QĐ) are the
// normaliser's own and stay. OCR text only (extractors/index.ts).
import type { TextChange } from '../../output/schema.js';

/** A symbol's head before a code: figures, maybe a year, then parts of capitals and figures, ending at a hyphen or slash. */
const SYMBOL_HEAD = /(?<![\p{L}\d])\d{1,5}(?:\/(?:19|20)\d\d)?[/-](?:[\p{Lu}\d][\p{L}\d&]*[-/])*$/u;
/** How far back the head is looked for. */
const HEAD_REACH = 40;

/** `text` with each re-lettered code of a cited symbol put back as the engine read it; `text` itself when none. */
export function withSymbolCodesAsRead(text: string, changes: readonly TextChange[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const c of [...changes].sort((a, b) => a.span.start - b.span.start)) {
    if ((c.kind !== 'ocr' && c.kind !== 'diacritics') || !/^[A-Z]{2,6}$/.test(c.original) || c.span.start < at) continue;
    if (c.span.end - c.span.start !== c.original.length || /[\p{L}\d]/u.test(text.charAt(c.span.end))) continue;
    if (!SYMBOL_HEAD.test(text.slice(Math.max(0, c.span.start - HEAD_REACH), c.span.start))) continue;
    pieces.push(text.slice(at, c.span.start), c.original);
    at = c.span.end;
  }
  return pieces.length ? pieces.join('') + text.slice(at) : text;
}
