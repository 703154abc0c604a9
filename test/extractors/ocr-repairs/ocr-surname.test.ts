// A signer's family name an OCR engine misread by one letter is read as the common family name
// it stands for; known family names, short names and words with no dominant reading stay.
import { describe, expect, it } from 'vitest';
import { withSurnameRepaired } from '../../../extractors/ocr-repairs/ocr-surname.js';
import { extractPlan } from '../../../extractors/index.js';
import { testContext } from '../context.js';

describe('withSurnameRepaired', () => {
  it.each([
    ['Tân Nguyên Minh Thành', 'Trần Nguyên Minh Thành'],
    ['Phim Quảng Ngọc', 'Phạm Quảng Ngọc'],
    ['Nguyn Văn An', 'Nguyễn Văn An'],
  ])('%s → %s', (read, name) => {
    expect(withSurnameRepaired(read)).toBe(name);
  });

  it.each([
    // known family names, common or rare, stay
    'Trần Văn Nam', 'Tạ Quang Bửu', 'Lò Văn Giàng', 'Giàng A Páo', 'Quàng Văn Hặc', 'Mai Tiến Dũng',
    // a known family name with a mark misread: its letters are right, the record folds marks anyway
    'Nguyển Thị Hoa',
    // two words: too little to tell a name from another line
    'Tân Minh',
    // no common family name one letter away
    'Sùng A Hồng', 'Vàng A Páo', 'Cầm Bá Thước',
    // equally near two common names (Hồ, Võ … none dominant)
    'Hô Văn Minh',
  ])('%s stays', (name) => {
    expect(withSurnameRepaired(name)).toBe(name);
  });
});

describe('the signer of an OCR text, not of a typed one', () => {
  const text = [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH NINH BÌNH Độc lập - Tự do - Hạnh phúc',
    'Số: 968/QĐ-UBND Ninh Bình, ngày 01 tháng 11 năm 2024',
    'QUYẾT ĐỊNH',
    'Về việc chuẩn y kết quả bầu cử',
    'Điều 1. Chuẩn y kết quả bầu cử.',
    'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành./.',
    'Nơi nhận:',
    '- Như Điều 3;',
    '- Lưu: VT, các VP.',
    ' LQVP7NV2024',
    '                                                     Phim Quảng Ngọc',
  ].join('\n');

  it('an OCR layer: the name after the recipients and a filing code, its family name read back', () => {
    expect(extractPlan(text, testContext(), [], { ocr: true }).signer?.name).toBe('Phạm Quảng Ngọc');
  });

  it('a typed text keeps the name as typed', () => {
    expect(extractPlan(text, testContext(), [], { ocr: false, typed: true }).signer?.name).toBe('Phim Quảng Ngọc');
  });
});
