// A scan read column by column may set the type heading between the left column and the right:
// "BCH ĐOÀN PHƯỜNG MỸ AN / Số: 42 KH/ĐTN / KẾ HOẠCH / ĐOÀN TNCS HỒ CHÍ MINH / Mỹ An, ngày … tháng 4
// năm 2019". The right column's motto and its date line, right under the heading, are still the
// header's: nothing but a motto stands between the heading and that date line.
import type { Segment } from './header-zone.js';

/** The header's segments above the type heading at `typeAt`, with a right column read after it. */
export function headerAboveType(segments: readonly Segment[], typeAt: number): Segment[] {
  const before = segments.slice(0, typeAt);
  let k = typeAt + 1;
  while (k < segments.length && segments[k]!.kind === 'motto') k++;
  if (k === typeAt + 1 || segments[k]?.kind !== 'date') return before;
  return [...before, ...segments.slice(typeAt + 1, k + 1)];
}
