// Re-join lines that a page or a column broke in the middle of a sentence. Table rows (lines
// with tabs) and structural lines (headings, list items, "Nơi nhận") are never joined.

import { layoutTableLines } from './layout-tables.js';
import { NUMBER_LABEL_AS_FIGURES_SOURCE } from './number-label.js';

export const ENDS_SENTENCE = /[.:;!?…)\]”"]$/;
const STARTS_CONTINUATION = /^[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ0-9(“"]/;
/** A gap of many spaces between words: two columns of a layout export on one line. */
const COLUMN_GAP = /\S {8,}\S/;

/**
 * The lines set as two columns side by side (an issuer beside the motto, a number beside the
 * date, as `pdftotext -layout` writes a scan's text layer): rows of the page's layout, not
 * wrapped sentences. Read before runs of spaces are collapsed; a line index each.
 */
export function columnRowLines(text: string): Set<number> {
  const rows = new Set<number>();
  text.split('\n').forEach((line, i) => {
    if (COLUMN_GAP.test(line.trim())) rows.add(i);
  });
  return rows;
}

// "7.1 Tổng kết …": a sub-item numbered without its closing dot is a list item too (a capital
// follows); "3.5 tỷ đồng" is a decimal continuing a sentence.
// An appendix's caption "(Kèm theo Kế hoạch số …)" under its heading is a line of its own too.
export const STRUCTURAL = /^(?:[-+•–]\s|[IVXLC]+[.)]\s|\d+(?:\.\d+)*[.)]\s|\d+(?:\.\d+)+\s+\p{Lu}|[a-zđ][.)]\s|Nơi nhận|TM\.|KT\.|TL\.|TUQ\.|Q\.|[*_]*\((?:[*_\s]*(?:[Bb]an hành|BAN HÀNH)\s+)?(?:[Kk]èm|KÈM)\s+(?:theo|THEO)\s)/u;

/**
 * `columnRows`: lines (by index) that are rows of two columns (columnRowLines), never joined to or
 * onto. `ocr`: the text may be an OCR engine's (not typed): its tables' headers may be set tight.
 */
export function rejoinWrappedLines(text: string, columnRows: ReadonlySet<number> = new Set(), ocr = false): string {
  const lines = text.split('\n');
  // The wrapped cells of a table laid out with spaces stay on their lines (layout-tables.ts).
  const tables = layoutTableLines(lines, ocr);
  const out: OutLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (out.length && line.trim() && !tables.has(i) && !tables.has(i - 1) && !columnRows.has(i) && !lastRowColumns(out, lines, columnRows, i) && shouldJoin(out, line, ocr) && !standsAlone(out, line, lines, i) && !(ocr && isHeaderNumberLine(line, i))) {
      // Drop the blank lines a page break left between the two halves.
      while (out.length && out[out.length - 1]!.blank) out.pop();
      const joined = out[out.length - 1]!;
      const next = line.trim();
      joined.parts[joined.parts.length - 1] = joined.parts[joined.parts.length - 1]!.trimEnd();
      joined.parts.push(next);
      joined.upper &&= next === next.toUpperCase();
      joined.capital ||= /\p{Lu}/u.test(next);
    } else {
      const end = line.trimEnd();
      out.push({ parts: [line], blank: !end, tabOrFeed: end.includes('\t') || end.includes('\f'), upper: end === end.toUpperCase(), capital: /\p{Lu}/u.test(end) });
    }
  }
  return out.map((o) => o.parts.join(' ')).join('\n');
}

/** The last non-blank line before line `i` is a row of two columns (blank lines between are skipped, as shouldJoin skips them). */
function lastRowColumns(out: readonly OutLine[], lines: readonly string[], columnRows: ReadonlySet<number>, i: number): boolean {
  if (!columnRows.size) return false;
  let j = i - 1;
  while (j >= 0 && !lines[j]!.trim()) j--;
  return j >= 0 && columnRows.has(j) && out.length > 0;
}

/**
 * A line of the output as it is built: the line as read, then each line joined to it, trimmed
 * (written out one space apart), with what shouldJoin asks of the whole kept up to date as lines
 * join: a page of wrapped lines becomes one long line, and asking its whole text again at every
 * join would be quadratic.
 */
interface OutLine {
  parts: string[];
  blank: boolean;
  /** A tab or a form feed before its trailing white space: a table row or a page break, never joined. */
  tabOrFeed: boolean;
  /** No small letter in it (its text is its own upper case); with `capital`, a heading in capitals. */
  upper: boolean;
  capital: boolean;
}

