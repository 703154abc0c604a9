// A Party-style number ("Số: 40 -TB/ĐTN", "Số: 53 KH/ĐTN", "Số:95-QĐ/ĐTN": serial, type code,
// slash, issuer) has its first slash after the type code, not after the serial as the state form
// ("Số: 574 /UBND-KTTH") does. What stands between the label and that slash is then the serial
// and the type code: the code is printed, part of the symbol, and never the serial's ink.
import { docTypeByCode } from '../../extractors/shared/doctypes.js';

export interface PartyTypeSplit {
  /** What is left of the serial ("40", "" when the serial is blank), as OCR read it. */
  figure: string;
  /** The type code with the hyphen printed before it, if any ("-TB", "KH"). */
  code: string;
}

// The code is 2-4 letters, a capital first (CTr), apart from what is before it by a space or a
// hyphen, or glued to a figure ("53KH"): never the tail of a word.
const TRAILING_CODE = /^(|.*[^\p{L}\s\-–])([ \t]*[-–]?[ \t]*)(\p{Lu}\p{L}{1,3})$/u;
// Or after the Party's hyphen whatever the serial's ink was read as, a letter too ("Z-KH" for a
// handwritten "03-KH"): the hyphen parts them.
const CODE_AFTER_HYPHEN = /^(.*?)([ \t]*[-–][ \t]*)(\p{Lu}\p{L}{1,3})$/u;

/**
 * The type code at the end of `text` (what stands between "Số:" and the first slash) when the
 * symbol after the slash (`afterSlash`, "/ĐTN") is a Party issuer part, not a state symbol that
 * opens with a type code of its own ("/QĐ-UBND": then what stands before it is all serial).
 */
export function partyTypeBeforeSlash(text: string, afterSlash: string): PartyTypeSplit | null {
  const m = TRAILING_CODE.exec(text) ?? CODE_AFTER_HYPHEN.exec(text);
  if (!m || !docTypeByCode(m[3]!)) return null;
  const first = /^\/\s*([\p{L}]+)/u.exec(afterSlash);
  if (!first || docTypeByCode(first[1]!)) return null;
  const hyphen = /[-–]/.test(m[2]!) ? '-' : '';
  return { figure: m[1]!.trim(), code: `${hyphen}${m[3]!}` };
}
