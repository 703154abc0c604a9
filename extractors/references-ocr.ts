// OCR'd shapes of cited numbers, put back before citations are read. Every repair keeps the
// text's length, offset for offset, so spans found in the repaired text stand in the original:
// - slashes another engine wrote as fraction or division slashes ("13⁄2012/QH13", "12∕QĐ-UBND");
// - letters read for digits inside a number ("1O/2O21/NĐ-CP", "l2/2021/NĐ-CP", "22/QĐ-UBND" is
//   left alone): a run of digits and O, o, l, I before a slash, holding at least one real digit.
// - a year OCR split in two ("ngày 30/5/20 19", "16/201 8/TT-BTC", "78/2 014/TT-BTC"): joined, the
//   space moved after it;
// - "U" read as "IJ" or "[J" inside a symbol ("496-TB/TIJ", "496-TB/T[J" are 496-TB/TU);
// - "ngày" glued to the symbol ("115/2021/NĐ-CPngày 16/12/2021"): the space after it moves before
//   it, so the symbol ends where it should ("115/2021/NĐ-CP ngày16/12/2021": the date still reads).
import { foldVietnamese } from '../normalizers/fold.js';

const SLASHES = /[⁄∕／]/g;

// A serial (or serial/year) with OCR letters, right before its slash: "1O/", "2O21/", "l2 /";
// or before a Party symbol: "O1-KL/TW".
const DIGIT_RUN = /(?<![\p{L}\p{N}])([0-9OolI]{1,6})(?=\s*\/\s*(?:[0-9OolI]{4}\s*\/|\p{Lu})|-\p{Lu}{1,4}\s*\/)/gu;

// A year split by one space: after the day and month of a date, or between a serial's slash and
// the symbol's. Only four digits that make a year (19xx, 20xx) are joined.
const SPLIT_YEAR = /(?<=(?:\b\d{1,2}\s?\/\s?\d{1,2}|\d\s?)\/\s?)(\d{1,3}) (\d{1,3})(?=\s?\/|(?![\d\/]))/g;

// "U" printed in a symbol, read as two marks: "TIJ", "T[J", "TlJ" after a slash or hyphen.
const U_AS_IJ = /(?<=[/-]\p{Lu}{0,5})[I[l|]J(?![\p{L}\d])/gu;

// An upper-case symbol part glued to the lower-case "ngày" that follows it, then a space and the date.
const GLUED_DAY_WORD = /(?<=[\p{Lu}\d])ng[aàáạảãâăấầ]?y[ \t](?=\d)/gu;

function digitsFor(run: string): string {
  if (!/\d/.test(run) || /^\d+$/.test(run)) return run;
  return run.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
}

/** The text with OCR'd number shapes repaired (same length as `text`), and its folded form. */
export function repairCitedNumbers(text: string, folded: string): { text: string; folded: string } {
  let out = text.replace(SLASHES, '/');
  out = out.replace(DIGIT_RUN, (run) => digitsFor(run));
  out = out.replace(SPLIT_YEAR, (whole, head: string, tail: string) => (/^(?:19|20)\d\d$/.test(head + tail) ? `${head}${tail} ` : whole));
  out = out.replace(U_AS_IJ, 'U ');
  out = out.replace(GLUED_DAY_WORD, (word) => ` ${word.trimEnd()}`);
  if (out === text) return { text, folded };
  return { text: out, folded: foldVietnamese(out) };
}
