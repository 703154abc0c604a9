-- Migration 1: the documents and the rows extracted from them, plus the full-text index.
-- Every child row belongs to one document (ON DELETE CASCADE), so removing a document
-- removes its rows; its content and search rows (keyed by the documents rowid, where no
-- foreign key can reach) go with it by the trigger documents_delete.

CREATE TABLE documents (
  -- The rowid, declared so that VACUUM keeps it: document_content, search_index and search_head
  -- rows are keyed by it.
  seq              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,      -- sha256 of the source bytes
  path             TEXT NOT NULL,             -- where the file was when it was ingested
  format           TEXT NOT NULL,
  number           TEXT,                      -- canonical "05/KH-HĐTĐKT"
  number_key       TEXT,                      -- foldVietnamese(number): "05/kh-hdtdkt"
  serial           TEXT,
  symbol           TEXT,
  type_code        TEXT,
  issuer_name      TEXT,
  issuer_key       TEXT,                      -- foldVietnamese(issuer_name), for filters
  issuer_level     TEXT,
  issuer_locality  TEXT,
  issuer_parent    TEXT,
  place            TEXT,
  date             TEXT,                      -- ISO, partial allowed ("2024", "2024-01")
  year             INTEGER,                   -- from date, for filters
  title            TEXT,
  status           TEXT NOT NULL,             -- success | partial_success
  task_count       INTEGER NOT NULL DEFAULT 0,
  pipeline_version TEXT NOT NULL,
  ingested_at      TEXT NOT NULL              -- ISO timestamp (UTC)
);
CREATE INDEX documents_number ON documents(number);
CREATE INDEX documents_number_key ON documents(number_key);
CREATE INDEX documents_issuer ON documents(issuer_key);
CREATE INDEX documents_year ON documents(year);
CREATE INDEX documents_ingested_at ON documents(ingested_at);

CREATE TABLE doc_references (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  type       TEXT,
  type_code  TEXT,
  number     TEXT,
  number_key TEXT,                            -- foldVietnamese(number), to join with documents
  date       TEXT,
  issuer     TEXT,
  relation   TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (doc_id, ord)
);
CREATE INDEX doc_references_number ON doc_references(number);
CREATE INDEX doc_references_number_key ON doc_references(number_key);

CREATE TABLE movements (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  key        TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (doc_id, ord)
);
CREATE INDEX movements_key ON movements(key);

CREATE TABLE tasks (
  doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord            INTEGER NOT NULL,
  idx            TEXT,                        -- the index as printed
  section        TEXT,
  content        TEXT NOT NULL,
  lead_json      TEXT NOT NULL,               -- JSON array of strings
  support_json   TEXT NOT NULL,
  supervisor     TEXT,
  deadline_text  TEXT,
  deadline_start TEXT,
  deadline_end   TEXT,
  recurring      INTEGER,                     -- 0/1; NULL when there is no deadline
  confidence     REAL NOT NULL,
  PRIMARY KEY (doc_id, ord)
);

CREATE TABLE diagnostics (
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  code       TEXT NOT NULL,
  severity   TEXT NOT NULL,
  message    TEXT NOT NULL,
  span_start INTEGER,
  span_end   INTEGER,
  page       INTEGER,
  PRIMARY KEY (doc_id, ord)
);
CREATE INDEX diagnostics_code ON diagnostics(code);

-- The bulky part of each document, apart from `documents` so that scans of it (list, links)
-- read small rows. Together with `text`, `record` is the whole PlanRecord, the source of truth
-- (Store.getRecord puts them back together).
CREATE TABLE document_content (
  doc_rowid    INTEGER PRIMARY KEY,           -- documents.rowid
  text         TEXT NOT NULL,                 -- record.text.normalized: search snippets are cut from it
  outline_json TEXT NOT NULL,                 -- where sections, movements and tasks sit in text (SearchOutline)
  record       BLOB NOT NULL                  -- the PlanRecord as JSON with text.normalized = "", brotli-compressed
);

-- One row per document, rowid = documents.rowid. Columns hold foldVietnamese(value) (1:1, so
-- offsets into a folded column are offsets into the original); contentless: the index alone is
-- stored, doc_id (UNINDEXED) is kept for inspection. For ad-hoc SQL, rank is bm25 weighted by
-- column (a word in the title or a movement name says more than one in the text); the search
-- command ranks without it, as bm25 reads every match (corpus/search.ts).
CREATE VIRTUAL TABLE search_index USING fts5(
  doc_id UNINDEXED,
  title,
  movements,
  tasks,
  text,
  content = '',
  contentless_delete = 1,
  contentless_unindexed = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(0.0, 4.0, 3.0, 1.5, 1.0)');

-- The title and movement names alone, the same folded values (rowid = documents.rowid): what a
-- plan is about. Searching them here reads only their own short doclists, where a column filter
-- on search_index would read every position of the words in the whole text.
CREATE VIRTUAL TABLE search_head USING fts5(
  title,
  movements,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_delete AFTER DELETE ON documents BEGIN
  DELETE FROM document_content WHERE doc_rowid = old.rowid;
  DELETE FROM search_index WHERE rowid = old.rowid;
  DELETE FROM search_head WHERE rowid = old.rowid;
END;
