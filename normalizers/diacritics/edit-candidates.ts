// Candidates by edit distance for a word of a garbled layer that no listed OCR confusion explains
// ("cutng" = cường, "troag" = trong, "giah" = gian, "vor" = với): the syllable keys within two
// letter edits of the word, each with a cost that grows with the edits, for the language model to
// weigh. Keys are found through their deletion neighbourhoods (a key and a word are within two edits
// when some deletions of each meet), so a word costs a few dozen map lookups whatever the size of
// the inventory: linear in the text.

/** Cost (log10) of one letter edit no listed confusion explains: a vowel read as another vowel. */
const VOWEL_SWAP = 1.2;
/** Any other substitution, an extra letter (a speck read as a letter) or a missing one. */
const OTHER_EDIT = 1.6;
/** Words longer than this are no syllable misread by a letter or two. */
const MAX_WORD = 9;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

export interface KeyCost {
  key: string;
  cost: number;
}

/** Every string left after deleting up to `depth` letters of `s` (s itself included). */
function deletions(s: string, depth: number, out: Set<string>): Set<string> {
  out.add(s);
  if (depth === 0 || s.length <= 1) return out;
  for (let i = 0; i < s.length; i++) {
    const shorter = s.slice(0, i) + s.slice(i + 1);
    if (!out.has(shorter)) deletions(shorter, depth - 1, out);
  }
  return out;
}

/** Weighted edit distance of two short folded words (substitutions, insertions, deletions). */
function editCost(a: string, b: string): number {
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let row = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j * OTHER_EDIT;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i * OTHER_EDIT;
    for (let j = 1; j <= n; j++) {
      const x = a[i - 1]!;
      const y = b[j - 1]!;
      const swap = x === y ? 0 : VOWELS.has(x) && VOWELS.has(y) ? VOWEL_SWAP : OTHER_EDIT;
      row[j] = Math.min(prev[j - 1]! + swap, prev[j]! + OTHER_EDIT, row[j - 1]! + OTHER_EDIT);
    }
    [prev, row] = [row, prev];
  }
  return prev[n]!;
}

/**
 * Syllable keys within two edits of folded words, cheapest first. Built once per restorer from
 * the keys worth proposing (`keys`: those with a reading the model has seen).
 */
export class EditCandidates {
  /** Deletion variant → the keys that reach it. */
  private readonly byDeletion = new Map<string, string[]>();

  /**
   * `weight`: how common a key's commonest reading is (log10). Many keys lie one edit from a short
   * word ("cht": chat, che, chi, chu, …): the ones cut by `limit` must be the rare ones, not those late
   * in the alphabet ("chu" for chủ).
   */
  constructor(
    keys: Iterable<string>,
    private readonly weight: (key: string) => number = () => 0,
  ) {
    for (const key of keys) {
      if (key.length > MAX_WORD) continue;
      for (const d of deletions(key, 2, new Set())) {
        const list = this.byDeletion.get(d);
        if (list) list.push(key);
        else this.byDeletion.set(d, [key]);
      }
    }
  }

  /** Keys within two edits of `word` (folded, lower case), at most `limit`, costing at most `maxCost`. */
  near(word: string, limit: number, maxCost: number): KeyCost[] {
    if (word.length < 2 || word.length > MAX_WORD || !/^[a-z]+$/.test(word)) return [];
    const found = new Map<string, number>();
    for (const d of deletions(word, 2, new Set())) {
      for (const key of this.byDeletion.get(d) ?? []) {
        // Two letters fewer is two syllables run together ("hộchiếu", "nếucó"), not a misread one.
        if (key === word || found.has(key) || Math.abs(key.length - word.length) > 1) continue;
        const cost = editCost(word, key);
        if (cost <= maxCost) found.set(key, cost);
      }
    }
    return [...found]
      .map(([key, cost]) => ({ key, cost, weight: this.weight(key) }))
      .sort((x, y) => x.cost - y.cost || y.weight - x.weight || (x.key < y.key ? -1 : 1))
      .slice(0, limit)
      .map(({ key, cost }) => ({ key, cost }));
  }
}
