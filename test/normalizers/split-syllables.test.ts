// Web copies write syllables split inside ("T hành phố Hồ Chí M inh"): joined back on lines that
// hold a piece no syllable is; lines without one, and words that merely spell a syllable
// together, stay as read.
import { describe, expect, it } from 'vitest';
import { joinSplitSyllables } from '../../normalizers/split-syllables.js';

describe('joinSplitSyllables', () => {
  it.each([
    ['| ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- |', '| ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH ------- |'],
    ['| Số: 3210/QĐ - UBND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |', '| Số: 3210/QĐ - UBND | Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014 |'],
    ['KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tín'],
    ['- T hủ tướ ng C h í nh ph ủ ; - B ộ X â y d ự n g', '- Thủ tướng Chính phủ ; - Bộ Xây dựng'],
  ])('%j', (input, expected) => {
    expect(joinSplitSyllables(input)).toBe(expected);
  });

  it.each([
    ['no broken piece on the line', 'Sở Y tế phối hợp với Bác sĩ y khoa; hu ế; Nguyễn Văn A'],
    ['a letter that names a point, beside words', 'theo điểm b khoản 2 Điều 3 và mục đ'],
    ['abbreviations', 'UBND tỉnh Hà Tĩnh, TP Hồ Chí Minh, VT, KGVX'],
    ['pieces of mixed case', 'Quận A Lưới B'],
    // A lone letter in prose (a point, an initial, a group) beside a one-vowel word.
    ['a point before "ở"', 'các nội dung quy định tại điểm b ở trên'],
    ['an initial before "ở"', 'ông Nguyễn Văn B ở thôn 2'],
    ['groups on one line', 'Nhóm B ở xã Tân An, nhóm C ở xã Bình An'],
    ['an option before a word', 'Phương án D ưu tiên'],
    ['a licence class', 'Giấy phép lái xe hạng B ô tô'],
    ['a mark in a column', 'Ký hiệu x ở cột 3'],
  ])('%s stays as read', (_name, text) => {
    expect(joinSplitSyllables(text)).toBe(text);
  });

  it('a long run of split words is joined throughout', () => {
    const line = 'T hành phố '.repeat(20000).trim();
    expect(joinSplitSyllables(line)).toBe('Thành phố '.repeat(20000).trim());
  });
});

describe('a line laid out in columns', () => {
  it('stays as read: an OCR layer\'s signature column beside the recipients', () => {
    const line = ' - B ộ trư ớ n g , c á c T h ứ trư ở n g , c á c đ ơ n v ị th u ộ c B ộ C ò n g   T rần T u ấn A nh';
    expect(joinSplitSyllables(line)).toBe(line);
  });
});

describe('an OCR layer with pieces all through it', () => {
  it('is left to the OCR repairs', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `${i + 1}. X ác nhận thông tin trên cổ n g thông tin điện tử`);
    const text = lines.join('\n');
    expect(joinSplitSyllables(text)).toBe(text);
  });

  it('while a web copy\'s few split header lines are joined', () => {
    const body = Array.from({ length: 40 }, (_, i) => `${i + 1}. Xác nhận thông tin trên cổng thông tin điện tử`);
    const text = ['T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014', ...body].join('\n');
    expect(joinSplitSyllables(text).split('\n')[0]).toBe('Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014');
  });
});
