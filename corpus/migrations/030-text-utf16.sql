-- Migration 30: document_content.text (UTF-8) becomes text_utf16, the same text as UTF-16LE
-- bytes. Search reads the text of every hit it shows: turning 16 KB of Vietnamese UTF-8 into a
-- JS string costs ~70 µs, UTF-16 bytes ~7 µs, and they fold in place for matching
-- (corpus/search-document.ts foldUtf16). kh_utf16 is registered by corpus/store.ts.

ALTER TABLE document_content ADD COLUMN text_utf16 BLOB NOT NULL DEFAULT x'';
UPDATE document_content SET text_utf16 = kh_utf16(text);
ALTER TABLE document_content DROP COLUMN text;
