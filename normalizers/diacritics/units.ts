// Administrative units in stripped text. Vietnamese names a unit by its type word before its
// proper name ("phường Phúc Xá", "quận Long Biên", "thị xã Chí Linh"), lists units by their type
// words ("các xã, phường, thị trấn") and capitalises the type word when it stands for the issuing
// unit itself ("của Quận", "UBND Phường"). In those places the stripped word is the unit, even
// where running text would read phương, quan, xa or thì; the decoder gets a bias, not an order,
// so strong contexts ("cơ quan Nhà nước", "địa phương,") still win.
import { foldVietnamese } from '../fold.js';
import { syllableInventory } from '../syllables.js';

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

/**
 * Words for a body's divisions, read as such before the division's name ("Ban Tuyên giáo",
 * "Phòng Nội vụ", "Sở Nội vụ"; a board also before its abbreviation, "Ban TĐKT", while "số KH"
 * stays a number) where running text would read bán, phong or sợ.
 */
export const ORGAN_WORDS: Readonly<Record<string, string>> = { ban: 'ban', phong: 'phòng', so: 'sở' };

// Maps of the records above: looked up for every word of a line with a unit word in it.
const UNIT = new Map(Object.entries(UNIT_WORDS));
const ORGAN = new Map(Object.entries(ORGAN_WORDS));
const SECOND_AFTER_THI = new Map(Object.entries(AFTER_THI));

/** Lower-case first letters (char codes) of the unit and organ words and of "thi". */
const RULE_WORD_START = new Set([...'pqhxtbs'].map((c) => c.charCodeAt(0)));

/** Words that quantify a following list of units ("các phường", "từng xã", "mỗi huyện"). */
const QUANTIFIERS = new Set(['cac', 'tung', 'moi', 'nhung', 'ca']);

export interface UnitToken {
  text: string;
  /** Phrase punctuation stands right before this token. */
  afterPunct: boolean;
  /** A slash joins it to the token before ("phường/xã"). */
  afterSlash?: boolean;
}

/** Token index → the unit form it should lean to. */
export function unitReadings(tokens: UnitToken[]): Map<number, string> {
  const out = new Map<number, string>();
  // Most lines have no unit or organ word: look for one by first letter before folding anything.
  let any = false;
  for (let i = 0; i < tokens.length && !any; i++) {
    const text = tokens[i]!.text;
    if (text.length >= 2 && text.length <= 6 && RULE_WORD_START.has(text.charCodeAt(0) | 0x20)) {
      const key = foldVietnamese(text);
      any = UNIT.has(key) || ORGAN.has(key) || key === 'thi';
    }
  }
  if (!any) return out;
  // Every word the rules look at has two to six letters.
  const keys = tokens.map((t) => (t.text.length >= 2 && t.text.length <= 6 ? foldVietnamese(t.text) : ''));
  const upperCaseLine = tokens.every((t) => t.text === t.text.toUpperCase());
  const phraseStart = (i: number) => i === 0 || tokens[i]!.afterPunct;
  const phraseEnd = (i: number) => i >= tokens.length - 1 || tokens[i + 1]!.afterPunct;
  for (let i = 0; i < tokens.length; i++) {
    const key = keys[i]!;
    const second = key === 'thi' && !phraseEnd(i) ? SECOND_AFTER_THI.get(keys[i + 1]!) : undefined;
    if (second) {
      out.set(i, 'thị');
      out.set(i + 1, second);
      i++;
      continue;
    }
    const organ = ORGAN.get(key);
    if (organ) {
      const next = phraseEnd(i) ? null : tokens[i + 1]!.text;
      const afterNext = phraseEnd(i + 1) ? null : (tokens[i + 2]?.text ?? null);
      const text = tokens[i]!.text;
      // A name: "Nội vụ", "Văn hóa và Thông tin" (Title Case headings capitalise every word: no name).
      const named = next !== null && isTitleCase(next) && (afterNext === null || !isTitleCase(afterNext));
      if (text !== text.toUpperCase() && next !== null && ((key === 'ban' && isBodyCode(next)) || named)) out.set(i, organ);
      continue;
    }
    const unit = UNIT.get(key);
    if (!unit) continue;
    const text = tokens[i]!.text;
    const upper = text.length > 1 && text === text.toUpperCase();
    const capitalised = !upper && text[0] !== text[0]!.toLowerCase();
    const next = phraseEnd(i) ? null : tokens[i + 1]!.text;
    const prev = phraseStart(i) ? null : tokens[i - 1]!.text;
    const prevIsName = prev !== null && isTitleCase(prev);
    // Before a proper name: the unit's name follows it (upper case only in upper-case headings).
    const beforeName = next !== null && !prevIsName && (upper ? upperCaseLine && /^\p{Lu}/u.test(next) : isTitleCase(next));
    // Capitalised inside a phrase, not within a name: the unit that issues the plan ("của Quận").
    const ownUnit = capitalised && prev !== null && !prevIsName;
    // After a body's abbreviation: the body of that unit ("UBND phường", "HĐND quận", "MTTQ xã").
    const afterBody = prev !== null && !upper && isBodyCode(prev);
    // In a list of units: after a quantifier ("các phường", "từng xã") or right after another unit ("các xã, phường");
    // the model still reads "các phương án" where the next word makes the compound.
    const continuesList = i > 0 && out.has(i - 1) && UNIT.has(keys[i - 1]!);
    const quantified = prev !== null && QUANTIFIERS.has(keys[i - 1]!);
    // Units given as alternatives: "phường/xã", "xã/phường" (both words are units).
    const slashed = (tokens[i]!.afterSlash === true && UNIT.has(keys[i - 1]!)) || (tokens[i + 1]?.afterSlash === true && UNIT.has(keys[i + 1]!));
    const listed = continuesList || quantified || slashed;
    if (beforeName || ownUnit || afterBody || listed) out.set(i, unit);
  }
  return out;
}

/** An upper-case abbreviation of a body (UBND, HĐND, MTTQ, PCTUBND): letters only, no syllable. */
function isBodyCode(text: string): boolean {
  return text.length >= 2 && /^\p{Lu}+$/u.test(text) && !syllableInventory().has(foldVietnamese(text));
}

function isTitleCase(text: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text);
}
