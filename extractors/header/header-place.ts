// The place and the issuer's locality spelt as the unit list spells them, through letters OCR misread.
import { MISREAD_IN_WORD, STROKES_IN_WORD } from './ocr-place.js';
import { editDistance } from '../../normalizers/edit-distance.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { ParsedIssuer } from '../issuer/issuer.js';
import { withinOneEdit } from '../issuer/glued-parent.js';
import { oneLine } from '../shared/layout.js';
import { findUnits, listSpelling, provinceNames } from '../shared/localities.js';

/** An OCR'd issuer's locality (and its name) in the unit list's spelling, as spellPlace does. */
export function ocrSpelledIssuer(parsed: ParsedIssuer, marksFromOcr: boolean): ParsedIssuer {
  if (!marksFromOcr || !parsed.locality) return parsed;
  // The resolved unit knows the kind ("tỉnh Lâm Đòng" is the province, not the commune Lâm Động).
  const resolved = parsed.unit && foldVietnamese(parsed.unit.name) === foldVietnamese(parsed.locality) ? parsed.unit.name : null;
  const locality = resolved ?? misreadProvince(parsed) ?? listSpelling(parsed.locality);
  if (locality === parsed.locality) return parsed;
  return { ...parsed, locality, name: parsed.name.endsWith(parsed.locality) ? `${parsed.name.slice(0, -parsed.locality.length)}${locality}` : parsed.name };
}

/**
 * A province's name a layer misread by one letter in the issuer's heading ("UBND TỈNH HÀ TtNH" for
 * HÀ TĨNH): the one province within one edit of it, when the list knows no unit of that name.
 */
function misreadProvince(parsed: ParsedIssuer): string | null {
  if (parsed.level !== 'province' || !parsed.locality || findUnits(parsed.locality).length) return null;
  const read = foldVietnamese(parsed.locality).toLowerCase();
  if (read.replace(/\s/g, '').length < 6) return null;
  const near = provinceNames().filter((name) => withinOneEdit(read, foldVietnamese(name).toLowerCase()));
  return near.length === 1 ? near[0]! : null;
}

/**
 * "Long Bien" (stripped) → "Long Biên" when the unit list knows exactly one such place; so is
 * an OCR'd place whose marks the engine guessed ("Đà Nàng"). Marks typed by a person stay as
 * printed: the list does not know every commune ("Lương Minh" is not "Lưỡng Minh").
 */
export function spellPlace(place: string, marksFromOcr: boolean): string {
  const clean = oneLine(place);
  return marksFromOcr || !/[^\x00-\x7f]/.test(clean) ? listSpelling(clean) : clean;
}

/** A place with figures or marks read for its letters ("Bình Du012g"), named as the one province it can be; else as read. */
export function placeWithMisreadLetters(place: string): string {
  return MISREAD_IN_WORD.test(place) ? placeAsProvince(place) : place;
}

/**
 * An OCR'd place one letter off the issuer's locality ("Quảng Noãi", "Củo Bằng" under "TỈNH
 * QUẢNG NGÃI", "TỈNH CAO BẰNG") is that locality misread: the date line names where the issuer
 * sits. A place the unit list knows stays as read ("Quảng Ninh" is not "Quảng Bình").
 */
export function placeAsIssuerLocality(place: string, issuer: ParsedIssuer): string {
  const locality = issuer.locality;
  if (!locality) return issuer.level === 'central' ? placeOfCentralBody(placeAsProvince(place)) : placeAsProvince(place);
  // "Thành phố Hà Chí Minh" under "CỤC THUẾ TP.HỒ CHÍ MINH": the unit's word kept, the name compared.
  const unitWord = UNIT_WORD_BEFORE_NAME.exec(foldVietnamese(place).toLowerCase())?.[0] ?? '';
  const [p, l] = [foldVietnamese(place.slice(unitWord.length)).toLowerCase(), foldVietnamese(locality).toLowerCase()];
  // Or figures read for its letters ("Bình Du012g" under "CỤC THUẾ TỈNH BÌNH DƯƠNG"), or two edits
  // off in mixed cases, the restorer's letters for marks the engine read ("Hà NỮ" for "Ha N(Ji"),
  // or two vowels off under their marks, the consonants standing ("Cửa Bảng" under "TỈNH CAO BẰNG").
  const near =
    withinOneEdit(p, l) ||
    ((garbledCase(place) || onlyVowelsOff(p, l)) && twoLettersOff(p, l)) ||
    !!misreadLettersPattern(p)?.test(l) ||
    (mixedCases(place) && editDistance(p, l, 2) <= 2);
  if (p === l || l.length < 6 || !near || findUnits(place).length) return place;
  return `${place.slice(0, unitWord.length)}${locality}`;
}

