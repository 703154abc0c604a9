// `/plans/{id}`: one plan. Its header fields with provenance, the editable task table, its
// corrections, references and sources on the left; its text on the right, where a click on a
// value marks the span it was read from, and for a page read by OCR the page image with the
// value's word boxes (assets/plan.js).
import { linksOfPlan } from '../../../corpus/plan-views.js';
import type { PlanSummary, Store } from '../../../corpus/store.js';
import type { PlanRecord } from '../../../output/schema.js';
import { formatDate, html, levelLabel, type SafeHtml } from './format.js';
import { renderHeaderFields } from './plan-fields.js';
import { renderCorrections, renderReferences, renderSources } from './plan-sections.js';
import { renderTasks } from './plan-tasks.js';

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** The links between a plan's pages, with the current one marked. */
export function planNav(plan: PlanSummary, record: PlanRecord, current: 'plan' | 'review' | 'chain' | 'deadlines'): SafeHtml {
  const changes = record.text.changes?.length ?? 0;
  const items: Array<[typeof current | 'compare', string, string]> = [
    ['plan', `/plans/${plan.id}`, 'Kế hoạch · Plan'],
    ['review', `/plans/${plan.id}/review`, `Rà soát khôi phục · Review (${changes})`],
    ['chain', `/plans/${plan.id}/chain`, 'Chuỗi thực hiện · Chain'],
    ['deadlines', `/plans/${plan.id}/deadlines`, 'Hạn chót · Deadlines'],
    ['compare', `/compare?a=${plan.id}`, 'So sánh · Compare'],
  ];
  return html`<header class="plan-head">
<p class="kicker"><span class="tag">${levelLabel(plan.issuerLevel)}</span> ${plan.issuerName ?? '—'} · ${formatDate(plan.date)}</p>
<h1>${plan.number ?? 'Không số'} <span class="title">${plan.title ?? ''}</span></h1>
<nav class="plan-nav">${items.map(([key, href, label]) => html`<a href="${href}"${key === current ? html` aria-current="page"` : ''}>${label}</a>`)}
<a href="/api/plans/${plan.id}">JSON</a></nav></header>`;
}

/** The OCR'd pages of the primary source, for the page-image panel: which page images exist. */
function ocrPages(record: PlanRecord): number[] {
  return (record.source.pageInfo ?? []).filter((p) => p.method === 'ocr').map((p) => p.page);
}

export async function renderPlan(store: Store, plan: PlanSummary, record: PlanRecord): Promise<SafeHtml> {
  const links = await linksOfPlan(store, plan);
  const sourceName = baseName(record.source.path);
  const pages = ocrPages(record);
  return html`${planNav(plan, record, 'plan')}
<div class="plan-layout" id="plan" data-plan="${plan.id}" data-source="${record.id}" data-ocr-pages="${pages.join(',')}">
<div class="plan-main">
<section id="fields"><h2>Thông tin chung · Header</h2>
<p class="hint">Bấm vào một giá trị để xem nó được đọc ở đâu trong văn bản. · Click a value to see where it was read.</p>
${renderHeaderFields(record, sourceName)}</section>
${renderTasks(record)}
${renderCorrections(record)}
${renderReferences(record, links, plan.primaryId)}
${renderSources(plan)}
${renderDiagnostics(record)}
</div>
<aside class="plan-text">
<figure id="page-view" hidden><figcaption></figcaption><div class="page-frame"></div></figure>
<h2>Văn bản · Text <span class="sub">${record.text.diacriticsRestored ? 'đã khôi phục dấu · diacritics restored' : ''}</span>${
  record.review?.provenance['text.normalized'] === 'human' ? html` <span class="tag human">có chữ đã rà soát · reviewed words</span>` : ''
}</h2>
<pre id="text" class="text"><span id="text-body">${record.text.normalized}</span></pre>
</aside>
</div>`;
}

function renderDiagnostics(record: PlanRecord): SafeHtml {
  if (record.diagnostics.length === 0) return html``;
  return html`<details class="diagnostics"><summary>Chẩn đoán · Diagnostics (${record.diagnostics.length})</summary>
<ul>${record.diagnostics.map((d) => html`<li class="${d.severity}"><code>${d.code}</code> ${d.message}</li>`)}</ul></details>`;
}
