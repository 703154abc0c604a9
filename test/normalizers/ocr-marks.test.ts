// Words our own OCR read with the right letters and the wrong marks are put right in context;
// correct words, another placement of the same tone, numbers and short words are left alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type SyllableLM } from '../../normalizers/diacritics/lm.js';
import { correctOcrMarks } from '../../normalizers/diacritics/ocr-marks.js';

let lm: SyllableLM;
beforeAll(() => {
  lm = loadModel();
}, 60_000);

describe('correctOcrMarks', () => {
  it.each([
    ['a tone dropped over a hat', 'Căn cứ Luật Tô chức Chính phủ ngày 19 tháng 6 năm 2015;', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;'],
    ['a tone dropped, mid-line', 'và Luật Tổ chức chính quyên địa phương ngày 22 tháng 11', 'và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11'],
    ['one tone read for another', 'Luật sửa đổi, bồ sung một số điều của Luật', 'Luật sửa đổi, bổ sung một số điều của Luật'],
    ['a capital line keeps its case', 'ỦY BAN NHÂN DÂN TĨNH QUẢNG NGÃI', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI'],
  ])('%s', (_name, read, right) => {
    const result = correctOcrMarks(lm, read);
    expect(result.text).toBe(right);
    expect(result.changes.length).toBeGreaterThan(0);
    for (const c of result.changes) {
      expect(result.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
      expect(c.kind).toBe('ocr');
    }
  });

  it.each([
    ['correct text', 'Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;'],
    ['a word whose other reading is likelier elsewhere, right here', 'Cổng Thông tin điện tử của tỉnh; Công ty cổ phần'],
    ['the old tone placement, the document\'s own style', 'UỶ BAN NHÂN DÂN TỈNH CAO BẰNG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['numbers and one-letter words', 'Điều 1. Phê duyệt 25 chỉ tiêu, mục a và b'],
    ['words of mixed case', 'tÔ cHỨC'],
    ['no words at all', '— 12/2020 — ... |'],
    ['a person\'s name', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Hành\nđồng chí Lê Văn Hạnh phụ trách'],
  ])('leaves %s alone', (_name, text) => {
    const result = correctOcrMarks(lm, text);
    expect(result.text).toBe(text);
    expect(result.changes).toEqual([]);
  });

  // OCR breaks a paragraph at every printed line: a word at a line's end or start is weighed with
  // the words across the break when the line runs on (a word, then a word in small letters).
  it.each([
    ['a line opening with the misread word', 'xây dựng công trình khẩn\ncập đối với Dự án', 'xây dựng công trình khẩn\ncấp đối với Dự án'],
    ['a line ending with the misread word', 'làm rõ sự phù hợp và các vân\nđề có liên quan', 'làm rõ sự phù hợp và các vấn\nđề có liên quan'],
    ['a name broken over two lines', 'và Chủ tịch Hội\nđộng nhân dân tỉnh', 'và Chủ tịch Hội\nđồng nhân dân tỉnh'],
    ['a verb broken over two lines', 'khi dự án được trình thâm\nđịnh và phê duyệt', 'khi dự án được trình thẩm\nđịnh và phê duyệt'],
  ])('weighs a word across a wrapped line: %s', (_name, read, right) => {
    const result = correctOcrMarks(lm, read);
    expect(result.text).toBe(right);
    for (const c of result.changes) expect(result.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
  });

  // Two misread words side by side: neither wins beside the other's wrong reading, the pair does.
  it.each([
    ['a noun and its complement', 'thuộc thâm quyên quản lý của Bộ Y tế', 'thuộc thẩm quyền quản lý của Bộ Y tế'],
    ['a title', 'Theo đề nghị của Giảm đóc Sở Y tế.', 'Theo đề nghị của Giám đốc Sở Y tế.'],
    ['a verb and its object', 'khi tô chúc lại, giải quyêt chê độ cho người lao động', 'khi tổ chức lại, giải quyết chế độ cho người lao động'],
  ])('reads a pair of misread words again together: %s', (_name, read, right) => {
    const result = correctOcrMarks(lm, read);
    expect(result.text).toBe(right);
    for (const c of result.changes) expect(result.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
  });

  it('changes one word of a pair alone when the other was read right', () => {
    expect(correctOcrMarks(lm, 'Căn cứ Kế hoạch đào tạo - bồi đưỡng năm 2024').text).toBe('Căn cứ Kế hoạch đào tạo - bồi dưỡng năm 2024');
  });

  it.each([
    ['a line ending on punctuation', 'các vân.\nđề có liên quan'],
    ['a line of capitals (a header cell)', 'HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH'],
    ['a line followed by an empty one', 'các vân\n\nđề có liên quan'],
  ])('keeps the break as a context end after %s', (_name, text) => {
    expect(correctOcrMarks(lm, text).text).toBe(text);
  });

  it('the spans of several changes on several lines point at the replacements', () => {
    const text = 'Căn cứ Luật Tô chức Chính phủ;\nLuật sửa đổi, bồ sung một sô điều';
    const result = correctOcrMarks(lm, text);
    expect(result.text).toBe('Căn cứ Luật Tổ chức Chính phủ;\nLuật sửa đổi, bổ sung một số điều');
    expect(result.changes.map((c) => [c.original, c.replacement])).toEqual([
      ['Tô', 'Tổ'],
      ['bồ', 'bổ'],
      ['sô', 'số'],
    ]);
    for (const c of result.changes) expect(result.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
  });
});

describe('correctOcrMarks on long input', () => {
  // How its time grows with the line: `npm run bench -- scaling --only correctOcrMarks`.
  it('puts right every misread word of a long line, each change where it stands', () => {
    const n = 2_000;
    const result = correctOcrMarks(lm, 'Luật Tô chức chính quyên địa phương; '.repeat(n));
    expect(result.text).toBe('Luật Tổ chức chính quyền địa phương; '.repeat(n));
    expect(result.changes).toHaveLength(2 * n);
    for (const c of result.changes) expect(result.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
  });
});
