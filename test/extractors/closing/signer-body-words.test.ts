// A Party or mass body's name in capitals is never its signer's name, though its first word folds
// to a family name ("ĐẢNG ỦY XÃ": Đảng, folded, is Đặng): under "T/M" the body's line names the body.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { isPersonName } from '../../../extractors/closing/person-name.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { testContext } from '../context.js';

const BODY = 'Các chi bộ căn cứ thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VP.\n\n';

describe('a body’s words are no person’s name', () => {
  it.each([['ĐẢNG ỦY XÃ'], ['ĐẢNG ỦY XÃ TÂN AN'], ['ĐẢNG BỘ XÃ'], ['ĐOÀN THANH NIÊN'], ['BAN THƯỜNG VỤ'], ['DANG UY XA']])('%s', (text) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(false);
  });

  // A recipient's line run into the signature column ("- Website Cục Thuế (http://…)"): three
  // capitalised words, but a web page and a department, no person.
  // A letter Vietnamese does not write: a red name stamp's script read by OCR.
  it.each([['Châu Wồng Tuân'], ['Nguyễn Văn Jung'], ['ZHANG WEI MING'], ['Trần Fong Lâm']])('a letter outside the alphabet: %s', (text) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(false);
  });

  it.each([['Y Jút Niê'], ['Y Wơn Niê']])('a name of the Central Highlands\' peoples writes them: %s', (text) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(true);
  });

  it.each([['Website Cục Thuế'], ['Website Cuc Thue'], ['Cục Thuế Tỉnh'], ['Cuc Quan Ly Thi Truong']])('a department or a web page: %s', (text) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(false);
  });

  it.each([['Nguyễn Thị Cúc'], ['Nguyen Thi Cuc'], ['Lê Thị Cúc']])('a given name that folds like "cục" is still one: %s', (text) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(true);
  });

  // A plan's heading in capitals opening with a word that folds like a family name
  // (fresh11-scans s01's signer read as "TỔ CHỨC THỰC HIỆN").
  it.each([['TỔ CHỨC THỰC HIỆN'], ['Tổ Chức Thực Hiện']])('a heading: %s', (text) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(false);
  });

  it.each([['TÔ VĂN CHỨC'], ['Phạm Vi Anh'], ['Tô Thị Hiện']])('a name with those syllables apart is still one: %s', (text) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(true);
  });

  it.each([['ĐẶNG VĂN AN'], ['Đặng Văn An'], ['ĐOÀN VĂN HÙNG'], ['Lê Ban Mai'], ['Nguyễn Công Đoàn'], ['NGUYỄN CÔNG ĐOÀN'], ['Nguyen Cong Doan'], ['Lê Thị Trấn'], ['Phạm Văn Xã'], ['Trần Mặt Trận']])('a name that opens alike or holds a body word is still one: %s', (text) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(true);
  });

  it.each([
    ['T/M BAN CHẤP HÀNH\nĐẢNG ỦY XÃ\nBÍ THƯ\n(đã ký)\nNguyễn Văn An', 'Nguyễn Văn An'],
    ['T/M BAN THƯỜNG VỤ\nĐẢNG ỦY XÃ\nNguyễn Văn An', 'Nguyễn Văn An'],
    ['T/M BAN CHẤP HÀNH\nĐẢNG ỦY XÃ', null],
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Công Đoàn', 'Nguyễn Công Đoàn'],
  ])('%#: the signer under the body’s line', (block, name) => {
    expect(extractSigner(BODY + block, testContext()).name).toBe(name);
  });
});

describe('"Hạnh Phúc" after a family name is a given name, the motto’s words are not', () => {
  it.each([
    ['Ngô Hạnh Phúc', true],
    ['Nguyễn Thị Hạnh Phúc', true],
    ['Hạnh phúc', false],
    ['Tự do - Hạnh phúc', false],
    ['HẠNH PHÚC', false],
    ['Độc Lập Hạnh Phúc', false],
  ])('%s → %s', (text, name) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(name);
  });

  it('a provincial decision signed by "Ngô Hạnh Phúc" under "TM." / "KT." on the recipients’ lines', () => {
    const text = [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc',
      'Số: 904 /QĐ-UBND Lào Cai, ngày 26 tháng 8 năm 2025',
      'QUYẾT ĐỊNH',
      'Điều 5. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành./.',
      ' Nơi nhận: TM. ỦY BAN NHÂN DÂN',
      '- Như Điều 5; KT. CHỦ TỊCH',
      '- Chủ tịch UBND tỉnh;',
      '- Các PCT UBND tỉnh; PHÓ CHỦ TỊCH',
      '- Lưu: VT, KT(Long, Đức).',
      '',
      '',
      '                                                   Ngô Hạnh Phúc',
      '',
    ].join('\n');
    expect(extractSigner(text, testContext())).toMatchObject({ name: 'Ngô Hạnh Phúc', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' });
  });
});
