// A state group's or corporation's unit in a province ("TẬP ĐOÀN / BƯU CHÍNH VIỄN THÔNG / VIỆT NAM /
// VIỄN THÔNG HẢI DƯƠNG", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC / ĐIỆN LỰC NAM ĐỊNH"): the group's block
// names the unit on its last line by its trade and its province, bare, with no head word (Sở, Ban …)
// and no unit word (tỉnh) before the place. Such a line opens the issuing body; its place is a
// province the text names (the date line's, the recipients'), as an engine may have read it one
// letter off ("HẢÁI DƯƠNG").
import { foldVietnamese } from '../../normalizers/fold.js';
import type { AdminUnit } from '../shared/localities.js';
import { withinOneEdit } from './glued-parent.js';
import { isAbbreviation, type ParsedIssuer, type Token } from './issuer.js';

/** The heads of a state group's block, folded: the bodies whose units name their province bare. */
export const GROUP_HEADS: readonly string[] = ['tap doan', 'tong cong ty'];

/** Words of a province's name at most. */
const PLACE_WORDS = 3;


/**
 * The province of `near` that the line's last words (tokens[from, to)) name, and how many words
 * name it: exactly, or one letter off for a name of seven letters or more. At least one word of
 * the trade must stand before it. Null when none.
 */
export function provinceEndingLine(tokens: readonly Token[], from: number, to: number, near: readonly AdminUnit[]): { unit: AdminUnit; words: number } | null {
  const provinces = near.filter((u) => u.kind === 'province');
  for (let words = Math.min(PLACE_WORDS, to - from - 1); words >= 1; words--) {
    const read = tokens.slice(to - words, to).map((t) => t.folded).join(' ');
    const exact = provinces.find((u) => foldVietnamese(u.name).toLowerCase() === read);
    const near1 = exact ?? provinces.find((u) => {
      const name = foldVietnamese(u.name).toLowerCase();
      return name.replace(/ /g, '').length >= 7 && name.split(' ').length === words && withinOneEdit(name, read);
    });
    if (near1) return { unit: near1, words };
  }
  return null;
}

/** The unit's line parsed: its trade as printed, then its province ("Viễn thông Hải Dương"), at the province's level. */
export function groupUnit(tokens: readonly Token[], phrase: string, near: readonly AdminUnit[]): ParsedIssuer | null {
  const found = provinceEndingLine(tokens, 0, tokens.length, near);
  if (!found) return null;
  const trade = phrase.slice(tokens[0]!.start, tokens[tokens.length - found.words - 1]!.end).replace(/\s+/g, ' ');
  // In sentence case as a body is named, its abbreviations kept ("Trung tâm kinh doanh VNPT -").
  const own = trade === trade.toUpperCase() ? trade.split(' ').map((w, k) => (isAbbreviation(w) ? w : k === 0 ? w.charAt(0) + w.slice(1).toLowerCase() : w.toLowerCase())).join(' ').replace(/\s*[-–]$/u, '') : trade;
  const level: ParsedIssuer['level'] = found.unit.type === 'thanh-pho' ? 'city' : 'province';
  return { name: `${own} ${found.unit.name}`, body: own, level, locality: found.unit.name, unitWord: null, relative: false, unresolved: false, unit: found.unit };
}
