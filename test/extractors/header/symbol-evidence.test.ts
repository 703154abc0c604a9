// A header symbol's parts an OCR engine misread, read back from what the document spells: the
// issuer's initials after a slash read as a stroke, the drafting unit kept on file ("Lưu: VT, TTHT"),
// a symbol the body cites whole after a handwritten serial's scraps read as capitals.
import { describe, expect, it } from 'vitest';
import type { PlanNumber } from '../../../extractors/shared/number.js';
import { withSymbolAsTheTextSpells } from '../../../extractors/header/symbol-evidence.js';
import { foldVietnamese } from '../../../normalizers/fold.js';

const read = (symbol: string, serial: string | null = null): PlanNumber => ({ number: serial ? `${serial}/${symbol}` : null, serial, symbol, typeCode: null, party: false });
const TAX = 'Cục Thuế tỉnh Bắc Ninh';
const spelt = (number: PlanNumber, issuer: string | null, text: string) => withSymbolAsTheTextSpells(number, issuer, text, foldVietnamese(text)).number ?? withSymbolAsTheTextSpells(number, issuer, text, foldVietnamese(text)).symbol;

describe('header symbol parts read back from the document', () => {
  it.each([
    ['a slash read as I before the issuer\'s initials, the unit on file', read('ICT-ATHT'), TAX, 'Nơi nhận:\n- Lưu: VT,TTHT.', 'CT-TTHT'],
    ['the slash alone', read('ICT-TTHT', '1625'), TAX, '- Lưu: VT, TTHT.', '1625/CT-TTHT'],
    ['the unit alone', read('CT-TTHA', '1625'), TAX, '- Lưu: VT, TTHT, HCQT.', '1625/CT-TTHT'],
    ['an l for the slash', read('lCT-TTHT'), TAX, '', 'CT-TTHT'],
    // The hyphen before the unit on file read as a stroke, the issuer's and the unit's codes run into one.
    ['the hyphen read as L', read('CTBGLTTHT'), 'Cục Thuế tỉnh Bắc Giang', '- Lưu: VT, TTHT.', 'CTBG-TTHT'],
    ['the hyphen read as I, a serial', read('CTBGITTHT', '82'), 'Cục Thuế tỉnh Bắc Giang', '- Lưu: VT, TTHT.', '82/CTBG-TTHT'],
    // The issuer's code with an I for a T whose bar a light scan lost.
    ['an I for the T of the issuer\'s initials, a dash in its name', read('PKTHI-TH', '155'), 'Phòng Kinh tế - Hạ tầng huyện An Phú', '', '155/PKTHT-TH'],
    ['an I for the T of a code of three', read('SCI-KHTC'), 'Sở Công Thương tỉnh Hà Tĩnh', '', 'SCT-KHTC'],
    ['two Ts read as I', read('PKIHI-TH'), 'Phòng Kinh tế - Hạ tầng huyện An Phú', '', 'PKTHT-TH'],
    // A handwritten serial's scraps read as capitals glued before a symbol the body cites whole.
    ['scraps before the office\'s symbol its earlier letters cite', read('COMPFAGBHXH-BT'), 'Bảo hiểm xã hội Việt Nam', 'BHXH Việt Nam đã có các Công văn số 977/BHXH-BT ngày 29/3/2019', 'BHXH-BT'],
    ['scraps before it, a serial read', read('XYBHXH-BT', '3650'), null, 'Công văn số 3035 / BHXH-BT ngày 20/8/2019', '3650/BHXH-BT'],
  ])('%s', (_how, number, issuer, text, expected) => expect(spelt(number, issuer, text)).toBe(expected));

  it.each([
    ['an I before a code that is not the issuer\'s', read('ICT-TTHT'), 'Sở Y tế tỉnh Bắc Ninh', ''],
    ['an I before the issuer\'s code with more after it', read('ICTA-TTHT'), TAX, ''],
    ['a unit the text keeps on file as read', read('CT-TTHT'), TAX, '- Lưu: VT, TTHT, TTHA.'],
    ['two units one letter off', read('CT-TTHX'), TAX, '- Lưu: VT, TTHT, TTHA.'],
    ['a unit of another length', read('CT-TTH'), TAX, '- Lưu: VT, TTHT.'],
    ['the header\'s Đ against the filing line\'s other letter', read('SNNMT-QHKHSDĐ'), 'Sở Nông nghiệp và Môi trường thành phố Hà Nội', '- Lưu: VT, QHKHSDP.'],
    ['a unit of two letters', read('QĐ-UBND-NC'), 'Ủy ban nhân dân tỉnh Hà Tĩnh', '- Lưu: VT, NV.'],
    // One part ending in a filed unit: no stroke before it, or one capital only before the stroke.
    ['no stroke before the unit', read('CTBGTTHT'), 'Cục Thuế tỉnh Bắc Giang', '- Lưu: VT, TTHT.'],
    ['one capital before the stroke', read('CLTTHT'), 'Cục Thuế tỉnh Bắc Giang', '- Lưu: VT, TTHT.'],
    ['a unit not on file', read('CTBGLTTHT'), 'Cục Thuế tỉnh Bắc Giang', '- Lưu: VT, HCQT.'],
    ['no unit on file', read('CT-ATHT'), TAX, 'Nơi nhận: như trên.'],
    ['no issuer read', read('ICT-TTHT'), null, ''],
    ['an I for a letter of the initials other than T', read('SIT-KHTC'), 'Sở Công Thương tỉnh Hà Tĩnh', ''],
    ['an I for a T and another letter off', read('SCI-KHTC'), 'Sở Công nghiệp tỉnh Hà Tĩnh', ''],
    ['an I for the T of a code of two', read('IU-VP'), 'Tỉnh ủy Hà Tĩnh', ''],
    ['a T read as I in the unit\'s part only', read('SCT-KHIC'), 'Sở Công Thương tỉnh Hà Tĩnh', ''],
    ['a symbol the body cites whole, as read', read('BHXH-BT'), null, 'Công văn số 977/BHXH-BT'],
    ['small letters before the cited symbol', read('abBHXH-BT'), null, 'Công văn số 977/BHXH-BT'],
    ['a part of its own before the cited symbol', read('QĐ-BHXH-BT'), null, 'Công văn số 977/BHXH-BT'],
    ['a cited symbol of one part', read('XYBHXH'), null, 'Công văn số 977/BHXH'],
    ['a Party number', { ...read('KH/TU', '15'), party: true, number: '15-KH/TU' }, 'Tỉnh ủy An Giang', '- Lưu: VT, TU.'],
  ])('leaves alone %s', (_how, number, issuer, text) => expect(withSymbolAsTheTextSpells(number, issuer, text, foldVietnamese(text))).toBe(number));
});
