// The signature column read again when the page's OCR lost it under a black seal: synthetic
// pages (word boxes known by construction) and an engine that records what it is asked.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../pipeline/ocr/layout.js';
import { keptFirstReading, unreadSignatureColumn, withSignatureColumn } from '../../pipeline/ocr/signature-column.js';
import type { OcrEngine, OcrPage, OcrWord, SegmentMode } from '../../pipeline/ocr/types.js';
import { line } from '../helpers/ocr-words.js';


const PAGE = { width: 2400, height: 3400 };
const BODY = line('thực hiện Chỉ thị, định kỳ báo cáo kết quả với Ủy ban nhân dân tỉnh để theo dõi', 200, 300, 'a');
const LIST = [
  ...line('Nơi nhận:', 200, 500, 'b'),
  ...line('- Văn phòng Chính phủ;', 200, 560, 'c'),
  ...line('- Bộ Tư pháp;', 200, 620, 'd'),
  ...line('- Lưu: VT, NC.', 200, 680, 'e'),
];

describe('unreadSignatureColumn', () => {
  it('finds the column right of the list when nothing was read there', () => {
    const box = unreadSignatureColumn({ ...PAGE, words: [...BODY, ...LIST] });
    expect(box).not.toBeNull();
    // Right of the list's longest line ("- Văn phòng Chính phủ;" ends at x≈690), below the body.
    expect(box!.x0).toBeGreaterThan(690);
    expect(box!.y0).toBeGreaterThan(340);
    expect(box!.y1).toBeGreaterThan(720);
    expect(box!.x1).toBe(PAGE.width);
  });

  it('stops above text that resumes under a short list', () => {
    const after = line('PHỤ LỤC: Danh sách các đơn vị, địa phương tham gia thực hiện kế hoạch năm nay', 200, 900, 'f');
    const box = unreadSignatureColumn({ ...PAGE, words: [...BODY, ...LIST, ...after] });
    expect(box!.y1).toBeLessThanOrEqual(900);
  });

  it.each([
    ['the title was read', [...line('KT. CHỦ TỊCH', 1500, 500, 'x'), ...line('PHÓ CHỦ TỊCH', 1500, 560, 'y')]],
    ['the Prime Minister\'s title was read', line('THỦ TƯỚNG', 1500, 560, 'y')],
    ['an authority alone was read', line('TM. ỦY BAN NHÂN DÂN', 1500, 500, 'x')],
  ])('is null when %s', (_name, right) => {
    expect(unreadSignatureColumn({ ...PAGE, words: [...BODY, ...LIST, ...right] })).toBeNull();
  });

  it.each([
    ['a page without recipients', [...BODY]],
    ['an empty page', []],
    ['"Nơi nhận" in running text', line('Người dân đến nơi nhận hồ sơ của cơ quan theo quy định hiện hành', 200, 500, 'b')],
  ])('is null for %s', (_name, words) => {
    expect(unreadSignatureColumn({ ...PAGE, words })).toBeNull();
  });
});

class RecordingEngine implements OcrEngine {
  readonly name = 'native' as const;
  readonly calls: Array<{ width: number; height: number; mode?: SegmentMode }> = [];
  constructor(private readonly read: OcrWord[]) {}
  async recognize(image: Buffer, mode?: SegmentMode): Promise<OcrPage> {
    const meta = await sharp(image).metadata();
    this.calls.push({ width: meta.width!, height: meta.height!, mode });
    return { width: meta.width!, height: meta.height!, words: this.read };
  }
  async close(): Promise<void> {}
}

const png = () => sharp({ create: { width: PAGE.width, height: PAGE.height, channels: 3, background: '#ffffff' } }).png().toBuffer();

describe('withSignatureColumn', () => {

  it('reads the lost column as one block and lays its words beside the list', async () => {
    // What the block read gives, in the crop's own pixels.
    const engine = new RecordingEngine([...line('KT. CHỦ TỊCH', 300, 150, '1.1.1'), ...line('hạm Trường Thọ', 300, 400, '1.2.1')]);
    const page = await withSignatureColumn(engine, await png(), { ...PAGE, words: [...BODY, ...LIST] });
    expect(engine.calls).toHaveLength(1);
    expect(engine.calls[0]!.mode).toBe('block');
    expect(engine.calls[0]!.width).toBeLessThan(PAGE.width * 0.75);
    const text = layoutPage(page, [], { header: false }).text.split('\n');
    expect(text.slice(-6)).toEqual(['Nơi nhận:', '- Văn phòng Chính phủ;', '- Bộ Tư pháp;', '- Lưu: VT, NC.', 'KT. CHỦ TỊCH', 'hạm Trường Thọ']);
  });

  it('leaves a page whose column was read as it is, without a second OCR', async () => {
    const engine = new RecordingEngine([]);
    const words = [...BODY, ...LIST, ...line('GIÁM ĐỐC', 1500, 500, 'x'), ...line('Lê Văn Tám', 1500, 700, 'z')];
    const page = await withSignatureColumn(engine, await png(), { ...PAGE, words });
    expect(engine.calls).toHaveLength(0);
    expect(page.words).toBe(words);
  });
});

