// The Store interface and the types that cross it (corpus/store.ts says why it has this shape).
import type { PlanRecord, Relation } from '../../output/schema.js';
import type { ParsedQuery } from '../query.js';
import type { SearchOutline } from '../search-document.js';
import type { IssuerLevel } from '../../output/schema.js';
import type { Correction } from '../corrections/types.js';
import type { CorrectionRequest } from '../corrections/prepare.js';
import type { LinkHeading } from '../corrections/heading.js';

/** A value now or later: what a backend's method returns (see the header). */
export type Awaitable<T> = T | Promise<T>;

export interface Store {
  /** Where the store is, as the user named it (for messages). */
  readonly path: string;

  /**
   * Write one record and all its rows in one transaction. A record with the same id is
   * replaced completely, so a re-ingest never leaves stale rows.
   */
  saveRecord(record: PlanRecord, ingestedAt?: Date): Awaitable<void>;
  /**
   * Bulk load: each record whole or not at all (a failing one is reported and the others kept),
   * the batch committed once, so nothing of it is durable until the end.
   */
  saveRecords(records: Iterable<PlanRecord>, ingestedAt?: Date): Awaitable<SaveOutcome[]>;
  /** Remove a document and all its rows; false when it was not stored. */
  deleteDocument(id: string): Awaitable<boolean>;
  /** Reorganise the search index after a batch of writes (ingest calls it at the end of a run). */
  optimizeSearch(): Awaitable<void>;

  hasDocument(id: string): Awaitable<boolean>;
  getRecord(id: string): Awaitable<PlanRecord | null>;
  /** Documents whose number is `number`, canonically or once folded ("05/kh-hdtdkt", spaces ignored). */
  findByNumber(number: string): Awaitable<DocumentSummary[]>;
  /**
   * What a user typed to name a document: a full id, an id prefix (at least 4 hex digits) or a
   * document number. Every match, so the caller can say when it is ambiguous.
   */
  resolve(reference: string): Awaitable<DocumentSummary[]>;
  /** Stored documents, by date then number. */
  listDocuments(filters?: DocumentFilters): Awaitable<DocumentSummary[]>;
  /** Stored records one at a time (constant memory), in the order of listDocuments. */
  iterateRecords(filters?: DocumentFilters): Iterable<PlanRecord> | AsyncIterable<PlanRecord>;
  /** Number of stored documents. */
  count(): Awaitable<number>;

  /** The queries behind full-text search (corpus/search.ts builds hits from them). */
  readonly search: SearchQueries;
  /** The queries behind the reference graph (corpus/graph.ts). */
  readonly graph: GraphQueries;

  // ---- Plans: one plan, several source files (corpus/plans/) ----------------------------
  /** Stored plans (each once, headed by its primary source, corrections applied), by date then number. */
  listPlans(filters?: DocumentFilters): Awaitable<PlanSummary[]>;
  /**
   * What a user typed to name a plan: a plan id or a unique prefix of it (4+ hex digits), a
   * source's id or prefix, or a document number (as corrected too). Every match.
   */
  resolvePlan(reference: string): Awaitable<PlanSummary[]>;
  getPlan(planId: string): Awaitable<PlanSummary | null>;
  /** Several plans at once, in the order asked; ids of no plan are left out. */
  getPlans(planIds: readonly string[]): Awaitable<PlanSummary[]>;
  /**
   * A page of plans for a collection page: how many pass the filters (on corrected values, as
   * listPlans and search filter), the first `limit` in listPlans' order, and the plans per level,
   * year, issuer and type (corrected values), counted without reading every plan whole.
   */
  planPage(filters: PlanPageFilters, limit: number): Awaitable<PlanPage>;
  /** The plan of a stored document; null when it is not stored. */
  planOfDocument(docId: string): Awaitable<string | null>;
  /** The plan's record: its primary source's, with `plan` (the sources) and the corrections applied (`review`). */
  getPlanRecord(planId: string): Awaitable<PlanRecord | null>;
  /** Plans' records one at a time, in the order of listPlans. */
  iteratePlanRecords(filters?: DocumentFilters): Iterable<PlanRecord> | AsyncIterable<PlanRecord>;
  planSources(planId: string): Awaitable<SourceSummary[]>;
  /** Plans whose text is similar (LINK_SIMILARITY) but which were not merged, most similar first. */
  similarPlans(planId: string): Awaitable<Array<{ planId: string; similarity: number }>>;
  /** A reviewer's choice of primary source (null: back to the rule). Throws StoreError for a source of another plan. */
  setPrimarySource(planId: string, docId: string | null): Awaitable<void>;

