// A công văn's subject and the place-and-date line run onto one line. The two cells stand side by
// side in the header's table (subject left, under the number; place and date right), and a text
// made by joining wrapped lines (an OCR layer reflowed, a page copied on one line) runs the
// subject's last line into the date line: "V/v hướng dẫn quyết toán thuế năm 2020 Hà
// Nội, ngày 12 tháng 3 năm 2021". The date's cell then opens at its place, never at the line's
// start, or the subject is read as the date's place and lost (header-zone.ts).

/** How many words a place before the date may have: "Thành phố Hồ Chí Minh". */
const PLACE_WORDS = 5;

/** A word of a place's name: a capital first ("Hà", "Nội", "TP.", "Tp.", "Buôn"), or the small word of a kind of unit ("Thành phố", "Thị xã", "Thị trấn"). */
const PLACE_WORD = /^(?:\p{Lu}[\p{L}.]*|phố|xã|trấn)$/u;

/** A Roman numeral closes the subject ("… quý I", "… giai đoạn II"): no place is named by one. */
const ROMAN_NUMERAL = /^[IVX]+$/;

/** A first word whose capital a stamp or a hand turned small ("la Nội": H read l), before capitals (as stamped-date-line.ts reads it). */
const LOST_CAPITAL_WORD = /^\p{Ll}{1,3}$/u;

/**
 * Where the place before the date at `dateAt` opens in `text`: the words in capitals right before
 * it (its comma aside), five at most, and a short small word before them whose capital was lost;
 * never before `floor` (the subject's label). `dateAt` when no such word stands there.
 */
export function placeStartBefore(text: string, dateAt: number, floor: number): number {
  let end = dateAt;
  while (end > floor && /[\s,]/.test(text[end - 1]!)) end--;
  let start = end;
  let words = 0;
  while (words < PLACE_WORDS) {
    let k = start;
    while (k > floor && !/\s/.test(text[k - 1]!)) k--;
    if (k === start) break;
    const word = text.slice(k, start);
    if (!PLACE_WORD.test(word) || ROMAN_NUMERAL.test(word)) {
      if (words > 0 && LOST_CAPITAL_WORD.test(word)) start = k;
      break;
    }
    start = k;
    words++;
    while (start > floor && /[ \t]/.test(text[start - 1]!)) start--;
  }
  if (words === 0) return dateAt;
  while (/\s/.test(text[start]!)) start++;
  // A unit's small word opens no place ("… chính sách phố Hà Nội"): the place is the capitals after it.
  const opening = /^(?:phố|xã|trấn)\s+/u.exec(text.slice(start, end));
  return opening ? start + opening[0].length : start;
}
