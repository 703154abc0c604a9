// A cited document's year read a decade or more after the date of the document that cites it
// ("Tờ trình số 4179/TTr-SCT ngày 14/7/2096" in a permit of 21/7/2026, an italic 2 read as 9): a
// document exists before what cites it, so OCR misread one of the year's figures. The year is the
// citing document's own when it differs from it in that one figure and then dates the citation on
// or before the citing document. Only a decade or more ahead: a cited year one or a few ahead may
// be the date line's own misreading (cited-year.ts puts that right from the citations), never this.
// The document's own year is trusted only when no other citation is dated after it: a date line
// itself misread a decade early ("2016" for 2026) would otherwise pull every 2026 citation back,
// and those citations are what cited-year.ts puts the date line right from.
// OCR text only (the caller sees to that).
import type { Reference } from '../../output/schema.js';

/** How many years after the citing document a cited year must fall before it is doubted. */
const MIN_YEARS_AHEAD = 10;

/** `ref` with its date's year put right by the citing document's date `own` (see the file comment); `ref` itself otherwise. */
export function withCitedYearNotAhead(ref: Reference, own: string | null): Reference {
  if (!ref.date || !own || !/^\d{4}/.test(own)) return ref;
  const year = ref.date.slice(0, 4);
  const ownYear = own.slice(0, 4);
  if (Number(year) - Number(ownYear) < MIN_YEARS_AHEAD) return ref;
  let differ = 0;
  for (let i = 0; i < 4; i++) if (year[i] !== ownYear[i]) differ++;
  if (differ !== 1) return ref;
  const date = `${ownYear}${ref.date.slice(4)}`;
  // Compared at the coarser of the two precisions: "2026-07-14" is not after "2026-07" nor "2026".
  const n = Math.min(date.length, own.length);
  if (date.slice(0, n) > own.slice(0, n)) return ref;
  return { ...ref, date };
}

/** `refs` with each year put right as above, when no citation short of a decade ahead is dated after `own`'s year. */
export function withCitedYearsNotAhead(refs: readonly Reference[], own: string | null): Reference[] {
  if (!own || !/^\d{4}/.test(own)) return [...refs];
  const ownYear = Number(own.slice(0, 4));
  const laterCitation = refs.some((r) => {
    const year = r.date ? Number(r.date.slice(0, 4)) : NaN;
    return year > ownYear && year - ownYear < MIN_YEARS_AHEAD;
  });
  return laterCitation ? [...refs] : refs.map((r) => withCitedYearNotAhead(r, own));
}