/** A number alone on its line: a row's number in a table written one cell per line, or a page number. */
const BARE_NUMBER = /^\d{1,3}[.)]?$/;
/** Words a figure after them belongs to ("tháng 6", "Quận 2", "khoản 3", "gồm 5"). */
const TAKES_NUMBER = /(?:^|\s)(?:ngày|tháng|năm|quý|số|khoản|điều|mục|lục|quận|phường|tổ|khu|thôn|ấp|xóm|đội|lần|đợt|đoạn|khóa|khoá|tuần|kỳ|lớp|chương|phần|nhóm|bước|cấp|loại|điểm|trang|gồm|là|có|đạt|khoảng|với|và|từ|đến|trên|dưới|hơn)$/iu;

/**
 * A number alone on its line that the line before does not ask for ("… thành phố Huế" then "11",
 * "Nội dung phân công chi tiết" then "1") and that no lower-case line carries on: a page's number
 * or a table row's, never the end of the sentence before it. Only checked once a join is wanted.
 */
function standsAlone(out: readonly OutLine[], line: string, lines: readonly string[], i: number): boolean {
  if (!BARE_NUMBER.test(line.trim())) return false;
  let j = out.length - 1;
  while (j >= 0 && out[j]!.blank) j--;
  const prevEnd = j >= 0 ? out[j]!.parts[out[j]!.parts.length - 1]!.trimEnd() : '';
  if (TAKES_NUMBER.test(prevEnd)) return false;
  let k = i + 1;
  while (k < lines.length && !lines[k]!.trim()) k++;
  return !/^\p{Ll}/u.test(lines[k]?.trim() ?? '');
}

/** A line of the recipients' list ("- Sở Nội vụ;", "Lưu: VT"). */
const LIST_ITEM = /^(?:[-–+•]|L\S{1,2}u\s*:)/u;
/** Initials in capitals with a dash glued to them, ending a line ("… (16B). Z-"). */
const INITIALS_DASH = /(?:^|[\s.)])\p{Lu}{1,3}-$/u;
/** A person's name alone on its line: two to five words, each a capital and small letters. */
const NAME_ALONE = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4}$/u;

/** A footnote's first line: its marker (a figure or two), a space, a capital. */
const FOOTNOTE = /^\d{1,2} \p{Lu}/u;

/**
 * The non-blank line before out[j] is in capitals (a title over the name at out[j]), or a line of
 * the recipients' list (the name of a two-column signature block, set below the list's last line).
 */
function titleOrRecipientsAbove(out: readonly OutLine[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && out[k]!.blank) k--;
  return k >= 0 && ((out[k]!.upper && out[k]!.capital) || LIST_ITEM.test(out[k]!.parts[0]!.trim()));
}

