// The SQL function migration 40 (040-text-folded.sql) calls, frozen as it was when the
// migration was written: a copy of the Vietnamese fold (normalizers/fold.ts) and of the one-byte
// form of it (corpus/search-document.ts foldedBytes), so that a later change to either cannot
// change what this migration writes into an old store. Registered on the connection only while
// this migration runs (corpus/store/migrate.ts).

/** Each UTF-16 unit folded: no tone or vowel marks, đ → d, lower case, one unit for one. */
function foldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    let out: string;
    if (ch === 'đ' || ch === 'Đ') out = 'd';
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      out = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    }
    table[code] = out.charCodeAt(0);
  }
  return table;
}

/** What a unit above U+00FF became: ª for a letter, digit or mark (part of a word), else a no-break space. */
const WIDE_WORD_BYTE = 0xaa;
const WIDE_OTHER_BYTE = 0xa0;

/** kh_folded_bytes(text_utf16): the folded text, one byte a UTF-16 unit. */
function foldedBytesOf(table: Uint16Array): (utf16: unknown) => Buffer {
  // Per unit: 1 part of a word, 2 not, 0 not yet known.
  const kinds = new Uint8Array(0x10000);
  const isWord = (code: number) => {
    if (kinds[code] === 0) kinds[code] = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    return kinds[code] === 1;
  };
  return (utf16) => {
    if (!Buffer.isBuffer(utf16)) return Buffer.alloc(0);
    const bytes = Buffer.allocUnsafe(utf16.length >> 1);
    for (let i = 0; i < bytes.length; i++) {
      const code = table[utf16.readUInt16LE(i * 2)]!;
      bytes[i] = code <= 0xff ? code : isWord(code) ? WIDE_WORD_BYTE : WIDE_OTHER_BYTE;
    }
    return bytes;
  };
}

/** Built when the migration runs (the table takes ~20 ms), not when kehoach starts. */
export const functions = () => ({ kh_folded_bytes: foldedBytesOf(foldTable()) });
