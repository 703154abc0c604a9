// Converters of PDFs to markdown write a page marker between pages ("## Trang 8", "<!-- pdf_page:
// 3 -->"), then the page's printed number: both are page furniture, and left in they cut a list
// item or a sentence that runs over the page break.
import { describe, expect, it } from 'vitest';
import { removeConverterPageMarkers } from '../../normalizers/converter-page-markers.js';
import { rejoinWrappedLines } from '../../normalizers/lines.js';

describe('removeConverterPageMarkers', () => {
  it.each([
    ['a markdown heading "Trang N" and the page number under it', 'làng\n\n## Trang 8\n\n8\nnghề gắn với', 'làng\n\n\nnghề gắn với'],
    ['"PDF page N" and an HTML comment for the same page', 'A\n\n## PDF page 3\n\n<!-- pdf_page: 3 -->\n\nB', 'A\n\n\n\nB'],
    ['a rule "--- Trang 2 ---"', 'một\n--- Trang 2 ---\nhai', 'một\nhai'],
    ['"# Page 12" with no number after it', 'x\n# Page 12\ny', 'x\ny'],
  ])('removes %s', (_what, text, expected) => {
    expect(removeConverterPageMarkers(text)).toBe(expected);
  });

  it.each([
    ['a heading without a page number', '## Trang chủ\nNội dung'],
    ['a bare "Trang 8" line (a footer or a cited page)', 'Xem\nTrang 8\ncủa tài liệu'],
    ['a numbered heading of the document', '## 2. Nhiệm vụ cụ thể\n2\nnội dung'],
    ['a sentence that names a page', 'Theo trang 8 của Phụ lục, ## Trang 8 không phải dòng riêng'],
  ])('keeps %s', (_what, text) => {
    expect(removeConverterPageMarkers(text)).toBe(text);
  });

  it('keeps a number under a marker that is another page\'s figure', () => {
    expect(removeConverterPageMarkers('a\n## Trang 2\n15\nb')).toBe('a\n15\nb');
  });

  it('lets a list item cut by the page break join again', () => {
    const text = '- Phối hợp thực hiện tuyên truyền về du lịch cộng đồng, làng\n\n## Trang 8\n\n8\nnghề gắn với xây dựng nếp sống văn hóa.\n- Thường xuyên xây dựng chuyên mục.';
    expect(rejoinWrappedLines(removeConverterPageMarkers(text))).toBe(
      '- Phối hợp thực hiện tuyên truyền về du lịch cộng đồng, làng nghề gắn với xây dựng nếp sống văn hóa.\n- Thường xuyên xây dựng chuyên mục.',
    );
  });

  it('reads a long text of markers whole', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `dòng ${i}\n## Trang ${i % 999}\n${i % 999}`).join('\n');
    expect(removeConverterPageMarkers(text).split('\n')).toHaveLength(5000);
  });
});