/** "sé: 6834 /CTBDU-TTHT", "số: /UBND-VP": a label of S and up to two letters, its colon, a serial (or none), a slash and a symbol in capitals. */
const NUMBER_LABEL_LINE = /^s[\p{L}'’]{0,2}\s*:\s*[^\s/]{0,6}\s*\/\s*\p{Lu}{2}/u;
/**
 * The label read as figures by an engine without Vietnamese ("36:4312 /TCT-KK", "86: A8J84
 * /BTC-TCDN", "56:*fiil}1TCT-DNNCN": S as 3, 5 or 8, ố as 6), its colon kept, then within a few
 * characters a symbol of capitals (after a slash, or two parts joined by a hyphen).
 */
const NUMBER_LABEL_AS_FIGURES_LINE = new RegExp(String.raw`^${NUMBER_LABEL_AS_FIGURES_SOURCE}\s*:[^\n]{0,14}?(?:\/\s*\p{Lu}{2}|\p{Lu}{2,}-\p{Lu}{2})`, 'u');

/**
 * A number line whose label an engine read in small letters ("sé: 6834 /CTBDU-TTHT") is the
 * header's own line, never the end of the motto above it. Only in OCR text and near the top: a
 * typed sentence may wrap before "số: 1234/UBND-VX ngày …" anywhere in its body.
 */
const HEADER_LINES = 40;

/**
 * "sốf 5 1 9oBD-GSQL Binh Dương, ngày Qhéng 7 năm 2022": the label read in small letters with no
 * colon, the serial's scraps glued to the symbol, but the place and the date after a comma, the
 * year printed: the header's number-and-date line all the same.
 */
const NUMBER_AND_DATE_LINE = /^s[\p{L}'’]{0,2}[\s:;.]+\S.*,\s*ng[aà]y\s.*\bn[aă]m\s+(?:19|20)\d\d\b/u;

function isHeaderNumberLine(line: string, index: number): boolean {
  const trimmed = line.trim();
  return index < HEADER_LINES && (NUMBER_LABEL_LINE.test(trimmed) || NUMBER_LABEL_AS_FIGURES_LINE.test(trimmed) || NUMBER_AND_DATE_LINE.test(trimmed));
}

/**
 * The body's closing mark "./." an engine read with a speck or two after it ("thực hiện/.„"): the
 * body ends there, and the signature block under it (its authority line in capitals after the
 * seal's scraps, "mm KT, CHI CỤC TRU") is never its sentence carried on. Plain "/." ends a sentence anyway.
 */
const CLOSING_MARK_SPECKED = /\/\.[^\p{L}\p{N}\s]{1,2}$/u;

/**
 * The motto's second line ("Độc lập - Tự do - Hạnh phúc", as an engine may mark its letters) is
 * whole: the date line under it, its place's capital lost to a hand or a stamp ("la Nội, ngày …"),
 * is never its sentence carried on.
 */
const MOTTO_SECOND_LINE = /(?:^|\s)[đĐdD]\S{0,2}c\s+l\S{1,2}p\s*\W\s*T\S{1,2}\s+do\s*\W\s*H\S{1,3}nh\s+ph\S{1,2}c\W*$/iu;

/** Two cells of a table row joined by a pipe ("Quý III năm 2022 | Bộ Tài nguyên …"). */
const CELLS_ROW = /\S\s+\|\s+\S/;

function shouldJoin(out: readonly OutLine[], line: string, ocr = false): boolean {
  // The previous non-blank line, and how many blank lines stand between.
  let j = out.length - 1;
  let blanks = 0;
  while (j >= 0 && out[j]!.blank) {
    j--;
    blanks++;
  }
  if (j < 0 || blanks > 4) return false;
  const before = out[j]!;
  // The end of the previous line is the end of its last part (the others are trimmed and joined before it).
  const prevEnd = before.parts[before.parts.length - 1]!.trimEnd();
  if (before.tabOrFeed || line.includes('\t') || line.includes('\f')) return false;
  // A table row whose cells a converter joined with " | " ends where the next row begins, as a
  // tab row does: two such lines are two rows, not one sentence ("… | Thời gian trình" / "1 | …").
  if (CELLS_ROW.test(prevEnd) && CELLS_ROW.test(line)) return false;
  if (ENDS_SENTENCE.test(prevEnd) || STRUCTURAL.test(line.trim())) return false;
  if (ocr && CLOSING_MARK_SPECKED.test(prevEnd)) return false;
  if (ocr && MOTTO_SECOND_LINE.test(prevEnd)) return false;
  if (before.upper && before.capital) return false; // headings in capitals
  const next = line.trim();
  // The signer's name read after the recipients' last line, which handwritten initials closed
  // with a dash glued to them ("- Lưu: VT, N.chính (16B). Z-" / "Lê Hồng Văn"): a name of its own.
  // A spaced dash ("- UBND tỉnh Bà Rịa -" / "Vũng Tàu") or one after a word in small letters
  // ("Phan Rang-" / "Tháp Chàm") carries a compound name on.
  if (INITIALS_DASH.test(prevEnd) && LIST_ITEM.test(before.parts[0]!.trim()) && NAME_ALONE.test(next)) return false;
  // The signer's name under the title in capitals, or under the recipients' last line, then the
  // page's footnote ("Trịnh Ngọc Duệ" / "1 Văn phòng UBND tỉnh về …"; "- Lưu: VT, KS." / "Phạm Năng
  // Chung" / "4 Ưu tiên sử dụng …"): a footnote opens with its marker and a capital, and carries no name on.
  if (FOOTNOTE.test(next) && before.parts.length === 1 && NAME_ALONE.test(prevEnd.trim()) && titleOrRecipientsAbove(out, j)) return false;
  if (prevEnd.endsWith('-') || prevEnd.endsWith(',')) return STARTS_CONTINUATION.test(next) || /^\p{L}/u.test(next);
  return STARTS_CONTINUATION.test(next);
}
