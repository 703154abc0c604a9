// Lines a layout export sets as two columns side by side (issuer | motto, number | date) are rows
// of the page, never wrapped sentences: a garbled line that starts in small letters ("sa VAN HOA"
// for "SỞ VĂN HÓA", "vA PHAT TRIEN") is not joined onto the row above it.
import { describe, expect, it } from 'vitest';
import { columnRowLines, rejoinWrappedLines } from '../../normalizers/lines.js';
import { normalizeText } from '../../normalizers/index.js';
import { testContext } from '../extractors/context.js';

const gap = ' '.repeat(16);

describe('rows of two columns', () => {
  it.each([
    [`LIEN DoAN LAO DONG -${gap}CQNG HoAxA H()I CHU NGHiA VIET NAM`, true],
    [`      S:6/QD-N}1No-TCKT${gap}Ha Noi, ngay 11 thang 12 nam 2019`, true],
    // a justified line's wide spaces are no column gap
    ['Căn cứ   Luật Tổ chức   chính quyền địa phương', false],
    // indentation alone is no gap
    [`${gap}CHƯƠNG TRÌNH PHỐI HỢP`, false],
  ])('%j is a row of columns: %s', (line, row) => {
    expect(columnRowLines(line).has(0)).toBe(row);
  });

  it.each([
    // [lines, joined into one line?]
    [[`LIEN DoAN LAO DONG -${gap}CQNG HoA xA HOI`, `sa VAN HOA, THE THAO${gap}DQc lap - Tu do`], false],
    [[`NGAN HANG NONG NGHIP${gap}CONG HOA xA HOI`, `vA PHAT TRIEN NONG THON${gap}Doc lap - Tu do`], false],
    [[`  TINH AN GIANG`, '', `sa: t, 1+ ICTPH-LDLD${gap}An Giang, ngay 28 thang 4 nam 2017`], false],
    // a wrapped sentence with no columns is still joined
    [['Thực hiện Kế hoạch số 12/KH-UBND của', 'ủy ban nhân dân tỉnh về công tác'], true],
  ])('%j joined: %s', (lines, joined) => {
    const text = (lines as string[]).join('\n');
    const rows = columnRowLines(text);
    const collapsed = text.replace(/(\S) {2,}(?=\S)/g, '$1 ');
    const out = rejoinWrappedLines(collapsed, rows);
    expect(out.split('\n').filter((l) => l.trim()).length === 1).toBe(joined);
  });

  it('holds through the whole normalisation of a text layer', async () => {
    const text = [`        LIEN DoAN LAO DONG -${gap}CONG HOA XA HOI CHU NGHIA VIET NAM`, `sa VAN HOA, THE THAO VA DU LICH${gap}Doc lap - Tu do - Hanh phuc`].join('\n');
    const out = await normalizeText(text, testContext(), { restore: 'never', tones: 'modern' } as never);
    expect(out.text.split('\n')).toHaveLength(2);
  });
});
