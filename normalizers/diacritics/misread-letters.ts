// Letters a garbling engine wrote for the ones it could not read, as candidate spellings of a word:
// capital vowels inside a small-letter word ("viQc" = việc, "kC" = kể), a c-cedilla for a dotted or
// horned vowel ("duçic" = được), a hatted vowel left out ("ni" = nội, "diu" = điều). Pure functions
// of the word; token-readings.ts weighs what they propose.

/**
 * Cost (log10) of a vowel put back beside the vowels a word of a garbled layer kept: engines that
 * cannot read a vowel with a hat and a tone (ộ, ề, ậ) leave it out ("ni b" = nội bộ, "diu" = điều,
 * "hiu" = hiệu, "Lut" = Luật). Words with no vowel at all are ocr-noise.ts's dropped nuclei.
 */
export const DROPPED_VOWEL_COST = 1.2;
/** Longest syllable that may still have lost a vowel ("ni", "diu", "Lut", "tien"); longer ones only when no syllable. */
export const MAX_DROPPED_VOWEL_WORD = 4;
/** The vowels such engines drop: the bases of â ê ô. */
const DROPPED_VOWELS = ['a', 'e', 'o'];

/** Syllable keys made of a folded word with one of DROPPED_VOWELS put back next to one of its vowels. */
export function droppedVowelKeys(word: string, isKey: (key: string) => boolean): string[] {
  if (word.length > 6 || !/^[a-z]+$/.test(word) || !/[aeiouy]/.test(word)) return [];
  const out: string[] = [];
  for (let at = 0; at <= word.length; at++) {
    // Beside a vowel: "n|i" → "noi", "di|u" → "dieu", "lu|t" → "luat".
    if (!/[aeiouy]/.test(word[at - 1] ?? '') && !/[aeiouy]/.test(word[at] ?? '')) continue;
    for (const vowel of DROPPED_VOWELS) {
      const key = word.slice(0, at) + vowel + word.slice(at);
      if (isKey(key) && !out.includes(key)) out.push(key);
    }
  }
  return out;
}
/**
 * What a capital vowel inside a small-letter word stands for, with the cost of each reading: Q is
 * never a Vietnamese vowel (qu aside) and stands for ộ, ệ, ậ or ụ (read as q, which the channel
 * takes to o, e, a, u); C for ê ("kC" = kể); A for â, ă or ê ("cAu" = cầu, "phiAn" = phiên); O for
 * ô or ê ("mOt" = một, "dOn" = đến); E, I, U, Y for themselves marked; S for ê ("tiSp" = tiếp).
 */
const CAPITAL_VOWEL_READINGS: Readonly<Record<string, ReadonlyArray<[string, number]>>> = {
  Q: [['q', 0.3]],
  C: [['e', 0.3]],
  A: [['a', 0.3], ['e', 0.8]],
  O: [['o', 0.3], ['e', 0.8]],
  E: [['e', 0.3]],
  I: [['i', 0.3]],
  U: [['u', 0.3]],
  // Y for ý ỳ ỷ, the accent read as a capital's height ("dang kY" = đăng ký), as E, I, U.
  Y: [['y', 0.3]],
  // S for ế or ề, the hat and the tone read as one curl ("tiSp" = tiếp, "vS" = về, "nghS" = nghề).
  S: [['e', 0.5], ['a', 0.5]],
};
const MAX_MISREAD_CAPITALS = 2;

/**
 * The small-letter readings of a word whose capitals after its first letter are all vowel-like
 * (CAPITAL_VOWEL_READINGS), at most two of them, beside at least one small letter; [] for any
 * other word (codes "TTg", "IoT", "eKYC", upper-case words). The first letter keeps its case.
 */
