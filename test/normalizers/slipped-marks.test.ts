// Another engine's text layer read with Vietnamese (right letters, some wrong marks: "cua Chính phú", "QUYÉT ĐỊNH")
// has its marked lines weighed again when enough of them slip; typed text, our own OCR (put right after the
// restorer, index.ts) and a layer with a slip or two are left as they are.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { slippedMarksLayer } from '../../normalizers/diacritics/slipped-marks.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
}, 120_000);

/** A decision's layer as tesseract with its Vietnamese model reads a scan: bare capitals, wrong tones, a hat for an accent. */
const SLIPPED_LAYER = [
  'ỦY BAN NHÂN DÂN TỈNH CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 cua Chính phú về công tác văn thư;',
  'Căn cứ Nghị quyết số 50-NQ/TW ngày 20 thang 8 năm 2019 của Bộ Chính trị về hoàn thiện thé chế;',
  'Căn cứ Kế hoạch số 12/KH-UBND về hợp tác dau tu nước ngoài đến năm 2030;',
  'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 15/TTr-SNV.',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024.',
  'Điều 2. Quyết định này có hiệu lực kế từ ngày ký.',
  'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành.',
  '- Như Điều 3;',
  '- Lưu: VT.',
].join('\n');

describe('slipped marks of another engine that reads Vietnamese', () => {
  it.each([
    ['a bare word beside marked ones', 'cua Chính phủ về công tác', 'của Chính phủ về công tác'],
    ['one tone read for another', 'cua Chính phú về công tác', 'Chính phủ về công tác'],
    ['a bare month', 'ngày 20 thang 8 năm 2019', 'ngày 20 tháng 8 năm 2019'],
    ['an accent for a hat and its tone', 'hoàn thiện thé chế', 'hoàn thiện thể chế'],
    ['two bare words side by side', 'hợp tác dau tu nước ngoài', 'hợp tác đầu tư nước ngoài'],
    ['a tone read for another in a formula', 'có hiệu lực kế từ ngày ký', 'có hiệu lực kể từ ngày ký'],
  ])('%s: %s', (_name, _read, right) => {
    const result = restorer.restore(SLIPPED_LAYER);
    expect(result.text).toContain(right);
    for (const c of result.changes) expect(result.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
  });

  it("keeps the layer's right words and its line count", () => {
    const result = restorer.restore(SLIPPED_LAYER);
    expect(result.text.split('\n')).toHaveLength(12);
    expect(result.text).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;');
    expect(result.text).toContain('Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 15/TTr-SNV.');
    expect(result.restoredSyllables).toBe(result.changes.length);
  });

  it.each([
    ['typed text', { typed: true }],
    ['our own OCR (put right after the restorer)', { ownOcr: true }],
  ])('leaves %s as it is', (_name, options) => {
    expect(restorer.restore(SLIPPED_LAYER, options).text).toBe(SLIPPED_LAYER);
  });

  it('leaves a link in a slipped layer as written (review 19: "…/ke-hoach-so-45" became "…-số-45")', () => {
    const link = 'Đăng tải tại https://tanphu.dongnai.gov.vn/tin-tuc/ke-hoach-so-45 và gửi qua email cuong.lv@dongnai.gov.vn.';
    const text = `${SLIPPED_LAYER}\n${link}`;
    const result = restorer.restore(text);
    expect(result.text).toContain('https://tanphu.dongnai.gov.vn/tin-tuc/ke-hoach-so-45');
    expect(result.text).toContain('cuong.lv@dongnai.gov.vn');
    expect(result.text).toContain('cua Chính phủ'.replace('cua', 'của'));
  });

  it('leaves a typed layer with two slips among its marked lines as it is', () => {
    const lines = SLIPPED_LAYER.split('\n');
    // Two slipped lines only ("cua Chính phú", "thé chế"): the bare pair put right by hand.
    const fewer = lines.map((l) => l.replace('dau tu', 'đầu tư')).join('\n');
    expect(restorer.restore(fewer).text).toBe(fewer);
  });

  it.each([
    ['three slipped lines of ten', 3, 10, true],
    ['two slipped lines', 2, 10, false],
    ["three slipped lines of fifty: a typed document's odd bare heading and names", 3, 50, false],
  ])('slippedMarksLayer: %s', (_name, slipped, marked, expected) => {
    const lines = Array.from({ length: marked }, (_, i) => (i < slipped ? 'slip' : 'clean'));
    expect(slippedMarksLayer(lines, lines.map(() => 'marked'), (l) => (l === 'slip' ? 1 : 0))).toBe(expected);
  });
});
