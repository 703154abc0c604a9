// Stamps an engine read into a trích yếu. A công văn's subject sits in the left column under the
// number line, and the receiving office's "ĐẾN" stamp ("CỤC HẢI QUAN TP. HCM / CÔNG VĂN ĐẾN / Số: …
// / Ngày: … / Chuyển: …") or a portal's e-signature box is often printed right beside or under
// it. A text layer interleaves the two: the stamp's first line alone between two lines of the
// subject, its next one glued to the right of the subject's next line ("… tại chỗ AN TP. HCM"),
// then its fields, whose figures are handwritten ("$62. A BS Toon", "Ngay:. 0X2 4"). A stamp's
// number or date may be read glued before the trích yếu as well ("Ig-Q612/2G20 -| Về các …").
// The subject itself is in normal case and each of its wrapped lines opens with a letter or a
// figure, so a line in capitals inside it (a portal's box read with a small letter or two: "Cole
// THỘNG TA BIỆN TỰ CNH PHD"), a line opening with a symbol, and a stamp's field label are the stamp's;
// and a "Kính" closing it is the salutation whose "gửi:" the engine lost. For OCR text only
// (header.ts); a title in capitals is left as it is.
import type { Span } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { isValidSyllable } from '../../normalizers/syllables.js';
import { isMostlyUpperCase, isUpperCase, oneLine } from '../shared/layout.js';
import { opensAsAuthority } from '../issuer/authority-line.js';
import { opensWithBody } from './header-issuer.js';

/** A receiving stamp's field label opening a line, folded: "Số:", "Ngày:", "Chuyển:", "ĐẾN". */
const STAMP_FIELD = /^\W{0,3}(?:so|ngay|chuyen|luu ho so|den)\s*[.:]/;

/** The stamp's "Ngày:" or "Chuyển:" inside a line, after its scraps ("N ic: tetas ! Ngày: 04/03/2019."), folded. */
const STAMP_DATE_FIELD = /(?:^|\s)(?:ngay|chuyen)\s*[.:]/;

