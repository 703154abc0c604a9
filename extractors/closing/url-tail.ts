// A page printed or captured from a viewer carries the viewer's footer, its file's address
// ("file:///var/mobile/Containers/Data/Application/45D36...", "https://…/van-ban.pdf"), which OCR
// reads onto the page's last line. After the text it sits on ("… Thanh Bình file:///var/…") the
// address is no part of that line: a title, a name or a recipient ends before it.
import type { Cell } from '../shared/layout.js';

/** The cell without a viewer's address after its text; the cell itself when it has none, or is nothing else. */
export function withoutTrailingAddress(cell: Cell): Cell {
  const cut = trailingAddressAt(cell.text);
  if (cut <= 0) return cell;
  return { ...cell, text: cell.text.slice(0, cut), folded: cell.folded.slice(0, cut), end: cell.start + cut };
}

/**
 * Where the spaces before a last word holding a scheme and "//" begin, or -1. Scanned by hand, not
 * by a regular expression: one with a run of spaces before the address backtracks over every
 * start in a long run of white space.
 */
function trailingAddressAt(text: string): number {
  const scheme = text.lastIndexOf('://');
  if (scheme < 0 || /\s/u.test(text.slice(scheme))) return -1;
  let word = scheme;
  while (word > 0 && !/\s/u.test(text.charAt(word - 1))) word--;
  let cut = word;
  while (cut > 0 && /\s/u.test(text.charAt(cut - 1))) cut--;
  return cut === word ? -1 : cut;
}
