// Unicode repair: one composition form (NFC), one set of spaces and dashes, no invisible
// characters. Converters and OCR leave all of these behind.

/** Characters that carry nothing for a reader: soft hyphen, zero-width, BOM, bidi marks. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/**
 * Direction embeddings, overrides and isolates: Vietnamese never needs them, and in a title they
 * can make a stored value read differently from its characters ("Trojan Source").
 */
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** How many direction controls the text holds (normalizeUnicode removes them). */
export function countDirectionControls(text: string): number {
  return text.match(DIRECTION_CONTROLS)?.length ?? 0;
}
/** Every space-like character but tab, newline and form feed becomes a plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

export function normalizeUnicode(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ');
}
