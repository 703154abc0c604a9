// A name line as a scan leaves it: the name, or without a rank, strokes, a seal's scraps, a page number, the edge.
import type { Cell } from '../shared/layout.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { isValidSyllable } from '../../normalizers/syllables.js';
import { isPersonName, withoutRank, withSurnameCompleted, SURNAMES } from './person-name.js';
import { isRecipientCell, isAuthorityLine } from './signature-lines.js';

// The page's number below the name, joined to it with the line ("Nguyễn Anh Hào 2"): a last page
// numbered at its foot, its lone number line merged into the line above by the normaliser.
const TRAILING_PAGE_NUMBER = /\s+\d{1,3}$/;

// A web copy's note after the name: "Trần Văn Truyền – Đã ký", "Nguyễn Văn A (đã ký)".
const TRAILING_SIGNED_NOTE = /\s*(?:[-–]\s*)?\(?đã ký\)?$/iu;

function withoutPageNumber(cell: Cell): Cell | null {
  const m = TRAILING_PAGE_NUMBER.exec(cell.text) ?? TRAILING_SIGNED_NOTE.exec(cell.text);
  if (!m) return null;
  const length = m.index;
  return { ...cell, text: cell.text.slice(0, length), folded: cell.folded.slice(0, length), end: cell.start + length };
}

/**
 * The name's line with strokes of the signature or the seal read before it ("tu rần Ngọc Căng",
 * "Tà) tho lễ hạm Trường Thọ"): the last three or four words, after words of at most three letters.
 */
function withoutLeadingStrokes(cell: Cell): Cell[] {
  const words = [...cell.text.matchAll(/\S+/g)];
  if (words.length < 4 || words.length > 8) return [];
  const out: Cell[] = [];
  for (const n of [4, 3]) {
    if (words.length <= n) continue;
    const lead = words.slice(0, words.length - n);
    if (!lead.every((w) => (w[0].match(/\p{L}/gu) ?? []).length <= 3)) continue;
    const at = words[words.length - n]!.index!;
    out.push({ ...cell, text: cell.text.slice(at), folded: cell.folded.slice(at), start: cell.start + at });
  }
  return out;
}

/**
 * The name's line with a stroke of the seal or signature on both sides (".._ Trân Chí Tiên cu,"):
 * marks without letters dropped before it, words of at most three small letters after it.
 */
function withoutStrokesAround(cell: Cell): Cell | null {
  // A recipient's line ("- Các Phó Giám đốc;") is no name with strokes around it.
  if (isRecipientCell(cell.folded) || /;\s*$/.test(cell.text)) return null;
  const words = [...cell.text.matchAll(/\S+/g)];
  if (words.length < 3 || words.length > 8) return null;
  let from = 0;
  while (from < words.length && !/\p{L}/u.test(words[from]![0])) from++;
  let to = words.length;
  const letters = (w: string) => (w.match(/\p{L}/gu) ?? []).length;
  while (to > from && /^\p{Ll}/u.test(words[to - 1]![0]) && letters(words[to - 1]![0]) <= 3) to--;
  if (to === words.length || to - from < 2) return null;
  const start = words[from]!.index!;
  const end = words[to - 1]!.index! + words[to - 1]![0].length;
  return { ...cell, text: cell.text.slice(start, end), folded: cell.folded.slice(start, end), start: cell.start + start, end: cell.start + end };
}

/**
 * A name one of whose words the OCR engine cut after its capital ("Đào M inh Tú"): the lone
 * capital and the small letters after it are one word where they spell a syllable.
 */
export function withCapitalRejoined(cell: Cell): Cell | null {
  const text = cell.text.replace(/(?<![\p{L}])(\p{Lu}) (\p{Ll}{1,6})(?![\p{L}])/gu, (pair, capital: string, rest: string) =>
    isValidSyllable((capital + rest).toLowerCase()) ? capital + rest : pair,
  );
  return text === cell.text ? null : { ...cell, text, folded: foldVietnamese(text) };
}

/**
 * The line without a stroke of the signature glued before the name and read as a quote or a
 * slash ('"Lê Văn Lợi', '“Hoàng Nam Giang'), or as a run of dashes ('——Mai Xuân Thanh': a
 * list's dash is one, set apart from its item). Only such marks: a list's dash or a sentence's
 * punctuation around a place ("Hà Nội;") is no stroke.
 */
