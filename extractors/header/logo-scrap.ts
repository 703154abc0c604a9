// A logo printed left of the issuer block (the VGCA mark of an e-signed copy, an agency's emblem)
// read by an engine as one long word in small letters glued before the block's line beside it
// ("ỦY BAN NHÂN DÂN / anaaYnnaaaanaaytrraa TỈNH HÀ TĨNH"). No Vietnamese syllable has more than
// seven letters, and the block is printed in capitals: a word of nine letters or more, not in
// capitals, that opens a line whose other words are all in capitals is the logo's strokes. It is
// written over in spaces (every character keeps its place), so the line reads as printed. For
// OCR'd issuer lines only (header-issuer.ts).
import type { Segment } from './header-zone.js';

/** A word of the logo's strokes: letters only, nine or more, some small. */
const STROKES = /^\p{L}{9,}$/u;

/** The line's words after the first, in capitals: two at least, as a body's or a place's line has. */
const CAPITAL_WORDS_TO_END = /^(?:\s+[\p{Lu}\p{N}.,\-–]+){2,}\s*$/u;

export function withoutLogoScrap(seg: Segment): Segment {
  if (seg.kind !== 'text') return seg;
  let text = seg.text;
  for (const b of [0, ...seg.breaks]) {
    const end = seg.breaks.find((x) => x > b) ?? text.length;
    const line = text.slice(b, end);
    const m = /^\s*(\S+)/u.exec(line);
    if (!m || !STROKES.test(m[1]!) || m[1] === m[1]!.toUpperCase()) continue;
    const rest = line.slice(m[0].length);
    if (!CAPITAL_WORDS_TO_END.test(rest)) continue;
    const from = b + m[0].length - m[1]!.length;
    text = text.slice(0, from) + ' '.repeat(m[1]!.length) + text.slice(from + m[1]!.length);
  }
  if (text === seg.text) return seg;
  // Spaces fold to spaces: the folded text is blanked alike.
  let folded = seg.folded;
  for (let i = 0; i < text.length; i++) if (text[i] === ' ' && seg.text[i] !== ' ') folded = folded.slice(0, i) + ' ' + folded.slice(i + 1);
  return { ...seg, text, folded };
}
