// A legal portal's watermark printed over the copy it served, and the pieces OCR cuts it into.
import type { Cell } from '../shared/layout.js';

/**
 * A legal portal's watermark printed over a copy it served ("THU VIEN PHAP LUAT* Tel +84-28-3930
 * 3279", "www.ThuVienPhapLuat.vn", cut by OCR as "'hu VienPhapLuat.¥ n" or "* www."): the site's,
 * never a title or a name. Folded text. Anchored on the site's name: a body such as "Viện Pháp luật
 * và Kinh tế" is no watermark.
 */
export function isPortalWatermark(folded: string): boolean {
  return /(?:^|[^a-z])t?hu ?vien ?phap ?luat|phapluat\./.test(folded) || /^\W{0,3}www\.\S*$/.test(folded);
}

/** Lines apart within which a word is taken for a piece of the watermark line. */
const PIECE_REACH = 2;

/**
 * A lone short word beside the watermark line ("Law" of "LawSoft * Tel: +84-8-3930 3279 *
 * www.ThuVienPhapLuat.vn", which OCR read onto a line of its own, and the restorer may have
 * re-lettered to "Lau"): a piece of the watermark, no signer's name or title. One word of two
 * to four letters and no figure, within two lines of a watermark line.
 */
export function isWatermarkPiece(cells: readonly Cell[], at: number): boolean {
  const cell = cells[at]!;
  if (!/^\p{L}{2,4}$/u.test(cell.text.trim())) return false;
  for (const k of [at - 1, at + 1]) {
    const near = cells[k];
    if (near && Math.abs(near.line - cell.line) <= PIECE_REACH && isPortalWatermark(near.folded)) return true;
  }
  return false;
}
