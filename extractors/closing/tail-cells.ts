// The text's last lines cut into cells: the signature's and the recipients' columns apart, table borders, filing marks.
import { cellsOf, isMostlyUpperCase, type Cell } from '../shared/layout.js';
import { withoutTrailingAddress } from './url-tail.js';
import { isPersonName, isSpeltFamilyName } from './person-name.js';
import { isAuthorityLine, TITLE_WORDS, isRecipientCell } from './signature-lines.js';

/** Cells of the text with "Nơi nhận" split off whatever OCR glued in front of it. */
export function tailCells(text: string): Cell[] {
  return splitTailCells(text);
}

/**
 * A table printed with "|" borders (antiword, markdown copies) glues the border to its cell
 * ("|Phan Quang Thao", "|- Lưu: VT."): the borders split cells like column gaps do.
 */
export function splitTableBorders(cell: Cell): Cell[] {
  if (!cell.text.includes('|')) return [cell];
  const out: Cell[] = [];
  for (const m of cell.text.matchAll(/[^|]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const at = m.index! + lead;
    out.push({ ...cell, text: body, folded: cell.folded.slice(at, at + body.length), start: cell.start + at, end: cell.start + at + body.length });
  }
  return out;
}

/** A recipient's item not closed on its line: its next line, in small letters or a bracket, carries it on. */
const ITEM_CLOSED = /[;.]\s*$/;
const CARRIES_ITEM_ON = /^[\p{Ll}(]/u;

function splitTailCells(text: string): Cell[] {
  const out: Cell[] = [];
  // The cell before was a recipient's item (or its continuation) still open at its line's end.
  let openItem = false;
  for (const whole of cellsOf(text).flatMap(splitTableBorders).map(withoutTrailingAddress)) {
    const continuesItem: boolean = openItem && CARRIES_ITEM_ON.test(whole.text);
    openItem = (isRecipientCell(whole.folded) || continuesItem) && !ITEM_CLOSED.test(whole.text);
    // "Nơi nhận: GIÁM ĐỐC": the signature column joined to the recipients' line by a collapsed gap.
    // A stroke read before the label ("_Nơi nhận:") is scan debris.
    const joined = /^([^\p{L}\d\s]{0,2}noi nhan\s*:?)\s+(?=\S)/u.exec(whole.folded);
    const rest = joined ? whole.text.slice(joined[0].length) : '';
    const cells =
      joined && isMostlyUpperCase(rest) && !/[;,]$/.test(rest) && rest.length <= 60
        ? [
            { ...whole, text: joined[1]!, folded: whole.folded.slice(0, joined[1]!.length), end: whole.start + joined[1]!.length },
            { ...whole, text: rest, folded: whole.folded.slice(joined[0].length), start: whole.start + joined[0].length },
          ]
        : [whole];
    for (const cell of cells.flatMap(splitFilingMark).flatMap(splitTitleName).flatMap(splitSideBySide)) for (const part of splitRecipientTitle(cell, continuesItem)) splitNoiNhan(part, out);
  }
  return out;
}

// Two signature blocks side by side whose column gap was collapsed to one space: the same title
// twice ("KT. BỘ TRƯỞNG KT. BỘ TRƯỞNG", "THỨ TRƯỞNG THỨ TRƯỞNG"), or two officers' names each
// after a rank ("Thượng tướng Nguyễn Văn Gấu Thượng tướng Nguyễn Văn Long"): two cells, as the
// columns were. Only exact doubles of an office, and only two ranked names.
const RANKED_PAIR = /^((?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy|uý) \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}) ((?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy|uý) \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})$/u;

function splitSideBySide(cell: Cell): Cell[] {
  const text = cell.text;
  let at = -1;
  const ranked = RANKED_PAIR.exec(text);
  if (ranked) at = ranked[1]!.length + 1;
  else if (text.length % 2 === 1 && text.length <= 121 && !/\p{Ll}/u.test(text)) {
    const half = (text.length - 1) / 2;
    const left = cell.folded.slice(0, half);
    if (text[half] === ' ' && text.slice(0, half) === text.slice(half + 1) && (isAuthorityLine(left) || TITLE_WORDS.test(left))) at = half + 1;
  }
  if (at < 0) return [cell];
  const left = text.slice(0, at).trimEnd();
  return [
    { ...cell, text: left, folded: cell.folded.slice(0, left.length), end: cell.start + left.length },
    { ...cell, text: text.slice(at), folded: cell.folded.slice(at), start: cell.start + at },
  ];
}

// "LQ_VP7_QS.2024 PHÓ CHỦ TỊCH", "TN_VP6_30.KH Tống Quang Thìn": the drafter's filing mark under
// the recipients, joined to the signature column's title or name line by a collapsed gap. A mark is one token with an underscore; it is dropped, as
// it would stand between the title and the authority line above it.
const FILING_MARK = /^(\S*_\S*)\s+(?=\S)/u;

function splitFilingMark(cell: Cell): Cell[] {
  const m = FILING_MARK.exec(cell.text);
  if (!m) return [cell];
  const rest = cell.folded.slice(m[0].length);
  const after = cell.text.slice(m[0].length);
  const titleLine = (isAuthorityLine(rest) || TITLE_WORDS.test(rest)) && isMostlyUpperCase(after);
  if (!titleLine && !isPersonName(after, rest)) return [cell];
  return [{ ...cell, text: cell.text.slice(m[0].length), folded: rest, start: cell.start + m[0].length }];
}

