// The small r of a TTr or CTr code read with a stroke before it ("Số : 06 TTIr/ĐTN", a chi đoàn's
// Tờ trình of heldout-fresh27-scans a03): no code is spelt so, and the number was lost whole.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';
import { repairOcrHeaderCodes } from '../../../extractors/shared/references-ocr.js';

const header = (numberLine: string, heading = 'TỜ TRÌNH') =>
  headerOf(['ĐOÀN PHƯỜNG HOÀ QUÝ', 'BCH CHI ĐOÀN HẢI AN', numberLine, 'ĐOÀN TNCS HỒ CHÍ MINH', 'Hoà Quý, ngày 06 tháng 9 năm 2019', heading, 'ĐỘI VIÊN ĐÃ HOÀN THÀNH CHƯƠNG TRÌNH BỒI DƯỠNG HÈ']);

describe('a TTr or CTr code read with a stroke before its r', () => {
  it.each([
    ['Số : 06 TTIr/ĐTN', '06-TTr/ĐTN', 'TTr/ĐTN'],
    ['Số: 06-TTlr/ĐTN', '06-TTr/ĐTN', 'TTr/ĐTN'],
    ['Số: 45/TT|r-UBND', '45/TTr-UBND', 'TTr-UBND'],
    ['Số: 12/CTIr-UBND', '12/CTr-UBND', 'CTr-UBND'],
  ])('%j → %s', (line, number, symbol) => {
    const doc = header(line);
    expect(doc.number).toBe(number);
    expect(doc.symbol).toBe(symbol);
  });

  it('keeps the text\'s length, so spans still point into the text as read', () => {
    const line = 'Số : 06 TTIr/ĐTN ngày 06/9/2019';
    expect(repairOcrHeaderCodes(line, 1000)).toHaveLength(line.length);
  });

  it.each(['Số: 15/TTr-UBND', 'Số: 15/CTI-UBND', 'TTIr'])('leaves %j as it is', (line) => {
    expect(repairOcrHeaderCodes(line, 1000)).toBe(line);
  });
});
