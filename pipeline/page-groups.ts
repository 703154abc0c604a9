// Page images of one document saved as separate files ("scan-p1.png", "scan-p2.png";
// "KH 12_1.jpg", "KH 12_2.jpg"; "page-1.png", "page-2.png"): grouped by name into one document,
// pages in number order. A later page whose first page is not beside it is a continuation
// page: never a document of its own.
import { basename, dirname, extname } from 'node:path';

const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'tif', 'tiff', 'webp', 'bmp']);

/**
 * stem, separator, optional page word, page number. A page word (p, page, trang, tr) makes the
 * number a page for sure; a bare number ("_2", "-2", " (2)") only when the group starts at 1
 * and runs without gaps (so "KH_124.jpg" and "KH_125.jpg" stay two documents).
 */
const PAGE_NAME = /^(.*?)([\s._-]*)(\(\s*)?(p|pg|page|trang|tr)?([\s._-]*)0*(\d{1,3})(\s*\))?$/i;

export interface PageName {
  /** The name shared by the pages (folder, stem without the page part, extension family). */
  key: string;
  page: number;
  /** The number was marked as a page ("p2", "page-2", "trang 2"). */
  marked: boolean;
}

export function pageName(path: string): PageName | null {
  const ext = extname(path).slice(1).toLowerCase();
  if (!IMAGE_EXTENSIONS.has(ext)) return null;
  const stem = basename(path, extname(path));
  const m = PAGE_NAME.exec(stem);
  if (!m) return null;
  const [, rest = '', before = '', open = '', word, , digits = '', close = ''] = m;
  const marked = !!word;
  // The page part must stand apart from the stem: "scan2" and "planp2" are names, not pages.
  if (rest && !before && !open) return null;
  if (!!open !== !!close) return null;
  const page = Number(digits);
  if (page < 1) return null;
  return { key: `${dirname(path)}\u0000${rest.toLowerCase()}\u0000${ext === 'jpeg' ? 'jpg' : ext === 'tif' ? 'tiff' : ext}`, page, marked };
}

export type PageGroup =
  | { kind: 'single'; path: string }
  | { kind: 'parts'; parts: Array<{ path: string; page: number }>; missing: number[] }
  | { kind: 'continuation'; path: string; page: number };

/**
 * Files (one folder's, or several) into documents, in the order their first file came.
 * A group of two or more page images is one document; a marked later page alone, or a group
 * whose pages do not include the first, is continuation pages.
 */
export function groupPages(files: readonly string[]): PageGroup[] {
  const named = new Map<string, Array<{ path: string; page: number; marked: boolean }>>();
  for (const path of files) {
    const name = pageName(path);
    if (!name) continue;
    const list = named.get(name.key) ?? [];
    list.push({ path, page: name.page, marked: name.marked });
    named.set(name.key, list);
  }
  const grouped = new Map<string, PageGroup[]>(); // first path of a group → its entries
  const taken = new Set<string>();
  for (const list of named.values()) {
    list.sort((a, b) => a.page - b.page || (a.path < b.path ? -1 : 1));
    const pages = list.map((p) => p.page);
    const marked = list.some((p) => p.marked);
    const distinct = new Set(pages).size === pages.length;
    const first = pages[0]!;
    const last = pages[pages.length - 1]!;
    const gapless = last - first + 1 === pages.length;
    if (!distinct) continue;
    if (list.length === 1) {
      // One marked later page alone ("plan-p2.png"): a continuation, never a plan.
      if (list[0]!.marked && first > 1) grouped.set(list[0]!.path, [{ kind: 'continuation', path: list[0]!.path, page: first }]);
      continue;
    }
    if (!marked && !(first <= 1 && gapless)) continue;
    for (const p of list) taken.add(p.path);
    if (first > 1) {
      grouped.set(list[0]!.path, list.map((p) => ({ kind: 'continuation' as const, path: p.path, page: p.page })));
      continue;
    }
    const missing: number[] = [];
    for (let n = 1, k = 0; n <= last; n++) {
      if (pages[k] === n) k++;
      else if (n > 0) missing.push(n);
    }
    grouped.set(list[0]!.path, [{ kind: 'parts', parts: list.map(({ path, page }) => ({ path, page })), missing }]);
  }
  const out: PageGroup[] = [];
  for (const path of files) {
    const entries = grouped.get(path);
    if (entries) out.push(...entries);
    else if (!taken.has(path) && !(grouped.has(path))) out.push({ kind: 'single', path });
  }
  // Groups whose first-ordered file was not the first listed still come out once, above.
  return out;
}
