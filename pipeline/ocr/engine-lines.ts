// The engine's own lines ("block.paragraph.line"), grouped once for the stages that read a page line by line.
import type { OcrWord } from './types.js';

/** `words` grouped by their engine line, lines in the order their first word comes, words in given order. */
export function wordsByEngineLine<W extends OcrWord>(words: readonly W[]): W[][] {
  const lines = new Map<string, W[]>();
  for (const w of words) {
    const line = lines.get(w.line);
    if (line) line.push(w);
    else lines.set(w.line, [w]);
  }
  return [...lines.values()];
}
