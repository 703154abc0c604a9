-- Migration 1: the documents and the rows extracted from them, plus the full-text index.
-- Every child row belongs to one document (ON DELETE CASCADE), so removing a document
-- removes its rows; the store deletes a document's search rows itself (FTS5 has no FKs).

CREATE TABLE documents (
  id               TEXT PRIMARY KEY,          -- sha256 of the source bytes
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
  record_json      TEXT NOT NULL,             -- the whole PlanRecord, the source of truth
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

-- body holds foldVietnamese(chunk): same length as the chunk, so an offset into body plus
-- `start` is an offset into text.normalized. rowid = documents.rowid * 2^20 + chunk number,
-- which lets the store delete one document's rows by a rowid range.
CREATE VIRTUAL TABLE search_index USING fts5(
  doc_id UNINDEXED,
  part UNINDEXED,
  section UNINDEXED,
  start UNINDEXED,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
