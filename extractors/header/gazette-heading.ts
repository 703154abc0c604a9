// The heading of an older text as the official gazette and the law portals print it: no header
// table, one block in capitals at the top, "CHỈ THỊ / CỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG SỐ
// 07/2008/CT-BTTTT / NGÀY 30 THÁNG 12 NĂM 2008 / VỀ …" — the type, "CỦA" and its body, then the
// number and the date lines, then the trích yếu. The number and date stand below the type there,
// where a header table sets them above it.
import { docTypeAtStart } from '../shared/doctypes.js';
import { isUpperCase, oneLine, type Cell } from '../shared/layout.js';
import type { Segment } from './header-zone.js';
import type { HeaderParts } from './header-parts.js';
import { isOwnedHeading } from './header-type.js';

export interface GazetteHeading {
  typeLine: NonNullable<HeaderParts['typeLine']>;
  /** The number line and the date line under the type: the header a table would hold. */
  header: Segment[];
}

/**
 * The gazette heading opening the header zone: its first segment the type and its body in capitals
 * ("CHỈ THỊ CỦA BỘ …"), the next the number in capitals ("SỐ 07/2008/CT-BTTTT"), then perhaps the
 * date ("NGÀY 30 THÁNG 12 NĂM 2008"); the trích yếu starts on the segment after them. Null for any
 * other opening: a citation in running capitals further down is never one.
 */
export function gazetteHeading(segments: readonly Segment[]): GazetteHeading | null {
  const first = segments[0];
  if (first?.kind !== 'text') return null;
  const found = docTypeAtStart(first.folded);
  if (!found || !isUpperCase(first.text.slice(0, found.length)) || !isOwnedHeading(first, found.length)) return null;
  const numberLine = segments[1];
  if (numberLine?.kind !== 'number' || !/^SỐ\s/u.test(numberLine.text)) return null;
  const header = [numberLine];
  const dateLine = segments[2];
  if (dateLine?.kind === 'date' && isUpperCase(dateLine.text)) header.push(dateLine);
  const after = segments[1 + header.length];
  if (!after) return null;
  const end = first.at[found.length - 1]! + 1;
  const cell: Cell = { text: first.text.slice(0, found.length), folded: first.folded.slice(0, found.length), start: first.start, end, line: 0 };
  // "CỦA" dropped: the body alone, as an owned heading under a header table gives it.
  const owner = oneLine(first.text.slice(found.length)).replace(/^\S+\s+/, '');
  return { typeLine: { type: found.type, cell, titleFrom: after.start, owner }, header };
}
