// Page furniture of the official gazette (Công báo). A document copied from the gazette carries
// the gazette's running header on every page: "CÔNG BÁO/Số 271/Ngày 12-05-2026" with the page
// number before or after it ("94  CÔNG BÁO/Số 1217 + 1218/Ngày 03-11-2024"). The date there is
// the issue's, not the document's: read as the header's date line it displaces the real one, and
// in the body it splits a sentence running over a page break. Those lines go; nothing else does.
import { foldVietnamese } from './fold.js';

// Folded: "cong bao/so 271/ngay 12-05-2026", issue numbers joined by "+", a page number at either end.
const RUNNING_HEADER =
  /^(?:\d{1,4}\s+)?cong\s*bao\s*\/\s*so\s*\d{1,5}(?:\s*\+\s*\d{1,5})*\s*\/\s*ngay\s*\d{1,2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{4}(?:\s+\d{1,4})?$/;
/** Longer lines cannot be a running header: they are not folded or tested. */
const MAX_LINE = 80;

/** The text without the gazette's running-header lines (each removed with its line break). */
export function removeGazetteRunningHeaders(text: string): string {
  if (!/cong\s*bao/.test(foldVietnamese(text))) return text;
  const lines = text.split('\n');
  const kept = lines.filter((line) => {
    const trimmed = line.trim();
    return !(trimmed.length <= MAX_LINE && RUNNING_HEADER.test(foldVietnamese(trimmed)));
  });
  return kept.length === lines.length ? text : kept.join('\n');
}
