// A copy with every mark stripped (an old OCR engine's text, a plain-ASCII export): the restorer
// puts the marks back, and the record's place, issuer locality and signer's family name take the
// marks the unit list and the family names give where the copy gave the words bare (restored-marks.ts,
// name-marks-as-read.ts); the copy's own words stay in text.original.
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../../pipeline/run.js';
import { withListedPlaceMarks } from '../../../extractors/ocr-repairs/restored-marks.js';
import type { DocumentInfo } from '../../../output/schema.js';

function strippedPlan(province: string, place: string, signer: string): string {
  return [
    `UY BAN NHAN DAN TINH ${province.toUpperCase()}`,
    'CONG HOA XA HOI CHU NGHIA VIET NAM',
    'Doc lap - Tu do - Hanh phuc',
    `So: 45/KH-UBND ${place}, ngay 12 thang 3 nam 2025`,
    'KE HOACH',
    'To chuc phong trao thi dua thuc hien nhiem vu phat trien kinh te - xa hoi nam 2025',
    `Thuc hien Ke hoach so 120/KH-UBND ngay 02/3/2025 cua Uy ban nhan dan tinh ${province}; Uy ban nhan dan tinh ban hanh Ke hoach nhu sau:`,
    'I. MUC DICH, YEU CAU',
    '1. Cac co quan, don vi to chuc thuc hien nghiem tuc cac noi dung cua ke hoach nay.',
    'Noi nhan:',
    '- Nhu tren;',
    '- Luu: VT.',
    'TM. UY BAN NHAN DAN',
    'KT. CHU TICH',
    'PHO CHU TICH',
    signer,
  ].join('\n');
}

describe('a stripped copy\'s header values with the marks the lists give', () => {
  it.each([
    ['a province the restorer marks as commoner words', 'Kon Tum', 'Kon Tum', 'Nguyen Van Binh', 'Kon Tum', 'Ủy ban nhân dân tỉnh Kon Tum'],
    ['a family name the restorer read as a common word (Tống)', 'Nam Dinh', 'Nam Dinh', 'Tong Quang Thin', 'Nam Định', 'Ủy ban nhân dân tỉnh Nam Định'],
    ['a family name the restorer read as a common word (Đỗ)', 'Nam Dinh', 'Nam Dinh', 'Do Van Chung', 'Nam Định', 'Ủy ban nhân dân tỉnh Nam Định'],
  ])('%s', async (_what, province, place, signer, wantPlace, wantIssuer) => {
    const text = strippedPlan(province, place, signer);
    const result = await processBytes('stripped.txt', new TextEncoder().encode(text), { after: [] });
    const record = result.record!;
    expect(record.document.place).toBe(wantPlace);
    expect(record.document.issuer.name).toBe(wantIssuer);
    expect(record.text.original).toBe(text);
    const family = signer.split(' ')[0]!;
    const listed: Record<string, string> = { Nguyen: 'Nguyễn', Tong: 'Tống', Do: 'Đỗ' };
    expect(record.signer.name?.split(' ')[0]).toBe(listed[family]);
  });
});

describe('withListedPlaceMarks', () => {
  const doc = (place: string): DocumentInfo => ({
    type: 'Kế hoạch', typeCode: 'KH', number: null, serial: null, symbol: null, title: null, date: null, place,
    issuer: { name: `Ủy ban nhân dân xã ${place}`, level: 'commune', locality: place, parent: null },
    spans: { place: { start: 0, end: place.length }, issuer: { start: 0, end: place.length } },
  });
  const bare = () => 'Luong Minh';

  it.each([
    // The list knows one commune "Lưỡng Minh"; the document's Lương Minh is another: a commune's marks stay the restorer's.
    ['a commune the list spells otherwise', 'Lương Minh', 'Lương Minh'],
    ['a province', 'Kôn Tum', 'Kon Tum'],
  ])('%s', (_what, place, want) => {
    const out = withListedPlaceMarks(doc(place), bare);
    expect(out.place).toBe(want);
    expect(out.issuer.locality).toBe(want);
  });

  it('keeps a place whose words the copy gave marked', () => {
    expect(withListedPlaceMarks(doc('Kôn Tum'), () => 'Kôn Tum').place).toBe('Kôn Tum');
  });
});