/** How a continued line of a subject opens: a letter, a figure, a bracket or a quote, or a dash before small letters or figures ("- 2025 trên địa bàn"). */
const LINE_OPENING = /^(?:[\p{L}\p{N}("“']|[-–]\s?[\p{Ll}\p{N}])/u;

/** A word of a stamp's line glued right of a subject's line: capitals or figures. */
const CAPITALS_WORD = /^[\p{Lu}\p{N}][\p{Lu}\p{N}.,]*$/u;

/** A stamp's line read with a letter or two small ("Cole THỘNG TA BIỆN TỰ CNH PHD"): three words in capitals at least. */
const CAPITAL_WORDS = /(?<![\p{L}\d])\p{Lu}{2,}(?![\p{L}\d])/gu;

/** "Kính" closing the subject: the salutation's first word, its "gửi:" lost or read as a tab. */
const SALUTATION_WORD = /(?:^|\s+)K[iíỉ]nh\s*$/u;

/**
 * The salutation misread past its words' shapes ("K{nh gxi: Ban Thuong vu …", given marks as "Sinh
 * gửi: Ban Thường vụ …"; "Kjnh giri:" as "Khu giri:"), folded: two short words and a colon opening a
 * line under the subject, a body's name after it, or nothing after it and the addressees listed
 * under it ("- Công ty …"). No wrapped line of a trích yếu opens with a label and an addressee; the
 * subject's own label ("Về việc:") is none.
 */
const SALUTATION_SHAPE = /^(?!ve viec\b|v v\b|trich yeu\b)[a-z]{1,6}\s[a-z]{1,6}\s?:\s*(.*)$/;

/** An addressee's line of a list under the salutation: a dash or a plus before it. */
const LISTED_ADDRESSEE = /^[-–+•]\s*\S/u;

/** Tokens of a stamp's figures before the trích yếu's "Về"/"V/v": each holds a figure or a stroke (and is short: bounded, a long token is read in linear time). */
const LEADING_SCRAP = /^(?:\S{0,24}[\d|\\^~$§{}[\]]\S{0,24}\s+){1,3}(?=(?:Về|VỀ|V\/v)\s)/u;

/** The first basis of the body, folded: "căn cứ" and a kind of legal document. */
const BASIS = /\scan cu\s+(?:luat|bo luat|hien phap|phap lenh|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi)\b/;

/** A word that makes the body after it the trích yếu's own, folded, at the end of what precedes. */
const OWNED = /(?:^|\s)(?:cua|thuoc|cho|voi|tai)$/;

/** How far before the first "Căn cứ" the authority line may open (a head's title and a body's name). */
const AUTHORITY_REACH = 160;

interface Line {
  text: string;
  start: number;
}

export function withoutStampDebris<T extends { value: string; span: Span }>(title: T | null, text: string): T | null {
  if (!title) return title;
  const { start, end } = title.span;
  const lines = linesOf(text.slice(start, end), start);
  const first = lines[0];
  if (!first || isMostlyUpperCase(first.text)) return title;
  const scrap = LEADING_SCRAP.exec(first.text);
  const kept: Line[] = [scrap ? { text: first.text.slice(scrap[0].length), start: first.start + scrap[0].length } : first];
  let besideStamp = false;
  const isField = (line: Line) => {
    const folded = foldVietnamese(line.text);
    return STAMP_FIELD.test(folded) || STAMP_DATE_FIELD.test(folded);
  };
  // The stamp shows itself by its fields under the subject ("Ngày: …"): only then, or with its next
  // line glued right of the subject's, or read garbled, is a line in capitals its and not the
  // subject's own ("… phối hợp giữa / UBND TỈNH VÀ MTTQ / tỉnh Bình Dương").
  const fieldsShown = lines.slice(1).some(isField);
  for (const [k, line] of lines.slice(1).entries()) {
    if (isField(line) || !LINE_OPENING.test(line.text) || isMisreadSalutation(line.text, lines[k + 2])) break;
    if (isStampLine(line.text, lines[k + 2], fieldsShown)) {
      besideStamp = true;
      continue;
    }
    const tail = besideStamp ? capitalsTailAt(line.text) : -1;
    const rest = tail > 0 ? line.text.slice(0, tail).trimEnd() : line.text;
    // A line all of whose words are capitals is no subject's line with a stamp's tail.
    kept.push(tail > 0 && /\p{Ll}/u.test(rest) ? { text: rest, start: line.start } : line);
  }
  const closing = SALUTATION_WORD.exec(kept.at(-1)!.text);
  if (closing) kept[kept.length - 1] = { ...kept.at(-1)!, text: kept.at(-1)!.text.slice(0, closing.index) };
  if (!kept.at(-1)!.text) kept.pop();
  if (!kept.length) return title;
  cutAtAuthority(kept);
  if (kept.length === lines.length && !scrap && kept.every((k, i) => k.text === lines[i]!.text)) return title;
  const last = kept.at(-1)!;
  const value = oneLine(kept.map((k) => k.text).join(' '));
  if (!value) return title;
  return { ...title, value, span: { start: kept[0]!.start, end: last.start + last.text.length } };
}

/**
 * Whether a line inside a subject is a stamp's: two words in capitals or more (one is the subject's
 * own abbreviation, wrapped: "KPCĐ"), or three in a line read with a small letter or two; and the
 * stamp shown by its fields, by its next line glued right of the subject's, or by a word in small
 * letters no syllable ("Cole THỘNG TA BIỆN TỰ CNH PHD"; "Công ty TNHH ABC VIỆT NAM" is a name).
 */
function isStampLine(text: string, next: Line | undefined, fieldsShown: boolean): boolean {
  const capitalWords = (text.match(CAPITAL_WORDS) ?? []).length;
  const capitals = isUpperCase(text) && capitalWords >= 2;
  const mostly = !capitals && isMostlyUpperCase(text) && capitalWords >= 3;
  if (!capitals && !mostly) return false;
  if (fieldsShown) return true;
  const tail = next ? capitalsTailAt(next.text) : -1;
  if (tail > 0 && /\p{Ll}/u.test(next!.text.slice(0, tail))) return true;
  return mostly && text.split(/\s+/).some((w) => /\p{Ll}/u.test(w) && !isValidSyllable(w.replace(/[^\p{L}]/gu, '').toLowerCase()));
}

/** Whether a line under the subject is the salutation, its words misread (SALUTATION_SHAPE), with its addressee or before their list. */
function isMisreadSalutation(text: string, next: Line | undefined): boolean {
  const shape = SALUTATION_SHAPE.exec(foldVietnamese(text).toLowerCase());
  if (!shape) return false;
  return shape[1] ? opensWithBody(shape[1]) : next !== undefined && LISTED_ADDRESSEE.test(next.text);
}

/** Where two words or more in capitals or figures end a line (a stamp's line glued right of it), -1 if none. */
function capitalsTailAt(text: string): number {
  const words = [...text.matchAll(/\S+/g)];
  let first = words.length;
  while (first > 0 && CAPITALS_WORD.test(words[first - 1]![0])) first--;
  return words.length - first >= 2 && first > 0 ? words[first]!.index! : -1;
}

/**
 * A dump that runs the trích yếu, the authority line and the first basis into one line in small
 * letters ("… của bộ giáo dục và đào tạo bộ trưởng bộ giáo dục và đào tạo căn cứ nghị định số …"):
 * the trích yếu ends where the authority line opens, a head's title or a deciding body, before the
 * first "Căn cứ". The lines are cut in place.
 */
function cutAtAuthority(kept: Line[]): void {
  const folded = foldVietnamese(kept.map((k) => k.text).join(' '));
  const basis = BASIS.exec(folded);
  if (!basis) return;
  let cut = -1;
  for (let at = folded.indexOf(' ', Math.max(0, basis.index - AUTHORITY_REACH)); at >= 0 && at < basis.index; at = folded.indexOf(' ', at + 1)) {
    // A body the trích yếu names ("… của ủy ban nhân dân tỉnh") is no authority line.
    if (opensAsAuthority(folded.slice(at + 1, basis.index + 1)) && !OWNED.test(folded.slice(0, at))) {
      cut = at;
      break;
    }
  }
  if (cut <= 0) return;
  let offset = 0;
  for (const [i, k] of kept.entries()) {
    if (cut <= offset + k.text.length) {
      kept[i] = { ...k, text: k.text.slice(0, cut - offset).trimEnd() };
      kept.splice(kept[i]!.text ? i + 1 : i);
      return;
    }
    offset += k.text.length + 1;
  }
}

/** The lines of `slice` that hold anything, trimmed, each with its offset in the text. */
function linesOf(slice: string, offset: number): Line[] {
  const lines: Line[] = [];
  let at = offset;
  for (const raw of slice.split('\n')) {
    const text = raw.trim();
    if (text) lines.push({ text, start: at + raw.indexOf(text.charAt(0)) });
    at += raw.length + 1;
  }
  return lines;
}
