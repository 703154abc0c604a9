// The signature block: authority (TM./KT./TL./TUQ./Q.), the signer's own title and name.
//   TM. HỘI ĐỒNG          ← authority of the collective body
//   KT. CHỦ TỊCH          ← innermost authority: who actually signs (a deputy, for the head)
//   PHÓ CHỦ TỊCH
//   PHÓ CHỦ TỊCH UBND QUẬN ← title: the line right above the name (the signer's own office)
//   Đinh Thị Thu Hương
// Decisions: `authority` is the innermost prefix in the block (KT. above, since it says who
// signs); no prefix gives null (nothing is implied); `title` is the line right above the name,
// as written. The block may stand before or after "Nơi nhận", share lines with it (two columns,
// or OCR gluing "CHU TICHNoi nhan:"), and hold "(đã ký)" and stray scan marks.
import type { Signer } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { cellsOf, isMostlyUpperCase, oneLine, type Cell } from '../shared/layout.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { inlineSignature } from './inline-signer.js';
import { signedNoteSigner } from './signed-note-signer.js';
import { isValidSyllable } from '../../normalizers/syllables.js';
import { LIST_DASH } from './list-dash.js';
import { withoutTrailingAddress } from './url-tail.js';
import { isPortalWatermark, isWatermarkPiece } from './portal-watermark.js';
import { nameBesideFilingLine } from './filing-line-signer.js';
import { findUnits } from '../shared/localities.js';

// "KT. CHỦ TỊCH", "KT CHỦ TỊCH", and "KT.CHỦ TỊCH" typed without the space.
const AUTHORITY = /^(tm|kt|tl|tuq|q|t\/m|k\/t|t\/l|t\.m|k\.t|t\.l)(?:\s*\.\s*|\s+)(?=\S)/;
// "KT." alone on its line, the office it signs for on the next ("KT.\nTRƯỞNG THUẾ TỈNH").
const BARE_AUTHORITY = /^(tm|kt|tl|tuq|t\/m|k\/t|t\/l)\s*\.$/;
const AUTHORITY_CODES: Record<string, Signer['authority']> = {
  tm: 'TM.', 't/m': 'TM.', 't.m': 'TM.', kt: 'KT.', 'k/t': 'KT.', 'k.t': 'KT.', tl: 'TL.', 't/l': 'TL.', 't.l': 'TL.', tuq: 'TUQ.', q: 'Q.',
};

// Common family names (folded), to tell "Tạ Nam Chiến" from "Các đơn vị thuộc quận".
export const SURNAMES = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly luong ta dinh trinh mai dao cao lam ' +
    'phung ha to doan vuong truong chu kieu lai luu quach thai tang la trieu dam khong hua mac tong nghiem tu van ' +
    'kim giang lu thach quan banh bach cu diep han hau ong lo luc mach ninh au nong khuc ton ung vi tieu yen phi ' +
    'lang chau chung dong khuat cung nhu thieu tieu bien doan dieu gia hong khieu le lieu lo man nghiem quang sam ' +
    'than thang tran trac uong vien'
  ).split(/\s+/),
);

// Family names with their marks, to put back the first letters of a name a seal's ring covered
// ("hạm Trường Thọ", "rần Ngọc Căng"): the seal is pressed over the left of the signature.
export const MARKED_SURNAMES = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Tạ Đinh Trịnh Mai Đào Cao Lâm ' +
  'Phùng Hà Tô Đoàn Vương Trương Chu Kiều Lại Lưu Quách Thái Tăng Triệu Đàm Khổng Hứa Mạc Tống Nghiêm Từ ' +
  'Giang Thạch Bạch Diệp Hầu Nông Khúc Châu Chung Đồng Khuất Thiều Huỳnh Lưu'
).split(' ');

const MARKED_SURNAMES_LOWER = new Set(MARKED_SURNAMES.map((s) => s.toLowerCase()));

// Real family names outside that list, many of them folding like a listed one (Giàng / Giang,
// Chử / Chu, Hạ / Hà, Lường / Lương, Tòng / Tống, Vừ / Vũ, Đường / Dương, Đàng / Đặng): a name read
// with one of these marks is read right and keeps them. H'Mông (Giàng, Sùng, Vàng, Thào, Mùa, Hờ,
// Cứ, Vừ, Lầu, Hảng, Tráng), Thái and Tày (Lò, Lường, Quàng, Tòng, Cầm, Điêu, Lù, Sầm, Ma), Dao
// (Chảo, Bàn), Chăm (Đàng, Quảng), Tây Nguyên (Ksor, Nay, Siu, Niê) and rarer Kinh names.
const OTHER_FAMILY_NAMES = new Set(
  (
    'Giàng Sùng Vàng Thào Mùa Hờ Cứ Vừ Lầu Hảng Tráng Lò Lường Quàng Tòng Cầm Điêu Lù Sầm Ma Chảo Bàn ' +
    'Đàng Quảng Ksor Nay Siu Niê Chử Hạ Đường Lữ Cù Đổng'
  ).split(' '),
);

