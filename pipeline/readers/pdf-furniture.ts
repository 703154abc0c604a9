// Page furniture of a PDF text layer: the page number printed alone in the top or bottom margin
// ("6", "- 6 -", "Trang 6/12"). It is not the document's text, and read as a line it glues onto
// the signer's name above it ("Nguyễn Thị Kim Loan 6") or onto the last word of a page.
import { multiply, type Matrix } from './pdf-graphics.js';
import type { PdfTextItem } from './pdf-annotations.js';

const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?$|^(?:trang|page)\s+\d{1,4}(?:\s*\/\s*\d{1,4})?$/i;
/** Share of the page height at the top and at the bottom that counts as margin. */
const MARGIN = 0.1;

/** The items without the page numbers standing alone on their line in the page's margins. */
export function withoutPageNumbers(items: readonly PdfTextItem[], viewportTransform: Matrix, pageHeight: number): PdfTextItem[] {
  const y = (item: PdfTextItem) => multiply(viewportTransform, item.transform)[5]!;
  const inMargin = (item: PdfTextItem) => {
    const at = y(item);
    return at < pageHeight * MARGIN || at > pageHeight * (1 - MARGIN);
  };
  const candidates = items.filter((item) => PAGE_NUMBER.test(item.str.trim()) && inMargin(item));
  if (!candidates.length) return [...items];
  const alone = new Set(
    candidates.filter((c) => {
      const size = Math.hypot(c.transform[2] ?? 0, c.transform[3] ?? 0) || c.height || 10;
      return !items.some((other) => other !== c && other.str.trim() && Math.abs(y(other) - y(c)) < size * 0.5);
    }),
  );
  return items.filter((item) => !alone.has(item));
}
