// A draft's closing typed without a name: the body it signs for over the office ("UBND THỊ TRẤN
// NẾNH" / "Chủ tịch"), the name left to the signed copy. signer.ts reads a block up from its name,
// so with none it finds no block; yet these lines still say who signs, and for what body.
import type { Cell } from '../shared/layout.js';
import { isIgnorable, isRecipientCell, isSignatureLine, TITLE_WORDS } from './signature-lines.js';

/** An office on its own short line, words only ("Chủ tịch", "GIÁM ĐỐC", "Phó Chủ tịch"). */
const OFFICE_LENGTH = 30;

/**
 * The two last lines of the text when they are a body line in capitals over an office title and no
 * name follows: the block of an unsigned draft. Null for any other ending.
 */
export function unsignedBlock(cells: readonly Cell[]): { lines: Cell[]; title: Cell } | null {
  const tail = cells.filter((c) => !isIgnorable(c));
  const title = tail.at(-1);
  const body = tail.at(-2);
  if (!title || !body || body.line >= title.line) return null;
  if (title.text.length > OFFICE_LENGTH || !/^[\p{L} ]+$/u.test(title.text) || !TITLE_WORDS.test(title.folded) || isRecipientCell(title.folded)) return null;
  if (!isSignatureLine(body) || TITLE_WORDS.test(body.folded)) return null;
  return { lines: [body, title], title };
}
