// A letter whose receiving office's stamp and handwriting garbled its header: the number's slash
// read as a comma after a numbering stamp's scraps ("Số: { 8 96 ,PTM-ITB"), the date line's figures
// and its place's capital lost ("la Nội, ngày / ¡ tháng £ nam H...;"), the recipients' lines below.
// The symbol, the place and the issuer above the date line are read; the recipients are not the
// issuer. A chamber named for the whole country is a national body. OCR'd text only.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const letter = (numberLine: string, dateLine: string) => [
  'PHÒNG THƯƠNG MẠI',
  'VÀ CÔNG NGHIỆP VIỆT NAM',
  numberLine,
  'E... Hợp tác xúy dựng RẺ hoạch xúc tiến',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  dateLine,
  '- Văn Phòng Ủy ban Nhân dân tỉnh Hà Tĩnh',
  '- Sở Thông tin và Truyền thông tỉnh Hà Tĩnh',
  'Căn cứ Quyết định số 1073/QĐ-TTg ngày 12 tháng 07 năm 2010 của Thủ tướng Chính phủ phê duyệt kế hoạch.',
];

describe('a letter under a receiving office\'s stamp', () => {
  it('OCR: symbol, place, issuer', () => {
    const doc = headerOf(letter('Số: { 8 96 ,PTM-ITB', 'la Nội, ngày / ¡ tháng £ nam H...;'));
    expect(doc.symbol).toBe('PTM-ITB');
    expect(doc.number).toBeNull();
    expect(doc.type).toBe('Công văn');
    expect(doc.place).toBe('Hà Nội');
    expect(doc.issuer).toMatchObject({ name: 'Phòng Thương mại và công nghiệp Việt Nam', level: 'central' });
  });

  it.each([
    ['a word after the scraps (prose)', 'la Nội, ngày / ¡ tháng £ nam nay;'],
    ['no "tháng"', 'la Nội, ngày / ¡ £ nam H...;'],
  ])('OCR, %s: the place is not read back', (_how, line) => {
    expect(headerOf(letter('Số: { 8 96 ,PTM-ITB', line)).place).toBeNull();
  });

  it('a place no province spells but for its first letter stays unread', () => {
    expect(headerOf(letter('Số: { 8 96 ,PTM-ITB', 'la Xyz, ngày / ¡ tháng £ nam H...;')).place).toBeNull();
  });

  it('a printed serial before the slash is read as before', () => {
    expect(headerOf(letter('Số: 1896/PTM-ITB', 'Hà Nội, ngày 11 tháng 8 năm 2011')).number).toBe('1896/PTM-ITB');
  });

  it('typed text: no symbol from the comma', () => {
    expect(headerOf(letter('Số: { 8 96 ,PTM-ITB', 'Hà Nội, ngày 11 tháng 8 năm 2011'), false).symbol).toBeNull();
  });
});
