// The body an e-signature box over the header names: "Ký bởi: UBND tỉnh Lâm Đồng", or the box an
// e-signed copy prints as its signer's name, seat and time ("Ủy ban nhân dân / tỉnh Tây Ninh /
// 18.02.2025 09:58:30 +07:00"). The box is machine type and reads cleanly where the scanned issuer
// block under it does not ("uv naN NUAN oAN / riNnr,Awrodxc", "UY BAN MAN DAN / TiNH TAY 1'4/NH").
// It is only ever taken for an issuer block read as the same body without its place (header.ts):
// a box may be the publishing centre's, never the issuer's.
import { foldVietnamese } from '../../normalizers/fold.js';
import { parseIssuer, type ParsedIssuer } from './issuer.js';
import type { AdminUnit } from '../shared/localities.js';
import { editDistance } from '../../normalizers/edit-distance.js';
import { letters } from '../shared/ocr-body-names.js';

/** A label whose value names the signing body ("Ký bởi:", "Cơ quan:"). */
const BODY_LABEL = /^[\s*|#]*(?:ky boi|ky so boi|co quan)\s*:\s*/;
/** A label of anything else in the box (its time, an e-mail address). */
const OTHER_LABEL = /^[\s*|#]*(?:gio ky|ngay ky|thoi gian ky|nguoi ky|email|e-mail)\s*:/;
/** The box's lines are few and short; the issuer block is never this far up. */
const MAX_LINES = 12;
const MAX_LINE = 120;
/** A garbled head may differ from the box's body by at most this share of its letters. */
const MAX_EDIT_SHARE = 0.25;

/** The body with its place that the e-signature box in `head` (the text above the header block) names, or null. */
export function signatureBoxIssuer(head: string, near: readonly AdminUnit[] = []): ParsedIssuer | null {
  const lines = head.split('\n').map((l) => l.trim()).filter((l) => l && l.length <= MAX_LINE).slice(0, MAX_LINES);
  // Each line alone, then two lines run together (a box that wrapped "Ủy ban nhân dân / tỉnh Tây Ninh").
  const candidates: string[] = [];
  let previous: string | null = null;
  for (const line of lines) {
    const folded = foldVietnamese(line).toLowerCase();
    const label = BODY_LABEL.exec(folded);
    if (OTHER_LABEL.test(folded)) {
      previous = null;
      continue;
    }
    // The signing time and the seat's name may share the body's line once lines are joined.
    const value = (label ? line.slice(label[0].length) : line).replace(/\s[\d./:+ -]{6,}$/, '').trim();
    if (!value || /[@\d]/.test(value)) {
      previous = null;
      continue;
    }
    candidates.push(value);
    if (previous && !label) candidates.push(`${previous} ${value}`);
    previous = label ? null : value;
  }
  for (const candidate of candidates) {
    const parsed = parseIssuer(candidate, undefined, near);
    if (parsed?.locality && parsed.level && !parsed.unresolved) return parsed;
  }
  return null;
}

/**
 * Whether `read`, an issuer block read without its place, is the box's body: the same body head, or
 * one an engine garbled a letter or two of ("Ủy ban Màn dân" for Ủy ban nhân dân).
 */
export function sameBodyAsBox(read: ParsedIssuer, box: ParsedIssuer): boolean {
  if (read.locality) return false;
  const [r, b] = [letters(read.name), letters(box.body)];
  if (!b) return false;
  const limit = Math.floor(b.length * MAX_EDIT_SHARE);
  return editDistance(r, b, limit) <= limit;
}
