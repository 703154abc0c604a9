// An academy under a ministry ("BỘ TƯ PHÁP / HỌC VIỆN TƯ PHÁP"): its own body, the ministry its parent.
import { describe, expect, it } from 'vitest';
import { issuerOfLines } from '../issuer-lines.js';

describe('issuer block: an academy of a ministry', () => {
  it.each([
    ['its name on one line', ['BỘ TƯ PHÁP', 'HỌC VIỆN TƯ PHÁP'], 'Học viện Tư pháp', 'Bộ Tư pháp'],
    ['its name broken over two lines', ['BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 'HỌC VIỆN CÔNG NGHỆ', 'BƯU CHÍNH VIỄN THÔNG'], 'Học viện Công nghệ bưu chính viễn thông', 'Bộ Thông tin và truyền thông'],
  ])('%s', (_name, lines, name, parent) => {
    const { composed } = issuerOfLines(lines);
    expect(composed?.issuer.name).toBe(name);
    expect(composed?.issuer.level).toBe('central');
    expect(composed?.parent?.name).toBe(parent);
  });

  it('"học viện" inside a line opens no body (a ministry named alone stays whole)', () => {
    expect(issuerOfLines(['HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH']).names).toHaveLength(1);
    expect(issuerOfLines(['BỘ KHOA HỌC VÀ CÔNG NGHỆ']).names).toEqual(['Bộ Khoa học và công nghệ']);
  });
});