// Middle names that fold like a listed family name, and open what is read when the family name
// before them is lost under the seal ("Đình Sơn" of "Lê Đình Sơn"): no misread Đinh or Đặng.
const MIDDLE_NAMES_LIKE_FAMILY_NAMES = new Set(['Đình', 'Đăng']);

// A rank before an officer's name ("Trung tá Ngô Văn Công", "Đại úy Lê Văn A"): not part of the name.
const RANK = /^(?:(?:dai|thuong|trung|thieu) (?:tuong|ta|uy)|(?:pho )?do doc|chuan do doc)\s+(?=\S)/;

// Words of titles, bodies and the motto: "CHỦ TỊCH UBND PHƯỜNG" starts with the family name Chu,
// "CHỦ NGHĨA VIỆT NAM" too. Compared with their marks, since the folded words are also names
// (Trương / trưởng, Quân / quận, Phương / phường); stripped text can only be compared folded.
// A heading in capitals whose first word folds like a family name ("TỔ CHỨC THỰC HIỆN", Tô) is no
// name: as spelt, its words are the plan's own.
const NOT_A_NAME_MARKED = /(?<![\p{L}])(tổ chức|thực hiện|website|cục|chủ tịch|giám đốc|trưởng|bí thư|ubnd|hội đồng|ủy ban|uỷ ban|phường|quận|huyện|tỉnh|thị xã|thành phố|nhân dân|đồng chí|chủ nghĩa|việt nam|cộng hòa|cộng hoà|độc lập|hạnh phúc)(?![\p{L}])/u;
const NOT_A_NAME_FOLDED = /(?<![a-z])(website|cuc|chu nghia|viet nam|cong hoa|doc lap|hanh phuc|chu tich|giam doc|truong|bi thu|ubnd|hoi dong|uy ban|phuong|quan|huyen|tinh|thi xa|thanh pho|nhan dan|dong chi)(?![a-z])/;
// A Party or mass body's line opens with its kind ("ĐẢNG ỦY XÃ …", "CÔNG ĐOÀN …"). Only there are its
// words a body's: inside a name they are a person's ("Nguyễn Công Đoàn", "Lê Thị Trấn", "Phạm Văn Xã").
const BODY_LINE_MARKED = /^(?:đảng ủy|đảng uỷ|đảng bộ|đảng đoàn|chi bộ|chi hội|ban (?:chấp hành|thường vụ|chỉ đạo|quản lý|tổ chức|dân vận|tuyên giáo|kiểm tra)|mặt trận|công đoàn|đoàn thanh niên|hội liên hiệp|xã|thị trấn)(?![\p{L}])/u;
const BODY_LINE_FOLDED = /^(?:dang uy|dang bo|dang doan|chi bo|chi hoi|ban chap hanh|ban thuong vu|mat tran|cong doan|doan thanh nien|hoi lien hiep|thi tran)(?![a-z])/;

// In a name printed without marks in title case after a family name ("Tran Quan", "Truong Minh
// Tuan": an OCR layer's signer), the single words that fold like a unit or a title are its
// syllables (Quân, Trương, Huyền, Tình, Phương): titles and bodies are set in capitals.
const NOT_A_NAME_FOLDED_IN_NAME = /(?<![a-z])(website|chu nghia|viet nam|cong hoa|doc lap|hanh phuc|chu tich|giam doc|bi thu|ubnd|hoi dong|uy ban|thi xa|thanh pho|nhan dan|dong chi)(?![a-z])/;
const UNIT_FIRST = new Set(['quan', 'huyen', 'tinh', 'phuong', 'xa']);
const UNMARKED_TITLE_CASE = /^\p{Lu}[a-z]+(?: \p{Lu}[a-z]+){1,4}$/u;

function isTitleOrBody(text: string, folded: string): boolean {
  const marked = /[^\x00-\x7f]/.test(text);
  if (!marked) {
    const first = folded.trim().split(/\s+/)[0]!;
    // A unit word first ("Quan Hoan Kiem") is the unit's name, though Quan is a family name too.
    const nameLike = UNMARKED_TITLE_CASE.test(text.trim()) && SURNAMES.has(first) && !UNIT_FIRST.has(first);
    return (nameLike ? NOT_A_NAME_FOLDED_IN_NAME : NOT_A_NAME_FOLDED).test(folded) || BODY_LINE_FOLDED.test(folded.trim());
  }
  const lower = text.normalize('NFC').toLowerCase();
  return NOT_A_NAME_MARKED.test(lower) || BODY_LINE_MARKED.test(lower.trim());
}

/** A family name as spelt, marks and all ("Hà", "Lê", "Hạ"; not "Tự", a word that folds like Từ); text without marks folded. */
function isSpeltFamilyName(word: string): boolean {
  const read = word.normalize('NFC');
  if (!/[^\x00-\x7f]/.test(read)) return SURNAMES.has(read.toLowerCase());
  return MARKED_SURNAMES_LOWER.has(read.toLowerCase()) || OTHER_FAMILY_NAMES.has(read);
}

