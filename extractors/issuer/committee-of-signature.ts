// A people's committee's block an engine garbled past its head as well as its place ("ru NẠN DẪN /
// TÍNH TN{II"): no issuer is read from it at all, so the garbled-head reading (committeeOfPlace) has
// nothing to start from. A committee's decision is signed for the committee, and the signature says so
// in print an engine reads more easily than the block's: "TM. ỦY BAN NHÂN DÂN", on a line of its own
// or after the "Nơi nhận:" label the engine ran onto it. That line stands for the head; the block's
// line under the head still opening with its unit word ("TÍNH" for TỈNH) and the date line's place
// then name the committee, as committeeOfPlace reads them. OCR'd text only, and only when the header
// read no issuer at all (header.ts).
import { committeeOfPlace } from './garbled-committee-line.js';
import { parseIssuer, type ParsedIssuer } from './issuer.js';
import type { AdminUnit } from '../shared/localities.js';

/** "TM. ỦY BAN NHÂN DÂN" closing its line, after the line's start or a label's colon (folded text). */
const FOR_THE_COMMITTEE = /(?<=^|[\s:])t\/?m[ \t]*\.[ \t]*(uy ban nhan dan)[ \t]*$/gm;

/** The committee's name as the signature prints it: in capitals, never a sentence's "tm. Ủy ban …". */
function signedForCommittee(text: string, folded: string): boolean {
  for (const m of folded.matchAll(FOR_THE_COMMITTEE)) {
    const at = m.index + m[0].length - m[1]!.length;
    const printed = text.slice(at, at + m[1]!.length);
    if (printed === printed.toLocaleUpperCase('vi') && text.slice(m.index, m.index + 2) === text.slice(m.index, m.index + 2).toUpperCase()) return true;
  }
  return false;
}

/**
 * The committee of `place` (the date line's), when the text is signed "TM. ỦY BAN NHÂN DÂN" and one
 * of the block's `lines` (the header's text cells above the date line, in order) below its first
 * opens with a unit word of that place's kind: the committee and the index of that line; null
 * otherwise. `folded`: the text folded, offset for offset.
 */
export function committeeOfSignature(text: string, folded: string, lines: readonly string[], place: string, near: readonly AdminUnit[] = []): { parsed: ParsedIssuer; line: number } | null {
  // The head's line stands first, garbled; the unit word opens a line under it.
  if (lines.length < 2 || !signedForCommittee(text, folded)) return null;
  const head = parseIssuer('Ủy ban nhân dân', undefined, near);
  if (!head || head.locality) return null;
  for (let line = 1; line < lines.length; line++) {
    const parsed = committeeOfPlace(head, lines[line]!, place, near);
    if (parsed) return { parsed, line };
  }
  return null;
}
