// Words our own OCR read with the right letters and the wrong marks: tesseract's Vietnamese model
// drops the tone over a hat ("Tô chức", "quyên địa phương", "sô"), takes one tone for another
// ("bồ sung", "phú", "chỉ tiết") or a hat for an accent ("Ngán sách"). Such a line is marked, so
// the restorer leaves it as it is. Here every word is weighed against the other syllables of the
// same letters, in its context of two words on either side (the syllable trigram model), and
// replaced only when the model finds the other reading at least MARK_MARGIN log10 units likelier:
// on the 24 transcribed real pages of test/real/scans (tesseract's own reading of our prepared
// pages) 178 words were put right and 2 right ones changed at a margin of 3; at 2, 214 and 8.
// Two misread words side by side ("thâm quyên", "Giảm đóc") are weighed as a pair when neither wins
// alone, at a margin of 5, and only when both change. With the context across wrapped lines: on the
// 56 transcribed real pages of the scan sets, 1225 → 1205 (wrapped lines) → 1173 (pairs) word errors
// of the normalised text, ~0.1 s a page.
// A tone lost over a hat, the channel's commonest slip, is credited (ocr-channel.ts).
// Never changed: a different placement of the same tone ("UỶ"/"ỦY", the document's own style),
// one-letter words, numbers, words of mixed case, and replacements of another length (word boxes
// and spans keep their offsets).
import type { TextChange } from '../../output/schema.js';
import { foldVietnamese } from '../fold.js';
import { canonicalToneForm, syllableInventory } from '../syllables.js';
import { BOS, EOS, NUM, type SyllableLM } from './lm.js';
import { channelCredit } from './ocr-channel.js';
import { NAME_OPENING_SURNAMES } from './names.js';
import { caseOf, inCase } from './word-case.js';

/** log10 units the other reading must win by: 1000 times likelier in its context. */
export const MARK_MARGIN = 3;

/** log10 units a pair of words read again together must win by: two changes at once ask for more. */
export const PAIR_MARGIN = 5;

const TOKEN = /[\p{L}\p{M}]+|\p{N}+(?:[.,/]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]+/gu;
const WORD = /^[\p{L}\p{M}]+$/u;
const NUMBER = /^\p{N}/u;
/** Punctuation inside a line that does not end a phrase: a hyphenated pair or a slash keeps its context. */
const JOINING = /^[-/]$/;

interface Token {
  text: string;
  start: number;
  /** Model id: a syllable's, NUM for a number; -1 for punctuation, which ends the context. */
  id: number;
}


function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.id !== -1 && WORD.test(token.text) && caseOf(token.text) !== 'lower';
}

/** Word i belongs to a run of capitalised words, at most four, that opens with a family name. */
function inPersonalName(words: readonly Token[], i: number): boolean {
  for (let k = i; k >= 0 && i - k < 4 && isNameWord(words[k]); k--) {
    const family = NAME_OPENING_SURNAMES.has(words[k]!.text.toLowerCase());
    // A family name must be followed by another capitalised word ("Tô chức" is no name).
    if (family && isNameWord(words[k + 1])) return true;
  }
  return false;
}

/**
 * A line ending on `last` runs on into one opening with `first`: a word, not in capitals, then a
 * word in small letters. Lines in capitals (a header's cells, a heading) stand alone.
 */
function wrapped(last: string, first: string): boolean {
  return WORD.test(last) && WORD.test(first) && caseOf(last) !== 'upper' && caseOf(first) === 'lower';
}

/**
 * The text with its misread marks put right, and each change (kind 'ocr', spans in the text
 * returned). `text` is NFC (the normaliser's output): every Vietnamese letter is one code unit.
 */
