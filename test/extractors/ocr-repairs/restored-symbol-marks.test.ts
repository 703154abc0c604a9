// A stripped copy's symbol writes every Đ as D; a compound code built from its issuer's name takes
// the Đ back from the initials of that name (restored-symbol-marks.ts), a D the initials spell D stays.
import { describe, expect, it } from 'vitest';
import { withSymbolMarksFromIssuer } from '../../../extractors/ocr-repairs/restored-symbol-marks.js';
import type { DocumentInfo } from '../../../output/schema.js';

const doc = (symbol: string, issuer: string): DocumentInfo =>
  ({ type: 'Kế hoạch', typeCode: 'KH', number: `12/${symbol}`, serial: '12', symbol, issuer: { name: issuer, level: 'central', locality: null, parent: null }, place: 'Hà Nội', date: '2025-01-10', title: null, spans: { issuer: { start: 0, end: 10 } } }) as DocumentInfo;
/** The copy's words before restoration: bare, or as a copy that printed its marks gives them. */
const bare = () => 'BAN CHAP HANH';
const marked = () => 'BAN CHẤP HÀNH';

describe('withSymbolMarksFromIssuer', () => {
  it.each([
    ['a Youth Union centre\'s code', 'KH/TWDTN-CTTN', 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', 'KH/TWĐTN-CTTN'],
    ['a Party delegation\'s code with a term', 'KH/DDQH15', 'Đảng đoàn Quốc hội', 'KH/ĐĐQH15'],
    ['a steering board\'s code with its number', 'KH-BCDQG1237', 'Ban Chỉ đạo quốc gia 1237', 'KH-BCĐQG1237'],
    ['a people\'s committee, its D for Dân', 'KH-UBND', 'Ủy ban nhân dân tỉnh Nam Định', 'KH-UBND'],
    ['a department of education, its first D for Dục', 'KH-SGDDT', 'Sở Giáo dục và Đào tạo', 'KH-SGDĐT'],
    ['an issuer whose initials do not hold the code', 'HD-DHQG', 'Ủy ban nhân dân tỉnh Nam Định', 'HD-DHQG'],
  ])('%s', (_what, symbol, issuer, want) => {
    const out = withSymbolMarksFromIssuer(doc(symbol, issuer), bare);
    expect(out.symbol).toBe(want);
    expect(out.number).toBe(`12/${want}`);
  });

  it('leaves the symbol of a copy that printed its issuer with marks as printed', () => {
    expect(withSymbolMarksFromIssuer(doc('KH-BCDQG1237', 'Ban Chỉ đạo quốc gia 1237'), marked).symbol).toBe('KH-BCDQG1237');
  });
});

describe('a stripped copy through the pipeline', () => {
  it('gives its symbol the Đ of its issuer\'s name', async () => {
    const { processBytes } = await import('../../../pipeline/run.js');
    const text = [
      'BAN CHAP HANH TRUNG UONG',
      'DOAN TNCS HO CHI MINH',
      'DOAN TNCS HO CHI MINH',
      'So: 411-KH/TWDTN-BTC',
      'Ha Noi, ngay 16 thang 5 nam 2024',
      'KE HOACH',
      'To chuc cac hoat dong he danh cho thieu nhi nam 2024',
      'Thuc hien Chuong trinh cong tac Doan nam 2024, Ban Bi thu Trung uong Doan ban hanh Ke hoach nhu sau:',
      'I. MUC DICH, YEU CAU',
      '1. Cac co quan, don vi to chuc thuc hien nghiem tuc cac noi dung cua ke hoach nay.',
      'Noi nhan:',
      '- Luu: VT.',
      'TM. BAN BI THU',
      'BI THU',
      'Nguyen Minh Trieu',
    ].join('\n');
    const result = await processBytes('stripped.txt', new TextEncoder().encode(text), { after: [] });
    expect(result.record?.document.symbol).toBe('KH/TWĐTN-BTC');
  });
});
