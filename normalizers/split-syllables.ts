// Web copies whose letter-spaced spans lost their tracking write words split inside a syllable:
// "T hành phố Hồ Chí M inh", "ỦY B AN NHÂN D Â N", "KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín".
// Such a line has pieces no Vietnamese syllable is ("T", "CH", "tướ", "ng"). On such a line only,
// neighbouring pieces are joined back where together they spell one syllable: a group must be
// three pieces or more ("Ngu y ễn": each a syllable, together the name), or two that pairJoins allows,
// so two real words that happen to spell one ("hu ế") stay apart, and a line without a broken
// piece is never touched. Between groupings of as many words, the one whose words start on a
// consonant wins ("C H Í M I NH" is CHÍ MINH, not CHÍM INH). Capitals spaced letter by letter
// are letter-spacing.ts's; this joins what it leaves. A line laid out in columns is left as read:
// an OCR layer's columns hold by the letters' positions.
import { isValidSyllable } from './syllables.js';

/** Letters with single spaces between, two pieces or more. */
const RUN = /(?<![\p{L}\p{N}])\p{L}+(?: \p{L}+)+(?![\p{L}\p{N}])/gu;
/** A syllable has at most seven letters ("nghiêng"). */
const LONGEST_SYLLABLE = 7;
/** Pieces longer than this are words, never the broken end of one. */
const LONGEST_PIECE = 4;
const CONSONANT_START = /^[bcdđghklmnpqrstvx]/iu;

/** A piece that is no syllable alone: a consonant cluster, an onset, a vowel left without its coda. */
function broken(piece: string): boolean {
  return [...piece].length <= 3 && !isValidSyllable(piece.toLowerCase());
}

/** The pieces of one case: "T"+"hành" (a capital and small letters) or all capitals or all small. */
function sameCase(pieces: readonly string[]): boolean {
  const rest = pieces.slice(1).join('');
  return rest === rest.toLowerCase() || pieces.join('') === pieces.join('').toUpperCase();
}

/** How a line is broken: its broken pieces, and all its pieces in runs. */
interface LineBreakage {
  broken: number;
  pieces: number;
}

/**
 * Whether two pieces may be one syllable: both broken ("CH Í"), or one broken on a line that holds
 * other broken pieces ("T hành phố Hồ Chí M inh"). A whole piece of one letter is a word of its
 * own ("ở", "ô") beside a lone letter of prose, a label or an initial ("điểm b ở trên", "Nhóm B ở
 * xã …, nhóm C ở xã …"): joined only on a line broken throughout ("B ộ X â y d ự n g").
 */
function pairJoins(group: readonly string[], line: LineBreakage): boolean {
  if (group.every(broken)) return true;
  if (line.broken < 2) return false;
  if (group.every((p) => broken(p) || [...p].length > 1)) return true;
  return line.broken >= 3 && line.broken >= line.pieces * BROKEN_THROUGHOUT;
}
/** Share of a line's pieces broken when the line is broken throughout, not prose with a few lone letters. */
const BROKEN_THROUGHOUT = 0.25;

/** The run's pieces grouped into as few words as possible, each group a syllable or one piece as read. */
function joinRun(run: string, line: LineBreakage): string {
  const pieces = run.split(' ');
  if (!pieces.some(broken)) return run;
  const n = pieces.length;
  const best: Array<{ count: number; onsets: number; from: number } | null> = new Array(n + 1).fill(null);
  best[0] = { count: 0, onsets: 0, from: -1 };
  for (let end = 1; end <= n; end++) {
    let word = '';
    for (let start = end - 1; start >= 0; start--) {
      const piece = pieces[start]!;
      word = piece + word;
      const size = end - start;
      if (size > 1 && ([...word].length > LONGEST_SYLLABLE || [...piece].length > LONGEST_PIECE)) break;
      const before = best[start];
      if (!before) continue;
      const group = pieces.slice(start, end);
      if (size > 1 && !(isValidSyllable(word.toLowerCase()) && sameCase(group) && (size >= 3 || pairJoins(group, line)))) continue;
      const candidate = { count: before.count + 1, onsets: before.onsets + (CONSONANT_START.test(word) ? 1 : 0), from: start };
      const current = best[end];
      if (!current || candidate.count < current.count || (candidate.count === current.count && candidate.onsets > current.onsets)) best[end] = candidate;
    }
  }
  const words: string[] = [];
  for (let end = n; end > 0; end = best[end]!.from) words.push(pieces.slice(best[end]!.from, end).join(''));
  return words.reverse().join(' ');
}

/** The text with every syllable a line split into pieces written whole again. */
export function joinSplitSyllables(text: string): string {
  const lines = text.split('\n');
  const pieced = lines.filter((line) => !COLUMN_GAP.test(line) && hasBrokenRun(line)).length;
  // Pieces all through the text are an OCR layer's, for the OCR repairs (and a layer judged
  // garbled by them); a web copy splits only its letter-spaced spans: a few header lines.
  if (pieced > Math.max(MOST_PIECED_LINES, lines.length * MOST_PIECED_SHARE)) return text;
  return lines.map((line) => (COLUMN_GAP.test(line) ? line : joinLine(line))).join('\n');
}

function joinLine(line: string): string {
  const breakage: LineBreakage = { broken: 0, pieces: 0 };
  for (const m of line.matchAll(RUN)) {
    const pieces = m[0].split(' ');
    breakage.pieces += pieces.length;
    breakage.broken += pieces.filter(broken).length;
  }
  return line.replace(RUN, (run) => joinRun(run, breakage));
}

/** How many lines a web copy splits at most: its letter-spaced header, signature and recipients. */
const MOST_PIECED_LINES = 8;
const MOST_PIECED_SHARE = 0.03;

/** A line with a word in pieces: a lone letter, or small letters no syllable is ("tướ", "ng"); not an abbreviation ("CP", "TTg"). */
function hasBrokenRun(line: string): boolean {
  for (const m of line.matchAll(RUN)) if (m[0].split(' ').some((p) => broken(p) && ([...p].length === 1 || p === p.toLowerCase()))) return true;
  return false;
}

/**
 * A line laid out in columns (a gap of spaces or a tab between words): an OCR layer keeps its
 * columns by the position of letters, which joining would shift (the signature beside the
 * recipients, ocr-spaced-signer.ts). Left as read.
 */
const COLUMN_GAP = /\S(?: {2,}|\t)\S/;
