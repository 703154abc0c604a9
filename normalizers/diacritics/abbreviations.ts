// Upper-case abbreviations of administrative names lose their Đ with the diacritics
// (HĐND → HDND). Only abbreviations whose Đ is certain are listed: "HD" stays (Hướng dẫn).
const ABBREVIATIONS: Record<string, string> = {
  HDTDKT: 'HĐTĐKT', // Hội đồng Thi đua – Khen thưởng
  TDKT: 'TĐKT', // thi đua, khen thưởng
  HDTD: 'HĐTĐ',
  HDND: 'HĐND', // Hội đồng nhân dân
  QD: 'QĐ', // Quyết định
  ND: 'NĐ', // Nghị định (NĐ-CP)
  BCD: 'BCĐ', // Ban Chỉ đạo
  DU: 'ĐU', // Đảng ủy
  DUK: 'ĐUK', // Đảng ủy khối
  LDLD: 'LĐLĐ', // Liên đoàn Lao động
  LDTBXH: 'LĐTBXH', // Lao động – Thương binh và Xã hội
  DTN: 'ĐTN', // Đoàn Thanh niên
  DCS: 'ĐCS',
  DCSVN: 'ĐCSVN',
  TLD: 'TLĐ', // Tổng Liên đoàn
  HDQT: 'HĐQT',
  GDDT: 'GDĐT', // Giáo dục và Đào tạo
  SGDDT: 'SGDĐT',
  PGDDT: 'PGDĐT',
  CD: 'CĐ', // Công đoàn
  CDCS: 'CĐCS',
  HDTV: 'HĐTV',
  BDH: 'BĐH',
  KHDT: 'KHĐT', // Kế hoạch và Đầu tư
};

/** The marked form of a stripped upper-case abbreviation, or null when it is not a known one. */
export function restoreAbbreviation(text: string): string | null {
  const found = ABBREVIATIONS[text];
  return found && found !== text ? found : null;
}
