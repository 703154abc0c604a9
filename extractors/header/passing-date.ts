// A law (and a resolution of the National Assembly) prints no place-and-date line: its date is the
// day the assembly passed it, said in the closing sentence ("Luật này đã được Quốc hội … khóa XIV,
// kỳ họp thứ 9 thông qua ngày 10 tháng 6 năm 2020.").
import { findDate, type ParsedDate } from '../shared/dates.js';

const PASSED_ON = /thong qua ngay(?=\s)/g;
/** How far after "thông qua ngày" the date may start (a stray mark or two of OCR between). */
const PASSED_DATE_GAP = 6;

/** The date of the last "thông qua ngày …" in the text (folded), with its offsets; null when there is none. */
export function passingDate(folded: string): ParsedDate | null {
  let last: RegExpMatchArray | undefined;
  for (const m of folded.matchAll(PASSED_ON)) last = m;
  if (!last) return null;
  const from = last.index! + 'thong qua '.length;
  const date = findDate(folded, from, from + PASSED_DATE_GAP);
  return date && date.iso ? date : null;
}
