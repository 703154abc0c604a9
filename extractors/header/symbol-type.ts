// The type of a document printed without a type heading, under a "V/v" line: a công văn, unless
// its symbol opens with a type code that only names a type. An agency numbers each kind of paper
// in its own register, so "Số: 34/BC-CGC / V/v báo cáo kết quả …" is a Báo cáo set out as a
// letter. Codes that are also the abbreviation of a unit stay a công văn's symbol: CT (Cục Thuế,
// 5332/CT-CS), HD, TT, PA, PC (police units PA05, PC04), CV itself.
import type { PlanNumber } from '../shared/number.js';
import { docTypeByCode, type DocType } from '../shared/doctypes.js';

/** Type codes that name a kind of document and no unit. */
const TYPE_ONLY_CODES = new Set(['BC', 'TTr', 'KH', 'TB', 'GM', 'QĐ', 'NQ', 'CTr', 'BB', 'GUQ', 'GGT', 'GNP']);

/** The type the symbol's code names when that code names nothing else; null otherwise. */
export function typeOfLetterSymbol(number: PlanNumber | null): DocType | null {
  if (!number?.typeCode || !TYPE_ONLY_CODES.has(number.typeCode)) return null;
  // The code is the symbol's first part, and another part (the issuer's) follows it.
  if (!new RegExp(`^${number.typeCode}[-/]`).test(number.symbol)) return null;
  return docTypeByCode(number.typeCode) ?? null;
}
