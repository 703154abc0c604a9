// Date lines of other engines' OCR text (ocr-text-heldout8 o8a, ocr-text-heldout9 o9c): the date's
// words glued to a handwritten day's scraps, a place whose last letter came after a mark read for
// one, a number line read with no colon glued to the motto, a "tháng" garbled after a space. Each
// with the typed or plain case it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { garbledDateLine } from '../../extractors/header/garbled-date-line.js';
import { misreadLetterBeforeComma } from '../../extractors/header/ocr-place.js';
import { separateGluedDateWords } from '../../normalizers/glued-date-words.js';
import { rejoinWrappedLines } from '../../normalizers/lines.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

describe("the date's words glued to the scraps of its handwritten figures", () => {
  it.each([
    ['Ha N(Ji, ngayJ,Rthang nam 2021', 'Ha N(Ji, ngay J,R thang nam 2021'],
    ['Hà Nội, ngày28tháng 4 năm 2021', 'Hà Nội, ngày 28 tháng 4 năm 2021'],
    ['HÀ NỘI, NGÀY15THÁNG 3', 'HÀ NỘI, NGÀY 15 THÁNG 3'],
    // the day's scrap glued to "ngày" alone, a mark where a digit stood, "tháng" after a space
    ['An Giang, ngay~8 thdng 4 nam 2017', 'An Giang, ngay ~8 thdng 4 nam 2017'],
    ['Hà Nội, ngày■5 tháng 6 năm 2021', 'Hà Nội, ngày ■5 tháng 6 năm 2021'],
  ])('%s is set apart', (line, apart) => {
    expect(separateGluedDateWords(line)).toBe(apart);
  });

  it.each([
    ['words in a sentence', 'vào các ngày trong tháng 5'],
    ['a word that only starts so', 'ngayngắn thẳng hàng'],
    ['small letters between the words', 'ngàyxtháng'],
    ['the words apart already', 'ngày 12 tháng 5 năm 2021'],
    ['typing punctuation after the day word', 'ngày: 12 tháng 5 năm 2021'],
    ['a numeric date after the day word', 'ngày/5/2021 tháng'],
    ['a figure glued with no mark', 'ngày12 tháng 5'],
  ])('%s stays as it is', (_how, text) => {
    expect(separateGluedDateWords(text)).toBe(text);
  });
});

describe("a place whose last letter came after a mark read for one", () => {
  it('"Hà N(U," is the whole place', () => {
    expect(misreadLetterBeforeComma('Hà N(U, ')?.[1]).toBe('Hà N(U');
  });

  it.each([['Hà Nội, '], ['Hà N(3i, '], ['(Hà Nội), ']])('%s is the plain reading\'s', (before) => {
    expect(misreadLetterBeforeComma(before)).toBeNull();
  });

  const letter = (dateLine: string, ocr: boolean) =>
    extractHeader(
      ['BỘ TÀI CHÍNH         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỔNG CỤC THUẾ     Độc lập - Tự do - Hạnh phúc', `Số: 1277/TCT-HTQT     ${dateLine}`, 'V/v thông báo hiệu lực của Nghị định thư', '', 'Kính gửi: Cục Thuế các tỉnh'].join('\n'),
      testContext(),
      noSigner,
      undefined,
      ocr,
    ).place;

  it('OCR: a central body dating from "Hà N(U," is at Hà Nội', () => {
    expect(letter('Hà N(U, ngày 28 tháng 4 năm 2021', true)).toBe('Hà Nội');
  });

  it('typed text: "Hà Nội," as printed', () => {
    expect(letter('Hà Nội, ngày 28 tháng 4 năm 2021', false)).toBe('Hà Nội');
  });
});

describe('a number line read with no colon, its date after a comma', () => {
  const motto = 'CỤC HAI QUAN TÍNH BÌNH DƯƠNG Độc lập - Tự do - Hạnh phúc';

  it('OCR: stays a line of its own under the motto', () => {
    expect(rejoinWrappedLines(`${motto}\nsốf 5 1 9oBD-GSQL Binh Dương, ngày Qhéng 7 năm 2022`, undefined, true).split('\n')).toHaveLength(2);
  });

  it.each([
    ['a sentence carried on in small letters', 'Căn cứ quy định nêu trên, Cục Hải quan hướng dẫn\nsố tiền phải nộp như sau, ngày nộp theo quy định'],
    // After a line of prose (the motto's second line is never joined onto: motto-line-whole.test.ts).
    ['a date with no year', 'Căn cứ hồ sơ đề nghị của doanh nghiệp\nsốf 5 1 9oBD-GSQL Binh Dương, ngày Qhéng 7 năm'],
  ])('%s still joins', (_how, text) => {
    expect(rejoinWrappedLines(text, undefined, true).split('\n')).toHaveLength(1);
  });
});

describe('a "tháng" garbled after a space', () => {
  it('before a plain month and the year word: the month and the year', () => {
    expect(garbledDateLine('binh duong, ngay hang 7 nam 2022')).toEqual({ year: '2022', month: '07' });
  });

  it.each([
    ['a sentence', 'binh duong, nguoi hang nam 2022'],
    ['no month after it', 'binh duong, ngay hang nam 2022'],
  ])('%s: no month', (_how, line) => {
    expect(garbledDateLine(line)?.month ?? null).toBeNull();
  });
});
