// Comparing deadlines and plan levels. Deadlines are ISO dates, possibly partial ("2021-03",
// "2021"); a partial end means the last day of that month or year.
import type { IssuerLevel } from '../../output/schema.js';

/** ward/commune < district/town < city/province < central. */
export function levelRank(level: IssuerLevel | null | undefined): number | null {
  switch (level) {
    case 'ward':
    case 'commune':
      return 0;
    case 'district':
    case 'town':
      return 1;
    case 'city':
    case 'province':
      return 2;
    case 'central':
      return 3;
    default:
      return null;
  }
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The last day a partial ISO date covers, as a UTC timestamp; null when not a date. */
export function endOfPeriod(iso: string | null | undefined, shiftYears = 0): number | null {
  const m = iso ? PARTIAL.exec(iso) : null;
  if (!m) return null;
  const year = Number(m[1]) + shiftYears;
  const month = m[2] ? Number(m[2]) : 12;
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Math.min(Number(m[3]), lastDay) : lastDay;
  if (day < 1) return null;
  return Date.UTC(year, month - 1, day);
}

export function yearOf(iso: string | null | undefined): number | null {
  const m = iso ? PARTIAL.exec(iso) : null;
  return m ? Number(m[1]) : null;
}

export const DAY_MS = 86_400_000;

/** 1 within the same month, falling linearly to 0 at six months apart. */
export function deadlineAgreement(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  const months = Math.abs(a - b) / (30.44 * DAY_MS);
  return months < 1 ? 1 : Math.max(0, 1 - (months - 1) / 5);
}
