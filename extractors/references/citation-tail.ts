// What a citation is read into (Citation) and what follows a cited number: its date, issuer and title.
import { foldVietnamese } from '../../normalizers/fold.js';
import { findDate } from '../shared/dates.js';
import type { DocType } from '../shared/doctypes.js';
import { parseIssuer, type LocalityFrame } from '../issuer/issuer.js';
import { issuerNamedBefore, issuerPhrase, plenumCommittee } from './reference-issuer.js';
import type { AdminUnit } from '../shared/localities.js';
import type { PlanNumber } from '../shared/number.js';
import { LAYOUT_GAP_TO_DATE, DAY_WORD, dateAfterDayWord, spacedDate, GARBLED_DAY_WORD, MONTH_YEAR, AFTER_ISSUER_DATE, STRAY_LETTER_BEFORE_DAY_WORD } from './citation-date.js';
import { dateWithNumberYear, yearOfSerial } from './number-year-date.js';

export interface Citation {
  start: number;
  /** End of the number (or name): where the date and issuer are looked for. */
  end: number;
  type: DocType | null;
  number: PlanNumber | null;
  title?: string;
  /** Set when the citation names its issuer inside the name ("Nghị quyết Đại hội Đảng bộ …"). */
  namedIssuer?: string;
  /** Set when the name holds the date ("Hiến pháp năm 2013"). */
  date?: string;
  /** Set for a number in no state form ("số 02 ngày …", "số 01-GCN-MT ngày …"): one document only with its type and date. */
  ownForm?: true;
}

export interface Parsed extends Omit<Citation, 'date'> {
  date: string | null;
  issuer: string | null;
  issuerSpan: { start: number; end: number } | null;
  unresolved: boolean;
  spanEnd: number;
}

const UNIT_WRITTEN: Record<string, string> = { 'thanh pho': 'thành phố', tinh: 'tỉnh', quan: 'quận', huyen: 'huyện', 'thi xa': 'thị xã', phuong: 'phường', xa: 'xã' };

/**
 * A body named relative to the document: "Đại hội Đảng bộ Thành phố" in a Hà Nội plan is the Hà
 * Nội congress, "Phòng Văn hóa - Xã hội Phường" the ward's own; the unit is named from the frame.
 */
function resolveTrailingUnit(phrase: string, frame: LocalityFrame): string {
  const unit = /(?<![a-z])(thanh pho|tinh|quan|huyen|thi xa|phuong|xa)$/.exec(foldVietnamese(phrase))?.[1];
  if (!unit) return phrase;
  const level = unit === 'thanh pho' || unit === 'tinh' ? frame.province : unit === 'quan' || unit === 'huyen' || unit === 'thi xa' ? frame.district : frame.own;
  const known = level?.word === UNIT_WRITTEN[unit] ? level : frame.own?.word === UNIT_WRITTEN[unit] ? frame.own : null;
  if (!known) return phrase;
  return `${phrase.slice(0, phrase.length - unit.length)}${known.word} ${known.name}`;
}

// A province's department named without its province ("Sở Tài chính") in a document of that
// province or of a unit inside it.
function provinceDepartment(name: string, frame: LocalityFrame): string {
  const folded = foldVietnamese(name);
  if (!/^so\s/.test(folded) || !frame.province || /(?<![a-z])(tinh|thanh pho|tp)(?![a-z])/.test(folded)) return name;
  return `${name} ${frame.province.word} ${frame.province.name}`;
}

/** The issuer's name when the issuer parser does not know the body. */
function unknownBody(name: string, frame: LocalityFrame): string {
  return provinceDepartment(resolveTrailingUnit(name, frame), frame);
}

/** How far past the issuer its date's day word may stand: two units above it ("…, huyện Nghi Xuân, tỉnh Hà Tĩnh") and a verb. */
const AFTER_ISSUER_REACH = 90;

/**
 * "ban hành ngày", "được ký ngày", "ban hành vào ngày" between a cited number and its date (folded);
 * and "đề ngày" ("dated": "Phiếu chuyển số 724/PC-TCT đề ngày 19/9/2018"), told from "để" by its
 * marks in the text (ISSUED_ON_DE).
 */
const ISSUED_ON = /^(?:duoc\s+)?(?:ban hanh|ky)\s+(?:vao\s+)?(?=ngay\s*\d)/;

/**
 * A law dated by the day it was passed: "Luật … được Quốc hội thông qua ngày 22 tháng 11 năm 2019",
 * "… được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 9 thông qua ngày …"
 * (folded). Read for a law named without a number too: the date is what pins it.
 */
const PASSED_ON =
  /^(?:da\s+)?(?:duoc\s+)?(?:quoc hoi(?:\s+nuoc\s+(?:cong hoa xa hoi chu nghia|chxhcn)\s+viet nam)?(?:\s+khoa\s+[xivlc]+)?\s*,?\s*(?:(?:tai\s+)?ky hop thu\s+(?:[xivlc]+|\d{1,2})\s*,?\s*)?)?thong qua\s+(?:vao\s+)?(?=ngay\s*\d)/;
const ISSUED_ON_DE = /^đề\s+(?=ngày\s*\d)/iu;

