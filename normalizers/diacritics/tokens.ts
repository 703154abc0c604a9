// Splitting a line into the pieces the model and the decoder see: words (candidate syllables, or
// OCR-damaged ones such as "d6ng", "THl/C", "u'"), numbers, codes, and punctuation between them.
// Training and decoding use the same splitter so the model's contexts match what decoding sees.
import { canonicalToneForm, isValidSyllable } from '../syllables.js';
import { NUM, PUNCT, UNK } from './lm.js';

export interface Piece {
  start: number;
  end: number;
  text: string;
  /** Punctuation that marks a phrase boundary stands right before this piece. */
  afterPunct: boolean;
  /** A slash joins this word to the one before ("phường/xã"): alternatives of one kind. */
  afterSlash?: boolean;
}

const PIECE_RE = /[A-Za-zÀ-ỹĐđ0-9§]+(?:['’/][A-Za-zÀ-ỹĐđ0-9§]+|\/(?![A-Za-z0-9]))*/g;
/** Phrase punctuation, and table cell separators (tab, |): a cell's words do not run on into the next cell's. */
const BOUNDARY_RE = /[.,;:!?()"“”…\[\]\t|]/;
const NUMBER_RE = /^[0-9]+(?:[/.,][0-9]+)*$/;
const LETTERS_RE = /^[A-Za-zÀ-ỹĐđ]+$/;

/**
 * A slash joins codes ("KH/UBND", "12/2024", "294/TTr") and OCR debris ("THl/C" for THỰC), but
 * also words a plan lists as alternatives ("phường/xã", "thôn/khu phố", "lần/năm", "Dân
 * số/SKSS"): those are words like any other. A piece is split when none of its parts has a digit
 * (but between letters, below) and one of them is a word: two letters or more, lower case after an optional capital.
 */
const SLASHED_WORD = /^\p{Lu}?\p{Ll}{1,}$/u;
const isSlashedWord = (part: string): boolean => part.length >= 2 && SLASHED_WORD.test(part);
/**
 * A figure between a word's letters is an OCR engine's marked vowel ("d6ng/suAt/ndm" = đồng/suất/năm), not a
 * code's number: codes and dates put their figures at a part's end or alone ("12/2024", "A1/B2", "mp3/mp4").
 */
const MISREAD_SLASHED_WORD = /^\p{L}+[0-9]\p{L}+$/u;

/** [offset, text] of the parts of a slashed piece to give the model, or null to keep it whole. */
function slashedParts(text: string): Array<[number, string]> | null {
  if (!text.includes('/')) return null;
  const parts = text.split('/');
  if (parts.some((part) => /[0-9]/.test(part) && !MISREAD_SLASHED_WORD.test(part))) return null;
  if (!parts.some(isSlashedWord)) return null;
  const out: Array<[number, string]> = [];
  let at = 0;
  for (const part of parts) {
    if (part) out.push([at, part]);
    at += part.length + 1;
  }
  return out;
}

export function splitPieces(line: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of line.matchAll(PIECE_RE)) {
    const start = m.index!;
    const afterPunct = BOUNDARY_RE.test(line.slice(last, start));
    const parts = slashedParts(m[0]);
    if (parts) {
      parts.forEach(([offset, text], i) =>
        pieces.push({ start: start + offset, end: start + offset + text.length, text, afterPunct: i === 0 && afterPunct, ...(i > 0 ? { afterSlash: true } : {}) }),
      );
    }
    else pieces.push({ start, end: start + m[0].length, text: m[0], afterPunct });
    last = start + m[0].length;
  }
  return pieces;
}

/**
 * The texts of splitPieces(line), without their places: the line-state scan of every document
 * needs no more, and one native match builds no Piece objects.
 */
export function pieceTexts(line: string): string[] {
  const texts = line.match(PIECE_RE) ?? [];
  if (!line.includes('/')) return texts;
  return texts.flatMap((text) => slashedParts(text)?.map(([, part]) => part) ?? [text]);
}

/** Two to eight letters, all upper case: the way abbreviations of bodies are written. */
export const isAbbreviation = (text: string): boolean =>
  text.length >= 2 && text.length <= 8 && text === text.toUpperCase() && isLetters(text);

export const isNumber = (text: string): boolean => NUMBER_RE.test(text);
export const isLetters = (text: string): boolean => LETTERS_RE.test(text);

/**
 * The model's token for a piece of correctly marked text: the syllable, <n>, or <unk>. Building
 * the model asks for the same words millions of times: the caller may keep a cache across calls.
 */
export function trainingToken(text: string, tokenCache: Map<string, string | number> = new Map()): string | number {
  let token = tokenCache.get(text);
  if (token === undefined) {
    if (isNumber(text)) token = NUM;
    else if (!isLetters(text)) token = UNK;
    else {
      const lower = canonicalToneForm(text.toLowerCase());
      // Upper-case abbreviations (UBND, HĐND) are strong context: "UBND phường", "HĐND quận".
      token = isValidSyllable(lower) ? lower : isAbbreviation(text) ? text : UNK;
    }
    if (tokenCache.size < 500_000) tokenCache.set(text, token);
  }
  return token;
}

/** A line of marked text as model tokens, <p> standing for phrase punctuation. */
export function trainingTokens(line: string, tokenCache: Map<string, string | number> = new Map()): Array<string | number> {
  const out: Array<string | number> = [];
  for (const piece of splitPieces(line.normalize('NFC'))) {
    if (piece.afterPunct && out.length) out.push(PUNCT);
    out.push(trainingToken(piece.text, tokenCache));
  }
  return out;
}

/** E-mail and web addresses, sites' names and file names of a line, as [start, end) spans, in line order. */
export function linkSpans(line: string): Array<[number, number]> {
  const spans = mayHoldLink(line) ? [...line.matchAll(LINK)].map((m): [number, number] => [m.index!, m.index! + m[0].length]) : [];
  if (!SITE_HINT.test(line)) return spans;
  const sites = [...line.matchAll(SITE)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  return [...spans, ...sites.filter(([a, b]) => !spans.some(([c, d]) => a < d && c < b))].sort((x, y) => x[0] - y[0]);
}

// A site's name without "www." ("chemicaldata.gov.vn", "dichvucong.gov.vn", "thuvienphapluat.vn"): the labels before its
// domain are the site's stripped words as registered, not syllables to mark ("gov.vn" read as Vietnamese gave "góp.vốn").
// Kept out of the words the restorer decodes and splits, not out of what judges a line (line-states.ts blanks LINK
// alone): there a garbled layer's site name still counts with its line, as the line states were weighed.
const DOMAINS = 'vn|com|org|net|edu|gov|int';
const SITE_HINT = new RegExp(`\\.(?:${DOMAINS})\\b`, 'i');
const SITE = new RegExp(String.raw`(?<![\p{L}\p{N}_.@/-])(?:[a-z0-9-]+\.)+(?:${DOMAINS})(?![\p{L}\p{N}])`, 'giu');

/** Whether `line` may hold a LINK: a cheap test before the regex. */
export function mayHoldLink(line: string): boolean {
  return line.includes('@') || line.includes('://') || line.includes('www.') || FILE_TYPE_HINT.test(line);
}

// A file's name ("KH-12-thuc-hien.docx") or a file type named alone ("bản pdf", "(docx)") is no
// word: the slug's stripped words are the file's name as saved, and "pdf" or "docx" read as
// Vietnamese gave "đủ", "đọc". A bare "doc" is left out: it is a stripped syllable (đọc, độc, dốc).
const FILE_TYPES = 'docx?|pdf|xlsx?|pptx?|odt|ods|rtf|txt|html?|jpe?g|png|tiff?|zip|rar';
const FILE_TYPE_HINT = new RegExp(`(?:\\.|\\b)(?:${FILE_TYPES})\\b`, 'i');
export const LINK = new RegExp(
  [
    // An address or a name is tried from its first letter only: a long run of letters is not tried
    // at each of them (linear in the line).
    String.raw`(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`(?:https?:\/\/|www\.)[^\s<>()"“”]+`,
    String.raw`(?<![\p{L}\p{N}_+.-])[\p{L}\p{N}_+-]+(?:\.[\p{L}\p{N}_+-]+)*\.(?:${FILE_TYPES})(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}.])(?:${FILE_TYPES.replace('docx?', 'docx')})(?![\p{L}\p{N}])`,
  ].join('|'),
  'giu',
);
