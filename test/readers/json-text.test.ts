// JSON exports of OCR and extraction tools: their strings, in order, are the document's text.
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../pipeline/readers/text.js';

describe('text of a JSON export', () => {
  it.each([
    ['heading keys over [y, line…] arrays', '{"CHÍNH PHỦ ": [908, "47/2017/NĐ-CP ", "Hà ", "Nội, ngày 25 tháng 12 năm 2017"], "Topic": {"Name": "NGHỊ ĐỊNH ", "Description": [null]}}', 'CHÍNH PHỦ\n47/2017/NĐ-CP\nHà\nNội, ngày 25 tháng 12 năm 2017\nNGHỊ ĐỊNH'],
    ['field names left out, text keys kept', '{"Number": "Số: 28/2021/NĐ-CP", "page_1": ["Căn cứ Luật"], "Kính gửi": true}', 'Số: 28/2021/NĐ-CP\nCăn cứ Luật\nKính gửi'],
    ['an array of pages', '[["dòng 1", "dòng 2"], ["dòng 3"]]', 'dòng 1\ndòng 2\ndòng 3'],
    ['blank strings dropped', '{"a": ["  ", "", "x"]}', 'x'],
  ])('%s', (_name, input, expected) => {
    expect(jsonText(input)).toBe(expected);
  });

  it.each([
    ['plain text', 'ỦY BAN NHÂN DÂN TỈNH'],
    ['a bracket that opens a line of text', '[Dự thảo] Kế hoạch'],
    ['a broken JSON file', '{"a": ["x"'],
    ['a bare string', '"x"'],
  ])('%s is not JSON: null', (_name, input) => {
    expect(jsonText(input)).toBeNull();
  });

  it('reads a file nested 100,000 levels deep without exhausting the stack', () => {
    const deep = `${'['.repeat(100_000)}"lõi"${']'.repeat(100_000)}`;
    expect(jsonText(deep)).toBe('lõi');
  });
});
