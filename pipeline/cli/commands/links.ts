// kehoach links <id|id-prefix|number> [--json] [--db PATH]: what a plan implements upstream
// (followed to the top: ward → district → city), what implements it downstream, and the
// references no stored document answers. Links are rebuilt first when the store changed.
//
// --json prints one object: { document: {id, number, title, issuer, level, date},
//   upstream: LinkedDocument[], downstream: LinkedDocument[], unresolved: UnresolvedReference[] }
// (corpus/graph.ts): each linked document with depth, via, relation, confidence, method, and
// planId; each linked plan once, under its corrected heading; `similar`: near-duplicate plans.
// The links are those of the plan's primary source.
import { ensureLinks, type LinkedDocument } from '../../../corpus/graph.js';
import { linksOfPlan, type PlanLinksView } from '../../../corpus/plan-views.js';
import { openStore, type DocumentSummary, type Store } from '../../../corpus/store.js';
import { StoreError, UsageError } from '../../../output/errors.js';
import { dbPath } from '../flags.js';
import { RESULT_LABELS, STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type CliIO, type Command } from '../io.js';
import { printable } from '../printable.js';
import { resolveOnePlan } from './plans.js';

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length !== 1) throw new UsageError(USAGE_MESSAGES.expectsOneDocument);
  const path = dbPath(values.db, io);
  const store: Store = openStore(path, { readOnly: true });
  try {
    const plan = await resolveOnePlan(store, positionals[0]!, 'links', io);
    if (!plan) return EXIT.failed;
    // Links older than the documents or their corrections are rebuilt through a writable
    // connection when the file allows it; a read-only file answers with the links it has.
    if (await store.graph.linksAreStale()) await rebuildLinks(path);
    const links = await linksOfPlan(store, plan);
    const document = { id: plan.primaryId, number: plan.number, title: plan.title, issuer: plan.issuerName, level: plan.issuerLevel, date: plan.date };
    const sources = plan.sources.map((s) => s.id);
    if (values.json) io.stdout.write(`${JSON.stringify({ document, planId: plan.id, sources, ...links })}\n`);
    else io.stdout.write(printable(formatLinks({ ...plan, id: plan.id }, links)));
    return EXIT.ok;
  } finally {
    await store.close();
  }
};

async function rebuildLinks(path: string): Promise<void> {
  let writable: Store | null = null;
  try {
    writable = openStore(path, { mustExist: true });
    await ensureLinks(writable);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
  } finally {
    await writable?.close();
  }
}

const RELATION_LABEL = RESULT_LABELS.relation;

function describe(d: { number: string | null; date: string | null; level: string | null; issuer: string | null; title: string | null }): string {
  return `${d.number ?? RESULT_LABELS.noNumber} · ${d.date ?? '—'} · ${d.level ?? '—'} · ${d.issuer ?? '—'}${d.title ? ` — ${d.title}` : ''}`;
}

function linkLine(l: LinkedDocument, arrow: string): string {
  const confidence = l.confidence < 1 ? ` (${RESULT_LABELS.confidence(l.confidence.toFixed(2), l.method)})` : '';
  const id = 'planId' in l ? String(l.planId) : l.id;
  return `${'  '.repeat(l.depth)}${arrow} [${RELATION_LABEL[l.relation]}] ${describe(l)} [${id.slice(0, 12)}]${confidence}`;
}

type Heading = Pick<DocumentSummary, 'id' | 'number' | 'date' | 'issuerLevel' | 'issuerName' | 'title'>;

export function formatLinks(doc: Heading, links: PlanLinksView): string {
  const lines = [
    describe({ number: doc.number, date: doc.date, level: doc.issuerLevel, issuer: doc.issuerName, title: doc.title }),
    `  ${RESULT_LABELS.plan}: ${doc.id}`,
    '',
    RESULT_LABELS.upstream(links.upstream.length),
    ...(links.upstream.length ? links.upstream.map((l) => linkLine(l, '↑')) : ['  —']),
    '',
    RESULT_LABELS.downstream(links.downstream.length),
    ...(links.downstream.length ? links.downstream.map((l) => linkLine(l, '↓')) : ['  —']),
    '',
    RESULT_LABELS.unresolved(links.unresolved.length),
    ...(links.unresolved.length
      ? links.unresolved.map(
          (r) =>
            `  - [${RELATION_LABEL[r.relation]}] ${r.type ?? ''} ${r.number ?? RESULT_LABELS.blankSerial}${r.date ? RESULT_LABELS.referenceDate(r.date) : ''}${r.issuer ? RESULT_LABELS.referenceIssuer(r.issuer) : ''}`.replace(/\s+/g, ' '),
        )
      : ['  —']),
    ...(links.similar.length
      ? ['', RESULT_LABELS.similar(links.similar.length), ...links.similar.map((p) => `  ≈ ${describe(p)} [${p.id.slice(0, 12)}] (${RESULT_LABELS.similarity(p.similarity.toFixed(2))})`)]
      : []),
  ];
  return `${lines.join('\n')}\n`;
}
