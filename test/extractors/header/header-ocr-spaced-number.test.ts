// A number line an engine spaced out ("S ố 1 47 /2014/T T -B C T", ABBYY on a grey band) is read
// once closed up like a cited number, in OCR text only; and a central body's garbled place
// ("HdNAi", "Ha NỮ", "Noi" after a stamp's letters) is the capital where central bodies sit.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const header = (text: string, ocrOrigin: boolean) => headerOf(text, ocrOrigin);

const SPACED = [
  '  B ộ CÔNG THƯƠNG                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '       --------------                  Độc l ập-Tự do-Hạnh phúc',
  '',
  '  S ố 1 47 /2014/T T -B C T          Hà Nội, ngày 05 tháng 12 năm 2014',
  '',
  '                                   THÔNG T ư',
  '                Quy định về quản lý website thương mại điện tử',
  '',
  '      Căn cứ Nghị định số 95/2012/NĐ-CP ngày 12 tháng 11 năm 2012 của Chính phủ;',
].join('\n');

describe('a number line spaced out by the engine', () => {
  it('is read in OCR text, with the date and place beside it', () => {
    const doc = header(SPACED, true);
    expect(doc.symbol).toBe('TT-BCT');
    // A lone 1 after the label may be its colon or the serial's first figure: with nothing in the
    // text to tell, the engine's reading stands (header.ts withLabelColon).
    expect(doc.number).toBe('147/2014/TT-BCT');
    expect(doc.date).toBe('2014-12-05');
    expect(doc.place).toBe('Hà Nội');
  });

  it.each([
    ['the shorter number cited in the text: the 1 is the colon', `${SPACED}\n(Ban hành kèm theo Thông tư số 47/2014/TT-BCT ngày 05 tháng 12 năm 2014)`, '47/2014/TT-BCT'],
    ['the longer number cited: the 1 is a figure', `${SPACED}\nThông tư số 147/2014/TT-BCT có hiệu lực từ ngày ký.`, '147/2014/TT-BCT'],
    ['an l in the colon\'s place', SPACED.replace('S ố 1 47', 'S ố l 47'), '47/2014/TT-BCT'],
    ['an l in the colon\'s place, a number without a year', SPACED.replace('S ố 1 47 /2014/T T -B C T', 'S ố l 47 /BCT-VP'), '47/BCT-VP'],
  ])('%s', (_how, text, number) => {
    expect(header(text, true).number).toBe(number);
  });

  it('spans of the repaired header stand in the text as read', () => {
    const doc = header(SPACED, true);
    expect(SPACED.slice(doc.spans!.date!.start, doc.spans!.date!.end)).toContain('ngày 05 tháng 12 năm 2014');
  });

  it('typed text is read as it stands', () => {
    expect(header(SPACED, false).symbol).toBeNull();
  });
});

describe('a central body garbled place', () => {
  const text = (place: string) =>
    [`BỘ THÔNG TIN VÀ TRUYỀN THÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, 'Độc lập - Tự do - Hạnh phúc', `Số: 01/CT-BTTTT ${place}, ngày 03 tháng 01 năm 2017`, '', 'CHỈ THỊ', 'Về công tác năm 2017'].join('\n');

  it.each([['HdNAi'], ['Ha NỮ'], ['Noi']])('%j is the capital', (place) => {
    expect(header(text(place), true).place).toBe('Hà Nội');
  });

  it.each([['Đà Nẵng'], ['Hà Nam'], ['Là Nộp']])('%j, a listed place or one in proper case two letters off, stays', (place) => {
    expect(header(text(place), true).place).toBe(place);
  });
});

describe('a number label garbled past "S6"', () => {
  const text = (label: string) =>
    ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc', `${label} 5kq /QĐ-UBND Lâm Đồng, ngày JO tháng 02 năm 2025`, '', 'QUYẾT ĐỊNH', 'Công bố Danh mục thủ tục hành chính'].join('\n');

  it.each([["Số':"], ["St':"], ['Sti:']])('%j keeps the symbol after a handwritten serial', (label) => {
    const doc = header(text(label), true);
    expect(doc.symbol).toBe('QĐ-UBND');
    expect(doc.serial).toBeNull();
  });

  it('a word with a colon in running text opens no number line', () => {
    const doc = header(text('Sau:').replace('5kq /QĐ-UBND', 'các đơn vị báo cáo'), true);
    expect(doc.symbol).toBeNull();
  });
});
