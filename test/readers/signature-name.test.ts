// The signer's name read again under the title where the seal hid it: synthetic pages (word
// boxes known by construction) and an engine that records what it is asked and answers a script.
import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../pipeline/ocr/layout.js';
import { extendsPartial, hiddenDeputyWord, nameRun, signatureNameGap, withoutLargeMarks, withSignatureName } from '../../pipeline/ocr/signature-name.js';
import type { OcrWord } from '../../pipeline/ocr/types.js';
import { line } from '../helpers/ocr-words.js';
import { blankPage, ScriptedEngine } from '../helpers/scripted-engine.js';

const PAGE = { width: 2400, height: 3400 };
const blank = () => blankPage(PAGE);
const BODY = line('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành quyết định này./.', 200, 300, 'a');
const LIST = [
  ...line('Nơi nhận:', 200, 500, 'b'),
  ...line('- Như Điều 4;', 200, 560, 'c'),
  ...line('- Lưu: VT.', 200, 620, 'd'),
];
const TITLE = [...line('TM. ỦY BAN NHÂN DÂN', 1500, 500, 't1'), ...line('CHỦ TỊCH', 1600, 560, 't2')];

describe('signatureNameGap', () => {
  it('finds the block under a title with no name below it', () => {
    const gap = signatureNameGap({ ...PAGE, words: [...BODY, ...LIST, ...TITLE] });
    expect(gap).not.toBeNull();
    expect(gap!.title.text).toBe('CHỦ TỊCH');
    // From the block's first title line down past the seal, in the right half.
    expect(gap!.crop.y0).toBeLessThanOrEqual(500);
    expect(gap!.crop.y1).toBeGreaterThan(560 + 6 * 40);
    expect(gap!.crop.x0).toBeGreaterThanOrEqual(PAGE.width * 0.3);
  });

  it.each([
    ['a fragment of the name ("Anh Đức")', line('Anh Đức', 1640, 900, 'n'), true],
    ['a name without a known family name first ("Xi Xuân Tùng")', line('Xi Xuân Tùng', 1600, 900, 'n'), true],
    ['strokes only', line('ớýn 3 w¿', 1600, 900, 'n'), true],
    ['the name read whole', line('Nguyễn Văn Thọ', 1600, 900, 'n'), false],
    ['the name with a stroke glued before it', line('“Trần Duy Đông', 1600, 900, 'n'), false],
  ])('under the title %s: read again', (_name, under, again) => {
    expect(signatureNameGap({ ...PAGE, words: [...BODY, ...LIST, ...TITLE, ...under] }) !== null).toBe(again);
  });

  it.each([
    ['a page without a signer\'s title', [...BODY, ...LIST]],
    ['an empty page', []],
    ['a title in the left half only', [...BODY, ...line('CHỦ TỊCH', 200, 700, 'x')]],
    ['a centred line across the middle (a decision\'s issuing office)', [...BODY, ...line('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 700, 700, 'x')]],
  ])('is null for %s', (_name, words) => {
    expect(signatureNameGap({ ...PAGE, words })).toBeNull();
  });
});

describe('nameRun', () => {
  it.each([
    ['À ở Vũ Xuân Tùng', 'Vũ Xuân Tùng'],
    ['“Nguyễn Văn Thọ', 'Nguyễn Văn Thọ'],
    ['#=“Trần Duy Đông', 'Trần Duy Đông'],
    ['Ty ở Võ Tuấn Anh', 'Võ Tuấn Anh'],
    ['Ty Hà Tho Võ Tuấn Anh', 'Võ Tuấn Anh'],
    ['Đào Thị Thu Hằng', 'Đào Thị Thu Hằng'],
    ['Hộ Đức Phớc', 'Hộ Đức Phớc'],
    // A family name whose first letters the seal covered, its tone misread too.
    ['rần Duy Đông', 'Trần Duy Đông'],
    ['. guyến Văn Thọ', 'Nguyễn Văn Thọ'],
    // Its first letters read as one stroke letter: the rest ends one family name only.
    ['.”,\' myễn Anh Đức', 'Nguyễn Anh Đức'],
    // A stroke glued after the last letter (the signature's tail over the name's end): the name whole.
    ['ặng Ngọc Sơn|', 'Đặng Ngọc Sơn'],
    ['Lê Văn Thanh),', 'Lê Văn Thanh'],
  ])('%s → %s', (text, name) => {
    expect(nameRun(line(text, 0, 0, 'l'))?.map((w) => w.text).join(' ')).toBe(name);
  });

  it.each([['Anh Đức'], ['Tuần Anh'], ['nyên Anh Đức'], ['mvăn Anh Đức'], ['man Anh Đức'], ['CHỦ TỊCH'], ['Văn phòng Quốc hội'], ['- Lưu: VT, KTTH'], ['Ủy Ban Nhân Dân'], ['']])('%s holds no name', (text) => {
    expect(nameRun(text ? line(text, 0, 0, 'l') : [])).toBeNull();
  });
});

describe('extendsPartial', () => {
  it.each([
    [null, 'nguyen anh duc', true],
    ['van tho', 'nguyen van tho', true],
    ['truong tung', 'truong van tung', true],
    // The first read's name was whole, or the second read put a stroke before it.
    ['ngo thanh binh', 'ngo thanh', false],
    ['truong minh duong', 'thieu truong minh duc', false],
    ['truong minh duong', 'truong minh duong', false],
  ])('%s → %s: %s', (partial, found, replaces) => {
    expect(extendsPartial(partial?.split(' ') ?? null, found.split(' '))).toBe(replaces);
  });
});

describe('hiddenDeputyWord', () => {
  it.each([
    ['CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'PHÓ'],
    ['GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'PHÓ'],
    // Read as something else, or the first pass had it: nothing put back.
    ['GIÁM ĐỐC', 'PH GIÁM ĐỐC', null],
    ['CHÁNH VĂN PHÒNG', '- PÖ CHÁNH VĂN PHÒNG', null],
    ['PHÓ GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', null],
    ['CHỦ TỊCH', 'PHÓ GIÁM ĐỐC', null],
  ])('%s / %s', (first, second, word) => {
    expect(hiddenDeputyWord(line(first, 0, 0, 'a'), line(second, 0, 0, 'b'))?.text ?? null).toBe(word);
  });
});

describe('withoutLargeMarks', () => {
  it('takes out a ring larger than a letter and keeps the letters', () => {
    const width = 120;
    const height = 60;
    const gray = new Uint8Array(width * height).fill(255);
    // A letter: a 6×10 block; a ring: a 50×50 square outline.
    for (let y = 20; y < 30; y++) for (let x = 80; x < 86; x++) gray[y * width + x] = 0;
    for (let k = 5; k < 55; k++) {
      gray[5 * width + k] = 0;
      gray[54 * width + k] = 0;
      gray[k * width + 5] = 0;
      gray[k * width + 54] = 0;
    }
    const out = withoutLargeMarks(gray, width, height, 30, 22);
    expect(out[25 * width + 82]).toBe(0);
    expect(out[5 * width + 20]).toBe(255);
    expect(out[30 * width + 54]).toBe(255);
  });
});


describe('withSignatureName', () => {
  const words = [...BODY, ...LIST, ...TITLE, ...line('Anh Đức', 1640, 900, 'n')];

  /** A crop read's words in the crop's own pixels: the crop starts at the title block, enlarged by the letter height's factor. */
  async function run(reads: (crop: { x0: number; y0: number; scale: number }) => OcrWord[][]) {
    const gap = signatureNameGap({ ...PAGE, words })!;
    const scale = 36 / 40;
    const engine = new ScriptedEngine(reads({ x0: gap.crop.x0, y0: gap.crop.y0, scale: Math.max(1, scale) }));
    const page = await withSignatureName(engine, await blank(), { ...PAGE, words });
    return { engine, text: layoutPage(page, [], { header: false }).text.split('\n') };
  }

  it('puts the name the block read gives in place of the fragment', async () => {
    const { engine, text } = await run(({ x0, y0 }) => [[...line('CHỦ TỊCH', 1600 - x0, 560 - y0, '1.1.1'), ...line('3 w¿ Nguyễn Anh Đức', 1500 - x0, 900 - y0, '1.2.1')]]);
    expect(engine.calls).toHaveLength(1);
    expect(engine.calls[0]!.mode).toBe('block');
    expect(text.at(-1)).toBe('Nguyễn Anh Đức');
    expect(text).not.toContain('Anh Đức');
  });

  it('reads once more without the large marks when the first crop read gives no name', async () => {
    const { engine, text } = await run(({ x0, y0 }) => [line('ớýn 3 w¿', 1560 - x0, 900 - y0, '1.2.1'), line('Nguyễn Anh Đức', 1560 - x0, 900 - y0, '1.2.1')]);
    expect(engine.calls).toHaveLength(2);
    expect(text.at(-1)).toBe('Nguyễn Anh Đức');
  });

  it('leaves the page as it was when neither read gives a name (never a name made up)', async () => {
    const { engine, text } = await run(({ x0, y0 }) => [line('ớýn', 1560 - x0, 900 - y0, '1.2.1'), line('Anh Đức', 1640 - x0, 900 - y0, '1.2.1')]);
    expect(engine.calls).toHaveLength(2);
    expect(text.at(-1)).toBe('Anh Đức');
  });

  it('puts back a PHÓ the second read shows on the title line', async () => {
    const { text } = await run(({ x0, y0 }) => [[...line('PHÓ CHỦ TỊCH', 1480 - x0, 560 - y0, '1.1.1'), ...line('Nguyễn Anh Đức', 1560 - x0, 900 - y0, '1.2.1')]]);
    expect(text).toContain('PHÓ CHỦ TỊCH');
  });

  it('makes no second read where the name was read', async () => {
    const engine = new ScriptedEngine([]);
    const read = { ...PAGE, words: [...BODY, ...LIST, ...TITLE, ...line('Nguyễn Văn Thọ', 1600, 900, 'n')] };
    expect(await withSignatureName(engine, await blank(), read)).toBe(read);
    expect(engine.calls).toHaveLength(0);
  });
});
