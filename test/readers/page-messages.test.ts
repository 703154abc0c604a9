// Pages OCR'd at once finish in an order the machine's load decides: their messages must still
// reach the record in page order, so the same document always gives the same diagnostics.
import { describe, expect, it } from 'vitest';
import { log } from '../../output/diagnostics.js';
import { DEFAULT_OPTIONS } from '../../output/options.js';
import { PipelineServices } from '../../output/services.js';
import { FileContext } from '../../pipeline/context.js';
import { PageMessages } from '../../pipeline/readers/page-report.js';

/** The diagnostics of one document whose pages finished in `finished` order (page, confidence). */
function diagnosticsFor(finished: ReadonlyArray<readonly [number, number]>, fellBackOn: number | null = null) {
  const ctx = new FileContext(new PipelineServices(DEFAULT_OPTIONS));
  const notes = new PageMessages(ctx);
  for (const [page, confidence] of finished) {
    if (page === fellBackOn) notes.engineFellBack();
    notes.say(page, log.ocrLowConfidence(confidence), { page });
    notes.say(page, log.ocrIllegible(`"p${page}"`), { page });
  }
  notes.flush();
  return ctx.diagnostics.map((d) => `${d.code} ${d.page ?? '-'} ${d.message}`);
}

describe('PageMessages', () => {
  const pages = [[1, 40], [2, 35], [3, 30]] as const;
  it.each([
    ['in page order', [0, 1, 2]],
    ['last page first', [2, 1, 0]],
    ['middle first', [1, 2, 0]],
  ])('gives the same diagnostics when the pages finish %s', (_name, order) => {
    expect(diagnosticsFor(order.map((i) => pages[i]!))).toEqual(diagnosticsFor(pages));
  });

  it('says each page\'s messages in page order, each page\'s in the order said', () => {
    const said = diagnosticsFor([pages[2], pages[0], pages[1]]);
    expect(said.map((d) => d.split(' ')[0] + ' ' + d.split(' ')[1])).toEqual([
      'OCR_LOW_CONFIDENCE 1', 'OCR_ILLEGIBLE 1', 'OCR_LOW_CONFIDENCE 2', 'OCR_ILLEGIBLE 2', 'OCR_LOW_CONFIDENCE 3', 'OCR_ILLEGIBLE 3',
    ]);
  });

  it('says the engine fallback once, first, whichever page found it', () => {
    const a = diagnosticsFor([pages[2], pages[0], pages[1]], 1);
    const b = diagnosticsFor([pages[2], pages[0], pages[1]], 3);
    expect(a).toEqual(b);
    expect(a.filter((d) => d.startsWith('OCR_ENGINE_FALLBACK'))).toHaveLength(1);
    expect(a[0]).toMatch(/^OCR_ENGINE_FALLBACK/);
  });
});
