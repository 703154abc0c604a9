// Choosing two plans by what a reviewer types (a plan id, a prefix of it, a source id, a number),
// for the compare and deadline pages: the form and the resolution, which names the candidates
// when a number fits several plans.
import type { PlanSummary, Store } from '../../../corpus/store.js';
import { formatDate, html, type SafeHtml } from './format.js';

export type Picked = { plan: PlanSummary } | { problem: string; candidates: PlanSummary[] } | null;

export async function pickPlan(store: Store, reference: string | undefined): Promise<Picked> {
  const ref = reference?.trim().slice(0, 200);
  if (!ref) return null;
  const direct = await store.getPlan(ref);
  if (direct) return { plan: direct };
  const matches = await store.resolvePlan(ref);
  if (matches.length === 1) return { plan: matches[0]! };
  if (matches.length === 0) return { problem: `Không có kế hoạch nào là «${ref}» · no plan matches`, candidates: [] };
  return { problem: `«${ref}» ứng với ${matches.length} kế hoạch, chọn một · matches ${matches.length} plans`, candidates: matches.slice(0, 20) };
}

/** How the form shows a picked plan: by its number when that names it alone, else by its id. */
export async function shownName(store: Store, typed: string | undefined, picked: Picked): Promise<string | undefined> {
  if (!picked || !('plan' in picked)) return typed;
  const { number, id } = picked.plan;
  return number && (await store.resolvePlan(number)).length === 1 ? number : id;
}

const label = (p: PlanSummary) => `${p.number ?? 'Không số'} · ${formatDate(p.date)} · ${p.issuerName ?? ''}`;

/** The form: each plan named as a reviewer knows it (a number, an id or a prefix of it). */
export function pickerForm(action: string, a: string | undefined, b: string | undefined, submit: string): SafeHtml {
  return html`<form class="picker" method="get" action="${action}">
<label>Kế hoạch A <input name="a" value="${a ?? ''}" placeholder="số hoặc mã · number or id" required></label>
<label>Kế hoạch B <input name="b" value="${b ?? ''}" placeholder="số hoặc mã · number or id"></label>
<button type="submit">${submit}</button>
<p class="hint">Ví dụ · e.g. 05/KH-HĐTĐKT, hoặc mã kế hoạch trong địa chỉ trang kế hoạch · or the id in a plan page's address.</p>
</form>`;
}

/** What went wrong picking a side, with the candidates as links that pick them. */
export function pickProblem(side: 'a' | 'b', picked: Picked, link: (planId: string) => string): SafeHtml {
  if (!picked || 'plan' in picked) return html``;
  return html`<div class="problem"><p>${side.toUpperCase()}: ${picked.problem}</p>${
    picked.candidates.length ? html`<ul>${picked.candidates.map((p) => html`<li><a href="${link(p.id)}">${label(p)}</a> ${p.title ?? ''}</li>`)}</ul>` : ''
  }</div>`;
}
