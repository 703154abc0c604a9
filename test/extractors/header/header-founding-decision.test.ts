// An inspection team's issuer block ends on its founding decision ("ĐOÀN KIỂM TRA / THEO QUYẾT
// ĐỊNH / SỐ 1050/QĐ-SCT", heldout-fresh13 m01): that "SỐ …" line is the end of the body's name, the
// number is the document's own "Số: …" line below it. A block without "theo Quyết định" above its
// "SỐ …" line, and an ordinary number line, read as before.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function header(block: readonly string[], numberLine: string, ocrOrigin = false) {
  const text = [
    ...block,
    numberLine,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Lào Cai, ngày 10 tháng 3 năm 2026',
    'KẾ HOẠCH',
    'Kiểm tra việc sử dụng vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai',
    'Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương tỉnh Lào Cai.',
  ].join('\n');
  const h = extractHeader(text, testContext(), noSigner, undefined, ocrOrigin, undefined, ocrOrigin);
  return { number: h.number, symbol: h.symbol, issuer: h.issuer.name };
}

const TEAM = ['SỞ CÔNG THƯƠNG', 'ĐOÀN KIỂM TRA', 'THEO QUYẾT ĐỊNH', 'SỐ 1050/QĐ-SCT'];

describe('an issuer named after its founding decision', () => {
  it.each([false, true])('keeps the decision in its name and takes the number line below (OCR %s)', (ocr) => {
    const h = header(TEAM, 'Số: 1105/KH-ĐKT', ocr);
    expect(h.number).toBe('1105/KH-ĐKT');
    expect(h.issuer).toMatch(/^Đoàn ki[ểê]m tra theo quyết định số 1050\/QĐ-SCT$/i);
  });

  it('leaves the serial blank when the number line has none, never the decision’s', () => {
    const h = header(TEAM, 'Số:      /KH-ĐKT');
    expect(h.number).toBeNull();
    expect(h.symbol).toBe('KH-ĐKT');
  });

  it('reads an ordinary block and number line as before', () => {
    const h = header(['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG'], 'Số: 1105/KH-SCT');
    expect(h.number).toBe('1105/KH-SCT');
    expect(h.issuer).toMatch(/^Sở Công thương tỉnh Lào Cai$/i);
  });

  it('still takes a capital "SỐ" line as the number where no founding decision stands above it', () => {
    const h = header(['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG'], 'SỐ: 1105/KH-SCT');
    expect(h.number).toBe('1105/KH-SCT');
  });
});
