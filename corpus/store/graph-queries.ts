// The queries behind the reference graph (corpus/graph.ts resolves references; these read what
// it needs, store its links in doc_links (migration 20) and walk them).
import type { GraphQueries, LinkCandidate, LinkedDocument, LinkReference, ResolvedLink, UnresolvedReference } from './interface.js';
import type { DocLinksRow, DocLinksStateRow, DocReferencesRow, DocumentsRow } from './rows.js';
import type { StatementCache } from './statements.js';
import { correctLinkHeading, LINK_HEADING_PATHS } from '../corrections/heading.js';
import { numberKey } from '../plans/identity.js';

type Guard = <T>(what: 'read' | 'write', action: () => T) => T;

type CandidateRow = Pick<
  DocumentsRow,
  'id' | 'number_key' | 'symbol' | 'type_code' | 'issuer_name' | 'issuer_level' | 'issuer_locality' | 'date' | 'year'
>;
type ReferenceRow = Pick<DocReferencesRow, 'doc_id' | 'ord' | 'type_code' | 'number' | 'number_key' | 'date' | 'issuer' | 'relation'>;
type State = Pick<DocLinksStateRow, 'documents' | 'latest'>;

/** The sources whose references corrections replaced (their rows in corrected_references, possibly none). */
const REFERENCES_CORRECTED = 'SELECT d.id FROM corrected_documents k JOIN documents d ON d.seq = k.doc_rowid WHERE k.references_corrected = 1';

const SQL = {
  candidates: 'SELECT id, number_key, symbol, type_code, issuer_name, issuer_level, issuer_locality, date, year FROM documents',
  // A source whose plan's references were corrected is read from corrected_references (migration 60).
  references: `SELECT doc_id, ord, type_code, number, number_key, date, issuer, relation FROM doc_references
      WHERE doc_id NOT IN (${REFERENCES_CORRECTED})
    UNION ALL SELECT doc_id, ord, type_code, number, number_key, date, issuer, relation FROM corrected_references`,
  deleteLinks: 'DELETE FROM doc_links',
  insertLink: `INSERT INTO doc_links (from_doc, ref_ord, to_doc, relation, confidence, method)
    VALUES (@from_doc, @ref_ord, @to_doc, @relation, @confidence, @method)`,
  saveState: `INSERT INTO doc_links_state (id, documents, latest, resolved_at) VALUES (1, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET documents = excluded.documents, latest = excluded.latest, resolved_at = excluded.resolved_at`,
  // Corrections of the heading fields references are resolved on, and of references, change
  // what references resolve to: they count as a change (a corrected title does not).
  documentsState: `SELECT (SELECT count(*) FROM documents) AS documents,
    ifnull((SELECT max(ingested_at) FROM documents), '') || '|' ||
    (SELECT count(*) || ':' || ifnull(max(created_at), '') FROM corrections
      WHERE path IN (${LINK_HEADING_PATHS.map((p) => `'${p}'`).join(', ')}) OR path LIKE 'references%') AS latest`,
  headingCorrections: `SELECT s.doc_id, c.path, c.value_json FROM corrections c JOIN plan_sources s ON s.plan_id = c.plan_id
    WHERE c.path LIKE 'document.%' ORDER BY c.created_at, c.id`,
  linksState: 'SELECT documents, latest FROM doc_links_state WHERE id = 1',
  unresolved: `SELECT r.ord, r.type, r.number, r.date, r.issuer, r.relation FROM (
      SELECT doc_id, ord, type, number, date, issuer, relation FROM doc_references WHERE doc_id = @id AND @id NOT IN (${REFERENCES_CORRECTED})
      UNION ALL SELECT doc_id, ord, type, number, date, issuer, relation FROM corrected_references WHERE doc_id = @id) r
    WHERE NOT EXISTS (SELECT 1 FROM doc_links l WHERE l.from_doc = r.doc_id AND l.ref_ord = r.ord)
    ORDER BY r.ord`,
};

const LINKED_COLUMNS = `t.doc AS id, d.number, d.title, d.issuer_name AS issuer, d.issuer_level AS level, d.date,
  t.depth, t.via, t.ref_ord AS refOrd, t.relation, t.confidence, t.method, t.path_confidence AS pathConfidence`;

