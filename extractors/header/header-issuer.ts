// The issuer as the header gives it: its issuer lines, else the opening, the signature's "TM." line or the symbol.
import { withoutLogoScrap } from './logo-scrap.js';
import { dashJoinedIssuer, jointIssuer } from '../issuer/joint-issuers.js';
import { completeMassIssuer } from '../issuer/mass-issuer.js';
import { massHeadingOf, type MassHeading } from '../issuer/mass-heading.js';
import type { Signer } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { parseIssuer, UNIT_WORDS, type ParsedIssuer } from '../issuer/issuer.js';
import { gluedParentLine } from '../issuer/glued-parent.js';
import { isUpperCase } from '../shared/layout.js';
import { resolveUnit, type AdminUnit } from '../shared/localities.js';
import { spanOf, type Segment } from './header-zone.js';
import { bodiesOf, composeIssuer } from '../issuer/issuer-block.js';
import { withHeadWordRepaired, repairedBodyName } from '../shared/ocr-body-names.js';
import { withCapitalWordsRepaired } from './ocr-capital-words.js';
import { type HeaderParts, HEADER_REACH, BODY_START } from './header-parts.js';

/** A body and the unit it belongs to at the end of a phrase: "… TỈNH BÌNH THUẬN". */
const TRAILING_UNIT = /^(.*\S)\s+(thanh pho|tinh|quan|huyen|thi xa|thi tran|phuong|xa)\s+(\S+(?:\s+\S+){0,3})$/;

/**
 * The issuer an owned heading names: a known body ("UỶ BAN NHÂN DÂN TỈNH CAO BẰNG"), or any body
 * followed by a unit the list knows ("HỘI ĐỒNG QUẢN LÝ QUỸ KHUYẾN HỌC TỈNH BÌNH THUẬN"); null
 * when it names no place.
 */
