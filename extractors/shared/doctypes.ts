// Document types and their abbreviations (Nghị định 30/2020/NĐ-CP, Phụ lục III), plus the
// legal-document types plans cite (laws, decrees, circulars) that carry no Phụ lục III code.
import { foldVietnamese } from '../../normalizers/fold.js';

export interface DocType {
  /** Title case, with diacritics: "Kế hoạch". */
  name: string;
  /** Phụ lục III abbreviation ("KH", "QĐ", "CTr"); null when the type has none (Luật, Công văn). */
  code: string | null;
}

const TABLE: ReadonlyArray<[name: string, code: string | null]> = [
  ['Nghị quyết liên tịch', 'NQLT'],
  ['Nghị quyết', 'NQ'],
  ['Kết luận', 'KL'],
  ['Văn bản hợp nhất', 'VBHN'],
  ['Kế hoạch hành động', 'KHHĐ'],
  ['Quyết định', 'QĐ'],
  ['Chỉ thị', 'CT'],
  ['Quy chế', 'QC'],
  ['Quy định', 'QyĐ'],
  // The charter of an association or a fund, issued with the decision that approves it.
  ['Điều lệ', null],
  // A press release: printed under this heading, without a number of its own.
  ['Thông cáo báo chí', null],
  ['Thông cáo', 'TC'],
  ['Thông báo', 'TB'],
  // Joint documents of several bodies, printed under these headings (symbol HDLN-…, CTPH-…).
  // Joint programmes are often numbered CTr-… too: the number's code wins then (typeCodeFor).
  ['Hướng dẫn liên ngành', 'HDLN'],
  ['Hướng dẫn', 'HD'],
  ['Chương trình hành động', 'CTr'],
  ['Chương trình phối hợp', 'CTPH'],
  ['Chương trình', 'CTr'],
  ['Kế hoạch liên tịch', 'KH'],
  ['Kế hoạch', 'KH'],
  ['Phương án', 'PA'],
  ['Đề án', 'ĐA'],
  ['Dự án', 'DA'],
  ['Báo cáo', 'BC'],
  ['Biên bản', 'BB'],
  ['Tờ trình', 'TTr'],
  ['Hợp đồng', 'HĐ'],
  ['Công điện', 'CĐ'],
  ['Bản ghi nhớ', 'BGN'],
  ['Bản thỏa thuận', 'BTT'],
  ['Giấy ủy quyền', 'GUQ'],
  ['Giấy mời', 'GM'],
  ['Giấy giới thiệu', 'GGT'],
  ['Giấy nghỉ phép', 'GNP'],
  // A registration a unit sends up (a youth union's pledge to keep a street, a contest's entry):
  // printed under "BẢNG ĐĂNG KÝ" or "BẢN ĐĂNG KÝ" with what is registered, no number, no Phụ lục III code.
  ['Bảng đăng ký', null],
  ['Bản đăng ký', null],
  // A licence a province or a ministry grants (mining, explosives, building): numbered …/GP-UBND, …/GP-BCT,
  // printed under "GIẤY PHÉP …" with its object, the enacting "QUYẾT ĐỊNH:" below the basis lines.
  ['Giấy phép', 'GP'],
  ['Phiếu gửi', 'PG'],
  ['Phiếu chuyển', 'PC'],
  ['Phiếu báo', 'PB'],
  // An office's routing slip that puts an incoming document before its leaders (Văn phòng UBND).
  ['Phiếu trình', 'PT'],
  // Legal documents: the code is the type part of their symbol (NĐ-CP, TT-BNV).
  ['Nghị định', 'NĐ'],
  ['Thông tư liên tịch', 'TTLT'],
  ['Thông tư', 'TT'],
  ['Bộ luật', null],
  ['Luật', null],
  ['Pháp lệnh', null],
  ['Hiến pháp', null],
  ['Công văn', null],
];

export const DOC_TYPES: readonly DocType[] = TABLE.map(([name, code]) => ({ name, code }));

/** Longest names first, so "Chương trình hành động" wins over "Chương trình". */
const BY_FOLDED_NAME = [...DOC_TYPES]
  .map((t) => ({ folded: foldVietnamese(t.name), type: t }))
  .sort((a, b) => b.folded.length - a.folded.length);

const BY_CODE = new Map<string, DocType>();
for (const t of DOC_TYPES) if (t.code && !BY_CODE.has(t.code.toUpperCase())) BY_CODE.set(t.code.toUpperCase(), t);
// "Chương trình" is the plain reading of CTr; "Kế hoạch" of KH.
BY_CODE.set('CTR', { name: 'Chương trình', code: 'CTr' });
BY_CODE.set('KH', { name: 'Kế hoạch', code: 'KH' });
// A Party công văn is numbered 163-CV/ĐU; the state's công văn have no type part.
BY_CODE.set('CV', { name: 'Công văn', code: null });

/** The type whose name starts the folded text, e.g. "ke hoach so 12" → Kế hoạch; names longer than `maxLength` are passed over. */
export function docTypeAtStart(folded: string, maxLength = Infinity): { type: DocType; length: number } | null {
  for (const { folded: name, type } of BY_FOLDED_NAME) {
    if (name.length > maxLength) continue;
    if (folded.startsWith(name) && !/[a-z0-9]/.test(folded.charAt(name.length))) return { type, length: name.length };
  }
  return null;
}

/** The type named exactly by a (folded) heading such as "ke hoach". */
export function docTypeByName(name: string): DocType | null {
  const folded = foldVietnamese(name).replace(/\s+/g, ' ').trim();
  return BY_FOLDED_NAME.find((t) => t.folded === folded)?.type ?? null;
}

/**
 * The code a document of `type` goes by when its number's symbol opens with `numberCode`: the
 * number's own when it names the same kind of document, a shorter or longer name of it
 * ("Chương trình phối hợp số 01/CTr-…" is a CTr, "Chương trình … số 154/CTPH-…" a CTPH); else the
 * type's code (a heading and a number of different kinds: the heading names the document).
 */
export function typeCodeFor(type: DocType | null, numberCode: string | null | undefined): string | null {
  if (!type) return numberCode ?? null;
  const numbered = numberCode ? docTypeByCode(numberCode) : null;
  if (!numbered?.code || numbered.code === type.code) return type.code;
  const name = foldVietnamese(type.name);
  const numberedName = foldVietnamese(numbered.name);
  const sameKind = name.startsWith(`${numberedName} `) || numberedName.startsWith(`${name} `);
  return sameKind ? numbered.code : type.code;
}

/**
 * The type a document of heading `type` is, its number's symbol opening with `numberCode`: the
 * number's when it names the same kind by a shorter or longer name ("KẾ HOẠCH HÀNH ĐỘNG" numbered
 * "…/KH-UBND" is a Kế hoạch, "459-KHHĐ/TU" a Kế hoạch hành động), as typeCodeFor gives its code.
 */
export function typeFor(type: DocType | null, numberCode: string | null | undefined): DocType | null {
  const code = typeCodeFor(type, numberCode);
  if (!type || !code || code === type.code) return type;
  return docTypeByCode(code) ?? type;
}

/** The type an abbreviation stands for ("KH", "QĐ", "QD", "CTr"); null for issuer codes. */
export function docTypeByCode(code: string): DocType | null {
  const key = code.toUpperCase();
  return BY_CODE.get(key) ?? BY_CODE.get(key.replace(/D/g, 'Đ')) ?? null;
}

/** Every type name, folded, longest first: the words that introduce a citation. */
export function foldedTypeNames(): string[] {
  return BY_FOLDED_NAME.map((t) => t.folded);
}
