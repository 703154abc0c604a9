// A text PDF written the way Word for Microsoft 365 writes Vietnamese (a letter with a tone is one
// glyph whose text is the letter and a combining mark, in a run of its own): read as NFC words,
// without spaces after the marked letters, and with the marked words of the signature block kept.
import { describe, expect, it } from 'vitest';
import { readAs } from './helpers.js';
import { markGlyphPdf } from './pdf-fixtures.js';

const LINES = [
  { text: 'ỦY BAN NHÂN DÂN', x: 80, y: 780 },
  { text: 'PHƯỜNG 1', x: 100, y: 765 },
  { text: 'QUYẾT ĐỊNH', x: 250, y: 720 },
  { text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 2 năm 2025;', x: 80, y: 700 },
  { text: 'Xét đề nghị của bộ phận tham mưu về kết quả lựa chọn nhà thầu', x: 80, y: 685 },
  { text: 'trên địa bàn Phường 1, thành phố Vũng Tàu.', x: 80, y: 670 },
  { text: 'Nơi nhận:', x: 80, y: 420 },
  { text: '- Lưu: VT.', x: 80, y: 405 },
  { text: 'CHỦ TỊCH', x: 380, y: 420 },
  { text: 'Vũ Đăng Khoa', x: 375, y: 340 },
];

describe('readPdf: letters whose glyph text is a letter and a combining mark', () => {
  it('reads every line as written, in NFC', async () => {
    const { read, codes } = await readAs('word365.pdf', markGlyphPdf(LINES));
    expect(codes).not.toContain('OCR_PAGE');
    const text = read!.text;
    expect(text).toBe(text.normalize('NFC'));
    const lines = text.split('\n');
    for (const { text: line } of LINES) expect(lines).toContain(line);
  });
});
