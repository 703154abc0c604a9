// The PDF reader's geometry without a PDF: operator lists and text items built by hand, where
// the right answer is known by construction.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { worthOcr } from '../../pipeline/readers/page-quality.js';
import { graphicsOf, mergeRules, type OperatorList } from '../../pipeline/readers/pdf-graphics.js';
import { itemWords } from '../../pipeline/readers/pdf.js';
import type { Rule } from '../../pipeline/ocr/types.js';

// An A4 page: PDF user space has y up; the viewport flips it (y down from the top).
const viewport = { width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] };
const M = 0;
const L = 1;
const Z = 3;

function ops(...steps: Array<[number, unknown[]?]>): OperatorList {
  return { fnArray: steps.map((s) => s[0]), argsArray: steps.map((s) => s[1] ?? []) };
}
const path = (paint: number, ...data: number[]): [number, unknown[]] => [OPS.constructPath, [paint, [new Float32Array(data)], null]];
const bar = (x: number, y: number, w: number, h: number) => path(OPS.fill, M, x, y, L, x + w, y, L, x + w, y + h, L, x, y + h, Z);
const round = (rules: Rule[]) => rules.map((r) => ({ ...r, at: Math.round(r.at), a: Math.round(r.a), b: Math.round(r.b) }));

describe('graphicsOf: rules and images from the operator list', () => {
  const cases: Array<[string, OperatorList, Rule[]]> = [
    ['a stroked line, y flipped to the top', ops(path(OPS.stroke, M, 100, 742, L, 300, 742)), [{ kind: 'h', at: 100, a: 100, b: 300 }]],
    [
      'a line drawn under a transform that save/restore undoes',
      ops([OPS.save], [OPS.transform, [1, 0, 0, 1, 50, -100]], path(OPS.stroke, M, 100, 742, L, 100, 642), [OPS.restore], path(OPS.stroke, M, 10, 10, L, 10, 60)),
      [
        { kind: 'v', at: 10, a: 782, b: 832 },
        { kind: 'v', at: 150, a: 200, b: 300 },
      ],
    ],
    ['a border drawn as a thin filled bar (word processors)', ops(bar(100, 700, 200, 0.5)), [{ kind: 'h', at: 142, a: 100, b: 300 }]],
    ['a filled cell background is not a rule', ops(bar(100, 600, 200, 40)), []],
    ['a clipping path paints nothing', ops(path(OPS.endPath, M, 0, 0, L, 595, 0, L, 595, 842, Z)), []],
    [
      'a stroked rectangle gives its four sides',
      ops(path(OPS.stroke, M, 100, 700, L, 300, 700, L, 300, 600, L, 100, 600, Z)),
      [
        { kind: 'h', at: 142, a: 100, b: 300 },
        { kind: 'h', at: 242, a: 100, b: 300 },
        { kind: 'v', at: 100, a: 142, b: 242 },
        { kind: 'v', at: 300, a: 142, b: 242 },
      ],
    ],
    [
      'a form XObject matrix applies inside the form only',
      ops([OPS.paintFormXObjectBegin, [[2, 0, 0, 2, 0, 0], null]], path(OPS.stroke, M, 10, 400, L, 60, 400), [OPS.paintFormXObjectEnd], path(OPS.stroke, M, 10, 400, L, 60, 400)),
      [
        { kind: 'h', at: 42, a: 20, b: 120 },
        { kind: 'h', at: 442, a: 10, b: 60 },
      ],
    ],
    ['a border drawn cell by cell is one rule', ops(bar(100, 700, 50, 0.5), bar(150, 700, 50, 0.5), bar(200, 700, 100, 0.5)), [{ kind: 'h', at: 142, a: 100, b: 300 }]],
    ['a slanted line and a dot are not rules', ops(path(OPS.stroke, M, 100, 100, L, 200, 150), bar(50, 50, 1, 1)), []],
  ];
  it.each(cases)('%s', (_, list, expected) => {
    const sorted = (r: Rule[]) => [...r].sort((p, q) => p.kind.localeCompare(q.kind) || p.at - q.at);
    expect(sorted(round(graphicsOf(list, viewport).rules))).toEqual(sorted(expected));
  });

  it('measures the share of the page that images cover', () => {
    const image = (w: number, h: number) => ops([OPS.save], [OPS.transform, [w, 0, 0, h, 0, 0]], [OPS.paintImageXObject, ['img', w, h]], [OPS.restore]);
    expect(graphicsOf(image(595, 842), viewport).imageShare).toBeCloseTo(1, 3);
    expect(graphicsOf(image(595 / 2, 842 / 2), viewport).imageShare).toBeCloseTo(0.25, 3);
    expect(graphicsOf(ops(path(OPS.stroke, M, 0, 0, L, 100, 0)), viewport).imageShare).toBe(0);
  });

  it('merges only pieces that touch', () => {
    const pieces: Rule[] = [
      { kind: 'h', at: 10, a: 0, b: 50 },
      { kind: 'h', at: 10.5, a: 50.5, b: 90 },
      { kind: 'h', at: 10, a: 120, b: 200 },
    ];
    expect(mergeRules(pieces).map((r) => [r.a, r.b])).toEqual([
      [0, 90],
      [120, 200],
    ]);
  });
});

