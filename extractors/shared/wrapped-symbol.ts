// A symbol a table cell wrapped at its hyphen: "26  Thông tư  108/2009/TT-  29/5/2009  Hướng dẫn …"
// with "BTC" opening the next line, under the number's column (the row's other cells, its date and
// summary, stand between the two parts on the text's line). As a layout export or an OCR layer
// writes a narrow number column: the number is 108/2009/TT-BTC, its date the one after the hyphen.
import { latinLookalikes, parsePlanNumber, type NumberMatch } from './number.js';

// The hyphen, the rest of the row's line, then the next line's first word in capitals: a symbol part.
// Several parts when the symbol names several bodies ("BCT-BTC-VKSNDTC-TANDTC").
const WRAPPED_TAIL = /^-[^\n]*\n[ \t]*([A-ZĐ][A-ZĐ0-9]{1,11}(?:-[A-ZĐ][A-ZĐ0-9]{1,11})*)(?=[ \t.,;:)]|\n|$)/;
// A line opening with a heading's Roman numeral ("II. NHIỆM VỤ") carries no symbol part.
const ROMAN = /^[IVXLC]+$/;

/**
 * The number read at `at` completed with the part the next line carries, when the text right
 * after it is the hyphen a cell wrapped it at. In a row the match then ends after the hyphen, so
 * what follows on its line (the row's date) is read as before; alone on its line, the match takes
 * the tail. The read unchanged otherwise.
 */
export function withWrappedTail(text: string, at: number, read: NumberMatch): NumberMatch {
  const end = at + read.length;
  if (text.charAt(end) !== '-' || !read.value.symbol) return read;
  // An OCR layer may read a part's capitals as Cyrillic look-alikes ("ВСТ-ВТC"): read as Latin.
  const tail = WRAPPED_TAIL.exec(latinLookalikes(text.slice(end, end + 400)));
  if (!tail || ROMAN.test(tail[1]!)) return read;
  const whole = parsePlanNumber(`${read.value.number ?? `/${read.value.symbol}`}-${tail[1]}`);
  if (!whole || whole.party !== read.value.party) return read;
  // Nothing else on the hyphen's line (prose wrapped at the symbol): the match takes the tail, and
  // what follows it (", ngày …") is read after it.
  const alone = /^-[ \t]*\n/.test(tail[0]);
  return { value: whole, length: alone ? read.length + tail[0].length : read.length + 1 };
}
