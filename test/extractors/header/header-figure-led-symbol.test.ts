// A number line whose symbol's first capital an OCR engine read as a figure ("Số: 5495
// /3HXIH-HCTH" under "BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG": BHXH, the B read as 3 and an H as IH).
// No printed code opens with a figure: the issuer's own initials put it right when within two
// letters of it; otherwise the line gives no number, as before. OCR text only.
import { describe, expect, it } from 'vitest';
import { figureLedSymbol } from '../../../extractors/header/symbol-evidence.js';
import { headerOf } from '../header-fixture.js';

const header = (issuer: string, numberLine: string, ocrOrigin = true) =>
  headerOf(['BẢO HIỂM XÃ HỘI VIỆT NAM        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${issuer}        Độc lập - Tự do - Hạnh phúc`, numberLine, '', 'V/v hưởng trợ cấp thất nghiệp năm 2015'], ocrOrigin);

describe('a symbol led by a figure', () => {
  it.each([
    ['B read as 3, an H as IH', 'BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG', 'Số: 5495 /3HXIH-HCTH Bình Dương, ngày 12 tháng 12 năm 2014', true, '5495/BHXH-HCTH', 'BHXH-HCTH'],
    ['B read as 8', 'BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG', 'Số: 5495/8HXH-HCTH Bình Dương, ngày 12 tháng 12 năm 2014', true, '5495/BHXH-HCTH', 'BHXH-HCTH'],
    // The issuer's initials too far from what was read, or typed text: no number, as before.
    ['a code far from the issuer\'s', 'SỞ Y TẾ TỈNH BÌNH DƯƠNG', 'Số: 5495 /3HXIH-HCTH Bình Dương, ngày 12 tháng 12 năm 2014', true, null, null],
    ['typed text', 'BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG', 'Số: 5495 /3HXIH-HCTH Bình Dương, ngày 12 tháng 12 năm 2014', false, null, null],
  ])('%s', (_how, issuer, line, ocr, number, symbol) => {
    const doc = header(issuer, line, ocr);
    expect(doc.number).toBe(number);
    expect(doc.symbol).toBe(symbol);
  });
});

describe('figureLedSymbol', () => {
  const read = (symbol: string) => ({ number: `5495/${symbol}`, serial: '5495', symbol, typeCode: null, party: false });
  it.each([
    // "xã hội" of the issuer's own name is no commune: its initials are BHXH, not BH.
    ['3HXIH-HCTH', 'Bảo hiểm xã hội tỉnh Bình Dương', 'BHXH-HCTH'],
    ['3HXH-TST', 'Bảo hiểm xã hội huyện Yên Mỹ', 'BHXH-TST'],
    // Initials under four letters are near too many readings; three edits are too many.
    ['8YT-NVY', 'Sở Y tế tỉnh Bình Dương', null],
    ['3QXIHT-HCTH', 'Bảo hiểm xã hội tỉnh Bình Dương', null],
    ['3HXIH-HCTH', null, null],
  ])('%s under %s → %s', (symbol, issuer, expected) => {
    expect(figureLedSymbol(read(symbol), issuer)?.symbol ?? null).toBe(expected);
  });
});
