// Citations of other engines' OCR text (issue #11, the real OCR-text sets): a cited date whose
// slashes and figures an engine without Vietnamese read as look-alikes ("ngày O4lOgl2O20"), a
// serial glued to its type's code with the slash read as a 1 or a stroke ("1261NQ-CP", "45511B-TLĐ"),
// and a decree's NĐ-CP with its P misread ("NĐ-Cf", "NĐ-C;P"). OCR text only, each beside the plain
// shape it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../extractors/references/references.js';
import { lookalikeDate, repairCitedNumbers } from '../../extractors/shared/references-ocr.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo } from '../../output/schema.js';
import { testContext } from './context.js';

const DOC: DocumentInfo = {
  type: 'Công văn', typeCode: null, number: '4590/TCT-DNNCN', serial: '4590', symbol: 'TCT-DNNCN',
  issuer: { name: 'Tổng cục Thuế', level: 'central', locality: null, parent: 'Bộ Tài chính' },
  place: 'Hà Nội', date: '2020-10-28', title: null,
};

const refs = (text: string, ocr = true) =>
  extractReferences(text, testContext(), DOC, [], foldVietnamese(text), ocr).map((r) => `${r.number ?? r.title}|${r.date ?? ''}`);

describe('a cited date read as look-alikes after its day word', () => {
  it.each([
    ['slashes as l, zeros as O, a 9 as g', 'O4lOgl2O20', '04/09/2020'],
    ['both slashes as 1', '0210612020', '02/06/2020'],
    ['the first slash as l, the month\'s 1 as l', '23llO/2018', '23/10/2018'],
    ['a 1 read as t', 'tll01/2012', '11/01/2012'],
    // No reading, or more than one: left to the date reader.
    ['plain figures and slashes', '04/09/2020', null],
    ['no day of that month', '3110212016', null],
    ['a year of no era', 'O4lOgl1820', null],
    ['too few real figures', 'OllOgllOlO', null],
  ])('%s: %s → %s', (_how, token, expected) => {
    expect(lookalikeDate(token)).toBe(expected);
  });

  it('dates the letter it follows (OCR text only)', () => {
    const text = 'Trả lời công văn số 8007/CT-TTHT ngày O4lOgl2O20 của Cục Thuế tỉnh Bà Rịa - Vũng Tàu về việc vướng mắc.';
    expect(refs(text)).toContain('8007/CT-TTHT|2020-09-04');
    expect(refs(text, false)).not.toContain('8007/CT-TTHT|2020-09-04');
  });

  it('figures after another word are not read so', () => {
    const read = 'Điện thoại 0210612020 của Cục Thuế.';
    expect(repairCitedNumbers(read, foldVietnamese(read), true).text).toBe(read);
  });
});

