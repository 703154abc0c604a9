// The order a scanned document's pages are read in. A feeder scanner fed the stack face down, or
// a clerk who scanned the pages last to first, stores the document's first page last: read in the
// file's order, the header comes after the signature and is looked for in vain on the first page.
// What opens a document is printed at the top of its first page (the motto or the Party's title,
// "Số: …", the place and date line); what closes it stands at the foot of its last ("Nơi nhận:",
// "Lưu: VT"). When the file's first page closes the document and its last page opens it, with no
// page between opening another document, the file holds the pages in reverse and they are read
// last to first. Any other arrangement is left as the file has it: a letter followed by the plan it
// sends opens twice, and a page order half right is not guessed at.
import { foldVietnamese } from '../../normalizers/fold.js';

/** Lines from the top of a page where a first page's header stands (a signature box may precede it). */
const TOP_LINES = 12;
/** Lines from the foot of a page where a last page's closing stands (the signer's name under it). */
const FOOT_LINES = 16;

const MOTTO = /\b(?:cong hoa xa hoi chu nghia|doc lap\W{0,4}tu do\W{0,4}hanh phuc|dang cong san viet nam|doan tncs)\b/;
/** "Số:", "Số 29-CT/TU", as OCR also reads it ("Sô:", "S6:"): a number line opening its line. */
const NUMBER_LINE = /^\W{0,3}s[o6]\s*[:;]?\s*(?:\S*\d|\.{2,}|…|\/)/m;
/**
 * "Mỹ An, ngày4 tháng 04 năm 2019", its figures possibly blank or misread: a line of its own (or the
 * number line's right column) that ends with the year, "ngày" after the place's comma, after a place
 * of a few words opening the line, or after the number line. A dated citation at the top of a later
 * page ("… Công văn số 180/STTTT ngày 29 tháng 3 năm 2017 của Sở …", "Căn cứ Luật Tổ chức Chính phủ
 * ngày 19 tháng 6 năm 2015;") is body text, not a date line.
 */
const DATE_LINE =
  /(?:,\s*|^\W{0,3}(?:[^\W\d_]+\s+){0,3}|^\W{0,3}s[o6]\s*[:;]?\s*(?:\S*\d|\.{2,}|…|\/).*?\s(?:[^\W\d_]+\s+){1,3})ngay\s*\S{0,4}\s*thang\s*\S{0,4}\s*nam\s*(?:19|20)\d\d\W*$/m;
const RECIPIENTS = /^\W{0,3}noi nhan\b/m;
const FILED = /^\W{0,3}luu\s*[:;.]?\s*(?:vt|van thu)\b/m;

export interface PageOrder {
  /** File page numbers (from 1) in the order they are read. */
  order: number[];
  /** Why, in words: the signs found on the pages that decided it. */
  why: string;
}

const nonEmptyLines = (page: string) => page.split('\n').filter((l) => l.trim());

/** The opening signs at the top of a page: two of three make a first page. */
export function openingSigns(page: string): string[] {
  const top = foldVietnamese(nonEmptyLines(page).slice(0, TOP_LINES).join('\n'));
  const signs: string[] = [];
  if (MOTTO.test(top)) signs.push('the motto');
  if (NUMBER_LINE.test(top)) signs.push('"Số:"');
  if (DATE_LINE.test(top)) signs.push('the date line');
  return signs;
}

/** The closing signs at the foot of a page. */
export function closingSigns(page: string): string[] {
  const foot = foldVietnamese(nonEmptyLines(page).slice(-FOOT_LINES).join('\n'));
  const signs: string[] = [];
  if (RECIPIENTS.test(foot)) signs.push('"Nơi nhận"');
  if (FILED.test(foot)) signs.push('"Lưu: VT"');
  return signs;
}

const opens = (page: string) => openingSigns(page).length >= 2;

/** The order to read `pages` (each page's text, in file order) in, or null to keep the file's. */
export function readingOrder(pages: readonly string[]): PageOrder | null {
  const n = pages.length;
  if (n < 2) return null;
  const first = pages[0]!;
  const last = pages[n - 1]!;
  // A last page's top is body text: a first page showing any opening sign (a letter whose header
  // OCR read only its motto, then the annex it sends) is left as it stands.
  if (openingSigns(first).length || !opens(last)) return null;
  const closing = closingSigns(first);
  if (!closing.length || closingSigns(last).length) return null;
  // A page between that opens a document of its own: several documents, not one reversed.
  if (pages.slice(1, -1).some(opens)) return null;
  return {
    order: pages.map((_, i) => n - i),
    why: `page ${n} opens the document (${openingSigns(last).join(', ')} at its top) and page 1 closes it (${closing.join(', ')} at its foot)`,
  };
}

/** `items` (one per file page) in the order given by file page numbers. */
export function inOrder<T>(items: readonly T[], order: readonly number[]): T[] {
  return order.map((page) => items[page - 1]!);
}
