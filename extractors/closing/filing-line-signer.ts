// The signer's name beside the recipients' filing line, with no title read above it.
import type { Cell } from '../shared/layout.js';

/** The list's filing line ("- Lưu: VT, TCLN.", "Lưu VT"), folded; not a line opening with the family name Lưu. */
const FILING_LINE = /^[-–•·*+\s]*luu\s*(?:[:.]|vt\b)/;

/** The next page's annex heading read onto the same line ("… Xuân Phúc Phụ lục I"), folded. */
const ANNEX_HEADING_AT_END = /\s+phu luc(?:\s+[ivxlc\d]+)?\s*$/;

/**
 * The signature column set level with the recipients' last line, the gap between them closed
 * ("- Lưu: VT, TCLN (90). Hà Công Tuấn": the name cut off the filing line as a cell of its own,
 * or left in it after the seal's debris: "-Lưu: VT, KTTH (2b)›140 guyễn Xuân Phúc Phụ lục I"),
 * while the title above the name was lost (a seal over it, or an engine that dropped it) and
 * the text goes on after the name (an annex). Only the first filing line of the text, only the
 * words closing that line, and only what `nameOf` reads as a person's name: a recipient's line
 * ending in a name ("- Kiểm toán nhà nước; Tự Đức Đam") may be any column's, and is not looked at.
 */
export function nameBesideFilingLine(cells: readonly Cell[], nameOf: (cell: Cell) => Cell | null): Cell | null {
  for (let i = 0; i < cells.length; i++) {
    const filing = cells[i]!;
    if (!FILING_LINE.test(filing.folded)) continue;
    const next = cells[i + 1];
    if (next?.line === filing.line) return cells[i + 2]?.line === next.line ? null : nameOf(next);
    return nameClosingLine(filing, nameOf);
  }
  return null;
}

/**
 * The last three or four words of the filing line read as a name, an annex heading after them
 * dropped. The word before them must be no word (the list's codes closed by a bracket, figures,
 * debris): a unit's name there ("Phòng Hành chính Trần Văn An") leaves it unclear where the list ends.
 */
function nameClosingLine(cell: Cell, nameOf: (cell: Cell) => Cell | null): Cell | null {
  const annex = ANNEX_HEADING_AT_END.exec(cell.folded);
  const end = annex ? annex.index : cell.text.trimEnd().length;
  const words = [...cell.text.slice(0, end).matchAll(/\S+/g)];
  for (const n of [3, 4]) {
    if (words.length <= n + 1) continue;
    const start = words[words.length - n]!.index!;
    const name = nameOf({ ...cell, text: cell.text.slice(start, end), folded: cell.folded.slice(start, end), start: cell.start + start, end: cell.start + end });
    // The reader may drop words before the name: the word before what it kept decides.
    const before = name ? cell.text.slice(0, name.start - cell.start).trim().split(/\s+/).at(-1)! : '';
    if (name && !/^\p{L}+$/u.test(before) && !/[;,]$/.test(before)) return name;
  }
  return null;
}
