// A scan's first issuer line, OCR'd as one glued and misspelt word ("UBNDTỈNHBÊENTRE" for
// "UBND TỈNH BẾN TRE", often with edge debris before it), loses the parent and the locality of
// the unit printed under it ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"). The line is read back only as a
// province the text itself names elsewhere, at most one letter off: nothing is guessed from the
// unit list alone.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { AdminUnit } from '../shared/localities.js';

const GLUED_PARENT = /(?:ubnd|uy\s*ban\s*nhan\s*dan)\s*(tinh|thanh\s*pho)\s*([a-z]{3,24})/;

/** The parent line in clean capitals ("ỦY BAN NHÂN DÂN TỈNH BẾN TRE"), or null when none is read. */
export function gluedParentLine(folded: string, near: readonly AdminUnit[]): string | null {
  const m = GLUED_PARENT.exec(folded);
  if (!m) return null;
  const city = m[1]!.startsWith('thanh');
  const glued = m[2]!;
  const unit = near.find(
    (u) => u.kind === 'province' && (u.type === 'thanh-pho') === city && withinOneEdit(foldVietnamese(u.name).replace(/\s+/g, ''), glued),
  );
  return unit ? `ỦY BAN NHÂN DÂN ${city ? 'THÀNH PHỐ' : 'TỈNH'} ${unit.name.toUpperCase()}` : null;
}

/** Equal, or one letter added, dropped or changed; names shorter than five letters must be equal. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
