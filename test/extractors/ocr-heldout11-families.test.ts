// Families of other engines' OCR text of letters (ocr-text-heldout11): the "Số" label an engine
// without Vietnamese read as figures other than "86" ("36:4312 /TCT-KK", "56:…TCT-DNNCN"), a
// handwritten serial's scrap after it ("86: A8J84 /BTC-TCDN"), and that number line kept apart from
// the motto above it; cited numbers with NĐ read as NB, the slash before the symbol read as i, the
// slash before the year read as 1. Each with the plain case it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { repairCitedNumbers } from '../../extractors/shared/references-ocr.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { rejoinWrappedLines } from '../../normalizers/lines.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };
const header = (lines: string[], ocr = true) => extractHeader(lines.join('\n'), testContext(), noSigner, undefined, ocr, undefined, ocr);
const letter = (numberLine: string, ocr = true) =>
  header(['BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc', numberLine, 'V/v: Điều chỉnh tiền chậm nộp.'], ocr);

describe('the label "Số" read as figures by an engine without Vietnamese', () => {
  it.each([
    ['"36:" (S as 3) before a serial, a slash and a symbol', '36:4312 /TCT-KK Hà Nội, ngày ớt thông -/l năm 2018.', '4312/TCT-KK', 'TCT-KK'],
    ['"56:" (S as 5) before a serial and a symbol', '56:4590/TCT-DNNCN Hà Nội, ngày 28 tháng 10 năm 2020', '4590/TCT-DNNCN', 'TCT-DNNCN'],
    ['"3o:" (ố read as o)', '3o:4312 /TCT-KK Hà Nội, ngày 07 tháng 11 năm 2018', '4312/TCT-KK', 'TCT-KK'],
    ['"86:" as before', '86:4312 /TCT-KK Hà Nội, ngày 07 tháng 11 năm 2018', '4312/TCT-KK', 'TCT-KK'],
    ['a handwritten serial\'s scrap, then a slash and a symbol', '86: A8J84 /BTC-TCDN Hà Nội, ngày 08 tháng 12 năm 2014', null, 'BTC-TCDN'],
    // Negative cases: another figure than S can be read as, no colon, no symbol, typed text.
    ['"46:" is no reading of "Số"', '46:4312 /TCT-KK Hà Nội, ngày 07 tháng 11 năm 2018', null, null],
    ['no colon', '36 4312 /TCT-KK Hà Nội, ngày 07 tháng 11 năm 2018', null, null],
    ['figures and no symbol', '36:4312 người Hà Nội, ngày 07 tháng 11 năm 2018', null, null],
    ['a scrap and one capital part', '86: A8J84 /BTC Hà Nội, ngày 08 tháng 12 năm 2014', null, null],
  ])('%s', (_how, line, number, symbol) => {
    const doc = letter(line);
    expect(doc.number).toBe(number);
    expect(doc.symbol).toBe(symbol);
  });

  it('before a date line the engine garbled: "86:" opens the number cell in OCR text only', () => {
    const lines = ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'THÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc', 'SỞ Y TẾ', '86:5619 SYT-NVY Thành phố Hồ Chí Minh, ngéspOhthang 4 năm 2020', '', 'V/v triển khai'];
    expect(header(lines).number).toBe('5619/SYT-NVY');
    expect(header(lines, false).number).toBeNull();
  });

  it('typed text: "36:" is no label', () => {
    const doc = letter('36:4312 /TCT-KK Hà Nội, ngày 07 tháng 11 năm 2018', false);
    expect(doc.number).toBeNull();
    expect(doc.symbol).toBeNull();
  });

  it('the date line after such a label keeps its place and its printed year', () => {
    const doc = letter('36:4312 /TCT-KK Hà Nội, ngày ớt thông -/l năm 2018.');
    expect(doc.place).toBe('Hà Nội');
    expect(doc.date).toBe('2018');
  });
});

