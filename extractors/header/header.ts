// The header of an administrative document (Nghị định 30/2020/NĐ-CP, Điều 8): issuing body,
// number and symbol, place and date, type and trích yếu. The header zone is read as segments
// (header-zone.ts: cells of the flattened two-column table, after any site metadata box), the
// issuer block as stacked bodies (issuer-block.ts). Tolerated: columns interleaved by OCR ("Long
// Bien, ngay… nam 2021S6: 03 /KH-HDTDKT"), missing header lines (the issuer is then taken from the
// body and the signature, or from the site's metadata box), stripped diacritics (all keyword
// matching runs on the folded text). A công văn has no type heading: its "V/v" line is its title.
import { headerAboveType } from './column-after-heading.js';
import { issuerOfDatePlace } from '../issuer/garbled-issuer-locality.js';
import { withoutLocalityScrap } from '../issuer/locality-scrap.js';
import { issuerOfMisreadUnitWord } from '../issuer/misread-unit-word.js';
import type { DocumentInfo, Signer, Span } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { SIGNING_STAMP_REACH } from './signing-month.js';
import { yearFromSigningStamp } from './signing-year.js';
import { placeWithLostCapital, yearOfNumberLine } from './stamped-date-line.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { findDate } from '../shared/dates.js';
import { docTypeByCode, docTypeByName, typeCodeFor, typeFor, type DocType } from '../shared/doctypes.js';
import { mentionedUnits, type ParsedIssuer } from '../issuer/issuer.js';
import { oneLine } from '../shared/layout.js';
import type { AdminUnit } from '../shared/localities.js';
import { serialFromTitle } from './title-serial.js';
import { formSubject } from './form-subject.js';
import { withoutStampDebris } from './ocr-title-debris.js';
import { issuerOfOpening } from '../issuer/opening-issuer.js';
import { annexAlone } from './annex-alone.js';
import { annexCaption } from './annex-caption.js';
import { passingDate } from './passing-date.js';
import { openingDate } from './opening-date.js';
import { blankRanges, copyStampRanges } from './copy-stamp.js';
import { findMotto, readSiteMetadata, segmentsOf, signatureBoxEnd, ZONE_SCAN, type Segment, type SegmentOptions, type SiteMetadata } from './header-zone.js';
import { repairOcrHeaderCodes } from '../shared/references-ocr.js';
import { figureLedSymbol, scrawlLedSymbol, withSymbolAsTheTextSpells } from './symbol-evidence.js';
import { bodiesOf, composeIssuer } from '../issuer/issuer-block.js';
import { provincialBody } from '../issuer/provincial-body.js';
import { parsePlanNumber, type PlanNumber } from '../shared/number.js';
import { typeOfLetterSymbol } from './symbol-type.js';
import { sameBodyAsBox, signatureBoxIssuer } from '../issuer/signature-box-issuer.js';
import { committeeOfPlace } from '../issuer/garbled-committee-line.js';
import { selfNamedType } from './self-named-type.js';
import { authorityLineIssuer } from '../issuer/authority-line.js';
import { committeeOfSignature } from '../issuer/committee-of-signature.js';
import { foundingDecisionNumber, isFoundingDecisionLine, withFoundingDecision } from './founding-decision.js';
import { HEADER_REACH, type HeaderParts } from './header-parts.js';
import { placeAsIssuerLocality, placeWithMisreadLetters, ocrSpelledIssuer } from './header-place.js';
import { numberFromSegment, withWrappedSymbolTail, numberInCell, bareNumberBeside, withLabelColon } from './header-number.js';
import { type IllegibleDateLine, citedDate, dateFromSegment, proseBefore, proseAfter, illegibleDateLine, placeOfLine, symbolOnDateLine, issuerCodeOnDateLine } from './header-date.js';
import { issuerFromSegments, lineUnderIssuer, findBodyIssuer, ownerIssuer, sameBodyKind, parentFromSigner, issuerOfSymbol, issuerOfSignature, issuerOfUnsignedBlock } from './header-issuer.js';
import { withReadSubjectLabel } from './ocr-subject-label.js';
import { gazetteHeading } from './gazette-heading.js';
import { findTypeSegment, garbledTypeUnderDate, garbledTypeAboveSubject, findTitle, symbolTypeFromHeading, withoutSalutation } from './header-type.js';

