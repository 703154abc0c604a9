// The type heading ("KẾ HOẠCH", "QUYẾT ĐỊNH CỦA …", one garbled by OCR) and the trích yếu under it.
import type { Span } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { docTypeAtStart, type DocType } from '../shared/doctypes.js';
import { isMostlyUpperCase, isUpperCase, oneLine, type Cell } from '../shared/layout.js';
import type { Segment } from './header-zone.js';
import type { PlanNumber } from '../shared/number.js';
import { garbledTypeHeading } from './garbled-type.js';
import { type HeaderParts, BODY_START } from './header-parts.js';
import { citedDate } from './header-date.js';
import { opensWithBody } from './header-issuer.js';
import { opensAsAuthority } from '../issuer/authority-line.js';

/**
 * A sentence that opens the body right under the trích yếu, folded: the meeting's day of a notice of
 * conclusions ("Ngày 15 tháng 11 năm 2025, tại Trụ sở …"), a minute's "Hôm nay", an invitation's "Trân trọng kính mời".
 */
const BODY_OPENING = /^(?:ngay \d{1,2}(?:\/\d{1,2}\/\d{4}| thang \d{1,2} nam \d{4}),|hom nay\b|(?:tran trong )?kinh moi\b)/;

/** Markdown emphasis and list marks a copied line may open with ("*Căn cứ …*", "**THỦ TƯỚNG CHÍNH PHỦ**"). */
const LEADING_MARKS = /^[-–+•*_]+\s*/;

export function findTitle(text: string, typeLine: NonNullable<HeaderParts['typeLine']>): HeaderParts['title'] {
  const start = typeLine.titleFrom ?? afterTypeQualifier(text, typeLine.cell.end);
  const lines = text.slice(start, start + 1500).split('\n');
  // A copy that doubles every line break ("NGHỊ QUYẾT\n\nVỀ VIỆC …\n\nQUẢN LÝ …"): one blank line
  // does not end the trích yếu there.
  const doubled = typeLine.titleFrom === null && /^[ \t]*\n[ \t]*\n/.test(text.slice(start));
  let offset = start;
  const parts: Array<{ text: string; start: number }> = [];
  let blanks = 0;
  let blanksInside = 0;
  for (const [i, raw] of lines.entries()) {
    const lineStart = offset;
    offset += raw.length + 1;
    // The rule under the trích yếu ends it, though a copy that lost its line breaks ran the body on
    // after it ("… Hồ Chí Minh--------- BAN BÍ THƯ … Căn cứ …").
    const ruleAt = raw.search(RULE_AFTER_WORDS);
    const line = (ruleAt > 0 ? raw.slice(0, ruleAt) : raw).replace(/\t/g, ' ').trim();
    if (!line || /^[-_=*.…]+$/.test(line)) {
      if (parts.length && (!doubled || line || ++blanksInside > 1)) break;
      // Only the blank lines above the trích yếu are counted: those inside a doubled copy's are one each.
      if (!parts.length && ++blanks > 3) break;
      continue;
    }
    const inCapitals = parts.every((p) => isUpperCase(p.text));
    // A part closed by ";" is one subject of several ("Tổng kết … năm 2016;" / "Phương hướng … năm 2017"): the next opens as it likes.
    const listed = parts.at(-1)?.text.endsWith(';') ?? false;
    // Figures alone ("2026 - 2030" under "… GIAI ĐOẠN") go on in either case.
    const figures = !/\p{L}/u.test(line);
    // Past a blank line, only a line that plainly goes on: capitals under capitals, or a small letter,
    // or a name in normal case right over where the body begins ("Cổng thông tin điện tử tỉnh" over "Căn cứ").
    if (blanksInside && !figures && !(inCapitals ? isUpperCase(line) : /^\p{Ll}/u.test(line) || (listed && !isUpperCase(line)) || (!isUpperCase(line) && bodyBeginsAfter(lines, i)))) break;
    blanksInside = 0;
    const f = foldVietnamese(line);
    const bare = f.replace(LEADING_MARKS, '');
    if (parts.length && (BODY_START.test(bare) || BODY_OPENING.test(bare) || /^(i|1)[.)]\s/.test(f))) break;
    // A trích yếu begun in normal case does not go on in capitals: that is the authority line ("ỦY BAN NHÂN DÂN TỈNH …").
    if (parts.length && !isUpperCase(parts[0]!.text) && isUpperCase(line) && /\p{L}{2}/u.test(line)) break;
    // One in capitals does not go on in small letters: that is the body ("Cục Thuế có kế hoạch …"),
    // unless it is only a word or two qualifying the type on the heading's own line ("BIÊN BẢN KIỂM
    // TRA" / "Thực tế kho bảo quản …"): the subject printed under such a heading is the trích yếu's rest.
    if (parts.length && inCapitals && !figures && !isMostlyUpperCase(line) && !(qualifierOnHeading(text, typeLine, parts) && /^\p{Lu}\p{Ll}/u.test(line) && !ARTICLE.test(f))) break;
    // That subject runs on only by its wrapped lines, never into the paragraph that opens the body.
    if (parts.length > 1 && qualifierOnHeading(text, typeLine, parts.slice(0, 1)) && !isMostlyUpperCase(parts[1]!.text) && /^\p{Lu}/u.test(line)) break;
    // Nor takes in the authority line between it and the first "Căn cứ" ("CỤC TRƯỞNG CỤC HẢI QUAN"),
    // wrapped or not ("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN" / "THƠ"), nor a công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:".
    if (parts.length && opensAsAuthority(bare.replace(/[*_]+\s*$/, '')) && (isUpperCase(line) ? /^can cu\b/.test(foldVietnamese(lineAfterCapitals(lines, i)).replace(LEADING_MARKS, '')) : AUTHORITY_WIRES.test(bare))) break;
    // Nor the body's first paragraph, which a text layer keeps on one long line ("Năm 2019, tình hình …;",
    // "Nhân dịp … 2026. Ủy ban nhân dân … đề nghị …"): a sentence, never a line of a heading.
    if (parts.length && isParagraph(line)) break;
    // The note under it ("(Ban hành kèm theo Nghị quyết số 35-NQ/TU …)", "(Kèm theo Quyết định …)")
    // says what it was issued with: no words of the trích yếu.
    if (parts.length && ISSUED_WITH_NOTE.test(f)) break;
    // The body starting right under the type heading ("I. KẾT QUẢ ĐẠT ĐƯỢC"): no trích yếu printed.
    if (!parts.length && (/^(can cu|kinh gui)/.test(f) || NUMBERED_PART.test(f))) break;
    parts.push({ text: line, start: lineStart + raw.indexOf(line.charAt(0)) });
    if (countedLines(parts) >= TITLE_LINES || ruleAt > 0 || /[.:]$/.test(line) || (/;$/.test(line) && !continuesAfterStop(lines, i))) break;
  }
  if (!parts.length) return null;
  const last = parts.at(-1)!;
  return { value: oneLine(parts.map((p) => p.text).join(' ')), span: { start: parts[0]!.start, end: last.start + last.text.length } };
}