describe('the page\'s words the block read lost', () => {
  // The printed head of a block signed with a red stamp, as the page read it (real Konica scan:
  // "VIỄN THÔNG HẢI DƯƠNG" at 93/92/60/93) beside the recipients' label.
  const head = (confidences: number[]) =>
    line('VIỄN THÔNG HẢI DƯƠNG', 1450, 500, 'b').map((w, i) => ({ ...w, confidence: confidences[i]! }));
  /** A word of the block read, in the page's pixels. */
  const readAs = (text: string, x0: number, y0: number, x1: number, y1: number, confidence = 90): OcrWord => ({ text, confidence, x0, y0, x1, y1, line: 'signature.1.1.1' });

  it.each([
    ['the block read lost the rest of the head', head([93, 92, 60, 93]), [readAs('VIỄN', 1450, 500, 1530, 540)], ['THÔNG', 'HẢI', 'DƯƠNG']],
    ['a stroke read as one tall word across it does not stand for it', head([93, 92, 60, 93]), [readAs('VIỄN', 1450, 500, 1530, 540), readAs('KV', 1545, 500, 1900, 900, 33)], ['THÔNG', 'HẢI', 'DƯƠNG']],
    ['the block read read it again', head([93, 92, 60, 93]), [readAs('VIỄN', 1450, 500, 1530, 540), readAs('THÔNG', 1545, 502, 1645, 540), readAs('HẢI', 1660, 500, 1720, 540), readAs('DƯƠNG', 1735, 500, 1840, 540)], []],
    ['debris read unsure gives way', head([20, 35, 10, 40]), [], []],
  ])('%s', (_name, first, again, kept) => {
    expect([...keptFirstReading(first, again)].map((w) => w.text)).toEqual(kept);
  });

  it('the column read again keeps the head the page read and the block read lost', async () => {
    // The block read, in the crop's pixels: the head's first word, then the signature's stroke
    // across the rest of it read as one tall word, and the stamped name below.
    const crop = unreadSignatureColumn({ ...PAGE, words: [...BODY, ...LIST, ...head([93, 92, 60, 93])] })!;
    const inCrop = (w: OcrWord) => ({ ...w, x0: w.x0 - crop.x0, x1: w.x1 - crop.x0, y0: w.y0 - crop.y0, y1: w.y1 - crop.y0 });
    const engine = new RecordingEngine([
      inCrop(readAs('VIỄN', 1450, 500, 1530, 540)),
      inCrop(readAs('KV', 1545, 500, 1900, 900, 33)),
      ...line('Nguyễn Trọng Việt', 1500, 800, '1.3.1').map(inCrop),
    ]);
    const page = await withSignatureColumn(engine, await png(), { ...PAGE, words: [...BODY, ...LIST, ...head([93, 92, 60, 93])] });
    expect(engine.calls).toHaveLength(1);
    const text = layoutPage(page, [], { header: false }).text.split('\n');
    // The stroke stays for the signature-name step to judge (signature-name.ts stampedHead); the head's words are back.
    expect(text.find((l) => l.startsWith('VIỄN'))).toMatch(/THÔNG HẢI DƯƠNG$/);
    expect(text.at(-1)).toBe('Nguyễn Trọng Việt');
  });
});

describe('layoutPage: a recipients label whose first letter was lost', () => {
  it('still reads the foot as two columns', () => {
    const words = [
      ...line('ƠI nHẬN .', 200, 200, 'b').concat(line('CHỦ TỊCH', 1500, 200, 'b')),
      ...line('- Ban Tuyên giáo Tỉnh ủy;', 200, 260, 'c').concat(line('Đặng Văn Minh', 1600, 260, 'c')),
      ...line('- Lưu: VT.', 200, 320, 'd'),
    ];
    expect(layoutPage({ ...PAGE, words }, [], { header: false }).text.split('\n')).toEqual([
      'ƠI nHẬN .',
      '- Ban Tuyên giáo Tỉnh ủy;',
      '- Lưu: VT.',
      'CHỦ TỊCH',
      'Đặng Văn Minh',
    ]);
  });
});
