// The header of a plan (Nghị định 30/2020/NĐ-CP, Điều 8): issuing body, number and symbol,
// place and date, type and trích yếu. Each is looked for where the layout puts it, tolerating
// two columns interleaved by OCR ("Long Bien, ngay… nam 2021S6: 03 /KH-HDTDKT"), missing header
// lines (the issuer is then taken from the body and the signature) and stripped diacritics
// (all keyword matching runs on the folded text).
import type { DocumentInfo, Signer, Span } from '../output/schema.js';
import { log } from '../pipeline/diagnostics.js';
import type { StageContext } from '../pipeline/types.js';
import { foldVietnamese } from '../normalizers/fold.js';
import { findDate } from './dates.js';
import { docTypeAtStart, docTypeByCode, type DocType } from './doctypes.js';
import { mentionedUnits, parseIssuer, sentenceCase, type ParsedIssuer } from './issuer.js';
import { cellsOf, isUpperCase, oneLine, type Cell } from './layout.js';
import { findUnits } from './localities.js';
import { readPlanNumber, type PlanNumber } from './number.js';

/** How far into the text a header can reach. */
const HEADER_REACH = 4000;

const NATIONAL_MOTTO = /^(cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–]\s*tu do|dang cong san viet nam|[-_=*.…\s]+$)/;
const BODY_START = /^(can cu|thuc hien|de |kinh gui|[ivx]+\.\s)/;

export interface HeaderParts {
  typeLine: { type: DocType; cell: Cell; titleFrom: number | null } | null;
  number: { value: PlanNumber; span: Span } | null;
  date: { iso: string | null; partial: boolean; invalid: boolean; span: Span } | null;
  place: { value: string; span: Span } | null;
  issuer: { parsed: ParsedIssuer; parent: ParsedIssuer | null; span: Span; fromBody: boolean } | null;
  title: { value: string; span: Span } | null;
}

/** The type heading: "KẾ HOẠCH" in capitals, alone in its cell or followed by the title. */
function findTypeLine(cells: Cell[]): HeaderParts['typeLine'] {
  for (const cell of cells) {
    if (cell.start > HEADER_REACH) break;
    const found = docTypeAtStart(cell.folded);
    if (!found) continue;
    const head = cell.text.slice(0, found.length);
    if (!isUpperCase(head)) continue;
    const rest = cell.text.slice(found.length).trim();
    if (!rest || rest === ':') return { type: found.type, cell, titleFrom: null };
    // "KẾ HOẠCH Công tác thi đua…" glued on one line: the title follows.
    if (!isUpperCase(rest.split(/\s+/)[0]!)) {
      return { type: found.type, cell, titleFrom: cell.start + cell.text.indexOf(rest, found.length) };
    }
  }
  return null;
}

/** "Số: 51 /KH-HĐTĐKT" — also glued after another column ("…năm 2021S6: 03 /KH-HDTDKT"). */
function findNumber(text: string, folded: string, end: number): HeaderParts['number'] {
  const re = /(?<![a-z])s[o6]\s*[:;.]?\s*(?=[0-9.…_/ ]|$)/g;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m && m.index < end; m = re.exec(folded)) {
    const at = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', at);
    const read = readPlanNumber(text.slice(at, lineEnd < 0 ? undefined : lineEnd));
    if (read) return { value: read.value, span: { start: m.index, end: at + read.length } };
  }
  return null;
}

