// A Word or HTML table cell written one unit a paragraph ("Đỗ Mạnh Cường" / "Vũ Việt Linh" /
// "Nguyễn Thị Loan") reads as one line in the text the tables are found in: the paragraph
// breaks are gone, and three names run together look like one. The reader's structured
// tables keep them ('\n' between a cell's paragraphs); this looks a text cell up there so the
// unit splitter sees the breaks its rule already splits on. Only readers of typed documents
// put '\n' in a structured cell (PDF and OCR tables join a cell's lines with spaces, because
// there a line break is a wrap, not the writer's), so nothing else changes.
import type { Table } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
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
    if (paragraphs) out[role] = paragraphs;
  }
  return out;
}

/** Folded, spaces collapsed: the normalisers may retouch marks and spacing, not the words. */
function cellKey(cell: string): string {
  return foldVietnamese(cell.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}