/** The header's segments: after any site metadata box or digital-signature box, up to well past the motto. */
/** `options`: how cells are cut (segmentsOf). */
export function headerSegments(read: string, readFolded: string, options: SegmentOptions = {}): { segments: Segment[]; metadata: SiteMetadata | null } {
  // A certified copy's stamp over the header is written over in spaces: its body, number and date are the copy's.
  const stamps = copyStampRanges(readFolded, ZONE_SCAN);
  const text = blankRanges(read, stamps);
  const folded = blankRanges(readFolded, stamps);
  const motto = findMotto(text, folded, 0, options.ocrOrigin ?? false);
  const metadata = readSiteMetadata(text, folded, motto?.start ?? Math.min(text.length, ZONE_SCAN));
  // A digital-signature box over the header is not part of it (its body, its signing time).
  const from = Math.max(metadata?.end ?? 0, signatureBoxEnd(folded, motto?.start ?? Math.min(text.length, ZONE_SCAN)));
  const anchor = motto && motto.start >= from ? motto.end : from;
  const to = Math.min(text.length, anchor + HEADER_REACH);
  return { segments: segmentsOf(text, folded, from, to, options), metadata };
}

export function readHeader(
  text: string,
  signer: Signer,
  near: readonly AdminUnit[] = mentionedUnits(text),
  marksFromOcr = false,
  folded = foldVietnamese(text),
  ocrOrigin = marksFromOcr,
): HeaderParts & { metadata: SiteMetadata | null; subject: Segment | null; illegibleDate: IllegibleDateLine | null } {
  const plain = headerSegments(text, folded, { ocrOrigin });
  // An OCR dump may set the type heading anywhere below the header, run into the lines around it.
  const { segments, metadata } = !findTypeSegment(plain.segments, ocrOrigin) && ocrOrigin ? headerSegments(text, folded, { typeLines: true, ocrOrigin }) : plain;
  // An older text as the gazette prints it: the type and its body on top, the number and date under them.
  const gazette = gazetteHeading(segments);
  const readType = gazette?.typeLine ?? findTypeSegment(segments, ocrOrigin);
  const typeLine = (ocrOrigin && !gazette ? (garbledTypeUnderDate(segments, folded, readType) ?? garbledTypeAboveSubject(segments, readType)) : null) ?? readType;
  const typeAt = typeLine ? segments.findIndex((s) => s.start <= typeLine.cell.start && typeLine.cell.start < s.end) : segments.length;
  const before = gazette?.header ?? headerAboveType(segments, typeAt);
  let number: HeaderParts['number'] = null;
  // An issuer block that ends on its founding decision ("THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT"): that line is the body's name.
  for (const [k, seg] of before.entries()) if (seg.kind === 'number' && !isFoundingDecisionLine(before, k) && (number = numberFromSegment(seg, ocrOrigin))) break;
  if (number) number = withWrappedSymbolTail(text, number);
  const dated = before.flatMap((seg) => {
    const found = seg.kind === 'date' && !citedDate(folded, seg.end) ? dateFromSegment(text, seg, marksFromOcr, ocrOrigin) : null;
    return found ? [{ seg, found }] : [];
  });
  // A copied page may lead with a summary sentence that opens on a date ("Ngày 19/11/2025, Thủ
  // tướng … ban hành …"): the date line is the first that names its place or ends its line.
  // A date inside a sentence ("…, sinh ngày 09/8/1964;") is never the document's, even when no
  // other date is found (a charter or an appendix filed alone has no date line).
  const found = dated.find((d) => !proseBefore(d.seg) && (d.found.place || !proseAfter(text, d.seg.end))) ?? dated.find((d) => !proseBefore(d.seg));
  // The header's own date line, there but without a readable date ("Cao Bằng, ngày ... tháng 2
  // năm ..."): any date further down is a citation's, never the document's.
  const illegibleDate = segments.length ? illegibleDateLine(text, folded, segments[0]!.start, found ? found.seg.start : (segments.at(-1)?.end ?? 0), ocrOrigin) : null;
  const chosen = illegibleDate ? undefined : found;
  // A date line whose year is under a stamp or a hand: the year the number line prints (stamped-date-line.ts).
  if (ocrOrigin && illegibleDate && !illegibleDate.year && number) illegibleDate.year = yearOfNumberLine(lineAt(text, number.span.start));
  const yearOnly = illegibleDate?.year ? { iso: illegibleDate.month ? `${illegibleDate.year}-${illegibleDate.month}` : illegibleDate.year, partial: true, invalid: false, span: { start: illegibleDate.start, end: illegibleDate.end } } : null;
  const date: HeaderParts['date'] = chosen?.found.date ?? yearOnly;
  const placeRead: HeaderParts['place'] = chosen?.found.place ?? (illegibleDate ? ((ocrOrigin ? lostCapitalPlace(text, illegibleDate) : null) ?? placeOfLine(text, illegibleDate, marksFromOcr, ocrOrigin)) : null);
  if (!number && ocrOrigin && chosen?.found.lead) number = symbolOnDateLine(chosen.seg, chosen.found.lead);
  if (!number && illegibleDate?.numberCell) number = numberInCell(text, illegibleDate.numberCell, ocrOrigin);
  if (!number && chosen) number = bareNumberBeside(before, before.indexOf(chosen.seg));
  // The issuer block stands above the date line, read or illegible: below it, a stamp's lines
  // ("SỞ CÔNG THƯƠNG LÀO CAI / ĐẾN Số …", an incoming-mail stamp) are no part of it.
  const dateAt = chosen ? before.indexOf(chosen.seg) : illegibleDate ? before.findIndex((s) => s.end > illegibleDate.start) : -1;
  let issuer = issuerFromSegments(dateAt >= 0 ? before.slice(0, dateAt) : before, near, ocrOrigin);
  // A scanned block garbled past its place ("UY BAN MAN DAN / TiNH TAY 1'4/NH") under an e-signature
  // box that names the same body with its place: the box's machine type is read cleanly.
  if (ocrOrigin && issuer && !issuer.parsed.locality && segments.length) {
    const box = signatureBoxIssuer(text.slice(0, segments[0]!.start), near);
    if (box && sameBodyAsBox(issuer.parsed, box)) issuer = { ...issuer, parsed: box };
  }
  // No box: the committee's unit word still opening the line under its garbled head, and the date line's place.
  if (ocrOrigin && issuer && !issuer.parsed.locality && placeRead) {
    const line = lineUnderIssuer(before, issuer.span.end);
    const named = line ? committeeOfPlace(issuer.parsed, line, placeRead.value, near) : null;
    if (named) issuer = { ...issuer, parsed: named };
  }
  // No issuer read from a committee's block garbled past its head too: the signature's "TM. ỦY BAN NHÂN
  // DÂN" stands for the head, the block's unit word and the date line's place name the committee.
  if (ocrOrigin && !issuer && placeRead) {
    const cells = (dateAt >= 0 ? before.slice(0, dateAt) : before).filter((s) => s.kind === 'text');
    const named = committeeOfSignature(text, folded, cells.map((s) => s.text), placeRead.value, near);
    if (named) issuer = { parsed: named.parsed, parent: null, span: { start: cells[0]!.start, end: cells[named.line]!.end }, fromBody: false };
  }
  // A place garbled past its first word in the block ("CỤC THUẾ TP II}iI PHONG"), the date line's place whole.
  if (ocrOrigin && issuer && placeRead) {
    const named = issuerOfDatePlace(issuer.parsed, lineAt(text, issuer.span.end), placeRead.value, near);
    if (named) issuer = { ...issuer, parsed: named };
  }
  // The block's unit word misread by a letter ("MUYỆN NGHI XUÂN"), the date line's place after it.
  if (ocrOrigin && issuer && placeRead) {
    const named = issuerOfMisreadUnitWord(issuer.parsed, placeRead.value, near);
    if (named) issuer = { ...issuer, parsed: named };
  }
  // A scrap run onto the block's place ("TỈNH HÀ TĨNH SA"): the unit the words before it name.
  if (ocrOrigin && issuer) {
    const trimmed = withoutLocalityScrap(issuer.parsed);
    if (trimmed) issuer = { ...issuer, parsed: trimmed };
  }
  const bodyFrom = typeLine ? typeLine.cell.end : 0;
  if (!issuer || !issuer.parsed.locality) {
    const fromBody = findBodyIssuer(text, folded, bodyFrom, near);
    if (fromBody && (!issuer || fromBody.parsed.body === issuer.parsed.body)) issuer = fromBody;
  }
  // An older heading names its issuer in full ("NGHỊ QUYẾT CỦA HỘI ĐỒNG QUẢN LÝ QUỸ KHUYẾN HỌC
  // TỈNH BÌNH THUẬN") where the block left the place out ("HỘI KHUYẾN HỌC TỈNH / HỘI ĐỒNG QL QUỸ …").
  if ((!issuer || !issuer.parsed.locality) && typeLine?.owner) {
    const owner = ownerIssuer(typeLine.owner, near);
    if (owner && (!issuer || sameBodyKind(owner.name, issuer.parsed.name))) {
      issuer = { parsed: owner, parent: issuer?.parent ?? null, span: issuer?.span ?? { start: typeLine.cell.start, end: typeLine.cell.end }, fromBody: false };
    }
  }
  // No issuer read at all: a central body the heading names, which names no place ("CHỈ THỊ CỦA BỘ
  // THÔNG TIN VÀ TRUYỀN THÔNG", "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH"), read as an authority line is.
  if (!issuer && typeLine?.owner) {
    const named = authorityLineIssuer(typeLine.owner, 0, near);
    if (named) issuer = { parsed: named, parent: null, span: { start: typeLine.cell.start, end: typeLine.cell.end }, fromBody: false };
  }
  if (issuer && !issuer.parent) issuer = { ...issuer, parent: parentFromSigner(issuer.parsed, signer) };
  const decision = issuer ? foundingDecisionNumber(before) : null;
  if (issuer && decision) issuer = { ...issuer, parsed: { ...issuer.parsed, name: withFoundingDecision(issuer.parsed.name, foldVietnamese(issuer.parsed.name), decision) } };
  if (!number && ocrOrigin && chosen?.found.lead && typeLine?.type.code && issuer) number = issuerCodeOnDateLine(chosen.seg, chosen.found.lead, typeLine.type.code, issuer.parsed.name);
  // A symbol whose first capital an engine read as a figure ("3HXIH-HCTH"): the issuer's own code
  // puts it right, or the reading is dropped (symbol-evidence.ts).
  if (ocrOrigin && number && /^\d/.test(number.value.symbol)) {
    const value = figureLedSymbol(number.value, issuer?.parsed.name ?? null);
    number = value ? { ...number, value } : null;
  }
  // One whose first capitals a handwritten serial's scraps took ("ffrrCT-HTQT"): likewise.
  if (ocrOrigin && number && /^\p{Ll}/u.test(number.value.symbol)) {
    const value = scrawlLedSymbol(number.value, issuer?.parsed.name ?? null);
    number = value ? { ...number, value } : null;
  }
  // With no issuer read, a place misread letter by letter is still matched against the provinces.
  const place = (marksFromOcr || ocrOrigin) && placeRead ? { ...placeRead, value: issuer ? placeAsIssuerLocality(placeRead.value, issuer.parsed) : placeWithMisreadLetters(placeRead.value) } : placeRead;
  // A submission form's heading names the form; its subject is labelled under it (form-subject.ts).
  const title = typeLine ? (formSubject(text, typeLine) ?? findTitle(text, typeLine)) : null;
  // The trích yếu of a công văn: "V/v …", or "Về …" in the cell under the number.
  const numberAt = before.findIndex((s) => s.kind === 'number');
  const underNumber = numberAt >= 0 ? before[numberAt + 1] : undefined;
  // What anchors a header: the motto, the number line read, the date line read.
  const anchors = [...segments.filter((s) => s.kind === 'motto').map((s) => s.start), ...(number ? [number.span.start] : []), ...(chosen ? [chosen.seg.start] : [])];
  const subject = inHeader(before.find((s) => s.kind === 'subject') ?? (underNumber && /^V/.test(underNumber.text) && /^ve\s/.test(underNumber.folded) ? underNumber : null), segments, anchors);
  return { typeLine, number, date, place, issuer, title, metadata, subject, illegibleDate };
}

