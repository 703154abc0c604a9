// What the page readers (PDF, images) say about their pages, worded once for both.
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';

/** The engine fallback is said once per document, however many pages were OCR'd. */
export function reportFallbackOnce(ctx: StageContext): void {
  if (ctx.diagnostics.some((d) => d.code === 'OCR_ENGINE_FALLBACK')) return;
  ctx.message(log.ocrEngineFallback());
}

/** "p1–3, p7" */
export function pageList(pages: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    parts.push(i === j ? `p${pages[i]}` : `p${pages[i]}–${pages[j]}`);
    i = j;
  }
  return parts.join(', ');
}