  // ---- Corrections: an overlay on a plan's record (corpus/corrections/) ------------------
  /**
   * Check and store a correction of a plan's field, replacing an earlier one of the same field.
   * Throws CorrectionError (nothing written) for an unknown path, a value of the wrong type or
   * a row that is not there; StoreError for an unknown plan.
   */
  addCorrection(planId: string, request: CorrectionRequest): Awaitable<Correction>;
  /**
   * Several corrections of one plan, all or nothing (one transaction): each is checked as
   * addCorrection checks one, against the corrections the batch made before it. Throws
   * CorrectionError naming the refused one, and nothing of the batch is written.
   */
  addCorrections(planId: string, requests: readonly CorrectionRequest[]): Awaitable<Correction[]>;
  deleteCorrection(id: string): Awaitable<boolean>;
  /** A plan's corrections, or every stored one, oldest first. */
  listCorrections(planId?: string): Awaitable<Correction[]>;
  /** Every correction, grouped by the identity of its plan, to move to another collection. */
  exportCorrections(): Awaitable<CorrectionsExport>;
  /** Corrections from another collection, matched to plans by identity; all or nothing. */
  importCorrections(data: CorrectionsExport): Awaitable<ImportOutcome>;

  close(): Awaitable<void>;
}

/** A source file of a plan: its document summary, and how it joined the plan. */
export interface SourceSummary extends DocumentSummary {
  planId: string;
  primary: boolean;
  /** Text read from the file (true) rather than by OCR. */
  textLayer: boolean;
  /** False for a part of the document filed alone (an appendix): never primary while a whole copy is there, its tasks join the plan's. */
  whole: boolean;
  errorCount: number;
  joinedBy: 'identity' | 'text' | 'new';
  /** For joinedBy "text": the estimated Jaccard similarity it joined at. */
  similarity: number | null;
}

/** One line of `kehoach list`: a plan, headed by its primary source with the heading's corrections applied. */
export interface PlanSummary extends Omit<DocumentSummary, 'id'> {
  /** The plan id. */
  id: string;
  /** The primary source's id. */
  primaryId: string;
  sources: SourceSummary[];
  /** Stored corrections of this plan. */
  corrections: number;
}

