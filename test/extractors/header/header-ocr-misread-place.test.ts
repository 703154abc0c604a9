// A date line's place an engine misread: a letter read as a figure or marks ("Hà N(3i, ngày"), or
// its comma read as a closing mark ("Hà Nội} ngày"). Read only in OCR'd text.
import { describe, expect, it } from 'vitest';
import { misreadPlaceBeforeDay, strokedPlaceBeforeDay } from '../../../extractors/header/ocr-place.js';
import { headerOf } from '../header-fixture.js';

const header = (issuer: string, dateLine: string, ocrOrigin = true) =>
  headerOf([`     ${issuer}                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, '                                  Độc lập - Tự do - Hạnh phúc', '', `      Số: 12/QĐ-BTC          ${dateLine}`, '', '                                  QUYẾT ĐỊNH', '                    Về chi tiêu nội bộ'], ocrOrigin);

describe('a misread place on the date line', () => {
  it.each([
    ['marks for a letter', 'Hà N(3i, ngày 25 tháng 4 năm 2016'],
    ['a brace for the comma', 'Hà Nội} ngày 25 tháng 4 năm 2016'],
  ])('OCR, a central body, %s: the capital', (_how, line) => {
    expect(header('BỘ TÀI CHÍNH', line).place).toBe('Hà Nội');
  });

  it('OCR, a central body, strokes read for a letter glued into the word ("Hà I\'/Ơi"): the capital, not the letters after them', () => {
    expect(header('BỘ TÀI CHÍNH', "Hà I'/Ơi, ngày 14 tháng 01 năm 2020").place).toBe('Hà Nội');
  });

  it('typed text with such strokes keeps its plain reading', () => {
    expect(header('BỘ TÀI CHÍNH', "Hà I'/Ơi, ngày 14 tháng 01 năm 2020", false).place).not.toBe('Hà Nội');
  });

  it('the brace for the comma keeps a local place', () => {
    expect(header('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Lâm Đồng} ngày 25 tháng 4 năm 2016').place).toBe('Lâm Đồng');
  });

  it.each([
    ['typed text', 'BỘ TÀI CHÍNH', 'Hà N(3i, ngày 25 tháng 4 năm 2016', false],
    ['a local body', 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Hà N(3i, ngày 25 tháng 4 năm 2016', true],
  ])('%s: not the capital', (_how, issuer, line, ocr) => {
    expect(header(issuer, line, ocr).place).not.toBe('Hà Nội');
  });
});

describe('misreadPlaceBeforeDay', () => {
  it.each([
    ['a plain place before its comma (the plain reader\'s)', 'Hà Nội, '],
    ['a bracket closing a phrase', '(Hà Nội) '],
    ['a word in small letters', 'trong năm} '],
  ])('%s: null', (_how, before) => {
    expect(misreadPlaceBeforeDay(before)).toBeNull();
  });

  it('a place with marks for a letter', () => {
    expect(misreadPlaceBeforeDay('Hà N(3i, ')?.[1]).toBe('Hà N(3i');
  });
});

describe('strokedPlaceBeforeDay', () => {
  it('a place whose last word holds strokes read for a letter: the whole run', () => {
    expect(strokedPlaceBeforeDay("Hà I'/Ơi, ")?.[1]).toBe("Hà I'/Ơi");
  });

  it.each([
    ['a plain place', 'Hà Nội, '],
    ['a place with an apostrophe of its own in its first word only', "H'Leo, "],
    ['no capital before it', "và I'/Ơi, "],
  ])('%s: null', (_how, before) => {
    expect(strokedPlaceBeforeDay(before)).toBeNull();
  });
});
