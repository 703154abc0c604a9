// "Nơi nhận:" — one recipient per dash item, leading dash and trailing ";" removed, wrapped
// lines joined. Decisions: the "Lưu: VT, NV." line is kept (it is on the list: the copy the
// office files); a line naming several bodies ("TTQU; TT HĐND quận") stays one recipient, as
// printed; a note after a ";" ("Sở Nội vụ; (để bc)") stays with its recipient, as printed.
// The list ends at the signature, a gap of blank lines, or text that does not continue it;
// signature lines interleaved with it (two columns) are stepped over.
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import type { Cell } from '../shared/layout.js';
import { isPersonName } from './person-name.js';
import { isIgnorable, isSignatureLine } from './signature-lines.js';
import { tailCells } from './tail-cells.js';
import { LEADING_DASH } from './list-dash.js';

const BULLET = LEADING_DASH;

function clean(item: string): string {
  return item
    .replace(BULLET, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s;,]+$/, '')
    .trim();
}

export function findRecipients(text: string, cells: readonly Cell[] = tailCells(text)): { items: string[]; cells: Cell[] } | null {
  for (let i = 0; i < cells.length; i++) {
    if (!/^noi nhan\s*:?/.test(cells[i]!.folded)) continue;
    const header = cells[i]!;
    const items: string[] = [];
    const used: Cell[] = [header];
    // "Nơi nhận: - Như trên;" on one line.
    const inline = header.text.replace(/^[^:]*:?\s*/, '');
    if (inline && BULLET.test(inline)) items.push(inline);
    let lastLine = header.line;
    let closed = false;
    for (let j = i + 1; j < cells.length; j++) {
      const c = cells[j]!;
      if (c.line - lastLine > 3) break;
      if (isIgnorable(c)) continue;
      if (BULLET.test(c.text)) {
        if (closed) break;
        items.push(c.text);
        used.push(c);
        lastLine = c.line;
        continue;
      }
      // Signature lines of the other column, or the signature that follows the list.
      if (isSignatureLine(c) || isPersonName(c.text, c.folded)) {
        // A signature line set between the label and its first item ("Nơi nhận:" / "KT. CHỦ TỊCH" /
        // "- Như trên;"): the list has not started, so the window runs from it.
        if (!items.length) lastLine = c.line;
        continue;
      }
      const previous = items.at(-1);
      const continues = previous !== undefined && !/[;.]\s*$/.test(previous) && /^[\p{Ll}\d(]/u.test(c.text);
      if (!continues) {
        closed = true;
        break;
      }
      items[items.length - 1] = `${previous} ${c.text}`;
      used.push(c);
      lastLine = c.line;
    }
    if (items.length) return { items: items.map(clean).filter(Boolean), cells: used };
  }
  return null;
}

export function extractRecipients(text: string, ctx: StageContext, cells?: readonly Cell[]): string[] {
  const found = findRecipients(text, cells);
  if (!found) {
    ctx.message(log.missingRecipients());
    return [];
  }
  return found.items;
}
