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

function isRunningHeader(segment: string): boolean {
  const trimmed = segment.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_LINE && RUNNING_HEADER.test(foldVietnamese(trimmed));
}

/**
 * The text without the gazette's running-header lines. Readers join pages with a bare '\f', so the
 * header of every page after the first starts right after one, often with no '\n' before it: '\f'
 * is a line boundary here too. A header goes with the '\n' after it (or, at the end of the text,
 * the one before it); every '\f' stays, so later pages keep their numbers.
 */
export function removeGazetteRunningHeaders(text: string): string {
  if (!/cong\s*bao/.test(foldVietnamese(text))) return text;
  // Segments at even indices, the separator after each at odd ones.
  const parts = text.split(/(\n|\f)/);
  const out: string[] = [];
  let removed = false;
  for (let i = 0; i < parts.length; i += 2) {
    const segment = parts[i]!;
    const separator = parts[i + 1];
    if (!isRunningHeader(segment)) {
      out.push(segment);
      if (separator !== undefined) out.push(separator);
      continue;
    }
    removed = true;
    // The header's own '\n' goes with it; a '\f' after it is the next page's and stays.
    if (separator === '\f') out.push(separator);
    else if (separator === undefined && out.at(-1) === '\n') out.pop();
  }
  return removed ? out.join('') : text;
}
