// Two syllables an engine ran together where the space between them was narrow, as in the motto
// and the heading of every document ("CONG HOAXA HOI CHU NGHiAVIET NAM", "VIETNAM"): in a garbled
// layer such a word, no syllable itself, is split into the two syllables it is made of, each then
// read as any other word, and written back with the space between them. Unmarked words only: a
// marked one run together ("nếucó") is the writer's, not the engine's.
import { foldVietnamese, hasVietnameseMarks } from '../fold.js';
import { DOT_BELOW_SPREAD, STROKE_DOT_RUN, unforeign } from './garbled.js';
import type { Piece } from './tokens.js';

/** Shortest run-together word worth splitting: two syllables of two letters at least and one more. */
const MIN_GLUED = 5;
/** Longest: two syllables of seven letters ("nghiêng" + "ngoài"). */
const MAX_GLUED = 14;

/**
 * Where a word of letters splits into two syllable keys (`isKey` of the folded halves, look-alikes
 * read as letters), or -1 when it does not or is a key itself. When it splits in several places the
 * `score` (higher better, of the two keys) decides.
 */
export function gluedSplit(text: string, isKey: (key: string) => boolean, score: (left: string, right: string) => number): number {
  if (text.length < MIN_GLUED || text.length > MAX_GLUED || !/^\p{L}+$/u.test(text)) return -1;
  // A marked word run together ("nếucó", "hộchiếu") is a writer's missing space, left as typed.
  if (hasVietnameseMarks(text)) return -1;
  const folded = foldVietnamese(unforeign(text));
  if (folded.length !== text.length || isKey(folded)) return -1;
  let best = -1;
  let bestScore = -Infinity;
  for (let at = 2; at <= folded.length - 2; at++) {
    const left = folded.slice(0, at);
    const right = folded.slice(at);
    if (!isKey(left) || !isKey(right)) continue;
    const s = score(left, right);
    if (s > bestScore) [best, bestScore] = [at, s];
  }
  return best;
}

/**
 * The pieces with each run-together word made two, where `splitAt` says (≤ 0: not run together);
 * `gluedBefore` holds the indexes, in the new pieces, of the second halves.
 */
export function splitGluedPieces(pieces: Piece[], splitAt: (piece: Piece) => number | number[]): { pieces: Piece[]; gluedBefore: Set<number> } {
  const out: Piece[] = [];
  const gluedBefore = new Set<number>();
  for (const piece of pieces) {
    const at = splitAt(piece);
    const cuts = (typeof at === 'number' ? [at] : at).filter((c) => c > 0 && c < piece.text.length);
    if (!cuts.length) {
      out.push(piece);
      continue;
    }
    let from = 0;
    for (const cut of [...cuts, piece.text.length]) {
      if (from > 0) gluedBefore.add(out.length);
      out.push({ start: piece.start + from, end: piece.start + cut, text: piece.text.slice(from, cut), afterPunct: from === 0 && piece.afterPunct });
      from = cut;
    }
  }
  return { pieces: out, gluedBefore };
}

/**
 * Where a word of two letters or more, one of them small at least, runs into a number of two digits
 * or more ("ndm2023" = năm 2023, "ngay15"; "dOạạạfi2016" = đoạn 2016, an engine's capital and ạ in
 * the word), or -1: a code's capitals and digits ("QH15", "A4", "CO2") and a digit glued to a word as
 * a note mark ("vu1") are not cut, nor a Title-case word of two letters ("Km12", "Tp15"). The caller cuts only
 * when the word reads as one.
 */
export function wordThenNumber(text: string): number {
  const m = /^(\p{L}{2,})[0-9]{2,}$/u.exec(text);
  if (!m) return -1;
  const word = m[1]!;
  // A capital after a small letter is the engine's ("dOạfi"). A capital opening a word of two letters
  // is the writer's abbreviation ("Km12", "Tp15": a road's kilometre, a city), not a word cut short.
  const small = /^\p{Ll}+$/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);
  const titled = /^\p{Lu}\p{Ll}{2,}$/u.test(word);
  return small || titled ? word.length : -1;
}

