// A capital L an engine read as I: "Iê Đức Luận" for Lê Đức Luận, "Iâm Văn Hòa" for Lâm. No
// Vietnamese syllable opens with an I, and no family name does; so a signer's first word that is
// an I and letters which after an L spell a listed family name is that name. A typist never writes
// such a word, so the rule holds for any text; a word that is a family name as read stays.
import { MARKED_SURNAMES, SURNAMES } from './person-name.js';
import { foldVietnamese } from '../../normalizers/fold.js';

const LISTED = new Set(MARKED_SURNAMES.map((s) => s.normalize('NFC')));

/** The name with an I read for the L of its family name put right; the name itself otherwise. */
export function withLReadAsI(name: string): string {
  const m = /^I(\p{Ll}+)(?=\s)/u.exec(name.normalize('NFC'));
  if (!m) return name;
  if (SURNAMES.has(foldVietnamese(m[0]).toLowerCase())) return name;
  const surname = `L${m[1]}`;
  return LISTED.has(surname) ? surname + name.normalize('NFC').slice(m[0].length) : name;
}
