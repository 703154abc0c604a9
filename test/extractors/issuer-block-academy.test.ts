// An academy under a ministry ("BỘ TƯ PHÁP / HỌC VIỆN TƯ PHÁP"): its own body, the ministry its parent.
import { describe, expect, it } from 'vitest';
import { bodiesOf, composeIssuer } from '../../extractors/issuer-block.js';

function block(lines: string[]) {
  const breaks: number[] = [];
  let at = 0;
  for (const l of lines) {
    breaks.push(at);
    at += l.length + 1;
  }
  const bodies = bodiesOf(lines.join(' '), breaks, []);
  return { bodies: bodies.map((b) => b.parsed.name), composed: composeIssuer(bodies.map((b) => b.parsed)) };
}

describe('issuer block: an academy of a ministry', () => {
  it.each([
    ['its name on one line', ['BỘ TƯ PHÁP', 'HỌC VIỆN TƯ PHÁP'], 'Học viện Tư pháp', 'Bộ Tư pháp'],
    ['its name broken over two lines', ['BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 'HỌC VIỆN CÔNG NGHỆ', 'BƯU CHÍNH VIỄN THÔNG'], 'Học viện Công nghệ bưu chính viễn thông', 'Bộ Thông tin và truyền thông'],
  ])('%s', (_name, lines, name, parent) => {
    const { composed } = block(lines);
    expect(composed?.issuer.name).toBe(name);
    expect(composed?.issuer.level).toBe('central');
    expect(composed?.parent?.name).toBe(parent);
  });

  it('"học viện" inside a line opens no body (a ministry named alone stays whole)', () => {
    expect(block(['HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH']).bodies).toHaveLength(1);
    expect(block(['BỘ KHOA HỌC VÀ CÔNG NGHỆ']).bodies).toEqual(['Bộ Khoa học và công nghệ']);
  });
});
