// A body of a province printed without the province's name: "SỞ NỘI VỤ / PHÒNG THI ĐUA, KHEN
// THƯỞNG". A Sở (department) exists only at province level, so such a body is provincial; which
// province, the place line says ("Quảng Bình, ngày …"), when it names exactly one province (or a
// district whose province is then the one).
import { foldVietnamese } from '../../normalizers/fold.js';
import type { ParsedIssuer } from './issuer.js';
import { ancestors, findUnits, type AdminUnit } from '../shared/localities.js';

const DEPARTMENT = /^so(\s|$)/;

function provinceOfPlace(place: string): AdminUnit | null {
  const provinces = findUnits(place, 'province');
  if (provinces.length) return provinces.length === 1 ? provinces[0]! : null;
  const above = new Map<string, AdminUnit>();
  for (const district of findUnits(place, 'district')) {
    const province = ancestors(district).find((u) => u.kind === 'province');
    if (province) above.set(province.code, province);
  }
  return above.size === 1 ? [...above.values()][0]! : null;
}

/**
 * The issuer with its level and locality filled when it or the body above it is a Sở and the
 * place line names its province; else the issuer as it was. The name is left as printed.
 */
export function provincialBody(issuer: ParsedIssuer, parent: ParsedIssuer | null, place: string | null): ParsedIssuer {
  // A body that names a unit of its own ("Bệnh viện Đa khoa tỉnh") waits for that unit to be named.
  if (issuer.level || issuer.locality || issuer.unitWord || issuer.relative || !place) return issuer;
  const department = [issuer, parent].some((b) => b && !b.locality && !b.level && DEPARTMENT.test(foldVietnamese(b.body)));
  if (!department) return issuer;
  const province = provinceOfPlace(place);
  if (!province) return issuer;
  return { ...issuer, level: province.type === 'thanh-pho' ? 'city' : 'province', locality: province.name, unit: province };
}
