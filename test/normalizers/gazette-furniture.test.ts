// The gazette's running header ("CÔNG BÁO/Số 271/Ngày 12-05-2026", a page number beside it) is
// page furniture of Công báo copies: its date is the issue's, never the document's.
import { describe, expect, it } from 'vitest';
import { removeGazetteRunningHeaders } from '../../normalizers/gazette-furniture.js';
import { processBytes } from '../../pipeline/run.js';

describe('removeGazetteRunningHeaders', () => {
  it.each([
    ['page number after, tab between', 'CÔNG BÁO/Số 271/Ngày 12-05-2026\t84'],
    ['page number before', '94\tCÔNG BÁO/Số 1217 + 1218/Ngày 03-11-2024'],
    ['double issue, short month', 'CÔNG BÁO/Số 287 + 288/Ngày 08-4-2022\t3'],
    ['spaces around the slashes, no page number', '  CÔNG BÁO / Số 302 / Ngày 02-06-2026  '],
    ['small letters', 'Công báo/Số 146/Ngày 11-03-2026 101'],
  ])('removes the line: %s', (_what, line) => {
    expect(removeGazetteRunningHeaders(`Điều 1. Nội dung\n${line}\nĐiều 2. Tiếp`)).toBe('Điều 1. Nội dung\nĐiều 2. Tiếp');
  });

  it.each([
    ['a citation of the gazette in a sentence', 'Đăng Công báo/Số 271/Ngày 12-05-2026 theo quy định.'],
    ['the gazette as a recipient', '- Công báo;'],
    ['the publishing centre', 'Trung tâm Thông tin - Công báo'],
    ['an issue without its date', 'CÔNG BÁO/Số 271'],
    ['a long line that opens like a running header', `CÔNG BÁO/Số 271/Ngày 12-05-2026 ${'và nội dung khác '.repeat(6)}`],
  ])('keeps %s', (_what, line) => {
    const text = `Mở đầu\n${line}\nKết thúc`;
    expect(removeGazetteRunningHeaders(text)).toBe(text);
  });

  // Readers join pages with a bare '\f': the header of a later page starts right after it.
  it.each([
    ['a page joined with no line break before it', '…ban hành.\fCÔNG BÁO/Số 271/Ngày 12-05-2026\t85\n2. Giao Bộ Y tế', '…ban hành.\f2. Giao Bộ Y tế'],
    ['a page that ended with a line break', 'trang một\n\fCÔNG BÁO/Số 271/Ngày 12-05-2026  84\nnội dung trang hai', 'trang một\n\fnội dung trang hai'],
    ['the page number first', 'trang hai\f85  CÔNG BÁO/Số 271/Ngày 12-05-2026\ntrang ba', 'trang hai\ftrang ba'],
    ['a header closing the text', 'trang cuối\nCÔNG BÁO/Số 271/Ngày 12-05-2026\t86', 'trang cuối'],
  ])('removes the header after a page break and keeps the break: %s', (_what, text, expected) => {
    expect(removeGazetteRunningHeaders(text)).toBe(expected);
  });

  it('keeps every page break', () => {
    const header = (page: number) => `CÔNG BÁO/Số 271/Ngày 12-05-2026\t${page}`;
    const text = [`${header(84)}\nĐiều 1. trang một`, `\n${header(85)}\nnội dung trang hai`, `${header(86)}\ntrang ba`, `${header(87)}`].join('\f');
    const out = removeGazetteRunningHeaders(text);
    expect(out).not.toContain('CÔNG BÁO');
    expect(out.split('\f').length).toBe(text.split('\f').length);
    expect(out.split('\f').map((page) => page.trim())).toEqual(['Điều 1. trang một', 'nội dung trang hai', 'trang ba', '']);
  });

  it('leaves a text without the gazette as the same string', () => {
    const text = 'ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND';
    expect(removeGazetteRunningHeaders(text)).toBe(text);
  });

  it('gives a Công báo copy the date and place of its own date line, not the issue date above it', async () => {
    const copy = [
      'CÔNG BÁO/Số 271/Ngày 12-05-2026\t84',
      'CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 113/NQ-CP\tHà Nội, ngày 25 tháng 4 năm 2026',
      'NGHỊ QUYẾT',
      'Về thanh toán các chi phí khám bệnh, chữa bệnh bảo hiểm y tế',
      'CHÍNH PHỦ',
      'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
      'QUYẾT NGHỊ:',
      'Điều 1. Nghị quyết này có hiệu lực kể từ ngày ký.',
      'CÔNG BÁO/Số 271/Ngày 12-05-2026\t85',
      'TM. CHÍNH PHỦ',
      'THỦ TƯỚNG',
      'Phạm Minh Chính',
    ].join('\n');
    const result = await processBytes('nq.txt', new TextEncoder().encode(copy), { after: [] });
    expect(result.record?.document.date).toBe('2026-04-25');
    expect(result.record?.document.place).toBe('Hà Nội');
    expect(result.record?.document.issuer.name).toBe('Chính phủ');
  });

  // How its time grows with the text: `npm run bench -- scaling --only removeGazetteRunningHeaders`.
  it('removes every running header of a long text and keeps all its prose', () => {
    const prose = 'câu văn bình thường. '.repeat(50) + '\n';
    const text = ('CÔNG BÁO/Số 1/Ngày 01-01-2026\t1\n' + prose).repeat(4000);
    expect(removeGazetteRunningHeaders(text)).toBe(prose.repeat(4000));
  });
});
