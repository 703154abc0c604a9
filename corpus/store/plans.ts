// Plans and their sources in the SQLite store (migration 50), and reading corrections (writing
// them: corpus/store/corrections.ts). The decisions are the pure functions of corpus/plans/ and
// corpus/corrections/; this file only reads and writes their rows. Every write runs inside the
// caller's transaction or its own.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { PlanRecord } from '../../output/schema.js';
import { StoreError } from '../../output/errors.js';
import { applyCorrections } from '../corrections/apply.js';
import { buildSearchDocument, buildSearchOutline, foldedBytes } from '../search-document.js';
import { correctHeading } from '../corrections/heading.js';
import type { Correction } from '../corrections/types.js';
import { assignSource, type StoredSource } from '../plans/assign.js';
import type { SourceFacts } from '../plans/identity.js';
import { choosePrimary } from '../plans/primary.js';
import { appendixRowsKept, taskKey, withAppendixTasks } from '../plans/appendix-tasks.js';
import { signatureFromBytes } from '../plans/signature.js';
import type { DocumentFilters, DocumentSummary, PlanSummary, SourceSummary } from './interface.js';
import { filterFacets, numberKey, referenceRows, storedText, SUMMARY_COLUMNS, toSummary, type SourceRows, type SummaryRow } from './records.js';
import type { CorrectedDocumentsRow, CorrectionsRow, PlanSourcesRow } from './rows.js';
import type { StatementCache } from './statements.js';

type Guard = <T>(what: 'read' | 'write', action: () => T) => T;


type CandidateRow = Pick<PlanSourcesRow, 'doc_id' | 'plan_id' | 'identity_key' | 'number_key' | 'issuer_key' | 'type_code' | 'year' | 'signature'>;
type SourceRow = SummaryRow & Pick<PlanSourcesRow, 'plan_id' | 'text_layer' | 'whole' | 'error_count' | 'joined_by' | 'similarity'> & { primary_doc: string | null };

const CANDIDATE_COLUMNS = 's.doc_id, s.plan_id, s.identity_key, s.number_key, s.issuer_key, s.type_code, s.year, s.signature';
const SOURCE_COLUMNS = `${SUMMARY_COLUMNS.split(',').map((c) => `d.${c.trim()}`).join(', ')},
  s.plan_id, s.text_layer, s.whole, s.error_count, s.joined_by, s.similarity, p.primary_doc`;
const SOURCES_FROM = 'plan_sources s JOIN documents d ON d.id = s.doc_id JOIN plans p ON p.id = s.plan_id';

/**
 * Candidates are bounded per query, so storing a document costs the same in an archive of many
 * near-identical copies (rescans, one plan re-typed) as in one of distinct plans: a copy that
 * shares a band with a plan meets it among the first few of that band.
 */
const CANDIDATES_PER_BAND = 8;
const CANDIDATES_PER_QUERY = 64;
const CANDIDATE_PLANS = 16;

