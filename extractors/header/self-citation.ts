// A document whose header serial was not read (left blank on an unsigned copy, or too unclear to
// read) may still print its whole number further down: the caption of its own annex ("Kèm theo
// Kế hoạch số 1105/KH-ĐKT ngày 10/3/2026 của Đoàn kiểm tra …"), which OCR may garble past its
// "Kèm theo" ("Kèm J dẹp kế hoạcjiš số 1105 /KH-ĐKT ngày10/3/2026 của Đoàn …"). A citation that
// names the document itself — its type, its symbol, its issuer and the very day it is dated —
// gives the document its number and is no reference. Anything less (another day, another body,
// a month only) may be an earlier document of the same series, and stays a citation. Only a
// citation past the document's own closing (its signature or "Nơi nhận") counts: in the body, a
// "Căn cứ Quyết định số 345/QĐ-UBND ngày 10/3/2026 của UBND tỉnh" of the same day is another
// decision of the same body (a board set up, then its rules), never the document itself.
import type { DocumentInfo, Reference } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { numberKey } from '../shared/number.js';

const FULL_DAY = /^\d{4}-\d\d-\d\d$/;

/** The document with the number its own citation prints, and the references without that citation. */
export function withNumberFromSelfCitation(
  document: DocumentInfo,
  references: readonly Reference[],
  closingAt: number | null,
): { document: DocumentInfo; references: Reference[] } {
  const unchanged = { document, references: [...references] };
  if (closingAt === null || document.number || !document.symbol || !document.date || !FULL_DAY.test(document.date) || !document.issuer.name) return unchanged;
  const own = references.filter((r) => r.span.start >= closingAt && namesItself(r, document));
  // Two such citations with different serials: no way to tell which is the document's.
  const serials = new Set(own.map((r) => numberKey(r.number!)));
  if (serials.size !== 1) return unchanged;
  const number = own[0]!.number!;
  const serial = number.slice(0, number.length - document.symbol.length - 1);
  if (!serial || !/\d/.test(serial)) return unchanged;
  return { document: { ...document, number, serial }, references: references.filter((r) => !own.includes(r)) };
}

function namesItself(ref: Reference, document: DocumentInfo): boolean {
  if (!ref.number || ref.date !== document.date || ref.type !== document.type || !ref.issuer) return false;
  if (!numberKey(ref.number).endsWith(`/${numberKey(document.symbol!)}`)) return false;
  // "của Đoàn kiểm tra" for the "Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT": the body's name as far as the citation gives it.
  const cited = foldVietnamese(ref.issuer).toLowerCase().trim();
  const issuer = foldVietnamese(document.issuer.name!).toLowerCase();
  return cited.length >= 4 && issuer.startsWith(cited);
}
