// A signature block whose title and name are a stamp in red ink under the printed name of the body
// that signs ("VIỄN THÔNG HẢI DƯƠNG" printed; "PHÓ GIÁM ĐỐC" / "Nguyễn Trọng Việt" stamped): the page's
// read, its red dropped, shows the head alone; the crop under it is read with the red kept, and a
// signer's title with a name centred under it is put in. Synthetic pages (word boxes known by
// construction) and an engine that answers a script.
import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../pipeline/ocr/layout.js';
import { signatureNameGap, withSignatureName } from '../../pipeline/ocr/signature-name.js';
import type { OcrPage, OcrWord } from '../../pipeline/ocr/types.js';
import { line } from '../helpers/ocr-words.js';
import { blankPage, ScriptedEngine } from '../helpers/scripted-engine.js';

const PAGE = { width: 2400, height: 3400 };
const blank = () => blankPage(PAGE);
const BODY = line('Viễn thông Hải Dương rất mong nhận được ý kiến chỉ đạo của Sở để đơn vị triển khai, phối hợp thực hiện.', 200, 2600, 'a');
const LIST = [...line('Nơi nhận:', 200, 2900, 'b'), ...line('- Như kính gửi;', 200, 2960, 'c'), ...line('- Lưu: VT.', 200, 3020, 'd')];
// The head, with a stroke of the signature read as a tall letter after it.
const HEAD = [...line('VIỄN THÔNG HẢI DƯƠNG', 1400, 2900, 'h'), { text: 'KV', confidence: 20, x0: 1850, x1: 1900, y0: 2900, y1: 3330, line: 'h' }];
const PAGE_READ: OcrPage = { ...PAGE, words: [...BODY, ...LIST, ...HEAD] };

/** Words of `text` at page position (x, y), given in the crop's pixels (the crop is read at scale 1: letters 40 px high). */
const inCrop = (text: string, x: number, y: number, id: string, crop: { x0: number; y0: number }): OcrWord[] => line(text, x - crop.x0, y - crop.y0, id);

const lastLines = (page: OcrPage, n: number) => layoutPage(page, [], { header: false }).text.split('\n').slice(-n);

describe('a title and name stamped in red under the block\'s head', () => {
  const gap = signatureNameGap(PAGE_READ, true)!;

  it('finds the head on a page with red ink only', () => {
    expect(gap.stamped).toBe(true);
    expect(gap.title.text).toBe('VIỄN THÔNG HẢI DƯƠNG');
    expect(signatureNameGap(PAGE_READ)).toBeNull();
  });

  it('reads the stamp with the red kept and puts in its title and the name centred under it', async () => {
    const engine = new ScriptedEngine([[...inCrop('Xœe13M7 Ứ pHÓ GIÁM ĐỐC', 1700, 3250, '1.1.1', gap.crop), ...inCrop('i Nguyễn Trọng Việt', 1760, 3320, '1.1.2', gap.crop)]]);
    const page = await withSignatureName(engine, await blank(), PAGE_READ, await blank());
    expect(engine.calls).toHaveLength(1);
    expect(lastLines(page, 2)).toEqual(['PHÓ GIÁM ĐỐC', 'Nguyễn Trọng Việt']);
  });

  it.each([
    ['no red ink on the page', false, [['PHÓ GIÁM ĐỐC', 1800, 3250], ['Nguyễn Trọng Việt', 1760, 3320]]],
    ['a name but no signer\'s title in the read', true, [['VIỆT NAM', 1800, 3250], ['Nguyễn Trọng Việt', 1760, 3320]]],
    ['the name far off the title\'s middle', true, [['PHÓ GIÁM ĐỐC', 1800, 3250], ['Nguyễn Trọng Việt', 1400, 3320]]],
    ['no name under the title', true, [['PHÓ GIÁM ĐỐC', 1800, 3250], ['ớýn 3 w¿', 1800, 3320]]],
  ] as const)('leaves the page as it was: %s', async (_, red, read) => {
    const engine = new ScriptedEngine([read.flatMap(([text, x, y], k) => inCrop(text, x, y, `1.1.${k}`, gap.crop))]);
    const page = await withSignatureName(engine, await blank(), PAGE_READ, red ? await blank() : undefined);
    expect(page).toBe(PAGE_READ);
  });

  it('takes no heading with the body going on under it for a head', () => {
    const more = line('tiếp theo là các nội dung của kế hoạch được giao cho các đơn vị trong toàn tỉnh thực hiện', 200, 3150, 'z');
    expect(signatureNameGap({ ...PAGE, words: [...BODY, ...HEAD, ...more] }, true)).toBeNull();
  });

  it('takes no capitals line of the page\'s header for a head', () => {
    expect(signatureNameGap({ ...PAGE, words: line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1300, 200, 'm') }, true)).toBeNull();
  });
});


