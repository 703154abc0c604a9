// An OCR'd issuer block whose unit word the engine misread by one letter ("ỦY BAN NHÂN DÂN / MUYỆN
// NGHI XUÂN": the H of HUYỆN read M beside an underline or a speck): parsed so, the block has no unit
// word, the misread word joins the locality ("Muyện Nghi Xuân") and the body gets no level. The date
// line names where the body sits ("Nghi Xuân, ngày …"): when the locality is one word off a unit
// word, then that place, and the unit list knows the place as a unit of that word's kind, the block
// is re-read with the unit word spelt. Unit words of five letters or more only (huyện, phường): a
// shorter word one letter off is too near other words. For OCR'd text only (header.ts).
import { foldVietnamese } from '../../normalizers/fold.js';
import { withinOneEdit } from './glued-parent.js';
import type { ParsedIssuer } from './issuer.js';
import { bodiesOf, composeIssuer } from './issuer-block.js';
import { resolveUnit, UNIT_WORDS, type AdminUnit } from '../shared/localities.js';

const fold = (text: string) => foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();

/** The unit words of one word and five letters or more, as the list writes them. */
const LONG_UNIT_WORDS = UNIT_WORDS.filter((w) => !w.folded.includes(' ') && w.folded.length >= 5);

/**
 * The issuer re-read with its unit word spelt, when `read` has a locality and no unit word, and
 * that locality is a word one letter off a unit word followed by the date line's `place`, a unit of
 * that word's kind; null otherwise.
 */
export function issuerOfMisreadUnitWord(read: ParsedIssuer, place: string, near: readonly AdminUnit[] = []): ParsedIssuer | null {
  const locality = read.locality;
  if (!locality || read.unitWord || !read.name.endsWith(locality)) return null;
  const [first, ...rest] = locality.split(/\s+/);
  if (!first || !rest.length || fold(rest.join(' ')) !== fold(place)) return null;
  const word = LONG_UNIT_WORDS.find((w) => withinOneEdit(fold(first), w.folded) && fold(first) !== w.folded);
  if (!word || !resolveUnit(place, word.written, near)) return null;
  const parsed = composeIssuer(bodiesOf(`${read.name.slice(0, -locality.length).trimEnd()} ${word.written} ${place}`, [], near).map((b) => b.parsed));
  return parsed?.issuer.unitWord && parsed.issuer.level ? parsed.issuer : null;
}
