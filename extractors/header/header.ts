// The header of an administrative document (Nghị định 30/2020/NĐ-CP, Điều 8): issuing body,
// number and symbol, place and date, type and trích yếu. The header zone is read as segments
// (header-zone.ts: cells of the flattened two-column table, after any site metadata box), the
// issuer block as stacked bodies (issuer-block.ts). Tolerated: columns interleaved by OCR ("Long
// Bien, ngay… nam 2021S6: 03 /KH-HDTDKT"), missing header lines (the issuer is then taken from the
// body and the signature, or from the site's metadata box), stripped diacritics (all keyword
// matching runs on the folded text). A công văn has no type heading: its "V/v" line is its title.
import { jointIssuer } from '../issuer/joint-issuers.js';
import { headerAboveType } from './column-after-heading.js';
import { completeMassIssuer } from '../issuer/mass-issuer.js';
import { massHeadingOf, type MassHeading } from '../issuer/mass-heading.js';
import { issuerOfDatePlace } from '../issuer/garbled-issuer-locality.js';
import { MISREAD_IN_WORD, misreadLetterBeforeComma, misreadPlaceBeforeDay, strokedPlaceBeforeDay, STROKES_IN_WORD } from './ocr-place.js';
import type { DocumentInfo, Signer, Span } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { yearFromSigningStamp } from './signing-year.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { dateAtDayWord, findDate, type ParsedDate } from '../shared/dates.js';
import { withWrappedTail } from '../shared/wrapped-symbol.js';
import { docTypeAtStart, docTypeByCode, docTypeByName, typeCodeFor, type DocType } from '../shared/doctypes.js';
import { mentionedUnits, parseIssuer, UNIT_WORDS, type ParsedIssuer } from '../issuer/issuer.js';
import { gluedParentLine, withinOneEdit } from '../issuer/glued-parent.js';
import { isUpperCase, oneLine, type Cell } from '../shared/layout.js';
import { findUnits, listSpelling, provinceNames, resolveUnit, type AdminUnit } from '../shared/localities.js';
import { serialFromTitle } from './title-serial.js';
import { issuerOfOpening } from '../issuer/opening-issuer.js';
import { annexAlone } from './annex-alone.js';
import { annexCaption } from './annex-caption.js';
import { passingDate } from './passing-date.js';
import { blankRanges, copyStampRanges } from './copy-stamp.js';
import { findMotto, LABEL_GLUED_TO_SCRAP, LABEL_LOST_MARK, readNumberLine, spacedCapsBeforePlace, readSiteMetadata, segmentsOf, signatureBoxEnd, spanOf, ZONE_SCAN, type Segment, type SegmentOptions, type SiteMetadata } from './header-zone.js';
import { repairOcrHeaderCodes } from '../shared/references-ocr.js';
import { figureLedSymbol, scrawlLedSymbol, withSymbolAsTheTextSpells } from './symbol-evidence.js';
import { bodiesOf, composeIssuer } from '../issuer/issuer-block.js';
import { withHeadWordRepaired, repairedBodyName } from '../shared/ocr-body-names.js';
import { provincialBody } from '../issuer/provincial-body.js';
import { parsePlanNumber, readPlanNumber, type PlanNumber } from '../shared/number.js';
import { typeOfLetterSymbol } from './symbol-type.js';
import { garbledDateLine } from './garbled-date-line.js';
import { garbledTypeHeading } from './garbled-type.js';
import { sameBodyAsBox, signatureBoxIssuer } from '../issuer/signature-box-issuer.js';
import { committeeOfPlace } from '../issuer/garbled-committee-line.js';
import { withCapitalWordsRepaired } from './ocr-capital-words.js';
import { selfNamedType } from './self-named-type.js';
import { authorityLineIssuer } from '../issuer/authority-line.js';
import { foundingDecisionNumber, isFoundingDecisionLine, withFoundingDecision } from './founding-decision.js';
import { NUMBER_LABEL_AS_FIGURES_SOURCE } from '../../normalizers/number-label.js';

/** How far into the text a header can reach. */
const HEADER_REACH = 4000;

const BODY_START = /^(can cu|thuc hien|de |kinh gui|[ivx]+\.\s)/;

export interface HeaderParts {
  /** `owner`: the body an older heading names after "CỦA" ("QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH"). */
  typeLine: { type: DocType; cell: Cell; titleFrom: number | null; owner?: string } | null;
  /** `illegible`: what stood in the serial's place, unreadable (a handwritten serial OCR garbled). */
  number: { value: PlanNumber; span: Span; illegible?: string } | null;
  date: { iso: string | null; partial: boolean; invalid: boolean; span: Span } | null;
  place: { value: string; span: Span } | null;
  issuer: { parsed: ParsedIssuer; parent: ParsedIssuer | null; span: Span; fromBody: boolean } | null;
  title: { value: string; span: Span } | null;
}

/** An OCR'd issuer's locality (and its name) in the unit list's spelling, as spellPlace does. */
function ocrSpelledIssuer(parsed: ParsedIssuer, marksFromOcr: boolean): ParsedIssuer {
  if (!marksFromOcr || !parsed.locality) return parsed;
  // The resolved unit knows the kind ("tỉnh Lâm Đòng" is the province, not the commune Lâm Động).
  const resolved = parsed.unit && foldVietnamese(parsed.unit.name) === foldVietnamese(parsed.locality) ? parsed.unit.name : null;
  const locality = resolved ?? misreadProvince(parsed) ?? listSpelling(parsed.locality);
  if (locality === parsed.locality) return parsed;
  return { ...parsed, locality, name: parsed.name.endsWith(parsed.locality) ? `${parsed.name.slice(0, -parsed.locality.length)}${locality}` : parsed.name };
}

/**
 * A province's name a layer misread by one letter in the issuer's heading ("UBND TỈNH HÀ TtNH" for
 * HÀ TĨNH): the one province within one edit of it, when the list knows no unit of that name.
 */
function misreadProvince(parsed: ParsedIssuer): string | null {
  if (parsed.level !== 'province' || !parsed.locality || findUnits(parsed.locality).length) return null;
  const read = foldVietnamese(parsed.locality).toLowerCase();
  if (read.replace(/\s/g, '').length < 6) return null;
  const near = provinceNames().filter((name) => withinOneEdit(read, foldVietnamese(name).toLowerCase()));
  return near.length === 1 ? near[0]! : null;
}

/**
 * "Long Bien" (stripped) → "Long Biên" when the unit list knows exactly one such place; so is
 * an OCR'd place whose marks the engine guessed ("Đà Nàng"). Marks typed by a person stay as
 * printed: the list does not know every commune ("Lương Minh" is not "Lưỡng Minh").
 */
function spellPlace(place: string, marksFromOcr: boolean): string {
  const clean = oneLine(place);
  return marksFromOcr || !/[^\x00-\x7f]/.test(clean) ? listSpelling(clean) : clean;
}

/** A place with figures or marks read for its letters ("Bình Du012g"), named as the one province it can be; else as read. */
function placeWithMisreadLetters(place: string): string {
  return MISREAD_IN_WORD.test(place) ? placeAsProvince(place) : place;
}

/**
 * An OCR'd place one letter off the issuer's locality ("Quảng Noãi", "Củo Bằng" under "TỈNH
 * QUẢNG NGÃI", "TỈNH CAO BẰNG") is that locality misread: the date line names where the issuer
 * sits. A place the unit list knows stays as read ("Quảng Ninh" is not "Quảng Bình").
 */
function placeAsIssuerLocality(place: string, issuer: ParsedIssuer): string {
  const locality = issuer.locality;
  if (!locality) return issuer.level === 'central' ? placeOfCentralBody(placeAsProvince(place)) : placeAsProvince(place);
  // "Thành phố Hà Chí Minh" under "CỤC THUẾ TP.HỒ CHÍ MINH": the unit's word kept, the name compared.
  const unitWord = UNIT_WORD_BEFORE_NAME.exec(foldVietnamese(place).toLowerCase())?.[0] ?? '';
  const [p, l] = [foldVietnamese(place.slice(unitWord.length)).toLowerCase(), foldVietnamese(locality).toLowerCase()];
  // Or figures read for its letters ("Bình Du012g" under "CỤC THUẾ TỈNH BÌNH DƯƠNG"), or two edits
  // off in mixed cases, the restorer's letters for marks the engine read ("Hà NỮ" for "Ha N(Ji"),
  // or two vowels off under their marks, the consonants standing ("Cửa Bảng" under "TỈNH CAO BẰNG").
  const near =
    withinOneEdit(p, l) ||
    ((garbledCase(place) || onlyVowelsOff(p, l)) && twoLettersOff(p, l)) ||
    !!misreadLettersPattern(p)?.test(l) ||
    (mixedCases(place) && editDistance(p, l) <= 2);
  if (p === l || l.length < 6 || !near || findUnits(place).length) return place;
  return `${place.slice(0, unitWord.length)}${locality}`;
}

/** "Thành phố ", "TP. ", "Tỉnh " opening a place (folded): the unit's word before its name. */
const UNIT_WORD_BEFORE_NAME = /^(?:thanh pho|tp\.?|tinh)\s+(?=\S)/;

