-- Migration 40: document_content.text_folded, the text folded for matching (no marks, đ → d,
-- lower case), one byte a UTF-16 unit (corpus/search-document.ts foldedBytes). Search finds
-- the query words in the text of every hit it shows: folding 12,000 characters there cost
-- ~50 µs a hit, and a regular expression scans a one-byte string about twice as fast as the
-- UTF-16 text. About 1 byte a character more on disk. kh_folded_bytes is registered by
-- corpus/store.ts.

ALTER TABLE document_content ADD COLUMN text_folded BLOB NOT NULL DEFAULT x'';
UPDATE document_content SET text_folded = kh_folded_bytes(text_utf16);
