// Naming a plan on the command line, and printing plans one a line: shared by show, list,
// links, compare, correct, review and primary.
import type { DocumentSummary, PlanSummary, Store } from '../../../corpus/store.js';
import { RESULT_LABELS, STATUS_MESSAGES } from '../help.js';
import type { CliIO } from '../io.js';
import { oneLine, printable } from '../printable.js';

/** The one stored plan a user named; null (after saying why) when none or several match. */
export async function resolveOnePlan(store: Store, wanted: string, command: string, io: CliIO): Promise<PlanSummary | null> {
  const matches = await store.resolvePlan(wanted);
  if (matches.length === 0) {
    io.stderr.write(`${STATUS_MESSAGES.noPlan(command, oneLine(wanted))}\n`);
    return null;
  }
  if (matches.length > 1) {
    io.stderr.write(`${STATUS_MESSAGES.severalPlans(command, oneLine(wanted), matches.length)}\n${printable(describePlans(matches))}`);
    return null;
  }
  return matches[0]!;
}

/** The columns of a document's or a plan's line: short id, number, date, level, issuer, title, tasks. */
export function summaryCells(d: Pick<DocumentSummary, 'id' | 'number' | 'symbol' | 'date' | 'issuerLevel' | 'issuerName' | 'title' | 'taskCount'>): string[] {
  return [
    d.id.slice(0, 12),
    (d.number ?? (d.symbol ? `…/${d.symbol}` : '—')).padEnd(16),
    (d.date ?? '—').padEnd(10),
    (d.issuerLevel ?? '—').padEnd(8),
    d.issuerName ?? '—',
    '·',
    d.title ?? '—',
    `· ${RESULT_LABELS.taskCount(d.taskCount)}`,
  ];
}

/** One line per plan: its columns, then the number of files when more than one. */
export function describePlans(plans: readonly PlanSummary[]): string {
  return plans
    .map((d) => [...summaryCells(d), d.sources.length > 1 ? `· ${RESULT_LABELS.sourceCount(d.sources.length)}` : ''].filter(Boolean).join(' '))
    .map((line) => `${line}\n`)
    .join('');
}

/** The sources of a plan, one a line, the primary first. */
export function describeSources(plan: PlanSummary): string {
  const lines = [RESULT_LABELS.sources(plan.sources.length)];
  for (const s of plan.sources) {
    const tags = [
      s.primary ? RESULT_LABELS.primary : '',
      s.format,
      s.textLayer ? '' : RESULT_LABELS.ocr,
      RESULT_LABELS.joinedBy[s.joinedBy],
      s.similarity !== null ? RESULT_LABELS.similarity(s.similarity.toFixed(2)) : '',
    ].filter(Boolean);
    lines.push(`  ${s.id} [${tags.join(', ')}] ${oneLine(s.path)}`);
  }
  return `${lines.join('\n')}\n`;
}