/** Words in capitals beside words in proper case ("Hà NỮ"): the case an engine's misread leaves. */
function mixedCases(place: string): boolean {
  const words = place.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.some((w) => /^\p{Lu}{2,}$/u.test(w)) && words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

/**
 * An OCR'd place one letter off the name of exactly one province or centrally run city ("Là Nội"),
 * under an issuer that names no locality (a ministry's school dates its letters where it sits):
 * that name misread. A place the unit list knows stays as read.
 */
function placeAsProvince(place: string): string {
  if (findUnits(place).length) return place;
  const p = foldVietnamese(place).toLowerCase();
  const near = provinceNames().filter((name) => withinOneEdit(p, foldVietnamese(name).toLowerCase()));
  if (near.length === 1) return near[0]!;
  const misread = misreadLettersPattern(p);
  const matching = misread ? provinceNames().filter((name) => misread.test(foldVietnamese(name).toLowerCase())) : [];
  return matching.length === 1 ? matching[0]! : place;
}

/**
 * A folded place whose letters an engine read as figures or marks inside a word ("binh du012g": ươn
 * read "u012"), as a pattern where each such run stands for one to its length plus one letters; null
 * when the place has none. Two plain letters at least around each run keep the pattern narrow.
 */
function misreadLettersPattern(folded: string): RegExp | null {
  if (!MISREAD_IN_WORD.test(folded)) return null;
  const escaped = folded.split(/([\d(){}$#@]+)/).map((part, i) => (i % 2 ? `[a-z]{1,${part.length + 1}}` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${escaped.join('')}$`);
}

/** The seat of the central bodies, as the unit list spells it. */
const CAPITAL = 'Hà Nội';
const CAPITAL_LETTERS = 'hanoi';

/**
 * The place of a central body's date line garbled past one edit: the capital, where central bodies
 * sit, when its letters are within two edits of it and the place shows the engine's hand: words in
 * garbled case ("HdNAi") or in mixed cases ("Ha NỮ"), or the capital's tail with its head lost to
 * a stamp ("Noi"). A place in proper case two letters off ("Là Nộp") stays as read, and so does a
 * place the unit list knows ("Đà Nẵng" for a body seated there).
 */
function placeOfCentralBody(place: string): string {
  if (findUnits(place).length) return place;
  const letters = foldVietnamese(place).toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 3 || editDistance(letters, CAPITAL_LETTERS) > 2) return place;
  return garbledCase(place) || mixedCases(place) || MISREAD_IN_WORD.test(place) || STROKES_IN_WORD.test(place) || CAPITAL_LETTERS.endsWith(letters) ? CAPITAL : place;
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * A place word in neither title case nor capitals ("TĨHh", read off a 100-dpi scan's "Tĩnh"):
 * no date line prints one, so the engine garbled that word and may have misread two letters of
 * the place. A place in proper case two letters off ("Quảng Nooi") is left as read.
 */
export function garbledCase(place: string): boolean {
  return place.split(/\s+/).some((w) => /\p{L}\p{Lu}/u.test(w) && /\p{Ll}/u.test(w.slice(1)));
}

/** Same length and spaces, at most two letters different, in a locality of six letters or more. */
export function twoLettersOff(read: string, locality: string): boolean {
  if (read.length !== locality.length || locality.replace(/\s/g, '').length < 6) return false;
  let off = 0;
  for (let i = 0; i < read.length; i++) {
    if (read[i] === locality[i]) continue;
    if (read[i] === ' ' || locality[i] === ' ' || ++off > 2) return false;
  }
  return true;
}

/**
 * Every letter where the two differ is a vowel in both: the engine misread vowels under their marks
 * ("Cửa Bảng" for Cao Bằng), while the consonants stand as printed. Two such vowels off the issuer's
 * locality name it; a consonant off ("Quảng Nooi") does not.
 */
function onlyVowelsOff(read: string, locality: string): boolean {
  if (read.length !== locality.length) return false;
  const vowel = /[aeiouy]/;
  for (let i = 0; i < read.length; i++) if (read[i] !== locality[i] && !(vowel.test(read[i]!) && vowel.test(locality[i]!))) return false;
  return true;
}

/** A body and the unit it belongs to at the end of a phrase: "… TỈNH BÌNH THUẬN". */
const TRAILING_UNIT = /^(.*\S)\s+(thanh pho|tinh|quan|huyen|thi xa|thi tran|phuong|xa)\s+(\S+(?:\s+\S+){0,3})$/;

/**
 * The issuer an owned heading names: a known body ("UỶ BAN NHÂN DÂN TỈNH CAO BẰNG"), or any body
 * followed by a unit the list knows ("HỘI ĐỒNG QUẢN LÝ QUỸ KHUYẾN HỌC TỈNH BÌNH THUẬN"); null
 * when it names no place.
 */
function ownerIssuer(owner: string, near: readonly AdminUnit[]): ParsedIssuer | null {
  // A scrap of one or two marks may trail the body ("Ộ -", a seal's edge), and so may a place's
  // own short word ("TÂY HỒ", "BA VÌ"): the longest reading whose place the list knows wins.
  const readings = [owner];
  for (let shorter = owner; /\s\S{1,2}$/u.test(shorter); ) readings.push((shorter = shorter.replace(/\s+\S{1,2}$/u, '')));
  for (const reading of readings) {
    const issuer = ownerIssuerOf(reading, near);
    if (issuer?.unit) return issuer;
  }
  // No place the list knows: drop only scraps that are no word (marks, a letter alone).
  return ownerIssuerOf(owner.replace(/(?:\s+(?:\S*[^\p{L}\s]\S*|\p{L}))+$/u, ''), near);
}

function ownerIssuerOf(owner: string, near: readonly AdminUnit[]): ParsedIssuer | null {
  const known = parseIssuer(owner, undefined, near);
  if (known) return known.locality ? known : null;
  const folded = foldVietnamese(owner).toLowerCase();
  const m = TRAILING_UNIT.exec(folded);
  if (!m || !opensWithBody(m[1]!) && !/^(hoi|quy|ban|doan|lien doan|hiep hoi)\s/.test(m[1]!)) return null;
  const unitWord = UNIT_WORDS.find((u) => u.tokens.join(' ') === m[2]);
  const placeAt = folded.length - m[3]!.length;
  const place = owner.slice(placeAt).split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
  const unit = unitWord ? resolveUnit(place, unitWord.written, near) : null;
  if (!unit || !unitWord) return null;
  const body = sentenceCaseWords(owner.slice(0, m[1]!.length));
  return { name: `${body} ${unitWord.written} ${unit.name}`, body, level: unitWord.level, locality: unit.name, unitWord: unitWord.written, relative: false, unresolved: false, unit };
}

/** "HỘI ĐỒNG QUẢN LÝ QUỸ" → "Hội đồng quản lý quỹ": a body's name in normal case. */
function sentenceCaseWords(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** Two names of one kind of body: their first two words agree ("Hội đồng …"). */
function sameBodyKind(a: string, b: string): boolean {
  const head = (x: string) => foldVietnamese(x).toLowerCase().split(/\s+/).slice(0, 2).join(' ');
  return head(a) === head(b);
}

const BODY_STARTERS = [
  'hoi dong', 'uy ban', 'ubnd', 'hdnd', 'hdtdkt', 'ban ', 'so ', 'phong ', 'bo ', 'dang uy', 'thanh uy', 'tinh uy',
  'quan uy', 'huyen uy', 'thi uy', 'van phong', 'tong cuc', 'cuc ', 'chi cuc', 'truong ', 'trung tam', 'cong an',
  'mat tran', 'chinh phu', 'thu tuong', 'quoc hoi', 'thanh tra ', 'kiem toan nha nuoc', 'toa an ', 'vien kiem sat',
  'tong lien doan ', 'lien doan lao dong', 'bao hiem xa hoi',
  // The youth union's committees of a unit ("THÀNH ĐOÀN ĐÀ NẴNG", youth-union-bodies.ts).
  'thanh doan ', 'tinh doan ', 'quan doan ', 'huyen doan ', 'thi doan ',
];

/** "Hội đồng thi đua khen thưởng phường Đức Giang xây dựng kế hoạch…" in the opening. */
const BODY_ISSUER = /(?<![a-z])((?:hoi dong thi dua|hoi dong tdkt|uy ban nhan dan|ubnd)[^.;:\n]{0,60}?)\s(?:xay dung|ban hanh|trien khai|lap)\s+(?:ke hoach|chuong trinh|huong dan|quyet dinh)/y;
/** Where BODY_ISSUER can start: only these are tried, so a plan without one costs a short scan, not the whole text. */
const BODY_ISSUER_START = /(?<![a-z])(?:hoi dong thi dua|hoi dong tdkt|uy ban nhan dan|ubnd)/g;

function findBodyIssuer(text: string, folded: string, from: number, near: readonly AdminUnit[]): HeaderParts['issuer'] {
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
    if (parts.length && (BODY_START.test(f.replace(/^[-–+•]\s*/, '')) || /^(i|1)[.)]\s/.test(f))) break;
    // A trích yếu begun in normal case does not go on in capitals: that is the authority line ("ỦY BAN NHÂN DÂN TỈNH …").
    if (parts.length && !isUpperCase(parts[0]!.text) && isUpperCase(line) && /\p{L}{2}/u.test(line)) break;
    // The body starting right under the type heading ("I. KẾT QUẢ ĐẠT ĐƯỢC"): no trích yếu printed.
    if (!parts.length && (/^(can cu|kinh gui)/.test(f) || /^(?:[ivx]{1,4}|\d{1,2})[.)]\s/.test(f))) break;
    parts.push({ text: line, start: lineStart + raw.indexOf(line.charAt(0)) });
    if (parts.length >= 4 || /[.;:]$/.test(line)) break;
  }
  if (!parts.length) return null;
  const last = parts.at(-1)!;
  return { value: oneLine(parts.map((p) => p.text).join(' ')), span: { start: parts[0]!.start, end: last.start + last.text.length } };
}

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

/**
 * The type heading OCR garbled past its name ("QUY DINTI"), in its own place: the segment right
 * under the header's date line. Taken over a type read further down (the enacting "QUYẾT ĐỊNH
 * BAN HÀNH" under the basis lines), never over one read above it.
 */
function garbledTypeUnderDate(segments: readonly Segment[], folded: string, found: HeaderParts['typeLine']): HeaderParts['typeLine'] {
  const dateAt = segments.findIndex((s) => s.kind === 'date' && !citedDate(folded, s.end));
  const seg = dateAt >= 0 ? segments[dateAt + 1] : undefined;
  if (!seg || seg.kind !== 'text' || seg.breaks.length || (found && found.cell.start <= seg.start)) return null;
  const type = garbledTypeHeading(seg.text);
  if (!type) return null;
  return { type, cell: { text: seg.text, folded: seg.folded, start: seg.start, end: seg.end, line: 0 }, titleFrom: null };
}

/**
 * The type heading OCR garbled ("THÔNG Báo", "THÔNG BÀ.O") right above the trích yếu ("Về việc
 * …"), when the date line above it was garbled too and so is no anchor: the segment before the
 * first subject, below the motto. Never over a type read above it.
 */
function garbledTypeAboveSubject(segments: readonly Segment[], found: HeaderParts['typeLine']): HeaderParts['typeLine'] {
  const subjectAt = segments.findIndex((s) => s.kind === 'subject');
  const seg = subjectAt > 0 ? segments[subjectAt - 1] : undefined;
  if (!seg || seg.kind !== 'text' || seg.breaks.length || (found && found.cell.start <= seg.start)) return null;
  if (!segments.slice(0, subjectAt - 1).some((s) => s.kind === 'motto')) return null;
  const type = garbledTypeHeading(seg.text);
  if (!type) return null;
  return { type, cell: { text: seg.text, folded: seg.folded, start: seg.start, end: seg.end, line: 0 }, titleFrom: null };
}

/** "Chương I", "CHƯƠNG 2", "Phần thứ nhất" alone on a line: a chapter's name follows. */
const CHAPTER_LINE = /^(?:chuong|phan)\s+(?:[ivxlc]+|\d+|thu\s+\S+)\.?$/i;

/** The type heading: "KẾ HOẠCH" in capitals opening a segment, alone or followed by the title. */
function findTypeSegment(segments: readonly Segment[], ocrOrigin = false): HeaderParts['typeLine'] {
  let owned: HeaderParts['typeLine'] = null;
  let afterHeaderLine = false;
  let underChapter = false;
  for (const whole of segments) {
    if (whole.kind === 'motto' || whole.kind === 'number' || whole.kind === 'date') afterHeaderLine = true;
    // The line under "Chương I" names the chapter ("QUY ĐỊNH CHUNG"), never the document's type.
    const chapterName = underChapter;
    underChapter = CHAPTER_LINE.test(whole.folded.trim());
    if (chapterName) continue;
    if (whole.kind !== 'text' && whole.kind !== 'subject') continue;
    const seg = ocrOrigin ? afterIncomingStamp(afterLeadingStop(whole)) : afterLeadingStop(whole);
    let found = docTypeAtStart(seg.folded);
    // "HƯỚNG DẪN" over "Liên ngành …" run into one segment: the heading is the part in capitals.
    if (found && !isUpperCase(seg.text.slice(0, found.length))) found = docTypeAtStart(seg.folded, found.length - 1);
    if (!found || !isUpperCase(seg.text.slice(0, found.length))) continue;
    const rest = seg.text.slice(found.length).trim();
    const end = seg.at[found.length - 1]! + 1;
    const cell: Cell = { text: seg.text.slice(0, found.length), folded: seg.folded.slice(0, found.length), start: seg.start, end, line: 0 };
    // "QUYẾT ĐỊNH SỐ …" or "KẾ HOẠCH CỦA …" in running capitals is a citation, not a heading,
    // unless nothing else is: the heading of older documents names its issuer, "QUYẾT ĐỊNH CỦA
    // UỶ BAN NHÂN DÂN TỈNH …", "NGHỊ QUYẾT CỦA HỘI ĐỒNG …", a line in capitals under the header.
    if (/^(s[o6]|cua|ngay)\b/.test(foldVietnamese(rest))) {
      if (!owned && afterHeaderLine && isOwnedHeading(seg, found.length)) {
        const titleFrom = afterCapitalLines(seg);
        const ownerEnd = seg.at.findIndex((x) => x >= titleFrom);
        // "CỦA" dropped; a scrap after the body is ownerIssuer's to judge.
        const owner = oneLine(seg.text.slice(found.length, ownerEnd < 0 ? seg.text.length : ownerEnd)).replace(/^\S+\s+/, '');
        owned = { type: found.type, cell, titleFrom, owner };
      }
      continue;
    }
    // An owned heading above wins over the plain one below it: that is the decision's own
    // "QUYẾT ĐỊNH:" before its articles, under the căn cứ.
    return owned ?? { type: found.type, cell, titleFrom: null };
  }
  return owned;
}

/**
 * The segment without the stop that ended the line above it: a date line's closing "." or ","
 * ("… năm 1999." then "QUYẾT ĐỊNH") is cut from the date and opens the next segment.
 */
function afterLeadingStop(seg: Segment): Segment {
  const lead = /^[.,;]\s*/.exec(seg.text)?.[0].length ?? 0;
  if (!lead || lead >= seg.text.length) return seg;
  return { ...seg, text: seg.text.slice(lead), folded: seg.folded.slice(lead), at: seg.at.slice(lead), breaks: seg.breaks.filter((b) => b > lead).map((b) => b - lead), start: seg.at[lead] ?? seg.start };
}

// The words of an incoming-mail stamp struck over a scanned header ("SỞ … / CÔNG VĂN ĐẾN / Số: …").
const INCOMING_STAMP = /(?:^|\s)cong van de[nm]\s+/;
// Or the stamp's lone "ĐẾN" opening the line, the scraps of its boxes after it ("DEN i: : _¬ CHỈ THỊ"):
// single letters or marks only, never a word, before the heading.
const STAMP_WORD_AND_SCRAPS = /^\W{0,3}de[nm](?:\s+(?:[a-z](?![a-z])[^\s]*|[^\sa-z]+)){1,5}\s+/;

/**
 * The segment after an incoming-mail stamp's words in capitals that an engine ran into the type
 * heading beside them ("SỞ THÔNG TIN … CÔNG VĂN ĐẾN CHỈ THỊ"): the heading, when a type's name
 * follows them; else the segment as it is.
 */
function afterIncomingStamp(seg: Segment): Segment {
  const m = INCOMING_STAMP.exec(seg.folded);
  const at = m ? m.index + m[0].length : headingAfterStampScraps(seg);
  if (at === null) return seg;
  const type = docTypeAtStart(seg.folded.slice(at));
  if (!type || (m && !isUpperCase(seg.text.slice(m.index, at + type.length)))) return seg;
  // The heading alone: what follows it is the stamp's own "Số: … / Ngày: …", never a citation's number.
  const end = at + type.length;
  return { ...seg, text: seg.text.slice(at, end), folded: seg.folded.slice(at, end), at: seg.at.slice(at, end), breaks: [], start: seg.at[at] ?? seg.start, end: seg.at[end - 1]! + 1 };
}

/**
 * Where the heading starts on a line that opens with the stamp's lone "ĐẾN" in capitals and the
 * scraps of its boxes ("DEN i: : _¬ CHỈ THỊ"), the heading in capitals closing the line; null when no line is so.
 */
function headingAfterStampScraps(seg: Segment): number | null {
  for (const b of [0, ...seg.breaks]) {
    const from = b + /^\s*/.exec(seg.text.slice(b))![0].length;
    const m = STAMP_WORD_AND_SCRAPS.exec(seg.folded.slice(from, from + 40));
    if (!m || !/^\W{0,3}\p{Lu}{3}/u.test(seg.text.slice(from))) continue;
    const at = from + m[0].length;
    const type = docTypeAtStart(seg.folded.slice(at));
    const lineEnd = seg.breaks.find((x) => x > at) ?? seg.text.length;
    if (type && isUpperCase(seg.text.slice(at, at + type.length)) && !seg.text.slice(at + type.length, lineEnd).trim()) return at;
  }
  return null;
}

/** Where the trích yếu of an owned heading starts: after the heading's lines in capitals (the body it names). */
function afterCapitalLines(seg: Segment): number {
  const ends = [...seg.breaks, seg.text.length];
  let from = 0;
  let end = ends[0]!;
  for (const e of ends) {
    if (!isUpperCase(seg.text.slice(from, e))) break;
    end = e;
    from = e;
  }
  return seg.at[end - 1]! + 1;
}

/** "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH": the type, "CỦA" and a body, its first line all capitals. */
function isOwnedHeading(seg: Segment, typeLength: number): boolean {
  const lineEnd = seg.breaks.find((b) => b > typeLength) ?? seg.text.length;
  if (!isUpperCase(seg.text.slice(0, lineEnd))) return false;
  const owner = /^\s*cua\s+(.*)$/.exec(seg.folded.slice(typeLength));
  return owner !== null && opensWithBody(owner[1]!);
}

/** "Số:" read as figures by an engine without Vietnamese: its S as 8, 5, 3 or a dollar sign ("$6:990/TB-TCT"), its ố as 6 or o, the colon kept. */
const NUMBER_LABEL_AS_FIGURES = new RegExp(String.raw`^${NUMBER_LABEL_AS_FIGURES_SOURCE}[ \t]*:[ \t]*`);

/** The "Số" label garbled past "S6" ("Số':", "sé:") or with its ố lost ("S:A/UBND-VP", in capitals only). */
function garbledNumberLabel(seg: Segment): RegExpExecArray | null {
  if (!/^[Ss]/.test(seg.text)) return null;
  return /^s[a-z'’]{1,2}[ \t]*:[ \t]*/.exec(seg.folded) ?? (/^S[ \t]*:/.test(seg.text) ? LABEL_LOST_MARK.exec(seg.folded) : null) ?? (/^S/.test(seg.text) ? LABEL_GLUED_TO_SCRAP.exec(seg.folded) : null);
}

function numberFromSegment(seg: Segment, ocrOrigin: boolean): HeaderParts['number'] {
  // OCR may read the colon as a low double quote ("Só„2/1/J6/TB-ĐHĐL") or a comma (then "Số" must be in capitals).
  // A label garbled past "S6" ("Số': 5kq /QĐ-UBND", from "St':"): the S and its colon, in capitals, in OCR text.
  // In small letters too ("sé: 6834 /CTBDU-TTHT"), when its colon is read and a serial and a symbol follow it.
  // Or its ố lost ("S:A/UBND-VP"): in capitals, before a scrap, a slash and a symbol of two parts (header-zone.ts).
  const garbled = ocrOrigin ? garbledNumberLabel(seg) : null;
  // The label read as figures ("86:5619 SYT-NVY", its S as 8 and its ố as 6; an engine without
  // Vietnamese reads the S as 5 or 3 too: "56:…TCT-DNNCN", "36:4312 /TCT-KK"): only before a serial
  // and a symbol of capitals.
  const figures = ocrOrigin ? NUMBER_LABEL_AS_FIGURES.exec(seg.folded) : null;
  let prefix = /^s[o6]\s*[:;.„,]?\s*/.exec(seg.folded) ?? garbled ?? figures;
  // The number line opens with "Số" in capitals or a colon (a dump's "số ." for it); "… số 72/2025/QH15" is a citation.
  // A dump's "so 275TB DHDL Hà Nội ngày …" (every slash and hyphen dropped) is its header's line all the same.
  if (prefix && !/^S/.test(seg.text) && !/[:.„]/.test(prefix[0]) && !(ocrOrigin && spacedCapsBeforePlace(seg.text.slice(prefix[0].length)))) return null;
  let read = prefix ? readNumberLine(seg.text.slice(prefix[0].length), ocrOrigin) : null;
  if (!read && garbled && garbled !== prefix) [prefix, read] = [garbled, readNumberLine(seg.text.slice(garbled[0].length), ocrOrigin)];
  if (!read) return null;
  if (prefix === garbled && /^s/.test(seg.text) && (read.value.serial === null || !/\p{Lu}{2}/u.test(read.value.symbol ?? ''))) return null;
  // The serial may be a handwritten scrap ("86: A8J84 /BTC-TCDN"), read as illegible: never nothing.
  if (prefix === figures && ((read.value.serial === null && !read.illegible) || !/^\p{Lu}{2,}-\p{Lu}/u.test(read.value.symbol ?? ''))) return null;
  const span = spanOf(seg, 0, prefix![0].length + read.length);
  return read.illegible ? { value: read.value, span, illegible: read.illegible } : { value: read.value, span };
}

/** A cell's label in OCR text: "Số" as read, or read as figures. */
const CELL_LABEL_OCR = new RegExp(String.raw`^[ \t*|]*(?:S[ốoô6]\s*[:;.]?|${NUMBER_LABEL_AS_FIGURES_SOURCE}\s*:)\s*`, 'u');

/** The number of a "Số: …" cell standing before an illegible date line on its line. */
function numberInCell(text: string, cell: Span, ocrOrigin: boolean): HeaderParts['number'] {
  const raw = text.slice(cell.start, cell.end);
  // "86:" is the label only as an engine without Vietnamese reads it: typed text spells "Số".
  const prefix = (ocrOrigin ? CELL_LABEL_OCR : /^[ \t*|]*S[ốoô6]\s*[:;.]?\s*/u).exec(raw);
  if (!prefix) return null;
  const read = readNumberLine(raw.slice(prefix[0].length), ocrOrigin);
  if (!read) return null;
  const span = { start: cell.start + prefix[0].length, end: cell.start + prefix[0].length + read.length };
  return read.illegible ? { value: read.value, span, illegible: read.illegible } : { value: read.value, span };
}

/**
 * "Số: 24 /HDLN-BCA-BQP-BYT- Hà Nội, ngày …" over "BCT-BTC-VKSNDTC-TANDTC": a scan layer set the
 * date line after a symbol its column wrapped at a hyphen; the rest of the symbol opens the next
 * line. The number completed with it; as read otherwise.
 */
function withWrappedSymbolTail(text: string, number: NonNullable<HeaderParts['number']>): NonNullable<HeaderParts['number']> {
  if (text.charAt(number.span.end) !== '-') return number;
  const whole = withWrappedTail(text, number.span.end, { value: number.value, length: 0 });
  return whole.value === number.value ? number : { ...number, value: whole.value };
}

/**
 * A number standing alone beside the date line, its "Số:" lost (an OCR dump: "… Hạnh phúc" /
 * "47/2017/NĐ-CP" / "Hà Nội, ngày 25 tháng 12 năm 2017"): the segment right before or after the
 * date line that is a number and nothing else, with a symbol.
 */
function bareNumberBeside(segments: readonly Segment[], dateAt: number): HeaderParts['number'] {
  for (const k of [dateAt - 1, dateAt + 1]) {
    const seg = segments[k];
    if (!seg || seg.kind !== 'text' || !/^\d/.test(seg.text)) continue;
    const read = readPlanNumber(seg.text);
    if (!read || !read.value.symbol || read.value.serial === null || seg.text.slice(read.length).trim()) continue;
    return { value: read.value, span: spanOf(seg, 0, read.length) };
  }
  return null;
}

/**
 * "… có hiệu lực từ ngày 19/11/2025", "Xem chi tiết tại Công văn 11554/VPCP-V.I ngày …": the words
 * before "ngày" are a sentence's, not a place's ("Hà Nội, ngày").
 */
export function proseBefore(seg: Segment): boolean {
  const glued = GLUED_DATE_WORDS.exec(seg.folded);
  const at = glued ? glued[1]!.length + glued[2]!.length : seg.folded.indexOf('ngay');
  const before = seg.text.slice(0, Math.max(at, 0)).replace(/[*_|\s]+$/, '');
  // A place has at most six words ("Thành phố Hồ Chí Minh"); more is a sentence that cites a date.
  return /(?:^|\s)\p{Ll}[\p{L}]*$/u.test(before) || (before.match(/\S+/g)?.length ?? 0) > 7;
}

/** The rest of the line after a date goes on as a sentence: three words or more. */
export function proseAfter(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  const rest = text.slice(at, lineEnd < 0 ? Math.min(text.length, at + 200) : Math.min(lineEnd, at + 200));
  if (!/^\s*,/.test(rest)) return false;
  return (rest.match(/\p{L}+/gu)?.length ?? 0) >= 3;
}

/**
 * A date followed by whose it is ("Nghị định số 151/2013/NĐ-CP ngày 01 tháng 11 năm 2013 của
 * Chính phủ"): a cited document's date, never the date line (a page given without its header).
 */
export function citedDate(folded: string, at: number): boolean {
  if (!/^[^\S\n]*(?:\n[^\S\n]*)?cua\s/.test(folded.slice(at, at + 20))) return false;
  // "Hà Nội, ngày … năm 2018 của l… QUYẾT ĐỊNH": a line that opens with its place and "ngày" is the
  // date line, whatever OCR ran onto it (a garbled scrap restored as "của").
  const lineStart = folded.lastIndexOf('\n', at - 1) + 1;
  return !/^[\s*|]*[a-z][a-z .]{1,30},\s*ngay\b/i.test(folded.slice(lineStart, at));
}

/** A place as the date line prints it: capitalised words, a numbered district or ward ending with its number ("Quận 5"). */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,5}(?:\s+\p{N}{1,2})?`;
/** The first part of a hyphenated unit name, before the part PLACE_BEFORE_DAY took ("Bà Rịa - "). */
const HYPHEN_PART_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})(\s*[-–]\s*)$/u;
/** A place's first word glued to the capitals of a symbol before it ("STTTTHa "), its start in group 1. */
const GLUED_PLACE_WORD = /(?<=\p{Lu}{2})(\p{Lu}\p{Ll}{1,3})[ \t]+$/u;
/**
 * The place closing the text before "ngày" on a date line; a stop may stray after its comma ("Hà Tĩnh,.ngày").
 * It opens a word: never inside one, nor right after a slash ("…/TB-HQTB": a symbol's part).
 */
const PLACE_BEFORE_DAY = new RegExp(`((?<![\\p{L}\\p{N}/&])${PLACE_NAME})\\s*(?:,\\.?)?\\s*$`, 'u');
/** A symbol's last code hyphen-joined before the place's words ("TB-HQTB Trảng Bàng"): capitals only. */
const CODE_AFTER_HYPHEN = /^[\p{Lu}\p{N}&]{2,}(?=\s)/u;
/** The place a date line opens with, up to its comma. */
const PLACE_OPENING_LINE = new RegExp(`^([ \\t*|]*)(${PLACE_NAME})\\s*,`, 'u');

/** What stands on the date line before its place: segment offsets [start, end). */
interface LineLead {
  start: number;
  end: number;
}

function dateFromSegment(text: string, seg: Segment, marksFromOcr: boolean, ocrOrigin = marksFromOcr): (Pick<HeaderParts, 'date' | 'place'> & { lead: LineLead | null }) | null {
  const glued = ocrOrigin ? GLUED_DATE_WORDS.exec(seg.folded) : null;
  const m = glued ? { index: glued[1]!.length + glued[2]!.length } : /ngay/.exec(seg.folded);
  if (!m) return null;
  const date = glued ? gluedDate(glued, m.index) : dateAtDayWord(seg.folded, m.index);
  if (!date) return null;
  // On a page OCR read, the place stands on the date's own printed line: a word on the line above
  // is another line's ("OTXVPT" / "Ninh Kiều, ngày"). Copies of text break lines anywhere ("Thành phố Hồ" / "Chí Minh, ngày").
  const starts = [0, ...(marksFromOcr ? seg.breaks.filter((b) => b <= m.index) : [])];
  // "Hà Nội," alone on its line above "ngày …" is still the place.
  const lineStart = starts.length > 1 && !seg.text.slice(starts.at(-1), m.index).trim() ? starts.at(-2)! : starts.at(-1)!;
  // A cell cut from the one before it inside a word ("BHXH- TH" / "Ứ TP. Hồ Chí Minh", the word
  // "THỨ" split by the symbol's reading) opens with the word's tail: no place word. A word in proper
  // case there is the place's first, glued to the symbol by the layer ("TB-STTTT" / "Ha Tinh").
  const cutInWord = lineStart === 0 && seg.start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(seg.start - 1)) && /^[\p{L}\p{N}]/u.test(seg.text) && !/^\p{Lu}\p{Ll}/u.test(seg.text);
  const before = cutInWord ? seg.text.slice(0, m.index).replace(/^[\p{L}\p{N}]+/u, (tail) => ' '.repeat(tail.length)) : seg.text.slice(lineStart, m.index);
  // "Quận 5, ngày …", "Phường 12, ngày …": a numbered district or ward ends with its number.
  // An OCR'd place whose last letter came after a mark read for one ("Hà N(U,"): the plain reading
  // would take the capital after the mark ("U") for the whole place.
  const placeMatch = (ocrOrigin ? (strokedPlaceBeforeDay(before) ?? misreadLetterBeforeComma(before)) : null) ?? PLACE_BEFORE_DAY.exec(before) ?? (ocrOrigin ? (smallLetterPlace(before) ?? misreadPlaceBeforeDay(before)) : null);
  let place: HeaderParts['place'] = null;
  let lead: LineLead | null = null;
  if (placeMatch && /[-–]$/.test(before.slice(0, placeMatch.index))) {
    // The match opens with the symbol's last code ("HQTB Trảng Bàng" after "TB-"): the place follows it.
    const code = CODE_AFTER_HYPHEN.exec(placeMatch[1]!);
    const rest = code ? placeMatch[1]!.slice(code[0].length) : '';
    if (code && /^\s+\p{Lu}/u.test(rest)) {
      const skip = code[0].length + (rest.length - rest.trimStart().length);
      placeMatch[1] = placeMatch[1]!.slice(skip);
      placeMatch.index += skip;
    }
  }
  if (placeMatch) {
    let matched = placeMatch[1]!.trim();
    // "Bà Rịa - Vũng Tàu, ngày …": a unit whose own name holds a hyphen (the list knows it whole).
    const hyphened = HYPHEN_PART_BEFORE.exec(before.slice(0, placeMatch.index));
    // Spelt "Bà Rịa - Vũng Tàu" or "Phan Rang-Tháp Chàm" in the unit list, printed either way.
    if (hyphened && (findUnits(`${hyphened[1]} - ${matched}`).length || findUnits(`${hyphened[1]}-${matched}`).length)) {
      placeMatch.index = hyphened.index + (hyphened[0].length - hyphened[0].trimStart().length);
      matched = `${hyphened[1]}${hyphened[2]}${matched}`;
    }
    // A layer that ran the header cells together glued the place's first word to the symbol
    // ("TB-STTTTHa Tinh, ngày"): taken back when the two words name a unit the list knows.
    const glued = ocrOrigin ? GLUED_PLACE_WORD.exec(before.slice(0, placeMatch.index)) : null;
    if (glued && findUnits(`${glued[1]} ${matched}`).length) {
      placeMatch.index = glued.index;
      matched = `${glued[1]} ${matched}`;
    }
    // Only OCR layers leave a symbol's tail there; a typed line's place is what it prints.
    const code = ocrOrigin ? symbolTail(matched) : 0;
    const value = matched.slice(code);
    const at = lineStart + placeMatch.index + code;
    place = { value: spellPlace(value, marksFromOcr), span: spanOf(seg, at, at + value.length) };
    if (at > lineStart) lead = { start: lineStart, end: at };
  }
  const span = spanOf(seg, date.start, date.end);
  return { date: { iso: date.iso, partial: date.partial, invalid: date.invalid, span }, place, lead };
}

// "Hà Nội, ng4yShdng0zndm 2022": an OCR dump glued "ngày … tháng … năm" into one word, the
// handwritten figures between them misread. The place, the glued word (a figure or a mark in it),
// then the printed year.
const GLUED_DATE_WORDS = /^([^,\n]{2,40})(,\s*)(ng(?=\S*[^a-z\s])\S{4,18}?n[^\s\d]{0,2}m)\s*((?:19|20)\d\d)(?!\d)/;

/** The printed year of a glued date word (the day and month in it are handwriting's): partial. */
function gluedDate(m: RegExpExecArray, at: number): ParsedDate {
  return { iso: m[4]!, partial: true, invalid: false, start: at, end: m[0].length };
}

// The last words before the comma of a date line a dump wrote in small letters ("hà nội , ngày").
const SMALL_PLACE_BEFORE_DAY = /(?:^|\s)(\p{Ll}+(?:\s+\p{Ll}+){0,3})\s*,\s*$/u;

/**
 * The place of a date line an OCR dump wrote in small letters: the fewest last words (two at
 * least) before the comma that name a known unit ("… ít-bgdđt hà nội , ngày" → Hà Nội), each
 * opened with its capital. A match of PLACE_BEFORE_DAY's shape (group 1 the place), or null.
 */
function smallLetterPlace(before: string): RegExpExecArray | null {
  const m = SMALL_PLACE_BEFORE_DAY.exec(before);
  if (!m) return null;
  const words = [...m[1]!.matchAll(/\p{Ll}+/gu)];
  for (let k = words.length - 1; k >= Math.max(0, words.length - 3); k--) {
    const at = words[k]!.index!;
    const name = m[1]!.slice(at);
    if (name.split(/\s+/).length < 2 || !findUnits(name).length) continue;
    // The words as printed, each opened with its capital: the characters keep their places.
    const spelt = name.replace(/(^|\s)(\p{Ll})/gu, (_w, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'));
    const found = Object.assign([`${spelt},`, spelt], { index: m.index + m[0].indexOf(m[1]!) + at, input: before }) as unknown as RegExpExecArray;
    return found;
  }
  return null;
}

/** A symbol's codes, hyphen-joined, closing the text before a place: "SGDDT -CTrTT", "UBND-VP". */
const SYMBOL_BEFORE_PLACE = /(?:^|\s)(\p{Lu}[\p{L}&]{1,11}(?:\s?[-–]\s?\p{Lu}[\p{L}&]{1,11})+)\s*$/u;

/**
 * The symbol of a number line a layer garbled past its "Số:" and its slash, read where it stands:
 * on the date line, just before the place ("463Y SGDDT -CTrTT Đà Nẵng, ngày …"). Codes of
 * capitals joined by hyphens, each with two capitals at least; the serial before them (handwritten,
 * garbled) is left blank. Only for OCR'd text, and only when no number line was read.
 */
function symbolOnDateLine(seg: Segment, lead: LineLead): HeaderParts['number'] {
  const m = SYMBOL_BEFORE_PLACE.exec(seg.text.slice(lead.start, lead.end));
  if (!m) return null;
  const codes = m[1]!.split(/\s?[-–]\s?/);
  if (codes.some((c) => (c.match(/\p{Lu}/gu) ?? []).length < 2)) return null;
  const read = readPlanNumber(`/${codes.join('-')}`);
  if (!read?.value.symbol) return null;
  const start = lead.start + m.index + (m[0].length - m[0].trimStart().length);
  return { value: { ...read.value, number: null, serial: null }, span: spanOf(seg, start, start + m[1]!.length) };
}

/** One code of capitals closing the text before a place, all that is left of a number line ("BTTTTHà Nội"). */
const CODE_BEFORE_PLACE = /(?:^|\s)(\p{Lu}{3,10})\s*$/u;

/** The initials of a body's name, its "và" and dashes skipped: "Bộ Thông tin và Truyền thông" → "btttt". */
function initialsOf(name: string): string {
  return foldVietnamese(name).toLowerCase().split(/[\s-–]+/).filter((w) => w && w !== 'va').map((w) => w[0]).join('');
}

/**
 * A number line lost to a stamp or a handwritten serial but for its last code, run into the place
 * on the date line ("BTTTTHà Nội, ngày … tháng 01 năm 2018"): the symbol is the type heading's
 * code and that code, when the code is the issuer's initials (the symbol's standard form, type then
 * issuer). A code that is not the issuer's may be any part of a longer symbol, and is left alone.
 * Only for OCR'd text, and only when no number line was read.
 */
function issuerCodeOnDateLine(seg: Segment, lead: LineLead, typeCode: string, issuerName: string): HeaderParts['number'] {
  const m = CODE_BEFORE_PLACE.exec(seg.text.slice(lead.start, lead.end));
  if (!m || foldVietnamese(m[1]!).toLowerCase() !== initialsOf(issuerName)) return null;
  const read = readPlanNumber(`/${typeCode}-${m[1]}`);
  if (!read?.value.symbol) return null;
  const start = lead.start + m.index + (m[0].length - m[0].trimStart().length);
  return { value: { ...read.value, number: null, serial: null }, span: spanOf(seg, start, start + m[1]!.length) };
}

/** Abbreviations a place may open with: "TP. Hồ Chí Minh", "TX Sơn Tây". */
const PLACE_ABBREVIATIONS = new Set(['tp', 'tx', 'tt']);

/**
 * Characters of a place read before a date that belong to the number's symbol instead: a code of
 * capitals ("CTrTT", "DL") before a name in normal case, where a layer lost the slash or the
 * "Số" that would have ended the symbol ("463Y SGDDT -CTrTT Đà Nẵng, ngày", "…-SVH,TT,DL An
 * Giang, ngày"). A place in capitals ("HÀ NỘI") and "TP. Hồ Chí Minh" keep every word.
 */
function symbolTail(place: string): number {
  const words = [...place.matchAll(/\S+/gu)];
  // "TP.Hồ", "Q.Bình": a dotted place abbreviation glued to the name is no code.
  const isCode = (word: string) =>
    (word.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\.\p{L}/u.test(word) && !PLACE_ABBREVIATIONS.has(foldVietnamese(word).toLowerCase().replace(/\.$/, ''));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]![0];
    if (/^\p{Lu}\p{Ll}/u.test(word)) return i > 0 ? words[i]!.index! : 0;
    // "BTTTTHà Nội": the place's first word glued to the code, taken back when the two name a unit.
    const glued = /^(\p{Lu}{2,})(\p{Lu}\p{Ll}{1,3})$/u.exec(word);
    if (glued && i + 1 < words.length && findUnits(`${glued[2]} ${place.slice(words[i + 1]!.index!)}`).length) return words[i]!.index! + glued[1]!.length;
    if (!isCode(word)) return 0;
  }
  return 0;
}

/** The place a place-and-date line opens with, up to its comma ("Ninh Kiều, ngày …"). */
function placeOfLine(text: string, line: Span, marksFromOcr: boolean, ocrOrigin = marksFromOcr): HeaderParts['place'] {
  const m = PLACE_OPENING_LINE.exec(text.slice(line.start, line.end));
  if (!m) return null;
  const start = line.start + m[1]!.length;
  return { value: spellPlace(ocrOrigin ? withoutStrayStop(m[2]!) : m[2]!, marksFromOcr || ocrOrigin), span: { start, end: start + m[2]!.length } };
}

/**
 * An OCR'd place with a speck read as a stop after a word ("Hà. Tỉnh"): the place without it, when
 * that names a unit the list knows. An abbreviation's stop ("TP. Hồ Chí Minh", "Q. 1") stays: only a
 * stop after a word in title case is a speck.
 */
function withoutStrayStop(place: string): string {
  const cleared = place.replace(/(?<=\p{Lu}\p{Ll}+)\.(?=\s+\p{Lu})/gu, '');
  return cleared !== place && findUnits(cleared).length ? cleared : place;
}

/** A segment of issuer lines: it opens with a body and is not a sentence. */
export function isIssuerSegment(seg: Segment): boolean {
  if (seg.kind !== 'text' || seg.text.length > 200) return false;
  // A cited number or date ("15/2009/TT-BTC 22/01/2009"): a table's row or a sentence, never the issuer block.
  if (/\d{1,4}\s?\/\s?\d{1,4}/.test(seg.text)) return false;
  const f = seg.folded.replace(/^[^a-z0-9]+/, '');
  if (BODY_START.test(f)) return false;
  // "số ." alone (a number label whose number the dump set on the next line), or before figures
  // ("số 22750 …", a number line no reader took): no Sở without its field.
  if (/^s[o6][\s:;.]*(?:\d|$)/.test(f)) return false;
  return opensWithBody(f);
}

/** Folded text that opens with a body's name ("uy ban nhan dan", "hoi dong", "so ", "chu tich"). */
function opensWithBody(f: string): boolean {
  // "HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH …": an association and its executive committee.
  return BODY_STARTERS.some((s) => f.startsWith(s)) || /^(ub |uy ban|mttq|ngan hang|tieu ban|chu tich|thuong truc|ban chap hanh|bch |van phong|tong cuc|so |bo |cuc |dang uy|dang doan|hiep hoi|hoi (?!nghi|thao|thi\b|cho|dien dan))/.test(f);
}

/**
 * A segment that opens with a stray line (a page title, a copy's debris) before the issuer
 * block, from the first printed line that opens a body on; the segment itself otherwise. OCR may
 * glue a garbled first line to the next with the rule between them ("___ỗ UBNDTỈNHBÊENTRE - SỞ
 * THÔNG TIN …"): a " - " is then tried as a line start too.
 */
function fromIssuerLine(seg: Segment): Segment {
  if (seg.kind !== 'text' || isIssuerSegment(seg)) return seg;
  const dashes = [...seg.text.matchAll(/\s[-–]\s+(?=\p{Lu})/gu)].map((m) => m.index! + m[0].length);
  const starts = [...new Set([...seg.breaks, ...dashes])].sort((a, b) => a - b);
  for (const b of starts) {
    let from = b;
    while (seg.text[from] === ' ') from++;
    const trimmed: Segment = {
      ...seg,
      text: seg.text.slice(from),
      folded: seg.folded.slice(from),
      at: seg.at.slice(from),
      breaks: seg.breaks.filter((x) => x > from).map((x) => x - from),
      start: seg.at[from] ?? seg.start,
    };
    if (trimmed.text && isIssuerSegment(trimmed)) return trimmed;
  }
  return seg;
}

/**
 * The issuer lines among the segments. A header table flattened line by line puts the motto
 * between the issuer's lines ("ỦY BAN NHÂN DÂN   CỘNG HÒA …" / "TỈNH NINH BÌNH   Độc lập …"):
 * a line in capitals right after an issuer line, past the motto, carries that issuer on.
 */
/** Urgency and secrecy marks printed under the issuer block (folded). */
const URGENCY_MARK = /^(?:hoa toc|thuong khan|khan|mat|toi mat|tuyet mat)(?:\s*[-–]\s*(?:hen gio|khan))?$/i;

function issuerLines(segments: readonly Segment[]): Segment[] {
  const block: Segment[] = [];
  let carriesOn = false;
  for (const raw of segments) {
    const seg = fromIssuerLine(raw);
    if (isIssuerSegment(seg)) {
      block.push(seg);
      carriesOn = true;
    } else if (seg.kind === 'motto' || seg.kind === 'rule') {
      continue;
    } else {
      // A lone scrap of two letters or fewer ("TR" before a rule) is debris, not a line of the block.
      const words = seg.text.match(/\p{L}+/gu) ?? [];
      const scrap = words.length === 1 && words[0]!.length <= 2;
      // A name may wrap over more lines than one ("VĂN PHÒNG ĐIỀU PHỐI THỰC / HIỆN CHƯƠNG TRÌNH MTQG / XÂY DỰNG NÔNG THÔN MỚI").
      // An urgency or secrecy mark under the block ("HỎA TỐC", "KHẨN", "MẬT") is no part of the name.
      const mark = URGENCY_MARK.test(foldVietnamese(seg.text).trim());
      const carried: boolean = carriesOn && seg.kind === 'text' && seg.text.length <= 60 && !/\d/.test(seg.text) && isUpperCase(withoutLeadingAnd(seg.text)) && !scrap && !mark;
      if (carried) block.push(seg);
      carriesOn = carried;
    }
  }
  return block;
}

/**
 * The line without a leading "và": a name carried on in capitals ("NGÂN HÀNG NÔNG NGHIỆP" / "VÀ
 * PHÁT TRIỂN NÔNG THÔN VIỆT NAM") whose "VA" a layer garbled ("vA") comes back restored in small letters.
 */
function withoutLeadingAnd(text: string): string {
  return text.replace(/^\s*v[àaÀA]\s+(?=\p{Lu})/u, '');
}

function issuerFromSegments(segments: readonly Segment[], near: readonly AdminUnit[], ocrOrigin = false): HeaderParts['issuer'] {
  // "ĐOÀN TNCS HỒ CHÍ MINH" where the motto stands names the organisation (mass-issuer.ts).
  const heading = segments.reduce<MassHeading | null>((found, s) => found ?? (s.kind === 'motto' ? massHeadingOf(s.text, s.folded) : null), null);
  const block = issuerLines(withoutSubjectLines(ocrOrigin ? withWrappedNamesJoined(segments).map((seg) => withStandardBodyName(inCapitals(seg))) : segments));
  // A copy may put a page title or a stray line above the issuer block: the block is what stands
  // right above the number and date, so lines are dropped from the top until it reads as one.
  for (let from = 0; from < block.length; from++) {
    const joined = joinSegments(block.slice(from));
    const bodies = bodiesOf(joined.text, joined.breaks, near);
    const joint = jointIssuer(bodies.map((b) => b.parsed));
    const read = joint ? { issuer: joint, parent: null } : composeIssuer(bodies.map((b) => b.parsed));
    if (!read) continue;
    const composed = completeMassIssuer(read, heading);
    const last = bodies.at(-1)!;
    const span = spanOf(joined, last.start, last.end);
    if (!composed.issuer.locality && !composed.parent) {
      const withParent = underGluedParent(segments, joined, near);
      if (withParent) return { ...withParent, span, fromBody: false };
    }
    return { parsed: composed.issuer, parent: composed.parent, span, fromBody: false };
  }
  return null;
}

/**
 * The segments without the lines under the number line that are not in capitals, when issuer
 * lines stand above it: those are the trích yếu's ("V/v cử lãnh đạo Ban tham gia / Ban Vì sự tiến
 * bộ của phụ nữ", its "V/v" misread), never the issuer block, which is printed in capitals above.
 */
function withoutSubjectLines(segments: readonly Segment[]): readonly Segment[] {
  const numberAt = segments.findIndex((s) => s.kind === 'number');
  if (numberAt < 0 || !issuerLines(segments.slice(0, numberAt)).length) return segments;
  return segments.filter((s, k) => k < numberAt || s.kind !== 'text' || isUpperCase(s.text));
}

/**
 * An OCR'd line that is a garbled department name ("SO GIAO DVC vA DA° TAO") as that name, in
 * capitals like the block it stands in; its characters still point into the line as read.
 */
/**
 * A body's line an OCR dump wrote in small letters ("bộ giáo dục và đào tạo cộng hòa xã hội …", a
 * pipeline that lowered the whole page): in capitals, as the block is printed. Only a line with no
 * capital at all that opens with a body's name; its characters keep their places.
 */
function inCapitals(seg: Segment): Segment {
  if (seg.kind !== 'text' || /\p{Lu}/u.test(seg.text) || !opensWithBody(seg.folded.replace(/^[^a-z0-9]+/, ''))) return seg;
  const text = seg.text.toLocaleUpperCase('vi');
  return text.length === seg.text.length ? { ...seg, text } : seg;
}

function withStandardBodyName(read: Segment): Segment {
  if (read.kind !== 'text' || !read.at.length) return read;
  // A name the block wraps over two lines ("BQ NÔNG NGHIỆP" / "và PIlAT TRIỂN NÔNG THÔN") is read
  // whole, and only as one standard name: lines of two bodies are read line by line below.
  if (read.breaks.length) return withWrappedStandardName(read);
  const uForV = withCapitalWordsRepaired(read.text);
  const seg = uForV === read.text ? read : { ...read, text: uForV, folded: foldVietnamese(uForV) };
  const name = repairedBodyName(seg.text) ?? withHeadWordRepaired(seg.text);
  return name ? asNamed(seg, name) : seg;
}

function withWrappedStandardName(seg: Segment): Segment {
  const name = repairedBodyName(seg.text);
  if (name) return { ...asNamed(seg, name), breaks: [] };
  // "- BỘNÔNG NGHIỆP -" / "VÀ PHÁT TRIỂN NÔNG THÔN" / "CỤC LÂM NGHIỆP": the first lines may be the
  // parent's standard name with its spaces or the rule's dashes around it misread, and the lines
  // after them the body's own; the longest such head is read as the name, the rest kept as it is.
  // Only a head that spells the name's letters exactly: debris above the block ("mm.mmm.m—-sasaz")
  // joined to a name is no garbled name of another body.
  const lettersOf = (text: string) => foldVietnamese(text).toLowerCase().replace(/[^a-z0-9]/g, '');
  for (let k = seg.breaks.length - 1; k >= 0; k--) {
    const cut = seg.breaks[k]!;
    const head = sliceSegment(seg, 0, cut);
    const headName = head.text.trim() ? repairedBodyName(head.text.trim()) : null;
    if (!headName || lettersOf(headName) !== lettersOf(head.text)) continue;
    let from = cut;
    while (seg.text[from] === ' ') from++;
    return joinSegments([{ ...asNamed(head, headName), breaks: [] }, sliceSegment(seg, from, seg.text.length)]);
  }
  return seg;
}

/** Characters [from, to) of a segment, with their offsets and line breaks. */
function sliceSegment(seg: Segment, from: number, to: number): Segment {
  const text = seg.text.slice(from, to);
  const at = seg.at.slice(from, to);
  const breaks = seg.breaks.filter((b) => b > from && b < to).map((b) => b - from);
  return { ...seg, text, folded: seg.folded.slice(from, to), at, breaks, start: at[0] ?? seg.start, end: (at.at(-1) ?? seg.end - 1) + 1 };
}

/**
 * A standard name the block wraps onto a line of its own that opens with "và", the motto's cell
 * between them ("BQ NÔNG NGHIỆP" / "và PIlAT TRIỂN NÔNG THÔN"), both lines garbled past the block's
 * reading: the two read as one name when together they are one standard name, else left as they are.
 */
function withWrappedNamesJoined(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k]!;
    let next = k + 1;
    while (next < segments.length && segments[next]!.kind === 'motto') next++;
    const wrap = segments[next];
    const name = seg.kind === 'text' && wrap?.kind === 'text' && /^\s*v[àa]\s/iu.test(wrap.text) ? repairedBodyName(`${seg.text} ${wrap.text}`) : null;
    if (!name || !wrap) {
      out.push(seg);
      continue;
    }
    out.push({ ...asNamed({ ...seg, at: [...seg.at, ...wrap.at] }, name), end: wrap.end, breaks: [] }, ...segments.slice(k + 1, next));
    k = next;
  }
  return out;
}

/** The segment read as `name`, in capitals like its block; its characters still point into the line as read. */
function asNamed(seg: Segment, name: string): Segment {
  const text = name.toLocaleUpperCase('vi');
  const at = [...text].map((_, i) => seg.at[Math.min(seg.at.length - 1, Math.floor((i * seg.at.length) / text.length))]!);
  return { ...seg, text, folded: foldVietnamese(text), at };
}

/** The block read under its parent line when OCR glued that line into one word before it (glued-parent.ts). */
function underGluedParent(segments: readonly Segment[], block: Segment, near: readonly AdminUnit[]): { parsed: ParsedIssuer; parent: ParsedIssuer | null } | null {
  const before = segments.filter((s) => s.start <= block.start && s.kind === 'text');
  const parentLine = gluedParentLine(before.map((s) => s.folded).join(' '), near);
  if (!parentLine) return null;
  const text = `${parentLine} ${block.text}`;
  const composed = composeIssuer(bodiesOf(text, [parentLine.length + 1, ...block.breaks.map((b) => b + parentLine.length + 1)], near).map((b) => b.parsed));
  return composed && composed.parent && composed.issuer.locality ? { parsed: composed.issuer, parent: composed.parent } : null;
}

/**
 * The block's line under the issuer read ending at `end`: what follows it in its own segment (a line
 * of the same cell), else the next text segment past the motto's; null when there is none.
 */
function lineUnderIssuer(segments: readonly Segment[], end: number): string | null {
  const at = segments.findIndex((s) => s.start < end && end <= s.end);
  if (at < 0) return null;
  const own = segments[at]!;
  const rest = own.text.slice(own.at.findIndex((x) => x >= end)).trim();
  if (own.at.some((x) => x >= end) && rest) return rest;
  const next = segments.slice(at + 1).find((s) => s.kind !== 'motto' && s.kind !== 'rule');
  return next?.kind === 'text' ? next.text : null;
}

/** Segments read as one: each segment starts a printed line. */
function joinSegments(segments: readonly Segment[]): Segment {
  let text = '';
  const at: number[] = [];
  const breaks: number[] = [];
  for (const seg of segments) {
    if (text) {
      text += ' ';
      at.push(at.at(-1)!);
      breaks.push(text.length);
    }
    for (const b of seg.breaks) breaks.push(text.length + b);
    text += seg.text;
    at.push(...seg.at);
  }
  return { text, folded: foldVietnamese(text), kind: 'text', start: at[0]!, end: at.at(-1)! + 1, at, breaks };
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
  const readType = findTypeSegment(segments, ocrOrigin);
  const typeLine = (ocrOrigin ? (garbledTypeUnderDate(segments, folded, readType) ?? garbledTypeAboveSubject(segments, readType)) : null) ?? readType;
  const typeAt = typeLine ? segments.findIndex((s) => s.start <= typeLine.cell.start && typeLine.cell.start < s.end) : segments.length;
  const before = headerAboveType(segments, typeAt);
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
  const illegibleDate = segments.length ? illegibleDateLine(text, folded, segments[0]!.start, found ? found.seg.start : (segments.at(-1)?.end ?? 0)) : null;
  const chosen = illegibleDate ? undefined : found;
  const yearOnly = illegibleDate?.year ? { iso: illegibleDate.month ? `${illegibleDate.year}-${illegibleDate.month}` : illegibleDate.year, partial: true, invalid: false, span: { start: illegibleDate.start, end: illegibleDate.end } } : null;
  const date: HeaderParts['date'] = chosen?.found.date ?? yearOnly;
  const placeRead: HeaderParts['place'] = chosen?.found.place ?? (illegibleDate ? placeOfLine(text, illegibleDate, marksFromOcr, ocrOrigin) : null);
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
  // A place garbled past its first word in the block ("CỤC THUẾ TP II}iI PHONG"), the date line's place whole.
  if (ocrOrigin && issuer && placeRead) {
    const named = issuerOfDatePlace(issuer.parsed, lineAt(text, issuer.span.end), placeRead.value, near);
    if (named) issuer = { ...issuer, parsed: named };
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
  const title = typeLine ? findTitle(text, typeLine) : null;
  // The trích yếu of a công văn: "V/v …", or "Về …" in the cell under the number.
  const numberAt = before.findIndex((s) => s.kind === 'number');
  const underNumber = numberAt >= 0 ? before[numberAt + 1] : undefined;
  // What anchors a header: the motto, the number line read, the date line read.
  const anchors = [...segments.filter((s) => s.kind === 'motto').map((s) => s.start), ...(number ? [number.span.start] : []), ...(chosen ? [chosen.seg.start] : [])];
  const subject = inHeader(before.find((s) => s.kind === 'subject') ?? (underNumber && /^V/.test(underNumber.text) && /^ve\s/.test(underNumber.folded) ? underNumber : null), segments, anchors);
  return { typeLine, number, date, place, issuer, title, metadata, subject, illegibleDate };
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

// A place-and-date line whose figures OCR lost: a place (capitalised, then a comma), "ngày",
// "tháng", "năm" with at most dots, blanks and a figure or two between them, and no year.
const ILLEGIBLE_DATE_LINE = /^[ \t*|]*[a-z][a-z .]{1,40},\s*ngay[\s.…_,:\d]{0,12}thang[\s.…_,:\d]{0,12}nam[\s.…_,:]*\d{0,3}[\s.…_]*$/;
// The same line with its day and month word lost to handwriting or a stamp ("Ninh Kiều, ngày -2Nháng ý. năm 2018"):
// only its printed year is read. A handwritten month the engine set after "năm" (written larger, off the
// line) leaves its illegible mark there: "ngày ... tháng năm ... 2024".
const GARBLED_DATE_LINE = /^[ \t*|]*[a-z][a-z .]{1,40},\s*ngay[^\n]{0,24}?\snam[\s.…_]*((?:19|20)\d\d)[\s.…_]*$/;
// The same line with its year word garbled past "năm" by an engine without Vietnamese ("TP. Ha Chi
// Minh, ngay 26 thong cnarn 2021": "5 năm" read as "cnarn", restored "chân"): "ngày" and "tháng"
// still read, one short word between "tháng" (and its figure, if plain) and a year ending the line.
const GARBLED_YEAR_WORD_LINE = /^[ \t*|]*[a-z][a-z .]{1,40},\s*ngay[^\n]{0,12}?\sth[a-z]{0,2}ng\s+(?:(\d{1,2})\s+)?[^\s\d]{1,6}\s+((?:19|20)\d\d)[\s.…_]*$/;

/** The first illegible place-and-date line in folded[from, to), as its span and the year it still shows; null when none. */
function illegibleDateLine(text: string, folded: string, from: number, to: number): IllegibleDateLine | null {
  let lineStart = folded.lastIndexOf('\n', from) + 1;
  while (lineStart < to) {
    const end = folded.indexOf('\n', lineStart);
    const lineEnd = end < 0 ? folded.length : end;
    // A scan's layer may set the number cell and the date line on one line ("Số: ~ggITB-BHBL Hà
    // Nội, ngay4Sthimg 6 năm 2021"): the date line is read from its place on.
    const start = lineStart + (NUMBER_CELL_BEFORE_PLACE.exec(folded.slice(lineStart, lineEnd))?.[0].length ?? 0);
    const line = folded.slice(start, lineEnd);
    const numberCell = start > lineStart ? { numberCell: { start: lineStart, end: start } } : {};
    if (lineEnd - start <= 100 && /^[ \t*|]*\p{Lu}/u.test(text.slice(start, lineEnd))) {
      if (ILLEGIBLE_DATE_LINE.test(line)) return { start, end: lineEnd, year: null, ...numberCell };
      // A line whose day and month read well is the date line itself, found as such.
      const readable = (findDate(line)?.iso?.length ?? 0) >= 7;
      // Garbled further ("ngàu 0 tháng ...Ð năm 2025", "ngày-##tháng Q@n»ăm 2026"): its printed year and month.
      const printed = readable ? null : garbledDateLine(line);
      if (printed?.month) return { start, end: lineEnd, year: printed.year, month: printed.month, ...numberCell };
      const garbled = GARBLED_DATE_LINE.exec(line);
      if (garbled && !readable) return { start, end: lineEnd, year: garbled[1]!, ...numberCell };
      if (printed) return { start, end: lineEnd, year: printed.year, month: printed.month, ...numberCell };
      const yearWord = readable ? null : GARBLED_YEAR_WORD_LINE.exec(line);
      if (yearWord) {
        const month = yearWord[1] && /^(0?[1-9]|1[0-2])$/.test(yearWord[1]) ? yearWord[1].padStart(2, '0') : null;
        return { start, end: lineEnd, year: yearWord[2]!, month, ...numberCell };
      }
    }
    if (end < 0) break;
    lineStart = end + 1;
  }
  return null;
}

/** An illegible date line; `numberCell`: the "Số: …" cell a layer set before it on its line. */
interface IllegibleDateLine extends Span {
  year: string | null;
  month?: string | null;
  numberCell?: Span;
}

// "Số: …" (its colon read as a comma: "số, 3+!J") and what OCR made of the number, then a place and
// its comma: the cell before the date line.
// The label as the restorer may have re-lettered it ("sốf" → "sau"): "s" and up to two letters.
// An engine without Vietnamese may read its S as 8 (5, 3) and the ố as 6 ("86:5619 SYT-NVY", "36:4312 /TCT-KK"): then with its colon.
// A speck of the scan may stand before the label ("' s6,y'019 /cr-TT&Frr Hdi Phdng, ngafu4 …"): a quote or a stop.
const NUMBER_CELL_BEFORE_PLACE = new RegExp(String.raw`^[ \t*|'‘’\`.]*(?:s[o6a-z]{0,2}\s*[:.,]?|${NUMBER_LABEL_AS_FIGURES_SOURCE}\s*:)[^\n,]{0,40}?\s(?=[a-z][a-z .]{1,40},\s*n)`);

/**
 * The trích yếu without the salutation OCR read onto its last line ("V/v đăng tải … năm 2017
 * kính gửi:", the "Kính gửi:" printed right of and below the number column): no trích yếu says
 * "Kính gửi". Null stays null; a title that is only the salutation is none.
 */
export function withoutSalutation<T extends { value: string; span: Span }>(title: T | null, text: string): T | null {
  if (!title) return title;
  const at = foldVietnamese(title.value).search(/(?<=\s)kinh gui\s*:?/);
  if (at < 0) return title;
  const value = title.value.slice(0, at).trimEnd();
  if (!value) return null;
  // The value is one line; the span covers the lines as written (breaks, indentation), so its end
  // is found in the text itself (folding keeps lengths): where the salutation starts, as in the value.
  const { start, end } = title.span;
  const written = foldVietnamese(text.slice(start, end)).search(/(?<=\s)kinh\s+gui/);
  if (written < 0) return { ...title, value };
  let cut = start + written;
  while (cut > start && /\s/.test(text.charAt(cut - 1))) cut--;
  return { ...title, value, span: { start, end: cut } };
}

/**
 * OCR'd symbols whose type part is one letter off the type heading printed below them ("CI-UBND"
 * under "CHỈ THỊ"): the heading says which type it is, so the part is read as its code.
 */
function symbolTypeFromHeading(number: PlanNumber, type: DocType): PlanNumber {
  const code = type.code;
  const [first = '', ...rest] = number.symbol.split('-');
  if (!code || number.typeCode || number.party || first.length !== code.length || first === code) return number;
  let differ = 0;
  for (let i = 0; i < code.length; i++) if (first[i]!.toUpperCase() !== code[i]!.toUpperCase()) differ++;
  if (differ !== 1) return number;
  const symbol = [code, ...rest].join('-');
  return { ...number, symbol, typeCode: code, number: number.serial ? `${number.serial}/${symbol}` : null };
}

/**
 * Issuer parts of a symbol that name one body and only one: the Government's decrees (NĐ-CP,
 * NQ-CP) and the Prime Minister's decisions (QĐ-TTg, CT-TTg). Other parts (UBND, TW, BNV …) are
 * shared by many bodies or need the locality the header gives.
 */
const SOLE_ISSUERS: Record<string, string> = { CP: 'Chính phủ', TTg: 'Thủ tướng Chính phủ' };

/** The body of a signature block's "TM." line, when it names one with its level. */
function issuerOfSignature(block: string, near: readonly AdminUnit[]): ParsedIssuer | null {
  const m = /^[^\S\n]*(?:TM|T\/M)\s*\.?\s*(\S[^\n]{1,80})$/imu.exec(block);
  if (!m) return null;
  const parsed = parseIssuer(m[1]!.trim(), undefined, near);
  return parsed && parsed.level ? parsed : null;
}

function issuerOfSymbol(symbol: string): ParsedIssuer | null {
  const parts = symbol.split(/[-/]/);
  const last = parts[parts.length - 1]!;
  // "56/2020/QH14": a law carries the legislature's term where a body's code would stand;
  // "…/NQ-UBTVQH15" names its standing committee.
  const legislature = /^(UBTV)?QH\d{1,2}$/.exec(last);
  const name = legislature ? (legislature[1] ? 'Ủy ban Thường vụ Quốc hội' : 'Quốc hội') : parts.length >= 2 ? SOLE_ISSUERS[last] : undefined;
  return name ? { name, body: name, level: 'central', locality: null, unitWord: null, relative: false, unresolved: false, unit: null } : null;
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
/** How far into the text the e-signature box is looked for: it stands over the header. */
const SIGNING_STAMP_REACH = 3000;

// A number line whose label's colon an engine read as a stroke ("S ố l 47 /2014/…", "S ố | 47 /…"
// for "Số: 47/2014/…"): a document's own number line prints the colon, and no serial holds an l or
// a bar. A lone 1 there ("S ố 1 47 /2014/T T -B C T") is as likely the serial 147 spaced out: it is
// read as the colon only where the text cites the shorter number itself ("Thông tư số 47/2014/…"
// in an annex caption) and never the longer. Opening a line only; the first such line.
const COLON_AS_ONE = /^([ \t]*S ?[ốồóoô6][ \t]+)([1l|])([ \t]+(\d{1,5})[ \t]*\/)(?:(\d{4})\/)?/mu;

/** The text with such a colon put back, the length kept (spans stand in the text as read). */
export function withLabelColon(text: string): string {
  const m = COLON_AS_ONE.exec(text.slice(0, ZONE_SCAN));
  if (!m) return text;
  if (m[2] === '1') {
    if (!m[5]) return text;
    const rest = text.slice(m.index + m[0].length);
    const cited = (serial: string) => new RegExp(`(?<![\\d/])${serial}\\s*/\\s*${m[5]}\\s*/`).test(rest);
    if (!cited(m[4]!) || cited(`1${m[4]}`)) return text;
  }
  const at = m.index + m[1]!.length;
  return `${text.slice(0, at)}:${text.slice(at + 1)}`;
}

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
  const title = withoutSalutation(h.title ?? (h.subject ? { value: h.subject.text, span: { start: h.subject.start, end: h.subject.end } } : null) ?? (alone?.heading ? { value: alone.heading.text, span: alone.heading.span } : null), text);
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
    type: type?.name ?? null,
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
