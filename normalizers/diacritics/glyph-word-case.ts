// The case of a word an engine wrote with a glyph group for its marked vowel ("V\l" = vụ, "M\IC" = Mục,
// "C(>NG" = CỘNG, "hC)c" = học). Such an engine judges case by a letter's height: the tall strokes of the group
// make the letters whose capital is their small letter grown (c o s v w x z) come out as capitals ("dich V\l" =
// dịch vụ, "m\lC dich" = mục đích), and the strokes themselves are I, l or J whatever the case. Those letters say
// nothing of the word's case; the rest do. When such a capital opens the word, the sentence tells: after a
// small-letter word of the same sentence the word is small, else capitalised ("Cl}c Thue" = Cục Thuế).

/** A sign between a word's letters, where a glyph group stood, its stroke a 1 at times ("V1,l"; garbled.ts reads these groups). */
const GLYPH_SIGN_IN_WORD = /\p{L}[1]?[\\}<>()|;,]+[\p{L}']/u;
/** Letters whose capital is their small letter grown: the engine's case for them is a guess. */
const SAME_SHAPE = /[COSVWXZ]/;
/** The strokes of a group round its comma, semicolon, brace or backslash ("V1,l", "Ml}c", "M\\IC"): no letter, no case. */
const GROUP_STROKES = /[IlJ1]+(?=[},;])|(?<=[\\,;])[IlJ1]+/g;

/** A capital Đ read as an f and a parenthesis, opening the word ("f)ao" = Đào). */
const BARRED_CAPITAL_D = /^f\)/;

/** A sentence ends between two words: a stop, a colon or a question or exclamation mark. */
const SENTENCE_BREAK = /[.:!?]/;

/**
 * The case `form` takes for the glyph word `original`, or null when `original` is no such word (the caller's
 * case stands). `before` is the word before it on the line and `between` the text between the two.
 */
export function glyphWordCase(original: string, form: string, before: string | undefined, between: string): string | null {
  if (!GLYPH_SIGN_IN_WORD.test(original)) return null;
  // An opening "f)" is a capital Đ's barred stem and bowl (misread-letters.ts): a capital, not the f's small letter.
  const letters = [...original.replace(BARRED_CAPITAL_D, 'Đ').replace(GROUP_STROKES, '').replace(/[^\p{L}]/gu, '')];
  const first = letters[0];
  if (first === undefined) return null;
  const isUpper = (ch: string) => ch !== ch.toLowerCase();
  const title = form[0]!.toUpperCase() + form.slice(1).toLowerCase();
  // Capitals after the first that are no same-shape guess make an upper-case word ("C(>NG" = CỘNG, "H<)I" = HỘI).
  const rest = letters.slice(1).filter((ch) => !SAME_SHAPE.test(ch));
  if (isUpper(first) && rest.length && rest.every(isUpper)) return form.toUpperCase();
  if (!isUpper(first)) return form.toLowerCase();
  if (!SAME_SHAPE.test(first)) return title;
  // A same-shape capital opening the word ("V\\l", "Cl}c"): small inside a sentence after a small-letter word;
  // else a capitalised word ("Cục Thuế", a sentence's "Cụ thể").
  const smallBefore = before !== undefined && /^\p{Ll}/u.test(before) && !SENTENCE_BREAK.test(between);
  return smallBefore ? form.toLowerCase() : title;
}