// "- Như trên; PHÓ GIÁM ĐỐC": the signature column joined to a recipient's line by a collapsed
// gap. Only a run of capitals after the recipient's ";" (or "." or ")") that names a title or an
// authority; looked for in the line's last characters, so a long line costs no more.
const RECIPIENT_THEN_TITLE = /[;.)]\s+((?:[^\s\p{Ll}]+ )*[^\s\p{Ll}]+)\s*$/u;

// "- Các sở, ban, ngành; Nguyễn Cao Sơn": the signer's name joined to a recipient's line the same way.
// Strokes of the seal or signature may stand between them ("- Lưu VP. „ ị ( “Hoàng Nam Giang"):
// up to three scraps of one or two characters, and marks glued before the name.
// An officer's rank may stand before the name ("- Lưu: VT, P5. Đại tá Bùi Duy Hưng"): not part of it.
// The scraps are tried as many as fit, then as few: a family name of two letters ("- Lưu: VT. Hà
// Công Tuấn", "Lê", "Vũ", "Đỗ") reads as a scrap too, and the name after it is then no name. A
// word that short is taken for the family name only when spelt as one, marks and all: "Tự" of
// "- Kiểm toán nhà nước; Tự Đức Đam" (the engine's T for a V of Vũ) is a scrap or a misreading.
const RECIPIENT_THEN_NAME = [
  /[;.)]\s+(?:\S{1,2}\s+){0,3}[^\p{L}\s]{0,2}(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4})\s*$/u,
  /[;.)]\s+(?:\S{1,2}\s+){0,3}?[^\p{L}\s]{0,2}(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4})\s*$/u,
];

/**
 * `continuesItem`: the cell carries on a recipient's item from the line before ("- Trung tâm …
 * (đăng tải thông báo này trên các phương tiện thông tin truyền" / "thông của địa phương); Nguyễn
 * Xuân Nhẫn"): its end is a recipient's end like the item's own line's.
 */
function splitRecipientTitle(cell: Cell, continuesItem = false): Cell[] {
  if (!continuesItem && !isRecipientCell(cell.folded)) return [cell];
  const from = Math.max(0, cell.text.length - 80);
  for (const [k, pattern] of RECIPIENT_THEN_NAME.entries()) {
    const named = pattern.exec(cell.text.slice(from));
    if (!named) continue;
    const at = from + named.index + named[0].indexOf(named[1]!);
    const name = named[1]!;
    if (k > 0 && !isSpeltFamilyName(name.split(' ')[0]!)) continue;
    if (isPersonName(name, cell.folded.slice(at, at + name.length))) {
      const headLength = from + named.index + 1;
      return [
        { ...cell, text: cell.text.slice(0, headLength), folded: cell.folded.slice(0, headLength), end: cell.start + headLength },
        { ...cell, text: name, folded: cell.folded.slice(at, at + name.length), start: cell.start + at, end: cell.start + at + name.length },
      ];
    }
  }
  const m = RECIPIENT_THEN_TITLE.exec(cell.text.slice(from));
  if (!m) return [cell];
  const title = m[1]!;
  const at = from + m.index + m[0].indexOf(title);
  const tail = cell.folded.slice(at, at + title.length);
  if (!(isAuthorityLine(tail) || TITLE_WORDS.test(tail)) || !/\p{Lu}{2}/u.test(title) || title.length > 60) return [cell];
  const headLength = from + m.index + 1;
  return [
    { ...cell, text: cell.text.slice(0, headLength), folded: cell.folded.slice(0, headLength), end: cell.start + headLength },
    { ...cell, text: title, folded: tail, start: cell.start + at, end: cell.start + at + title.length },
  ];
}

// "| … | TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân |": a markdown table's signature cell holds the
// title lines and the name on one line; the name after the capitals is a line of its own.
const TITLE_THEN_NAME = /^((?:[^\s\p{Ll}]+ )+)(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4})$/u;

function splitTitleName(cell: Cell): Cell[] {
  if (isRecipientCell(cell.folded)) return [cell];
  const m = TITLE_THEN_NAME.exec(cell.text);
  if (!m) return [cell];
  const title = m[1]!.trimEnd();
  const at = m[1]!.length;
  const name = m[2]!;
  const titleFolded = cell.folded.slice(0, title.length);
  if (!/\p{Lu}{2}/u.test(title) || !(isAuthorityLine(titleFolded) || TITLE_WORDS.test(titleFolded))) return [cell];
  if (!isPersonName(name, cell.folded.slice(at, at + name.length))) return [cell];
  return [
    { ...cell, text: title, folded: titleFolded, end: cell.start + title.length },
    { ...cell, text: name, folded: cell.folded.slice(at, at + name.length), start: cell.start + at, end: cell.start + at + name.length },
  ];
}

function splitNoiNhan(cell: Cell, out: Cell[]): void {
  {
    const at = cell.folded.indexOf('noi nhan');
    if (at > 0) {
      const head = cell.text.slice(0, at).trimEnd();
      out.push({ ...cell, text: head, folded: cell.folded.slice(0, head.length), end: cell.start + head.length });
      out.push({ ...cell, text: cell.text.slice(at), folded: cell.folded.slice(at), start: cell.start + at });
    } else out.push(cell);
  }
}
