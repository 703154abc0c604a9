// The youth union's committees of a unit, named as the Party's are ("Thành ủy Đà Nẵng"): "THÀNH
// ĐOÀN ĐÀ NẴNG", "TỈNH ĐOÀN THANH HÓA", "QUẬN ĐOÀN NGŨ HÀNH SƠN", "HUYỆN ĐOÀN …", "THỊ ĐOÀN …". They
// head a Đoàn body's issuer block over the body that issues ("BCH ĐOÀN QUẬN …"). Their folded
// words are other names too ("Quân đoàn" is an army corps; "huyện Đoan Hùng" folds to "huyen doan
// hung"), so they are known only as printed with their marks.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { Body } from './issuer-body.js';

const COMMITTEES = [
  ['thanh', 'thành', 'Thành đoàn', 'thanh pho'],
  ['tinh', 'tỉnh', 'Tỉnh đoàn', 'tinh'],
  ['quan', 'quận', 'Quận đoàn', 'quan'],
  ['huyen', 'huyện', 'Huyện đoàn', 'huyen'],
  ['thi', 'thị', 'Thị đoàn', 'thi xa'],
] as const;

export const YOUTH_UNION_BODIES: Body[] = COMMITTEES.map(([word, written, name, unit]) => ({
  tokens: [[word, 'doan']],
  written: [`${written} đoàn`],
  name,
  impliedUnit: unit,
}));

/** The union's committee a unit word names ("quận" → "Quận đoàn"), from the table above. */
const COMMITTEE_OF_UNIT: ReadonlyMap<string, string> = new Map(COMMITTEES.map(([, written, name]) => [written === 'thành' ? 'thành phố' : written === 'thị' ? 'thị xã' : written, name]));

/**
 * The youth union's committee of a unit whose executive committee ("Ban Chấp hành Đoàn quận Ngũ
 * Hành Sơn", "BCH ĐOÀN QUẬN …" on a block's line) a body stands under: "Quận đoàn Ngũ Hành Sơn" for
 * a district's, "Đoàn phường Mỹ An" for a ward's (a ward's or a commune's union goes by "Đoàn"
 * and its unit). The committee's boards are named after it, as the Party's are after theirs
 * ("Ủy ban Kiểm tra Quận đoàn Ngũ Hành Sơn", as its documents and signatures write it). Null for
 * any other body.
 */
export function unionCommitteeOfExecutive(body: string, unitWord: string | null, locality: string | null): string | null {
  if (!unitWord || !locality || foldVietnamese(body).toLowerCase() !== 'ban chap hanh doan') return null;
  const committee = COMMITTEE_OF_UNIT.get(unitWord) ?? (['phường', 'xã', 'thị trấn'].includes(unitWord) ? `Đoàn ${unitWord}` : null);
  return committee ? `${committee} ${locality}` : null;
}