function findPlaceAndDate(text: string, folded: string, from: number, end: number): Pick<HeaderParts, 'date' | 'place'> {
  const re = /ngay/g;
  re.lastIndex = from;
  for (let m = re.exec(folded); m && m.index < end; m = re.exec(folded)) {
    let date = findDate(folded, m.index, m.index);
    // "ngày 05/3/2020": the numeric form after the word.
    if (!date || date.start !== m.index) {
      const numeric = findDate(folded, m.index + 4, m.index + 6);
      date = numeric && /^[\s/]*$/.test(folded.slice(m.index + 4, numeric.start)) ? { ...numeric, start: m.index } : null;
    }
    if (!date) continue;
    const lineStart = Math.max(folded.lastIndexOf('\n', m.index), folded.lastIndexOf('\t', m.index)) + 1;
    let before = text.slice(lineStart, m.index);
    let beforeStart = lineStart;
    // A number glued in front ("Số: 29/KH-UBND Ba Đình, ngày…") is another column.
    const numberEnd = /^.*\/\s*[\p{L}\d-]+\s{2,}|^.*?s[oố]\s*:\s*\S+\s+/iu.exec(before);
    if (numberEnd) {
      beforeStart += numberEnd[0].length;
      before = before.slice(numberEnd[0].length);
    }
    const placeMatch = /(\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,5})\s*,?\s*$/u.exec(before);
    const place = placeMatch
      ? { value: spellPlace(placeMatch[1]!.trim()), span: { start: beforeStart + placeMatch.index, end: beforeStart + placeMatch.index + placeMatch[1]!.trim().length } }
      : null;
    // A date line has a place before it; a bare "ngày … tháng … năm" in the header is accepted too.
    return { date: { iso: date.iso, partial: date.partial, invalid: date.invalid, span: { start: date.start, end: date.end } }, place };
  }
  return { date: null, place: null };
}

/** "Long Bien" (stripped) → "Long Biên" when the unit list knows exactly one such place. */
function spellPlace(place: string): string {
  const clean = oneLine(place);
  if (/[^\x00-\x7f]/.test(clean)) return clean;
  const names = new Set(findUnits(clean).map((u) => u.name));
  return names.size === 1 ? [...names][0]! : clean;
}

const BODY_STARTERS = [
  'hoi dong', 'uy ban', 'ubnd', 'hdnd', 'hdtdkt', 'ban ', 'so ', 'phong ', 'bo ', 'dang uy', 'thanh uy', 'tinh uy',
  'quan uy', 'huyen uy', 'thi uy', 'van phong', 'tong cuc', 'cuc ', 'chi cuc', 'truong ', 'trung tam', 'cong an',
  'mat tran', 'chinh phu', 'thu tuong', 'quoc hoi',
];

/** The issuer lines: bodies stacked top (governing) to bottom (issuing). */
function findHeaderIssuer(cells: Cell[], end: number, near: ReturnType<typeof mentionedUnits>): HeaderParts['issuer'] {
  const groups: Cell[][] = [];
  let afterMotto = false;
  for (const cell of cells) {
    if (cell.start >= end) break;
    const f = cell.folded.trim();
    // A motto wrapped in a narrow column leaves "VIỆT NAM" or "NAM" on the next line.
    const mottoTail = afterMotto && /^(viet\s+)?nam$/.test(f);
    afterMotto = /^cong hoa xa hoi chu nghia\b/.test(f);
    if (afterMotto || mottoTail) continue;
    if (NATIONAL_MOTTO.test(f) || /(?<![a-z])s[o6]\s*:/.test(f) || /ngay\b.*nam\s*\d{4}/.test(f)) continue;
    if (BODY_START.test(f)) break;
    if (BODY_STARTERS.some((s) => f.startsWith(s))) groups.push([cell]);
    else if (groups.length && cell.line - groups[groups.length - 1]!.at(-1)!.line <= 2) groups[groups.length - 1]!.push(cell);
  }
  if (!groups.length) return null;
  const parsed = groups.map((g) => {
    const phrase = g.map((c) => c.text).join(' ');
    return { parsed: parseIssuer(phrase, undefined, near) ?? unknownBody(phrase), span: { start: g[0]!.start, end: g.at(-1)!.end } };
  });
  const issuer = parsed.at(-1)!;
  const parent = parsed.length > 1 ? parsed.at(-2)!.parsed : null;
  return { parsed: inheritLocality(issuer.parsed, parent), parent, span: issuer.span, fromBody: false };
}

function unknownBody(phrase: string): ParsedIssuer {
  const name = sentenceCase(oneLine(phrase));
  return { name, body: name, level: null, locality: null, unitWord: null, relative: false, unresolved: false, unit: null };
}

