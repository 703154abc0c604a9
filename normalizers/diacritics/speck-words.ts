// A mark an engine read as a stop, a comma or a bracket inside a word: the dot below of ự, ọ read as "."
// ("tr.uc" = trực, "ho.p" = họp), a hook or a hat read as "," ("bu,ii" = buổi, "di,5m" = điểm,
// "g,i" = gọi). The splitter cuts such a word in two at the speck, and neither half is the word.
// In a garbled layer the two halves are joined again, the speck standing as an apostrophe (a
// stroke the channel drops, ocr-noise.ts), when the whole reads as a word and the halves do not
// both read as words on their own ("hién.cac" is two words with a speck between them).
import type { Piece } from './tokens.js';

/** The specks read inside a word: a stop, a comma, a semicolon or a colon (an accent read so: "l;i" = lý); a bracket or a parenthesis for a marked vowel or its mark ("D[ng" = Dũng, "ct)a" = của). */
const SPECK = /^[.,;:]$/;
const BRACKET = /^[[\]()]$/;
/** A stroke for a letter ("h|i" = hội, "g\\p" = gặp). */
const STROKE = /^[|\\]$/;
/**
 * The mark some engines write where they lost a letter they could not read, a marked vowel most often
 * ("Vi~t" = Việt, "c~p" = cấp, "v~" = về): kept in the joined word, for the channel to read a vowel in.
 */
const LOST_LETTER = '~';
/** Likewise "@" for a lost ê with its tone ("v@" = về, "Di@n" = Diễn): kept as written, read as an e. */
const LOST_E = '@';
const isLostMark = (ch: string | undefined) => ch === LOST_LETTER || ch === LOST_E;

/**
 * The pieces with each word cut at a speck made one again. `joinable(joined, left, right)` decides
 * for a candidate pair: `joined` is the two halves with an apostrophe for the speck (as long as the
 * span it covers, so the repair replaces the speck too).
 */
export function joinSpeckedPieces(
  line: string,
  pieces: Piece[],
  joinable: (joined: string, left: string, right: string) => boolean,
  /**
   * When the pair does not join: whether a word may be cut off the left piece's start so that its
   * rest joins ("hgpth\lc" = hợp thực: "hgp", then "th'lc"); the cut's second piece's start goes in `cuts`.
   * Never inside the `skip` spans (e-mail and web addresses: "thongtinchinhphu@chinhphu.vn").
   */
  gluedHead?: { word: (head: string) => boolean; cuts: Set<number>; skip?: Array<[number, number]> },
): Piece[] {
  let out: Piece[] | null = null;
  for (let k = 0; k < pieces.length; k++) {
    const left = out ? out[out.length - 1] : pieces[k - 1];
    const right = pieces[k]!;
    if (left && isSpeckedPair(line, left, right)) {
      const sign = isLostMark(line[left.end]) ? line[left.end] : "'";
      const joined = `${left.text}${sign}${right.text}`;
      if (joinable(joined, left.text, right.text)) {
        out ??= pieces.slice(0, k);
        out[out.length - 1] = { start: left.start, end: right.end, text: joined, afterPunct: left.afterPunct };
        continue;
      }
      const inLink = gluedHead?.skip?.some(([from, to]) => left.start >= from && left.start < to);
      const cut = gluedHead && !inLink ? headCut(left.text, (tail) => joinable(`${tail}${sign}${right.text}`, tail, right.text), gluedHead.word) : -1;
      if (cut > 0) {
        out ??= pieces.slice(0, k);
        const tail = left.text.slice(cut);
        out[out.length - 1] = { start: left.start, end: left.start + cut, text: left.text.slice(0, cut), afterPunct: left.afterPunct };
        out.push({ start: left.start + cut, end: right.end, text: `${tail}${sign}${right.text}`, afterPunct: false });
        gluedHead!.cuts.add(left.start + cut);
        continue;
      }
    }
    out?.push(right);
  }
  return out ?? pieces;
}

/** Shortest word cut off a left piece (two letters read as a word too easily: "th" of "thed.doi"), and shortest piece: that word and a tail of two. */
const MIN_GLUED_HEAD = 3;
const MIN_GLUED_HEAD_PIECE = MIN_GLUED_HEAD + 2;

/**
 * Where a piece of letters that runs into a specked word splits into a word (`word`) and a tail that
 * joins across the speck (`joins`), the longest tail first; -1 for none. A piece that is a word itself
 * is no run-together pair.
 */
function headCut(text: string, joins: (tail: string) => boolean, word: (head: string) => boolean): number {
  if (text.length < MIN_GLUED_HEAD_PIECE || !/^\p{L}+$/u.test(text) || word(text)) return -1;
  for (let cut = MIN_GLUED_HEAD; cut <= text.length - 2; cut++) {
    if (word(text.slice(0, cut)) && joins(text.slice(cut))) return cut;
  }
  return -1;
}

