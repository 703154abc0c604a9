// The OCR noise channel for old scans with stripped diacritics: a token that is no Vietnamese
// syllable ("d6ng", "Thirc", "dugc", "ciia") gets the syllable keys reachable through the
// character confusions such scans show (the OCR-noise conditions of old scans), each with a cost in log10 units, to be
// weighed against the language model. Also finds the stray marks OCR makes of specks ("•> r").
import { foldVietnamese } from './fold.js';

export interface Confusion {
  /** What OCR wrote (folded, lower case). */
  read: string;
  /** The folded letters it stands for. */
  meant: string;
  cost: number;
}

// Costs: 0.5 for confusions that are near-certain (a digit or slash inside a word), 1 for the
// common letter confusions, 1.5 for rarer ones. Ordered longest first so "ir" wins over "i".
const CONFUSIONS: Confusion[] = [
  ['ir', 'u', 0.8], ["u'", 'u', 0.5], ['u/', 'u', 0.5], ['l/', 'u', 0.5], ['i/', 'u', 0.5], ['ii', 'u', 0.8],
  ['rn', 'm', 0.8], ['rf', 'd', 1], ['tf', 'd', 1.2], ['cl', 'd', 1.2], ['li', 'h', 1.5],
  ['6', 'o', 0.5], ['0', 'o', 0.5], ['§', 'e', 0.5], ['1', 'l', 1], ['5', 's', 1.2], ['8', 'a', 1.5],
  ['d', 'o', 1], ['d', 'a', 1], ['g', 'o', 1], ['j', 'i', 0.7], ['p', 'o', 1], ['b', 'o', 1], ['b', 'h', 1],
  ['a', 'o', 1], ['e', 'c', 1], ['e', 'o', 1.5], ['i', 'l', 1.2], ['l', 'i', 1.5], ['q', 'o', 1.5], ['f', 'd', 1.2],
  ['i', 'u', 1.5], ['m', 'n', 1.5], ['c', 'e', 1.5], ['o', 'a', 1.5], ['n', 'u', 1.5], ['u', 'n', 1.5],
  ['t', 'i', 1.5], ['h', 'b', 1.5], ['y', '', 1.5], ['r', '', 1.8], ['n', 'ri', 1.5], ['it', 'li', 1],
  ['q', 'a', 1.5], ["'", '', 0.5], ['’', '', 0.5], ['y', 'v', 1.2],
].map(([read, meant, cost]) => ({ read: read as string, meant: meant as string, cost: cost as number }));

/**
 * The confusions of engines without Vietnamese, on top of the above, for garbled text layers only
 * (stripped scans do not show them): ư read as "tr", "tt" or "w" ("thtrông" = thưởng, "cw" = cử),
 * "4" for a marked a ("s4u" = sâu), "fi" for a ("tfic" = tác), "l" for u ("cla" = của), "k" for a
 * final h ("dink" = định); and an i read as 1, x or z.
 */
export const GARBLED_CONFUSIONS: Confusion[] = [
  ...CONFUSIONS,
  ...[
    ['tr', 'u', 1], ['tt', 'u', 1.2], ['w', 'u', 0.8], ['4', 'a', 0.8], ['fi', 'a', 1.2], ['l', 'u', 1.2], ['k', 'h', 1],
    // Engines with Vietnamese that still miss the dot of an i: "ngươ1" = người, "txen" = tiến, "gzam" = giám.
    ['1', 'i', 0.8], ['x', 'i', 1.2], ['z', 'i', 1.2],
    // The horn of ơ read as a letter of its own ("truerng" = trường, "veri" = với, "cor" = cơ,
    // "duarng" = đường); ọ and ồ read as the digits they look like ("h9c" = học, "th8ng" = thông);
    // the hook of ủ read as a j ("CHiJ" = CHỦ).
    ['er', 'o', 1], ['or', 'o', 1.2], ['ar', 'o', 1.2], ['9', 'o', 1], ['8', 'o', 0.8], ['ij', 'u', 0.8],
    // An n read as the two thin strokes it is made of ("riinh" = ninh, "trorig" = trong, "tigay" = ngày).
    ['ri', 'n', 0.8], ['ti', 'n', 1.2],
    // An H read as the two strokes it stands on ("TIIANH" = THÀNH, "NIIÂN" = NHÂN).
    ['ii', 'h', 1.6],
  ].map(([read, meant, cost]) => ({ read: read as string, meant: meant as string, cost: cost as number })),
];

