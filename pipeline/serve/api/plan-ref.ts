// A plan named in a URL ({id}: a plan id or a unique prefix of it, a source's id, or a number),
// as `kehoach show` names one: exactly one plan, or a problem saying why not.
import type { PlanSummary, Store } from '../../../corpus/store.js';
import { problem, type Problem } from '../problems.js';

/** How an ambiguous reference lists its candidates: enough to choose one. */
export interface PlanCandidate {
  id: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
}

export async function resolvePlanRef(store: Store, reference: string): Promise<PlanSummary | Problem> {
  const wanted = reference.trim();
  if (!wanted || wanted.length > 300) return problem('bad-parameter', 'a plan is named by its id, a unique prefix of it (4+ hex digits), a source id or its number');
  const matches = await store.resolvePlan(wanted);
  if (matches.length === 0) return problem('unknown-plan', `no stored plan matches "${oneLine(wanted)}"`);
  if (matches.length > 1) {
    const candidates: PlanCandidate[] = matches.map((p) => ({ id: p.id, number: p.number, date: p.date, issuer: p.issuerName, title: p.title }));
    return problem('ambiguous-reference', `"${oneLine(wanted)}" matches ${matches.length} plans; give more of the plan id`, { candidates });
  }
  return matches[0]!;
}

/** A value from a request, safe to quote in a one-line message. */
export function oneLine(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
