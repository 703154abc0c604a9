// An OCR'd issuer block whose place line ran on into a scrap beside or under it ("TỈNH HÀ TĨNH SA":
// a seal's or a stamp's edge, a mark read as two letters): the locality as parsed ("Hà Tĩnh Sa") is
// no unit the list knows, the words before the scrap are one of the unit word's kind. The scrap is
// dropped from the locality and the name. Only scraps of three letters or fewer, one or two of them,
// so a real name the list does not hold is never cut short. For OCR'd text only (header.ts).
import { foldVietnamese } from '../../normalizers/fold.js';
import { findUnits, type UnitKind } from '../shared/localities.js';
import type { ParsedIssuer } from './issuer.js';

const KIND_OF_LEVEL: Partial<Record<NonNullable<ParsedIssuer['level']>, UnitKind>> = { province: 'province', city: 'province', district: 'district', town: 'district', ward: 'ward', commune: 'ward' };

/** A word that names nothing: three letters or fewer. */
const SCRAP = /^\p{L}{1,3}$/u;

export function withoutLocalityScrap(read: ParsedIssuer): ParsedIssuer | null {
  const locality = read.locality;
  const kind = read.level ? KIND_OF_LEVEL[read.level] : undefined;
  if (!locality || !kind || !read.name.endsWith(locality) || findUnits(locality, kind).length) return null;
  const words = locality.split(/\s+/);
  for (let drop = 1; drop <= 2 && drop < words.length; drop++) {
    if (!words.slice(-drop).every((w) => SCRAP.test(w))) return null;
    const kept = words.slice(0, -drop).join(' ');
    const units = findUnits(kept, kind);
    if (units.length !== 1 && !(read.unit && units.some((u) => u.code === read.unit!.code))) continue;
    const unit = units.find((u) => u.code === read.unit?.code) ?? units[0]!;
    if (foldVietnamese(kept).toLowerCase() !== foldVietnamese(unit.name).toLowerCase()) continue;
    return { ...read, name: `${read.name.slice(0, -locality.length)}${unit.name}`, locality: unit.name, unit };
  }
  return null;
}