describe('itemWords: text items to word boxes', () => {
  const item = (str: string, x: number, y: number, width: number, size = 12) => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });

  it('puts words at their place on the page, y down, split at spaces', () => {
    const words = itemWords([item('Kế hoạch', 100, 800, 48)], viewport.transform);
    expect(words.map((w) => w.text)).toEqual(['Kế', 'hoạch']);
    expect(words[0]!.x0).toBe(100);
    expect(words[1]!.x1).toBe(148);
    // Baseline 800 from the bottom is 42 from the top; the box spans it.
    expect(words[0]!.y0).toBeLessThan(42);
    expect(words[0]!.y1).toBeGreaterThan(42);
    expect(words[0]!.line).toBe(words[1]!.line);
  });

  it('joins a word that kerning split over two items, not words a space or a gap separates', () => {
    const words = itemWords(
      [item('Nhung – VP', 300, 700, 60), item(',', 358, 700, 4), item('Nội', 380, 700, 20), item('vụ ', 402, 700, 18), item('UBND', 414.5, 700, 30)],
      viewport.transform,
    );
    expect(words.map((w) => w.text)).toEqual(['Nhung', '–', 'VP,', 'Nội', 'vụ', 'UBND']);
  });

  it('leaves rotated text (a stamp, a margin note) out', () => {
    const rotated = { str: 'ĐÃ KÝ', transform: [0, 12, -12, 0, 50, 400], width: 40, height: 12 };
    expect(itemWords([rotated, item('Nội dung', 100, 500, 50)], viewport.transform).map((w) => w.text)).toEqual(['Nội', 'dung']);
  });
});

describe('worthOcr: which pages with a weak text layer are rendered and read by OCR', () => {
  const thin = { reason: 'thin', code: 'text-layer-thin' as const, thin: true };
  const none = { reason: 'none', code: 'text-layer-missing' as const, thin: false };
  const cases: Array<[string, Parameters<typeof worthOcr>[0], number | null, boolean]> = [
    ['a good text layer', null, null, false],
    ['no text layer at all', none, null, true],
    ['no text layer, no image either (outlined glyphs may be there)', none, 0, true],
    ['a few words over a full-page scan', thin, 1, true],
    ['a few words, drawing not looked at', thin, null, true],
    ['a few words and a small logo: the end of a signature block', thin, 0.03, false],
    ['a few words and nothing else', thin, 0, false],
  ];
  it.each(cases)('%s', (_, problem, share, expected) => expect(worthOcr(problem, share)).toBe(expected));
});
