// A semicolon read as a comma. The legal bases of a decision or a resolution are one clause a
// line or more each ("Căn cứ Luật …;", "Căn cứ Nghị định …;", "Theo đề nghị của …"), every clause
// but the last closed by a semicolon. The semicolon's upper dot is the smallest mark of the line:
// on a light or coarse scan the threshold drops it and the engine reads "năm 2019," for "năm
// 2019;". A clause that ends its line with a comma right before the next clause opens ("Căn cứ",
// "Theo đề nghị", "Xét đề nghị") is closed by the semicolon the page printed. Left alone: a comma
// inside a line, a comma before anything else (the decision line "QUYẾT ĐỊNH:", where pages print
// "," or "." or ";"), and recipients' lists. Measured on the transcribed real pages: every such
// comma (12 on 32 heldout pages) is a semicolon in the transcription.
import type { OcrWord } from './types.js';

/** The words a clause of the legal bases opens with, in lower case. */
const CLAUSE_OPENINGS: ReadonlyArray<readonly [string, string, string?]> = [
  ['căn', 'cứ'],
  ['theo', 'đề', 'nghị'],
  ['xét', 'đề', 'nghị'],
];

/**
 * `words` from `i` open a clause of the legal bases: capitalised, as a clause opens its paragraph
 * ("Căn cứ Luật …"); in small letters ("…, căn cứ Luật …") the words go on a sentence of the body.
 */
function opensClause(words: readonly OcrWord[], i: number): boolean {
  if (!/^\p{Lu}/u.test(words[i]?.text ?? '')) return false;
  return CLAUSE_OPENINGS.some((opening) => opening.every((w, k) => words[i + k]?.text.normalize('NFC').toLowerCase() === w));
}

/** `words` in the engine's reading order; the last word of a line closing a basis clause with "," comes back with ";". */
export function restoreBasisSemicolons(words: readonly OcrWord[]): OcrWord[] {
  return words.map((word, i) => {
    const next = words[i + 1];
    if (!next || next.line === word.line || !/[\p{L}\p{N})],$/u.test(word.text)) return word;
    // The clause closed here is itself a basis clause's end: the next line opens another one.
    if (!opensClause(words, i + 1)) return word;
    return { ...word, text: `${word.text.slice(0, -1)};` };
  });
}
