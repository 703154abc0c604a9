// Unicode repair: one composition form (NFC), one set of spaces and dashes, no invisible
// characters. Converters and OCR leave all of these behind.

/** Characters that carry nothing for a reader: soft hyphen, zero-width, BOM, bidi marks. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g;
/** Every space-like character but tab, newline and form feed becomes a plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

export function normalizeUnicode(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ');
}
