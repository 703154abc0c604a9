// Which annotations are drawn on a page rendered for OCR: the widgets stamping a serial or a day
// into blanks stay; the signing body's box, a signature or seal picture and other drawings over
// the print are left out, and said so.
import { describe, expect, it } from 'vitest';
import { chooseAnnotations, fillsBlanks, type AnnotationBox } from '../../pipeline/readers/pdf-annotation-choice.js';

const run = (text: string, fillsBlank = false) => ({ text, fillsBlank });
const box = (id: string, runs: AnnotationBox['runs'], paintsImage = false, paints = true): AnnotationBox => ({ id, runs, paintsImage, paints });

describe('fillsBlanks', () => {
  const cases: Array<[string, AnnotationBox, boolean]> = [
    ['a serial the text layer places in the blank after "Số:"', box('a', [run('11', true)]), true],
    ['a day and month, both placed', box('a', [run('08', true), run('01', true)]), true],
    ['a placed run beside a small logo', box('a', [run('542', true)], true), true],
    ['a figure on a scan without a text layer (nothing to place it by)', box('a', [run('2536')]), true],
    ['a six-figure serial on a scan', box('a', [run('123456')]), true],
    ['seven figures: no serial or day', box('a', [run('1234567')]), false],
    ['a figure under a logo: the box covers the page', box('a', [run('85')], true), false],
    ['the signing body\'s name, e-mail and timestamp', box('a', [run('Người ký: Trung tâm Công báo - Tin học'), run('Email:'), run('29.12.2017 09:19:16')], true), false],
    ['a timestamp alone', box('a', [run('21.03.2018 16:41:00 +07:00')]), false],
    ['a date with slashes', box('a', [run('13/11/2025')]), false],
    ['one run placed, another over the print', box('a', [run('11', true), run('Ký bởi: Ủy ban nhân dân')]), false],
    ['a "SAO Y" copy stamp over the top margin', box('a', [run('SAO Y; Bộ Công an')]), false],
    ['a signature image without text', box('a', [], true), false],
    ['a drawn signature (paths, no text)', box('a', []), false],
  ];
  it.each(cases)('%s', (_name, b, expected) => {
    expect(fillsBlanks(b)).toBe(expected);
  });
});

describe('chooseAnnotations', () => {
  it('draws the stamped serial and day, leaves out the corner box and the seal picture, in page order', () => {
    const choice = chooseAnnotations([
      box('173R', [run('11', true)]),
      box('185R', [run('08', true)]),
      box('198R', [run('TRUNG TÂM CÔNG BÁO'), run('VÀ TIN HỌC'), run('ttcbth@quangngai.gov.vn')], true),
      box('165R', [], true),
    ]);
    expect(choice.draw).toEqual(['173R', '185R']);
    expect(choice.leftOut).toEqual([
      { id: '198R', shows: 'TRUNG TÂM CÔNG BÁO VÀ TIN HỌC ttcbth@quangngai.gov.vn' },
      { id: '165R', shows: 'an image' },
    ]);
  });

  it('draws an annotation that paints nothing, and reports nothing for it', () => {
    expect(chooseAnnotations([box('5R', [], false, false)])).toEqual({ draw: ['5R'], leftOut: [] });
  });

  it('a drawing without text or image is reported as a drawing', () => {
    expect(chooseAnnotations([box('7R', [])]).leftOut).toEqual([{ id: '7R', shows: 'a drawing' }]);
  });

  it('no annotations: nothing to draw or leave out', () => {
    expect(chooseAnnotations([])).toEqual({ draw: [], leftOut: [] });
  });
});
