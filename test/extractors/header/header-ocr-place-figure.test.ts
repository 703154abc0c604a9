// A central body's place with a letter an engine read as a figure ("Hà Nç3i, ngày"): the capital
// where central bodies sit. OCR only; a place of a local body is never turned into the capital.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const header = (issuer: string, dateLine: string, ocrOrigin = true) =>
  headerOf([`     ${issuer} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, '     Độc lập - Tự do - Hạnh phúc', '', `      S:6/QĐ-N}luơ-TCKT ${dateLine}`, '', '                                  QUYẾT ĐỊNH', '                    Về chi tiêu nội bộ'], ocrOrigin);

describe('a place with a figure inside a word', () => {
  it('OCR, a central body: the capital', () => {
    expect(header('BỘ TÀI CHÍNH', 'Hà Nç3i, ngày 14 tháng 2 năm 2019').place).toBe('Hà Nội');
  });

  it.each([
    ['typed text', 'BỘ TÀI CHÍNH', 'Hà Nç3i, ngày 14 tháng 2 năm 2019', false],
    ['a local body', 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Hà Nç3i, ngày 14 tháng 2 năm 2019', true],
    ['letters far from the capital\'s', 'BỘ TÀI CHÍNH', 'Cà M4u, ngày 14 tháng 2 năm 2019', true],
  ])('%s: not the capital', (_how, issuer, line, ocr) => {
    expect(header(issuer, line, ocr).place).not.toBe('Hà Nội');
  });

  it('a numbered district keeps its number', () => {
    expect(header('ỦY BAN NHÂN DÂN QUẬN 5', 'Quận 5, ngày 14 tháng 2 năm 2019').place).toBe('Quận 5');
  });
});
