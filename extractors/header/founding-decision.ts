// A body named after the decision that set it up: an inspection team or a working group prints
// its founding decision as the last lines of its issuer block,
//   "SỞ CÔNG THƯƠNG" / "ĐOÀN KIỂM TRA" / "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT"
// and its own number line below ("Số: 1105/KH-ĐKT"). The "SỐ …" line there is the end of the
// body's name, never the document's number: the name reads "Đoàn kiểm tra theo Quyết định số
// 1050/QĐ-SCT", and the number is the next number line's.
import type { Segment } from './header-zone.js';
import { readPlanNumber } from '../shared/number.js';

/** A block line that ends on the words naming the founding decision: "… THEO QUYẾT ĐỊNH". */
const NAMED_AFTER_DECISION = /\btheo\s+(?:quyet\s+dinh|qd)\s*$/;
/** "SỐ 1050/QĐ-SCT": the decision's number, in the block's capitals, without the number line's colon. */
const DECISION_NUMBER = /^s[o6]\s+(?=\d)/;

/** Whether `segments[k]` is the founding decision's number closing the issuer block above it. */
export function isFoundingDecisionLine(segments: readonly Segment[], k: number): boolean {
  const seg = segments[k];
  const above = segments[k - 1];
  if (!seg || !above || seg.kind !== 'number' || above.kind !== 'text') return false;
  if (!DECISION_NUMBER.test(seg.folded) || !/^S/.test(seg.text)) return false;
  return NAMED_AFTER_DECISION.test(above.folded.trim().toLowerCase());
}

/** The decision's number as the body's name ends with it ("1050/QĐ-SCT"), or null when unread. */
export function foundingDecisionNumber(segments: readonly Segment[]): string | null {
  for (let k = 0; k < segments.length; k++) {
    if (!isFoundingDecisionLine(segments, k)) continue;
    const seg = segments[k]!;
    const read = readPlanNumber(seg.text.slice(DECISION_NUMBER.exec(seg.folded)![0].length));
    if (read?.value.number) return read.value.number;
  }
  return null;
}

/** The body's name with its founding decision's number, when the name stops at "theo Quyết định". */
export function withFoundingDecision(name: string, folded: string, decision: string | null): string {
  if (!decision || !NAMED_AFTER_DECISION.test(folded.trim().toLowerCase())) return name;
  return `${name.trim()} số ${decision}`;
}
