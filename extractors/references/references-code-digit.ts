// A type code with a digit read into its letters ("1050/Q0Đ-SCT", the stroke of a stamped Đ read
// as a 0, heldout-fresh13 m01) beside the same document cited cleanly ("1050/QĐ-SCT ngày 06/3/2026"):
// one document. The digit must stand inside the code's letters, the rest of the number must agree
// exactly, and the two dates must agree; OCR text only (the caller sees to that). A code that holds
// a digit as printed ("QĐ1", "NĐ-CP" beside "NĐ2-CP") is never cleaned on its own: only to meet a
// twin already cited.
import type { Reference } from '../../output/schema.js';
import { numberKey } from '../shared/number.js';

/** "1050/Q0Đ-SCT": serial (and year), a code of letters with digits among them, the rest. */
const DIGIT_IN_CODE = /^(\d{1,5}(?:\/(?:19|20)\d\d)?\/)(\p{Lu}+\d+\p{Lu}+)(-.+)?$/u;

/** The earlier reference this garbled number names, if one was cited with the code's letters only. */
export function codeDigitTwin(number: string, date: string | null, earlier: Iterable<Reference>): Reference | undefined {
  const m = DIGIT_IN_CODE.exec(number);
  if (!m) return undefined;
  const clean = numberKey(`${m[1]}${m[2]!.replace(/\d/g, '')}${m[3] ?? ''}`);
  for (const ref of earlier) {
    if (!ref.number || numberKey(ref.number) !== clean) continue;
    if (date && ref.date && !date.startsWith(ref.date) && !ref.date.startsWith(date)) continue;
    return ref;
  }
  return undefined;
}
