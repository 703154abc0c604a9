// An issuer block whose place an engine garbled past its first word ("CỤC THUẾ TP II}iI PHONG": HẢI
// read "II}iI"), parsed with a scrap for its locality that the unit list knows nowhere ("Ii"). The
// date line names where the body sits ("Hải Phòng, ngày …"): when that place is a unit the list
// knows and the block's line still holds the place's last word ("PHÒNG"), the body is of that place.
// For OCR'd text only (header.ts), and only for a locality of a scrap (three letters at most).
// The restorer may also have made a word of the garbled head ("CỤC THUẾ TP đậu PHÒNG"), in small
// letters inside a line of capitals: no locality is parsed then, and the words after the block's unit
// word stand for the place when they are as many as its words, end with its last word and name no unit.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { ParsedIssuer } from './issuer.js';
import { bodiesOf, composeIssuer } from './issuer-block.js';
import { findUnits, type AdminUnit } from '../shared/localities.js';

// A province's or city's unit word in a block, then one to three words to the line's end.
const UNIT_WORD_THEN_NAME = /(?:^|\s)(tp\.?|tinh|thanh pho)\s+(\S+(?:\s+\S+){0,2})\s*$/;

/** A locality this short that the unit list does not know is a scrap of a garbled name, not a name. */
const SCRAP_LETTERS = 3;

/**
 * The issuer of the date line's `place`, when `read` was parsed with a scrap for its locality and
 * `blockLine` (the block's line the name ends on) holds the place's last word; null otherwise.
 */
export function issuerOfDatePlace(read: ParsedIssuer, blockLine: string, place: string, near: readonly AdminUnit[] = []): ParsedIssuer | null {
  const scrap = read.locality;
  if (!scrap) return issuerOfGarbledTail(read, place, near);
  if (!read.unitWord || findUnits(scrap).length || foldVietnamese(scrap).replace(/[^a-z]/gi, '').length > SCRAP_LETTERS) return null;
  if (!read.name.endsWith(scrap) || !findUnits(place).length) return null;
  const last = foldVietnamese(place).toLowerCase().split(/\s+/).at(-1) ?? '';
  if (last.length < 3 || !foldVietnamese(blockLine).toLowerCase().split(/[^a-z]+/).includes(last)) return null;
  // The body as read, its scrap replaced by the place ("Cục Thuế thành phố Ii" → "… Hải Phòng").
  return { ...read, name: `${read.name.slice(0, -scrap.length).trimEnd()} ${place}`, locality: place };
}

/**
 * A block parsed with no locality whose name ends with a unit word and words that garble the date
 * line's place ("CỤC THUẾ TP đậu PHÒNG" under "Hải Phòng, ngày …"): as many words as the place, its
 * last word the place's, a word among them in small letters (a line of capitals holds none but
 * what the restorer made), and none a unit the list knows. Re-read with the place; null otherwise.
 */
function issuerOfGarbledTail(read: ParsedIssuer, place: string, near: readonly AdminUnit[]): ParsedIssuer | null {
  const folded = foldVietnamese(read.name).toLowerCase();
  const m = UNIT_WORD_THEN_NAME.exec(folded);
  if (!m || !findUnits(place).length) return null;
  const tail = read.name.slice(folded.length - m[2]!.length);
  const words = tail.split(/\s+/);
  const placeWords = foldVietnamese(place).toLowerCase().split(/\s+/);
  if (words.length !== placeWords.length || foldVietnamese(words.at(-1)!).toLowerCase() !== placeWords.at(-1)) return null;
  if (!words.some((w) => /^\p{Ll}/u.test(w)) || !/\p{Lu}{3}/u.test(read.name) || findUnits(tail).length) return null;
  const parsed = composeIssuer(bodiesOf(`${read.name.slice(0, read.name.length - tail.length).trimEnd()} ${place}`, [], near).map((b) => b.parsed));
  return parsed?.issuer.locality ? parsed.issuer : null;
}