/**
 * A heading a copy glued to the trích yếu under it, the line break lost ("KẾ HOẠCHPhân công nhiệm
 * vụ …", "QUYẾT ĐỊNHVề việc …"): the type's name in capitals, then a capital and a small letter
 * (no type's name goes on so). Only a name of two words or more, so a word's capitals are no heading.
 */
function typeGluedToTitle(seg: Segment): ReturnType<typeof docTypeAtStart> {
  const glued = /^(\p{Lu}+(?: \p{Lu}+)+)(?=\p{Lu}\p{Ll})/u.exec(seg.text);
  if (!glued) return null;
  for (let length = glued[1]!.length; length > 0; length = glued[1]!.lastIndexOf(' ', length - 1)) {
    const found = docTypeAtStart(seg.folded.slice(0, length));
    if (found?.length === length && /\s/.test(glued[1]!.slice(0, length))) return found;
  }
  return null;
}

/**
 * Where the trích yếu starts after the type's name at `end`: past the words in capitals that end
 * the heading's line and qualify the type ("KẾ HOẠCH QUỐC GIA", "CHƯƠNG TRÌNH PHỐI HỢP") when the
 * trích yếu under it is in normal case; they are no words of its subject.
 */
function afterTypeQualifier(text: string, end: number): number {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) return end;
  const rest = text.slice(end, lineEnd).trim();
  if (!isUpperCase(rest) || !TYPE_QUALIFIER.test(foldVietnamese(rest))) return end;
  const next = /^[ \t\n]*([^\n]*)/.exec(text.slice(lineEnd + 1, lineEnd + 400))![1]!.trim();
  return /^\p{Lu}\p{Ll}/u.test(next) && !isUpperCase(next) ? lineEnd + 1 : end;
}