function withoutGluedStroke(cell: Cell): Cell | null {
  const lead = /^(?:["'“”„‘’`´|\\/~^]{1,3}|[—–-]{2,3})(?=\p{Lu})/u.exec(cell.text)?.[0].length ?? 0;
  if (!lead) return null;
  return { ...cell, text: cell.text.slice(lead), folded: cell.folded.slice(lead), start: cell.start + lead };
}

/**
 * The name with a heading glued after it on its line: OCR joins the name closing a decision to the
 * title of the list it issues, set in capitals on the next sheet ("Nguyễn Ngọc Hè/ “DANH MỤC THỦ
 * TỤC HÀNH CHÍNH …"). Two to four capitalised words opening with a family name, then a stroke or
 * a quote at most, then three words or more all in capitals: the name is the words before them.
 */
function withoutGluedHeading(cell: Cell): Cell | null {
  const m = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,3})[\/|]?\s+["“”']?(?=(?:\S*\p{Lu}{2,}\S*\s+){2,}\S*\p{Lu}{2,})/u.exec(cell.text);
  if (!m || !SURNAMES.has(cell.folded.slice(0, cell.folded.indexOf(' ')))) return null;
  const end = m[1]!.length;
  return { ...cell, text: cell.text.slice(0, end), folded: cell.folded.slice(0, end), end: cell.start + end };
}

/**
 * The office a signature speaks for ("CƠ QUAN THƯỜNG TRỰC" of a steering committee), or the heading a
 * mass organisation prints where the state prints its motto ("ĐOÀN TNCS HỒ CHÍ MINH", "ĐẢNG CỘNG SẢN
 * VIỆT NAM": "Đoàn" and "Đảng" fold to family names, "Hồ Chí Minh" is a name): never a person,
 * whatever its first word. These lines are set in capitals; a name in mixed case that folds to the
 * same words ("Lê Cơ Quân") stays a name.
 */
const OFFICE_PHRASE = /(^|\s)(co quan|thuong truc|ban chi dao|tncs|cong san)(\s|$)/;

/**
 * A cell that may hold a name the text no longer spells as one (an OCR engine's garbled reading,
 * re-read from the engine's letters by the caller): taken as the name's line when nothing else is.
 */
export type NameLine = (cell: Cell) => boolean;

/** A name as it stands, or without a rank, a page number, strokes before it or the letters a seal covered. */
export function personNameOf(cell: Cell, nameLine?: NameLine): Cell | null {
  if (OFFICE_PHRASE.test(cell.folded) && !/\p{Ll}/u.test(cell.text)) return null;
  if (isPersonName(cell.text, cell.folded)) return cell;
  const candidates = [withoutPageNumber(cell), withoutRank(cell), withCapitalRejoined(cell), ...withoutLeadingStrokes(cell), withoutStrokesAround(cell), withoutGluedStroke(cell), withoutGluedHeading(cell)].filter((c): c is Cell => c !== null);
  const names: Cell[] = [];
  for (const c of [cell, ...candidates]) {
    if (c !== cell && isPersonName(c.text, c.folded)) names.push(c);
    const completed = withSurnameCompleted(c);
    if (completed && isPersonName(completed.text, completed.folded)) names.push(completed);
  }
  // A stroke read as a syllable before the name ("Tho Võ Tuấn Anh") passes as a name of four
  // words: the reading that opens with a family name is the name.
  return names.find((c) => SURNAMES.has(c.folded.trim().split(/\s+/)[0]!)) ?? names[0] ?? (nameLine?.(cell) ? cell : null);
}

/** Vertical strokes as OCR reads them: the I, l, N, H, M of a dark edge. */
const STROKE_LETTERS = /[IlNHM|1]/g;

/**
 * The page's dark edge or fold read under the last line, one run of capitals and strokes
 * ("NHNIIIIIIIINNPDDIE"): no syllable is 8 letters long, and such a run is mostly strokes.
 * It closes the text after the signer's name and is nothing.
 */
export function isEdgeDebris(cell: Cell): boolean {
  const token = cell.text.trim();
  if (!/^[\p{Lu}|1]{8,}$/u.test(token)) return false;
  return (token.match(STROKE_LETTERS)?.length ?? 0) * 2 >= [...token].length;
}

/**
 * A line of scraps a red seal or a signature leaves in OCR ("¬.a té)", "THẾ ii", "cáo) CÀ"): a
 * few letters in short pieces, no word of five letters or more, no recipient's dash.
 */
export function isSealScrap(cell: Cell): boolean {
  if (isRecipientCell(cell.folded) || isAuthorityLine(cell.folded)) return false;
  const words = cell.text.trim().split(/\s+/);
  if (words.length > 4) return false;
  const letters = (w: string) => (w.match(/\p{L}/gu) ?? []).length;
  return words.reduce((n, w) => n + letters(w), 0) <= 8 && words.every((w) => letters(w) <= 4);
}
