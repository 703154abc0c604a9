// A number line whose handwritten serial's scraps ran onto the printed symbol, the issuer code's
// first capitals read into them as small letters ("Số: ),l ffrrCT-HTQT" under "TỔNG CỤC THUẾ":
// TCT-HTQT). The capitals kept must close the issuer's own initials; otherwise the line gives no
// number, as before. OCR text only.
import { describe, expect, it } from 'vitest';
import { scrawlLedSymbol } from '../../../extractors/header/symbol-evidence.js';
import { symbolGluedToScrawl } from '../../../extractors/header/scrawled-serial.js';
import { headerOf } from '../header-fixture.js';

const header = (issuer: string, numberLine: string, ocrOrigin = true) =>
  headerOf(['BỘ TÀI CHÍNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${issuer}        Độc lập - Tự do - Hạnh phúc`, numberLine, 'V/v thông báo hiệu lực của Hiệp định thuế'], ocrOrigin);

describe('a symbol whose first capitals a scrawl took', () => {
  it.each([
    ['T of TCT read into the scraps', 'TỔNG CỤC THUẾ', 'Số: ),l ffrrCT-HTQT Hà Nội, ngày 12 tháng 5 năm 2021', true, 'TCT-HTQT'],
    ['the whole code kept after the scraps', 'TỔNG CỤC THUẾ', 'Số: ),l ffrrTCT-HTQT Hà Nội, ngày 12 tháng 5 năm 2021', true, 'TCT-HTQT'],
    // Capitals that close no code of the issuer, or typed text: no number, as before.
    ['capitals not of the issuer\'s code', 'SỞ Y TẾ', 'Số: ),l ffrrCT-HTQT Hà Nội, ngày 12 tháng 5 năm 2021', true, null],
    ['typed text', 'TỔNG CỤC THUẾ', 'Số: ),l ffrrCT-HTQT Hà Nội, ngày 12 tháng 5 năm 2021', false, null],
  ])('%s', (_how, issuer, line, ocr, symbol) => {
    const doc = header(issuer, line, ocr);
    expect(doc.number).toBeNull();
    expect(doc.symbol).toBe(symbol);
  });
});

describe('symbolGluedToScrawl', () => {
  it.each([
    ['),l ffrrCT-HTQT Hà Nội', 'ffrrCT-HTQT', '),l'],
    ['abTCT-KK', 'abTCT-KK', 'ab'],
  ])('%s → %s', (text, symbol, illegible) => {
    const read = symbolGluedToScrawl(text);
    expect(read?.value.symbol).toBe(symbol);
    expect(read?.value.serial).toBeNull();
    expect(read?.illegible).toBe(illegible);
  });

  it.each([
    // A capital after the small letters only, no hyphen, a single small letter, or too far into the line.
    'ffrrC-HTQT',
    'ffrrCTHTQT',
    'fCT-HTQT',
    'a b c d e f g h i j k lmnCT-HTQT',
  ])('%s → null', (text) => expect(symbolGluedToScrawl(text)).toBeNull());
});

describe('scrawlLedSymbol', () => {
  const read = (symbol: string) => ({ number: null, serial: null, symbol, typeCode: null, party: false });
  it.each([
    ['ffrrCT-HTQT', 'Tổng cục Thuế', 'TCT-HTQT'],
    ['ffTCT-KK', 'Tổng cục Thuế', 'TCT-KK'],
    // One capital kept, capitals that close no initials, initials under three letters, no issuer.
    ['ffrrT-HTQT', 'Tổng cục Thuế', null],
    ['ffrrYT-HTQT', 'Tổng cục Thuế', null],
    ['ffrrCT-TTHT', 'Cục Thuế tỉnh Bắc Ninh', null],
    ['ffrrCT-HTQT', null, null],
  ])('%s under %s → %s', (symbol, issuer, expected) => {
    expect(scrawlLedSymbol(read(symbol), issuer)?.symbol ?? null).toBe(expected);
  });
});
