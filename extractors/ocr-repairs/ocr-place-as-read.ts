// The place of an OCR layer's date line that the diacritic restorer re-lettered: the engine read a
// mark inside the word ("Ha N(Ji, ngay …": the ộ of Nội read as a bracket and a J), and the restorer,
// which knows words and not places, made another syllable of it ("Hà Nữ"). The header compares the
// place with the issuer's locality on the restored letters, and "Hà Nữ" in proper case is two
// edits off: too far for a place read plainly. What the engine read is the evidence that the
// letters are not the page's: a place whose engine reading holds a mark or a figure inside a word,
// not a unit the list knows, and within two edits of where the issuer sits (its locality, or the
// capital for a central body) is that place. OCR text only (extractors/index.ts).
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo } from '../../output/schema.js';
import { findUnits } from '../shared/localities.js';
import { MISREAD_IN_WORD, STROKES_IN_WORD } from '../header/ocr-place.js';
import { editDistance } from '../../normalizers/edit-distance.js';
import type { EngineReading } from './ocr-signer-name.js';

/** Where central bodies sit and date their documents. */
const CAPITAL = 'Hà Nội';
/** At most this many letters apart: one misread vowel with its marks can cost two. */
const MAX_EDITS = 2;
/** A shorter name two edits off may be another place. */
const MIN_LETTERS = 5;

const lettersOf = (text: string) => foldVietnamese(text).toLowerCase().replace(/[^a-z]/g, '');

/** The document with its place put back where the engine misread it and the restorer re-lettered it; as it was otherwise. */
export function withPlaceAsEngineRead(document: DocumentInfo, text: string, reading: EngineReading): DocumentInfo {
  const place = document.place;
  const span = document.spans?.place;
  if (!place || !span) return document;
  const read = reading(span.start, span.end);
  if (read === text.slice(span.start, span.end) || !(MISREAD_IN_WORD.test(read) || STROKES_IN_WORD.test(read))) return document;
  if (findUnits(place).length) return document;
  const seat = document.issuer.locality ?? (document.issuer.level === 'central' ? CAPITAL : null);
  if (!seat) return document;
  const target = lettersOf(seat);
  if (target.length < MIN_LETTERS || editDistance(lettersOf(place), target, MAX_EDITS) > MAX_EDITS) return document;
  return { ...document, place: seat };
}
