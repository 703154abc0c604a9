// Families of other engines' OCR text (the real-ocr-text sets): a cited date whose year the layer
// printed short or with a stray figure, its number's year proving it; a speck read as a letter
// between a cited number and its "ngày"; a stamp's words over the number cell before the place and
// date; a customs or tax sub-office named after an industrial zone. Each with what it leaves alone,
// and typed text unchanged where the repair is an OCR one.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../extractors/references/references.js';
import { extractHeader } from '../../extractors/header/header.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo, Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const DOC: DocumentInfo = {
  type: 'Quyết định', typeCode: 'QĐ', number: '888/QĐ-BHXH', serial: '888', symbol: 'QĐ-BHXH',
  issuer: { name: 'Bảo hiểm xã hội Việt Nam', level: 'central', locality: null, parent: null },
  place: 'Hà Nội', date: '2021-06-10', title: null,
};
const refs = (text: string, ocr: boolean) =>
  extractReferences(text, testContext(), DOC, [], foldVietnamese(text), ocr).map((r) => `${r.number ?? r.title}|${r.date ?? ''}`);

describe("a cited date's year printed short or with a stray figure, the number's year proving it", () => {
  it.each([
    ['two figures, the last of the number\'s year', 'Quyết định số 38/2010/QĐ-TTg ngày 06/05/10 của Thủ tướng Chính phủ;', '38/2010/QĐ-TTg|2010-05-06'],
    ['five figures holding the year', 'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ;', '63/2010/NĐ-CP|2010-06-08'],
    ['a stray figure at the end', 'Căn cứ Thông tư số 39/2014/TT-BTC ngày 31/3/20144 của Bộ Tài chính;', '39/2014/TT-BTC|2014-03-31'],
  ])('OCR text: %s', (_how, text, expected) => {
    expect(refs(text, true)).toEqual([expected]);
  });

  it.each([
    ['two figures of another year', 'Quyết định số 38/2010/QĐ-TTg ngày 06/05/11 của Thủ tướng Chính phủ;', '38/2010/QĐ-TTg|'],
    ['five figures that do not hold the year', 'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/20219 của Chính phủ;', '63/2010/NĐ-CP|'],
    ['a number without a year', 'Công văn số 38/BHXH-TCKT ngày 06/05/10 của Bảo hiểm xã hội;', '38/BHXH-TCKT|'],
    ['a month no calendar has', 'Quyết định số 38/2010/QĐ-TTg ngày 06/15/10 của Thủ tướng Chính phủ;', '38/2010/QĐ-TTg|'],
    ['a day the month has not', 'Quyết định số 38/2010/QĐ-TTg ngày 31/02/10 của Thủ tướng Chính phủ;', '38/2010/QĐ-TTg|'],
    ['a day the month has not (five figures)', 'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 31/4/20210 của Chính phủ;', '63/2010/NĐ-CP|'],
  ])('OCR text leaves alone %s', (_how, text, expected) => {
    expect(refs(text, true)).toEqual([expected]);
  });

  it('typed text keeps the date unread', () => {
    expect(refs('Quyết định số 38/2010/QĐ-TTg ngày 06/05/10 của Thủ tướng Chính phủ;', false)).toEqual(['38/2010/QĐ-TTg|']);
    expect(refs('Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ;', false)).toEqual(['63/2010/NĐ-CP|']);
  });
});

describe('a speck read as a letter between a cited number and its "ngày"', () => {
  it.each([
    ['glued to the symbol', 'của Nghị định số 11/2016/NĐ-C;Pa ngày 03 tháng 02 năm 2016 của Chính phủ quy định', '11/2016/NĐ-CP|2016-02-03'],
    ['alone between spaces', 'của Nghị định số 11/2016/NĐ-CP a ngày 03/02/2016 của Chính phủ', '11/2016/NĐ-CP|2016-02-03'],
  ])('OCR text: %s', (_how, text, expected) => {
    expect(refs(text, true)).toEqual([expected]);
  });

  it.each([
    ['"ở" (a word of the language)', 'Nghị định số 11/2016/NĐ-CP o ngày 03 tháng 02 năm 2016 của Chính phủ', '11/2016/NĐ-CP|'],
    ['two letters', 'Nghị định số 11/2016/NĐ-CP ab ngày 03 tháng 02 năm 2016 của Chính phủ', '11/2016/NĐ-CP|'],
  ])('OCR text leaves alone %s', (_how, text, expected) => {
    expect(refs(text, true)).toEqual([expected]);
  });

  it('typed text keeps it', () => {
    expect(refs('Nghị định số 11/2016/NĐ-CP a ngày 03/02/2016 của Chính phủ', false)).toEqual(['11/2016/NĐ-CP|']);
  });
});

const noSigner: Signer = { name: null, title: null, authority: null };
const header = (lines: string[], ocr: boolean) => extractHeader(lines.join('\n'), testContext(), noSigner, undefined, ocr, undefined, ocr);

