// `/compare?a=&b=`: any two plans side by side, as `kehoach compare` sees them (compareRecords on
// the corrected records): movements both take up or only one, tasks aligned with deadline
// conflicts marked, documents both cite, lead units per kind of task.
import { compareRecords } from '../../../corpus/compare.js';
import type { Store } from '../../../corpus/store.js';
import type { ComparedPlan, Comparison, TaskInfo } from '../../../output/compare-schema.js';
import { comparisonFacts } from '../../../output/compare-html.js';
import { formatDate, html, levelLabel, queryString, type SafeHtml } from './format.js';
import { pickerForm, pickPlan, pickProblem, shownName } from './plan-picker.js';

const none = html`<span class="none">—</span>`;

function planCard(p: ComparedPlan, planId: string, side: 'a' | 'b'): SafeHtml {
  return html`<section class="plan-card ${side}"><h3>${side.toUpperCase()} · <a href="/plans/${planId}">${p.number ?? 'Không số'}</a></h3><dl>
<dt>Cơ quan</dt><dd>${p.issuer ?? '—'} <span class="tag">${levelLabel(p.level)}</span></dd>
<dt>Ngày</dt><dd>${formatDate(p.date)}</dd><dt>Trích yếu</dt><dd>${p.title ?? '—'}</dd>
<dt>Nội dung</dt><dd>${p.movements} phong trào, chủ đề · ${p.tasks} nhiệm vụ</dd></dl></section>`;
}

const taskCell = (t: TaskInfo) => html`<span class="idx">${t.index ?? ''}</span> ${t.content}${t.lead.length ? html`<span class="lead">${t.lead.join('; ')}</span>` : ''}`;

const names = (items: ReadonlyArray<{ name: string; kind: string }>) =>
  items.length ? html`<ul>${items.map((m) => html`<li>${m.name} <span class="tag">${m.kind}</span></li>`)}</ul>` : none;

const cited = (items: ReadonlyArray<{ number: string; type: string | null; date: string | null }>) =>
  items.length ? html`<ul>${items.map((r) => html`<li>${[r.type, r.number].filter(Boolean).join(' ')}${r.date ? html` · ${formatDate(r.date)}` : ''}</li>`)}</ul>` : none;

export function renderComparison(c: Comparison, planA: string, planB: string): SafeHtml {
  const conflicts = new Map(c.deadlineConflicts.map((d) => [`${d.a}|${d.b}`, d]));
  const facts = comparisonFacts(c);
  return html`<div class="plan-cards">${planCard(c.a, planA, 'a')}${planCard(c.b, planB, 'b')}</div>
<p class="facts">${facts.join(' ')} <a href="/deadlines${queryString({ a: planA, b: planB })}">Xem trên dòng thời gian · on a timeline</a></p>
<h2>Phong trào, chủ đề · Movements</h2>
<div class="cols3"><div><h3>Cả hai (${c.movements.both.length})</h3>${
    c.movements.both.length ? html`<ul>${c.movements.both.map((m) => html`<li>${m.a.name}${m.a.name === m.b.name ? '' : html` ↔ ${m.b.name}`}</li>`)}</ul>` : none
  }</div><div><h3>Chỉ A (${c.movements.onlyA.length})</h3>${names(c.movements.onlyA)}</div><div><h3>Chỉ B (${c.movements.onlyB.length})</h3>${names(c.movements.onlyB)}</div></div>
<h2>Nhiệm vụ tương ứng · Matched tasks (${c.tasks.pairs.length})</h2>
${
  c.tasks.pairs.length
    ? html`<table class="pairs"><thead><tr><th>Nhiệm vụ A</th><th>Hạn A</th><th>Điểm</th><th>Nhiệm vụ B</th><th>Hạn B</th></tr></thead><tbody>${c.tasks.pairs.map((p) => {
        const conflict = conflicts.get(`${p.a.ord}|${p.b.ord}`);
        return html`<tr${conflict ? html` class="conflict"` : ''}><td>${taskCell(p.a)}</td><td class="due${conflict?.later === 'a' ? ' late' : ''}">${p.a.deadline?.text ?? '—'}</td>
<td class="score">${p.score.toFixed(2)}</td><td>${taskCell(p.b)}${conflict ? html`<span class="conflict-note">⚠ ${conflict.message}</span>` : ''}</td><td class="due${conflict?.later === 'b' ? ' late' : ''}">${p.b.deadline?.text ?? '—'}</td></tr>`;
      })}</tbody></table>`
    : html`<p class="none">Không có nhiệm vụ tương ứng.</p>`
}
<h2>Nhiệm vụ không tương ứng · Unmatched</h2>
<div class="cols2"><div><h3>Chỉ A (${c.tasks.onlyA.length})</h3><ul>${c.tasks.onlyA.map((t) => html`<li>${taskCell(t)}</li>`)}</ul></div>
<div><h3>Chỉ B (${c.tasks.onlyB.length})</h3><ul>${c.tasks.onlyB.map((t) => html`<li>${taskCell(t)}</li>`)}</ul></div></div>
<h2>Văn bản dẫn chiếu · References</h2>
<div class="cols3"><div><h3>Cả hai (${c.references.both.length})</h3>${cited(c.references.both)}</div><div><h3>Chỉ A (${c.references.onlyA.length})</h3>${cited(c.references.onlyA)}</div><div><h3>Chỉ B (${c.references.onlyB.length})</h3>${cited(c.references.onlyB)}</div></div>
<h2>Đơn vị chủ trì theo loại nhiệm vụ · Lead units</h2>
<table><thead><tr><th>Loại</th><th>A</th><th>B</th></tr></thead><tbody>${c.responsibilities.map(
    (r) => html`<tr><td>${r.label}</td><td>${r.a.map((u, i) => html`${i ? html`<br>` : ''}${u.unit} <span class="tag">${u.tasks}</span>`)}</td><td>${r.b.map((u, i) => html`${i ? html`<br>` : ''}${u.unit} <span class="tag">${u.tasks}</span>`)}</td></tr>`,
  )}</tbody></table>`;
}

export async function renderCompare(store: Store, a: string | undefined, b: string | undefined): Promise<SafeHtml> {
  const pickedA = await pickPlan(store, a);
  const pickedB = await pickPlan(store, b);
  const form = pickerForm('/compare', await shownName(store, a, pickedA), await shownName(store, b, pickedB), 'So sánh · Compare');
  const problems = [pickProblem('a', pickedA, (id) => `/compare${queryString({ a: id, b })}`), pickProblem('b', pickedB, (id) => `/compare${queryString({ a, b: id })}`)];
  let body: SafeHtml = html``;
  if (pickedA && 'plan' in pickedA && pickedB && 'plan' in pickedB) {
    const [ra, rb] = [await store.getPlanRecord(pickedA.plan.id), await store.getPlanRecord(pickedB.plan.id)];
    if (ra && rb) body = renderComparison(compareRecords(ra, rb), pickedA.plan.id, pickedB.plan.id);
  } else if (!a || !b) {
    body = html`<p class="hint">Chọn hai kế hoạch để so sánh. · Pick two plans.</p>`;
  }
  return html`<h1>So sánh kế hoạch · Compare plans</h1>${form}${problems}${body}`;
}
