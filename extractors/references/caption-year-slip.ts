// An annex caption that names the document's own number with a slip of the year ("(Kèm theo
// Quyết định số 1050/QĐ-SCT ngày 06/3/2025 …)" in a decision dated March 2026): the same serial and
// symbol, the same month, the same day where both print one, a year one apart. A caption is the
// document's own; numbers start again each year, but no document attaches last year's namesake.

/** Whether the caption's date differs from the document's only by a year misprinted one off. */
export function captionYearSlip(cited: string | null, own: string | null): boolean {
  if (!cited || !own) return false;
  const a = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(cited);
  const b = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(own);
  if (!a || !b || a[2] !== b[2]) return false;
  // A day left blank on either side still counts: the caller asks only of an annex caption that
  // prints the document's own serial and symbol, and no document attaches last year's namesake.
  if (a[3] && b[3] && a[3] !== b[3]) return false;
  return Math.abs(Number(a[1]) - Number(b[1])) === 1;
}
