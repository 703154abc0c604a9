// A layer that lost the slash or the "Số" of a number line leaves the symbol's last code standing
// before the place on the date line ("463Y SGDDT -CTrTT Đà Nẵng, ngày …"): the code is the
// symbol's, the place is what follows it. Places in capitals and "TP. Hồ Chí Minh" stay whole.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function placeOf(dateLine: string): string | null {
  const text = [
    'ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'THÀNH PHỐ ĐÀ NẴNG                      Độc lập - Tự do - Hạnh phúc',
    dateLine,
    '',
    'KẾ HOẠCH',
    'Tổ chức các hoạt động hè năm 2019',
  ].join('\n');
  // As an OCR engine's layer (ocrOrigin): only there does a symbol's tail stand before the place.
  return extractHeader(text, testContext(), noSigner, undefined, false, undefined, true).place;
}

describe('the place after a symbol that lost its slash', () => {
  it.each([
    // As the normalised text of a garbled layer has them: the column gap closed up.
    ['463Y SGDDT -CTrTT Đà Nẵng, ngày 31 tháng 5 năm 2019', 'Đà Nẵng'],
    ['sa: t, 1+ ICTPH-LĐLĐ-SVH,TT,DL Đà Nẵng, ngày 28 tháng 4 năm 2017', 'Đà Nẵng'],
    ['Số 12 KH UBND Đà Nẵng, ngày 31 tháng 5 năm 2019', 'Đà Nẵng'],
  ])('%j → %s', (line, place) => {
    expect(placeOf(line)).toBe(place);
  });

  it.each([
    ['Số: 12/KH-UBND TP. Hồ Chí Minh, ngày 31 tháng 5 năm 2019', 'TP. Hồ Chí Minh'],
    ['Số: 12/KH-UBND TX Sơn Tây, ngày 31 tháng 5 năm 2019', 'TX Sơn Tây'],
    ['Số: 12/KH-UBND HÀ NỘI, ngày 31 tháng 5 năm 2019', 'HÀ NỘI'],
  ])('%j keeps %s whole', (line, place) => {
    expect(placeOf(line)?.toLocaleLowerCase('vi')).toBe(place.toLocaleLowerCase('vi'));
  });
});

describe('the symbol read where it stands, on the date line', () => {
  function symbolOf(dateLine: string, ocr: boolean): string | null {
    const text = [
      'UBND THÀNH PHỐ ĐÀ NẴNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO                 Độc lập - Tự do - Hạnh phúc',
      dateLine,
      'V/v bảo đảm trật tự an toàn giao thông',
    ].join('\n');
    return extractHeader(text, testContext(), noSigner, undefined, ocr).symbol;
  }

  it.each([
    ['463Y SGDDT -CTrTT Đà Nẵng, ngày 31 tháng 5 năm 2019', 'SGDĐT-CTrTT'],
    ['4# UBND - VP Đà Nẵng, ngày 31 tháng 5 năm 2019', 'UBND-VP'],
  ])('OCR: %j → %s', (line, symbol) => {
    expect(symbolOf(line, true)).toBe(symbol);
  });

  it.each([
    ['typed text is not read so', '463Y SGDDT -CTrTT Đà Nẵng, ngày 31 tháng 5 năm 2019', false],
    ['one code alone is no symbol', '463Y SGDDT Đà Nẵng, ngày 31 tháng 5 năm 2019', true],
    ['a code of one capital is no symbol part', '463Y SGDDT -Ctr Đà Nẵng, ngày 31 tháng 5 năm 2019', true],
  ])('%s: %j', (_how, line, ocr) => {
    expect(symbolOf(line, ocr)).toBeNull();
  });

  it('a number line read in its place wins', () => {
    const text = [
      'UBND THÀNH PHỐ ĐÀ NẴNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO                 Độc lập - Tự do - Hạnh phúc',
      'Số: 1595/SGDĐT-CTrTT                Đà Nẵng, ngày 31 tháng 5 năm 2019',
      'V/v bảo đảm trật tự an toàn giao thông',
    ].join('\n');
    expect(extractHeader(text, testContext(), noSigner, undefined, true).number).toBe('1595/SGDĐT-CTrTT');
  });
});
