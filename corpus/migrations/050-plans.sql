-- Migration 50 (corpus/plans/, corpus/corrections/): plans and their sources, near-duplicate
-- links between plans, and reviewers' corrections. A document (one source file, id = sha256 of
-- its bytes) belongs to one plan; a plan has a stable id of its own. Sources are rows of their
-- own, without a foreign key to documents: a document replaced by `ingest --force` (deleted and
-- written again in one transaction) keeps its plan. Documents stored before this migration are
-- given their plans when the store is next opened for writing (SqliteStore.assignMissingPlans).

CREATE TABLE plans (
  id           TEXT PRIMARY KEY,              -- stable: sha256 of "kehoach-plan:" + its first source id
  identity_key TEXT NOT NULL,                 -- the identity of its first source (corpus/plans/identity.ts)
  primary_doc  TEXT,                          -- the reviewer's choice of primary source; NULL: the rule
  created_at   TEXT NOT NULL
);

CREATE TABLE plan_sources (
  doc_id           TEXT PRIMARY KEY,          -- documents.id
  plan_id          TEXT NOT NULL REFERENCES plans(id),
  identity_key     TEXT NOT NULL,
  number_key       TEXT,
  issuer_key       TEXT,
  type_code        TEXT,
  year             INTEGER,
  text_layer       INTEGER NOT NULL,          -- 1: read from the file's own text; 0: OCR
  error_count      INTEGER NOT NULL,          -- error diagnostics of the record
  pipeline_version TEXT NOT NULL,
  signature        BLOB,                      -- MinHash of the word 5-gram shingles (corpus/plans/signature.ts)
  joined_by        TEXT NOT NULL,             -- identity | text | new
  similarity       REAL                       -- for joined_by = text: the estimated Jaccard similarity
);
CREATE INDEX plan_sources_plan ON plan_sources(plan_id);
CREATE INDEX plan_sources_identity ON plan_sources(identity_key);

-- Locality-sensitive hashing of the signatures: sources sharing a band are the only ones
-- compared when a source arrives, so storing a plan does not read every other one.
CREATE TABLE plan_source_bands (
  band   INTEGER NOT NULL,
  hash   INTEGER NOT NULL,
  doc_id TEXT NOT NULL REFERENCES plan_sources(doc_id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, doc_id)
) WITHOUT ROWID;
CREATE INDEX plan_source_bands_doc ON plan_source_bands(doc_id);

-- Near-duplicate plans (similar text, not merged): plan_a < plan_b.
CREATE TABLE plan_links (
  plan_a     TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  plan_b     TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  similarity REAL NOT NULL,
  PRIMARY KEY (plan_a, plan_b)
);
CREATE INDEX plan_links_b ON plan_links(plan_b);

-- Reviewers' corrections: an overlay on the plan's record, never an edit of it.
CREATE TABLE corrections (
  id            TEXT PRIMARY KEY,             -- a UUID, kept by export and import
  plan_id       TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  path          TEXT NOT NULL,                -- "document.title", "tasks[].lead", "tasks[]"
  op            TEXT NOT NULL,                -- set | add | delete
  row_json      TEXT,                         -- RowKey of the row, for paths through a list
  machine_json  TEXT NOT NULL,                -- the machine value it replaced, JSON
  value_json    TEXT NOT NULL,                -- the reviewer's value, JSON
  note          TEXT,
  author        TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX corrections_plan ON corrections(plan_id);