describe('a number line labelled in figures is never the end of the motto above it', () => {
  const motto = 'TONGTU. C THUE EQc I$p - Tq do - H4nh phric';
  it.each([
    ['"36:" and a symbol after a slash', '36:4312 /TCT-KK Hd N)i, ngdy 0t thdng -/l ndm 2018.'],
    ['"56:" and a scrap glued to a symbol of two parts', '56:*fiil}1TCT-DNNCN Hd lrt1i, ngdy2?thdng 10 ndm 2020'],
    ['"86:" and a handwritten scrap', '86: A8J84 /BTC-TCDN'],
  ])('%s stays a line of its own in OCR text', (_how, numberLine) => {
    expect(rejoinWrappedLines(`${motto}\n${numberLine}`, new Set(), true).split('\n')).toEqual([motto, numberLine]);
  });

  it.each([
    ['no symbol after the figures', '36: 4312 người tham dự'],
    ['another figure', '46:4312 /TCT-KK'],
  ])('%s: joined as a wrapped line', (_how, next) => {
    expect(rejoinWrappedLines(`${motto}\n${next}`, new Set(), true)).toBe(`${motto} ${next}`);
  });

  it('typed text: joined as a wrapped line', () => {
    expect(rejoinWrappedLines(`${motto}\n36:4312 /TCT-KK`, new Set(), false)).toBe(`${motto} 36:4312 /TCT-KK`);
  });
});

describe('cited numbers of an engine without Vietnamese', () => {
  const repaired = (text: string, ocr = true) => repairCitedNumbers(text, foldVietnamese(text), ocr).text;
  it.each([
    ['NB for NĐ', 'Nghị định số 115/2015/NB-CP ngày 11 tháng 11 năm 2015', 'Nghị định số 115/2015/NĐ-CP ngày 11 tháng 11 năm 2015'],
    ['the slash before the symbol read as i, the year\'s zero as O', 'Thông tư số 116/2O18iTT-BTC ngày 28/11/2018', 'Thông tư số 116/2018/TT-BTC ngày 28/11/2018'],
    ['the slash before the symbol read as l', 'Thông tư số 116/2018lTT-BTC ngày 28/11/2018', 'Thông tư số 116/2018/TT-BTC ngày 28/11/2018'],
    ['the slash before the year read as 1, the number cited so elsewhere', 'Thông tư số 116/2018/TT-BTC; Thông tư số 11612018/TT-BTC', 'Thông tư số 116/2018/TT-BTC; Thông tư số 116/2018/TT-BTC'],
    // Negative cases: the same shapes where nothing vouches for a slash, or no symbol follows.
    ['a 1 before the year that the text cites nowhere as a slash', 'Thông tư số 11612018/TT-BTC ngày', 'Thông tư số 11612018/TT-BTC ngày'],
    ['a known code beside B', 'Quyết định số 12/2019/QĐ-BTC', 'Quyết định số 12/2019/QĐ-BTC'],
    ['a year then a small word', 'năm 2018 là năm 2018itt', 'năm 2018 là năm 2018itt'],
  ])('%s', (_how, text, fixed) => {
    expect(repaired(text)).toBe(fixed);
  });

  it.each([
    'Nghị định số 115/2015/NB-CP ngày 11 tháng 11 năm 2015',
    'Thông tư số 116/2O18iTT-BTC ngày 28/11/2018',
    'Thông tư số 116/2018/TT-BTC; Thông tư số 11612018/TT-BTC',
  ])('typed text keeps %j', (text) => {
    expect(repaired(text, false)).toBe(text);
  });
});

