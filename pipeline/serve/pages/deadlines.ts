// `/plans/{id}/deadlines` and `/deadlines?a=&b=`: the tasks' deadlines on a timeline, of one
// plan or of two in two lanes, where the deadlines compareRecords finds out of step (a lower
// level due after the upper level) are marked.
import { compareRecords } from '../../../corpus/compare.js';
import type { PlanSummary, Store } from '../../../corpus/store.js';
import type { PlanRecord, TaskRow } from '../../../output/schema.js';
import { html, queryString, type SafeHtml } from './format.js';
import { planNav } from './plan.js';
import { pickerForm, pickPlan, pickProblem, shownName } from './plan-picker.js';
import { renderTimeline, undatedTasks, type Lane } from './timeline.js';

const laneLabel = (side: 'a' | 'b', plan: PlanSummary) => `${side.toUpperCase()} · ${plan.number ?? 'Không số'} · ${plan.issuerName ?? ''}`;

function undatedList(label: string, tasks: readonly TaskRow[]): SafeHtml {
  const undated = undatedTasks(tasks);
  if (undated.length === 0) return html``;
  return html`<h3>${label}: hạn không có ngày cụ thể · without a date (${undated.length})</h3>
<ul class="undated">${undated.map((t) => html`<li><span class="idx">${t.index ?? '·'}</span> ${t.content} — <em>${t.deadline?.text ?? ''}</em>${t.deadline?.recurring ? html` <span class="tag">định kỳ</span>` : ''}</li>`)}</ul>`;
}

export function renderPlanDeadlines(plan: PlanSummary, record: PlanRecord): SafeHtml {
  const noDeadline = record.tasks.filter((t) => t.deadline === null).length;
  return html`${planNav(plan, record, 'deadlines')}
<section class="deadlines-page">
<h2>Hạn chót · Deadlines</h2>
<p class="hint">${record.tasks.length} nhiệm vụ; ${noDeadline} không ghi thời hạn. <a href="/deadlines${queryString({ a: plan.id })}">So với kế hoạch khác · against another plan</a></p>
<div class="timeline-frame">${renderTimeline([{ label: laneLabel('a', plan), side: 'a', tasks: record.tasks }])}</div>
${undatedList('A', record.tasks)}
</section>`;
}

export async function renderComparedDeadlines(store: Store, a: string | undefined, b: string | undefined): Promise<SafeHtml> {
  const pickedA = await pickPlan(store, a);
  const pickedB = await pickPlan(store, b);
  const form = pickerForm('/deadlines', await shownName(store, a, pickedA), await shownName(store, b, pickedB), 'Xem hạn chót · Show');
  const parts: SafeHtml[] = [
    pickProblem('a', pickedA, (id) => `/deadlines${queryString({ a: id, b })}`),
    pickProblem('b', pickedB, (id) => `/deadlines${queryString({ a, b: id })}`),
  ];
  const planA = pickedA && 'plan' in pickedA ? pickedA.plan : null;
  const planB = pickedB && 'plan' in pickedB ? pickedB.plan : null;
  const recordA = planA ? await store.getPlanRecord(planA.id) : null;
  const recordB = planB ? await store.getPlanRecord(planB.id) : null;
  if (planA && recordA) {
    const lanes: Lane[] = [{ label: laneLabel('a', planA), side: 'a', tasks: recordA.tasks }];
    if (planB && recordB) {
      const comparison = compareRecords(recordA, recordB);
      lanes[0]!.late = new Set(comparison.deadlineConflicts.map((c) => c.a));
      lanes.push({ label: laneLabel('b', planB), side: 'b', tasks: recordB.tasks, late: new Set(comparison.deadlineConflicts.map((c) => c.b)) });
      parts.push(html`<p class="facts">${comparison.deadlineConflicts.length} hạn chót lệch nhau · deadline conflicts (viền đỏ · outlined red).</p>
${comparison.deadlineConflicts.length ? html`<ul class="conflicts">${comparison.deadlineConflicts.map((c) => html`<li>${c.message}</li>`)}</ul>` : ''}`);
    }
    parts.push(html`<div class="timeline-frame">${renderTimeline(lanes)}</div>`, undatedList('A', recordA.tasks));
    if (recordB) parts.push(undatedList('B', recordB.tasks));
  }
  return html`<h1>Hạn chót · Deadlines</h1>${form}${parts}`;
}
