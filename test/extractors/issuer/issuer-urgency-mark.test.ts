// An urgency or secrecy mark printed under the issuer block ("HỎA TỐC", "KHẨN", "MẬT") is no line
// of the issuer's name, in typed text as in OCR text; a name wrapped onto a capital line still is.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function issuerOf(blockLines: readonly string[], ocrOrigin = false): string | null {
  const text = [
    `${blockLines[0]}   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    `${blockLines[1]}   Độc lập - Tự do - Hạnh phúc`,
    ...blockLines.slice(2),
    'Số: 12/SNV-VP   Hà Tĩnh, ngày 5 tháng 3 năm 2024',
    '',
    'V/v triển khai công tác thi đua năm 2024',
  ].join('\n');
  return extractHeader(text, testContext(), noSigner, undefined, ocrOrigin, undefined, ocrOrigin).issuer.name;
}

describe('an urgency mark under the issuer block', () => {
  it.each([
    [['UBND TỈNH HÀ TĨNH', 'SỞ NỘI VỤ', 'HỎA TỐC'], false],
    [['UBND TỈNH HÀ TĨNH', 'SỞ NỘI VỤ', 'KHẨN'], false],
    [['UBND TỈNH HÀ TĨNH', 'SỞ NỘI VỤ', 'THƯỢNG KHẨN'], true],
    [['UBND TỈNH HÀ TĨNH', 'SỞ NỘI VỤ', 'MẬT'], false],
  ])('%j (OCR %s) is no part of the name', (lines, ocr) => {
    const name = issuerOf(lines, ocr);
    expect(name).toMatch(/^Sở Nội vụ/);
    expect(name).not.toMatch(/tốc|khẩn|mật/i);
  });

  it('a name wrapped onto a capital line is still carried on', () => {
    expect(issuerOf(['UBND TỈNH HÀ TĨNH', 'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ', 'XÂY DỰNG CÔNG TRÌNH GIAO THÔNG'])).toMatch(/xây dựng công trình giao thông/i);
  });
});
