// Slashes an OCR engine writes as other characters: tesseract reads the slash of a printed serial
// as a fraction slash (U+2044: "01⁄2016/TTLT-…") or a division slash (U+2215). Vietnamese
// administrative text has no use for either; the serial is a plain slash, which the header's
// figure check and every number reader expect (read otherwise, "01⁄2016" is no figure and a
// printed serial is blanked as illegible). One character for one: word boxes keep their text length.
import { isValidSyllable } from '../../normalizers/syllables.js';
import type { OcrWord } from './types.js';

/** `words` with each text rewritten by `rewrite`; a word whose text is unchanged is kept as it was. */
function withTexts(words: readonly OcrWord[], rewrite: (text: string) => string): OcrWord[] {
  return words.map((w) => {
    const text = rewrite(w.text);
    return text === w.text ? w : { ...w, text };
  });
}

const OTHER_SLASHES = /[\u2044\u2215\uFF0F]/gu;

/** `words` with fraction, division and full-width slashes read as "/". */
export function plainSlashes(words: readonly OcrWord[]): OcrWord[] {
  return withTexts(words, (text) => text.replace(OTHER_SLASHES, '/'));
}

// The Icelandic eth (Ð, ð) an engine writes for the crossed D of Vietnamese ("QÐ", "Ðào tạo"): it
// looks the same, but no Vietnamese text has it, and every reader and comparison expects Đ.
const ETH = /[\u00D0\u00F0]/gu;

// One crossed D read twice, once as each lookalike: the engine writes "QĐÐ-UBND", "GÐĐ," for the
// "QĐ", "GĐ" printed, with a confidence far below the page's words (8–59 on four real scans whose
// words read ~90). Vietnamese has no "đđ" and codes that double the letter ("QLĐĐ" đất đai,
// "ĐĐBQH") are read with the same glyph twice: only a mixed pair in an unsure word is taken for
// one letter, and the eth of it dropped.
const DOUBLED_D = /Đ\u00D0|\u00D0Đ|đ\u00F0|\u00F0đ/gu;
/** Below this confidence a word holding a mixed Đ pair is taken for one Đ read twice. */
export const DOUBLED_D_CONFIDENCE = 70;

/** `words` with the eth read as the Vietnamese Đ/đ, and a Đ read twice as Đ and eth made one. */
export function vietnameseD(words: readonly OcrWord[]): OcrWord[] {
  return words.map((w) => {
    const single = w.confidence < DOUBLED_D_CONFIDENCE ? w.text.replace(DOUBLED_D, (pair) => (pair.toUpperCase() === pair ? 'Đ' : 'đ')) : w.text;
    const text = single.replace(ETH, (ch) => (ch === '\u00D0' ? '\u0110' : '\u0111'));
    return text === w.text ? w : { ...w, text };
  });
}

// The figure 1 ending a symbol's unit code ("UBND-NC1", "UBND-NL1": units numbered within a
// department) read as an inverted exclamation or question mark ("UBND-NC¡", "UBND-NL¿"): the
// engine's Vietnamese model knows those marks and no Vietnamese text uses them, and read so the
// code loses its figure. Only right after the capitals of a code that follows a symbol's hyphen
// or slash, at the word's end or before another part of the symbol.
const CODE_TAIL_ONE = /(?<=[-/][\p{Lu}Đ]{1,8})[¡¿](?=$|[-/.,;)])/gu;

/** `words` with an inverted mark ending a symbol's code read as the 1 it stands for. */
export function codeTailOnes(words: readonly OcrWord[]): OcrWord[] {
  return withTexts(words, (text) => text.replace(CODE_TAIL_ONE, '1'));
}

// A speck inside a word of capitals read as an ampersand ("PHÒNG K&INH TẾ" for KINH): the word is
// lost to every reader of the header. "&" joins codes ("TT&TT", "VH&TT", "Sở TT&TT"), never one
// consonant to the rest of its syllable: dropped only where a lone consonant before it and the
// capitals after it spell one Vietnamese syllable together, and neither side is a code of two letters.
const SPECK_AMPERSAND = /(?<![\p{L}])([BCDĐGHKLMNPQRSTVX])&(\p{Lu}{2,7})(?![\p{L}])/gu;

/** `words` with an ampersand inside a capitals syllable dropped; the box keeps the word (one character fewer). */
export function ampersandSpecks(words: readonly OcrWord[]): OcrWord[] {
  return withTexts(words, (text) => (text.includes('&') ? text.replace(SPECK_AMPERSAND, (all, head: string, rest: string) => (isValidSyllable(`${head}${rest}`.toLowerCase()) ? `${head}${rest}` : all)) : text));
}