/** The date line's place read back from its lost capital ("la Nội" → Hà Nội, stamped-date-line.ts). */
function lostCapitalPlace(text: string, line: Span): HeaderParts['place'] {
  const found = placeWithLostCapital(text.slice(line.start, line.end));
  return found ? { value: found.value, span: { start: line.start + found.start, end: line.start + found.end } } : null;
}

/** The line of `text` that holds offset `at` (the block's line an issuer's name ends on). */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** How far into the header zone a trích yếu may stand when no motto, number or date line is read above it. */
const SUBJECT_REACH = 1500;

/**
 * A công văn's trích yếu stands in its header: under the number, beside the motto. With none of
 * them read above it, "Về việc …" opening a line far down is a table's cell (the summary column of
 * a list of documents filed alone), not the subject of the file.
 */
function inHeader(subject: Segment | null | undefined, segments: readonly Segment[], anchors: readonly number[]): Segment | null {
  if (!subject) return null;
  const anchored = anchors.some((at) => at < subject.start);
  return anchored || subject.start - (segments[0]?.start ?? 0) <= SUBJECT_REACH ? subject : null;
}

/** Values the site's metadata box gives for what the document's own header lacks. */
interface FromMetadata {
  number: PlanNumber | null;
  date: ReturnType<typeof findDate>;
  issuer: { issuer: ParsedIssuer; parent: ParsedIssuer | null } | null;
  type: DocType | null;
}

