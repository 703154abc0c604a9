// A Word or HTML table cell naming people one a paragraph ("Đỗ Mạnh Cường" / "Vũ Việt Linh" /
// "Nguyễn Thị Loan") reads as one line in the text the tables are found in: the paragraph
// breaks are gone, and three names run together look like one, for a person's name has no
// head ("Sở", "Phòng") the unit splitter could cut at. The reader's structured tables keep the
// breaks ('\n' between a cell's paragraphs); this looks a text cell up there. Only a cell whose
// every paragraph is a person's name gets them back: writers also break one body's name over
// paragraphs ("Lãnh đạo" / "Sở Tư pháp", "Vụ Pháp chế" / "Bộ Xây dựng"), and bodies are split
// by their heads already, and a body's place under its name ("Hải Quan" / "Lào Cai") is no
// person either. Only readers of typed documents put '\n' in a structured cell (PDF
// and OCR tables join a cell's lines with spaces: there a line break is a wrap).
import type { Table } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { findUnits } from '../shared/localities.js';
import { isFamilyName } from '../closing/person-name.js';
import type { ColumnRole } from './columns.js';

export type CellBreaks = ReadonlyMap<string, string>;

/** The cells of these tables that hold several paragraphs, by their one-line reading. */
export function cellBreaksOf(tables: readonly Table[]): CellBreaks {
  const breaks = new Map<string, string>();
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        if (cell.includes('\n')) breaks.set(cellKey(cell), cell);
      }
    }
  }
  return breaks;
}

/** The unit cells of a row with their paragraph breaks back, where the reader kept them. */
export function withCellBreaks(
  cells: Partial<Record<ColumnRole, string>>,
  breaks: CellBreaks | undefined,
): Partial<Record<ColumnRole, string>> {
  if (!breaks?.size) return cells;
  const out = { ...cells };
  for (const role of ['lead', 'support', 'leadSupport'] as const) {
    const cell = out[role];
    if (!cell) continue;
    const paragraphs = breaks.get(cellKey(cell));
    if (!paragraphs) continue;
    const lines = paragraphs.split('\n');
    if (lines.every(isPersonName) && !lines.some(isPlaceName)) out[role] = paragraphs;
  }
  return out;
}

/** Folded, spaces collapsed: the normalisers may retouch marks and spacing, not the words. */
function cellKey(cell: string): string {
  return foldVietnamese(cell.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Words that head a body or an office ("Hải Quan", "Đồn Biên Phòng", "Phó Giám Đốc"), not a person's name. */
const BODY_HEAD =
  /^(?:sở|bộ|vụ|cục|ban|phòng|văn|trung|ủy|uỷ|hội|đảng|chi|công|thanh|tòa|toà|viện|lãnh|đại|thường|tổ|đoàn|các|ngân|kho|bệnh|trường|trạm|đài|báo|liên|quỹ|nhà|tỉnh|huyện|xã|phường|quận|thị|thành|đội|hạt|đồn|cảng|khu|điện|bưu|hải|kiểm|biên|quân|giám|phó|trưởng|lực|tổng|cơ|doanh|hợp|tập|hiệp)$/u;

/**
 * A province, district or commune named alone ("Lào Cai", "Bản Lầu"): the place of the body named
 * before it. Wards named after people ("Lê Lợi", "Trần Hưng Đạo") open with a family name and may
 * be a person's name; a province or district is taken for a place all the same.
 */
function isPlaceName(paragraph: string): boolean {
  const units = findUnits(paragraph.trim());
  if (!units.length) return false;
  const familyFirst = isFamilyName(foldVietnamese(paragraph.trim().split(/\s+/)[0]!).toLowerCase());
  return !familyFirst || units.some((u) => u.kind !== 'ward');
}

/**
 * "Nguyễn Thị Loan", "Đỗ Mạnh Cường": two to five words, each a capital then small letters, none
 * heading a body; one small word inside is a typing slip ("Nguyễn Thị thúy Nhung").
 */
export function isPersonName(paragraph: string): boolean {
  const words = paragraph.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => /^\p{L}\p{Ll}*$/u.test(w))) return false;
  if (BODY_HEAD.test(words[0]!.toLowerCase())) return false;
  const small = words.filter((w) => !/^\p{Lu}/u.test(w));
  return small.length <= 1 && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[words.length - 1]!);
}
