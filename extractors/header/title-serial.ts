// The serial of an e-signed document, lost from a web or converter copy. The signature stamps the
// serial beside "Số:" (and the day beside "ngày") as objects of its own, so the copy's number
// line reads blank ("Số:         /KH-UBND") while the page's title, written above the document by
// the site or the converter, names the document in full: "# Kế hoạch 75/KH-UBND phát triển du
// lịch biển …", "Quyết định số 1234/QĐ-UBND ngày …". The title gives the serial only when it
// opens with the document's own type, names a number with the same symbol, and stands above the
// number line; a title that only cites a document ("Triển khai Kế hoạch 12/KH-UBND …") does not
// open with the type and gives nothing.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocType } from '../shared/doctypes.js';
import { numberKey, parsePlanNumber, type PlanNumber } from '../shared/number.js';

/** Lines above the number line read for a title: a site's or converter's title comes first. */
const TITLE_LINES = 6;

export interface TitleSerial {
  number: PlanNumber;
  /** The title line as printed. */
  title: string;
  span: { start: number; end: number };
}

/** `numberStart`: where the number line begins; `blank`: the number read there, serial blank. */
export function serialFromTitle(text: string, numberStart: number, blank: PlanNumber, type: DocType | null): TitleSerial | null {
  if (blank.serial !== null || !type) return null;
  const typeWords = foldVietnamese(type.name).toLowerCase();
  let start = 0;
  for (let n = 0; n < TITLE_LINES && start < numberStart; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl > numberStart ? numberStart : nl;
    const line = text.slice(start, end);
    const found = titleNumber(line, typeWords, blank.symbol);
    if (found) return { number: found, title: line.trim(), span: { start, end } };
    if (nl < 0) break;
    start = nl + 1;
  }
  return null;
}

function titleNumber(line: string, typeWords: string, symbol: string): PlanNumber | null {
  // "# Kế hoạch 75/KH-UBND …", "**Quyết định số 1234/QĐ-UBND …**": markup, the type, "số", the number.
  const bare = line.replace(/^[\s#*_>]+/, '');
  const folded = foldVietnamese(bare).toLowerCase();
  if (!folded.startsWith(`${typeWords} `)) return null;
  const rest = bare.slice(typeWords.length).replace(/^\s+(?:số\s+)?/iu, '');
  const token = /^[0-9]{1,5}(?:\/[0-9]{4})?[/-][^\s,;()]+/u.exec(rest)?.[0];
  if (!token) return null;
  const number = parsePlanNumber(token);
  if (!number || number.serial === null || numberKey(number.symbol) !== numberKey(symbol)) return null;
  return number;
}
