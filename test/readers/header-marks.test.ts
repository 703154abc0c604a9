import { describe, expect, it } from 'vitest';
import { cleanHeaderMarks } from '../../pipeline/ocr/header-marks.js';
import type { OcrWord } from '../../pipeline/ocr/types.js';

/** Words laid out left to right on line `row` (40 px lines), with their confidences. */
function line(row: number, x: number, ...words: Array<[string, number]>): OcrWord[] {
  let at = x;
  return words.map(([text, confidence]) => {
    const w = { text, confidence, x0: at, x1: at + text.length * 18, y0: row * 40, y1: row * 40 + 30, line: String(row) };
    at = w.x1 + 12;
    return w;
  });
}
const PAGE_HEIGHT = 3500;
const texts = (words: OcrWord[]) => words.map((w) => w.text).join(' ');

describe('cleanHeaderMarks: digital-signature boxes and handwritten figures', () => {
  it('drops the words of a signature box over the header, keeps the header', () => {
    const words = [
      ...line(1, 1400, ['TRUNG', 90], ['TÂM', 90], ['CÔNG', 90], ['BÁO', 90]),
      ...line(2, 1400, ['ttcbth@quangngai.gov.vn', 80]),
      ...line(3, 1400, ['05.02.2025', 95], ['15:35:18', 90], ['+07:00', 90]),
      ...line(5, 100, ['ỦY', 97], ['BAN', 97], ['NHÂN', 97], ['DÂN', 97]),
      ...line(5, 1300, ['CỘNG', 96], ['HÒA', 96], ['XÃ', 96], ['HỘI', 96]),
    ];
    const out = cleanHeaderMarks(words, PAGE_HEIGHT);
    expect(texts(out.words)).toBe('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI');
    expect(out.signatureWords).toBe(8);
  });

  it('leaves a page without a signature box alone (one time-like word is not a box)', () => {
    const words = [...line(1, 100, ['Hà', 97], ['Nội,', 97], ['ngày', 97], ['10:30:00', 90])];
    expect(cleanHeaderMarks(words, PAGE_HEIGHT)).toEqual({ words, illegible: [], signatureWords: 0, signatureText: '', signatureBoxes: [] });
  });

  it.each([
    ['a handwritten serial read as a symbol', [['Số:', 90], ['†', 0], ['/UBND-KTTH', 74]], 'Số: ... /UBND-KTTH', ['†']],
    ['a serial glued to its label', [['Số:465', 23], ['/2020/NĐ-CP', 90]], 'Số: ... /2020/NĐ-CP', ['465']],
    ['a serial glued to its symbol', [['Số:', 90], ['J3/KH-DCT', 2]], 'Số: ... /KH-DCT', ['J3']],
    ['handwriting read as two words and a misspelt label', [['Sô:‡†', 52], ['/CT-UBND', 81]], 'Số: ... /CT-UBND', ['‡†']],
    ['handwriting read as digits and a slash, with confidence', [['Số:', 96], ['4/35', 80], ['/SGDĐT-CTrTT', 81]], 'Số: ... /SGDĐT-CTrTT', ['4/35']],
    ['a margin mark before the label', [['z)', 60], ['Số:', 79], ['115', 90], ['/CV-PA83', 90]], 'Số: 115 /CV-PA83', []],
    ['a printed serial with its year', [['Số:', 96], ['155/2020/NĐ-CP', 90]], 'Số: 155 /2020/NĐ-CP', []],
    ['a slashed zero read with confidence', [['ngày', 97], ['Ø3', 81], ['tháng', 97], ['4', 97], ['năm', 97]], 'ngày 03 tháng 4 năm', []],
    ['a serial with a letter O, even read with confidence', [['Số:', 96], ['O4', 90], ['/UBND', 90]], 'Số: ... /UBND', ['O4']],
    ['a handwritten serial read as O and a digit, unsure', [['Số:', 86], ['O4', 39], ['/TTr-UBND', 39]], 'Số: ... /TTr-UBND', ['O4']],
    ['a day read as letters', [['Minh,', 71], ['ngày', 97], ['đỗ', 55], ['tháng', 78], ['6', 93], ['năm', 97], ['2026', 96]], 'Minh, ngày ... tháng 6 năm 2026', ['đỗ']],
    ['a day glued to both words', [['ngày-|§', 0], ['tháng', 94], ['01', 96], ['năm', 97]], 'ngày ... tháng 01 năm', ['-|§']],
    ['a day over 31', [['ngày', 97], ['45', 90], ['tháng', 97], ['3', 95], ['năm', 95]], 'ngày ... tháng 3 năm', ['45']],
    ['a month over 12', [['ngày', 97], ['20', 90], ['tháng', 97], ['13', 95], ['năm', 95]], 'ngày 20 tháng ... năm', ['13']],
    ['a day read as digits, unsure', [['ngày', 97], ['45', 50], ['tháng', 97], ['3', 95], ['năm', 95]], 'ngày ... tháng 3 năm', ['45']],
    ['a body line with two dates is not the date line', [['ngày', 97], ['19/6/2015;', 90], ['Luật', 97], ['sửa', 97], ['ngày', 97], ['22', 97], ['tháng', 97], ['11', 97], ['năm', 97]], 'ngày 19/6/2015; Luật sửa ngày 22 tháng 11 năm', []],
    ['a printed date', [['ngày', 97], ['05', 90], ['tháng', 97], ['3', 95], ['năm', 95], ['2024', 95]], 'ngày 05 tháng 3 năm 2024', []],
    ['a handwritten day', [['ngày', 97], ['04', 8], ['tháng', 97], ['02', 96], ['năm', 97]], 'ngày ... tháng 02 năm', ['04']],
    ['a day glued to "tháng"', [['ngày', 97], ['0‡tháng', 20], ['02', 96], ['năm', 97]], 'ngày ... tháng 02 năm', ['0‡']],
    ['a printed serial read with confidence', [['Số:', 90], ['575', 92], ['/UBND', 90]], 'Số: 575 /UBND', []],
    // A written 18 read as figures with a letter between them, glued to a garbled label and the symbol: one blank.
    ['a serial read "4Ở7" glued to its label and symbol', [['Sá:/4Ở7VH', 19]], 'Sá:/...VH', ['Sá:/4Ở7VH']],
    ['a low-confidence word of letters', [['tháng', 8]], 'tháng', []],
    // The printed year beside a handwritten day and month, read unsure: printed with the form, kept.
    ['a printed year read unsure beside handwriting', [['Quý,', 80], ['ngày', 60], ['tháng', 70], ['2', 30], ['năm', 90], ['2019', 30]], 'Quý, ngày tháng ... năm 2019', ['2']],
    ['a printed year with its stop, read unsure', [['ngày', 90], ['tháng', 90], ['năm', 90], ['2019.', 20]], 'ngày tháng năm 2019.', []],
    // Not after "năm" of a date line: a figure the hand wrote, blanked as before.
    ['four figures not after "năm"', [['ngày', 90], ['2019', 30], ['tháng', 90], ['năm', 90]], 'ngày ... tháng năm', ['2019']],
    ['no year of this era after "năm"', [['ngày', 90], ['tháng', 90], ['năm', 90], ['2719', 30]], 'ngày tháng năm ...', ['2719']],
  ] as Array<[string, Array<[string, number]>, string, string[]]>)('%s', (_name, spec, text, illegible) => {
    const out = cleanHeaderMarks(line(3, 100, ...spec), PAGE_HEIGHT);
    expect(texts(out.words)).toBe(text);
    expect(out.illegible).toEqual(illegible);
  });

  it('reports a day hidden under a printed word whose box is far wider than its letters', () => {
    const words = line(3, 100, ['Ngãi,', 97], ['ngày', 70], ['tháng', 93], ['01', 85], ['năm', 95], ['2025', 96]);
    words[1]!.x1 += 120; // the handwritten "06" read into the box of "ngày"
    for (const w of words.slice(2)) [w.x0, w.x1] = [w.x0 + 120, w.x1 + 120];
    const out = cleanHeaderMarks(words, PAGE_HEIGHT);
    expect(texts(out.words)).toBe('Ngãi, ngày ... tháng 01 năm 2025');
    expect(out.illegible).toHaveLength(1);
    // The same line with boxes that fit their words: a blank day, as printed.
    const plain = line(3, 100, ['Ngãi,', 97], ['ngày', 97], ['tháng', 93], ['01', 85], ['năm', 95], ['2025', 96]);
    expect(cleanHeaderMarks(plain, PAGE_HEIGHT)).toMatchObject({ illegible: [] });
    expect(texts(cleanHeaderMarks(plain, PAGE_HEIGHT).words)).toBe('Ngãi, ngày tháng 01 năm 2025');
  });

  it('drops the e-signature box of the signer ("Ký bởi: … Thời gian ký: …") apart from the centre\'s box', () => {
    const words = [
      ...line(1, 1000, ['TRUNG', 90], ['TÂM', 90]),
      ...line(2, 1000, ['ttcbth@quangngai.gov.vn', 80]),
      ...line(3, 1000, ['07.01.2025', 95], ['10:44:25', 90]),
      ...line(1, 2000, ['Ký', 90], ['bởi:', 90], ['Ủy', 90], ['ban', 90]),
      ...line(2, 2000, ['Thời', 90], ['gian', 90], ['ký:', 90], ['07/01/2025', 90]),
      ...line(6, 100, ['ỦY', 97], ['BAN', 97], ['NHÂN', 97], ['DÂN', 97]),
    ];
    const out = cleanHeaderMarks(words, PAGE_HEIGHT);
    expect(texts(out.words)).toBe('ỦY BAN NHÂN DÂN');
  });

  it('checks the header\'s date line even when a body line with dates comes first', () => {
    const words = [
      ...line(3, 100, ['ngày', 97], ['19/6/2015;', 90], ['Luật', 97], ['ngày', 97], ['22', 97], ['tháng', 97], ['11', 97], ['năm', 97]),
      ...line(4, 100, ['Ngãi,', 97], ['ngày', 97], ['đỗ', 55], ['tháng', 78], ['6', 93], ['năm', 97]),
    ];
    const out = cleanHeaderMarks(words, PAGE_HEIGHT);
    expect(texts(out.words)).toBe('ngày 19/6/2015; Luật ngày 22 tháng 11 năm Ngãi, ngày ... tháng 6 năm');
    expect(out.illegible).toEqual(['đỗ']);
  });

  it.each([
    ['a type heading', ['TỜ', 97], ['TRÌNH', 97]],
    ['the address line', ['Kính', 96], ['gửi:', 96]],
    ['a legal basis', ['Căn', 96], ['cứ', 96]],
  ] as Array<[string, [string, number], [string, number]]>)('keeps an unclear printed figure of the body under %s inside the zone', (_name, a, b) => {
    const words = [...line(4, 900, a, b), ...line(9, 100, ['và', 96], ['1.028', 31], ['người', 95])];
    const out = cleanHeaderMarks(words, PAGE_HEIGHT);
    expect(texts(out.words)).toContain('và 1.028 người');
    expect(out.illegible).toEqual([]);
  });

  it('still blanks an unclear figure above the type heading', () => {
    const words = [...line(2, 100, ['Số:', 90], ['J3', 10], ['/TTr-CAT', 90]), ...line(4, 900, ['TỜ', 97], ['TRÌNH', 97])];
    expect(cleanHeaderMarks(words, PAGE_HEIGHT).illegible).toEqual(['J3']);
  });

  it('leaves unclear figures below the header as they are', () => {
    const words = line(60, 100, ['ngày', 97], ['04', 8], ['tháng', 97]);
    expect(cleanHeaderMarks(words, PAGE_HEIGHT).illegible).toEqual([]);
  });
});

