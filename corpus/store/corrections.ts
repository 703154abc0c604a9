// Reviewers' corrections in the SQLite store (migration 50): checked (corpus/corrections/) and
// written in one transaction with the search rows of their plan, deleted, exported by plan
// identity and imported by it. Reading them is the plans' (corpus/store/plans.ts).
import type Database from 'better-sqlite3';
import { StoreError } from '../../output/errors.js';
import { prepareCorrection, type CorrectionRequest } from '../corrections/prepare.js';
import { CorrectionError, type Correction } from '../corrections/types.js';
import type { CorrectionsExport, ImportOutcome } from './interface.js';
import { groupBy, toCorrectionRow, type SqlitePlans } from './plans.js';
import type { PlansRow } from './rows.js';
import type { StatementCache } from './statements.js';

type Guard = <T>(what: 'read' | 'write', action: () => T) => T;

const SQL = {
  deleteCorrection: 'DELETE FROM corrections WHERE id = ?',
  hasCorrection: 'SELECT 1 FROM corrections WHERE id = ?',
  insertCorrection: `INSERT INTO corrections (id, plan_id, path, op, row_json, machine_json, value_json, note, author, created_at)
    VALUES (@id, @plan_id, @path, @op, @row_json, @machine_json, @value_json, @note, @author, @created_at)`,
  plan: 'SELECT * FROM plans WHERE id = ?',
  planIdentities: 'SELECT identity_key FROM plan_sources WHERE plan_id = ? ORDER BY doc_id',
  planOfCorrection: 'SELECT plan_id FROM corrections WHERE id = ?',
  plansByIdentity: `SELECT id FROM plans WHERE identity_key = @key
    UNION SELECT plan_id FROM plan_sources WHERE identity_key = @key ORDER BY 1`,
};

export class SqliteCorrections {
  constructor(
    private readonly db: Database.Database,
    private readonly statements: StatementCache,
    private readonly guard: Guard,
    private readonly plans: SqlitePlans,
  ) {}

  addCorrection(planId: string, request: CorrectionRequest): Correction {
    const sources = this.plans.planSources(planId);
    if (!sources.length) throw new StoreError(`no stored plan ${planId.slice(0, 12)}`);
    const machine = this.plans.planMachineRecord(sources);
    if (!machine) throw new StoreError(`the record of plan ${planId.slice(0, 12)} cannot be read`);
    // Checked against the corrections as they are inside the write lock, so that two reviewers'
    // corrections of one field never both stay; a CorrectionError rolls back and writes nothing.
    let correction!: Correction;
    this.guard('write', () =>
      this.db
        .transaction(() => {
          const prepared = prepareCorrection(planId, machine, this.plans.listCorrections(planId), request);
          correction = prepared.correction;
          for (const id of prepared.replaces) this.statements.get<[string]>(SQL.deleteCorrection).run(id);
          this.statements.get<object>(SQL.insertCorrection).run(toCorrectionRow(correction));
          this.plans.reindex(planId);
        })
        .immediate(),
    );
    return correction;
  }

  /**
   * Several corrections of one plan, all or nothing: each checked against the corrections as
   * they stand after the ones before it (a batch may correct a row and then a field of it), one
   * transaction, the plan reindexed once. A CorrectionError names the refused one (1-based).
   */
  addCorrections(planId: string, requests: readonly CorrectionRequest[]): Correction[] {
    const sources = this.plans.planSources(planId);
    if (!sources.length) throw new StoreError(`no stored plan ${planId.slice(0, 12)}`);
    const machine = this.plans.planMachineRecord(sources);
    if (!machine) throw new StoreError(`the record of plan ${planId.slice(0, 12)} cannot be read`);
    const made: Correction[] = [];
    this.guard('write', () =>
      this.db
        .transaction(() => {
          for (const [i, request] of requests.entries()) {
            let prepared;
            try {
              prepared = prepareCorrection(planId, machine, this.plans.listCorrections(planId), request);
            } catch (error) {
              if (error instanceof CorrectionError && requests.length > 1) throw new CorrectionError(`correction ${i + 1} of ${requests.length}: ${error.message}`);
              throw error;
            }
            for (const id of prepared.replaces) this.statements.get<[string]>(SQL.deleteCorrection).run(id);
            this.statements.get<object>(SQL.insertCorrection).run(toCorrectionRow(prepared.correction));
            made.push(prepared.correction);
          }
          this.plans.reindex(planId);
        })
        .immediate(),
    );
    return made;
  }

  deleteCorrection(id: string): boolean {
    return this.guard('write', () =>
      this.db
        .transaction(() => {
          const planId = this.statements.get<[string], string>(SQL.planOfCorrection).pluck().get(id);
          const deleted = this.statements.get<[string]>(SQL.deleteCorrection).run(id).changes > 0;
          if (planId) this.plans.reindex(planId);
          return deleted;
        })
        .immediate(),
    );
  }

  exportCorrections(): CorrectionsExport {
    const byPlan = groupBy(this.plans.listCorrections(), (c) => c.planId);
    const plans: CorrectionsExport['plans'] = [];
    for (const [planId, corrections] of byPlan) {
      const plan = this.guard('read', () => this.statements.get<[string], PlansRow>(SQL.plan).get(planId));
      if (!plan) continue;
      const summary = this.plans.getPlan(planId);
      const sourceIdentities = [...new Set(this.guard('read', () => this.statements.get<[string], string>(SQL.planIdentities).pluck().all(planId)))];
      plans.push({ identity: plan.identity_key, sourceIdentities, number: summary?.number ?? null, title: summary?.title ?? null, corrections });
    }
    return { format: 'kehoach-corrections', version: 1, plans };
  }

  importCorrections(data: CorrectionsExport): ImportOutcome {
    const outcome: ImportOutcome = { imported: 0, present: 0, unmatched: [] };
    const s = this.statements;
    this.guard('write', () =>
      this.db
        .transaction(() => {
          for (const entry of data.plans) {
            let planId: string | undefined;
            for (const key of [entry.identity, ...entry.sourceIdentities]) {
              planId = s.get<[object], string>(SQL.plansByIdentity).pluck().get({ key });
              if (planId) break;
            }
            if (!planId) {
              outcome.unmatched.push(entry.identity);
              continue;
            }
            for (const c of entry.corrections) {
              if (s.get<[string]>(SQL.hasCorrection).get(c.id)) {
                outcome.present++;
                continue;
              }
              s.get<object>(SQL.insertCorrection).run(toCorrectionRow({ ...c, planId }));
              outcome.imported++;
            }
            this.plans.reindex(planId);
          }
        })
        .immediate(),
    );
    return outcome;
  }
}