const SQL = {
  sourceOf: 'SELECT plan_id FROM plan_sources WHERE doc_id = ?',
  taskContents: 'SELECT content FROM tasks WHERE doc_id = ? ORDER BY ord',
  byIdentity: `SELECT ${CANDIDATE_COLUMNS} FROM plan_sources s WHERE s.identity_key = ? LIMIT ${CANDIDATES_PER_QUERY}`,
  sourcesOfPlan: `SELECT ${CANDIDATE_COLUMNS} FROM plan_sources s WHERE s.plan_id = ? LIMIT ${CANDIDATES_PER_QUERY}`,
  byBand: `SELECT ${CANDIDATE_COLUMNS} FROM plan_source_bands b JOIN plan_sources s ON s.doc_id = b.doc_id WHERE b.band = ? AND b.hash = ? LIMIT ${CANDIDATES_PER_BAND}`,
  insertPlan: 'INSERT OR IGNORE INTO plans (id, identity_key, primary_doc, created_at) VALUES (?, ?, NULL, ?)',
  upsertSource: `INSERT INTO plan_sources (doc_id, plan_id, identity_key, number_key, issuer_key, type_code, year, text_layer,
      whole, error_count, pipeline_version, signature, joined_by, similarity)
    VALUES (@doc_id, @plan_id, @identity_key, @number_key, @issuer_key, @type_code, @year, @text_layer, @whole, @error_count,
      @pipeline_version, @signature, @joined_by, @similarity)
    ON CONFLICT (doc_id) DO UPDATE SET identity_key = excluded.identity_key, number_key = excluded.number_key,
      issuer_key = excluded.issuer_key, type_code = excluded.type_code, year = excluded.year, text_layer = excluded.text_layer,
      whole = excluded.whole,
      error_count = excluded.error_count, pipeline_version = excluded.pipeline_version, signature = excluded.signature`,
  deleteBands: 'DELETE FROM plan_source_bands WHERE doc_id = ?',
  insertBand: 'INSERT OR IGNORE INTO plan_source_bands (band, hash, doc_id) VALUES (?, ?, ?)',
  upsertLink: `INSERT INTO plan_links (plan_a, plan_b, similarity) VALUES (?, ?, ?)
    ON CONFLICT (plan_a, plan_b) DO UPDATE SET similarity = max(similarity, excluded.similarity)`,
  deleteSource: 'DELETE FROM plan_sources WHERE doc_id = ?',
  sourcesLeft: 'SELECT count(*) FROM plan_sources WHERE plan_id = ?',
  correctionsOf: 'SELECT * FROM corrections WHERE plan_id = ? ORDER BY created_at, id',
  allCorrections: 'SELECT * FROM corrections ORDER BY plan_id, created_at, id',
  deletePlan: 'DELETE FROM plans WHERE id = ?',
  sources: `SELECT ${SOURCE_COLUMNS} FROM ${SOURCES_FROM} WHERE s.plan_id = ?`,
  allSources: `SELECT ${SOURCE_COLUMNS} FROM ${SOURCES_FROM}`,
  sourcesOfPlans: `SELECT ${SOURCE_COLUMNS} FROM ${SOURCES_FROM} WHERE s.plan_id IN (SELECT value FROM json_each(?))`,
  multiSourcePlans: 'SELECT plan_id FROM plan_sources GROUP BY plan_id HAVING count(*) > 1',
  correctionsOfPlans: 'SELECT * FROM corrections WHERE plan_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id',
  rowidOf: 'SELECT seq FROM documents WHERE id = ?',
  unindex: 'DELETE FROM search_index WHERE rowid = ?',
  unindexHead: 'DELETE FROM search_head WHERE rowid = ?',
  index: 'INSERT INTO search_index (rowid, doc_id, title, movements, tasks, text) VALUES (@rowid, @doc_id, @title, @movements, @tasks, @text)',
  indexHead: 'INSERT INTO search_head (rowid, title, movements) VALUES (@rowid, @title, @movements)',
  anyCorrection: 'SELECT 1 FROM corrections WHERE plan_id = ? LIMIT 1',
  uncorrect: 'DELETE FROM corrected_documents WHERE doc_rowid = ?',
  uncorrectReferences: 'DELETE FROM corrected_references WHERE doc_id = ?',
  correct: `INSERT INTO corrected_documents (doc_rowid, issuer_key, issuer_level, year, type_code, text_utf16, text_folded, outline_json, references_corrected)
    VALUES (@doc_rowid, @issuer_key, @issuer_level, @year, @type_code, @text_utf16, @text_folded, @outline_json, @references_corrected)`,
  correctReference: `INSERT INTO corrected_references (doc_id, ord, type, type_code, number, number_key, date, issuer, relation)
    VALUES (@doc_id, @ord, @type, @type_code, @number, @number_key, @date, @issuer, @relation)`,
  uncorrected: `SELECT DISTINCT s.plan_id FROM corrections c JOIN plan_sources s ON s.plan_id = c.plan_id
    JOIN documents d ON d.id = s.doc_id LEFT JOIN corrected_documents k ON k.doc_rowid = d.seq WHERE k.doc_rowid IS NULL`,
  planByIdentity: 'SELECT id FROM plans WHERE identity_key = ? ORDER BY created_at, id LIMIT 1',
  planPrefix: 'SELECT id FROM plans WHERE id >= ? ORDER BY id LIMIT 2',
  docPrefix: 'SELECT s.plan_id FROM documents d JOIN plan_sources s ON s.doc_id = d.id WHERE d.id >= ? AND substr(d.id, 1, length(?)) = ? ORDER BY d.id LIMIT 50',
  byNumber: 'SELECT DISTINCT s.plan_id FROM documents d JOIN plan_sources s ON s.doc_id = d.id WHERE d.number = ? OR d.number_key = ?',
  correctedNumbers: "SELECT plan_id, value_json FROM corrections WHERE path = 'document.number'",
  similar: `SELECT plan_b AS plan_id, similarity FROM plan_links WHERE plan_a = ?
    UNION ALL SELECT plan_a, similarity FROM plan_links WHERE plan_b = ? ORDER BY similarity DESC, plan_id`,
  setPrimary: 'UPDATE plans SET primary_doc = ? WHERE id = ?',
  unassigned: 'SELECT d.id FROM documents d LEFT JOIN plan_sources s ON s.doc_id = d.id WHERE s.doc_id IS NULL ORDER BY d.ingested_at, d.id',
};

