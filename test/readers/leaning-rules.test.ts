// Table rules of a sheet fed askew: the text rows are deskewed level, but the verticals stay
// sheared off true (a Kodak bitonal scan's landscape table pages lean about half a degree), and a
// rule may come out of the scan in pieces. Synthetic pages where the rules are known by construction.
import { describe, expect, it } from 'vitest';
import { findRules, type GrayImage } from '../../pipeline/ocr/rules.js';
import { gridsFromRules } from '../../pipeline/ocr/layout.js';
import type { Rule } from '../../pipeline/ocr/types.js';

/** A white page with a dark vertical band `thick` px wide from y0 to y1, drifting `lean` px to the right over its length. */
function pageWithVertical(width: number, height: number, x: number, y0: number, y1: number, thick: number, lean: number): GrayImage {
  const data = Buffer.alloc(width * height, 255);
  for (let y = y0; y < y1; y++) {
    const left = Math.round(x + ((y - y0) * lean) / (y1 - y0));
    for (let k = 0; k < thick; k++) data[y * width + left + k] = 0;
  }
  return { data, width, height };
}

describe('a rule that leans is still a rule', () => {
  it.each([
    // A 3-px column rule 1500 px long at 300 dpi: upright, leaning 0.5° (13 px) and 0.8° (21 px).
    { name: 'upright', lean: 0 },
    { name: 'leaning 13 px over its length', lean: 13 },
    { name: 'leaning 21 px over its length', lean: 21 },
  ])('a thin vertical rule, $name, is found whole', ({ lean }) => {
    const rules = findRules(pageWithVertical(400, 1800, 100, 150, 1650, 3, lean), 300).filter((r) => r.kind === 'v');
    expect(rules).toHaveLength(1);
    expect(rules[0]!.b - rules[0]!.a).toBeGreaterThan(1400);
  });

  it('a filled box as wide as a lean is still no rule', () => {
    // 40 px wide and 1500 px tall: its ink over its length is 40 px, a bar, not a rule.
    expect(findRules(pageWithVertical(400, 1800, 100, 150, 1650, 40, 0), 300).filter((r) => r.kind === 'v')).toEqual([]);
  });
});

describe('a table whose rules came out in pieces', () => {
  // TT | Nội dung | Hành động | Chủ trì | Thời hạn, rows at 280, 820, 1520. The top rule is two
  // pieces a row apart that overlap end to end; the left columns' verticals meet only the left piece.
  const xs = [245, 405, 1380, 2235, 2585, 3330];
  const rules: Rule[] = [
    { kind: 'h', at: 277, a: 245, b: 614 },
    { kind: 'h', at: 278, a: 452, b: 3330 },
    { kind: 'h', at: 819, a: 245, b: 826 },
    { kind: 'h', at: 820, a: 447, b: 3330 },
    { kind: 'h', at: 1516, a: 245, b: 3330 },
    { kind: 'v', at: 245, a: 277, b: 513 },
    { kind: 'v', at: 248, a: 459, b: 807 },
    { kind: 'v', at: 243, a: 816, b: 1516 },
    { kind: 'v', at: 405, a: 277, b: 406 },
    { kind: 'v', at: 403, a: 417, b: 1516 },
    ...xs.slice(2).map((x) => ({ kind: 'v' as const, at: x, a: 277, b: 1516 })),
  ];

  it('is one table with every column', () => {
    const grids = gridsFromRules(rules);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.xs.map(Math.round)).toEqual([245, 404, 1380, 2235, 2585, 3330]);
  });

  it('two tables one above the other stay two', () => {
    const below = rules.map((r) => (r.kind === 'h' ? { ...r, at: r.at + 2000 } : { ...r, a: r.a + 2000, b: r.b + 2000 }));
    expect(gridsFromRules([...rules, ...below])).toHaveLength(2);
  });
});