/** A common Vietnamese family name (folded: "nguyen", "tran"). */
export function isFamilyName(folded: string): boolean {
  return SURNAMES.has(folded);
}

/** 2–5 capitalised syllables, a known family name first (or three syllables at least). */
export function isPersonName(text: string, folded: string): boolean {
  // Every cell of the document is asked: reject a paragraph before splitting it into words.
  if (moreWordsThan(text, 5)) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  // F, J, W and Z are no letters of a Kinh name: after a Kinh family name they are a seal's or a
  // name stamp's script read as letters ("Châu Wồng Tuân"). Names of the Central Highlands' peoples
  // write them ("Y Jút Niê", "Y Wơn Niê") and open with no Kinh family name.
  const kinhFamily = SURNAMES.has(folded.trim().split(/\s+/)[0]!);
  if (kinhFamily && /[fjwz]/i.test(folded)) return false;
  const titleCase = words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
  const upperCase = words.every((w) => /^\p{Lu}+$/u.test(w));
  if (!titleCase && !upperCase) return false;
  // Two words name a person only after a family name as spelt ("Lê Quân"): a middle and a given
  // name whose first folds to one ("Đình Sơn" of "Lê Đình Sơn", the family name under the seal)
  // are a name cut short. Text without marks can only be compared folded.
  const surname = kinhFamily && (words.length > 2 || !/[^\x00-\x7f]/.test(words[0]!) || MARKED_SURNAMES_LOWER.has(words[0]!.normalize('NFC').toLowerCase()));
  if (isTitleOrBody(text, folded)) return false;
  return upperCase ? surname && words.length >= 3 : surname || words.length >= 3;
}

/** True when `text` has more than `limit` white-space-separated words; stops counting there. */
function moreWordsThan(text: string, limit: number): boolean {
  const gaps = /\s+/g;
  const trimmed = text.trim();
  let words = trimmed ? 1 : 0;
  while (gaps.exec(trimmed)) if (++words > limit) return true;
  return false;
}

export function isAuthorityLine(folded: string): boolean {
  return AUTHORITY.test(folded);
}

/** "(đã ký)", "(Ký, đóng dấu)", and scan debris (".1'", "I", "^") carry nothing. */
export function isIgnorable(cell: Cell): boolean {
  const f = cell.folded;
  if (/^[(\[]?\s*(da ky|ky|ky ten|ky,? (ghi ro ho ten|dong dau)[^)]*|ky va dong dau)\s*[)\]]?\.?$/.test(f)) return true;
  // A scanner app's stamp under every page ("Được quét bằng CamScanner", "Scanned with CamScanner").
  if (/^(duoc quet bang|scanned (with|by))\s+\S+$/.test(f)) return true;
  if (isPortalWatermark(f)) return true;
  return (f.match(/\p{L}/gu) ?? []).length <= 2 && f.length <= 4 && !BARE_AUTHORITY.test(f);
}

/**
 * A recipients' list's note in brackets, set beside the list and read into the signature column
 * between the title and the name: "(để báo cáo)", "(Để phối hợp thực hiện)", "(để b/c)", and
 * such notes cut by the seal ("(Dễ ca", "(để sở"). No title or name opens with a bracket.
 */
export function isBracketNote(cell: Cell): boolean {
  if (!cell.text.startsWith('(') || cell.text.length > 40) return false;
  return /^\([\p{Ll}\s,./]{2,30}\)$/u.test(cell.text) || /^\(\s*(de|b\s*\/\s*c)(\s|\)|$)/.test(cell.folded);
}

// "Gửi: Văn bản điện tử." closes some recipient lists (how the copies were sent): a line of the list too.
const RECIPIENT_OPENING = new RegExp(`^(${LIST_DASH}|noi nhan|luu\\s*[:.]|luu\\s+vt|\\(?gui\\s*:|\\(?gui\\s+ban\\s+dien\\s+tu)`);

/** The list's filing line ("Lưu: VT", "- Lưu VT"), folded. */
const FILING_LINE = new RegExp(`^${LIST_DASH}?\\s*luu\\s*[:.]?`);

export function isRecipientCell(folded: string): boolean {
  return RECIPIENT_OPENING.test(folded);
}

// A numbered row of a list or table ("6. Bà Lê Hoàng Lệ Thủy PGĐPT TTKT&ĐBCLGD Ủy viên", a board's
// member read above the signature page): mostly capitals and naming an office, yet no signature title.
const LIST_ROW = /^\d{1,3}\s*[.)]\s/;

/** Signature lines: capitals ("CHỦ TỊCH UBND PHƯỜNG"), or a line with an authority prefix. */
export function isSignatureLine(cell: Cell): boolean {
  if (isRecipientCell(cell.folded) || LIST_ROW.test(cell.text)) return false;
  return isAuthorityLine(cell.folded) || (isMostlyUpperCase(cell.text) && cell.text.length <= 80 && !/\d{2}/.test(cell.text));
}

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

