// A scanned plan may list its tasks twice: as labelled items in its body ("1.2. Xây dựng ấn phẩm
// … Cơ quan chủ trì: … Thời gian thực hiện: …") and as the rows of an appendix task table
// ("Phụ lục: nhiệm vụ … ưu tiên thực hiện"). The table is the plan's task list; a body item that
// says the same work is that row said again, not another task. A body item is the same work when
// most of the words of the shorter of the two contents are in the other.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { TaskRow } from '../../output/schema.js';

/** Share of the shorter content's words the other must hold for the two to say the same work. */
const SAME_WORK = 0.6;
/** Contents of fewer distinct words than this say too little to be compared. */
const MIN_WORDS = 4;

const wordsOf = (content: string | null) => new Set(foldVietnamese((content ?? '').toLowerCase()).split(/[^a-z0-9]+/).filter((w) => w.length >= 2));

/** `items` without those whose content says the work of one of `rows` (linear in the words, through an index of the rows' words). */
export function withoutMirroredRows(items: readonly TaskRow[], rows: readonly TaskRow[]): TaskRow[] {
  const rowWords = rows.map((r) => wordsOf(r.content));
  const byWord = new Map<string, number[]>();
  rowWords.forEach((ws, i) => ws.forEach((w) => byWord.set(w, [...(byWord.get(w) ?? []), i])));
  return items.filter((item) => {
    const words = wordsOf(item.content);
    if (words.size < MIN_WORDS) return true;
    const shared = new Map<number, number>();
    for (const w of words) for (const i of byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, n] of shared) if (rowWords[i]!.size >= MIN_WORDS && n >= SAME_WORK * Math.min(words.size, rowWords[i]!.size)) return false;
    return true;
  });
}
