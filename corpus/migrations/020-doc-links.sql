-- Migration 20 (corpus/graph.ts): references resolved to stored documents. One row per
-- resolved reference (from_doc, ref_ord → doc_references); every link is replaced by
-- resolveLinks() at the end of an ingest that stored documents, and by `kehoach links` when the
-- documents changed since (doc_links_state).

CREATE TABLE doc_links (
  from_doc   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ref_ord    INTEGER NOT NULL,
  to_doc     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  relation   TEXT NOT NULL,                   -- the reference's: implements | basis | mentions
  confidence REAL NOT NULL,                   -- 0..1
  method     TEXT NOT NULL,                   -- exact | number | serial-blank | symbol
  PRIMARY KEY (from_doc, ref_ord)
);
CREATE INDEX doc_links_to ON doc_links(to_doc, relation);
CREATE INDEX doc_references_type_year ON doc_references(type_code, date);
CREATE INDEX documents_type_year ON documents(type_code, year);

-- What the links were built from: when the documents change (count or newest ingest), the
-- links are stale and `kehoach links` rebuilds them before answering.
CREATE TABLE doc_links_state (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  documents   INTEGER NOT NULL,
  latest      TEXT,
  resolved_at TEXT NOT NULL
);
