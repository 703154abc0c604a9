// One document cited several ways: the keys citations are merged by, and the better of two readings.
import { foldVietnamese } from '../../normalizers/fold.js';
import { docTypeByCode, typeCodeFor } from '../shared/doctypes.js';
import type { Parsed } from './citation-tail.js';

/** The "/"-prefixes of a number key with three parts or more: "102/2025/nqlt" of "102/2025/nqlt/ubtvqh15/…". */
export function keyPrefixes(key: string): string[] {
  const parts = key.split('/');
  const out: string[] = [];
  for (let n = 3; n < parts.length; n++) out.push(parts.slice(0, n).join('/'));
  return out;
}

/** Names of one document compare folded; the constitution is known by its year alone. */
export function titleKeyOf(title: string): string {
  const folded = foldVietnamese(title);
  const constitution = /^hien phap\b.*?((?:19|20)\d\d)/.exec(folded);
  return `title:${constitution ? `hien phap ${constitution[1]}` : folded.replace(/[^a-z0-9]+/g, ' ').trim()}`;
}

/** After a law's number (and date): "về <subject>" up to the end of its clause. */
const LAW_SUBJECT = /^\s*,?\s*(?:ngay\s*\d{1,2}\s*(?:\/|thang)\s*\d{1,2}\s*(?:\/|nam)\s*\d{4}\s*,?\s*)?(?:cua\s+quoc hoi\s*,?\s*)?ve\s+(?!viec\s)/;

/** The title key a law cited by number would have by name: "Luật số … về Quản lý, …" → "Luật Quản lý, …". */
export function lawSubjectKey(text: string, folded: string, p: Parsed): string | null {
  if (p.type?.name !== 'Luật' || p.title || !p.number?.number) return null;
  const lead = LAW_SUBJECT.exec(folded.slice(p.end, p.end + 60));
  if (!lead) return null;
  const from = p.end + lead[0].length;
  const subject = /^[^;.\n()“”"]{3,160}/.exec(text.slice(from, from + 160))?.[0].trim();
  return subject ? titleKeyOf(`Luật ${subject}`) : null;
}

/** The year a state number holds: "2024" of "31/2024/QH15". */
function yearOfNumber(number: string | null | undefined): string | null {
  return (number && /\/((?:19|20)\d\d)\//.exec(number)?.[1]) || null;
}

/** A document's date, else the year its number holds: what tells two laws of one name apart. */
export function dateOrYear(date: string | null, number: string | null | undefined): string | null {
  return date ?? yearOfNumber(number);
}

/** Where a law is kept by its name and year: "title:luat dat dai|2013". */
export function lawYearKey(nameKey: string, date: string): string {
  return `${nameKey}|${date.slice(0, 4)}`;
}

/**
 * What two OCR readings of one cited number share however its type code was garbled: the serial
 * (and year), the issuer's code (the symbol's last part) and a whole date. Null without a whole date.
 */
export function garbledTwinKey(number: string | null | undefined, date: string | null): string | null {
  if (!number || !date || date.length !== 10) return null;
  const m = /^(\d{1,5}(?:\/(?:19|20)\d\d)?)\/\S*?[-.]([\p{Lu}][\p{Lu}\d]{1,9})$/u.exec(number);
  return m ? `${m[1]}|${foldVietnamese(m[2]!).toLowerCase()}|${date}` : null;
}

/**
 * A cited number an engine cut short: its symbol one capital with no type code ("1068/B ngày …" of a
 * "1068/BC-SKHDT"), a type's code with no issuer's after it ("Chỉ thị số 33/CT Chính phủ …" of a
 * line cut at the page's edge, whole later as 33/CT-TTg: a state number names who issued it), or
 * ending on a hyphen the rest of the line does not go on from ("1226/TCMT- đó do …"). What is left
 * would name another document: better not cited than cited wrong (OCR text only).
 */
export function cutShort(text: string, p: Parsed): boolean {
  if (!p.number?.number || p.number.party) return false;
  if (/^\p{Lu}$/u.test(p.number.symbol) && !p.number.typeCode) return true;
  if (p.number.typeCode && p.number.symbol === p.number.typeCode) return true;
  return /^-[ \t]+\p{Ll}/u.test(text.slice(p.end, p.end + 4));
}

/** A citation's type and type code: its type word, else the one its number's code names. */
export function typeNamed(p: Parsed): { type: string | null; typeCode: string | null } {
  const type = p.type ?? (p.number?.typeCode ? docTypeByCode(p.number.typeCode) : null);
  return { type: type?.name ?? null, typeCode: typeCodeFor(type, p.number?.typeCode) ?? p.number?.typeCode ?? null };
}

/** A cited code as printed: capitals, figures, "&" and its separators, nothing an engine added (a stop, small letters in the type code). */
export function cleanCode(number: string): boolean {
  const symbol = number.replace(/^\d{1,5}(?:\/(?:19|20)\d\d)?\//, '');
  return /^[\p{Lu}\d&]+(?:-[\p{L}\d&]+)*$/u.test(symbol);
}

/** Two dates of one document agree when either is missing or one is the other's year or month. */
export function datesAgree(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

/**
 * The date of a document cited twice: the first one given, unless the later one refines it or only
 * the later one falls in the year its number holds ("163/2024/QH15 ngày 27 tháng 11 năm 2025", later
 * "… ngày 27/11/2024").
 */
export function betterDate(first: string | null, later: string | null, number: string | null): string | null {
  if (!first) return later;
  // "tháng 4 năm 2026", later "ngày 15/4/2026": the day refines the month (a date, the year).
  if (later && later.length > first.length && later.startsWith(first)) return later;
  const year = number ? /\/((?:19|20)\d\d)\//.exec(number)?.[1] : undefined;
  if (year && later && !first.startsWith(year) && later.startsWith(year)) return later;
  return first;
}