describe('signature boxes of the 2022 layout (Quảng Ngãi): the centre with its office, the signer box beside it', () => {
  // "Trung tâm Công báo và Tin học / Văn phòng Ủy ban Nhân dân, / Tỉnh Quảng Ngãi / 17.06.2022 13:54:54 +07:00",
  // no e-mail; beside it the signer's box whose labels OCR garbled, its time to the second still read.
  const words = [
    ...line(1, 2000, ['bê', 0], ['cỦy', 0], ['bạn', 96], ['nhân', 97], ['dân', 97]),
    ...line(2, 1300, ['Trung', 97], ['tâm', 96], ['Công', 97], ['báo', 96]),
    ...line(2, 2030, ['Thôi', 87], ['lại', 25], ['10:56:26', 96]),
    ...line(3, 1300, ['Văn', 97], ['phòng', 95], ['Ủy', 93], ['ban', 97], ['Nhân', 97], ['dân,', 84]),
    ...line(4, 1300, ['Tỉnh', 96], ['Quảng', 96], ['Ngãi', 97]),
    ...line(5, 1300, ['17.06.2022', 92], ['13:54:541+07:00', 68]),
    ...line(8, 100, ['ỦY', 97], ['BAN', 97], ['NHÂN', 97], ['DÂN', 97]),
    ...line(8, 1100, ['CỘNG', 96], ['HÒA', 96], ['XÃ', 96], ['HỘI', 96]),
  ];

  it('takes both boxes out of the header, each as its own block', () => {
    const out = cleanHeaderMarks(words, PAGE_HEIGHT);
    expect(texts(out.words)).toBe('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI');
    expect(out.signatureText.split('\n\n')).toHaveLength(2);
    expect(out.signatureText).toContain('Văn phòng Ủy ban Nhân dân,');
  });

  it('reads two boxes a seal apart on the same rows box by box, not across both', () => {
    // The centre's time ends within reach of the signer's "bởi:", so both fall in one cluster of anchors.
    const rows = [
      ...line(1, 1400, ['TRUNG', 91], ['TÂM', 96], ['CÔNG', 93], ['BÁO', 90]),
      ...line(1, 2010, ['Ký', 81], ['bởi:', 97], ['Ủy', 96], ['ban', 96]),
      ...line(2, 1400, ['VÀ', 93], ['TIN', 92], ['HỌC', 97]),
      ...line(2, 2010, ['Cơ', 73], ['quan:', 96], ['Tỉnh', 84]),
      ...line(3, 1400, ['ttcbth@quangngai.gov.vn', 80]),
      ...line(3, 2010, ['Thời', 97], ['gian', 97], ['ký:', 97], ['17/01/2025', 76], ['13:40:04', 95]),
      ...line(4, 1400, ['17.01.2025', 97], ['14:18:36', 93], ['+07:00', 93]),
      ...line(8, 100, ['ỦY', 97], ['BAN', 97], ['NHÂN', 97], ['DÂN', 97]),
    ];
    const out = cleanHeaderMarks(rows, PAGE_HEIGHT);
    expect(texts(out.words)).toBe('ỦY BAN NHÂN DÂN');
    expect(out.signatureText).toBe(
      'TRUNG TÂM CÔNG BÁO\nVÀ TIN HỌC\nttcbth@quangngai.gov.vn\n17.01.2025 14:18:36 +07:00\n\nKý bởi: Ủy ban\nCơ quan: Tỉnh\nThời gian ký: 17/01/2025 13:40:04',
    );
  });

  it('a lone signing time on a line of the header is no box', () => {
    const header = [...line(1, 100, ['Số:', 96], ['12', 90], ['/UBND', 90], ['11:20:45', 90])];
    expect(cleanHeaderMarks(header, PAGE_HEIGHT).signatureWords).toBe(0);
  });
});

