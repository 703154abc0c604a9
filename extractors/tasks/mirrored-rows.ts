// A scanned plan may list its tasks twice: as labelled items in its body ("1.2. Xây dựng ấn phẩm
// … Cơ quan chủ trì: … Thời gian thực hiện: …") and as the rows of an appendix task table
// ("Phụ lục: nhiệm vụ … ưu tiên thực hiện"). The table is the plan's task list; a body item that
// says the same work is that row said again, not another task. A body item is the same work when
// most of the telling words of the shorter of the two contents are in the other. Words found in
// many of the table's rows ("các", "về", "thực hiện", the plan's own subject) tell no row apart:
// they are left out of the comparison, which also keeps each item's look at the rows short.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { TaskRow } from '../../output/schema.js';

/** Share of the shorter content's telling words the other must hold for the two to say the same work. */
const SAME_WORK = 0.6;
/** Contents of fewer telling words than this say too little to be compared. */
const MIN_WORDS = 3;
/** A word in more than this share of the rows (and more than two of them) tells none apart. */
const COMMON_SHARE = 0.25;
/** … and in more than this many rows, however many there are: each item looks at short lists only. */
const COMMON_ROWS = 20;

const wordsOf = (content: string | null) => new Set(foldVietnamese((content ?? '').toLowerCase()).split(/[^a-z0-9]+/).filter((w) => w.length >= 2));

/** `items` without those whose content says the work of one of `rows`; linear in the words (no word's list of rows is longer than COMMON_ROWS). */
export function withoutMirroredRows(items: readonly TaskRow[], rows: readonly TaskRow[]): TaskRow[] {
  const rowWords = rows.map((r) => wordsOf(r.content));
  const byWord = new Map<string, number[]>();
  rowWords.forEach((ws, i) => ws.forEach((w) => (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i)));
  const limit = Math.min(COMMON_ROWS, Math.max(2, Math.floor(COMMON_SHARE * rows.length)));
  const telling = (w: string) => (byWord.get(w)?.length ?? 0) <= limit;
  const tellingCount = rowWords.map((ws) => [...ws].filter(telling).length);
  return items.filter((item) => {
    const words = [...wordsOf(item.content)].filter(telling);
    if (words.length < MIN_WORDS) return true;
    const shared = new Map<number, number>();
    for (const w of words) for (const i of byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, n] of shared) if (tellingCount[i]! >= MIN_WORDS && n >= SAME_WORK * Math.min(words.length, tellingCount[i]!)) return false;
    return true;
  });
}
