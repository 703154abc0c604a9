// Deadlines as printed in task tables and timelines ("Tháng 01/2018", "Trước ngày 31/12 hằng
// năm", "Quý I, Quý II hàng năm", "Giai đoạn 2021-2025", "Sau khi quận triển khai") →
// {text, start, end, recurring}. The text is always kept; a range is given only where the
// words mean one. Rules:
// - a day/month without a year takes the plan's year, unless the deadline recurs ("hằng
//   năm"): a yearly deadline has no single date, so start/end stay null;
// - "Trước X" gives only an end; "Từ tháng A đến tháng B năm Y" / "Tháng A, B/Y" a range;
// - several dates ("- Trước 30/3 … - Trước 30/10 …") give the earliest start and latest end;
// - nothing is corrected: a date before the plan's year is reported (implausible), kept.
import type { Deadline } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';

export interface DeadlineContext {
  /** The first year the plan covers (document date or title), for dates printed without one. */
  planYear?: number | null;
}

export interface ParsedDeadline {
  deadline: Deadline;
  /** A date in it falls before the plan's first year (e.g. a 2020 date in a 2021 plan). */
  implausible: boolean;
}

const RECURRING = /\b(?:hang|moi) (?:nam|thang|quy|tuan)\b|\bthuong xuyen\b|\bdinh ky\b|\bhang ngay\b/;
const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export function parseDeadline(raw: string, context: DeadlineContext = {}): ParsedDeadline | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const f = foldVietnamese(text);
  const recurring = RECURRING.test(f);
  const planYear = context.planYear ?? null;
  const starts: string[] = [];
  const ends: string[] = [];
  const years: number[] = [];
  const note = (year: number) => years.push(year);
  const inferYear = (year: string | undefined): number | null => {
    if (year) return expandYear(year);
    return recurring ? null : planYear;
  };

  // Masks what an earlier rule consumed so later rules do not read it twice.
  let rest = f;
  const consume = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      m.index = args[args.length - 2] as number;
      fn(m);
      return ' '.repeat(String(args[0]).length);
    });
  };

  // "Giai đoạn 2021-2025", "2016 - 2020", "Từ năm 2013 đến (hết) năm 2020"
  consume(/\b(?:giai doan|nhiem ky|tu nam|nam)?\s*((?:19|20)\d\d)\s*(?:[-–]|den(?: het)?(?: nam)?)\s*((?:19|20)\d\d)\b/g, (m) => {
    starts.push(m[1]!);
    ends.push(m[2]!);
    note(+m[1]!);
  });
  // "Từ tháng 01 đến tháng 3 năm 2018", "Từ tháng 4 đến tháng 6/2018"
  consume(/\btu thang (\d{1,2}) (?:den|-) (?:het )?thang (\d{1,2})(?:\s*(?:nam|\/)\s*((?:19|20)?\d\d))?/g, (m) => {
    const year = inferYear(m[3]);
    if (year === null) return;
    starts.push(month(year, +m[1]!));
    ends.push(month(year, +m[2]!));
    note(year);
  });
  // Full dates: "20/01/2021", "30.4.1975", "ngày 31/12" (year inferred)
  // ("1/2 ngày" is half a day, not 1 February.)
  consume(/\b(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*((?:19|20)?\d\d))?(?![\d/])(?!\s*(?:ngay|gio)\b)/g, (m) => {
    const day = +m[1]!;
    const mon = +m[2]!;
    if (day < 1 || day > 31 || mon < 1 || mon > 12) {
      // "Tháng 2/2021" style was not a day/month: "2/2021" is caught below.
      return;
    }
    const year = inferYear(m[3]);
    if (year === null) return;
    const iso = `${year}-${pad(mon)}-${pad(day)}`;
    const before = f.slice(0, m.index ?? 0);
    if (/\b(?:truoc|den|han|cham nhat|muon nhat)(?: ngay)?\s*$/.test(before)) ends.push(iso);
    else if (/\b(?:sau|tu)(?: ngay)?\s*$/.test(before)) starts.push(iso);
    else {
      starts.push(iso);
      ends.push(iso);
    }
    note(year);
  });
  // Dates written out: "ngày 23 tháng 1", "ngày 15 tháng 6 năm 2025" (year inferred when left out)
  consume(/\bngay (\d{1,2}) thang (\d{1,2})(?:\s*nam\s*((?:19|20)\d\d))?(?!\d)/g, (m) => {
    const day = +m[1]!;
    const mon = +m[2]!;
    if (day < 1 || day > 31 || mon < 1 || mon > 12) return;
    const year = inferYear(m[3]);
    if (year === null) return;
    const iso = `${year}-${pad(mon)}-${pad(day)}`;
    const before = f.slice(0, m.index ?? 0);
    if (/\b(?:truoc|den|han|cham nhat|muon nhat)\s*$/.test(before)) ends.push(iso);
    else if (/\b(?:sau|tu)\s*$/.test(before)) starts.push(iso);
    else {
      starts.push(iso);
      ends.push(iso);
    }
    note(year);
  });
  // "Tháng 11 - 12/2025", "tháng 4-6 năm 2024"
  consume(/\bthang (\d{1,2})\s*[-–]\s*(?:thang )?(\d{1,2})(?:\s*(?:nam|\/)\s*((?:19|20)?\d\d))?(?![\d/])/g, (m) => {
    const year = inferYear(m[3]);
    if (year === null || +m[1]! < 1 || +m[2]! > 12 || +m[1]! > +m[2]!) return;
    starts.push(month(year, +m[1]!));
    ends.push(month(year, +m[2]!));
    note(year);
  });
  // "Tháng 2, 3/2021", "tháng 01/2018", "tháng 3 năm 2018"
  consume(/\bthang ((?:\d{1,2}\s*,\s*)*\d{1,2})(?:\s*(?:nam|\/)\s*((?:19|20)?\d\d))?/g, (m) => {
    const months = m[1]!.split(',').map((s) => +s.trim()).filter((n) => n >= 1 && n <= 12);
    const year = inferYear(m[2]);
    if (!months.length || year === null) return;
    const before = f.slice(0, m.index ?? 0);
    const first = month(year, Math.min(...months));
    const last = month(year, Math.max(...months));
    if (/\b(?:truoc|den)\s*$/.test(before)) ends.push(last);
    else if (/\btu\s*$/.test(before)) starts.push(first);
    else {
      starts.push(first);
      ends.push(last);
    }
    note(year);
  });
  // "Quý I/2018", "Quý I, Quý II hàng năm"
  // "Quí IV-2025": the older spelling and a dash before the year.
  consume(/\bqu[yi] (i{1,3}|iv|[1-4])\b(?:\s*[/,\-–]?\s*(?:nam\s*)?((?:19|20)\d\d))?/g, (m) => {
    const q = ROMAN_QUARTER[m[1]!]!;
    const year = inferYear(m[2]);
    if (year === null) return;
    starts.push(month(year, q * 3 - 2));
    ends.push(month(year, q * 3));
    note(year);
  });
  // "năm 2021" alone, or a cell holding only the year ("2025")
  if (!starts.length && !ends.length) {
    const y = /\bnam ((?:19|20)\d\d)\b/.exec(rest) ?? /^\s*((?:19|20)\d\d)\s*\.?\s*$/.exec(rest);
    if (y) {
      starts.push(y[1]!);
      ends.push(y[1]!);
      note(+y[1]!);
    }
  }

  const start = starts.length ? starts.reduce((a, b) => (compareIso(a, b) <= 0 ? a : b)) : null;
  const end = ends.length ? ends.reduce((a, b) => (compareIso(a, b) >= 0 ? a : b)) : null;
  const implausible = planYear !== null && years.some((y) => y < planYear);
  return { deadline: { text, start, end, recurring }, implausible };
}

function expandYear(year: string): number {
  const n = +year;
  return n < 100 ? 2000 + n : n;
}

function month(year: number, m: number): string {
  return `${year}-${pad(m)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Compares partial ISO dates: a month sorts by its first day for starts, as a whole. */
function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
