// The printed name crossed by the seal's ring or the signature's line, put back in the print-only
// crop: a letter's stroke the coloured ink cut is joined again where print stands on both sides
// of the ink within reach; the ring and the line away from the letters stay paper
// (heldout-fresh5-scans s09: "Lê Văn Thanh" read "1¿ văn Thanh" from the print alone).
import { describe, expect, it } from 'vitest';
import { printBridged } from '../../pipeline/ocr/signature-name.js';

const W = 40;
const H = 40;
/** A grey crop, paper, with the given boxes inked (x0, y0, x1, y1; ends excluded). */
function crop(boxes: Array<[number, number, number, number]>): Uint8Array {
  const out = new Uint8Array(W * H).fill(255);
  for (const [x0, y0, x1, y1] of boxes) for (let y = y0; y < y1; y++) out.fill(0, y * W + x0, y * W + x1);
  return out;
}
const at = (img: Uint8Array, x: number, y: number) => img[y * W + x]!;

describe('printBridged', () => {
  // A letter's stem (x 10-13, y 5-35) crossed by a band of coloured ink (y 18-22, across the crop).
  const stem: [number, number, number, number] = [10, 5, 13, 35];
  const band: [number, number, number, number] = [0, 18, W, 22];
  const redKept = crop([stem, band]);
  const printOnly = crop([[10, 5, 13, 18], [10, 22, 13, 35]]);

  it('joins the stem the band cut', () => {
    const out = printBridged(redKept, printOnly, W, H, 6);
    for (let y = 18; y < 22; y++) expect(at(out, 11, y)).toBe(0);
  });

  it('leaves the band paper away from the print', () => {
    const out = printBridged(redKept, printOnly, W, H, 6);
    expect(at(out, 30, 20)).toBe(255);
    expect(at(out, 2, 20)).toBe(255);
  });

  it('does not bridge a band wider than the reach', () => {
    const wide = crop([stem, [0, 12, W, 28]]);
    const cut = crop([[10, 5, 13, 12], [10, 28, 13, 35]]);
    expect(at(printBridged(wide, cut, W, H, 6), 11, 20)).toBe(255);
  });

  it('joins a diagonal stroke cut by the band', () => {
    // A stroke going down-right one pixel a row, cut at rows 18-21.
    const diag = (from: number, to: number) => Array.from({ length: to - from }, (_, k): [number, number, number, number] => [from + k, from + k, from + k + 2, from + k + 1]);
    const out = printBridged(crop([...diag(8, 32), band]), crop([...diag(8, 18), ...diag(22, 32)]), W, H, 6);
    expect(at(out, 20, 20)).toBe(0);
  });
});