describe('the place of a date line an engine misread, under an issuer that names it', () => {
  const cityLetter = (issuerLine: string, dateLine: string, ocr = true) =>
    header(['TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${issuerLine} Độc lập - Tự do - Hạnh phúc`, dateLine, 'V/v giải đáp chính sách thuế'], ocr);
  it.each([
    ['mixed cases two edits off the locality ("Hà NỮ" for "Ha N(Ji")', 'CỤC THUẾ TP HÀ NỘI', 'Số: 20713/CT-HTr Hà NỮ, ngày 21 tháng 4 năm 2015', 'Hà Nội'],
    ['the unit\'s word kept, the name one edit off', 'CỤC THUẾ TP.HỒ CHÍ MINH', 'Số: 12445/CT-TTHT Thành phố Hà Chí Minh, ngày 19 tháng 12 năm 2016', 'Thành phố Hồ Chí Minh'],
    // Negative cases: a unit the list knows, proper case two edits off, typed text, another locality.
    ['a known unit stays as read', 'CỤC THUẾ TP HÀ NỘI', 'Số: 20713/CT-HTr Hà Nam, ngày 21 tháng 4 năm 2015', 'Hà Nam'],
    ['proper case two edits off stays as read', 'CỤC THUẾ TP HÀ NỘI', 'Số: 20713/CT-HTr Hà Nậu, ngày 21 tháng 4 năm 2015', 'Hà Nậu'],
    ['under another locality it stays as read', 'CỤC THUẾ TP ĐÀ NẴNG', 'Số: 12445/CT-TTHT Thành phố Hà Chí Minh, ngày 19 tháng 12 năm 2016', 'Thành phố Hà Chí Minh'],
  ])('%s', (_how, issuerLine, dateLine, place) => {
    expect(cityLetter(issuerLine, dateLine).place).toBe(place);
  });

  it('typed text: the place as printed', () => {
    expect(cityLetter('CỤC THUẾ TP HÀ NỘI', 'Số: 20713/CT-HTr Hà NỮ, ngày 21 tháng 4 năm 2015', false).place).not.toBe('Hà Nội');
  });

  it('a speck before the number cell: the garbled date line after it keeps its place and year', () => {
    const doc = cityLetter('CỤC THUẾ TP HẢI PHÒNG', "' số,y'019 /ở-TT&Ưu Hải Phòng, ngafu4 trường.// nam 2013");
    expect(doc.place).toBe('Hải Phòng');
    expect(doc.date).toBe('2013');
  });
});

describe('a garbled state motto whose NAM the layer cut to its N', () => {
  const chiCuc = (mottoHead: string) =>
    header([`CỤC HAI QUAN TINH BINH DƯƠNG ${mottoHead}`, 'CHI CỤC HAI QUAN KCN Độc lập - Tự do - Hạnh phuc', 'VIỆT NAM - SINGAPORE', 'Số: 40 /HQVSIP Thuận An, ngày 1í tháng 10 năm 2022', 'V/V mở tờ khai XNKTC']);
  it.each([
    ['cut to "VIET N"', 'CỘNG HOA XÃ HOI CHỦ NGHIA VIET N'],
    ['whole, as before', 'CỘNG HOA XÃ HOI CHỦ NGHIA VIET NAM'],
  ])('%s: no word of it in the issuer\'s name', (_how, mottoHead) => {
    const name = chiCuc(mottoHead).issuer.name ?? '';
    expect(name).toMatch(/^Chi cục/);
    expect(name).not.toMatch(/Cộng|Xã/i);
  });
});

describe("an issuer's place garbled past its first word, the date line's place whole", () => {
  const taxLetter = (issuerLine: string, dateLine: string, ocr = true) =>
    header(['TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${issuerLine} Độc lập - Tự do - Hạnh phúc`, dateLine, 'V/v giải đáp chính sách thuế'], ocr);
  it('a scrap for the locality, the place\'s last word still in the block: the body of the date line\'s place', () => {
    const doc = taxLetter('CỤC THUẾ TP II}ở PHÒNG', 'Số: 1989/CT-TT&HT Hải Phòng, ngày 14 tháng 11 năm 2013');
    expect(doc.issuer.name).toBe('Cục Thuế thành phố Hải Phòng');
    expect(doc.issuer.locality).toBe('Hải Phòng');
  });

  it.each([
    ['the block holds no word of the place', 'CỤC THUẾ TP II}ở', 'Số: 1989/CT-TT&HT Hải Phòng, ngày 14 tháng 11 năm 2013'],
    ['the date line\'s place is no unit the list knows', 'CỤC THUẾ TP II}ở PHÒNG', 'Số: 1989/CT-TT&HT Phòng Ba, ngày 14 tháng 11 năm 2013'],
  ])('%s: the name as read', (_how, issuerLine, dateLine) => {
    expect(taxLetter(issuerLine, dateLine).issuer.name).not.toMatch(/Hải Phòng/);
  });

  it('a locality the list knows is kept', () => {
    expect(taxLetter('CỤC THUẾ TP HÀ NỘI', 'Số: 20713/CT-HTr Hải Phòng, ngày 21 tháng 4 năm 2015').issuer.locality).toBe('Hà Nội');
  });

  it('typed text: the name as read', () => {
    expect(taxLetter('CỤC THUẾ TP II}ở PHÒNG', 'Số: 1989/CT-TT&HT Hải Phòng, ngày 14 tháng 11 năm 2013', false).issuer.name).not.toMatch(/Hải Phòng/);
  });
});
