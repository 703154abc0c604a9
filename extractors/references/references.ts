// Every other document the plan cites, in order of first mention: "Chỉ thị số 34-CT/TW ngày
// 07/4/2014 của Bộ chính trị", "Kế hoạch 124-KH/TU ngày 26/6/2014 của Thành ủy Hà Nội" (no "số"),
// "Kế hoạch số...../KH-HĐTĐKT ngày/...../2017 của Hội đồng TĐKT quận Long Biên" (blank serial),
// "chương trình 01, 02-CTr/QU của Quận uỷ" (two documents), "Luật Thi đua, khen thưởng" (by name).
// Issuers get the canonical names of issuer.ts, relative ones ("UBND Quận") resolved against the
// document's own locality. The relation comes from the clause the citation stands in: "Thực
// hiện …" implements, "Căn cứ …" basis, anything else mentions; a clause that is only a further
// citation in a list ("…; Kế hoạch số 05/…") continues the relation of the clause before it.
import type { DocumentInfo, Reference } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { buildFrame, mentionedUnits, parseIssuer, type LocalityFrame } from '../issuer/issuer.js';
import { siteFooterStart } from '../header/header-zone.js';
import { impliedIssuer } from './reference-issuer.js';
import type { AdminUnit } from '../shared/localities.js';
import { captionYearSlip } from './caption-year-slip.js';
import { nameKeyWithoutYear } from './law-year-name.js';
import { namesProgramme } from './project-name.js';
import { codeDigitTwin } from './references-code-digit.js';
import { numberKey, withOwnSymbolParts } from '../shared/number.js';
import { repairCitedNumbers } from '../shared/references-ocr.js';
import { withAuthorAfterCode, withMinistryAfterCode, withNamedAuthorCode } from '../shared/named-body-code.js';
import { isOwnCaptionLine } from './own-caption-line.js';
import { dateBefore } from './citation-date.js';
import { type Parsed, parseTail } from './citation-tail.js';
import { findCitations } from './citations.js';
import { relationAt, STRENGTH } from './relation.js';
import { cutShort, titleKeyOf, dateOrYear, datesAgree, lawYearKey, lawSubjectKey, keyPrefixes, garbledTwinKey, cleanCode, typeNamed, betterDate } from './citation-keys.js';

// The head of a body signs for it: "… của Thống đốc Ngân hàng Nhà nước Việt Nam" names the bank's own document.
const BODY_HEAD = /^(?:thong doc|bo truong|chu tich|giam doc|tong giam doc|thu truong|chanh an|vien truong|tong kiem toan|truong ban|cuc truong|tong cuc truong)\s+/;
const bodyOf = (issuer: string) => foldVietnamese(issuer).toLowerCase().replace(BODY_HEAD, '');

/** The plan's own number; a different issuer or date means another body's document of that number. */
function isSelfReference(p: Parsed, document: DocumentInfo): boolean {
  if (!document.number || p.number?.number !== document.number) return false;
  if (p.issuer && document.issuer.name && bodyOf(p.issuer) !== bodyOf(document.issuer.name)) return false;
  if (p.date && document.date && !p.date.startsWith(document.date) && !document.date.startsWith(p.date)) return false;
  return true;
}

/**
 * The document itself named with its serial blank, whatever stands before it: an annex caption
 * whose "Kèm theo" the engine garbled ("ùn theo Nghị quyết số /NQ-CP ngày … tháng 12 năm 2022 của
 * Chính phủ") names its own type, symbol, issuer and month. A serial left blank is the document's own form.
 */
function isOwnBlankForm(p: Parsed, document: DocumentInfo): boolean {
  if (p.number?.number || !p.type || p.type.name !== document.type || !p.issuer || !document.issuer.name || !p.date || !document.date) return false;
  if (p.number?.symbol && document.symbol && p.number.symbol !== document.symbol) return false;
  // The caption's date no finer than the document's: a cited day where the document's own is blank
  // names an earlier document of that month ("Kế hoạch số /KH-UBND ngày 02 tháng 3 năm 2025").
  return bodyOf(p.issuer) === bodyOf(document.issuer.name) && document.date.startsWith(p.date);
}

