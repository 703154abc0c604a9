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

type MessageArgs = Parameters<StageContext['message']>;

/**
 * What pages read at once have to say, said in page order once all are read. Said as each page
 * finished, the record's diagnostics would come in the order the OCR happened to finish, which
 * changes with the machine's load; the record must depend on the document alone.
 */
export class PageMessages {
  private readonly byPage = new Map<number, MessageArgs[]>();
  private fellBack = false;

  constructor(private readonly ctx: StageContext) {}

  /** A message about page `page`, kept until flush(). */
  say(page: number, ...args: MessageArgs): void {
    const kept = this.byPage.get(page);
    if (kept) kept.push(args);
    else this.byPage.set(page, [args]);
  }

  /** Page `page` read again: what `other` kept about it replaces what was kept from the first reading. */
  replace(page: number, other: PageMessages): void {
    this.byPage.delete(page);
    for (const args of other.byPage.get(page) ?? []) this.say(page, ...args);
    if (other.fellBack) this.fellBack = true;
  }

  /** The engine fallback, said once, before the pages' messages. */
  engineFellBack(): void {
    this.fellBack = true;
  }

  /** Every kept message, by page number, each page's in the order they were said. */
  flush(): void {
    if (this.fellBack) reportFallbackOnce(this.ctx);
    for (const page of [...this.byPage.keys()].sort((a, b) => a - b)) for (const args of this.byPage.get(page)!) this.ctx.message(...args);
    this.byPage.clear();
  }
}
