// A page break joined with a bare '\f' ends the line before it where the page ended a sentence or
// the next page opens with a line of structure (heldout-fresh17 q01: "… từ xa.\f- Đơn vị thực
// hiện: …"); a sentence the page break cut stays one line.
import { describe, expect, it } from 'vitest';
import { breakLinesAtPageStarts } from '../../normalizers/page-break-lines.js';
import { extractSections } from '../../extractors/body/sections.js';

describe('breakLinesAtPageStarts', () => {
  it.each([
    ['a list item opening the next page', 'khám, chữa bệnh từ xa.\f- Đơn vị thực hiện: Các bệnh viện.', 'khám, chữa bệnh từ xa.\n\f- Đơn vị thực hiện: Các bệnh viện.'],
    ['a heading opening the next page', 'hoàn thành trong năm 2025.\fII. NỘI DUNG\n1. Triển khai', 'hoàn thành trong năm 2025.\n\fII. NỘI DUNG\n1. Triển khai'],
    ['the recipients opening the next page, after a sentence left open', 'theo quy định của pháp luật\fNơi nhận:\n- Như trên;', 'theo quy định của pháp luật\n\fNơi nhận:\n- Như trên;'],
    ['a new sentence after one that ended', 'các đơn vị thực hiện.\fỦy ban nhân dân thành phố giao', 'các đơn vị thực hiện.\n\fỦy ban nhân dân thành phố giao'],
    ['several pages', 'một.\f- hai;\nba.\fIII. BỐN', 'một.\n\f- hai;\nba.\n\fIII. BỐN'],
  ])('%s', (_what, text, want) => {
    expect(breakLinesAtPageStarts(text)).toBe(want);
  });

  it.each([
    ['a sentence cut by the page break', 'tổ chức hội nghị tại\fViệt Nam theo hướng thống nhất'],
    ['a phrase going on in small letters after a full stop of an abbreviation', 'theo Quyết định số 12/QĐ-UBND.\ftheo đó các đơn vị'],
    ['a page that already ends its line', 'các đơn vị thực hiện.\n\f- Đơn vị thực hiện'],
    ['a next page that opens with a blank line', 'thực hiện.\f\n- Đơn vị thực hiện'],
    ['no page break', 'một dòng.\n- hai'],
  ])('leaves %s as it was', (_what, text) => {
    expect(breakLinesAtPageStarts(text)).toBe(text);
  });

  it('ends the line at each of many pages of a text written on one line', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Trang ${i} kết thúc.`).join('\f');
    const out = breakLinesAtPageStarts(text);
    expect(out.split('\n')).toHaveLength(20_000);
  });

  it('lets the outline see a heading that opens a page', () => {
    const text = 'I. MỤC ĐÍCH\nBảo đảm thực hiện đúng tiến độ.\fII. NỘI DUNG\nCác nội dung cụ thể.';
    expect(extractSections(text).map((s) => s.number)).toEqual(['I.']);
    expect(extractSections(breakLinesAtPageStarts(text)).map((s) => s.number)).toEqual(['I.', 'II.']);
  });
});
