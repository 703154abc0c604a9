// "TRƯỞNG ĐẠI HỌC ĐIỆN LỰC": an engine read the grave of TRƯỜNG as a hook. At a line start, before
// a school's kind, the word is the school; a head's title ("TRƯỞNG PHÒNG", "TRƯỞNG NHÓM") is not.
import { describe, expect, it } from 'vitest';
import { issuerOfLines } from '../issuer-lines.js';

describe('issuer block: a school whose head word OCR read as a title', () => {
  it.each([
    ['a university under a ministry', ['BỘ CÔNG THƯƠNG', 'TRƯỞNG ĐẠI HỌC ĐIỆN LỰC'], 'Trường Đại học điện lực', 'Bộ Công thương'],
    ['a college under a ministry', ['BỘ XÂY DỰNG', 'TRƯỞNG CAO ĐẲNG XÂY DỰNG SỐ 1'], 'Trường Cao đẳng xây dựng số 1', 'Bộ Xây dựng'],
    ['as printed, for comparison', ['BỘ CÔNG THƯƠNG', 'TRƯỜNG ĐẠI HỌC ĐIỆN LỰC'], 'Trường Đại học điện lực', 'Bộ Công thương'],
  ])('%s', (_how, lines, name, parent) => {
    const { composed: issuer } = issuerOfLines(lines);
    expect(issuer?.issuer.name).toBe(name);
    expect(issuer?.issuer.level).toBe('central');
    expect(issuer?.parent?.name).toBe(parent);
  });

  it.each([
    ['a head of office', ['BỘ CÔNG THƯƠNG', 'TRƯỞNG PHÒNG ĐÀO TẠO']],
    ['a team leader', ['BỘ CÔNG THƯƠNG', 'TRƯỞNG NHÓM CÔNG TÁC']],
    // "trung" opens "trung cấp" and "trung học", never "trung tâm".
    ['a centre\'s director', ['SỞ Y TẾ', 'TRƯỞNG TRUNG TÂM Y TẾ']],
    ['a board\'s head', ['TỈNH ỦY', 'TRƯỞNG BAN TỔ CHỨC']],
    // "chính trị" names a school only right after the head word: a board's name may hold it later.
    ['a board\'s head, "chính trị" further on', ['TỈNH ỦY', 'TRƯỞNG BAN BẢO VỆ CHÍNH TRỊ NỘI BỘ']],
  ])('a title stays no body: %s', (_how, lines) => {
    expect(issuerOfLines(lines).names).toHaveLength(1);
  });
});
