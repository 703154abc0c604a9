// The year of an OCR'd date line checked against the digital signature's time stamp. E-signed
// copies print the signing time in a box over the header ("04.04.2018 14:21:14 +07:00"): machine
// type, read cleanly, and a document is signed on its date or within days of it. A date line
// whose year differs from the stamp's by one digit OCR confuses (6/8, 3/8, 0/8, 1/7, 5/6, 9/8)
// and that, with the stamp's year, falls in the month before the signing, was misread: the
// stamp's year is taken. Nothing else is changed.

// "04.04.2018 14:21:14 +07:00", "04/04/2018 14:21:14": a day, month, year and time of day.
export const STAMP = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g;
// The same stamp with its day lost to OCR ("Thời gian ký: 03.2015 14:40:33", the box's small print
// over a scan): a month, year and time of day, nothing of a date before them. Its signing is only
// known to the month.
const STAMP_DAY_LOST = /(?<![\d./-])(\d{1,2})[./-](\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g;

/** Digit pairs OCR confuses in a printed year (the read digit, then the true one, either way). */
export const CONFUSED_DIGITS: ReadonlySet<string> = new Set(['68', '86', '38', '83', '08', '80', '17', '71', '56', '65', '98', '89', '35', '53']);

/** How far before the signing the document's date may be, in days. */
export const MAX_DAYS_BEFORE_SIGNING = 31;

function oneConfusedDigit(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++diff > 1 || !CONFUSED_DIGITS.has(`${a[i]}${b[i]}`)) return false;
  }
  return diff === 1;
}

/**
 * The date `iso` (YYYY-MM-DD, or YYYY-MM) with its year put right by a signature stamp found in
 * `head` (the text before and around the header), or null when there is nothing to put right.
 */
export function yearFromSigningStamp(iso: string, head: string): string | null {
  const m = /^(\d{4})(-\d{2}(?:-\d{2})?)$/.exec(iso);
  if (!m) return null;
  const [, year, rest] = m;
  const stamps = [
    ...[...head.matchAll(STAMP)].map(([, d, mo, y]) => ({ d: Number(d), mo: Number(mo), y: y! })),
    ...[...head.matchAll(STAMP_DAY_LOST)].map(([, mo, y]) => ({ d: null, mo: Number(mo), y: y! })),
  ];
  for (const { d, mo, y } of stamps) {
    if (y === year || !oneConfusedDigit(year!, y)) continue;
    // A stamp without its day was signed some day of its month: the first and the last are the bounds.
    const signedFirst = Date.UTC(Number(y), mo - 1, d ?? 1);
    const signedLast = d ? signedFirst : Date.UTC(Number(y), mo, 0);
    const fixed = `${y}${rest}`;
    const [fy, fm, fd] = fixed.split('-').map(Number);
    // A partial date (no day): its month's last day, the latest it can be.
    const dated = fd ? Date.UTC(fy!, fm! - 1, fd) : Date.UTC(fy!, fm!, 0);
    const after = (signedLast - dated) / 86_400_000;
    const within = (signedFirst - dated) / 86_400_000;
    if (Number.isFinite(after) && Number.isFinite(within) && (fd ? after >= 0 : after >= -31) && within <= MAX_DAYS_BEFORE_SIGNING) return fixed;
  }
  return null;
}