/** Following links one way: from the `from` column of doc_links to its `to` column. */
function walkSql(from: 'from_doc' | 'to_doc', to: 'from_doc' | 'to_doc'): string {
  return `WITH RECURSIVE t(doc, depth, via, ref_ord, relation, confidence, method, path_confidence, path) AS (
      SELECT ${to}, 1, ${from}, ref_ord, relation, confidence, method, confidence, '/' || @id || '/' || ${to} || '/'
      FROM doc_links WHERE ${from} = @id AND ${to} != @id
      UNION ALL
      SELECT l.${to}, t.depth + 1, l.${from}, l.ref_ord, l.relation, l.confidence, l.method,
             t.path_confidence * l.confidence, t.path || l.${to} || '/'
      FROM doc_links l JOIN t ON l.${from} = t.doc
      WHERE t.relation != 'mentions' AND l.relation != 'mentions' AND t.depth < @depth
        AND instr(t.path, '/' || l.${to} || '/') = 0)
    SELECT ${LINKED_COLUMNS} FROM t JOIN documents d ON d.id = t.doc
    ORDER BY t.depth, t.path_confidence DESC, d.date, t.doc`;
}
const WALK = { upstream: walkSql('from_doc', 'to_doc'), downstream: walkSql('to_doc', 'from_doc') };

export class SqliteGraphQueries implements GraphQueries {
  constructor(
    private readonly statements: StatementCache,
    private readonly guard: Guard,
  ) {}

  linkInputs(): { documents: LinkCandidate[]; references: LinkReference[] } {
    return this.guard('read', () => {
      const corrections = new Map<string, Array<{ path: string; value: unknown }>>();
      for (const c of this.statements.get<[], { doc_id: string; path: string; value_json: string }>(SQL.headingCorrections).all()) {
        corrections.set(c.doc_id, [...(corrections.get(c.doc_id) ?? []), { path: c.path, value: JSON.parse(c.value_json) }]);
      }
      return {
        documents: this.statements.get<[], CandidateRow>(SQL.candidates).all().map((r) => correctLinkHeading({
          id: r.id,
          numberKey: r.number_key,
          symbol: r.symbol,
          typeCode: r.type_code,
          issuerName: r.issuer_name,
          issuerLevel: r.issuer_level,
          issuerLocality: r.issuer_locality,
          date: r.date,
          year: r.year,
        }, corrections.get(r.id) ?? [], numberKey)),
        references: this.statements.get<[], ReferenceRow>(SQL.references).all().map((r) => ({
          docId: r.doc_id,
          ord: r.ord,
          typeCode: r.type_code,
          number: r.number,
          numberKey: r.number_key,
          date: r.date,
          issuer: r.issuer,
          relation: r.relation,
        })),
      };
    });
  }

  replaceLinks(links: readonly ResolvedLink[]): void {
    const s = this.statements;
    this.guard('write', () => {
      const state = this.documentsState();
      s.db
        .transaction(() => {
          s.get(SQL.deleteLinks).run();
          const insert = s.get<DocLinksRow>(SQL.insertLink);
          for (const l of links) {
            insert.run({ from_doc: l.fromDoc, ref_ord: l.refOrd, to_doc: l.toDoc, relation: l.relation, confidence: l.confidence, method: l.method });
          }
          s.get<[number, string | null, string]>(SQL.saveState).run(state.documents, state.latest, new Date().toISOString());
        })
        .immediate();
    });
  }

  linksAreStale(): boolean {
    return this.guard('read', () => {
      const built = this.statements.get<[], State>(SQL.linksState).get();
      const now = this.documentsState();
      return !built || built.documents !== now.documents || built.latest !== now.latest;
    });
  }

  walkLinks(id: string, direction: 'upstream' | 'downstream', maxDepth: number): LinkedDocument[] {
    return this.guard('read', () => this.statements.get<{ id: string; depth: number }, LinkedDocument>(WALK[direction]).all({ id, depth: maxDepth }));
  }

  unresolvedReferences(id: string): UnresolvedReference[] {
    return this.guard('read', () => this.statements.get<{ id: string }, UnresolvedReference>(SQL.unresolved).all({ id }));
  }

  private documentsState(): State {
    return this.statements.get<[], State>(SQL.documentsState).get()!;
  }
}
