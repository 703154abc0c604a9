// The youth union's committees of a unit, named as the Party's are ("Thành ủy Đà Nẵng"): "THÀNH
// ĐOÀN ĐÀ NẴNG", "TỈNH ĐOÀN THANH HÓA", "QUẬN ĐOÀN NGŨ HÀNH SƠN", "HUYỆN ĐOÀN …", "THỊ ĐOÀN …". They
// head a Đoàn body's issuer block over the body that issues ("BCH ĐOÀN QUẬN …"). Their folded
// words are other names too ("Quân đoàn" is an army corps; "huyện Đoan Hùng" folds to "huyen doan
// hung"), so they are known only as printed with their marks.
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