export interface PlanPageFilters {
  level?: string;
  /** Part of the issuer name, diacritic- and case-insensitive. */
  issuer?: string;
  year?: number;
  /** Type code: "KH", "QĐ" (QD works too). */
  type?: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface PlanPage {
  total: number;
  plans: PlanSummary[];
  /** Plans per value, most first; plans without a value are not counted. */
  facets: { level: FacetCount[]; year: FacetCount[]; issuer: FacetCount[]; type: FacetCount[] };
}

export interface CorrectionsExport {
  format: 'kehoach-corrections';
  version: 1;
  plans: Array<{
    /** The plan's identity (corpus/plans/identity.ts): how import finds the plan in another store. */
    identity: string;
    /** Every source's identity, so that a plan that came as other files is found too. */
    sourceIdentities: string[];
    number: string | null;
    title: string | null;
    corrections: Correction[];
  }>;
}

export interface ImportOutcome {
  imported: number;
  /** Already in this store (same correction id). */
  present: number;
  /** Plans of the file no stored plan matches: their identities. */
  unmatched: string[];
}

export interface SaveOutcome {
  id: string;
  /** Why this record was not written (StoreError); null when it was. */
  error: Error | null;
}

export interface DocumentFilters {
  /** Issuer level: "district", "ward" … */
  level?: string;
  /** Part of the issuer name, compared diacritic- and case-insensitively. */
  issuer?: string;
  /** Year of the document date. */
  year?: number;
  /**
   * Ingested at or after this ISO date or timestamp ("2024-05-01", "2024-05-01T10:00:00Z"):
   * for incremental exports. It filters on ingestion time, not on the document's own date
   * (use `year` or `dateFrom` for that).
   */
  since?: string;
  /** The document's own date is on or after this ISO date (partial dates compare by prefix). */
  dateFrom?: string;
}

/** One line of `kehoach list`: a stored document's heading, without its rows. */
export interface DocumentSummary {
  id: string;
  path: string;
  format: string;
  number: string | null;
  symbol: string | null;
  typeCode: string | null;
  issuerName: string | null;
  issuerLevel: string | null;
  issuerLocality: string | null;
  date: string | null;
  year: number | null;
  title: string | null;
  status: string;
  taskCount: number;
  pipelineVersion: string;
  ingestedAt: string;
}

/** How a stored plan is named in results that list plans (search hits, linked plans). */
export interface PlanHeading {
  id: string;
  number: string | null;
  title: string | null;
  issuer: string | null;
  level: string | null;
  date: string | null;
}

// ---- Search -------------------------------------------------------------------------------

/** The filters of `kehoach search`. */
export interface SearchFilters {
  level?: IssuerLevel;
  /** Part of the issuer name, diacritic- and case-insensitive. */
  issuer?: string;
  year?: number;
  /** Type code: "KH", "QĐ" (QD works too). */
  type?: string;
  /**
   * Whole words of a movement name, in order, diacritic-insensitive and i/y alike ("nguoi tot"
   * finds "Người tốt, việc tốt"). Without any word: plans that carry a movement.
   */
  movement?: string;
}

export interface SearchQueries {
  /**
   * The documents holding the query and passing the filters, best first, at most `limit`:
   * document key → score. 'tiered': by where the document holds the query (query.ts
   * rankingTiers), newest first within a tier; 'bm25': weighted relevance, higher is better.
   */
  rank(query: ParsedQuery, filters: SearchFilters, order: 'tiered' | 'bm25', limit: number): Awaitable<Map<number, number>>;
  /** What a hit shows of a ranked document: its heading and its text, to cut snippets from. */
  hit(key: number): Awaitable<HitContent | null>;
}

export interface HitContent extends PlanHeading {
  /** text.normalized as UTF-16LE bytes. */
  textUtf16: Buffer;
  /** The text folded for search, one byte a UTF-16 unit (search-document.ts foldedBytes). */
  textFolded: Buffer;
  outline: SearchOutline;
}

// ---- Reference graph ----------------------------------------------------------------------

export type LinkMethod = 'exact' | 'number' | 'serial-blank' | 'symbol';

/** A stored document as resolving a reference weighs it (numberKey = numberKey(number)). */
export interface LinkCandidate extends LinkHeading {
  id: string;
}

/** A stored reference, to resolve. */
export interface LinkReference {
  docId: string;
  ord: number;
  typeCode: string | null;
  number: string | null;
  numberKey: string | null;
  date: string | null;
  issuer: string | null;
  relation: Relation;
}

export interface ResolvedLink {
  fromDoc: string;
  refOrd: number;
  toDoc: string;
  relation: Relation;
  confidence: number;
  method: LinkMethod;
}

export interface LinkedDocument extends PlanHeading {
  /** 1 for a direct link, 2 for a link of a linked document, … */
  depth: number;
  /** The document on the near side of this link. */
  via: string;
  /** The reference (its position in `via`'s references, or in this document's for downstream). */
  refOrd: number;
  relation: Relation;
  confidence: number;
  method: LinkMethod;
  /** Product of the confidences along the path. */
  pathConfidence: number;
}

export interface UnresolvedReference {
  ord: number;
  type: string | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  relation: Relation;
}

export interface GraphQueries {
  /** Every stored document and reference, to resolve the references against the documents. */
  linkInputs(): Awaitable<{ documents: LinkCandidate[]; references: LinkReference[] }>;
  /** Replace every stored link by these, in one transaction, noting what they were built from. */
  replaceLinks(links: readonly ResolvedLink[]): Awaitable<void>;
  /** True when documents were added, replaced or removed since the links were last replaced. */
  linksAreStale(): Awaitable<boolean>;
  /**
   * The documents reached from `id` by following links: 'upstream' what it implements (and what
   * those implement …), 'downstream' what implements it. Shortest, then most confident, first;
   * a document may appear once per path. Mentions are not followed past the first step.
   */
  walkLinks(id: string, direction: 'upstream' | 'downstream', maxDepth: number): Awaitable<LinkedDocument[]>;
  /** The references of `id` that no stored document answers. */
  unresolvedReferences(id: string): Awaitable<UnresolvedReference[]>;
}