describe('cleanHeaderMarks: the printed symbol beside a handwritten serial', () => {
  it.each([
    ['/C04-P6', 40],
    ['/TTr-CAT(PC04)', 35],
  ])('keeps the figures of the symbol %s read without confidence', (symbol, confidence) => {
    const words = [...line(3, 100, ['Số:', 95], ['3Ñ', 20], [symbol, confidence])];
    const out = cleanHeaderMarks(words, PAGE_HEIGHT);
    expect(texts(out.words)).toContain(symbol);
    expect(out.illegible).not.toContain(symbol);
  });

  it('still blanks a handwritten serial glued before a symbol', () => {
    const out = cleanHeaderMarks(line(3, 100, ['Số:', 95], ['4H09/BCA', 20]), PAGE_HEIGHT);
    expect(texts(out.words)).not.toContain('4H09');
  });
});


describe('cleanHeaderMarks: a printed serial glued to its symbol beside a doubtful label', () => {
  it('keeps "71" of "71/2013/NQ-HĐND" read with confidence when only the label "Số:" was read without it', () => {
    const out = cleanHeaderMarks(line(3, 100, ['Số:', 47], ['71/2013/NQ-HĐND', 83]), PAGE_HEIGHT);
    expect(texts(out.words)).toBe('Số: 71 /2013/NQ-HĐND');
    expect(out.illegible).toEqual([]);
  });

  it.each([
    // The figure's own word in doubt: blanked, whatever the label's confidence.
    [95, 33],
    [47, 33],
  ])('still blanks the glued serial read at %i/%i', (label, figure) => {
    const out = cleanHeaderMarks(line(3, 100, ['Số:', label], ['71/2013/NQ-HĐND', figure]), PAGE_HEIGHT);
    expect(texts(out.words)).toBe('Số: ... /2013/NQ-HĐND');
    expect(out.illegible).toEqual(['71']);
  });

  it('a serial glued to the label keeps the label\'s doubt: "Số:71" read at 47 is blanked', () => {
    const out = cleanHeaderMarks(line(3, 100, ['Số:71', 47], ['/2013/NQ-HĐND', 90]), PAGE_HEIGHT);
    expect(texts(out.words)).toBe('Số: ... /2013/NQ-HĐND');
  });
});
