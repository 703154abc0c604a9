// A legal portal's watermark after the signer's name, OCR having cut its first word onto a line
// of its own ("Law" of "LawSoft * Tel: … * www.ThuVienPhapLuat.vn", re-lettered "Lau" by the
// restorer): the piece is passed over like the watermark, and the name before it is the signer.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { cellsOf } from '../../../extractors/shared/layout.js';
import { isWatermarkPiece } from '../../../extractors/closing/portal-watermark.js';
import { testContext } from '../context.js';

const BODY = 'Ban Kinh tế Trung ương chủ trì, báo cáo Bộ Chính trị.\n\n';
const LIST = 'Nơi nhân: „/M BỘ CHÍNH TRI\n\n- Các tỉnh uỷ, thành uỷ,\n- Các ban đảng, ban cán sự đảng,\n~- Lưu Văn phòng Trung ương Đảng.\n\nTrần Quốc Vượng\n\n';
const MARK = 'Soft + Tel: +84-8-3930 3279 * www.ThuVienPhapLuat.vn';

function signer(text: string) {
  const ctx = testContext();
  return extractSigner(text, ctx).name;
}

describe('a piece of the watermark after the name', () => {
  it.each([
    [MARK + '\n\nLaw', 'Trần Quốc Vượng'],
    [MARK + '\n\nLau', 'Trần Quốc Vượng'],
    ['Law\n' + MARK, 'Trần Quốc Vượng'],
  ])('%#: passed over', (tail, name) => {
    expect(signer(BODY + LIST + tail)).toBe(name);
  });

  it.each([
    // No watermark near: a short word closing the text is not passed over.
    ['Law', null],
    // Too far from the watermark line.
    [MARK + '\n\n\n\n\nLau', null],
  ])('%#: not passed over', (tail, name) => {
    expect(signer(BODY + LIST + tail)).toBe(name);
  });
});

describe('isWatermarkPiece', () => {
  const cells = (text: string) => cellsOf(text);
  it.each([
    ['Law\n' + MARK, 0, true],
    [MARK + '\nLau', 1, true],
    // A word of five letters, figures, or two words: no piece.
    [MARK + '\nLawso', 1, false],
    [MARK + '\nL4w', 1, false],
    [MARK + '\nLê Ba', 1, false],
    ['Hà Nội\nLau', 1, false],
  ])('%#', (text, at, piece) => {
    expect(isWatermarkPiece(cells(text), at)).toBe(piece);
  });
});