/** A plan's stable id: derived from the first source it was made for, never changed after. */
export const planIdFor = (firstDocId: string) => createHash('sha256').update(`kehoach-plan:${firstDocId}`).digest('hex');

export class SqlitePlans {
  constructor(
    private readonly db: Database.Database,
    private readonly statements: StatementCache,
    private readonly guard: Guard,
    private readonly machineRecord: (docId: string) => PlanRecord | null,
    private readonly listDocuments: (filters: DocumentFilters) => DocumentSummary[],
  ) {}

  // ---- Writing (inside the caller's transaction) -------------------------------------------

  /** Give a just-written document its plan: the one it had, the one of its identity, a near-identical one, or a new one. */
  assign(docId: string, source: SourceRows, now: Date): void {
    const s = this.statements;
    const had = s.get<[string], { plan_id: string }>(SQL.sourceOf).get(docId);
    let planId: string;
    let joinedBy: PlanSourcesRow['joined_by'] = 'new';
    let similarity: number | null = null;
    const candidates = this.candidates(docId, source);
    const decision = assignSource({ ...source.facts, signature: source.signature }, candidates);
    // A plan left without sources but kept for its corrections takes its source back.
    const kept = had || decision.planId ? undefined : s.get<[string], string>(SQL.planByIdentity).pluck().get(source.facts.identityKey);
    if (had) planId = had.plan_id;
    else if (kept) {
      planId = kept;
      joinedBy = 'identity';
    } else if (decision.planId) {
      planId = decision.planId;
      joinedBy = decision.joinedBy;
      similarity = decision.similarity;
    } else {
      planId = planIdFor(docId);
      s.get<[string, string, string]>(SQL.insertPlan).run(planId, source.facts.identityKey, now.toISOString());
    }
    const f = source.facts;
    s.get<object>(SQL.upsertSource).run({
      doc_id: docId, plan_id: planId, identity_key: f.identityKey, number_key: f.numberKey, issuer_key: f.issuerKey,
      type_code: f.typeCode, year: f.year, text_layer: f.textLayer, whole: f.whole, error_count: f.errorCount,
      pipeline_version: f.pipelineVersion, signature: source.signatureBytes, joined_by: joinedBy, similarity,
    } satisfies PlanSourcesRow);
    s.get<[string]>(SQL.deleteBands).run(docId);
    const band = s.get<[number, number, string]>(SQL.insertBand);
    source.bands.forEach((hash, i) => band.run(i, hash, docId));
    const link = s.get<[string, string, number]>(SQL.upsertLink);
    for (const l of decision.links) {
      if (l.planId === planId) continue;
      const [a, b] = planId < l.planId ? [planId, l.planId] : [l.planId, planId];
      link.run(a, b, l.similarity);
    }
  }

