// A copy with its marks stripped (issue #11's old OCR output) is cleaned of stray OCR marks before its
// marks are put back; a table row's pipes are its cells' borders, an empty cell's too, and must stay,
// or the row loses its columns and the task table its rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { findStrayMarks } from '../../normalizers/ocr-noise.js';

describe('findStrayMarks on table rows', () => {
  it.each([
    ['a header row closing with an empty cell', '| TT | Ten van ban | Co quan chu tri | Ho so | |'],
    ['a row opening with an empty cell', '| | Luat sua doi, bo sung mot so dieu cua Luat To chuc Quoc hoi | Uy ban Thuong vu Quoc hoi |'],
    ['a row of empty cells', '|  | Theo NQ 01 |  |  |  | Bo truong | Chinh phu |  |'],
    ['a row run on over its next line', '| |||||'],
  ])('keeps the pipes of %s', (_what, line) => {
    expect(findStrayMarks(line)).toEqual([]);
  });

  it.each([
    ['pipes amid prose', 'Thuc hien | | ke hoach cua Uy ban nhan dan tinh'],
    ['symbol debris amid prose', 'Thirc hien *9 r * •> t r • /y r • a > Ke hoach'],
  ])('still finds %s', (_what, line) => {
    expect(findStrayMarks(line)).toHaveLength(1);
  });
});

describe('restoring a stripped markdown table', () => {
  let restorer: Restorer;
  beforeAll(() => {
    restorer = new Restorer(loadModel());
  });

  it('keeps every cell, empty ones too', () => {
    const rows = [
      '| STT |  | Ten van ban | Don vi chu tri soan thao | Don vi cho y kien | Ghi chu |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 1 | 37 | Luat Dia chat va Khoang san | Cuc Khoang san Viet Nam | Vu Phap che |  |',
    ];
    const out = restorer.restore(`Ke hoach trien khai cac nhiem vu trong tam nam 2024\n${rows.join('\n')}`).text.split('\n').slice(1);
    expect(out.map((row) => row.split('|').length)).toEqual(rows.map((row) => row.split('|').length));
  });
});
