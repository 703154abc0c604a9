// Real garbled lines of the tuning parts of the garbled gold (test/gold/diacritics/garbled-lines.txt;
// never a held-out part) pinned to their gold restoration, each restored with its whole layer as the
// eval does; and what the restorer must leave alone: correctly marked lines, and lines of another
// language, on their own or inside a garbling engine's layer.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { HELD_OUT_PARTS, garbledGroups, type GarbledGroup } from '../eval/diacritics-real.js';

let restorer: Restorer;
const restored = new Map<string, string[]>();
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

function group(source: string, part: number): GarbledGroup {
  const found = garbledGroups().find((g) => g.source === source && g.part === part);
  if (!found) throw new Error(`no group ${source} in part ${part}`);
  return found;
}

/** The group's layer restored as one text, as `npm run eval:diacritics -- --garbled` restores it. */
function restoredLayer(g: GarbledGroup): string[] {
  const key = `${g.part}:${g.source}`;
  let out = restored.get(key);
  if (!out) {
    out = restorer.restore(g.ocr.join('\n')).text.split('\n');
    restored.set(key, out);
  }
  return out;
}

describe('real garbled lines restored to their gold', () => {
  // source, part, the OCR line as the layer has it (its gold is the file's)
  it.each([
    // part 8: a scanner's OCR with no Vietnamese letters (VBAI, Lâm Đồng)
    ['vbai-1716-QD-UBND-lamdong', 8, 'Vd viQc thirnh lAp HQi tl6ng thAm tlinh, tl6nh gi6'],
    ['vbai-1716-QD-UBND-lamdong', 8, 'Chi s5 c6i c6ch hhnh chinh tinh Lim Ddng'],
    ['vbai-1716-QD-UBND-lamdong', 8, 'Didu 2. NhiQm vg, ho4t tlQng cria HQi tldng'],
    ['vbai-1716-QD-UBND-lamdong', 8, 'd6ng trong c6ng tiic thdm dinh, tlanh gi5.'],
    // part 11: the "6,2,0,77" engine (marks stripped, "~" for lost letters, strokes for dotted vowels)
    ['angiang-154-CTPH-2017-layer', 11, 'kSt Chuang trinh ph6i hgpth\\lc hi~n giai dO!;lfi2016-2021 vai cac nQi dung nhu sau:'],
    ['angiang-154-CTPH-2017-layer', 11, 'phong phu vS nQi dung, phu hgp vui timg dja phuang, nglmh nghS, d6i tugng'],
    ['angiang-154-CTPH-2017-layer', 11, "van hoa, con ngiroi Vi~t Nam dap img yeu cAuphat trien ben vfrng d~t mroc\";"],
    // part 7: the digit-and-Q family ("th6ng", "ViQt") of a circular's PyMuPDF layer
    ['tt-02-2023-NHNN-layer', 7, 'Th6ng tu ndy quy dlnh ve viQc t6 chirc tin dgng, chi nhrlnh ngdn hirng nu6c'],
    ['tt-02-2023-NHNN-layer', 7, 'Cdn c* Luqt Cdc t6 chuc tin d4ng ngdy 16 thdng 6 ndm 2010; Ludt sua d6i,'],
  ])('%s (part %i): %s', (source, part, ocr) => {
    expect(HELD_OUT_PARTS.has(part)).toBe(false);
    const g = group(source, part);
    const at = g.ocr.indexOf(ocr);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(restoredLayer(g)[at]).toBe(g.gold[at]);
  });

  it.each([
    // A person's name after a title, its words misread ("D5" reaches đỗ only as a surname's key).
    ['vbai-1716-QD-UBND-lamdong', 8, '1. Cht tich HQi d6ng: Ong D5 Vin Chung - ci6m dlic Sd NOi vu.', 'Ông Đỗ Văn Chung'],
    // A dotted vowel written as a backslash and a stroke, in a word run into the next ("hO\ltdQng").
    ['angiang-154-CTPH-2017-layer', 11, 'lu~t cua Nha nuuc v@d§y m!;lnhcac hO\\ltdQng van hoa, van ngh~, the thao nh~m', 'các hoạt động văn hóa'],
  ])('%s (part %i): %s holds "%s"', (source, part, ocr, expected) => {
    const g = group(source, part);
    const at = g.ocr.indexOf(ocr);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(restoredLayer(g)[at]).toContain(expected);
  });
});

describe('what the restorer leaves alone', () => {
  it('correctly marked lines stay as written, each character', () => {
    const text = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
      '- Ông Đỗ Văn Chung - Chức vụ: Giám đốc Sở Nội vụ.',
    ].join('\n');
    expect(restorer.restore(text).text).toBe(text);
  });

  it.each([
    'The quick brown fox jumps over the lazy dog.',
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
    'Independence - Freedom - Happiness',
  ])('a line of another language on its own stays: %s', (line) => {
    expect(restorer.restore(line).text).toBe(line);
  });

  it('lines of another language inside a garbling engine\'s layer stay as written', () => {
    const layer = group('angiang-154-CTPH-2017-layer', 11).ocr;
    const foreign = [
      'The quick brown fox jumps over the lazy dog.',
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
      'Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.',
    ];
    const lines = [...layer.slice(0, 20), ...foreign, ...layer.slice(20, 40)];
    const out = restorer.restore(lines.join('\n')).text.split('\n');
    expect(out.slice(20, 23)).toEqual(foreign);
    // The layer's own lines around them are still restored.
    expect(out[19]).not.toBe(lines[19]);
  });

  // The long words of another language are no words an engine ran together from syllables: a
  // garbling layer's line of such words ("thuchien", "quanlyduan") is still restored.
  it.each([
    ['tt-02-2023-NHNN-layer', 7, 'Cac dOn vi thuchien nghiemtuc noidung kehoach', /thực hiện nghiêm túc nội dung/],
    ['vbai-1716-QD-UBND-lamdong', 8, 'Ho\\lt dQng cua hoi dong quanlyduan Pleiku', /^Hoạt động của hội đồng quản lý/],
  ])('%s: a line of syllables run together is restored', (source, part, line, restoredAs) => {
    const layer = group(source, part).ocr;
    const lines = [...layer.slice(0, 15), line, ...layer.slice(15, 30)];
    expect(restorer.restore(lines.join('\n')).text.split('\n')[15]).toMatch(restoredAs);
  });

  it('a backslash in a typed line is no dotted vowel', () => {
    const line = 'Tài liệu lưu tại thư mục C:\\luu\\van-ban của máy chủ.';
    expect(restorer.restore(line).text).toBe(line);
  });
});
