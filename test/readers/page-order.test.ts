import { describe, expect, it } from 'vitest';
import { closingSigns, inOrder, openingSigns, readingOrder } from '../../pipeline/readers/page-order.js';

// Pages as OCR writes them: a first page opens with the two header columns on one line each.
const OPENING = [
  'UBND PHƯỜNG MỸ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'BAN CHỈ ĐẠO PCTP Độc lập —- Tự do —- Hạnh phúc',
  'Số:/0/KH-BCĐ Mỹ An, ngày4 tháng 04 năm 2019',
  'KẾ HOẠCH',
  'Triển khai thành lập câu lạc bộ khu dân cư',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Nhằm đẩy mạnh công tác thông tin, tuyên truyền.',
].join('\n');
const PARTY_OPENING = ['TỈNH ỦY SƠN LA ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số 29-CT/TU Sơn La, ngày 19 tháng 4 năm 2023', 'CHỈ THỊ'].join('\n');
const MIDDLE = ['2', '- Đoàn phường phối hợp với Công an phường tổ chức tập huấn.', '- Định kỳ hằng tháng tổ chức họp để kiểm điểm.'].join('\n');
const CLOSING = [
  '- Tham mưu UBND phường tổ chức hội nghị.',
  'Trên đây là nội dung kế hoạch.',
  'Nơi nhận: TM. BAN CHỈ ĐẠO',
  '- Thành viên BCĐ phường; PHÓ TRƯỞNG BAN',
  '- Lưu: VT, VP.',
  'Hồ Hồng Minh',
].join('\n');

describe('opening and closing signs', () => {
  it('finds the motto, the number line and the date line at the top of a first page', () => {
    expect(openingSigns(OPENING)).toEqual(['the motto', '"Số:"', 'the date line']);
    expect(openingSigns(PARTY_OPENING)).toEqual(['the motto', '"Số:"', 'the date line']);
  });

  it('finds "Nơi nhận" and "Lưu: VT" at the foot of a last page', () => {
    expect(closingSigns(CLOSING)).toEqual(['"Nơi nhận"', '"Lưu: VT"']);
    expect(closingSigns(OPENING)).toEqual([]);
  });

  it.each([
    ['a cited letter', 'Thực hiện Công văn số 180/STTTT-CNTT ngày 29 tháng 3 năm 2017 của Sở Thông tin và Truyền thông;'],
    ['a law cited on a line of its own', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;'],
    ['a citation wrapped at its year', 'của Chính phủ; Quyết định số 12/QĐ-UBND ngày 5 tháng 3 năm 2020'],
    ['a number cited at a line start', 'số 12/QĐ-UBND ngày 5 tháng 3 năm 2020'],
  ])('does not take a dated citation at the top of a page for the date line: %s', (_, line) => {
    expect(openingSigns(`${line}\n- Giao các Sở, ngành triển khai.`)).not.toContain('the date line');
  });

  it.each([
    ['the place, a comma and the date', 'Hà Tĩnh, ngày 15 tháng 4 năm 2016'],
    ['the place without its comma', 'Hà Nội ngày 26 tháng 02 năm 2016'],
    ['the number line with the date beside it, no comma', 'Số: 306 /QĐ-TTg Hà Nội ngày 26 tháng 02 năm 2016'],
    ['blank figures', 'Hương Khê, ngày    tháng    năm 2017.'],
  ])('finds the date line: %s', (_, line) => {
    expect(openingSigns(line)).toContain('the date line');
  });

  it('does not take a motto quoted deep in the body for a header', () => {
    const body = [...Array.from({ length: 20 }, (_, i) => `dòng ${i} của nội dung`), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/KH-UBND ngày 1 tháng 2 năm 2020'].join('\n');
    expect(openingSigns(body)).toEqual([]);
  });
});

describe('readingOrder', () => {
  it('reads a two-page scan stored last page first from its opening page', () => {
    const order = readingOrder([CLOSING, OPENING]);
    expect(order?.order).toEqual([2, 1]);
    expect(order?.why).toContain('page 2 opens the document');
    expect(order?.why).toContain('page 1 closes it ("Nơi nhận", "Lưu: VT" at its foot)');
  });

  it('reverses a stack whose stored first page (the last) opens with a dated citation', () => {
    const last = ['Thực hiện Công văn số 180/STTTT-CNTT ngày 29 tháng 3 năm 2017 của Sở Thông tin và', 'Truyền thông, UBND phường báo cáo như sau:', CLOSING].join('\n');
    expect(readingOrder([last, MIDDLE, OPENING])?.order).toEqual([3, 2, 1]);
  });

  it('reverses a longer stack whose middle pages open nothing', () => {
    expect(readingOrder([CLOSING, MIDDLE, MIDDLE, PARTY_OPENING])?.order).toEqual([4, 3, 2, 1]);
  });

  it.each([
    ['pages in order', [OPENING, MIDDLE, CLOSING]],
    ['one page', [CLOSING]],
    ['no pages', []],
    ['empty pages', ['', '']],
    ['a last page that opens, a first page that does not close', [MIDDLE, OPENING]],
    ['a letter and the plan it sends (both open)', [OPENING, CLOSING, OPENING]],
    ['another document opening between', [CLOSING, OPENING, MIDDLE, OPENING]],
    ['a last page that both opens and closes (a one-page document after an annex)', [CLOSING, `${OPENING}\n${CLOSING}`]],
    ['a letter whose header OCR read only the motto, then the annex it sends', [`UBND PHƯỜNG MỸ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nS/ /UB-VP M, ng4 th 4\nV/v gửi kế hoạch\n${MIDDLE}\n${CLOSING}`, OPENING]],
  ])('keeps the file order: %s', (_, pages) => {
    expect(readingOrder(pages)).toBeNull();
  });
});

describe('inOrder', () => {
  it('puts items in the order of file page numbers', () => {
    expect(inOrder(['a', 'b', 'c'], [3, 2, 1])).toEqual(['c', 'b', 'a']);
  });
});