export function ownerIssuer(owner: string, near: readonly AdminUnit[]): ParsedIssuer | null {
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
export function sameBodyKind(a: string, b: string): boolean {
  const head = (x: string) => foldVietnamese(x).toLowerCase().split(/\s+/).slice(0, 2).join(' ');
  return head(a) === head(b);
}

const BODY_STARTERS = [
  'hoi dong', 'uy ban', 'ubnd', 'hdnd', 'hdtdkt', 'ban ', 'so ', 'phong ', 'bo ', 'dang uy', 'thanh uy', 'tinh uy',
  // "ĐẢNG BỘ TỈNH LÀO CAI" above "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH": the Party organisation that places its committee.
  'dang bo ',
  'quan uy', 'huyen uy', 'thi uy', 'van phong', 'tong cuc', 'cuc ', 'chi cuc', 'truong ', 'trung tam', 'cong an',
  'mat tran', 'chinh phu', 'thu tuong', 'quoc hoi', 'thanh tra ', 'kiem toan nha nuoc', 'toa an ', 'vien kiem sat',
  'tong lien doan ', 'lien doan lao dong', 'bao hiem xa hoi',
  // A state group's block ("TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM / VIỄN THÔNG HẢI DƯƠNG", group-unit.ts).
  'tap doan ', 'tong cong ty ',
  // A company's block ("CÔNG TY CP ĐẦU TƯ XÂY DỰNG / HẠ TẦNG VÀ GIAO THÔNG"): it issues in its own name.
  'cong ty ',
  // The youth union's committees of a unit ("THÀNH ĐOÀN ĐÀ NẴNG", youth-union-bodies.ts).
  'thanh doan ', 'tinh doan ', 'quan doan ', 'huyen doan ', 'thi doan ',
];

/** "Hội đồng thi đua khen thưởng phường Đức Giang xây dựng kế hoạch…" in the opening. */
const BODY_ISSUER = /(?<![a-z])((?:hoi dong thi dua|hoi dong tdkt|uy ban nhan dan|ubnd)[^.;:\n]{0,60}?)\s(?:xay dung|ban hanh|trien khai|lap)\s+(?:ke hoach|chuong trinh|huong dan|quyet dinh)/y;

/** Where BODY_ISSUER can start: only these are tried, so a plan without one costs a short scan, not the whole text. */
const BODY_ISSUER_START = /(?<![a-z])(?:hoi dong thi dua|hoi dong tdkt|uy ban nhan dan|ubnd)/g;

export function findBodyIssuer(text: string, folded: string, from: number, near: readonly AdminUnit[]): HeaderParts['issuer'] {
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
export function parentFromSigner(issuer: ParsedIssuer, signer: Signer): ParsedIssuer | null {
  if (!issuer.locality || !issuer.unitWord || issuer.body === 'Ủy ban nhân dân') return null;
  const title = foldVietnamese(signer.title ?? '');
  if (!/(ubnd|uy ban nhan dan)/.test(title)) return null;
  return { ...issuer, name: `Ủy ban nhân dân ${issuer.unitWord} ${issuer.locality}`, body: 'Ủy ban nhân dân' };
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
  return opensWithBody(f) || opensWithFund(seg.text);
}

/**
 * "QUỸ BẢO TRÌ ĐƯỜNG BỘ": a state fund's name, known by its tilde; folded, "quy" also opens
 * "QUY ĐỊNH" and "QUY CHẾ", which are types and titles, never a body.
 */
function opensWithFund(text: string): boolean {
  return /^[^\p{L}\p{N}]*(?:QUỸ|Quỹ)\s+\p{Lu}/u.test(text.normalize('NFC'));
}

/** Folded text that opens with a body's name ("uy ban nhan dan", "hoi dong", "so ", "chu tich"). */
export function opensWithBody(f: string): boolean {
  // "HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH …": an association and its executive committee.
  return BODY_STARTERS.some((s) => f.startsWith(s)) || /^(ub |uy ban|mttq|ngan hang|tieu ban|chu tich|thuong truc|ban chap hanh|bch |van phong|tong cuc|so |bo |cuc |dang uy|dang doan|hiep hoi|hoi (?!nghi|thao|thi\b|cho|dien dan))/.test(f);
}

/** A line that opens with a state group's head (folded), group-unit.ts. */
const GROUP_HEAD_LINE = /^(?:tap doan|tong cong ty)\s/;

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
    // A group's name under the line above ("CÔNG ĐOÀN / TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "ĐOÀN THANH NIÊN /
    // TẬP ĐOÀN …") says whose union or youth branch that line is: it carries that line on, no stray line before it.
    if (trimmed.text && isIssuerSegment(trimmed) && !GROUP_HEAD_LINE.test(trimmed.folded)) return trimmed;
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

export function issuerFromSegments(segments: readonly Segment[], near: readonly AdminUnit[], ocrOrigin = false): HeaderParts['issuer'] {
  // "ĐOÀN TNCS HỒ CHÍ MINH" where the motto stands names the organisation (mass-issuer.ts).
  const heading = segments.reduce<MassHeading | null>((found, s) => found ?? (s.kind === 'motto' ? massHeadingOf(s.text, s.folded) : null), null);
  const block = issuerLines(withoutSubjectLines(ocrOrigin ? withWrappedNamesJoined(segments).map((seg) => withStandardBodyName(inCapitals(withoutLogoScrap(seg)))) : segments));
  // A copy may put a page title or a stray line above the issuer block: the block is what stands
  // right above the number and date, so lines are dropped from the top until it reads as one.
  for (let from = 0; from < block.length; from++) {
    const joined = joinSegments(block.slice(from));
    const bodies = bodiesOf(joined.text, joined.breaks, near);
    const joint = jointIssuer(bodies.map((b) => b.parsed)) ?? dashJoinedIssuer(bodies, joined.text, joined.breaks);
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
export function lineUnderIssuer(segments: readonly Segment[], end: number): string | null {
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

/**
 * Issuer parts of a symbol that name one body and only one: the Government's decrees (NĐ-CP,
 * NQ-CP) and the Prime Minister's decisions (QĐ-TTg, CT-TTg). Other parts (UBND, TW, BNV …) are
 * shared by many bodies or need the locality the header gives.
 */
const SOLE_ISSUERS: Record<string, string> = { CP: 'Chính phủ', TTg: 'Thủ tướng Chính phủ' };

/** The body of a signature block's "TM." line, when it names one with its level. */
export function issuerOfSignature(block: string, near: readonly AdminUnit[]): ParsedIssuer | null {
  const m = /^[^\S\n]*(?:TM|T\/M)\s*\.?\s*(\S[^\n]{1,80})$/imu.exec(block);
  if (!m) return null;
  const parsed = parseIssuer(m[1]!.trim(), undefined, near);
  return parsed && parsed.level ? parsed : null;
}

/**
 * The body an unsigned draft's block signs for: its first line, named with its level and place
 * ("UBND THỊ TRẤN NẾNH" over "Chủ tịch"), or a central body; its "TM." kept or not.
 */
export function issuerOfUnsignedBlock(block: string, near: readonly AdminUnit[]): ParsedIssuer | null {
  const first = block.split('\n').map((l) => l.trim()).find(Boolean);
  if (!first) return null;
  const line = first.replace(/^(?:TM|T\/M)\s*\.?\s*/iu, '');
  const issuer = composeIssuer(bodiesOf(line, [], near).map((b) => b.parsed))?.issuer;
  return issuer?.level && (issuer.locality || issuer.level === 'central') ? issuer : null;
}

export function issuerOfSymbol(symbol: string): ParsedIssuer | null {
  const parts = symbol.split(/[-/]/);
  const last = parts[parts.length - 1]!;
  // "56/2020/QH14": a law carries the legislature's term where a body's code would stand;
  // "…/NQ-UBTVQH15" names its standing committee.
  const legislature = /^(UBTV)?QH\d{1,2}$/.exec(last);
  const name = legislature ? (legislature[1] ? 'Ủy ban Thường vụ Quốc hội' : 'Quốc hội') : parts.length >= 2 ? SOLE_ISSUERS[last] : undefined;
  return name ? { name, body: name, level: 'central', locality: null, unitWord: null, relative: false, unresolved: false, unit: null } : null;
}
