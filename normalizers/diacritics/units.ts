// Administrative units in stripped text. Vietnamese names a unit by its type word before its
// proper name ("phường Phúc Xá", "quận Long Biên", "thị xã Chí Linh"), lists units by their type
// words ("các xã, phường, thị trấn") and capitalises the type word when it stands for the issuing
// unit itself ("của Quận", "UBND Phường"). In those places the stripped word is the unit, even
// where running text would read phương, quan, xa or thì; the decoder gets a bias, not an order,
// so strong contexts ("cơ quan Nhà nước", "địa phương,") still win.
import { foldVietnamese } from '../fold.js';

/** Unit type words by stripped key. */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  phuong: 'phường',
  quan: 'quận',
  huyen: 'huyện',
  xa: 'xã',
  tinh: 'tỉnh',
};

/** Second words of two-word unit types (thị xã, thị trấn), after "thi". */
const AFTER_THI: Readonly<Record<string, string>> = { xa: 'xã', tran: 'trấn' };

/** Words that quantify a following list of units ("các phường", "từng xã", "mỗi huyện"). */
const QUANTIFIERS = new Set(['cac', 'tung', 'moi', 'nhung', 'ca']);

export interface UnitToken {
  text: string;
  /** Phrase punctuation stands right before this token. */
  afterPunct: boolean;
}

/** Token index → the unit form it should lean to. */
export function unitReadings(tokens: UnitToken[]): Map<number, string> {
  const out = new Map<number, string>();
  const keys = tokens.map((t) => foldVietnamese(t.text));
  const sameLine = tokens.every((t) => t.text === t.text.toUpperCase());
  const phraseStart = (i: number) => i === 0 || tokens[i]!.afterPunct;
  const phraseEnd = (i: number) => i === tokens.length - 1 || tokens[i + 1]!.afterPunct;
  const unitKeyAt = (i: number): boolean =>
    i < tokens.length && (UNIT_WORDS[keys[i]!] !== undefined || (keys[i] === 'thi' && AFTER_THI[keys[i + 1] ?? ''] !== undefined));
  for (let i = 0; i < tokens.length; i++) {
    const key = keys[i]!;
    if (key === 'thi' && !phraseEnd(i) && AFTER_THI[keys[i + 1]!]) {
      out.set(i, 'thị');
      out.set(i + 1, AFTER_THI[keys[i + 1]!]!);
      i++;
      continue;
    }
    const unit = UNIT_WORDS[key];
    if (!unit) continue;
    const text = tokens[i]!.text;
    const upper = text.length > 1 && text === text.toUpperCase();
    const capitalised = !upper && text[0] !== text[0]!.toLowerCase();
    const next = phraseEnd(i) ? null : tokens[i + 1]!.text;
    const prev = phraseStart(i) ? null : tokens[i - 1]!.text;
    const prevIsName = prev !== null && isTitleCase(prev);
    // Before a proper name: the unit's name follows it (upper case only in upper-case headings).
    const beforeName = next !== null && !prevIsName && (upper ? sameLine && /^\p{Lu}/u.test(next) : isTitleCase(next));
    // Capitalised inside a phrase, not within a name: the unit that issues the plan ("của Quận").
    const ownUnit = capitalised && prev !== null && !prevIsName;
    // In a list of units: after a quantifier or another unit, before the phrase's end or another unit.
    const listed =
      (prev !== null && QUANTIFIERS.has(keys[i - 1]!)) || (i > 0 && tokens[i]!.afterPunct && unitKeyAt(i - 1) && out.has(i - 1));
    const listEnds = phraseEnd(i) || unitKeyAt(i + 1) || (['va', 'hoac'].includes(keys[i + 1] ?? '') && unitKeyAt(i + 2));
    if (beforeName || ownUnit || (listed && listEnds)) out.set(i, unit);
  }
  return out;
}

function isTitleCase(text: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text);
}