  /** Sources that could be the same plan: the same identity, or a shared signature band. */
  private candidates(docId: string, source: SourceRows): StoredSource[] {
    const s = this.statements;
    const rows = new Map<string, CandidateRow>();
    for (const r of s.get<[string], CandidateRow>(SQL.byIdentity).all(source.facts.identityKey)) rows.set(r.doc_id, r);
    const byBand = s.get<[number, number], CandidateRow>(SQL.byBand);
    source.bands.forEach((hash, i) => {
      for (const r of byBand.all(i, hash)) rows.set(r.doc_id, r);
    });
    // Every source of the candidate plans: merging must see all of a plan's numbers.
    const ofPlan = s.get<[string], CandidateRow>(SQL.sourcesOfPlan);
    const plans = [...new Set([...rows.values()].map((r) => r.plan_id))].slice(0, CANDIDATE_PLANS);
    for (const planId of plans) for (const r of ofPlan.all(planId)) rows.set(r.doc_id, r);
    rows.delete(docId);
    return [...rows.values()].map((r) => ({
      docId: r.doc_id, planId: r.plan_id, identityKey: r.identity_key, numberKey: r.number_key, issuerKey: r.issuer_key,
      typeCode: r.type_code, year: r.year, signature: signatureFromBytes(r.signature),
    }));
  }

  /** A document removed: its plan goes too when it has no source and no correction left. */
  release(docId: string): void {
    const s = this.statements;
    const had = s.get<[string], { plan_id: string }>(SQL.sourceOf).get(docId);
    if (!had) return;
    s.get<[string]>(SQL.deleteSource).run(docId);
    const left = s.get<[string], number>(SQL.sourcesLeft).pluck().get(had.plan_id)!;
    const corrections = s.get<[string], CorrectionsRow>(SQL.correctionsOf).all(had.plan_id).length;
    if (left === 0 && corrections === 0) s.get<[string]>(SQL.deletePlan).run(had.plan_id);
  }

  /** Documents stored before plans existed: given their plans, oldest first, in one transaction. */
  assignMissing(toSource: (record: PlanRecord) => SourceRows): number {
    const ids = this.guard('read', () => this.statements.get<[], string>(SQL.unassigned).pluck().all());
    if (ids.length === 0) return 0;
    this.guard('write', () =>
      this.db
        .transaction(() => {
          for (const id of ids) {
            const record = this.machineRecord(id);
            if (record) this.assign(id, toSource(record), new Date());
          }
        })
        .immediate(),
    );
    return ids.length;
  }

  // ---- Reading ------------------------------------------------------------------------------

  private sourceSummaries(rows: SourceRow[]): Map<string, SourceSummary[]> {
    const byPlan = new Map<string, SourceSummary[]>();
    const chosen = new Map<string, string | null>();
    for (const r of rows) {
      const list = byPlan.get(r.plan_id) ?? [];
      list.push({
        ...toSummary(r), planId: r.plan_id, primary: false, textLayer: r.text_layer === 1, whole: r.whole !== 0, errorCount: r.error_count,
        joinedBy: r.joined_by, similarity: r.similarity,
      });
      byPlan.set(r.plan_id, list);
      chosen.set(r.plan_id, r.primary_doc);
    }
    for (const [planId, list] of byPlan) {
      const primary = choosePrimary(
        list.map((x) => ({ docId: x.id, whole: x.whole ? 1 : 0, textLayer: x.textLayer ? 1 : 0, errorCount: x.errorCount, pipelineVersion: x.pipelineVersion, ingestedAt: x.ingestedAt })),
        chosen.get(planId) ?? null,
      );
      for (const x of list) x.primary = x.id === primary;
      list.sort((a, b) => Number(b.primary) - Number(a.primary) || a.ingestedAt.localeCompare(b.ingestedAt) || a.id.localeCompare(b.id));
    }
    return byPlan;
  }

