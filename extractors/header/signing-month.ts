// The OCR'd month of a date line checked against the digital signature's time stamp (the year is
// signing-year.ts's). An e-signed copy's box prints when it was signed ("Thời gian ký: 16.10.2024
// 15:12", "Thời gian ký: 25.09.2020"), machine type read cleanly; a document is signed on its date or
// within days of it (every e-signed gold document: 0–4 days; a publisher's box is not the issuer's).
// A date line of the stamp's year whose month puts it more than a month before the signing, or after
// it, had its month misread by the engine ("ngayl4thing 4 ăm 2024" signed 16.10.2024, "ngéspOhthang 4
// năm 2020" signed 25.09.2020): the stamp's month is taken, and the day read beside it only when it
// does not fall after the signing.
import { foldVietnamese } from '../../normalizers/fold.js';
import { MAX_DAYS_BEFORE_SIGNING, STAMP } from './signing-year.js';

// The box's label, its date machine-typed after it with or without a time of day (folded text).
const LABELLED = /(?:thoi gian ky|gio ky|ngay ky)\s*:\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/g;

const DAY = 86_400_000;
/** How far into the text the e-signature box is looked for: it stands over the header. */
export const SIGNING_STAMP_REACH = 3000;

interface Signed {
  year: number;
  month: number;
  day: number;
}

// A publisher's box: the Government's portal or a gazette centre signs the copy it publishes, weeks
// or months after the issuer signed ("Ký bởi: Cổng Thông tin điện tử Chính phủ … 03.03.2016" over a
// circular of 06/01/2016). Its stamp dates the publication, not the document.
const PUBLISHER = /cong thong tin|cong bao|trung tam/;
/** How far before a stamp its box's signer is named. */
const BOX_REACH = 300;

// A bare date and time is a signature's only with the zone the signing software writes after it
// ("05.07.2023 09:10:11 +07:00"): a received stamp's "Đến ngày: 15/05/2024 14:30" has none.
const SIGNING_ZONE = /^\s*\+0?7:?00/;
// A certified copy ("SAO Y", "SAO LỤC", "BẢN SAO") is e-signed by the office that copied it, weeks
// after the document's date as often as not: its box dates the copy.
const COPY_MARK = /\b(?:sao y|sao luc|ban sao)\b/;

/** The box's signing dates in `head` (the text over and around the header), valid ones only, in order. */
function signingDates(head: string): Signed[] {
  const folded = foldVietnamese(head).toLowerCase();
  if (COPY_MARK.test(folded)) return [];
  const zoned = [...head.matchAll(STAMP)].filter((m) => SIGNING_ZONE.test(head.slice(m.index + m[0].length, m.index + m[0].length + 8)));
  const found = [...folded.matchAll(LABELLED), ...zoned].map((m) => ({ at: m.index, year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }));
  return found
    .filter((s) => !PUBLISHER.test(folded.slice(Math.max(0, s.at - BOX_REACH), s.at)))
    .filter((s) => s.month >= 1 && s.month <= 12 && s.day >= 1 && s.day <= new Date(Date.UTC(s.year, s.month, 0)).getUTCDate())
    .sort((a, b) => a.at - b.at);
}

/**
 * The date `iso` (YYYY-MM-DD or YYYY-MM) with its month put right by a signature stamp in `head`,
 * or null when there is nothing to put right (no stamp, another year, a month that fits a stamp).
 */
export function monthFromSigningStamp(iso: string, head: string): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null];
  const stamps = signingDates(head).filter((s) => s.year === year);
  if (!stamps.length) return null;
  // Dated at the latest on the read day, or the read month's last day when no day was read.
  const dated = day !== null ? Date.UTC(year, month - 1, day) : Date.UTC(year, month, 0);
  const fits = (s: Signed) => {
    const days = (Date.UTC(s.year, s.month - 1, s.day) - dated) / DAY;
    return days >= (day !== null ? 0 : -31) && days <= MAX_DAYS_BEFORE_SIGNING;
  };
  if (stamps.some(fits)) return null;
  const signed = stamps[0]!;
  if (signed.month === month) return null;
  const mm = String(signed.month).padStart(2, '0');
  return day !== null && day <= signed.day ? `${year}-${mm}-${String(day).padStart(2, '0')}` : `${year}-${mm}`;
}
