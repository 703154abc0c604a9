// The issuer of a copy that lost its header's issuer column (an OCR crop of the page's left part,
// a web copy without the header table): the document still names its people's committee in its
// opening, "Ủy ban nhân dân thành phố Cần Thơ ban hành Kế hoạch …". Read only when the number's
// symbol says a people's committee issued it (…-UBND) and the committee named is the one of the
// date line's place: a body the opening cites is as often another level's ("Thực hiện Kế hoạch của
// UBND tỉnh …" in a district's plan, whose place is the district).
import { foldVietnamese } from '../../normalizers/fold.js';
import { findUnits, type AdminUnit } from '../shared/localities.js';
import { parseIssuer, type ParsedIssuer } from './issuer.js';

/** How far into the text the opening is read. */
const OPENING_REACH = 3000;
const COMMITTEE = /(?:uy ban nhan dan|ubnd)\s+(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)\s+/g;
const KIND_WORDS: Record<string, string> = {
  tinh: 'tỉnh',
  'thanh pho': 'thành phố',
  huyen: 'huyện',
  quan: 'quận',
  'thi xa': 'thị xã',
  'thi tran': 'thị trấn',
  xa: 'xã',
  phuong: 'phường',
};

export function issuerOfOpening(text: string, symbol: string, place: string | null, near: readonly AdminUnit[]): { issuer: ParsedIssuer; start: number; end: number } | null {
  if (!place || !symbol.split(/[-/]/).some((p) => p.toUpperCase() === 'UBND')) return null;
  const head = text.slice(0, OPENING_REACH);
  const folded = foldVietnamese(head);
  const placeFolded = foldVietnamese(place).replace(/\s+/g, ' ').trim();
  if (!placeFolded) return null;
  for (const m of folded.matchAll(COMMITTEE)) {
    const at = m.index + m[0].length;
    const name = folded.slice(at, at + placeFolded.length);
    // The place's name whole: "Cần Thơ", not "Cần Thơm", nor a longer unit's name ("Tân Phú" of "xã Tân Phú Đông").
    if (name !== placeFolded || /^[a-z0-9]/.test(folded.slice(at + placeFolded.length, at + placeFolded.length + 1))) continue;
    if (longerUnit(head, at, placeFolded.length)) continue;
    const parsed = parseIssuer(`Ủy ban nhân dân ${KIND_WORDS[m[1]!]!} ${head.slice(at, at + placeFolded.length)}`, undefined, near);
    if (parsed?.level) return { issuer: parsed, start: m.index, end: at + placeFolded.length };
  }
  return null;
}

/** The place's name goes on into a longer unit's ("Tân Phú" + "Đông"): one or two capitalised words after it make a known unit. */
function longerUnit(head: string, at: number, length: number): boolean {
  const after = /^((?:\s+\p{Lu}\p{Ll}*){1,2})/u.exec(head.slice(at + length, at + length + 40));
  if (!after) return false;
  const words = after[1]!.trim().split(/\s+/);
  for (let n = 1; n <= words.length; n++) {
    if (findUnits(`${head.slice(at, at + length)} ${words.slice(0, n).join(' ')}`).length) return true;
  }
  return false;
}
