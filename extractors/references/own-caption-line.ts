// An annex caption whose "(Kèm theo" a seal or the scan's edge hid: "Kế hoạch số 498 /KH-UBND)
// ngày 30 /12/2016 của UBND tỉnh Hà Tĩnh)" stands alone on its line under the annex's title. It
// names the document itself, whose own serial was written by hand and left blank: the caption is
// known by the document's type and symbol, opening its line that a bracket closes, and the
// document's month on that line. Only in OCR text, and only where the document's serial is unread (with it, the number
// itself says whether the caption is the document's).
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo } from '../../output/schema.js';

export interface CaptionCandidate {
  start: number;
  typeName: string | null;
  symbol: string | null;
}

/** Whether the citation at `c.start` of `text` is the document's own annex caption with its opening lost. */
export function isOwnCaptionLine(text: string, c: CaptionCandidate, document: DocumentInfo): boolean {
  if (document.number || !document.symbol || !document.date || c.typeName !== document.type || c.symbol !== document.symbol) return false;
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  // Nothing but a bracket or a speck before the citation on its line.
  if (!/^[\s(*_.,'-]*$/.test(text.slice(lineStart, c.start))) return false;
  const lineEnd = text.indexOf('\n', c.start);
  const line = foldVietnamese(text.slice(c.start, lineEnd < 0 ? text.length : lineEnd)).toLowerCase();
  // A caption closes its bracket at the line's end; a sentence opening with the citation goes on.
  if (!/\)\s*$/.test(line)) return false;
  const [year, month] = document.date.split('-');
  if (!year || !month) return false;
  // "ngày 30 /12/2016", "ngày 30 tháng 12 năm 2016": the document's own month.
  const monthRe = `0?${Number(month)}`;
  return new RegExp(`ngay\\s*[\\d.…_ ]*\\s*(?:/\\s*${monthRe}\\s*/\\s*|thang\\s+${monthRe}\\s+nam\\s+)${year}\\b`).test(line);
}
