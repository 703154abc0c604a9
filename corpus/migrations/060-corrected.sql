-- Migration 60: a corrected plan as search, filters and reference resolution see it.
-- Corrections are an overlay: documents, document_content and doc_references keep what the
-- machine read. For every source of a plan with corrections, reindex (corpus/store/plans.ts)
-- writes here its corrected heading values (what `search`/`list` filter on), its corrected text
-- where corrections of restoration changes rewrote it (what snippets are cut from), and its
-- corrected references where references were corrected (what links are resolved from). Rows
-- are written again whenever the plan's corrections, primary or sources change, and go with
-- their document.

CREATE TABLE corrected_documents (
  doc_rowid    INTEGER PRIMARY KEY,           -- documents.rowid (seq)
  issuer_key   TEXT,                          -- as documents: foldVietnamese(issuer name), corrected
  issuer_level TEXT,
  year         INTEGER,
  type_code    TEXT,
  text_utf16   BLOB,                          -- the corrected text.normalized; NULL: the machine's (document_content)
  text_folded  BLOB,
  outline_json TEXT,
  references_corrected INTEGER NOT NULL DEFAULT 0 -- 1: its references are those of corrected_references (none there: none at all)
);
CREATE INDEX corrected_documents_year ON corrected_documents(year);

CREATE TRIGGER corrected_documents_delete AFTER DELETE ON documents BEGIN
  DELETE FROM corrected_documents WHERE doc_rowid = old.rowid;
END;

-- The references of a source whose plan has corrections of its references: all of them, as
-- corrected, replacing that source's doc_references rows when links are resolved.
CREATE TABLE corrected_references (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,                -- position in the corrected list
  type       TEXT,
  type_code  TEXT,
  number     TEXT,
  number_key TEXT,
  date       TEXT,
  issuer     TEXT,
  relation   TEXT NOT NULL,
  PRIMARY KEY (doc_id, ord)
);
