// The OCR'd year of a date line checked against the dates of the documents it rests on. A decision
// or a plan is issued after what its "Căn cứ …" and "Thực hiện …" clauses cite; a date line that
// falls before several of them was misread (an italic 5 read as 3: "năm 2023" on a page of 2025
// citing a circular of 31/12/2024). The year is put right only when:
//  - at least two cited documents are dated after the whole date line (one citation's own misread
//    year proves nothing): those of these clauses, and any document cited elsewhere by its number
//    ("… đã được công bố tại Quyết định số 1802/QĐ-UBND ngày 21/8/2024"): a numbered document
//    exists before what cites it;
//  - exactly one year one OCR-confusable digit off the read one (signing-year.ts) puts the date at
//    or after every such citation, and no later than the year after the latest of them.
// Dates that are no citation (deadlines, later steps) are never references and are not looked at.
// Only citations in the document's own body count, before its first "Nơi nhận:": a scanned bundle
// may carry after the signature a forwarded or appended later document, or a certified copy's page,
// whose citations postdate a date line read right.
import type { Reference } from '../../output/schema.js';
import { CONFUSED_DIGITS } from '../header/signing-year.js';

/** At least this many cited documents must postdate the date line before its year is doubted. */
const MIN_LATER_CITATIONS = 2;

/** The first and last day a date of any precision ("2025", "2025-02", "2025-02-19") can be, as yyyy-mm-dd. */
function bounds(iso: string): { first: string; last: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return { first: iso, last: iso };
  if (mo) {
    const lastDay = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return { first: `${y}-${mo}-01`, last: `${y}-${mo}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** Years one confusable digit off `year`. */
function confusableYears(year: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < year.length; i++) {
    for (let digit = 0; digit <= 9; digit++) {
      const c = String(digit);
      if (c !== year[i] && CONFUSED_DIGITS.has(`${year[i]}${c}`)) out.push(`${year.slice(0, i)}${c}${year.slice(i + 1)}`);
    }
  }
  return out;
}

/**
 * The date `iso` with its year put right by the dates of the documents it rests on or cites by
 * number, and how many cited documents the read date fell before; null when nothing is to be
 * put right (see the file comment). `bodyEnd`: the offset of the first "Nơi nhận:" line, if any.
 */
export function yearFromCitedDates(
  iso: string,
  references: readonly (Pick<Reference, 'date' | 'relation' | 'number'> & { span?: Reference['span'] })[],
  bodyEnd = Number.POSITIVE_INFINITY,
): { iso: string; later: number } | null {
  const own = bounds(iso);
  if (!own) return null;
  const cited = references
    .filter((r) => (r.relation !== 'mentions' || r.number) && r.date && (r.span?.start ?? 0) < bodyEnd)
    .map((r) => bounds(r.date!))
    .filter((b): b is { first: string; last: string } => b !== null);
  const later = cited.filter((b) => b.first > own.last);
  if (later.length < MIN_LATER_CITATIONS) return null;
  const latest = later.reduce((a, b) => (b.first > a ? b.first : a), later[0]!.first);
  const rest = iso.slice(4);
  const fits = confusableYears(iso.slice(0, 4)).filter((y) => {
    const fixed = bounds(`${y}${rest}`);
    return fixed !== null && fixed.last >= latest && Number(y) <= Number(latest.slice(0, 4)) + 1;
  });
  return fits.length === 1 ? { iso: `${fits[0]}${rest}`, later: later.length } : null;
}
