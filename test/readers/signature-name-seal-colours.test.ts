// The signer's name under a seal of any colour and a blue signature: the print-only copy of a
// colour page, a garbled authority line as the block's title, the name the page read kept when
// its family name was read unsure, and no family name completed from two letters that end several.
import { describe, expect, it } from 'vitest';
import { completedFamilyName } from '../../extractors/closing/person-name.js';
import { colouredInkShare, grayOfPrintOnly } from '../../pipeline/ocr/ink.js';
import { layoutPage } from '../../pipeline/ocr/layout.js';
import { signatureNameGap, withReadNameKept, withSignatureName } from '../../pipeline/ocr/signature-name.js';
import type { OcrPage, OcrWord } from '../../pipeline/ocr/types.js';
import { line } from '../helpers/ocr-words.js';
import { blankPage, ScriptedEngine } from '../helpers/scripted-engine.js';

const PAGE = { width: 2400, height: 3400 };
const blank = () => blankPage(PAGE);
const LIST = [...line('Nơi nhận:', 200, 500, 'b'), ...line('- Lưu: VT.', 200, 560, 'c')];

describe('grayOfPrintOnly', () => {
  const rgb = (pixels: number[][]) => Uint8Array.from(pixels.flat());
  it.each([
    ['black print', [20, 20, 20], 20],
    ['grey paper', [230, 228, 226], 228],
    ['JPEG noise on black print', [60, 40, 35], 45],
  ])('keeps %s', (_, pixel, grey) => {
    expect(grayOfPrintOnly(rgb([pixel]), 1, 1, 3)[0]).toBeCloseTo(grey, -1);
  });

  it.each([
    ['a red seal', [200, 40, 50]],
    ['a violet seal', [110, 60, 170]],
    ['a blue signature', [40, 90, 200]],
  ])('lifts %s to paper', (_, pixel) => {
    expect(grayOfPrintOnly(rgb([pixel]), 1, 1, 3)[0]).toBe(255);
  });

  it('reads RGBA by its first three channels', () => {
    expect([...grayOfPrintOnly(Uint8Array.from([40, 90, 200, 255, 20, 20, 20, 255]), 2, 1, 4)]).toEqual([255, 20]);
  });

  it('counts coloured ink on colour pages only', () => {
    const page = Uint8Array.from(Array.from({ length: 70 }, (_, i) => (i % 2 ? [255, 255, 255] : [200, 40, 50])).flat());
    expect(colouredInkShare(page, 70, 1, 3, 1)).toBeCloseTo(0.5, 5);
    expect(colouredInkShare(new Uint8Array(70).fill(0), 70, 1, 1)).toBe(0);
    expect(colouredInkShare(Uint8Array.from(Array(210).fill(255)), 70, 1, 3)).toBe(0);
  });
});

describe('a garbled authority line as the signature block\'s title', () => {
  it.each([['TM-B#£V ĐOÀN PHƯỜNG'], ['KT, GIÁM ĐỐC']])('finds the block under "%s"', (title) => {
    const gap = signatureNameGap({ ...PAGE, words: [...LIST, ...line(title, 1500, 500, 't'), ...line('ớýn 3 w¿', 1560, 900, 'n')] });
    expect(gap?.title.text).toBe(title);
  });

  it.each([['TMĐT TRÊN ĐỊA BÀN'], ['TỔNG CỘNG']])('takes no capitals line for a title: "%s"', (text) => {
    expect(signatureNameGap({ ...PAGE, words: [...LIST, ...line(text, 1500, 500, 't'), ...line('ớýn 3 w¿', 1560, 900, 'n')] })).toBeNull();
  });
});

describe('withReadNameKept', () => {
  const TITLE = [...line('TM. BAN THƯỜNG VỤ QUẬN ĐOÀN', 1300, 500, 't1'), ...line('BÍ THƯ', 1500, 560, 't2')];
  const unsure = (ws: OcrWord[], k: number, text?: string) => ws.map((w, i) => (i === k ? { ...w, confidence: 5, ...(text ? { text } : {}) } : w));
  const text = (page: OcrPage) => layoutPage(page, [], { header: false }).text.split('\n').at(-1);

  it('keeps a family name read unsure under the title, spelled as listed', async () => {
    const page = { ...PAGE, words: [...LIST, ...TITLE, ...unsure(line('“Hoäng Trân Châu', 1450, 900, 'n'), 0)] };
    // Before: the layout drops the unsure word as a stroke.
    expect(text(page)).toBe('Trân Châu');
    const kept = await withSignatureName(new ScriptedEngine([]), await blank(), page);
    expect(text(kept)).toBe('Hoàng Trân Châu');
  });

  it('leaves the page as it was when the name was read sure', () => {
    const page = { ...PAGE, words: [...LIST, ...TITLE, ...line('Nguyễn Văn Thọ', 1480, 900, 'n')] };
    const run = page.words.slice(-3);
    expect(withReadNameKept(page, run)).toBe(page);
  });

  it('keeps nothing when an unsure word of the run is no Vietnamese syllable', () => {
    const words = unsure(line('Nguyễn Vqxn Thọ', 1480, 900, 'n'), 1);
    const page = { ...PAGE, words: [...LIST, ...TITLE, ...words] };
    expect(withReadNameKept(page, words)).toBe(page);
  });
});

describe('withSignatureName on a colour page', () => {
  const TITLE = [...line('TM. ỦY BAN NHÂN DÂN', 1500, 500, 't1'), ...line('CHỦ TỊCH', 1600, 560, 't2')];
  it('reads the print-only copy after the page and the red-kept copy, before taking out large marks', async () => {
    const words = [...LIST, ...TITLE, ...line('ớýn Đức Thọ', 1560, 900, 'n')];
    const { crop } = signatureNameGap({ ...PAGE, words })!;
    // The third read (the print-only copy) gives the name centred under the title, in the crop's pixels.
    const engine = new ScriptedEngine([[], [], line('Huỳnh Đức Thọ', 1542 - crop.x0, 900 - crop.y0, '1.2.1')]);
    let made = 0;
    const printOnly = async () => {
      made++;
      return blank();
    };
    const page = await withSignatureName(engine, await blank(), { ...PAGE, words }, await blank(), printOnly);
    expect(engine.calls).toHaveLength(3);
    expect(made).toBe(1);
    expect(layoutPage(page, [], { header: false }).text).toContain('Huỳnh Đức Thọ');
  });

  it('makes no print-only copy where the name was read', async () => {
    let made = 0;
    const read = { ...PAGE, words: [...LIST, ...TITLE, ...line('Nguyễn Văn Thọ', 1600, 900, 'n')] };
    expect(await withSignatureName(new ScriptedEngine([]), await blank(), read, undefined, async () => (made++, blank()))).toBe(read);
    expect(made).toBe(0);
  });
});

describe('completedFamilyName', () => {
  it.each([
    ['hạm', 'Phạm'],
    ['rần', 'Trần'],
    ['guyễn', 'Nguyễn'],
    ['ùi', 'Bùi'],
    // Two letters that end one family name only, however many the seal covered.
    ['an', 'Phan'],
    ['ạm', 'Phạm'],
  ])('%s → %s', (part, name) => expect(completedFamilyName(part)).toBe(name));

  it.each([['nh'], ['h'], ['ê']])('completes no family name from "%s" (the end of several: Đinh, Huỳnh, Trịnh …)', (part) => {
    expect(completedFamilyName(part)).toBeNull();
  });
});