/**
 * Two pieces one speck apart, a small letter before it and a small letter or a digit after it:
 * not a number ("3,5"), a sentence run on ("năm.Theo"), a code ("TP.HCM"), a list of letters ("v.v").
 */
export function isSpeckedPair(line: string, left: Piece, right: Piece): boolean {
  if (right.start !== left.end + 1) return false;
  const speck = line[left.end]!;
  if (isLostMark(speck)) return /\p{L}$/u.test(left.text) && /^\p{L}/u.test(right.text);
  // A bracket between two letters of any case ("D[ng", "CHI]NG"): no bracket closes or opens there.
  // A bracket between two letters of any case ("D[ng", "CHI]NG") that pairs with no other bracket of
  // the line ("tên[ghi chú]" is an aside).
  if (BRACKET.test(speck)) {
    const paired =
      speck === '[' || speck === '('
        ? line.includes(speck === '[' ? ']' : ')', left.end)
        : line.lastIndexOf(speck === ']' ? '[' : '(', left.end) >= 0;
    return !paired && /\p{L}$/u.test(left.text) && /^\p{L}/u.test(right.text);
  }
  // A bar or a backslash between two letters, the only bar of the line (a table row has several).
  if (STROKE.test(speck)) return (speck === '\\' || line.indexOf('|') === line.lastIndexOf('|')) && /\p{L}$/u.test(left.text) && /^\p{Ll}/u.test(right.text);
  if (!SPECK.test(speck)) return false;
  if (!/\p{Ll}$/u.test(left.text) || !/^[\p{Ll}0-9]/u.test(right.text)) return false;
  // Apostrophes of the pieces themselves ("Chtro'ng") are the engine's too, but a piece that is a
  // code with a slash ("a.1/KH") is no word.
  if (/\//.test(left.text) || /\//.test(right.text)) return false;
  // "v.v", "a.a": one letter repeated is an abbreviation, no word.
  if (left.text.length === 1 && left.text === right.text) return false;
  return true;
}

/**
 * The pieces with a lost-letter mark written right after a word ("v~" = về, "ch~" = chế, "v@" = về,
 * "v@xaydvng" = về xây dựng, where the word after was not joined to it) taken into the word, where
 * `joinable(word)` says the word with the mark reads as one. Pieces inside `skip` spans (e-mail and
 * web addresses) are left; a run of marks is debris.
 */
export function withLostLetterEnds(line: string, pieces: Piece[], joinable: (word: string) => boolean, skip: Array<[number, number]> = []): Piece[] {
  let out: Piece[] | null = null;
  pieces.forEach((p, k) => {
    const mark = line[p.end];
    const extend =
      isLostMark(mark) &&
      !isLostMark(line[p.end + 1]) &&
      !skip.some(([from, to]) => p.end >= from && p.end < to) &&
      /^\p{L}+(?:[~@]\p{L}+)*$/u.test(p.text) &&
      joinable(`${p.text}${mark}`);
    if (extend) {
      out ??= pieces.slice(0, k);
      out.push({ ...p, end: p.end + 1, text: `${p.text}${mark}` });
    } else out?.push(p);
  });
  return out ?? pieces;
}

/**
 * Shortest piece after a mark that closes the word before it: two letters after a mark are as often the engine's
 * misread rest of one word, a coda and the next word's vowel ("hi@my" = hiểm y) or a glyph ("Di~ti" = Điều), as a
 * word of their own.
 */
const MIN_CLOSING_RIGHT = 3;
/** An onset's consonants, then a vowel: the opening of a syllable of its own. */
const ONSET_THEN_VOWEL = /^[bcdfghklmnpqrstvxzđ]+[aeiouy]/iu;

/**
 * Whether a lost-letter mark between two pieces ("V@tang") closed the word before it rather than standing
 * inside one: the piece after opens a syllable of its own (an onset, then a vowel: "tang"), and that
 * piece is a syllable as written while the piece before reads as a word with the mark ("V@" = Về). A
 * mark inside a word leaves after it a vowel ("hi~u" = hiệu) or a coda ("Vi~t", "nh~ng"), never an
 * onset and a vowel: no syllable goes on past its coda into another vowel.
 */
export function lostMarkClosesWord(
  joined: string,
  left: string,
  right: string,
  syllable: (text: string) => boolean,
  word: (text: string) => boolean,
): boolean {
  const mark = joined[left.length];
  if (!isLostMark(mark) || !/\p{L}$/u.test(left) || right.length < MIN_CLOSING_RIGHT || !ONSET_THEN_VOWEL.test(right)) return false;
  return syllable(right) && word(`${left}${mark}`);
}