/**
 * Where a number of one or two digits runs into a small-letter word of three letters or more
 * ("6thdng", "16thdng": a day written by hand and read into the "tháng" after it), or -1. The caller
 * cuts only when the whole reads as no word ("6n" = ổn, "t6" = tổ are words with a misread vowel).
 */
export function numberThenWord(text: string): number {
  const m = /^([0-9]{1,2})\p{Ll}{3,}$/u.exec(text);
  return m ? m[1]!.length : -1;
}

/**
 * Where a word of a garbled layer changes case between two words run together, or -1: a small-letter
 * word before a capitalised one ("chinhNhd" = chính Nhà, "LdmDing" = Lâm Đồng; the capital a
 * consonant, since a capital vowel inside a word is a misread marked one: "viQc", "HQi"), or a code
 * of capitals before a small-letter word ("UBNDtinh" = UBND tỉnh). Brands and codes keep their
 * shape: the capitalised part must be one word ("ThuVienPhapLuat", "eKYC", "TTg" are not cut).
 */
export function caseSplit(text: string): number {
  const camel = CAMEL.exec(text);
  if (camel) return camel[1]!.length;
  const code = CODE_THEN_WORD.exec(text);
  return code ? code[1]!.length : -1;
}
/** A small-letter word (capitalised or not, two letters or more), then a capital consonant and two small letters or more. */
const CAMEL = /^(\p{L}\p{Ll}+)(?=[BCDĐGHKLMNPRSTVX]\p{Ll}{2,}$)/u;
/** Three capitals or more, then three small letters or more. */
const CODE_THEN_WORD = /^(\p{Lu}{3,})(?=\p{Ll}{3,}$)/u;

/** Dearest channel reading (log10) each half of a misread run-together word may take (misreadGluedSplit). */
const MISREAD_HALF_COST = 1.5;
/**
 * Dearest reading a two-letter half may take: only a near-certain one ("s6" = số, "vS" = về; a
 * two-letter half reads as some word too easily otherwise).
 */
const SHORT_HALF_COST = 0.5;
/** Shortest misread run-together word: two halves of three letters ("dQngtinh" has eight). */
const MIN_MISREAD_GLUED = 6;
/** Shortest such word with no engine marks in it (see misreadGluedSplit). */
const MIN_PLAIN_MISREAD_GLUED = 8;

/**
 * Where a word of a garbled layer that reads as no syllable splits into two that do, each half read
 * through the channel (`cost`: its cheapest reading, Infinity for none) at most MISREAD_HALF_COST
 * ("dQngtinh" = động tỉnh, "th6ngtin" = thông tin), or -1. The cheapest pair of halves wins (a tie
 * goes to the shorter first half: "s6trong" = số trong, not sốt rộng); halves are three letters or
 * more, or two read near-certainly ("dQngvS" = động về), digits and letters only, and the word shows
 * the engine's marks of a misread (a digit, a capital inside small letters).
 */
export function misreadGluedSplit(text: string, cost: (half: string) => number): number {
  return misreadGluedCuts(text, cost)[0] ?? -1;
}

/** Longest word read as three run together (three syllables of six letters). */
const MAX_GLUED_THREE = 18;

/**
 * Where a misread run-together word splits (misreadGluedSplit), as the offsets of its cuts: one cut
 * for two words; two cuts for three words run together ("dAylUicac" = đẩy lùi các) when no pair of
 * halves reads, each part read as a half is ("lUi" at most MISREAD_HALF_COST, "cac" as well). [] for none.
 */