/**
 * Engines without Vietnamese also drop a marked vowel they cannot read ("Dc" = Độc, "Hnh" = Hạnh,
 * "CHNH" = CHÍNH): a word left with no vowel gets one back, one or two letters, at this cost.
 */
const DROPPED_NUCLEI: ReadonlyArray<[string, number]> = [
  ['a', 1], ['o', 1], ['i', 1], ['u', 1], ['e', 1.2], ['y', 1.5], ['uo', 1.2], ['ie', 1.2], ['oa', 1.5], ['uy', 1.5], ['ua', 1.5], ['ai', 1.5],
];
const HAS_VOWEL = /[aeiouy]/;
/** Initial and final consonants of Vietnamese syllables (folded). */
const ONSETS = new Set(['', 'b', 'c', 'ch', 'd', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'q', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x']);
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** Longest vowelless word given a vowel back ("ngh" + "nh" = 6 letters at most). */
const MAX_VOWELLESS = 6;

export interface KeyCandidate {
  key: string;
  cost: number;
}

const MAX_COST = 3;

/**
 * Syllable keys within a few confusions of `token` (any case, any marks), cheapest first.
 * `isKey` says whether a folded string is a valid syllable key.
 */
export function ocrCandidates(
  token: string,
  isKey: (key: string) => boolean,
  limit = 6,
  confusions: readonly Confusion[] = CONFUSIONS,
  droppedVowels = false,
): KeyCandidate[] {
  const start = foldVietnamese(token.normalize('NFC'));
  if (start.length > 12) return [];
  const best = new Map<string, number>([[start, 0]]);
  let frontier: Array<[string, number]> = [[start, 0]];
  const maxEdits = start.length >= 5 ? 3 : 2;
  for (let edit = 0; edit < maxEdits && frontier.length; edit++) {
    const next: Array<[string, number]> = [];
    for (const [s, cost] of frontier) {
      for (const c of confusions) {
        if (cost + c.cost > MAX_COST) continue;
        let at = s.indexOf(c.read);
        while (at >= 0) {
          const t = s.slice(0, at) + c.meant + s.slice(at + c.read.length);
          const total = cost + c.cost;
          if (t && (best.get(t) ?? Infinity) > total) {
            best.set(t, total);
            next.push([t, total]);
          }
          at = s.indexOf(c.read, at + 1);
        }
      }
      if (droppedVowels && s.length <= MAX_VOWELLESS && !HAS_VOWEL.test(s)) {
        // The vowel goes between an onset and a coda: one or two places in a word, not every one.
        for (let at = 0; at <= s.length; at++) {
          if (!ONSETS.has(s.slice(0, at)) || !CODAS.has(s.slice(at))) continue;
          for (const [nucleus, nucleusCost] of DROPPED_NUCLEI) {
            if (cost + nucleusCost > MAX_COST) continue;
            const t = s.slice(0, at) + nucleus + s.slice(at);
            const total = cost + nucleusCost;
            if ((best.get(t) ?? Infinity) > total) {
              best.set(t, total);
              next.push([t, total]);
            }
          }
        }
      }
    }
    frontier = next;
  }
  const out: KeyCandidate[] = [];
  for (const [key, cost] of best) if (cost > 0 && isKey(key)) out.push({ key, cost });
  return out.sort((a, b) => a.cost - b.cost).slice(0, limit);
}

// --- stray marks -----------------------------------------------------------------------------------

const RARE_SYMBOL = /[•*^>£<~|§¤°]/;
const ORDINARY = /^[-–—.,;:!?()"“”'‘’…%/+=&]+$/;
const LONE_LETTER = /^[^A-Za-zÀ-ỹĐđ0-9]*[A-Za-z][^A-Za-zÀ-ỹĐđ0-9\s]*$/;
const LONE_CONSONANT = /[bcdfghjklmnpqrstvwxz]/i;

/**
 * Markdown emphasis around words ("**Lương Hồng Điệp**", "*Vì một quận*"): the opening run glued
 * to a word and the same run closing later glued to the end of one. Formatting, not debris.
 */
function opensEmphasis(line: string, chunk: { end: number; text: string }): boolean {
  if (!/^(?:\*{1,3}|_{1,3})$/.test(chunk.text)) return false;
  const close = line.indexOf(chunk.text, chunk.end);
  return close > chunk.end && /[^\s*_]/.test(line[close - 1]!) && line[close + chunk.text.length] !== chunk.text[0];
}

/**
 * A table row of a web copy or a markdown table ("| | Luật sửa đổi … | Ủy ban … |", "| TT | … | Hồ sơ | |"):
 * a line opening or closing with a pipe, two or more in it. Its pipes are its cells' borders, an empty
 * cell's too, never debris.
 */
function isTableRow(line: string): boolean {
  return /^\s*\||\|\s*$/.test(line) && line.indexOf('|') !== line.lastIndexOf('|');
}

/** A công văn's "V/v" label an engine read with a space in it ("V/ v thong bao …"): a label, not debris. */
const SPACED_SUBJECT_LABEL = /^\s*V\s*\/\s*v(?=[\s.:]|$)/i;

/**
 * Spans [start, end) of stray-mark runs in a line of stripped OCR text: runs of symbol debris and
 * lone letters ("*9 r * •> t r • /y r • a >", "f d"). Ordinary punctuation and list markers stay.
 */
export function findStrayMarks(line: string): Array<[number, number]> {
  // A symbol run glued to the next word ("•> aTang" → ">" + "Tang") is a chunk of its own.
  const chunks = [...line.matchAll(/[•*^>£<~|§¤°]+(?=[A-Za-zÀ-ỹĐđ])|\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
  const tableRow = isTableRow(line);
  const kind = (t: string): 'junk' | 'lone' | 'vowel' | null => {
    if (ORDINARY.test(t) || /^\(?[A-Za-z][).,;:]$/.test(t) || (tableRow && /^\|+$/.test(t))) return null;
    if (!/[A-Za-zÀ-ỹĐđ0-9]/.test(t)) return RARE_SYMBOL.test(t) ? 'junk' : null;
    if (/^[*•^>]+[0-9]$/.test(t)) return 'junk';
    if (LONE_LETTER.test(t)) {
      const letter = t.replace(/[^A-Za-z]/g, '');
      if (RARE_SYMBOL.test(t) || /[/^]/.test(t)) return 'junk';
      return LONE_CONSONANT.test(letter) ? 'lone' : 'vowel';
    }
    return null;
  };
  const runs: Array<[number, number]> = [];
  const label = SPACED_SUBJECT_LABEL.exec(line)?.[0].length ?? 0;
  let i = 0;
  while (i < chunks.length) {
    if (chunks[i]!.end <= label || !kind(chunks[i]!.text) || opensEmphasis(line, chunks[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let junk = 0;
    let lone = 0;
    let rareSymbols = 0;
    while (j < chunks.length) {
      const k = kind(chunks[j]!.text);
      if (!k) break;
      if (k === 'junk') junk++;
      if (k === 'lone') lone++;
      rareSymbols += (chunks[j]!.text.match(new RegExp(RARE_SYMBOL.source, 'g')) ?? []).length;
      j++;
    }
    // Trim vowels at the edges: "a" and "y" are words (à, ý) unless inside debris.
    let s = i;
    let e = j;
    while (s < e && kind(chunks[s]!.text) === 'vowel') s++;
    while (e > s && kind(chunks[e - 1]!.text) === 'vowel') e--;
    const n = e - s;
    const stray = (n >= 2 && (junk >= 1 || lone >= 2)) || (n === 1 && rareSymbols >= 2);
    if (stray) runs.push([chunks[s]!.start, chunks[e - 1]!.end]);
    i = j;
  }
  return runs;
}