describe("a stamp's words over the number cell, before the place and date", () => {
  const lines = (numberLine: string) => [
    'THỦ TƯỚNG CHÍNHPHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '—— Độc lập - Tự do - Hạnh phúc',
    '',
    numberLine,
    '',
    'CHỈ THỊ',
    'Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh',
  ];
  const STAMPED = '| CONG THONG TIN BIEN TỦ CHÍNH PHÙ 41 /CT-TTs Ha Nội, ngàyháng 3 năm 2020';

  it('OCR text: the place and the printed month and year, the number not read', () => {
    const doc = header(lines(STAMPED), true);
    expect(doc.date).toBe('2020-03');
    expect(doc.place).toBe('Hà Nội');
    expect(doc.number).toBeNull();
  });

  it('typed text reads no date from it', () => {
    expect(header(lines(STAMPED), false).date).toBeNull();
  });

  it('OCR text: figures with no symbol before the place are not taken for a stamped number cell', () => {
    expect(header(lines('| CONG THONG TIN BIEN TỦ CHÍNH PHÙ 41 Ha Nội, ngàyháng 3 năm 2020'), true).date).toBeNull();
  });
});

describe('a customs or tax sub-office named after an industrial zone', () => {
  const issuer = (parent: string, own: string) =>
    header([`${parent} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `${own} Độc lập - Tự do - Hạnh phúc`, 'Số: 140/TB-CC Thuận An, ngày 22 tháng 10 năm 2022', 'THÔNG BÁO'], false).issuer;

  it.each([
    ['CỤC HẢI QUAN TỈNH BÌNH DƯƠNG', 'CHI CỤC HẢI QUAN KCN VIỆT NAM - SINGAPORE', 'Chi cục Hải quan khu công nghiệp Việt Nam - Singapore'],
    ['CỤC HẢI QUAN TỈNH TÂY NINH', 'CHI CỤC HQ KCN TRẢNG BÀNG', 'Chi cục Hải quan khu công nghiệp Trảng Bàng'],
    ['CỤC HẢI QUAN TỈNH ĐỒNG NAI', 'CHI CỤC HẢI QUAN KCX LONG BÌNH', 'Chi cục Hải quan khu chế xuất Long Bình'],
  ])('%s / %s: named by its zone, no province', (parent, own, name) => {
    const found = issuer(parent, own);
    expect(found.name).toBe(name);
    expect(found.level).toBe('district');
  });

  it('a sub-office named after no zone keeps the province', () => {
    expect(issuer('CỤC HẢI QUAN TỈNH TÂY NINH', 'CHI CỤC HẢI QUAN CỬA KHẨU MỘC BÀI').name).toMatch(/tỉnh Tây Ninh$/);
  });
});

describe("a province's labour federation under the national one", () => {
  const block = (own: string, converterMark = '') => [
    'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    `LIÊN ĐOÀN LAO ĐỘNG${converterMark} Độc lập - Tự do - Hạnh phúc`,
    own,
    'Số: 31/LĐLĐ-TC Hà Nội, ngày 26 tháng 5 năm 2021',
    'V/v thanh toán tiền lương',
  ];

  it.each([true, false])('is no "Tổng" Liên đoàn (OCR text: %s)', (ocr) => {
    expect(header(block('TỈNH AN GIANG'), ocr).issuer.name).toBe('Liên đoàn Lao động tỉnh An Giang');
  });

  it.each([
    ['as the converter wrote it', '(cid:9)'],
    ['as the restorer re-lettered it', '(có:9)'],
  ])("a PDF converter's tab mark %s parts the block's cells", (_how, mark) => {
    for (const ocr of [true, false]) expect(header(block('THÀNH PHỐ HỒ CHÍ MINH', mark), ocr).issuer.name).toBe('Liên đoàn Lao động thành phố Hồ Chí Minh');
  });
});

describe('two bodies of one province joined by a dash over the shared place (a joint programme)', () => {
  const lines = (first: string, second: string, place: string) => [
    `${first}                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    `${second}                    Độc lập - Tự do - Hạnh phúc`,
    `              ${place}`,
    '',
    '  Số: 154/CTPH-LĐLĐ-SVH,TT,DL               An Giang, ngày 18 tháng 4 năm 2017',
    '',
    '                             CHƯƠNG TRÌNH PHỐI HỢP',
  ];

  it.each([true, false])('both named with the place (OCR text: %s)', (ocr) => {
    const issuer = header(lines('LIÊN ĐOÀN LAO ĐỘNG -', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'TỈNH AN GIANG'), ocr).issuer;
    expect(issuer.name).toBe('Liên đoàn Lao động tỉnh An Giang - Sở Văn hóa, thể thao và du lịch tỉnh An Giang');
    expect(issuer.parent).toBeNull();
  });

  it.each([
    ['no dash: the first line is the parent', 'LIÊN ĐOÀN LAO ĐỘNG', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'TỈNH AN GIANG', 'Sở Văn hóa, thể thao và du lịch tỉnh An Giang'],
    ['one name wrapped at its own dash', 'SỞ LAO ĐỘNG -', 'THƯƠNG BINH VÀ XÃ HỘI', 'TỈNH AN GIANG', 'Sở Lao động - Thương binh và Xã hội tỉnh An Giang'],
    ['a ministry over its province\'s body (a dash read at a seal\'s edge)', 'BỘ CÔNG AN -', 'CÔNG AN', 'TỈNH AN GIANG', 'Công an tỉnh An Giang'],
  ])('left alone: %s', (_how, first, second, place, name) => {
    expect(header(lines(first, second, place), false).issuer.name?.toLowerCase()).toBe(name.toLowerCase());
  });
});