/** "Thành phố ", "TP. ", "Tỉnh " opening a place (folded): the unit's word before its name. */
const UNIT_WORD_BEFORE_NAME = /^(?:thanh pho|tp\.?|tinh)\s+(?=\S)/;

/** Words in capitals beside words in proper case ("Hà NỮ"): the case an engine's misread leaves. */
function mixedCases(place: string): boolean {
  const words = place.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.some((w) => /^\p{Lu}{2,}$/u.test(w)) && words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

/**
 * An OCR'd place one letter off the name of exactly one province or centrally run city ("Là Nội"),
 * under an issuer that names no locality (a ministry's school dates its letters where it sits):
 * that name misread. A place the unit list knows stays as read.
 */
function placeAsProvince(place: string): string {
  if (findUnits(place).length) return place;
  const p = foldVietnamese(place).toLowerCase();
  const near = provinceNames().filter((name) => withinOneEdit(p, foldVietnamese(name).toLowerCase()));
  if (near.length === 1) return near[0]!;
  const misread = misreadLettersPattern(p);
  const matching = misread ? provinceNames().filter((name) => misread.test(foldVietnamese(name).toLowerCase())) : [];
  return matching.length === 1 ? matching[0]! : place;
}

/**
 * A folded place whose letters an engine read as figures or marks inside a word ("binh du012g": ươn
 * read "u012"), as a pattern where each such run stands for one to its length plus one letters; null
 * when the place has none. Two plain letters at least around each run keep the pattern narrow.
 */
function misreadLettersPattern(folded: string): RegExp | null {
  if (!MISREAD_IN_WORD.test(folded)) return null;
  const escaped = folded.split(/([\d(){}$#@]+)/).map((part, i) => (i % 2 ? `[a-z]{1,${part.length + 1}}` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${escaped.join('')}$`);
}

/** The seat of the central bodies, as the unit list spells it. */
const CAPITAL = 'Hà Nội';

const CAPITAL_LETTERS = 'hanoi';

/**
 * The place of a central body's date line garbled past one edit: the capital, where central bodies
 * sit, when its letters are within two edits of it and the place shows the engine's hand: words in
 * garbled case ("HdNAi") or in mixed cases ("Ha NỮ"), or the capital's tail with its head lost to
 * a stamp ("Noi"). A place in proper case two letters off ("Là Nộp") stays as read, and so does a
 * place the unit list knows ("Đà Nẵng" for a body seated there).
 */
function placeOfCentralBody(place: string): string {
  if (findUnits(place).length) return place;
  const letters = foldVietnamese(place).toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 3 || editDistance(letters, CAPITAL_LETTERS, 2) > 2) return place;
  return garbledCase(place) || mixedCases(place) || MISREAD_IN_WORD.test(place) || STROKES_IN_WORD.test(place) || CAPITAL_LETTERS.endsWith(letters) ? CAPITAL : place;
}

/**
 * A place word in neither title case nor capitals ("TĨHh", read off a 100-dpi scan's "Tĩnh"):
 * no date line prints one, so the engine garbled that word and may have misread two letters of
 * the place. A place in proper case two letters off ("Quảng Nooi") is left as read.
 */
export function garbledCase(place: string): boolean {
  return place.split(/\s+/).some((w) => /\p{L}\p{Lu}/u.test(w) && /\p{Ll}/u.test(w.slice(1)));
}

/** Same length and spaces, at most two letters different, in a locality of six letters or more. */
export function twoLettersOff(read: string, locality: string): boolean {
  if (read.length !== locality.length || locality.replace(/\s/g, '').length < 6) return false;
  let off = 0;
  for (let i = 0; i < read.length; i++) {
    if (read[i] === locality[i]) continue;
    if (read[i] === ' ' || locality[i] === ' ' || ++off > 2) return false;
  }
  return true;
}

/**
 * Every letter where the two differ is a vowel in both: the engine misread vowels under their marks
 * ("Cửa Bảng" for Cao Bằng), while the consonants stand as printed. Two such vowels off the issuer's
 * locality name it; a consonant off ("Quảng Nooi") does not.
 */
function onlyVowelsOff(read: string, locality: string): boolean {
  if (read.length !== locality.length) return false;
  const vowel = /[aeiouy]/;
  for (let i = 0; i < read.length; i++) if (read[i] !== locality[i] && !(vowel.test(read[i]!) && vowel.test(locality[i]!))) return false;
  return true;
}
