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
    expect(cleanHeaderMarks(words, PAGE_HEIGHT)).toEqual({ words, illegible: [], signatureWords: 0 });
  });

  it.each([
    ['a handwritten serial read as a symbol', [['Số:', 90], ['†', 0], ['/UBND-KTTH', 74]], 'Số: ... /UBND-KTTH', ['†']],
    ['a serial glued to its label', [['Số:465', 23], ['/2020/NĐ-CP', 90]], 'Số:... /2020/NĐ-CP', ['Số:465']],
    ['a handwritten day', [['ngày', 97], ['04', 8], ['tháng', 97]], 'ngày ... tháng', ['04']],
    ['a day glued to "tháng"', [['ngày', 97], ['0‡tháng', 20]], 'ngày ... tháng', ['0‡tháng']],
    ['a printed serial read with confidence', [['Số:', 90], ['575', 92], ['/UBND', 90]], 'Số: 575 /UBND', []],
    ['a low-confidence word of letters', [['tháng', 8]], 'tháng', []],
  ] as Array<[string, Array<[string, number]>, string, string[]]>)('%s', (_name, spec, text, illegible) => {
    const out = cleanHeaderMarks(line(3, 100, ...spec), PAGE_HEIGHT);
    expect(texts(out.words)).toBe(text);
    expect(out.illegible).toEqual(illegible);
  });

  it('leaves unclear figures below the header as they are', () => {
    const words = line(60, 100, ['ngày', 97], ['04', 8], ['tháng', 97]);
    expect(cleanHeaderMarks(words, PAGE_HEIGHT).illegible).toEqual([]);
  });
});
