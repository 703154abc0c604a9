// An issuer block whose place an engine garbled past its first word ("CỤC THUẾ TP II}iI PHONG": HẢI
// read "II}iI"), parsed with a scrap for its locality that the unit list knows nowhere ("Ii"). The
// date line names where the body sits ("Hải Phòng, ngày …"): when that place is a unit the list
// knows and the block's line still holds the place's last word ("PHÒNG"), the body is of that place.
// For OCR'd text only (header.ts), and only for a locality of a scrap (three letters at most).
import { foldVietnamese } from '../normalizers/fold.js';
import type { ParsedIssuer } from './issuer.js';
import { findUnits } from './localities.js';

/** A locality this short that the unit list does not know is a scrap of a garbled name, not a name. */
const SCRAP_LETTERS = 3;

/**
 * The issuer of the date line's `place`, when `read` was parsed with a scrap for its locality and
 * `blockLine` (the block's line the name ends on) holds the place's last word; null otherwise.
 */
export function issuerOfDatePlace(read: ParsedIssuer, blockLine: string, place: string): ParsedIssuer | null {
  const scrap = read.locality;
  if (!scrap || !read.unitWord || findUnits(scrap).length || foldVietnamese(scrap).replace(/[^a-z]/gi, '').length > SCRAP_LETTERS) return null;
  if (!read.name.endsWith(scrap) || !findUnits(place).length) return null;
  const last = foldVietnamese(place).toLowerCase().split(/\s+/).at(-1) ?? '';
  if (last.length < 3 || !foldVietnamese(blockLine).toLowerCase().split(/[^a-z]+/).includes(last)) return null;
  // The body as read, its scrap replaced by the place ("Cục Thuế thành phố Ii" → "… Hải Phòng").
  return { ...read, name: `${read.name.slice(0, -scrap.length).trimEnd()} ${place}`, locality: place };
}