export function correctOcrMarks(
  lm: SyllableLM,
  text: string,
  inventory = syllableInventory(),
  /** Whether the word at this offset may change (another engine's layer: its marked lines only, slipped-marks.ts). */
  editable: (offset: number) => boolean = () => true,
): { text: string; changes: TextChange[] } {
  const changes: TextChange[] = [];
  // The words of the whole text in one run, so that a word at a line's end or start is weighed
  // with the words across the break: OCR breaks a paragraph at every printed line, and a line
  // that ends on a word continues on the next ("của Giảm | đốc", "Hội | động nhân dân"). Any
  // other break (punctuation, capitals, an empty line) ends the context as before.
  const tokens: Token[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const before = tokens.length;
    for (const m of line.matchAll(TOKEN)) {
      const t = m[0];
      const id = WORD.test(t) ? lm.id(t.toLowerCase()) : NUMBER.test(t) ? NUM : JOINING.test(t) ? -2 : -1;
      tokens.push({ text: t, start: offset + m.index!, id });
    }
    const last = tokens[before - 1];
    const first = tokens[before];
    if (before > 0 && !(last && first && wrapped(last.text, first.text))) tokens.splice(before, 0, { text: '\n', start: offset - 1, id: -1 });
    offset += line.length + 1;
  }
  // A joining mark is skipped, a phrase mark ends the context.
  const words = tokens.filter((t) => t.id !== -2);
  const left = (i: number) => (i >= 0 && words[i]!.id >= 0 ? words[i]!.id : BOS);
  const right = (i: number) => (i < words.length && words[i]!.id >= 0 ? words[i]!.id : EOS);
  // The text rebuilt from its pieces as words are replaced (one pass: a long text stays linear);
  // a replacement is as long as the word, so every offset stays where it was.
  const pieces: string[] = [];
  let copied = 0;
  /** Word i as a candidate: its case, and the other syllables of its letters (other tones), or null. */
  const candidate = (i: number) => {
    const word = words[i];
    if (!word || word.id < 0 || word.id === NUM || [...word.text].length < 2 || !editable(word.start)) return null;
    const kind = caseOf(word.text);
    if (kind === 'mixed') return null;
    // A person's name ("Nguyễn Thị Hạnh", "Võ Phiên"): its marks are its own, whatever the model prefers.
    if (kind !== 'lower' && inPersonalName(words, i)) return null;
    const lower = word.text.toLowerCase();
    const own = canonicalToneForm(lower);
    const forms = (inventory.get(foldVietnamese(lower)) ?? []).filter((form) => form.length === lower.length && canonicalToneForm(form) !== own);
    return forms.length ? { word, kind, forms } : null;
  };
  const replace = (i: number, form: string, kind: 'lower' | 'capital' | 'upper', gain: number) => {
    const word = words[i]!;
    const replacement = inCase(form, kind);
    // The words after it are read in the context of the corrected one.
    words[i] = { ...word, id: lm.id(form) };
    pieces.push(text.slice(copied, word.start), replacement);
    copied = word.start + word.text.length;
    changes.push({
      span: { start: word.start, end: word.start + replacement.length },
      original: word.text,
      replacement,
      kind: 'ocr',
      confidence: Math.min(1, gain / 10),
    });
  };
  for (let i = 0; i < words.length; i++) {
    const here = candidate(i);
    if (!here) continue;
    const l1 = left(i - 1);
    const l2 = l1 === BOS ? BOS : left(i - 2);
    const r1 = right(i + 1);
    const r2 = r1 === EOS ? -1 : right(i + 2);
    const score = (x: number) => lm.logProb(l2, l1, x) + lm.logProb(l1, x, r1) + (r2 >= 0 ? lm.logProb(x, r1, r2) : 0);
    const read = score(here.word.id);
    let best: string | null = null;
    let bestScore = read;
    const own = here.word.text.toLowerCase();
    for (const form of here.forms) {
      // The channel's own confusions (a tone lost over a hat) need less of the model's lead.
      const s = score(lm.id(form)) + channelCredit(own, form);
      if (s > bestScore) [best, bestScore] = [form, s];
    }
    const wins = best !== null && bestScore - read >= MARK_MARGIN;
    // A change the model alone wins is made; one won only with the channel's credit waits for
    // the pair reading with its neighbour ("thâm quyên": "thẫm" wins alone beside the misread
    // "quyên", "thẩm quyền" wins together), and is made when no pair is.
    const credited = wins && score(lm.id(best!)) - read < MARK_MARGIN;
    if (wins && !credited) {
      replace(i, best!, here.kind, bestScore - read);
      continue;
    }
    const single = () => {
      if (credited) replace(i, best!, here.kind, bestScore - read);
    };
    // Two misread words side by side ("thâm quyên", "Giảm đóc"): neither wins alone, each being
    // weighed beside the other's wrong reading; the pair is weighed as one.
    const next = r1 === EOS ? null : candidate(i + 1);
    if (!next) {
      single();
      continue;
    }
    const r3 = r2 < 0 ? -1 : right(i + 3);
    const pairScore = (x: number, y: number) =>
      lm.logProb(l2, l1, x) + lm.logProb(l1, x, y) + (r2 >= 0 ? lm.logProb(x, y, r2) + (r3 >= 0 ? lm.logProb(y, r2, r3) : 0) : lm.logProb(x, y, EOS));
    const readPair = pairScore(here.word.id, next.word.id);
    // Each word's own reading is in the search: a pair is read again only when both change, the
    // likeliest pair keeping neither as read ("bồi đưỡng" is one wrong word, put right on its own).
    const ownX = here.word.text.toLowerCase();
    const ownY = next.word.text.toLowerCase();
    let pair: [string, string] | null = null;
    let pairBest = readPair;
    for (const x of [ownX, ...here.forms]) {
      const xi = lm.id(x);
      for (const y of [ownY, ...next.forms]) {
        const s = pairScore(xi, lm.id(y));
        if (s > pairBest) [pair, pairBest] = [[x, y], s];
      }
    }
    if (!pair || pair[0] === ownX || pair[1] === ownY || pairBest - readPair < PAIR_MARGIN) {
      single();
      continue;
    }
    replace(i, pair[0], here.kind, pairBest - readPair);
    replace(i + 1, pair[1], next.kind, pairBest - readPair);
    i++;
  }
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), changes };
}
