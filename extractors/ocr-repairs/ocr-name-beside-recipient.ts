// The signer's name an OCR engine read onto a recipient's line: the signature column beside the
// "Nơi nhận" list, the gap between them lost, so the name follows an item of the list after the
// semicolon that closes the item ("- Viện kiểm sát nhân dân tối cao; Nguyễn Xuân Phúc"), with no
// title left in the layer to open a signature block. After the semicolon the item has ended, so
// whole words there belong to the other column. Taken only from text an OCR engine wrote, only when
// no signature was found otherwise, only a whole name of three or four words (a family name as
// listed, with its marks, then common name syllables), and only when the list holds one such line:
// a recipient named whole ("- Ông Trần Văn An;") stands before its semicolon and is never taken.
import { commonNameForms } from './ocr-given-names.js';
import type { Cell } from '../shared/layout.js';
import { MARKED_SURNAMES } from '../closing/person-name.js';
import { isRecipientCell } from '../closing/signature-lines.js';
import { foldVietnamese } from '../../normalizers/fold.js';

const LISTED = new Set(MARKED_SURNAMES);
// An item of the list closed by its semicolon, then three or four capitalised words closing the line.
const AFTER_ITEM = /;[ \t]+(\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){2,3})[ \t]*$/u;

// The same words as a cell of their own.
const ALONE = /^[ \t]*\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){2,3}[ \t]*$/u;
// "Nơi nhận:" as the restorer may have re-lettered the engine's reading ("Nói nhọn:"), folded.
const LIST_LABEL = /^\W{0,2}noi\s*nh[a-z]{1,3}\s*:/;

const fold = (word: string) => foldVietnamese(word.normalize('NFC')).toLowerCase();

/** The signer's name read beside an item of the last recipients' list; null when none, or more than one. */
export function nameBesideRecipientItem(cells: readonly Cell[]): { name: string; span: { start: number; end: number } } | null {
  let label = cells.length - 1;
  while (label >= 0 && !LIST_LABEL.test(cells[label]!.folded)) label--;
  if (label < 0) return null;
  const found: Array<{ name: string; span: { start: number; end: number } }> = [];
  for (let i = label + 1; i < cells.length; i++) {
    const c = cells[i]!;
    // The name set apart as a cell of its own, right after the item on its line (a wide gap kept).
    const before = cells[i - 1]!;
    if (i > label + 1 && before.line === c.line && isRecipientCell(before.folded) && /;\s*$/.test(before.text) && ALONE.test(c.text) && isWholeName(c.text.trim())) {
      found.push({ name: c.text.trim(), span: { start: c.start, end: c.end } });
      continue;
    }
    if (!isRecipientCell(c.folded)) continue;
    const m = AFTER_ITEM.exec(c.text);
    if (!m || !isWholeName(m[1]!)) continue;
    const start = c.start + m.index + m[0].indexOf(m[1]!);
    found.push({ name: m[1]!, span: { start, end: start + m[1]!.length } });
  }
  return found.length === 1 ? found[0]! : null;
}

/** A family name as listed, with its marks, then common given-name syllables only. */
function isWholeName(name: string): boolean {
  const [family, ...given] = name.normalize('NFC').split(/[ \t]+/);
  if (!LISTED.has(family!)) return false;
  const forms = commonNameForms();
  return given.every((w) => forms.get(fold(w))?.includes(w) ?? false);
}
