// A copy whose marks were stripped (an old OCR engine's text, a plain-ASCII system's export: "Kon
// Tum, ngay 12 thang 3 nam 2025") has them put back by the restorer, which knows the language and
// not places: it gives a place's bare words the marks of commoner words ("Kôn Tum", "Cẩm Dương" for
// Cam Đường). Where the copy gave the place's or the issuer locality's words bare, their marks are
// the restorer's guess, and the unit list's spelling of a province or district, when it has exactly
// one, is better evidence; not a commune's (the list does not know every commune, and its one
// "Lưỡng Minh" would re-mark Lương Minh), nor a place whose words came marked. The record
// holds the marked value; the copy's words stay in text.original. Typed text (not OCR) only: OCR
// layers have their own repairs (extractors/index.ts).
import type { DocumentInfo, Span } from '../../output/schema.js';
import { findUnits } from '../shared/localities.js';
import type { EngineReading } from './ocr-signer-name.js';

/** The document with its place and issuer locality spelt as the unit list spells them where the copy gave them bare. */
export function withListedPlaceMarks(document: DocumentInfo, reading: EngineReading): DocumentInfo {
  const place = document.place && cameBare(document.spans?.place, reading) ? upperUnitSpelling(document.place) : document.place;
  const issuer = document.issuer;
  const locality = issuer.locality && cameBare(document.spans?.issuer, reading) ? upperUnitSpelling(issuer.locality) : issuer.locality;
  if (place === document.place && locality === issuer.locality) return document;
  const name = issuer.name && issuer.locality && locality !== issuer.locality && issuer.name.endsWith(issuer.locality) ? `${issuer.name.slice(0, -issuer.locality.length)}${locality}` : issuer.name;
  return { ...document, place, issuer: { ...issuer, locality, name } };
}

/** Whether the copy's text at `span` (before restoration) holds no marked letter at all. */
export function cameBare(span: Span | undefined, reading: EngineReading): boolean {
  return span !== undefined && !/[^\x00-\x7f]/.test(reading(span.start, span.end));
}

/** The unit list's one spelling of a province or district named `written` (compared folded), else `written`. */
function upperUnitSpelling(written: string): string {
  const spellings = new Set(findUnits(written).filter((u) => u.kind !== 'ward').map((u) => u.name));
  return spellings.size === 1 ? [...spellings][0]! : written;
}