function fromMetadata(metadata: SiteMetadata | null, near: readonly AdminUnit[]): FromMetadata {
  const number = metadata?.number ? parsePlanNumber(metadata.number) : null;
  const date = metadata?.date ? findDate(foldVietnamese(metadata.date), 0, 0) : null;
  const bodies = metadata?.issuer ? bodiesOf(metadata.issuer, [], near).map((b) => b.parsed) : [];
  const issuer = composeIssuer(bodies);
  const type = metadata?.type ? docTypeByName(metadata.type) : null;
  return { number, date, issuer, type };
}

/** `near`: the units the text names (mentionedUnits), when the caller has them already. */
export function extractHeader(
  text: string,
  ctx: StageContext,
  signer: Signer,
  near: readonly AdminUnit[] = mentionedUnits(text),
  marksFromOcr = false,
  folded = foldVietnamese(text),
  ocrOrigin = marksFromOcr,
): DocumentInfo {
  // An OCR layer's number line spaced out or misread like a cited number ("S ố 1 47 /2014/T T -B C
  // T") is read once repaired: the repair keeps the length, so spans stand in the text as read.
  if (ocrOrigin) {
    const repaired = repairOcrHeaderCodes(withLabelColon(text), ZONE_SCAN);
    if (repaired !== text) [text, folded] = [repaired, foldVietnamese(repaired)];
  }
  const h = readHeader(text, signer, near, marksFromOcr, folded, ocrOrigin);
  const meta = fromMetadata(h.metadata, near);
  const usedMetadata: string[] = [];
  // Without a number line or a site box, the caption of the document's own appendix may say it.
  const annex = !h.number && !meta.number && h.typeLine ? annexCaption(text, folded, h.typeLine.type, h.date?.iso ?? null) : null;
  const fromAnnex: string[] = [];
  // No header at all, an appendix caption under the appendix heading: a file that is an appendix alone.
  const alone = !h.number && !meta.number && !h.typeLine ? annexAlone(text, folded) : null;
  if (alone) ctx.message(log.annexAlone(oneLine(text.slice(alone.span.start, alone.span.end))), { span: alone.span });
  const read = h.number?.value ?? (meta.number ? (usedMetadata.push('number'), meta.number) : null) ?? (annex ? (fromAnnex.push('number'), annex.number) : null) ?? alone?.number ?? null;
  const numbered = read && marksFromOcr && h.typeLine ? symbolTypeFromHeading(read, h.typeLine.type) : read;
  // A copy of an e-signed document: the blank serial is in the page's title above it (title-serial.ts).
  const titled = numbered && h.number && !ocrOrigin ? serialFromTitle(text, h.number.span.start, numbered, h.typeLine?.type ?? null) : null;
  if (titled) ctx.message(log.serialFromTitle(titled.number.number!, oneLine(titled.title)), { span: titled.span });
  const number = titled?.number ?? numbered;
  // Without a type heading, a "V/v" line makes a công văn, unless its symbol opens with a code that only names a type (symbol-type.ts; 5332/CT-CS: CT is the Cục Thuế).
  let type = h.typeLine?.type ?? alone?.type ?? (h.subject && h.subject.kind === 'subject' ? (typeOfLetterSymbol(number) ?? docTypeByName('Công văn')) : null) ?? (number?.typeCode ? docTypeByCode(number.typeCode) : null);
  // A heading garbled past reading over a "Về việc …" trích yếu (no "V/v": no công văn's): the
  // document names its type where its articles close (self-named-type.ts). OCR only.
  if (ocrOrigin && !h.typeLine && !alone && h.subject && !/^v\s*\/\s*v/.test(h.subject.folded) && !number?.typeCode) type = selfNamedType(folded) ?? type;
  if (!type && meta.type) {
    type = meta.type;
    usedMetadata.push('type');
  }
  // A numbered document whose symbol names no type (4085/UBND-ĐT), or one with a "V/v" line, is a công văn.
  if (!type && ((number && !number.typeCode) || h.subject)) type = docTypeByName('Công văn');
  if (!number) ctx.message(log.missingNumber());
  else if (number.serial === null) ctx.message(log.blankSerial(number.symbol), h.number ? { span: h.number.span } : {});
  // OCR garbled the serial (handwritten) and the reader did not say so: say it, the serial stays blank.
  if (number && h.number?.illegible && marksFromOcr && !ctx.diagnostics.some((d) => d.code === 'OCR_ILLEGIBLE')) {
    ctx.message(log.ocrIllegible(JSON.stringify(h.number.illegible)), { span: h.number.span });
  }
  // A web copy that lost the header table keeps the site's box: its date beats a date the text
  // below happens to open with, which names no place ("Chỉ thị số 33/CT-TTg ngày 06/11/2025").
  const metaDateFirst = !!meta.date?.iso && !!h.date && !h.place && !h.number;
  let date =
    (metaDateFirst ? null : h.date) ??
    (meta.date ? (usedMetadata.push('date'), { iso: meta.date.iso, partial: meta.date.partial, invalid: meta.date.invalid, span: null }) : null);
  // An OCR'd year one confusable digit off the e-signature's time stamp ("2016" signed 04.04.2018).
  const stamped = marksFromOcr && h.date && h.date.iso ? yearFromSigningStamp(h.date.iso, text.slice(0, SIGNING_STAMP_REACH)) : null;
  if (stamped && date) {
    ctx.message(log.dateYearFromSigningStamp(date.iso!, stamped), date.span ? { span: date.span } : {});
    date = { ...date, iso: stamped };
  }
  if (!date && alone?.date) date = alone.date;
  if (!date && annex?.date && read === annex.number) {
    date = annex.date;
    fromAnnex.push('date');
  }
  if (annex && fromAnnex.length) ctx.message(log.headerFromAnnexCaption(fromAnnex.join(', '), oneLine(text.slice(annex.span.start, annex.span.end))), { span: annex.span });
  // A law or a National Assembly resolution is dated by the day it was passed.
  if (!date && (type?.name === 'Luật' || /(?:^|-)(?:UBTV)?QH\d/.test(number?.symbol ?? ''))) {
    const passed = passingDate(folded);
    if (passed) date = { iso: passed.iso, partial: passed.partial, invalid: passed.invalid, span: { start: passed.start, end: passed.end } };
  }
  // A biên bản is dated by the day it was drawn up, in its opening sentence.
  if (!date && type?.name === 'Biên bản') {
    const today = openingDate(text, folded);
    if (today) date = { iso: today.iso, partial: today.partial, invalid: today.invalid, span: { start: today.start, end: today.end } };
  }
  // A typed date line with nothing filled in is a draft's or a form's, not a line OCR could not read.
  const blankDateLine = !date && h.illegibleDate && !ocrOrigin ? oneLine(text.slice(h.illegibleDate.start, h.illegibleDate.end)) : null;
  if (!date) ctx.message(log.missingDate(blankDateLine ?? undefined), blankDateLine && h.illegibleDate ? { span: { start: h.illegibleDate.start, end: h.illegibleDate.end } } : {});
  else if (date.span && date.invalid) ctx.message(log.invalidDate(text.slice(date.span.start, date.span.end)), { span: date.span });
  else if (date.span && date.partial) ctx.message(log.partialDate(text.slice(date.span.start, date.span.end)), { span: date.span });
  if (!date && h.illegibleDate && !blankDateLine) ctx.message(log.dateLineIllegible(oneLine(text.slice(h.illegibleDate.start, h.illegibleDate.end))), { span: { start: h.illegibleDate.start, end: h.illegibleDate.end } });
  // On a scanned page the serial and the day are written in by hand when the document is issued:
  // left blank by OCR, they are most likely there on the page. Said once, for review.
  // A date read to its year alone ("ngày AY tháng fp năm 2023") lost its day and month both.
  // So did a day OCR read as figures no month has ("ngày 49 tháng 5 năm 2021"): no such day is printed, so it is unread.
  const blankDate = date?.partial || (ocrOrigin && date?.invalid) ? (date!.iso?.length === 7 ? 'day' : date!.iso?.length === 4 ? 'day and month' : null) : null;
  const blankByHand = [number && number.serial === null ? 'serial' : null, blankDate].filter((p) => p !== null);
  if (ocrOrigin && blankByHand.length && !ctx.diagnostics.some((d) => d.code === 'OCR_ILLEGIBLE' || d.code === 'OCR_BLANK_FIGURES')) {
    ctx.message(log.ocrBlankFigures(blankByHand.join(' and the ')), h.number && number?.serial === null ? { span: h.number.span } : date?.span ? { span: date.span } : {});
  }
  // Likewise an issuer read from the text beats the site's box only when the header block (its
  // number line) was there: without it, "issuer lines" are the body's or the recipients'.
  const metaIssuerFirst = !h.number && !!meta.issuer && !!(meta.issuer.issuer.level || meta.issuer.issuer.locality);
  let issuer: { parsed: ParsedIssuer; parent: ParsedIssuer | null; span?: Span } | null = metaIssuerFirst ? null : h.issuer;
  if (!issuer && meta.issuer && (meta.issuer.issuer.level || meta.issuer.issuer.locality)) {
    issuer = { parsed: meta.issuer.issuer, parent: meta.issuer.parent };
    usedMetadata.push('issuer');
  }
  if (alone && (!issuer || issuer === h.issuer)) {
    // The body the caption names; else an issuer block printed above the appendix's heading, read
    // up to it (the block reader runs on into "PHỤ LỤC …"); an "issuer" read below is the table's units.
    const above = h.issuer && !h.issuer.fromBody && h.issuer.span.start < alone.headingStart ? text.slice(h.issuer.span.start, alone.headingStart) : null;
    const from = alone.issuer ?? (above?.trim() ? { text: above, span: { start: h.issuer!.span.start, end: alone.headingStart } } : null);
    const named = from ? composeIssuer(bodiesOf(from.text, [], near).map((b) => b.parsed)) : null;
    issuer = named ? { parsed: named.issuer, parent: named.parent, span: from!.span } : null;
  }
  if (!issuer && number && !alone) {
    // The header's issuer column lost (an OCR crop, a copy without the header table): the opening names the committee of the place (opening-issuer.ts).
    const opening = issuerOfOpening(text, number.symbol, h.place?.value ?? null, near);
    if (opening) {
      issuer = { parsed: opening.issuer, parent: null, span: { start: opening.start, end: opening.end } };
      ctx.message(log.issuerFromOpening(opening.issuer.name, number.symbol), { span: { start: opening.start, end: opening.end } });
    }
  }
  if (!issuer && number) {
    // A scan cut above its header, a header lost under a stamp: the symbol still names the issuer.
    const named = issuerOfSymbol(number.symbol);
    if (named) {
      issuer = { parsed: named, parent: null };
      ctx.message(log.issuerFromSymbol(number.symbol, named.name));
    }
  }
  // Read from the signature block itself ("TM. CHÍNH PHỦ / THỦ TƯỚNG" taken for issuer lines).
  const inSignature = !!(h.issuer && signer.span && h.issuer.span.start >= signer.span.start && h.issuer.span.end <= signer.span.end);
  if ((!issuer || (h.issuer?.fromBody && issuer === h.issuer) || (inSignature && issuer === h.issuer)) && signer.span) {
    // A page given without its header (a last page alone): "TM. CHÍNH PHỦ" names the collective
    // body the signer signs for, better than a body the text mentions.
    const named = issuerOfSignature(text.slice(signer.span.start, signer.span.end), near);
    if (named && issuer?.parsed.name !== named.name) {
      issuer = { parsed: named, parent: null };
      ctx.message(log.issuerFromSignature(named.name));
    }
  }
  // A draft with no issuer block on top and no name signed: the body its closing signs for.
  if (!issuer && !signer.name && signer.span) {
    const named = issuerOfUnsignedBlock(text.slice(signer.span.start, signer.span.end), near);
    if (named) {
      issuer = { parsed: named, parent: null };
      ctx.message(log.issuerFromSignature(named.name));
    }
  }
  // No issuer block nor any other trace of it: the authority line under the heading ("BỘ TRƯỞNG BỘ Y TẾ").
  if (!issuer && h.typeLine) {
    const named = authorityLineIssuer(text, h.title?.span.end ?? h.typeLine.cell.end, near);
    if (named) {
      issuer = { parsed: named, parent: null };
      ctx.message(log.issuerFromAuthorityLine(named.name));
    }
  }
  // "SỞ NỘI VỤ / PHÒNG …" with no province in the block: the place line names the province.
  if (issuer && !issuer.parsed.level) issuer = { ...issuer, parsed: provincialBody(issuer.parsed, issuer.parent, h.place?.value ?? null) };
  if (!issuer) ctx.message(log.missingIssuer());
  else {
    if (h.issuer?.fromBody && issuer === h.issuer) ctx.message(log.issuerFromBody(), { span: h.issuer.span });
    if (!issuer.parsed.level) ctx.message(log.issuerLevelUnknown(issuer.parsed.name), issuer.span ? { span: issuer.span } : {});
  }
  if (usedMetadata.length) ctx.message(log.headerFromMetadata(usedMetadata.join(', ')));
  const said = withoutSalutation(h.title ?? (h.subject ? { value: ocrOrigin ? withReadSubjectLabel(h.subject.text) : h.subject.text, span: { start: h.subject.start, end: h.subject.end } } : null) ?? (alone?.heading ? { value: alone.heading.text, span: alone.heading.span } : null), text);
  const title = ocrOrigin ? withoutStampDebris(said, text) : said;
  if ((h.typeLine || type?.name === 'Công văn') && !title) ctx.message(log.missingTitle(), h.typeLine ? { span: { start: h.typeLine.cell.start, end: h.typeLine.cell.end } } : {});
  if ((type?.code ?? number?.typeCode) === 'BC' && !title) ctx.message(log.missingReportSubject(), h.typeLine ? { span: { start: h.typeLine.cell.start, end: h.typeLine.cell.end } } : {});

  const spans: NonNullable<DocumentInfo['spans']> = {};
  if (h.typeLine) spans.type = { start: h.typeLine.cell.start, end: h.typeLine.cell.end };
  if (h.number) spans.number = h.number.span;
  else if (alone && number) spans.number = alone.span;
  if (!h.typeLine && alone && type === alone.type) spans.type = alone.span;
  if (issuer?.span) spans.issuer = issuer.span;
  if (h.place) spans.place = h.place.span;
  if (date?.span) spans.date = date.span;
  if (title) spans.title = title.span;

  // A garbled dump's marks are the engine's guess as much as an OCR'd page's.
  const parsed = issuer?.parsed ? ocrSpelledIssuer(issuer.parsed, marksFromOcr || ocrOrigin) : undefined;
  const [readLocality, spelled] = [issuer?.parsed.locality ?? null, parsed?.locality ?? null];
  const parent = issuer?.parent && readLocality && spelled && spelled !== readLocality && issuer.parent.locality === readLocality
    ? issuer.parent.name.replace(readLocality, spelled)
    : (issuer?.parent?.name ?? null);
  // A symbol part an engine misread that the document spells elsewhere (symbol-evidence.ts).
  const spelt = ocrOrigin && number ? withSymbolAsTheTextSpells(number, parsed?.name ?? null, text, folded) : number;
  return {
    type: typeFor(type, spelt?.typeCode)?.name ?? null,
    typeCode: typeCodeFor(type, spelt?.typeCode),
    number: spelt?.number ?? null,
    serial: spelt?.serial ?? null,
    symbol: spelt?.symbol ?? null,
    issuer: {
      name: parsed?.name ?? null,
      level: parsed?.level ?? null,
      locality: parsed?.locality ?? null,
      parent,
    },
    place: h.place?.value ?? null,
    date: date?.iso ?? null,
    title: title?.value ?? null,
    spans,
  };
}
