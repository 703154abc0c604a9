// A header's place-and-date line that handwriting or faint print garbled past what the date
// reader takes: "Hà Nội, ngàu 0 tháng ...Ð năm 2025", "Hà Nội, ngày-##tháng Q@n»ăm 2026",
// "Lâm Đẳng, nvàuô& thẳng 11 năm 2225", "Hà Nội, ngay4Sthimg 6 năm 2021" (an engine without
// Vietnamese: "tháng" as "thimg", "ttuing"). What is still printed is kept: the place, the year when it
// reads as one, the month when "tháng" is followed by a plain month; the day never (it is the
// handwritten part, or unreadable). Read on folded text (no marks), one line at a time.

// Place (capitalised in the original, checked by the caller), a comma, a word opening in "n" where
// "ngày" stands, "tháng" (OCR may garble one letter of it, "thimg", "ttuing", add one before its g, "tliánig", or lose its t to the
// handwritten day glued before it: "ngà¿2hạng0„"; never after a space: "người hàng năm" is a
// sentence), then the year word: "năm" with at most two marks inside it ("n»am"), glued to what
// precedes, its n maybe read as a u ("uäm", an italic n); then the year, or what OCR made of it, and
// maybe a stroke of the frame read as a bracket after it.
// After a space, a garbled "tháng" is taken only right before a plain month and the year word
// ("ngày Hạng 7 năm 2022": the day's figures and "t" read as one capital).
const LINE = /^[ \t*|]*[a-z][a-z .]{1,40},\s*n\S{0,6}?[^\n]{0,16}?(?:(?:t|(?<=\S))h[a-z]{1,3}[nm]g|t[a-z]{2,4}n[a-z]?g|(?<=\s)h[a-z]{1,3}[nm]g(?=\s*(?:0?[1-9]|1[0-2])\s+n[^\s\d]{0,3}m\s))\s*([^\n]{0,12}?)\s*[nu][^\s\d]{0,3}m\s*(\d{4})?[\s.…_)]*$/;

export interface GarbledDateLine {
  /** "2025" when the year reads as one of this era; null when it does not ("2225"). */
  year: string | null;
  /** "11" when the month reads plainly (1–12); null otherwise. */
  month: string | null;
}

/** The printed parts of a garbled place-and-date line (`line` folded); null when it is not one. */
export function garbledDateLine(line: string): GarbledDateLine | null {
  const m = LINE.exec(line);
  if (!m) return null;
  const year = m[2] && /^(?:19|20)\d\d$/.test(m[2]) ? m[2] : null;
  const monthText = m[1]!.trim();
  const month = /^(0?[1-9]|1[0-2])$/.test(monthText) ? monthText.padStart(2, '0') : null;
  return { year, month };
}

/** Such lines anywhere in folded text (line by line), for cutting the header into cells. */
export const GARBLED_DATE_LINES = new RegExp(LINE.source, 'gm');
