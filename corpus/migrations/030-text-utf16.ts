// The SQL functions migration 30 (030-text-utf16.sql) calls, as they were when it was written:
// a migration must do the same to an old store whatever the code of today does. Registered on
// the connection only while this migration runs (corpus/store/migrate.ts).

/** kh_utf16(text): document_content.text as UTF-16LE bytes. */
function utf16(text: unknown): Buffer {
  return Buffer.from(typeof text === 'string' ? text : '', 'utf16le');
}

export const functions = { kh_utf16: utf16 };