  private summarize(planId: string, sources: SourceSummary[], corrections: Correction[]): PlanSummary {
    const primary = sources[0]!;
    const { id: primaryId, planId: _plan, primary: _p, textLayer: _t, whole: _w, errorCount: _e, joinedBy: _j, similarity: _s, ...heading } = primary;
    // Only a plan with an appendix filed alone reads more here: the task rows' contents, not whole records.
    const taskCount = sources.some(isAppendix) ? this.mergedTaskCount(primary.id, sources.filter(isAppendix)) : heading.taskCount;
    return { ...correctHeading({ ...heading, taskCount, id: planId }, corrections), id: planId, primaryId, sources, corrections: corrections.length };
  }

  /** How many tasks the plan's record has with its appendices' (withAppendixTasks), counted from the stored task rows. */
  private mergedTaskCount(primaryId: string, appendices: readonly SourceSummary[]): number {
    const keys = (docId: string) => this.guard('read', () => this.statements.get<[string], string>(SQL.taskContents).pluck().all(docId)).map(taskKey);
    const own = keys(primaryId);
    const kept = appendixRowsKept(own, appendices.map((a) => keys(a.id)));
    return own.length + kept.reduce((n, rows) => n + rows.filter(Boolean).length, 0);
  }

  /**
   * The machine's record of a plan: its primary source's, with the tasks of its appendices filed
   * alone (plans/appendix-tasks.ts). Corrections address rows of this record.
   */
  planMachineRecord(sources: readonly SourceSummary[]): PlanRecord | null {
    const primary = sources.find((x) => x.primary) ?? sources[0];
    const machine = primary ? this.machineRecord(primary.id) : null;
    if (!machine) return null;
    const appendices = sources.filter(isAppendix).flatMap((x) => {
      const record = this.machineRecord(x.id);
      return record ? [{ id: x.id, record }] : [];
    });
    return withAppendixTasks(machine, appendices);
  }

  planSources(planId: string): SourceSummary[] {
    const rows = this.guard('read', () => this.statements.get<[string], SourceRow>(SQL.sources).all(planId));
    return this.sourceSummaries(rows).get(planId) ?? [];
  }

  getPlan(planId: string): PlanSummary | null {
    const sources = this.planSources(planId);
    return sources.length ? this.summarize(planId, sources, this.listCorrections(planId)) : null;
  }

  listPlans(filters: DocumentFilters): PlanSummary[] {
    const order = new Map(this.listDocuments(filters).map((d, i) => [d.id, i]));
    const all = this.sourceSummaries(this.guard('read', () => this.statements.get<[], SourceRow>(SQL.allSources).all()));
    const corrections = groupBy(this.listCorrections(), (c) => c.planId);
    return [...all]
      .filter(([, sources]) => order.has(sources[0]!.id))
      .sort(([, a], [, b]) => order.get(a[0]!.id)! - order.get(b[0]!.id)!)
      .map(([planId, sources]) => this.summarize(planId, sources, corrections.get(planId) ?? []));
  }

  /** Several plans at once (one query for their sources), in the order asked; unknown ids left out. */
  getPlans(planIds: readonly string[]): PlanSummary[] {
    if (planIds.length === 0) return [];
    const ids = JSON.stringify(planIds);
    const rows = this.guard('read', () => this.statements.get<[string], SourceRow>(SQL.sourcesOfPlans).all(ids));
    const sources = this.sourceSummaries(rows);
    const corrections = groupBy(this.guard('read', () => this.statements.get<[string], CorrectionsRow>(SQL.correctionsOfPlans).all(ids)).map(fromCorrectionRow), (c) => c.planId);
    return planIds.flatMap((id) => {
      const list = sources.get(id);
      return list ? [this.summarize(id, list, corrections.get(id) ?? [])] : [];
    });
  }

