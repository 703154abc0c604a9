// A page printed or captured from a viewer carries the viewer's footer, its file's address
// ("file:///var/mobile/Containers/Data/Application/45D36...", "https://…/van-ban.pdf"), which OCR
// reads onto the page's last line. After the text it sits on ("… Thanh Bình file:///var/…") the
// address is no part of that line: a title, a name or a recipient ends before it.
import type { Cell } from './layout.js';

/** An address token (a scheme and "//") at the end of the line, with the spaces before it. */
const TRAILING_ADDRESS = /\s+\S*:\/\/\S*$/u;

/** The cell without a viewer's address after its text; the cell itself when it has none, or is nothing else. */
export function withoutTrailingAddress(cell: Cell): Cell {
  const m = TRAILING_ADDRESS.exec(cell.text);
  if (!m || m.index === 0) return cell;
  const text = cell.text.slice(0, m.index);
  return { ...cell, text, folded: cell.folded.slice(0, m.index), end: cell.start + m.index };
}