export function misreadCapitalVariants(text: string): Array<{ word: string; cost: number }> {
  if (!/\p{Ll}/u.test(text) || !/^\p{L}+$/u.test(text)) return [];
  let variants: Array<{ word: string; cost: number }> = [{ word: text[0]!, cost: 0 }];
  let capitals = 0;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ch.toLowerCase()) {
      variants = variants.map((v) => ({ word: v.word + ch, cost: v.cost }));
      continue;
    }
    const readings = CAPITAL_VOWEL_READINGS[ch];
    if (!readings || ++capitals > MAX_MISREAD_CAPITALS) return [];
    variants = variants.flatMap((v) => readings.map(([letter, cost]) => ({ word: v.word + letter, cost: v.cost + cost })));
  }
  return capitals ? variants : [];
}

/**
 * The readings of a word with one c-cedilla, which engines of the OmniPage family write for a vowel
 * with a dot below or a horn (ọ ợ ụ ự), often with a stroke after it read as i, r, m or l: the
 * cedilla, with such a stroke or without, read as o or u. [] for any other word.
 */
export function cedillaVariants(text: string): Array<{ word: string; cost: number }> {
  // Cut at the cedilla rather than matched by one pattern: a lazy prefix before it backtracks over
  // every cedilla of a long run ("çççç…1"), quadratic in the token.
  const at = text.search(/[çÇ]/);
  if (at < 0) return [];
  const before = text.slice(0, at);
  const rest = text.slice(at + 1);
  if (!/^[A-Za-z]*$/.test(before + rest)) return [];
  const stroke = /^[irmlIRML]/.test(rest) ? rest[0]! : '';
  const after = rest.slice(stroke.length);
  const upper = text[at] === 'Ç';
  const out: Array<{ word: string; cost: number }> = [];
  for (const vowel of ['o', 'u']) {
    const v = upper ? vowel.toUpperCase() : vowel;
    if (stroke) out.push({ word: before + v + after, cost: 0.3 });
    out.push({ word: before + v + stroke + after, cost: stroke ? 0.8 : 0.3 });
  }
  return out;
}

/**
 * "<" and a stroke opening a word ("<Iiic" = đốc, "<linh" = định): the crossbar of a đ read as a
 * "<" and its stem as an I or l. Written as "tl", the two strokes the channel already reads as đ
 * (engine-confusions.ts); same length, so offsets hold. Not markup: a tag's name runs to its ">"
 * ("<li>", "<link href=…>").
 */
const CROSSBAR_D = /(?<![\p{L}\p{N}])<[Il](?=\p{Ll}+(?![\p{L}\p{N}>]|\s+[^<>]*>))/gu;

/**
 * "<r" between a word's letters ("Phu<rng" = Phương, "v<ri" = với, "tru<rng" = trường): the bowl of an ơ read
 * as a "<" and its horn as an r. Written "cr", the bowl and horn the channel reads as ơ ("Phucrng", "Scrn" =
 * Sơn); same length. Letters both sides, so no markup or comparison ("a<r" in a formula has spaces, "<ref>" none).
 */
const HORN_O = /(?<=\p{Ll})<r(?=\p{Ll})/gu;

/**
 * "f)" opening a word ("f)ao" = Đào, "f)i~u" = Điều, "f)OC" = ĐỘC): a capital Đ read as the f its barred
 * stem looks like and its bowl as a parenthesis (the Kodak and "6,2,0,77" layers). Written "Tl", the two
 * strokes the channel reads as đ, with the capital the glyph is (a small l, so that an upper-case word after it
 * is read as a misread word, not kept as a code: glyph-word-case.ts gives it its case); same length. A vowel
 * right after the parenthesis, as after every Đ, and no word of its own opening there: a list's "f)" has a
 * space after it, or, where the layer lost that space, an item starting "f)Cac", "f)Thuc", "f)Ung".
 */
const BARRED_CAPITAL_D = /(?<![\p{L}\p{N}])f\)(?=[aeiouyAEIOUY\u00C0-\u00FD\u0102\u0103\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9])(?!\p{Lu}\p{Ll})/gu;

export function crossbarView(line: string): string {
  const crossbars = line.includes('<') ? line.replace(CROSSBAR_D, 'tl').replace(HORN_O, 'cr') : line;
  return crossbars.includes('f)') ? crossbars.replace(BARRED_CAPITAL_D, 'Tl') : crossbars;
}