describe("a serial glued to its type's code, the slash read as a 1 or a stroke", () => {
  it.each([
    ['a 1 before NQ, the text citing the number with its slash elsewhere', 'Căn cứ Nghị quyết số 1261NQ-CP ngày 8/10/2021; Nghị quyết số 126/NQ-CP nêu trên', 'Căn cứ Nghị quyết số 126/NQ-CP ngày 8/10/2021; Nghị quyết số 126/NQ-CP nêu trên'],
    ['a 1 before TB whose T reads 1 too', 'theo Thông báo số 45511B-TLĐ ngày 26/10/2021', 'theo Thông báo số 455/TB-TLĐ ngày 26/10/2021'],
    ['an l before CT', 'Công văn số 3325lCT-QLN ngày 23/10/2018', 'Công văn số 3325/CT-QLN ngày 23/10/2018'],
    ['an I before KH', 'Kế hoạch số 31IKH-UBND ngày 8/10/2020', 'Kế hoạch số 31/KH-UBND ngày 8/10/2020'],
    ['after a serial and a year whose 1 reads I', 'Thông tư số 06/20I21TT-BTC ngày 11/01/2012', 'Thông tư số 06/2012/TT-BTC ngày 11/01/2012'],
    ['after a serial and a year: kept, the 1 would make a year of five figures', 'Thông tư số 06/20121TT-BTC ngày 11/01/2012', 'Thông tư số 06/2012/TT-BTC ngày 11/01/2012'],
    ['a plain 1 after five figures: kept, it would make a serial of six', 'Công văn số 123451CT-TTHT ngày 23/10/2018', 'Công văn số 12345/CT-TTHT ngày 23/10/2018'],
    // Left alone: a slash printed, a code no type has, no hyphen after the code.
    ['a slash printed', 'Nghị quyết số 1261/NQ-CP ngày 8/10/2021', 'Nghị quyết số 1261/NQ-CP ngày 8/10/2021'],
    ['no type code after the 1', 'Công văn số 6191BVT-TCKT ngày 8/10/2021', 'Công văn số 6191BVT-TCKT ngày 8/10/2021'],
    ['no hyphen after the code', 'mã số 1261NQ ngày 8/10/2021', 'mã số 1261NQ ngày 8/10/2021'],
    // Left alone: a plain 1 with nothing saying it is the slash may be the serial's last figure, the
    // slash lost (review 11 H1): the lost-slash reading (2021/QĐ-UBND) stands.
    ['a serial ending in 1, the slash lost before QĐ', 'Căn cứ Quyết định số 2021QĐ-UBND ngày 8/10/2020 của UBND tỉnh;', 'Căn cứ Quyết định số 2021QĐ-UBND ngày 8/10/2020 của UBND tỉnh;'],
    ['a serial ending in 1, the slash lost before KH', 'Căn cứ Kế hoạch số 31KH-UBND ngày 8/10/2020 của UBND tỉnh;', 'Căn cứ Kế hoạch số 31KH-UBND ngày 8/10/2020 của UBND tỉnh;'],
    ['a serial 11', 'Căn cứ Nghị quyết số 11NQ-CP ngày 8/10/2021', 'Căn cứ Nghị quyết số 11NQ-CP ngày 8/10/2021'],
    ['a serial 1111', 'Nghị định số 1111NĐ-CP ngày 8/10/2021', 'Nghị định số 1111NĐ-CP ngày 8/10/2021'],
    ['a serial 01', 'Nghị quyết số 01NQ-HĐQLQ ngày 8/10/2021', 'Nghị quyết số 01NQ-HĐQLQ ngày 8/10/2021'],
    ['1261 cited nowhere else', 'Căn cứ Nghị quyết số 1261NQ-CP ngày 8/10/2021 của Chính phủ', 'Căn cứ Nghị quyết số 1261NQ-CP ngày 8/10/2021 của Chính phủ'],
    ['the shorter number cited under another code', 'Nghị quyết số 2111NQ-CP; Quyết định số 211/QĐ-UBND', 'Nghị quyết số 2111NQ-CP; Quyết định số 211/QĐ-UBND'],
  ])('%s', (_how, read, repaired) => {
    const out = repairCitedNumbers(read, foldVietnamese(read), true);
    expect(out.text).toBe(repaired);
    expect(out.text.length).toBe(read.length);
  });

  it('typed text keeps what was typed', () => {
    const read = 'Căn cứ Nghị quyết số 1261lNQ-CP ngày 8/10/2021 của Chính phủ';
    expect(repairCitedNumbers(read, foldVietnamese(read), false).text).toBe(read);
  });

  it('the citation reads with its date', () => {
    expect(refs('Căn cứ Nghị quyết số 126lNQ-CP ngày 8/10/2021 của Chính phủ về việc sửa đổi.')).toContain('126/NQ-CP|2021-10-08');
  });

  it('a plain 1 with no evidence: the serial keeps it, read with the slash lost', () => {
    const text = 'Căn cứ Quyết định số 2021QĐ-UBND ngày 8/10/2020 của UBND tỉnh;\nCăn cứ Kế hoạch số 31KH-UBND ngày 8/10/2020 của UBND tỉnh;\n';
    const read = refs(text);
    expect(read).toContain('2021/QĐ-UBND|2020-10-08');
    expect(read).toContain('31/KH-UBND|2020-10-08');
    expect(read).not.toContain('202/QĐ-UBND|2020-10-08');
    expect(read).not.toContain('3/KH-UBND|2020-10-08');
  });
});

describe("a decree's NĐ-CP with its P misread", () => {
  it.each([
    ['the P read as f', 'theo Nghị định số 37/2016/NĐ-Cf.', 'theo Nghị định số 37/2016/NĐ-CP.'],
    ['a mark between C and P', 'Nghị định số 11/2016/NĐ-C;P ngày 03/02/2016', 'Nghị định số 11/2016/NĐ-CP  ngày 03/02/2016'],
    // Left alone: another type's code, a word going on after the f.
    ['not a decree', 'Quyết định số 37/2016/QĐ-Cf.', 'Quyết định số 37/2016/QĐ-Cf.'],
    ['letters after the f', 'Nghị định số 37/2016/NĐ-Cfa.', 'Nghị định số 37/2016/NĐ-Cfa.'],
  ])('%s', (_how, read, repaired) => {
    const out = repairCitedNumbers(read, foldVietnamese(read), true);
    expect(out.text).toBe(repaired);
    expect(repairCitedNumbers(read, foldVietnamese(read), false).text).toBe(read);
  });
});