export function misreadGluedCuts(text: string, cost: (half: string) => number): number[] {
  if (text.length < MIN_MISREAD_GLUED || text.length > MAX_GLUED_THREE || !/^[\p{L}0-9]+$/u.test(text) || !/\p{L}/u.test(text)) return [];
  const unspread = text.replaceAll(DOT_BELOW_SPREAD, '').replaceAll(STROKE_DOT_RUN, '');
  const engineMarks = /[0-9]|\p{Ll}\p{Lu}|\p{Lu}Q[A-PR-TV-Z]/u.test(text) || unspread !== text;
  if ((!engineMarks && text.length < MIN_PLAIN_MISREAD_GLUED) || hasVietnameseMarks(unspread)) return [];
  if (Number.isFinite(cost(text))) return [];
  const halfCost = (half: string) => (half.length < 3 ? SHORT_HALF_COST : MISREAD_HALF_COST);
  // A cut inside an ạ spread over three letters, or a part holding a number, reads no word.
  const spread = [...text.matchAll(new RegExp(`${DOT_BELOW_SPREAD}|${STROKE_DOT_RUN.source}`, 'g'))].map((m) => [m.index, m.index + m[0].length] as const);
  const inSpread = (at: number) => spread.some(([from, to]) => at > from && at < to);
  const partCost = (part: string) => {
    if (/[0-9]{2}/.test(part)) return Infinity;
    const c = cost(part);
    return c <= halfCost(part) ? c : Infinity;
  };
  let best: number[] = [];
  let bestCost = Infinity;
  if (text.length <= MAX_GLUED) {
    for (let at = 2; at <= text.length - 2; at++) {
      if (inSpread(at)) continue;
      const total = partCost(text.slice(0, at)) + partCost(text.slice(at));
      if (total <= 2 * MISREAD_HALF_COST && total < bestCost) [best, bestCost] = [[at], total];
    }
  }
  // Three words: tried only when no two read, the dearer question (the word's length squared).
  if (!best.length && text.length >= MIN_MISREAD_GLUED + 1) {
    for (let a = 2; a <= text.length - 4; a++) {
      if (inSpread(a)) continue;
      const first = partCost(text.slice(0, a));
      if (!Number.isFinite(first)) continue;
      for (let b = a + 2; b <= text.length - 2; b++) {
        if (inSpread(b)) continue;
        const total = first + partCost(text.slice(a, b)) + partCost(text.slice(b));
        if (total <= 3 * MISREAD_HALF_COST && total < bestCost) [best, bestCost] = [[a, b], total];
      }
    }
  }
  return best;
}

/** A word's cheapest reading at least this dear (log10) is a strained one: a misread word's readings cost 0-2. */
const STRAINED_WHOLE_COST = 3;
/** A misread word with a capital inside, then a capitalised word run into it ("dOcSa" = đốc Sở). */
const MISREAD_THEN_CAPITALISED = /^(\p{L}\p{Ll}*\p{Lu}\p{Ll}+)(?=\p{Lu}\p{Ll}+$)/u;

/**
 * Where a word of a garbled layer that shows the engine's capital inside its first part ("dOc") runs into a
 * capitalised word ("Sa"): "dOcSa" = đốc Sở. Cut before the second capital when each part reads cheaply
 * through the channel (at most MISREAD_HALF_COST, a two-letter part SHORT_HALF_COST) and the whole only
 * strains to read as one syllable ("đoàn" at 4.4); -1 for no cut. The small-letter heads of caseSplit
 * ("chinhNhd") carry no capital of their own; this is its case for a head the engine misread.
 */
export function misreadThenCapitalisedSplit(text: string, cost: (part: string) => number): number {
  const head = MISREAD_THEN_CAPITALISED.exec(text)?.[1];
  if (!head || hasVietnameseMarks(text)) return -1;
  const tail = text.slice(head.length);
  const cheap = (part: string) => cost(part) <= (part.length < 3 ? SHORT_HALF_COST : MISREAD_HALF_COST);
  return cheap(head) && cheap(tail) && cost(text) >= STRAINED_WHOLE_COST ? head.length : -1;
}