// The words that qualify a type's name on its heading (folded), never the subject's first words.
const TYPE_QUALIFIER = /^(?:quoc gia|hanh dong|lien tich|lien nganh|tong the|chi tiet|phoi hop)$/;

/** A rule of three dashes, underscores or stars or more after a line's words. */
const RULE_AFTER_WORDS = /(?<=[\p{L}\d)”"]\s{0,2})[-_=*—–]{3,}/u;

/** A bracketed note of what a text was issued with, folded: "(Ban hành kèm theo …", "(Kèm theo …". */
const ISSUED_WITH_NOTE = /^\(\s*(?:ban hanh\s+)?kem theo\s/i;

/**
 * Whether the trích yếu read so far is the rest of the type heading's own line and only a qualifier
 * of the type, two words or three in capitals ("KIỂM TRA", "HỌP", "LÀM VIỆC" after "BIÊN BẢN"):
 * no subject of its own.
 */
function qualifierOnHeading(text: string, typeLine: NonNullable<HeaderParts['typeLine']>, parts: ReadonlyArray<{ text: string; start: number }>): boolean {
  if (parts.length !== 1 || typeLine.titleFrom !== null) return false;
  const headingEnd = text.indexOf('\n', typeLine.cell.end);
  if (headingEnd >= 0 && parts[0]!.start > headingEnd) return false;
  return parts[0]!.text.split(/\s+/).length <= QUALIFIER_WORDS;
}

/** An article opening a line ("Điều 1. Phạm vi điều chỉnh"), folded: the body, never a subject. */
const ARTICLE = /^dieu \d/;

/** How many words a type's qualifier on its heading runs to at most. */
const QUALIFIER_WORDS = 3;

/** How many lines a trích yếu runs to at most. */
const TITLE_LINES = 4;

/**
 * The lines of the trích yếu so far, as they count against TITLE_LINES: a web copy may break its
 * first line after one word ("VỀ" / "VIỆC CÔNG BỐ DANH MỤC …", "KẾT" / "LUẬN CỦA PHÓ THỦ TƯỚNG …"),
 * and that word is no line of its own.
 */
function countedLines(parts: ReadonlyArray<{ text: string }>): number {
  return parts.length - (parts.length > 1 && !/\s/.test(parts[0]!.text) ? 1 : 0);
}

/** A numbered part of the body opening a line ("I. ", "2) "), folded. */
const NUMBERED_PART = /^(?:[ivx]{1,4}|\d{1,2})[.)]\s/;

/** A công điện's authority line: the sender and "điện:" ("THỦ TƯỚNG CHÍNH PHỦ điện:"), folded. */
const AUTHORITY_WIRES = /\bdien\s*:?$/;

/** How long a line must be to be taken for a paragraph of the body kept whole on one line. */
const PARAGRAPH_LENGTH = 120;

/**
 * A line of prose: long, not in capitals, and holding a sentence's end inside it (a stop after a
 * word or a figure, a capital word after it), or closed by the colon that leads into the body
 * ("… như sau:"). A long trích yếu may close with a stop of its own ("… hợp đồng xây dựng - chuyển
 * giao (BT)."), never with a second sentence.
 */
function isParagraph(line: string): boolean {
  if (line.length < PARAGRAPH_LENGTH || isMostlyUpperCase(line)) return false;
  return /:$/.test(line) || /[\p{Ll}\d]{2}\.\s+\p{Lu}\p{Ll}/u.test(line);
}

/**
 * Whether the trích yếu goes on past a line closed by ";": the next line that holds anything is
 * another of its subjects, a heading line in the same case, not the body ("Căn cứ …;", "1. …").
 */
function continuesAfterStop(lines: readonly string[], i: number): boolean {
  const next = nextLine(lines, i);
  if (!next || isParagraph(next)) return false;
  const f = foldVietnamese(next).replace(LEADING_MARKS, '');
  return !(BODY_START.test(f) || BODY_OPENING.test(f) || NUMBERED_PART.test(f));
}

/**
 * Whether the body begins on the next line after `i` that holds anything: a basis, a purpose, a
 * salutation ("Căn cứ …", "Kính gửi: …"), a numbered part, or a line in capitals (the authority
 * line, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", or the first part's heading).
 */
function bodyBeginsAfter(lines: readonly string[], i: number): boolean {
  const next = nextLine(lines, i);
  if (!next) return false;
  const f = foldVietnamese(next).replace(LEADING_MARKS, '');
  return BODY_START.test(f) || NUMBERED_PART.test(f) || (isUpperCase(next) && /\p{L}{2}/u.test(next));
}

/** The next line of `lines` after `i` that holds anything, trimmed; '' when none. */
function nextLine(lines: readonly string[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim()) return lines[j]!.trim();
  return '';
}

/** How long the rest of an authority line wrapped onto the next line may be ("THƠ", "KHÓA XV, KỲ HỌP THỨ 9"). */
const WRAPPED_REST = 30;

/**
 * The first line after `i` that holds anything, past one short line in capitals right under it
 * (the rest of the authority line, wrapped) that is no authority line itself; '' when none.
 */
function lineAfterCapitals(lines: readonly string[], i: number): string {
  let j = i + 1;
  while (j < lines.length && !lines[j]!.trim()) j++;
  const next = j < lines.length ? lines[j]!.trim() : '';
  if (!next || !isUpperCase(next) || next.length > WRAPPED_REST || opensAsAuthority(foldVietnamese(next).replace(LEADING_MARKS, ''))) return next;
  return nextLine(lines, j);
}

/**
 * The type heading OCR garbled past its name ("QUY DINTI"), in its own place: the segment right
 * under the header's date line. Taken over a type read further down (the enacting "QUYẾT ĐỊNH
 * BAN HÀNH" under the basis lines), never over one read above it.
 */
export function garbledTypeUnderDate(segments: readonly Segment[], folded: string, found: HeaderParts['typeLine']): HeaderParts['typeLine'] {
  const dateAt = segments.findIndex((s) => s.kind === 'date' && !citedDate(folded, s.end));
  const seg = dateAt >= 0 ? segments[dateAt + 1] : undefined;
  if (!seg || seg.kind !== 'text' || (found && found.cell.start <= seg.start)) return null;
  // The heading is the segment's first line: a garbled heading is no type line to the segmenter,
  // so the trích yếu under it ("KÉẺ HOẠCH LIÊN TỊCH" / "Tổ chức …") runs on in the same cell.
  // Cut from a longer cell, a line is taken as the heading only with two words or more, as every
  // type name it could be has: a lone word there is a scrap of a stamp or a portal's box ("THỐNG").
  const head = seg.text.slice(0, seg.breaks[0] ?? seg.text.length).trimEnd();
  const type = head && (!seg.breaks.length || /\S\s+\S/.test(head)) ? garbledTypeHeading(head) : null;
  if (!type) return null;
  const end = seg.at[head.length - 1]! + 1;
  return { type, cell: { text: head, folded: seg.folded.slice(0, head.length), start: seg.start, end, line: 0 }, titleFrom: null };
}

/**
 * The type heading OCR garbled ("THÔNG Báo", "THÔNG BÀ.O") right above the trích yếu ("Về việc
 * …"), when the date line above it was garbled too and so is no anchor: the segment before the
 * first subject, below the motto. Never over a type read above it.
 */
export function garbledTypeAboveSubject(segments: readonly Segment[], found: HeaderParts['typeLine']): HeaderParts['typeLine'] {
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
export function findTypeSegment(segments: readonly Segment[], ocrOrigin = false): HeaderParts['typeLine'] {
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
    const seg = ocrOrigin ? afterIncomingStamp(afterDraftMark(afterLeadingStop(whole))) : afterDraftMark(afterLeadingStop(whole));
    let found = docTypeAtStart(seg.folded) ?? typeGluedToTitle(seg);
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
 * ("… năm 1999." then "QUYẾT ĐỊNH") is cut from the date and opens the next segment, and so is the
 * bracket that closed a dated line ("Khóa XI, kỳ họp thứ 9 (Từ ngày … đến ngày 29 tháng 6 năm 2006)"
 * then "LUẬT", the session banner a law prints over its heading).
 */
function afterLeadingStop(seg: Segment): Segment {
  return segmentFrom(seg, /^[.,;)]\s*/.exec(seg.text)?.[0].length ?? 0);
}

/** The segment from its `lead`-th character on (itself when that leaves nothing). */
function segmentFrom(seg: Segment, lead: number): Segment {
  if (!lead || lead >= seg.text.length) return seg;
  return { ...seg, text: seg.text.slice(lead), folded: seg.folded.slice(lead), at: seg.at.slice(lead), breaks: seg.breaks.filter((b) => b > lead).map((b) => b - lead), start: seg.at[lead] ?? seg.start };
}

// A draft's mark over or beside its heading ("(DỰ THẢO)", "Dự thảo lần 2", "DỰ THẢO 3", "Dự thảo:"), folded.
const DRAFT_MARK = /^\(?\s*du thao(?:\s+(?:lan\s+)?\d{1,2})?\s*[:)]?\s+/;

/** The segment without a draft's mark that opens it ("(DỰ THẢO) KẾ HOẠCH …"): the heading after it. */
function afterDraftMark(seg: Segment): Segment {
  return segmentFrom(seg, DRAFT_MARK.exec(seg.folded)?.[0].length ?? 0);
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
export function isOwnedHeading(seg: Segment, typeLength: number): boolean {
  const lineEnd = seg.breaks.find((b) => b > typeLength) ?? seg.text.length;
  if (!isUpperCase(seg.text.slice(0, lineEnd))) return false;
  const owner = /^\s*cua\s+(.*)$/.exec(seg.folded.slice(typeLength));
  return owner !== null && opensWithBody(owner[1]!);
}

// "Kính gửi", folded; or as an engine misreads it before its colon ("Kinh giri:", "Kính giới:", "Kmnhgài:"):
// a word like "kinh" and one like "gui", a letter or two off each, the colon after them; or its K
// read as a T with "gửi:" whole ("Kinh gui:" of an unmarked layer given its marks as "Tỉnh gửi:").
const SALUTATION = /(?<=\s)(?:kinh gui\b|k[a-z]{0,2}nh ?g[a-z]{1,3}\s*:|tinh gui\s*:)/;
// The same over the line breaks and runs of spaces of the text as written.
const SALUTATION_WRITTEN = /(?<=\s)(?:kinh\s+gui\b|k[a-z]{0,2}nh\s*g[a-z]{1,3}\s*:|tinh\s+gui\s*:)/;

/**
 * The trích yếu without the salutation OCR read onto its last line ("V/v đăng tải … năm 2017
 * kính gửi:", the "Kính gửi:" printed right of and below the number column): no trích yếu says
 * "Kính gửi". Null stays null; a title that is only the salutation is none.
 */
export function withoutSalutation<T extends { value: string; span: Span }>(title: T | null, text: string): T | null {
  if (!title) return title;
  const at = foldVietnamese(title.value).search(SALUTATION);
  if (at < 0) return title;
  const value = title.value.slice(0, at).trimEnd();
  if (!value) return null;
  // The value is one line; the span covers the lines as written (breaks, indentation), so its end
  // is found in the text itself (folding keeps lengths): where the salutation starts, as in the value.
  const { start, end } = title.span;
  const written = foldVietnamese(text.slice(start, end)).search(SALUTATION_WRITTEN);
  if (written < 0) return { ...title, value };
  let cut = start + written;
  while (cut > start && /\s/.test(text.charAt(cut - 1))) cut--;
  return { ...title, value, span: { start, end: cut } };
}

/**
 * OCR'd symbols whose type part is one letter off the type heading printed below them ("CI-UBND"
 * under "CHỈ THỊ"), or lost its last letter under a stamp ("G-BCT" under "GIẤY PHÉP", the numbering
 * stamp's figure over "GP"): the heading says which type it is, so the part is read as its code.
 * A part of its own before another, never a symbol of one part.
 */
export function symbolTypeFromHeading(number: PlanNumber, type: DocType): PlanNumber {
  const code = type.code;
  const [first = '', ...rest] = number.symbol.split('-');
  if (!code || number.typeCode || number.party || first === code) return number;
  const lastLost = rest.length > 0 && code.length >= 2 && first.length === code.length - 1 && code.toUpperCase().startsWith(first.toUpperCase());
  if (first.length !== code.length && !lastLost) return number;
  let differ = 0;
  if (!lastLost) for (let i = 0; i < code.length; i++) if (first[i]!.toUpperCase() !== code[i]!.toUpperCase()) differ++;
  if (!lastLost && differ !== 1) return number;
  const symbol = [code, ...rest].join('-');
  return { ...number, symbol, typeCode: code, number: number.serial ? `${number.serial}/${symbol}` : null };
}
