// Which annotations are drawn on a page rendered for OCR: widgets stamping a serial or a day
// into blanks, and boxes in blank margins, stay; a signature widget standing beside print (its
// lines would be read into the header's) is left out and said so.
import { describe, expect, it } from 'vitest';
import {
  BESIDE_PRINT,
  chooseAnnotations,
  darkPerRow,
  fillsBlanks,
  inkBesideBox,
  mayCoverPrint,
  type AnnotationBox,
  type PagePixels,
} from '../../pipeline/readers/pdf-annotation-choice.js';

const run = (text: string, fillsBlank = false) => ({ text, fillsBlank });
const box = (id: string, runs: AnnotationBox['runs'], paintsImage = false, paints = true, subtype = 'Widget'): AnnotationBox => ({ id, subtype, runs, paintsImage, paints });

describe('fillsBlanks', () => {
  const cases: Array<[string, AnnotationBox, boolean]> = [
    ['a serial the text layer places in the blank after "Số:"', box('a', [run('11', true)]), true],
    ['a day and month, both placed', box('a', [run('08', true), run('01', true)]), true],
    ['a placed run beside a small logo', box('a', [run('542', true)], true), true],
    ['a figure on a scan without a text layer (nothing to place it by)', box('a', [run('2536')]), true],
    ['a six-figure serial on a scan', box('a', [run('123456')]), true],
    ['seven figures: no serial or day', box('a', [run('1234567')]), false],
    ['a date with slashes on a scan', box('a', [run('13/11/2025')]), true],
    ['a date with dots', box('a', [run('13.11.2025')]), true],
    ['a document number with its symbol', box('a', [run('123/UBND-VP')]), true],
    ['a number with its year and a symbol with Đ', box('a', [run('45/2025/QĐ-UBND')]), true],
    ['a day and a month as two stamped runs', box('a', [run('08'), run('01/2025')]), true],
    ['a symbol without its figures', box('a', [run('UBND-VP')]), false],
    ['a number in small letters (no symbol is printed so)', box('a', [run('123/ubnd-vp')]), false],
    ['a label with its number', box('a', [run('Số: 123/UBND-VP')]), false],
    ['a time of day', box('a', [run('10:21')]), false],
    ['longer than any number or date', box('a', [run('123/2025/NQ-HĐND-UBND-VP-ABCDEF')]), false],
    ['a figure under a logo: the box covers the page', box('a', [run('85')], true), false],
    ['the signing body\'s name, e-mail and timestamp', box('a', [run('Người ký: Trung tâm Công báo - Tin học'), run('Email:'), run('29.12.2017 09:19:16')], true), false],
    ['a timestamp alone', box('a', [run('21.03.2018 16:41:00 +07:00')]), false],
    ['one run placed, another over the print', box('a', [run('11', true), run('Ký bởi: Ủy ban nhân dân')]), false],
    ['a signature image without text', box('a', [], true), false],
  ];
  it.each(cases)('%s', (_name, b, expected) => {
    expect(fillsBlanks(b)).toBe(expected);
  });
});

describe('mayCoverPrint', () => {
  const cases: Array<[string, AnnotationBox, boolean]> = [
    ['the signing body\'s box', box('a', [run('Người ký: Trung tâm Công báo - Tin học')], true), true],
    ['a "SAO Y" copy stamp', box('a', [run('SAO Y; Bộ Công an')]), true],
    ['a drawn signature (paths, no text)', box('a', []), true],
    ['a stamped serial', box('a', [run('85')]), false],
    ['a widget that paints nothing', box('a', [], false, false), false],
    ['a reader\'s typed note (FreeText), drawn as pdf.js draws it', box('a', [run('1. Cô Hương gửi văn bản')], false, true, 'FreeText'), false],
    ['an annotation of unknown subtype', { id: 'a', runs: [run('Ký bởi')], paintsImage: false, paints: true }, false],
  ];
  it.each(cases)('%s', (_name, b, expected) => {
    expect(mayCoverPrint(b)).toBe(expected);
  });
});

