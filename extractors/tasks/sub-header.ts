// A header with merged cells, written as two rows by a web copy or a converter: the second row
// names the columns a first-row cell spans.
//   | STT |  | Tên đề án | Cấp trình |  | Thời gian trình | Đơn vị thực hiện |  | Ghi chú |
//   |     | Theo NQ 01 |  | Chính phủ | TTg CP |        | Chủ trì          | Phối hợp |  |
//   | STT |  | Tên văn bản | Đơn vị chủ trì soạn thảo | Đơn vị cho ý kiến | Cấp trình và thời gian trình |  |  | Ghi chú |
//   |     | Theo NQ 01 |  |  |  | Bộ trưởng | Chính phủ | Thủ tướng Chính phủ |  |
// A sub-header cell that names a role itself ("Chủ trì", "Phối hợp") takes it; one that does not
// ("Chính phủ" under "Cấp trình và thời gian trình") takes the role of the unit or time column
// whose merged cell spans it. Only a row aligned with the header (as many cells) and opening
// with no index is read so: a row of the table is never one.
import { columnRole, type ColumnRole } from './columns.js';

/** Roles a merged header cell hands on to the columns under it: units and time. */
const SPANNING: ReadonlySet<ColumnRole> = new Set(['lead', 'support', 'leadSupport', 'deadline']);
/** A sub-header cell names a column in a few words. */
const MAX_SUB_HEADER = 40;

/**
 * The roles of the table once the row after its header is read as that header's second row;
 * null when the row is not one (it has an index, is not aligned, or names nothing under a merged cell).
 */
export function subHeaderRoles(header: readonly string[], roles: ReadonlyArray<ColumnRole | null>, row: readonly string[]): Array<ColumnRole | null> | null {
  if (row.length !== header.length || row.length !== roles.length || row[0]!.trim()) return null;
  const filled = row.flatMap((cell, i) => (cell.trim() ? [i] : []));
  if (filled.length < 2 || filled.some((i) => row[i]!.trim().length > MAX_SUB_HEADER)) return null;
  const out = [...roles];
  let named = 0;
  for (const i of filled) {
    const own = columnRole(row[i]!);
    const spanning = spanningRole(header, roles, i);
    // Text under the content or index column is the table's first row of data: no column there is merged.
    if (roles[i] === 'content' || roles[i] === 'index') return null;
    if (own && SPANNING.has(own)) out[i] = own;
    else if (spanning) out[i] = spanning;
    else continue;
    named++;
  }
  return named >= 2 ? out : null;
}

/** The role of the unit or time column whose merged header cell reaches over column `at`, if any. */
function spanningRole(header: readonly string[], roles: ReadonlyArray<ColumnRole | null>, at: number): ColumnRole | null {
  for (let j = at; j >= 0; j--) {
    if (!header[j]!.trim()) continue;
    const role = roles[j];
    return role && SPANNING.has(role) ? role : null;
  }
  return null;
}
