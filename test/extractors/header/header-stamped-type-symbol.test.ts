// A numbering stamp's figure printed over the slash and the type code ("Số: 428GP-BCT" read
// "428G-DCT", heldout-fresh25-scans z01): the type heading below gives the type part's lost letter,
// the issuer's initials the code read one letter off (a B as D). Each repair needs its evidence.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';
import { symbolTypeFromHeading } from '../../../extractors/header/header-type.js';
import { withSymbolAsTheTextSpells } from '../../../extractors/header/symbol-evidence.js';
import { docTypeByName } from '../../../extractors/shared/doctypes.js';
import type { PlanNumber } from '../../../extractors/shared/number.js';

const read = (symbol: string, typeCode: string | null = null): PlanNumber => ({ number: `428/${symbol}`, serial: '428', symbol, typeCode, party: false });
const licence = docTypeByName('Giấy phép')!;

describe('a type part that lost its last letter, under its heading', () => {
  it.each([
    ['G-BCT', '428/GP-BCT'],
    ['GP-BCT', '428/GP-BCT'],
  ])('%s under GIẤY PHÉP', (symbol, expected) => expect(symbolTypeFromHeading(read(symbol), licence).number).toBe(expected));

  it.each([
    ['a symbol of one part', 'G'],
    ['a part that is no prefix of the code', 'P-BCT'],
  ])('not %s', (_how, symbol) => expect(symbolTypeFromHeading(read(symbol), licence).symbol).toBe(symbol));
});

describe("the issuer's code after the type, one letter off its initials", () => {
  const spelt = (number: PlanNumber, issuer: string) => withSymbolAsTheTextSpells(number, issuer, '', '').number;
  it('a B read as D', () => expect(spelt(read('GP-DCT', 'GP'), 'Bộ Công Thương')).toBe('428/GP-BCT'));
  it.each([
    ['two letters off', read('GP-DCI', 'GP'), 'Bộ Công Thương'],
    ['no type code before it', read('XP-DCT'), 'Bộ Công Thương'],
    ['initials of two letters', read('QĐ-BT', 'QĐ'), 'Bộ Tài chính'],
    ["a department's own code, a letter of another shape", read('QĐ-STP', 'QĐ'), 'Sở Tài chính'],
    ['a letter of another shape', read('GP-BCX', 'GP'), 'Bộ Công Thương'],
  ])('not %s', (_how, number, issuer) => expect(spelt(number, issuer)).toBe(number.number));
});

describe('the whole header as OCR read it', () => {
  it('reads 428/GP-BCT', () => {
    const text = 'BỘ CÔNG THƯƠNG\nSố: 428G-DCT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nGIẤY PHÉP\nVẬN CHUYỂN HÀNG HÓA NGUY HIỂM\nTheo đề nghị của: Công ty TNHH Vận tải\nBộ Công Thương cho phép:\nThời hạn của giấy phép: 24 tháng kể từ ngày ký.\nHà Nội, ngày 30 tháng 5 năm 2025\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n';
    expect(headerOf(text, true, true).number).toBe('428/GP-BCT');
  });
});