  /**
   * The sources that are not their plan's primary: only plans of several sources have any, so
   * this reads those plans alone (a collection of single-source plans costs one grouped scan).
   */
  nonPrimarySources(): string[] {
    const multi = this.guard('read', () => this.statements.get<[], string>(SQL.multiSourcePlans).pluck().all());
    if (multi.length === 0) return [];
    const rows = this.guard('read', () => this.statements.get<[string], SourceRow>(SQL.sourcesOfPlans).all(JSON.stringify(multi)));
    return [...this.sourceSummaries(rows).values()].flatMap((list) => list.filter((x) => !x.primary).map((x) => x.id));
  }

  planOfDocument(docId: string): string | null {
    return this.guard('read', () => this.statements.get<[string], { plan_id: string }>(SQL.sourceOf).get(docId)?.plan_id ?? null);
  }

  resolvePlan(reference: string): PlanSummary[] {
    const ref = reference.trim();
    const s = this.statements;
    const found = new Set<string>();
    this.guard('read', () => {
      if (/^[0-9a-f]{4,64}$/i.test(ref)) {
        const prefix = ref.toLowerCase();
        for (const id of s.get<[string], string>(SQL.planPrefix).pluck().all(prefix)) if (id.startsWith(prefix)) found.add(id);
        for (const id of s.get<[string, string, string], string>(SQL.docPrefix).pluck().all(prefix, prefix, prefix)) found.add(id);
        if (found.size) return;
      }
      const key = numberKey(ref) ?? '';
      for (const id of s.get<[string, string], string>(SQL.byNumber).pluck().all(ref, key)) found.add(id);
      for (const row of s.get<[], { plan_id: string; value_json: string }>(SQL.correctedNumbers).all()) {
        const value = JSON.parse(row.value_json) as unknown;
        if (typeof value === 'string' && numberKey(value) === key) found.add(row.plan_id);
      }
    });
    return [...found].sort().flatMap((id) => this.getPlan(id) ?? []);
  }

  similarPlans(planId: string): Array<{ planId: string; similarity: number }> {
    return this.guard('read', () =>
      this.statements.get<[string, string], { plan_id: string; similarity: number }>(SQL.similar).all(planId, planId),
    ).map((r) => ({ planId: r.plan_id, similarity: r.similarity }));
  }

  getPlanRecord(planId: string): PlanRecord | null {
    const sources = this.planSources(planId);
    if (!sources.length) return null;
    const machine = this.planMachineRecord(sources);
    if (!machine) return null;
    const { record } = applyCorrections(machine, this.listCorrections(planId));
    const { review, plan: _plan, ...rest } = record;
    const plan = {
      id: planId,
      sources: sources.map((x) => ({ id: x.id, path: x.path, format: x.format as PlanRecord['source']['format'], ocr: !x.textLayer, primary: x.primary, whole: x.whole })),
    };
    return { ...rest, plan, ...(review ? { review } : {}) };
  }

  setPrimarySource(planId: string, docId: string | null): void {
    if (docId !== null && !this.planSources(planId).some((x) => x.id === docId)) {
      throw new StoreError(`${docId.slice(0, 12)} is not a source of plan ${planId.slice(0, 12)}`);
    }
    this.guard('write', () =>
      this.db
        .transaction(() => {
          this.statements.get<[string | null, string]>(SQL.setPrimary).run(docId, planId);
          if (this.listCorrections(planId).length) this.reindex(planId);
        })
        .immediate(),
    );
  }

  // ---- The search index of a corrected plan -----------------------------------------------

