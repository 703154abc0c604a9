-- Migration 70: whether a source holds its whole document. An appendix filed alone (ANNEX_ALONE:
-- a plan's task table published as a file of its own) is a source of its plan, never its
-- primary while a whole copy is there: the plan's heading, signer and title are the document's.
ALTER TABLE plan_sources ADD COLUMN whole INTEGER NOT NULL DEFAULT 1; -- 1: the whole document; 0: a part of it (an appendix alone)
