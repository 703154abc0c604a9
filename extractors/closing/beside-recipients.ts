// A signer's name found by the recipients' list: after it, under its filing line, or level with it.
import type { Cell } from '../shared/layout.js';
import { isWatermarkPiece } from './portal-watermark.js';
import { nameBesideFilingLine } from './filing-line-signer.js';
import { findUnits } from '../shared/localities.js';
import { withSurnameCompleted, SURNAMES, isPersonName } from './person-name.js';
import { type Block, isIgnorable, isSignatureLine, isAuthorityLine, FILING_LINE, isRecipientCell } from './signature-lines.js';
import { type NameLine, isEdgeDebris, personNameOf, isSealScrap } from './name-line.js';

/**
 * The drafter's filing code under the recipients, one token of capitals and figures
 * ("LQVP7NV2024", "TN_VP6_30.KH"): it stands between the list and a signature whose title the
 * seal made unreadable, and is neither.
 */
function isFilingCode(cell: Cell): boolean {
  const token = cell.text.trim();
  return /^[\p{Lu}\d_.]{6,24}$/u.test(token) && /\d/.test(token) && /\p{Lu}{2}/u.test(token);
}

/**
 * A name standing alone right after the recipients' list, with nothing after it: the signer of a
 * scan whose title the seal covered so that OCR lost it.
 */
export function nameAfterRecipients(cells: readonly Cell[], nameLine?: NameLine): Block | null {
  let last = cells.length - 1;
  while (last >= 0 && (isIgnorable(cells[last]!) || isEdgeDebris(cells[last]!) || isWatermarkPiece(cells, last))) last--;
  if (last < 1) return null;
  const name = personNameOf(cells[last]!, nameLine);
  if (!name) return null;
  // Between the list's last line ("Lưu: VT") and the name, at most a few lines of capitals the
  // seal made unreadable ("MSGHÍNH PHÙ"), or scraps of its ring and of the signature ("¬.a té)"):
  // they are no title to report.
  let i = last - 1;
  let between = 0;
  let scraps = 0;
  while (i >= 0 && between <= 4) {
    const c = cells[i]!;
    if (isIgnorable(c)) {
      i--;
      continue;
    }
    const scrap = isSealScrap(c);
    if (!scrap && !isFilingCode(c) && !(isSignatureLine(c) && !isAuthorityLine(c.folded))) break;
    if (scrap) scraps++;
    between++;
    i--;
  }
  // Scraps of the seal stood where the title was: a name of two words may have lost its family
  // name under the seal too ("Đình Sơn" for Lê Đình Sơn). Only a whole name of three words or more.
  if (scraps && name.text.trim().split(/\s+/).length < 3) return null;
  // The list's last line: "Lưu: VT", or any line of it ("- Sở Nội vụ;") when the list has no filing line.
  return i >= 0 && between <= 4 && (FILING_LINE.test(cells[i]!.folded) || isRecipientCell(cells[i]!.folded)) ? { lines: [], name } : null;
}

/** Cells after the list's filing line within which the name is looked for. */
const UNDER_FILING_REACH = 4;

/** Lines that open an annex or a table after the signature: its names are no signer. */
const ANNEX_OPENING = /^(?:phu luc|danh sach|danh muc|bieu|mau|\(?kem theo)(?![a-z])/;

/**
 * A name right under the list's filing line ("- Lưu: VT, SGDĐT." / "e Trung Chính") in an OCR
 * engine's text, an annex after it (so the name is not the text's last line), the title lost to
 * the seal. Only a spelt name of three words in title case opening with a family name, with at most seal scraps
 * and short lines of capitals between. A seal covering the left of the signature may leave a
 * single letter of the family name: one that ends one family name only ("e": Lê) is put back here,
 * where the line's place says it is the signer's.
 */
export function nameUnderFilingLine(cells: readonly Cell[]): Block | null {
  let filing = -1;
  for (let i = cells.length - 1; i >= 0; i--)
    if (FILING_LINE.test(cells[i]!.folded)) {
      filing = i;
      break;
    }
  if (filing < 0) return null;
  for (let j = filing + 1; j < cells.length && j - filing <= UNDER_FILING_REACH; j++) {
    const c = cells[j]!;
    // Beside the filing line is besideFilingLine's to read (filing-line-signer.ts).
    if (c.line === cells[filing]!.line) return null;
    if (isIgnorable(c) || isEdgeDebris(c) || isFilingCode(c)) continue;
    // A signature block's own lines ("TM. ĐOÀN KIỂM TRA") are the titled search's to read.
    if (ANNEX_OPENING.test(c.folded) || isAuthorityLine(c.folded)) return null;
    const name = personNameOf(c) ?? withSurnameCompleted(c, 1);
    const words = name?.folded.trim().split(/\s+/) ?? [];
    // In title case: a line of capitals there is a heading or a body ("ĐOÀN KIỂM TRA"), however it folds.
    if (name && words.length >= 3 && SURNAMES.has(words[0]!) && /\p{Ll}/u.test(name.text) && isPersonName(name.text, name.folded))
      return startsNameList(cells, j) ? null : { lines: [], name };
    const capitals = isSignatureLine(c) && !isAuthorityLine(c.folded) && c.text.trim().split(/\s+/).length <= 3;
    if (!isSealScrap(c) && !capitals) return null;
  }
  return null;
}

/** Whether the next line after the name at `at` (seal scraps skipped) is a name too: a list of members under a heading, no signature. */
function startsNameList(cells: readonly Cell[], at: number): boolean {
  for (let k = at + 1; k < cells.length && k - at <= UNDER_FILING_REACH; k++) {
    const c = cells[k]!;
    if (isIgnorable(c) || isEdgeDebris(c)) continue;
    // A short name ("Lê Thị Hoa") has a seal scrap's shape: the name is asked first.
    if (personNameOf(c)) return true;
    if (!isSealScrap(c)) return false;
  }
  return false;
}

/**
 * A name opening with a family name, cut off the list's filing line (filing-line-signer.ts). Only
 * in an OCR engine's text: a typed page's words after its filing line are its own (a drafter's
 * initials, an address), never a signature the engine ran into the list. A province's or a
 * district's name ("Hà Tĩnh", "Vũ Quang") opens with a family name's letters and is no person.
 */
export function besideFilingLine(cells: readonly Cell[], nameLine?: NameLine): Block | null {
  const name = nameBesideFilingLine(cells, (cell) => {
    const read = personNameOf(cell, nameLine);
    // Three words at least: a drafter's name after the filing codes is often two ("TH. Lê Hùng").
    const words = read?.folded.trim().split(/\s+/) ?? [];
    if (!read || words.length < 3 || !SURNAMES.has(words[0]!)) return null;
    return findUnits(read.text.trim(), 'province').length || findUnits(read.text.trim(), 'district').length ? null : read;
  });
  return name ? { lines: [], name } : null;
}
