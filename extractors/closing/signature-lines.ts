// What a line of the closing block is: an authority ("TM.", "KT."), a signature, a recipient, a note of nothing.
import type { Signer } from '../../output/schema.js';
import { isMostlyUpperCase, type Cell } from '../shared/layout.js';
import { HEAD_OFFICE } from '../shared/offices.js';
import { LIST_DASH } from './list-dash.js';
import { isPortalWatermark } from './portal-watermark.js';

// "KT. CHỦ TỊCH", "KT CHỦ TỊCH", and "KT.CHỦ TỊCH" typed without the space.
export const AUTHORITY = /^(tm|kt|tl|tuq|q|t\/m|k\/t|t\/l|t\.m|k\.t|t\.l)(?:\s*\.\s*|\s+)(?=\S)/;

// "KT." alone on its line, the office it signs for on the next ("KT.\nTRƯỞNG THUẾ TỈNH").
export const BARE_AUTHORITY = /^(tm|kt|tl|tuq|t\/m|k\/t|t\/l)\s*\.$/;

/**
 * The authority a code reads as, in any case and as typed or OCR'd ("kt", "K/T", "t.m", "TUQ",
 * "t u q"): null for anything else.
 */
export function authorityOf(code: string): Signer['authority'] | null {
  const key = code.toLowerCase().replace(/[\s./]/g, '');
  return key === 'tm' ? 'TM.' : key === 'kt' ? 'KT.' : key === 'tl' ? 'TL.' : key === 'tuq' ? 'TUQ.' : key === 'q' ? 'Q.' : null;
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
export const FILING_LINE = new RegExp(`^${LIST_DASH}?\\s*luu\\s*[:.]?`);

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

export const TITLE_WORDS = /(chu tich|chu toa|giam doc|truong|bi thu|thu truong|thu tuong|chu nhiem|chanh an|tong cuc|cuc truong|pho |uy vien|can bo|chanh van phong|thu ky|tong thanh tra|chanh thanh tra|tong kiem toan|vien truong)/;

export interface Block {
  lines: Cell[];
  name: Cell;
}

/** Words of the signer's office or authority ("CHỦ TỊCH", "THỦ TƯỚNG", "KT."), folded: the block was read. */
export function namesSignerOffice(folded: string): boolean {
  return TITLE_WORDS.test(folded) || /(^|\s)(tm|kt|tl|tuq)\s*\./.test(folded);
}

// The head of a body or unit opening a line ("Chủ tịch", "Phó Giám đốc", "Trưởng Ban Quản lý các KCN"), folded.
const OFFICE_OPENING = new RegExp(String.raw`^${HEAD_OFFICE}\b`);

/** How long an office title typed in normal case may be on its own line. */
const OFFICE_LINE_LENGTH = 40;

/**
 * An office title typed in normal case on its own short line, as a typed statement or draft signs
 * ("Trưởng Ban Quản lý các KCN" over the name): the head's office opening it, no sentence's stop.
 */
export function isOfficeLine(cell: Cell): boolean {
  return cell.text.length <= OFFICE_LINE_LENGTH && /^\p{Lu}/u.test(cell.text) && !/[.;:,!?]$/.test(cell.text) && OFFICE_OPENING.test(cell.folded);
}