function frameFor(document: DocumentInfo, near: readonly AdminUnit[]): LocalityFrame {
  const own = document.issuer.name ? parseIssuer(document.issuer.name, undefined, near) : null;
  return buildFrame(own, near);
}

/** Where the first "Căn cứ" line after the header's number and date opens; the text's end when none. */
function basisStart(folded: string, document: DocumentInfo): number {
  const from = Math.max(document.spans?.number?.end ?? 0, document.spans?.date?.end ?? 0);
  const basis = /(?:^|\n)[ \t*_-]*can cu\s/g;
  basis.lastIndex = from;
  const m = basis.exec(folded);
  return m ? m.index + (m[0].startsWith('\n') ? 1 : 0) : folded.length;
}

/**
 * `near`: the units the text names (mentionedUnits), when the caller has them already.
 * `ocrOrigin`: an OCR engine wrote the text (marked so, or judged garbled), so a cited code may carry
 * its misreadings and the repairs for its dumps apply.
 */
export function extractReferences(
  text: string,
  ctx: StageContext,
  document: DocumentInfo,
  near: readonly AdminUnit[] = mentionedUnits(text),
  folded = foldVietnamese(text),
  ocrOrigin = false,
): Reference[] {
  const repaired = repairCitedNumbers(text, folded, ocrOrigin);
  ({ text, folded } = repaired);
  // Spans are found in the repaired text and reported in the original.
  const spanInOriginal = (span: { start: number; end: number }) => ({ start: repaired.original(span.start), end: repaired.original(span.end - 1) + 1 });
  const frame = frameFor(document, near);
  // The header's own number and date are not citations; what its title cites is. A header whose
  // number line was not read ("Hạnh phúc 47/2017/NĐ-CP" without its "Số:") ends with its date line.
  // A "Căn cứ …" line is never header: when the heading was not read and a later formula
  // ("QUYẾT ĐỊNH BAN HÀNH" under the basis lines) stood in for it, the basis lines stay citations.
  const headerEnd = Math.min(document.spans?.title?.start ?? document.spans?.number?.end ?? document.spans?.date?.end ?? 0, basisStart(folded, document));
  const parsed = findCitations(text, folded, ocrOrigin).map((c) => parseTail(text, folded, c, frame, near, ocrOrigin));
  for (const p of parsed) if (!p.date) p.date = dateBefore(folded, p.start);
  // A Đ whose stroke the engine read twice ("KH-DĐHĐL") is a scan's misreading; typed codes stay.
  if (ocrOrigin) for (const p of parsed) if (p.number) p.number = withOwnSymbolParts(p.number, document.symbol);
  // A code one letter off the initials of the body the sentence names as its author (named-body-code.ts).
  for (const p of parsed) if (p.number) p.number = withNamedAuthorCode(p.number, text, folded, p.start);
  // So is, in OCR text, one off the initials of the body named right after it ("… của Bộ Tài nguyên và Môi trường").
  // And a ministry's code, short as it is, off the ministry named right after it ("57/2024/TT-BW … của Bộ trưởng Bộ Y tế").
  if (ocrOrigin) for (const p of parsed) if (p.number && p.issuerSpan && p.issuerSpan.start > p.start) {
    const issuer = text.slice(p.issuerSpan.start, p.issuerSpan.end);
    p.number = withMinistryAfterCode(withAuthorAfterCode(p.number, issuer), issuer);
  }
  // What a legal-document website appends after the document (related documents, notices) is not cited by it.
  const end = siteFooterStart(text, folded);

  // "Chỉ thị số 01/CT-UBND và Chỉ thị số 02/CT-UBND của UBND quận": a list shares the last issuer.
  for (let i = parsed.length - 2; i >= 0; i--) {
    const a = parsed[i]!;
    const b = parsed[i + 1]!;
    if (a.title) continue;
    const between = text.slice(a.spanEnd, b.start);
    // "… số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025": the numbers share the date too.
    if (!a.date && !a.issuer && b.date && /^\s*(,|và|va)\s*s[oố]\s*$/i.test(between)) a.date = b.date;
    // "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013": the type named again, the date shared.
    if (!a.date && !a.issuer && b.date && a.type && a.type.name === b.type?.name && /^\s*(và|va)\s*$/i.test(between)) a.date = b.date;
    if (a.issuer || !b.issuer) continue;
    if (/^\s*(,|;|và|va)?\s*$/i.test(between) || (a.start === b.start && a.end === b.end)) {
      a.issuer = b.issuer;
      a.unresolved = b.unresolved;
    }
  }

  const out: Reference[] = [];
  const byKey = new Map<string, Reference>();
  const byPrefix = new Map<string, Reference>();
  // "06/2023/TTBXD" beside "06/2023/TT-BXD" with the same date: a separator dropped in print.
  const byLooseKey = new Map<string, Reference>();
  const looseKey = (number: string | null | undefined, date: string | null) => (number && date ? `${numberKey(number).replace(/\//g, '')}|${date}` : null);
  // An OCR layer may cite one document twice, once with its type code garbled ("2855/Qa.UBND ngày
  // 03/10/2017", later "2855/QĐ-UBND ngày 03/10/2017"): the same serial, issuer's code and whole day.
  const byOcrKey = new Map<string, Reference>();
  for (const p of parsed) {
    if (p.start < headerEnd) continue;
    if (isSelfReference(p, document) || isOwnBlankForm(p, document)) continue;
    if (ocrOrigin && isOwnCaptionLine(text, { start: p.start, typeName: p.type?.name ?? null, symbol: p.number?.symbol ?? null }, document)) continue;
    // "(Kèm theo Kế hoạch số … )": an annex caption names the plan it belongs to, unless it
    // names another ("tại Phụ lục I (kèm theo Kế hoạch số 120/KH-UBND ngày 05/3/2024 của UBND tỉnh)").
    const captionFrom = Math.max(0, p.start - 60);
    const newline = folded.slice(captionFrom, p.start).lastIndexOf('\n');
    const lineStart = newline >= 0 || captionFrom === 0 ? captionFrom + newline + 1 : -1;
    // A caption left blank ("Kế hoạch số /KH-… ngày tháng năm 2017") is the plan's own form.
    const sameNumber = !!p.number?.number && !!document.number && numberKey(p.number.number) === numberKey(document.number);
    const otherDate = !!p.date && !!document.date && !p.date.startsWith(document.date) && !document.date.startsWith(p.date) && !(sameNumber && captionYearSlip(p.date, document.date));
    const otherDocument = !!p.number?.number && ((!!document.number && !sameNumber) || otherDate);
    if (!otherDocument && lineStart >= 0 && /^[\s(*_]*(?:ban hanh\s+)?ke[mr]n? theo\s*$/.test(folded.slice(lineStart, p.start))) continue;
    // The caption may follow the annex's heading on its line: "… trên địa bàn xã (Kèm theo Hướng dẫn số …".
    if (!otherDocument && /\(\s*(?:ban hanh\s+)?ke[mr]n? theo\s*$/.test(folded.slice(captionFrom, p.start))) continue;
    // The citation may start at its number when OCR garbled the type word before it ("(Kèm theo Quuết định số: 1050/…"):
    // in OCR text only; typed words there are read as a type or a title.
    if (!otherDocument && ocrOrigin && /\(\s*(?:ban hanh\s+)?ke[mr]n? theo(?:\s+[a-z]+){0,3}?(?:\s+so\s*[:.]?)?\s*$/.test(folded.slice(captionFrom, p.start))) continue;
    // "(Kèm theo Chương trình hành động tại Nghị quyết số  /NQ-CP …)": the annex's caption names
    // the part it belongs to and the document that carries it, the document itself.
    if (!otherDocument && /\(\s*(?:ban hanh\s+)?ke[mr]n? theo\s[^()\n]{1,80}?\s(?:tai|cua)\s*$/.test(folded.slice(Math.max(0, p.start - 120), p.start))) continue;
    const relation = relationAt(folded, p.start);
    // A law is the same document whether cited by name alone or by name and number.
    // A law cited by its name alone, with neither number nor date, is not pinned to a document.
    // Nor is a form left blank ("Thông báo số ……/TB-MTTQ ngày …. tháng …. năm ...").
    if (!p.number?.number && !p.date && !p.namedIssuer) continue;
    // "Tổ Đề án 06/CP": a programme's name, no document cited (project-name.ts).
    if (namesProgramme(p.type?.name, p.number, p.date, text.slice(p.start, p.end))) continue;
    if (p.start >= end) continue;
    if (ocrOrigin && cutShort(text, p)) continue;
    // Printed variants of one number ("NQLT/UBTVQH15-…", "NQLT- UBTVQH15-…") are one document.
    const titleKey = p.title ? titleKeyOf(p.title) : null;
    // A serial in no state form ("số 02 ngày …") is shared by many documents: one only with its type and date.
    const key = p.number?.number
      ? p.ownForm ? `own:${numberKey(p.number.number)}|${p.type?.name ?? ''}|${p.date}` : numberKey(p.number.number)
      : (titleKey ?? `blank:${p.number?.symbol}|${p.date}|${p.issuer}`);
    // A law cited by number without a date is known by the year its number holds: "Luật số
    // 31/2024/QH15 về Đất đai" is not the "Luật Đất đai năm 2013" it replaces.
    const pDate = dateOrYear(p.date, p.number?.number);
    const agreesWith = (r: Reference) => datesAgree(dateOrYear(r.date, r.number), pDate);
    // "102/2025/NQLT" cut short before or after "102/2025/NQLT/UBTVQH15-CP-…" is that document too;
    // a law named with its number and named alone with a date that agrees is one law too.
    const byTitle = titleKey ? byKey.get(titleKey) : undefined;
    const sameLaw = byTitle && agreesWith(byTitle) && (!byTitle.number || !p.number?.number || byTitle.number === p.number.number) ? byTitle : undefined;
    const loose = p.ownForm ? null : looseKey(p.number?.number, p.date);
    // A law cited by title and date alone is that law only on a date that agrees: "Luật sửa đổi,
    // bổ sung một số điều của Luật Bảo hiểm y tế" of 13/6/2014 and of 27/11/2024 are two laws.
    const titleOnly = !p.number?.number && key === titleKey;
    const datedKey = titleOnly && p.date ? `${key}|${p.date}` : null;
    // The law of that name and year, whether first cited by name or by number ("Luật Đất đai ngày
    // 29/11/2013" after "Luật Đất đai năm 2013").
    // "Luật Giá 2023" after "Luật Giá số 16/2023/QH15": the name without its bare year (law-year-name.ts).
    const bareYearName = titleOnly ? nameKeyWithoutYear(key, p.date) : null;
    const byBareYear = bareYearName && p.date ? byKey.get(lawYearKey(bareYearName, p.date)) : undefined;
    const byYear = titleOnly && p.date ? (byKey.get(lawYearKey(key, p.date)) ?? byBareYear) : undefined;
    // "Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí, …": the law's name is known by
    // its subject, so "Luật Quản lý, sử dụng vũ khí, … ngày 29/6/2024" later (or before) is that law.
    const subjectKey = lawSubjectKey(text, folded, p);
    const bySubject = subjectKey ? ((pDate ? byKey.get(lawYearKey(subjectKey, pDate)) : undefined) ?? byKey.get(subjectKey)) : undefined;
    const sameSubject = bySubject && !bySubject.number && agreesWith(bySubject) ? bySubject : undefined;
    const byOwnKey = byKey.get(key);
    const keyed =
      (datedKey ? byKey.get(datedKey) : undefined) ??
      (byYear && agreesWith(byYear) ? byYear : undefined) ??
      (titleOnly && byOwnKey && !agreesWith(byOwnKey) ? undefined : byOwnKey);
    const prefixed = p.ownForm ? undefined : (byPrefix.get(key) ?? keyPrefixes(key).map((k) => byKey.get(k)).find(Boolean));
    const ocrKey = ocrOrigin && !p.ownForm ? garbledTwinKey(p.number?.number, p.date) : null;
    // Only a garbled reading is another's twin: "45/QĐ-UBND" and "45/KH-UBND" of one day are two documents.
    const candidate = ocrKey ? byOcrKey.get(ocrKey) : undefined;
    const twin = candidate?.number && p.number?.number && (!cleanCode(candidate.number) || !cleanCode(p.number.number)) ? candidate : undefined;
    // "1050/Q0Đ-SCT" after "1050/QĐ-SCT …": a digit read into a code's letters (references-code-digit.ts).
    const digitTwin = ocrOrigin && p.number?.number ? codeDigitTwin(p.number.number, p.date, out) : undefined;
    const existing = keyed ?? prefixed ?? sameLaw ?? sameSubject ?? (loose ? byLooseKey.get(loose) : undefined) ?? twin ?? digitTwin;
    if (existing) {
      // The twin whose code reads as printed names the document.
      // Its type, code and issuer too, so that number and typeCode never disagree ("Kế hoạch số
      // 2855/Qa.UBND" read first, then "Quyết định số 2855/QĐ-UBND": a Quyết định, QĐ).
      if (existing === twin && p.number?.number && existing.number && !cleanCode(existing.number) && cleanCode(p.number.number)) {
        const named = typeNamed(p);
        existing.number = p.number.number;
        existing.type = named.type ?? existing.type;
        existing.typeCode = named.typeCode ?? existing.typeCode;
        existing.issuer = p.issuer ?? existing.issuer;
      }
      if (STRENGTH[relation] > STRENGTH[existing.relation]) existing.relation = relation;
      existing.date = betterDate(existing.date, p.date, existing.number ?? p.number?.number ?? null);
      existing.issuer ??= p.issuer;
      // "Hiến pháp 2013", then "Hiến pháp năm 2013 (sửa đổi, bổ sung năm 2025)": the fuller designation.
      // A bare year after the name adds nothing to it.
      if (existing.title && p.title && p.title.length > existing.title.length && existing !== byBareYear) existing.title = p.title;
      if (!existing.number && p.number?.number) {
        existing.number = p.number.number;
        byKey.set(key, existing);
      }
      continue;
    }
    if (p.unresolved && p.issuerSpan) ctx.message(log.unresolvedIssuer(text.slice(p.issuerSpan.start, p.issuerSpan.end)), { span: spanInOriginal(p.issuerSpan) });
    const named = typeNamed(p);
    p.issuer ??= impliedIssuer(named.type, p.number?.symbol ?? null);
    const ref: Reference = {
      type: named.type,
      typeCode: named.typeCode,
      number: p.number?.number ?? null,
      date: p.date,
      issuer: p.issuer,
      ...(p.title ? { title: p.title } : {}),
      relation,
      span: spanInOriginal({ start: p.start, end: p.spanEnd }),
    };
    if (!byKey.has(key)) byKey.set(key, ref);
    else if (!titleOnly) byKey.set(key, ref);
    if (datedKey) byKey.set(datedKey, ref);
    if (loose && !byLooseKey.has(loose)) byLooseKey.set(loose, ref);
    if (ocrKey && !byOcrKey.has(ocrKey)) byOcrKey.set(ocrKey, ref);
    if (titleKey && titleKey !== key && !byKey.has(titleKey)) byKey.set(titleKey, ref);
    // A law by name or by number and subject is found again by its name and year; a numbered law
    // with neither date nor year in its number, by its name alone.
    for (const name of [titleKey, subjectKey]) {
      if (!name || !pDate) continue;
      const yearKey = lawYearKey(name, pDate);
      if (!byKey.has(yearKey)) byKey.set(yearKey, ref);
    }
    if (subjectKey && !pDate && !byKey.has(subjectKey)) byKey.set(subjectKey, ref);
    if (p.number?.number && !p.ownForm) for (const prefix of keyPrefixes(key)) if (!byPrefix.has(prefix)) byPrefix.set(prefix, ref);
    out.push(ref);
  }
  return out;
}