function splitTailCells(text: string): Cell[] {
  const out: Cell[] = [];
  for (const whole of cellsOf(text).flatMap(splitTableBorders).map(withoutTrailingAddress)) {
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
    for (const cell of cells.flatMap(splitFilingMark).flatMap(splitTitleName).flatMap(splitSideBySide)) for (const part of splitRecipientTitle(cell)) splitNoiNhan(part, out);
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

function splitRecipientTitle(cell: Cell): Cell[] {
  if (!isRecipientCell(cell.folded)) return [cell];
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

const TITLE_WORDS = /(chu tich|chu toa|giam doc|truong|bi thu|thu truong|thu tuong|chu nhiem|chanh an|tong cuc|cuc truong|pho |uy vien|can bo|chanh van phong|thu ky|tong thanh tra|chanh thanh tra|tong kiem toan|vien truong)/;

interface Block {
  lines: Cell[];
  name: Cell;
}

function blockAbove(cells: readonly Cell[], nameIndex: number): Block | null {
  const name = cells[nameIndex]!;
  const lines: Cell[] = [];
  let lastLine = name.line;
  let sealWords = 0;
  for (let i = nameIndex - 1; i >= 0 && nameIndex - i < 40; i--) {
    const c = cells[i]!;
    if (lastLine - c.line > 8) break;
    if (isIgnorable(c)) continue;
    // A recipient's note in brackets ("(để báo cáo)", "(Để phối hợp thực hiện)") read into the signature column.
    if (isBracketNote(c)) {
      lastLine = c.line;
      continue;
    }
    // Words of a seal's ring read off a scan ("Giáo", "ĐÀO"), or the scraps a red seal left of the
    // title lines it covers ("rung ương:", "gui"), between the name and the title: single words or
    // scraps, right above the name, before any line of the block.
    if (!lines.length && sealWords < 3 && (/^\S+$/.test(c.text.trim()) || (isSealScrap(c) && /\p{Ll}/u.test(c.text))) && !isAuthorityLine(c.folded) && !TITLE_WORDS.test(c.folded)) {
      sealWords++;
      lastLine = c.line;
      continue;
    }
    // Recipients, and their continuation lines ("thuộc Quận ủy, UBND quận;", "Tài nguyên và Môi
    // trường, Xây dựng;"), between the columns.
    if (isRecipientCell(c.folded) || ((/^\p{Ll}/u.test(c.text) || !isMostlyUpperCase(c.text)) && /[;,]$/.test(c.text))) {
      lastLine = c.line;
      continue;
    }
    if (!isSignatureLine(c)) break;
    lines.unshift(c);
    lastLine = c.line;
  }
  if (!lines.length) return null;
  const meaningful = lines.some((c) => isAuthorityLine(c.folded) || TITLE_WORDS.test(c.folded));
  return meaningful ? { lines, name } : null;
}

// The page's number below the name, joined to it with the line ("Nguyễn Anh Hào 2"): a last page
// numbered at its foot, its lone number line merged into the line above by the normaliser.
const TRAILING_PAGE_NUMBER = /\s+\d{1,3}$/;

// A web copy's note after the name: "Trần Văn Truyền – Đã ký", "Nguyễn Văn A (đã ký)".
const TRAILING_SIGNED_NOTE = /\s*(?:[-–]\s*)?\(?đã ký\)?$/iu;

function withoutPageNumber(cell: Cell): Cell | null {
  const m = TRAILING_PAGE_NUMBER.exec(cell.text) ?? TRAILING_SIGNED_NOTE.exec(cell.text);
  if (!m) return null;
  const length = m.index;
  return { ...cell, text: cell.text.slice(0, length), folded: cell.folded.slice(0, length), end: cell.start + length };
}

/** The cell without a rank before the name: "Trung tá Ngô Văn Công" → "Ngô Văn Công". */
function withoutRank(cell: Cell): Cell | null {
  const m = RANK.exec(cell.folded);
  if (!m) return null;
  const at = m[0].length;
  return { ...cell, text: cell.text.slice(at), folded: cell.folded.slice(at), start: cell.start + at };
}

/**
 * The one family name a word missing its first one or two letters ends ("hạm" → "Phạm", "guyễn"
 * → "Nguyễn"), with the marks of the name as listed; null when none or several fit. A part of two
 * letters says little of how much the seal covered: it must end one family name of any length
 * ("an" → "Phan"), not one of those two letters short ("nh" of "Huỳnh" is no "Đinh").
 */
export function completedFamilyName(word: string, shortest = 2): string | null {
  const first = word.normalize('NFC');
  if (!/^\p{Ll}+$/u.test(first) || first.length < shortest) return null;
  const short = first.length <= 2;
  const putBack = (s: string) => s.length - first.length;
  const ending = (marked: boolean) =>
    new Set(MARKED_SURNAMES.filter((s) => putBack(s) >= 1 && (short || putBack(s) <= 2) && (marked ? s.toLowerCase().endsWith(first) : foldVietnamese(s.toLowerCase()).endsWith(foldVietnamese(first)))));
  // With its marks as read; else folded, the tone misread under the seal too ("guyến" → "Nguyễn").
  // A single letter read without a mark says nothing of the marks the name's last vowel had ("a": Hà, Tạ, Hứa).
  for (const marked of first.length > 1 ? [true, false] : [false]) {
    const fits = ending(marked);
    if (fits.size) return fits.size === 1 ? [...fits][0]! : null;
  }
  return null;
}

/**
 * A family name read with a wrong mark under a seal ("Đỉnh" for Đinh): the listed spelling when
 * exactly one listed family name folds to the word; the word as read when it is itself a family
 * name ("Giàng" stays, though it folds like Giang) or a middle name, or when none or several fit.
 */
export function listedFamilyName(word: string): string {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return word;
  const read = word.normalize('NFC');
  if (MARKED_SURNAMES_LOWER.has(read.toLowerCase()) || OTHER_FAMILY_NAMES.has(read) || MIDDLE_NAMES_LIKE_FAMILY_NAMES.has(read)) return word;
  const folded = foldVietnamese(word.toLowerCase());
  const fits = new Set(MARKED_SURNAMES.filter((s) => foldVietnamese(s.toLowerCase()) === folded));
  return fits.size === 1 ? [...fits][0]! : word;
}

/**
 * A name whose first letters the seal covered: the first word, lower case, ends exactly one
 * family name ("hạm" → "Phạm", "rần" → "Trần") and the rest are capitalised name words. At most
 * two letters are put back, and the part read must keep `shortest` letters (two, unless the caller
 * has more reason to take the line for a name).
 */
export function withSurnameCompleted(cell: Cell, shortest = 2): Cell | null {
  const words = cell.text.split(/\s+/);
  const first = words[0]!.normalize('NFC');
  if (words.length < 3 || words.length > 4 || !/^\p{Ll}+$/u.test(first) || first.length < shortest) return null;
  if (!words.slice(1).every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) return null;
  const surname = completedFamilyName(first, shortest);
  if (!surname) return null;
  const text = `${surname} ${words.slice(1).join(' ')}`;
  return { ...cell, text, folded: foldVietnamese(text) };
}

/**
 * The name's line with strokes of the signature or the seal read before it ("tu rần Ngọc Căng",
 * "Tà) tho lễ hạm Trường Thọ"): the last three or four words, after words of at most three letters.
 */
function withoutLeadingStrokes(cell: Cell): Cell[] {
  const words = [...cell.text.matchAll(/\S+/g)];
  if (words.length < 4 || words.length > 8) return [];
  const out: Cell[] = [];
  for (const n of [4, 3]) {
    if (words.length <= n) continue;
    const lead = words.slice(0, words.length - n);
    if (!lead.every((w) => (w[0].match(/\p{L}/gu) ?? []).length <= 3)) continue;
    const at = words[words.length - n]!.index!;
    out.push({ ...cell, text: cell.text.slice(at), folded: cell.folded.slice(at), start: cell.start + at });
  }
  return out;
}

/**
 * The name's line with a stroke of the seal or signature on both sides (".._ Trân Chí Tiên cu,"):
 * marks without letters dropped before it, words of at most three small letters after it.
 */
function withoutStrokesAround(cell: Cell): Cell | null {
  // A recipient's line ("- Các Phó Giám đốc;") is no name with strokes around it.
  if (isRecipientCell(cell.folded) || /;\s*$/.test(cell.text)) return null;
  const words = [...cell.text.matchAll(/\S+/g)];
  if (words.length < 3 || words.length > 8) return null;
  let from = 0;
  while (from < words.length && !/\p{L}/u.test(words[from]![0])) from++;
  let to = words.length;
  const letters = (w: string) => (w.match(/\p{L}/gu) ?? []).length;
  while (to > from && /^\p{Ll}/u.test(words[to - 1]![0]) && letters(words[to - 1]![0]) <= 3) to--;
  if (to === words.length || to - from < 2) return null;
  const start = words[from]!.index!;
  const end = words[to - 1]!.index! + words[to - 1]![0].length;
  return { ...cell, text: cell.text.slice(start, end), folded: cell.folded.slice(start, end), start: cell.start + start, end: cell.start + end };
}

/**
 * A name one of whose words the OCR engine cut after its capital ("Đào M inh Tú"): the lone
 * capital and the small letters after it are one word where they spell a syllable.
 */
export function withCapitalRejoined(cell: Cell): Cell | null {
  const text = cell.text.replace(/(?<![\p{L}])(\p{Lu}) (\p{Ll}{1,6})(?![\p{L}])/gu, (pair, capital: string, rest: string) =>
    isValidSyllable((capital + rest).toLowerCase()) ? capital + rest : pair,
  );
  return text === cell.text ? null : { ...cell, text, folded: foldVietnamese(text) };
}

/**
 * The line without a stroke of the signature glued before the name and read as a quote or a
 * slash ('"Lê Văn Lợi', '“Hoàng Nam Giang'). Only such marks: a list's dash or a sentence's
 * punctuation around a place ("Hà Nội;") is no stroke.
 */
function withoutGluedStroke(cell: Cell): Cell | null {
  const lead = /^["'“”„‘’`´|\\/~^]{1,3}(?=\p{Lu})/u.exec(cell.text)?.[0].length ?? 0;
  if (!lead) return null;
  return { ...cell, text: cell.text.slice(lead), folded: cell.folded.slice(lead), start: cell.start + lead };
}

/**
 * The office a signature speaks for ("CƠ QUAN THƯỜNG TRỰC" of a steering committee): never a person,
 * whatever its first word. Office lines are set in capitals; a name in mixed case that folds to the
 * same words ("Lê Cơ Quân") stays a name.
 */
const OFFICE_PHRASE = /(^|\s)(co quan|thuong truc|ban chi dao)(\s|$)/;

/**
 * A cell that may hold a name the text no longer spells as one (an OCR engine's garbled reading,
 * re-read from the engine's letters by the caller): taken as the name's line when nothing else is.
 */
export type NameLine = (cell: Cell) => boolean;

/** A name as it stands, or without a rank, a page number, strokes before it or the letters a seal covered. */
function personNameOf(cell: Cell, nameLine?: NameLine): Cell | null {
  if (OFFICE_PHRASE.test(cell.folded) && !/\p{Ll}/u.test(cell.text)) return null;
  if (isPersonName(cell.text, cell.folded)) return cell;
  const candidates = [withoutPageNumber(cell), withoutRank(cell), withCapitalRejoined(cell), ...withoutLeadingStrokes(cell), withoutStrokesAround(cell), withoutGluedStroke(cell)].filter((c): c is Cell => c !== null);
  const names: Cell[] = [];
  for (const c of [cell, ...candidates]) {
    if (c !== cell && isPersonName(c.text, c.folded)) names.push(c);
    const completed = withSurnameCompleted(c);
    if (completed && isPersonName(completed.text, completed.folded)) names.push(completed);
  }
  // A stroke read as a syllable before the name ("Tho Võ Tuấn Anh") passes as a name of four
  // words: the reading that opens with a family name is the name.
  return names.find((c) => SURNAMES.has(c.folded.trim().split(/\s+/)[0]!)) ?? names[0] ?? (nameLine?.(cell) ? cell : null);
}

/** Words of the signer's office or authority ("CHỦ TỊCH", "THỦ TƯỚNG", "KT."), folded: the block was read. */
export function namesSignerOffice(folded: string): boolean {
  return TITLE_WORDS.test(folded) || /(^|\s)(tm|kt|tl|tuq)\s*\./.test(folded);
}

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
function nameAfterRecipients(cells: readonly Cell[], nameLine?: NameLine): Block | null {
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

/** Vertical strokes as OCR reads them: the I, l, N, H, M of a dark edge. */
const STROKE_LETTERS = /[IlNHM|1]/g;

/**
 * The page's dark edge or fold read under the last line, one run of capitals and strokes
 * ("NHNIIIIIIIINNPDDIE"): no syllable is 8 letters long, and such a run is mostly strokes.
 * It closes the text after the signer's name and is nothing.
 */
export function isEdgeDebris(cell: Cell): boolean {
  const token = cell.text.trim();
  if (!/^[\p{Lu}|1]{8,}$/u.test(token)) return false;
  return (token.match(STROKE_LETTERS)?.length ?? 0) * 2 >= [...token].length;
}

/**
 * A line of scraps a red seal or a signature leaves in OCR ("¬.a té)", "THẾ ii", "cáo) CÀ"): a
 * few letters in short pieces, no word of five letters or more, no recipient's dash.
 */
export function isSealScrap(cell: Cell): boolean {
  if (isRecipientCell(cell.folded) || isAuthorityLine(cell.folded)) return false;
  const words = cell.text.trim().split(/\s+/);
  if (words.length > 4) return false;
  const letters = (w: string) => (w.match(/\p{L}/gu) ?? []).length;
  return words.reduce((n, w) => n + letters(w), 0) <= 8 && words.every((w) => letters(w) <= 4);
}

/**
 * `cells`: the document's tailCells, when the caller has them already (the recipients read them too).
 * `nameLine`: lines to take as the name's where no name is spelt (an OCR layer's garbled name).
 */
export function findSignature(text: string, cells: readonly Cell[] = tailCells(text), nameLine?: NameLine, ocrOrigin = false): Block | null {
  const block = findTitledSignature(cells, nameLine);
  return block ?? sideBySideSigners(cells) ?? nameAfterRecipients(cells, nameLine) ?? (ocrOrigin ? (besideFilingLine(cells, nameLine) ?? nameUnderFilingLine(cells)) : null);
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
function nameUnderFilingLine(cells: readonly Cell[]): Block | null {
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
function besideFilingLine(cells: readonly Cell[], nameLine?: NameLine): Block | null {
  const name = nameBesideFilingLine(cells, (cell) => {
    const read = personNameOf(cell, nameLine);
    // Three words at least: a drafter's name after the filing codes is often two ("TH. Lê Hùng").
    const words = read?.folded.trim().split(/\s+/) ?? [];
    if (!read || words.length < 3 || !SURNAMES.has(words[0]!)) return null;
    return findUnits(read.text.trim(), 'province').length || findUnits(read.text.trim(), 'district').length ? null : read;
  });
  return name ? { lines: [], name } : null;
}

/**
 * Two signatures side by side (a biên bản: "THƯ KÝ" left, "CHỦ TOẠ" right; names on one line
 * under them): the right one is the document's signer, as in joint documents. Read when the
 * titled search found nothing because a seal made the right title unreadable: a line of two
 * names, a signature title within a few lines above it. The right title is kept only when read.
 */
const SIDE_BY_SIDE_REACH = 60;

function sideBySideSigners(cells: readonly Cell[]): Block | null {
  // The signatures close the document: only its last cells are looked at (linear in the text).
  for (let i = cells.length - 1; i > 0 && cells.length - i <= SIDE_BY_SIDE_REACH; i--) {
    const right = cells[i]!;
    const left = cells[i - 1]!;
    if (left.line !== right.line) continue;
    const name = personNameOf(right);
    if (!name || !personNameOf(left)) continue;
    const titles: Cell[] = [];
    for (let k = i - 2; k >= 0 && right.line - cells[k]!.line <= 4; k--) if (isSignatureLine(cells[k]!) && namesSignerOffice(cells[k]!.folded)) titles.unshift(cells[k]!);
    if (!titles.length) continue;
    // Both titles read on their line: the right one is the signer's; one alone may be either's.
    const titleRow = officeTitleRow(cells, titles.at(-1)!.line);
    return { lines: titleRow && titleRow.length >= 2 ? [titleRow.at(-1)!] : [], name };
  }
  return null;
}

function findTitledSignature(cells: readonly Cell[], nameLine?: NameLine): Block | null {
  for (let i = 0; i < cells.length; i++) {
    let c = cells[i]!;
    const next = cells[i + 1];
    // A name wrapped in a narrow column: "Bùi\nXuân Cường", "Lê Tấn\nCận".
    const wrapped =
      next &&
      next.line === c.line + 1 &&
      SURNAMES.has(c.folded.split(' ')[0]!) &&
      /^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*)?$/u.test(c.text) &&
      (/^\p{Lu}\p{Ll}*$/u.test(c.text) || /^\p{Lu}\p{Ll}*$/u.test(next.text));
    if (wrapped) {
      const joined = { ...c, text: `${c.text} ${next.text}`, folded: `${c.folded} ${next.folded}`, end: next.end };
      if (isPersonName(joined.text, joined.folded)) c = joined;
    }
    const named = personNameOf(c, nameLine);
    if (!named) continue;
    c = named;
    const block = blockAbove(cells, i);
    if (block) return rightOfPair(cells, i, jointLeadBlock(cells, i, { ...block, name: c }));
  }
  return null;
}

/** The cells of `line` when every one is a signature title naming an office ("THƯ KÝ", "CHỦ TOẠ"); null otherwise. */
function officeTitleRow(cells: readonly Cell[], line: number): Cell[] | null {
  const row = cells.filter((c) => c.line === line && !isIgnorable(c));
  return row.every((c) => isSignatureLine(c) && namesSignerOffice(c.folded)) ? row : null;
}

/**
 * Two names on one line under two titles on one line ("THƯ KÝ  CHỦ TOẠ" / "Nguyễn Văn Nghĩa
 * Trần Chí Tiến"): the block read from the left name took the right title; the right name is its.
 */
function rightOfPair(cells: readonly Cell[], at: number, block: Block): Block {
  const mate = cells[at + 1];
  // The block's name is the cell's, or read from it (a rank dropped before it, a page number after it).
  if (block.name !== cells[at] && block.name.start !== cells[at]!.start && block.name.end !== cells[at]!.end) return block;
  if (!mate || mate.line !== cells[at]!.line) return block;
  const name = personNameOf(mate);
  const titleRow = block.lines.at(-1);
  if (!name || !titleRow) return block;
  if (officeTitleRow(cells, titleRow.line)?.length !== 2) return block;
  // Of each row of the two columns, the right cell; a line across both stays.
  const lines = block.lines.filter((c, k) => block.lines[k + 1]?.line !== c.line);
  return { lines, name };
}

/** Cells after a signature block within which a joint document's next block is looked for. */
const JOINT_BLOCK_REACH = 16;

/**
 * A joint document (Nghị quyết liên tịch…) sets its signers' blocks side by side, each under its
 * own authority line ("TM. CHÍNH PHỦ", "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"); the lead body, named
 * first in the header, signs on the right, so it is read last. A block is followed by the next
 * one only when both open with an authority line.
 */
function jointLeadBlock(cells: readonly Cell[], at: number, block: Block): Block {
  let lead = block;
  let leadAt = at;
  for (let j = at + 1; j < cells.length && j - leadAt <= JOINT_BLOCK_REACH; j++) {
    const c = cells[j]!;
    if (isRecipientCell(c.folded)) break;
    if (!isAuthorityLine(lead.lines[0]!.folded) || !isPersonName(c.text, c.folded)) continue;
    const next = blockAbove(cells, j);
    if (!next || !isAuthorityLine(next.lines[0]!.folded) || next.lines[0]!.start <= lead.name.start) continue;
    lead = { ...next, name: c };
    leadAt = j;
  }
  return lead;
}

/**
 * "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ\nVỀ HQ PHÓ TRƯỞNG BAN": the office signed for wrapped onto the
 * deputy's title line. Under an authority line the deputy's own title starts at its "PHÓ".
 */
function deputyTitle(lines: readonly Cell[]): string | null {
  if (lines.length < 2) return null;
  const last = lines.at(-1)!;
  if (!AUTHORITY.test(lines.at(-2)!.folded)) return null;
  const at = last.folded.search(/ pho (?=\S)/);
  if (at <= 0 || AUTHORITY.test(last.folded)) return null;
  return oneLine(last.text.slice(at + 1));
}

/** Readings of an OCR layer that only its engine's letters make (the caller has them; ocr-signer-name.ts). */
export interface EngineSignature {
  /** Lines that may hold a name only the engine's letters spell, looked for when no name is spelt. */
  nameLine: NameLine;
  /** A signature no block holds (a name in pieces beside the recipients' list), when none is found. */
  unblocked: () => Signer | null;
  /** The block's signer with its name as the engine's letters have it (null when they make none). */
  nameAsRead: (signer: Signer) => Signer;
}

/**
 * `ocrOrigin`: an OCR engine wrote the text (marked so, or judged garbled), and its dumps' repairs
 * apply; `engine`: what only that engine's letters make of the signature, when the caller has them.
 */
export function extractSigner(text: string, ctx: StageContext, cells?: readonly Cell[], ocrOrigin = false, engine?: EngineSignature): Signer {
  const block = findSignature(text, cells, undefined, ocrOrigin) ?? (engine ? findSignature(text, cells, engine.nameLine, ocrOrigin) : null);
  if (!block) {
    // A dump that ran the signature block into one long line; typed text keeps its lines, and a
    // typed page quoting a title before a name at its end has not signed with it.
    // A web copy run into one line keeps its "(đã ký)" note where the signature was (signed-note-signer.ts).
    const inline = ocrOrigin ? (inlineSignature(text, withFamilyNameSpelled) ?? engine?.unblocked() ?? null) : signedNoteSigner(text, withFamilyNameSpelled);
    if (inline) return inline;
    ctx.message(log.missingSigner());
    return { name: null, title: null, authority: null };
  }
  let authority: Signer['authority'] = null;
  for (const line of block.lines) {
    const m = AUTHORITY.exec(line.folded) ?? BARE_AUTHORITY.exec(line.folded);
    if (m) authority = AUTHORITY_CODES[m[1]!] ?? authority;
  }
  const above = block.lines.at(-1);
  const prefix = above && AUTHORITY.exec(above.folded);
  const title = above ? (deputyTitle(block.lines) ?? oneLine(prefix ? above.text.slice(prefix[0].length) : above.text)) : null;
  const signer: Signer = {
    name: oneLine(block.name.text),
    title: title || null,
    authority,
    span: { start: (block.lines[0] ?? block.name).start, end: block.name.end },
  };
  return engine ? engine.nameAsRead(signer) : signer;
}

/** Family names by their folded form, when one spelling only has it ("truong": Trương). */
const SURNAME_BY_FOLD = (() => {
  const byFold = new Map<string, string | null>();
  for (const name of MARKED_SURNAMES) {
    const key = foldVietnamese(name).toLowerCase();
    byFold.set(key, byFold.has(key) && byFold.get(key) !== name ? null : name);
  }
  return byFold;
})();

/**
 * A family name the restorer gave the marks of a common word ("Trưởng Nam Hưng" for Trương, the
 * dump had "Trueng"): a first word whose letters are a family name's, one spelling only, is it.
 */
export function withFamilyNameSpelled(name: string): string | null {
  const [first = '', ...rest] = name.split(/\s+/);
  const key = foldVietnamese(first).toLowerCase();
  if (!SURNAMES.has(key)) return null;
  if (MARKED_SURNAMES.includes(first)) return name;
  const spelled = SURNAME_BY_FOLD.get(key);
  return spelled ? [spelled, ...rest].join(' ') : null;
}
