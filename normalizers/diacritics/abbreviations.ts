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
  TLDLD: 'TLĐLĐ', // Tổng Liên đoàn Lao động
  CNVCLD: 'CNVCLĐ', // công nhân, viên chức, lao động
  CNLD: 'CNLĐ', // công nhân lao động
  NLD: 'NLĐ', // người lao động
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

/** Shortest known abbreviation a longer code may be built from ("TT" + "HĐTĐKT"). */
const MIN_PART = 3;

/**
 * The marked form of a stripped upper-case abbreviation, or null when it is not a known one.
 * `learned` maps stripped codes to the form the training text writes most (see build-lm.ts);
 * the hand list above wins. An unknown code that is a known abbreviation of three letters or more
 * with other letters before or after it ("TTHDTDKT" = TT + HĐTĐKT) takes that part's marks.
 */
export function restoreAbbreviation(text: string, learned: ReadonlyMap<string, string> = EMPTY): string | null {
  const whole = ABBREVIATIONS[text] ?? learned.get(text);
  if (whole !== undefined) return whole !== text ? whole : null;
  for (let cut = 1; cut <= text.length - MIN_PART; cut++) {
    const tail = ABBREVIATIONS[text.slice(cut)] ?? learned.get(text.slice(cut));
    if (tail && tail !== text.slice(cut) && !text.slice(0, cut).includes('D')) return text.slice(0, cut) + tail;
  }
  for (let cut = text.length - 1; cut >= MIN_PART; cut--) {
    const head = ABBREVIATIONS[text.slice(0, cut)] ?? learned.get(text.slice(0, cut));
    if (head && head !== text.slice(0, cut) && !text.slice(cut).includes('D')) return head + text.slice(cut);
  }
  return null;
}

const EMPTY: ReadonlyMap<string, string> = new Map();