/** "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" under "UBND QUẬN LONG BIÊN" is the council of Long Biên. */
function inheritLocality(issuer: ParsedIssuer, parent: ParsedIssuer | null): ParsedIssuer {
  if (issuer.locality || !parent?.locality || !parent.unitWord) return issuer;
  if (issuer.unitWord && issuer.unitWord !== parent.unitWord) return issuer;
  return {
    ...issuer,
    name: `${issuer.body} ${parent.unitWord} ${parent.locality}`,
    level: parent.level,
    locality: parent.locality,
    unitWord: parent.unitWord,
    unit: parent.unit,
    unresolved: false,
  };
}

/** "Hội đồng thi đua khen thưởng phường Đức Giang xây dựng kế hoạch…" in the opening. */
const BODY_ISSUER = /(?<![a-z])((?:hoi dong thi dua|hoi dong tdkt|uy ban nhan dan|ubnd)[^.;:\n]{0,60}?)\s(?:xay dung|ban hanh|trien khai|lap)\s+(?:ke hoach|chuong trinh|huong dan|quyet dinh)/y;
/** Where BODY_ISSUER can start: only these are tried, so a plan without one costs a short scan, not the whole text. */
const BODY_ISSUER_START = /(?<![a-z])(?:hoi dong thi dua|hoi dong tdkt|uy ban nhan dan|ubnd)/g;

function findBodyIssuer(text: string, folded: string, from: number, near: ReturnType<typeof mentionedUnits>): HeaderParts['issuer'] {
  let m: RegExpExecArray | null = null;
  BODY_ISSUER_START.lastIndex = from;
  for (let start = BODY_ISSUER_START.exec(folded); start && start.index <= from + HEADER_REACH; start = BODY_ISSUER_START.exec(folded)) {
    BODY_ISSUER.lastIndex = start.index;
    m = BODY_ISSUER.exec(folded);
    if (m) break;
    BODY_ISSUER_START.lastIndex = start.index + 1;
  }
  if (!m) return null;
  const phraseEnd = m.index + m[1]!.length;
  const phrase = text.slice(m.index, phraseEnd);
  // "UBND-Hội đồng Thi đua, khen thưởng quận Ba Đình": both speak; the UBND is the issuer.
  const parsed = parseIssuer(phrase.replace(/^(UBND|Ủy ban nhân dân)\s*[-–]\s*/i, '$1 '), undefined, near) ?? parseIssuer(phrase, undefined, near);
  if (!parsed) return null;
  return { parsed, parent: null, span: { start: m.index, end: phraseEnd }, fromBody: true };
}

/** A council's governing body is its UBND; the signer's title ("CHỦ TỊCH UBND PHƯỜNG") says so. */
function parentFromSigner(issuer: ParsedIssuer, signer: Signer): ParsedIssuer | null {
  if (!issuer.locality || !issuer.unitWord || issuer.body === 'Ủy ban nhân dân') return null;
  const title = foldVietnamese(signer.title ?? '');
  if (!/(ubnd|uy ban nhan dan)/.test(title)) return null;
  return { ...issuer, name: `Ủy ban nhân dân ${issuer.unitWord} ${issuer.locality}`, body: 'Ủy ban nhân dân' };
}

function findTitle(text: string, typeLine: NonNullable<HeaderParts['typeLine']>): HeaderParts['title'] {
  const start = typeLine.titleFrom ?? typeLine.cell.end;
  const lines = text.slice(start, start + 1500).split('\n');
  let offset = start;
  const parts: Array<{ text: string; start: number }> = [];
  let blanks = 0;
  for (const raw of lines) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\t/g, ' ').trim();
    if (!line || /^[-_=*.…]+$/.test(line)) {
      if (parts.length) break;
      if (++blanks > 3) break;
      continue;
    }
    const f = foldVietnamese(line);
    if (parts.length && (BODY_START.test(f) || /^(i|1)[.)]\s/.test(f))) break;
    if (!parts.length && /^(can cu|kinh gui)/.test(f)) break;
    parts.push({ text: line, start: lineStart + raw.indexOf(line.charAt(0)) });
    if (parts.length >= 4 || /[.;:]$/.test(line)) break;
  }
  if (!parts.length) return null;
  const last = parts.at(-1)!;
  return { value: oneLine(parts.map((p) => p.text).join(' ')), span: { start: parts[0]!.start, end: last.start + last.text.length } };
}

