// A biên bản prints no place-and-date line: its date is the day it was drawn up, said in the sentence
// that opens it ("Hôm nay, ngày 08/6/2026, Sở Công Thương tiến hành kiểm tra …", "Hôm nay, vào hồi 14
// giờ 30 phút, ngày 12 tháng 3 năm 2025, tại …").
import { findDate, type ParsedDate } from '../shared/dates.js';

/** "Hôm nay" as a sentence opens it: capitalised, the first of the text (folded beside the text as printed). */
const TODAY = /(?<![a-z])hom nay(?![a-z])/g;
/** How far after "Hôm nay" its date may start: the hour between ("vào hồi 14 giờ 30 phút, "). */
const TODAY_DATE_GAP = 40;

/** The date of the first capitalised "Hôm nay" in the text, with its offsets; null when there is none or it gives no year. */
export function openingDate(text: string, folded: string): ParsedDate | null {
  for (const m of folded.matchAll(TODAY)) {
    if (text[m.index!] !== 'H') continue;
    const from = m.index! + m[0].length;
    const date = findDate(folded, from, from + TODAY_DATE_GAP);
    return date && date.iso ? date : null;
  }
  return null;
}