export function parseTail(text: string, folded: string, c: Citation, frame: LocalityFrame, near: readonly AdminUnit[], ocr = false): Parsed {
  let pos = c.end;
  let spanEnd = c.end;
  let date: string | null = c.date ?? null;
  // "88/CP, ngày …", and as OCR reads the comma, "88/CP. ngày …" (a new sentence would open "Ngày").
  const lead =
    /^\s*,?\s*/.exec(folded.slice(pos, pos + 5))![0] || (/^\.\s*ngày/u.test(text.slice(pos, pos + 8)) ? /^\.\s*/.exec(text.slice(pos))![0] : '');
  // A table's date column after a wide gap, or on the next line under it ("121/2009/TT- BTC" /
  // "          17/6/2009"): only a whole date in figures stands there.
  const column = LAYOUT_GAP_TO_DATE.exec(folded.slice(pos, pos + 80));
  let at = pos + (column && column[0].length > lead.length ? column[0].length : lead.length);
  // "Kế hoạch số 322/KH-UBND ban hành ngày 17 tháng 01 năm 2013", "… (được) ký ngày …": the date after the verb.
  const issued = !date && c.number?.number ? (ISSUED_ON.exec(folded.slice(at, at + 24)) ?? ISSUED_ON_DE.exec(text.slice(at, at + 24))) : null;
  if (issued) at += issued[0].length;
  const passed = !date && !issued && (c.number?.number || c.title) ? PASSED_ON.exec(folded.slice(at, at + 120)) : null;
  if (passed) at += passed[0].length;
  const speck = ocr && !date && c.number?.number ? STRAY_LETTER_BEFORE_DAY_WORD.exec(folded.slice(pos, pos + 12)) : null;
  if (speck && at <= pos + speck[0].length) at = pos + speck[0].length;
  if (date) {
    // named with its date
  } else if (DAY_WORD.test(folded.slice(at, at + 5))) {
    // An OCR'd year printed short or with a stray figure, read as the number's year (number-year-date.ts).
    const numberYear = ocr ? yearOfSerial(c.number?.serial) : null;
    const found = dateAfterDayWord(folded, at) ?? spacedDate(folded, at) ?? (numberYear ? dateWithNumberYear(folded, at, numberYear) : null);
    if (found && found.iso) {
      date = found.iso;
      pos = spanEnd = found.end;
    }
  } else if (/^\d/.test(folded.charAt(at)) || (ocr && c.number?.number && GARBLED_DAY_WORD.test(folded.slice(pos, pos + 24)))) {
    const from = /^\d/.test(folded.charAt(at)) ? at : pos + GARBLED_DAY_WORD.exec(folded.slice(pos, pos + 24))![0].length;
    const found = findDate(folded, from, from);
    if (found && found.iso && found.start === from) {
      date = found.iso;
      pos = spanEnd = found.end;
    }
  } else if (c.number?.number) {
    // "Văn bản số 02/GĐN-ĐD tháng 4 năm 2026": dated by its month and year only.
    const month = MONTH_YEAR.exec(folded.slice(at, at + 24));
    if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
      date = `${month[2]}-${month[1]!.padStart(2, '0')}`;
      pos = spanEnd = at + month[0].length;
    }
  }
  // "Luật Kế toán năm 2015": a law named with the year it was passed.
  // "Luật An ninh mạng 2025": the year printed bare is part of the name it is known by.
  let title = c.title;
  const year = c.title && !date ? /^\s*,?\s*(nam\s+)?((?:19|20)\d\d)(?![\d/\p{L}]|\.\d)/u.exec(folded.slice(pos, pos + 16)) : null;
  if (year) {
    date = year[2]!;
    if (!year[1]) title = `${c.title} ${year[2]}`;
    pos = spanEnd = pos + year[0].length;
  }
  let issuer: string | null = c.namedIssuer ? resolveTrailingUnit(c.namedIssuer, frame) : null;
  let issuerSpan: Parsed['issuerSpan'] = null;
  let unresolved = false;
  const of = /^\s*,?\s*c(?:u|ii)a\s+/.exec(folded.slice(pos, pos + 12));
  if (of) {
    const from = pos + of[0].length;
    const found = issuerPhrase(text, folded, from);
    if (found) {
      const parsed = found.joint ? null : parseIssuer(found.phrase, frame, near);
      issuer = parsed?.name ?? (found.joint ? found.name : unknownBody(plenumCommittee(found.name), frame));
      unresolved = parsed?.unresolved ?? false;
      issuerSpan = { start: from, end: found.end };
      spanEnd = issuerSpan.end;
      // "Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022": the date after the issuer;
      // "Chỉ thị số 21-CT/TW của Ban Bí thư mới ban hành ngày 04/5/2023": after its verb; "… của UBND
      // xã Yên Thành, tỉnh Lào Cai ngày 12 tháng 11 năm 2025": after the units above the issuer.
      const after = AFTER_ISSUER_DATE.exec(folded.slice(spanEnd, spanEnd + AFTER_ISSUER_REACH));
      if (!date && after) {
        const at = spanEnd + after[0].length;
        const found = dateAfterDayWord(folded, at);
        if (found?.iso) {
          date = found.iso;
          spanEnd = found.end;
        }
      }
    }
  }
  // "… của Sở Tài chính tại Công văn số 3679/STC-QLGCS": the issuer named before the citation.
  if (!issuer) {
    const before = issuerNamedBefore(text, folded, c.start);
    if (before) {
      const parsed = parseIssuer(before.phrase, frame, near);
      issuer = parsed?.name ?? unknownBody(before.name, frame);
      unresolved = parsed?.unresolved ?? false;
      issuerSpan = { start: before.start, end: before.end };
    }
  }
  return { ...c, ...(title ? { title } : {}), date, issuer, issuerSpan, unresolved, spanEnd };
}