describe('chooseAnnotations', () => {
  const corner = box('198R', [run('TRUNG TÂM CÔNG BÁO'), run('VÀ TIN HỌC'), run('ttcbth@quangngai.gov.vn')], true);
  const serial = box('173R', [run('11', true)]);
  const seal = box('165R', [], true);
  const cases: Array<[string, AnnotationBox[], Array<[string, number]>, string[], string[]]> = [
    ['a box beside print is left out, the stamped serial drawn', [serial, corner], [['198R', 0.05]], ['173R'], ['198R']],
    ['a box in a blank margin band is drawn', [serial, corner], [['198R', 0.001]], ['173R', '198R'], []],
    ['at the threshold: left out', [corner], [['198R', BESIDE_PRINT]], [], ['198R']],
    ['a box not measured is drawn', [corner], [], ['198R'], []],
    ['a seal picture over the signer\'s block', [seal], [['165R', 0.04]], [], ['165R']],
    ['a stamped serial is drawn whatever stands beside it', [serial], [['173R', 0.3]], ['173R'], []],
    ['no annotations', [], [], [], []],
  ];
  it.each(cases)('%s', (_name, boxes, ink, draw, leftOut) => {
    const choice = chooseAnnotations(boxes, new Map(ink));
    expect(choice.draw).toEqual(draw);
    expect(choice.leftOut.map((a) => a.id)).toEqual(leftOut);
  });

  it('says what a left-out box shows: its text, or an image or a drawing; and its lines, to be written into the page', () => {
    const choice = chooseAnnotations([corner, seal, box('7R', [])], new Map([['198R', 0.05], ['165R', 0.05], ['7R', 0.05]]));
    expect(choice.leftOut).toEqual([
      { id: '198R', shows: 'TRUNG TÂM CÔNG BÁO VÀ TIN HỌC ttcbth@quangngai.gov.vn', lines: ['TRUNG TÂM CÔNG BÁO', 'VÀ TIN HỌC', 'ttcbth@quangngai.gov.vn'] },
      { id: '165R', shows: 'an image', lines: [] },
      { id: '7R', shows: 'a drawing', lines: [] },
    ]);
  });
});

/** A white grey page with black rectangles. */
function page(width: number, height: number, inked: Array<[number, number, number, number]>): PagePixels {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of inked) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = 0;
  return { data, width, height, channels: 1 };
}

describe('inkBesideBox', () => {
  // A 100×100 page; the box stands at columns 0–20, rows 10–30.
  const area = { x0: 0, y0: 10, x1: 20, y1: 30 };
  const cases: Array<[string, PagePixels, number]> = [
    ['a blank band beside the box', page(100, 100, []), 0],
    ['ink under the box only does not count', page(100, 100, [[0, 10, 20, 30]]), 0],
    ['ink outside the band does not count', page(100, 100, [[30, 40, 90, 60]]), 0],
    ['a line of print level with the box: 10 of 20 rows, columns 30–70 of 80', page(100, 100, [[30, 15, 70, 25]]), (10 * 40) / (20 * 80)],
  ];
  it.each(cases)('%s', (_name, image, expected) => {
    expect(inkBesideBox(image, area)).toBeCloseTo(expected, 6);
  });

  it('reads RGBA pixels by luminance, and a box given upside down (PDF y up) alike', () => {
    const width = 10;
    const height = 10;
    const data = new Uint8Array(width * height * 4).fill(255);
    for (let x = 5; x < 10; x++) data.set([20, 20, 20, 255], (2 * width + x) * 4);
    const image = { data, width, height, channels: 4 };
    expect(inkBesideBox(image, { x0: 0, y0: 0, x1: 5, y1: 5 })).toBeCloseTo(5 / 25, 6);
    expect(inkBesideBox(image, { x0: 5, y0: 5, x1: 0, y1: 0 })).toBeCloseTo(5 / 25, 6);
  });

  it('a box off the page or as wide as it has no band: 0', () => {
    expect(inkBesideBox(page(10, 10, [[0, 0, 10, 10]]), { x0: 0, y0: 20, x1: 5, y1: 30 })).toBe(0);
    expect(inkBesideBox(page(10, 10, [[0, 0, 10, 10]]), { x0: -5, y0: 0, x1: 15, y1: 10 })).toBe(0);
  });

  it('measured with the page\'s row counts, it gives what a pass over the band gives', () => {
    // Pseudo-random speckle and boxes (a fixed linear congruential sequence: the test is repeatable).
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const width = 37;
    const height = 23;
    const data = new Uint8Array(width * height).map(() => (next(3) === 0 ? 0 : 255));
    const image = { data, width, height, channels: 1 };
    const rows = darkPerRow(image);
    for (let k = 0; k < 50; k++) {
      const b = { x0: next(width + 10) - 5, y0: next(height + 10) - 5, x1: next(width + 10) - 5, y1: next(height + 10) - 5 };
      const [y0, y1] = [Math.max(0, Math.min(b.y0, b.y1)), Math.min(height, Math.max(b.y0, b.y1))];
      const [x0, x1] = [Math.max(0, Math.min(b.x0, b.x1)), Math.min(width, Math.max(b.x0, b.x1))];
      let dark = 0;
      let all = 0;
      for (let y = y0; y < y1; y++) for (let x = 0; x < width; x++) if (x < x0 || x >= x1) (all++, data[y * width + x] === 0 && dark++);
      expect(inkBesideBox(image, b, rows)).toBeCloseTo(all ? dark / all : 0, 9);
    }
  });
});