  /**
   * Index a plan's sources again (inside the caller's transaction): the primary one as the plan
   * reads with its corrections, so that a corrected title or task is found by its new words; the
   * others as the machine read them. Only plans with corrections, or whose corrections or primary
   * just changed, come here.
   */
  reindex(planId: string): void {
    const s = this.statements;
    const sources = this.planSources(planId);
    const corrections = this.listCorrections(planId);
    const referencesCorrected = corrections.some((c) => c.path === 'references' || c.path.startsWith('references[]'));
    for (const source of sources) {
      const machine = source.primary ? this.planMachineRecord(sources) : this.machineRecord(source.id);
      const rowid = s.get<[string], number>(SQL.rowidOf).pluck().get(source.id);
      if (!machine || rowid === undefined) continue;
      // Every source takes the plan's corrections for what it is filtered and linked by; the
      // primary one also for its words and snippets.
      const applied = corrections.length ? applyCorrections(machine, corrections) : null;
      const record = source.primary && applied ? applied.record : machine;
      const search = buildSearchDocument(record);
      s.get<[number]>(SQL.unindex).run(rowid);
      s.get<[number]>(SQL.unindexHead).run(rowid);
      s.get<object>(SQL.index).run({ rowid, doc_id: source.id, ...search });
      s.get<object>(SQL.indexHead).run({ rowid, title: search.title, movements: search.movements });
      s.get<[number]>(SQL.uncorrect).run(rowid);
      s.get<[string]>(SQL.uncorrectReferences).run(source.id);
      if (!applied) continue;
      const textCorrected = source.primary && applied.review.provenance['text.normalized'] === 'human';
      s.get<object>(SQL.correct).run({
        doc_rowid: rowid,
        ...filterFacets(applied.record),
        text_utf16: textCorrected ? storedText(record.text.normalized) : null,
        text_folded: textCorrected ? foldedBytes(search.text) : null,
        outline_json: textCorrected ? JSON.stringify(buildSearchOutline(record)) : null,
        references_corrected: referencesCorrected ? 1 : 0,
      } satisfies CorrectedDocumentsRow);
      if (referencesCorrected) {
        const insert = s.get<object>(SQL.correctReference);
        for (const row of referenceRows({ ...applied.record, id: source.id })) insert.run(row);
      }
    }
  }

  /** Plans with corrections whose sources have no corrected rows yet (a store from before migration 60): indexed again. */
  reindexUncorrected(): number {
    const plans = this.guard('read', () => this.statements.get<[], string>(SQL.uncorrected).pluck().all());
    if (plans.length === 0) return 0;
    this.guard('write', () => this.db.transaction(() => plans.forEach((id) => this.reindex(id))).immediate());
    return plans.length;
  }

  /** Whether the plan of a document has corrections (its index then needs reindex). */
  planWithCorrections(docId: string): string | null {
    const planId = this.statements.get<[string], { plan_id: string }>(SQL.sourceOf).get(docId)?.plan_id;
    return planId && this.statements.get<[string]>(SQL.anyCorrection).get(planId) ? planId : null;
  }

  // ---- Corrections --------------------------------------------------------------------------

  listCorrections(planId?: string): Correction[] {
    const rows = this.guard('read', () =>
      planId === undefined
        ? this.statements.get<[], CorrectionsRow>(SQL.allCorrections).all()
        : this.statements.get<[string], CorrectionsRow>(SQL.correctionsOf).all(planId),
    );
    return rows.map(fromCorrectionRow);
  }

}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function toCorrectionRow(c: Correction): CorrectionsRow {
  return {
    id: c.id, plan_id: c.planId, path: c.path, op: c.op, row_json: c.row ? JSON.stringify(c.row) : null,
    machine_json: JSON.stringify(c.machineValue ?? null), value_json: JSON.stringify(c.value ?? null),
    note: c.note, author: c.author, created_at: c.createdAt,
  };
}

function fromCorrectionRow(r: CorrectionsRow): Correction {
  return {
    id: r.id, planId: r.plan_id, path: r.path, op: r.op, row: r.row_json ? JSON.parse(r.row_json) : null,
    machineValue: JSON.parse(r.machine_json), value: JSON.parse(r.value_json), note: r.note, author: r.author, createdAt: r.created_at,
  };
}

/** A part of the plan filed alone that is not the plan's record itself. */
function isAppendix(source: SourceSummary): boolean {
  return !source.whole && !source.primary;
}