export function readHeader(text: string, signer: Signer): HeaderParts {
  const folded = foldVietnamese(text);
  const cells = cellsOf(text, 0, Math.min(text.length, HEADER_REACH + 2000));
  const typeLine = findTypeLine(cells);
  const headerEnd = typeLine ? typeLine.cell.start : Math.min(text.length, 1500);
  const number = findNumber(text, folded, headerEnd + 1) ?? (typeLine ? null : findNumber(text, folded, HEADER_REACH));
  const { date, place } = findPlaceAndDate(text, folded, 0, typeLine ? typeLine.cell.start : HEADER_REACH);
  const near = mentionedUnits(text);
  let issuer = findHeaderIssuer(cells, headerEnd, near);
  const bodyFrom = typeLine ? typeLine.cell.end : 0;
  if (!issuer || !issuer.parsed.locality) {
    const fromBody = findBodyIssuer(text, folded, bodyFrom, near);
    if (fromBody && (!issuer || fromBody.parsed.body === issuer.parsed.body)) issuer = fromBody;
  }
  if (issuer && !issuer.parent) issuer = { ...issuer, parent: parentFromSigner(issuer.parsed, signer) };
  const title = typeLine ? findTitle(text, typeLine) : null;
  return { typeLine, number, date, place, issuer, title };
}

export function extractHeader(text: string, ctx: StageContext, signer: Signer): DocumentInfo {
  const h = readHeader(text, signer);
  const type = h.typeLine?.type ?? (h.number?.value.typeCode ? docTypeByCode(h.number.value.typeCode) : null);
  if (!h.number) ctx.message(log.missingNumber());
  else if (h.number.value.serial === null) ctx.message(log.blankSerial(h.number.value.symbol), { span: h.number.span });
  if (!h.date) ctx.message(log.missingDate());
  else if (h.date.invalid) ctx.message(log.invalidDate(text.slice(h.date.span.start, h.date.span.end)), { span: h.date.span });
  else if (h.date.partial) ctx.message(log.partialDate(text.slice(h.date.span.start, h.date.span.end)), { span: h.date.span });
  if (!h.issuer) ctx.message(log.missingIssuer());
  else if (h.issuer.fromBody) ctx.message(log.issuerFromBody(), { span: h.issuer.span });
  if (h.typeLine && !h.title) ctx.message(log.missingTitle(), { span: { start: h.typeLine.cell.start, end: h.typeLine.cell.end } });

  const spans: NonNullable<DocumentInfo['spans']> = {};
  if (h.typeLine) spans.type = { start: h.typeLine.cell.start, end: h.typeLine.cell.start + foldVietnamese(h.typeLine.type.name).length };
  if (h.number) spans.number = h.number.span;
  if (h.issuer) spans.issuer = h.issuer.span;
  if (h.place) spans.place = h.place.span;
  if (h.date) spans.date = h.date.span;
  if (h.title) spans.title = h.title.span;

  const issuer = h.issuer?.parsed;
  return {
    type: type?.name ?? null,
    typeCode: type?.code ?? h.number?.value.typeCode ?? null,
    number: h.number?.value.number ?? null,
    serial: h.number?.value.serial ?? null,
    symbol: h.number?.value.symbol ?? null,
    issuer: {
      name: issuer?.name ?? null,
      level: issuer?.level ?? null,
      locality: issuer?.locality ?? null,
      parent: h.issuer?.parent?.name ?? null,
    },
    place: h.place?.value ?? null,
    date: h.date?.iso ?? null,
    title: h.title?.value ?? null,
    spans,
  };
}
