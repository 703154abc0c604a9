// The lower parts of a plan's page: its corrections (conflicts first and marked), its
// references with links to the stored plans they resolve to, and its source files with the
// primary marked and a button to choose another.
import type { PlanLinksView } from '../../../corpus/plan-views.js';
import type { PlanSummary } from '../../../corpus/store.js';
import type { PlanRecord } from '../../../output/schema.js';
import { formatDate, html, levelLabel, percent, valueText, type SafeHtml } from './format.js';

const REASONS: Record<string, string> = {
  'machine-changed': 'máy nay đọc khác · the machine now reads another value',
  'row-missing': 'không tìm lại được dòng · the row is gone',
  'row-now-extracted': 'máy nay đã đọc được dòng này · the machine now reads this row',
};

const STATUS: Record<string, string> = { applied: 'đã áp dụng', conflict: 'xung đột', 'not-applied': 'chưa áp dụng' };

export function renderCorrections(record: PlanRecord): SafeHtml {
  const review = record.review;
  const corrections = [...(review?.corrections ?? [])].sort((a, b) => Number(b.status !== 'applied') - Number(a.status !== 'applied'));
  const conflictOf = new Map((review?.conflicts ?? []).map((c) => [c.correctionId, c]));
  return html`<section id="corrections" class="corrections">
<h2>Sửa đổi · Corrections <span class="count">${corrections.length}</span>${
    review?.conflicts.length ? html` <span class="tag conflict">${review.conflicts.length} xung đột · conflicts</span>` : ''
  }</h2>
${corrections.length === 0 ? html`<p class="none">Chưa có sửa đổi nào. · No corrections yet.</p>` : ''}
<ul class="correction-list">${corrections.map((c) => {
    const conflict = conflictOf.get(c.id);
    return html`<li class="correction ${c.status}" data-id="${c.id}">
<code class="path">${c.path}${c.row ? html` <span class="row">${c.row.index ? `#${c.row.index}` : `dòng ${c.row.position + 1}`}</span>` : ''}</code>
<span class="status">${STATUS[c.status] ?? c.status}</span>
<span class="change"><del>${valueText(c.machineValue)}</del> → <ins>${c.op === 'delete' ? '(xóa dòng)' : valueText(c.value)}</ins></span>
${conflict ? html`<span class="conflict-note">⚠ ${REASONS[conflict.reason] ?? conflict.reason}${conflict.reason === 'machine-changed' ? html`: <q>${valueText(conflict.machineNow)}</q>` : ''}</span>` : ''}
<span class="who">${c.author} · ${c.createdAt.replace('T', ' ').slice(0, 16)}${c.note ? html` · <q>${c.note}</q>` : ''}</span>
<span class="buttons">${
      conflict && !c.path.includes('[]')
        ? html`<button type="button" class="keep" data-path="${c.path}" data-value="${JSON.stringify(c.value)}" data-note="${c.note ?? ''}">Giữ giá trị đã sửa · keep</button> `
        : ''
    }<button type="button" class="undo danger" data-id="${c.id}">${conflict ? 'Theo máy · use machine' : 'Hoàn tác · Undo'}</button></span>
</li>`;
  })}</ul>
</section>`;
}

const RELATION: Record<string, string> = { implements: 'thực hiện', basis: 'căn cứ', mentions: 'nhắc đến' };

export function renderReferences(record: PlanRecord, links: PlanLinksView, primaryId: string): SafeHtml {
  // A direct upstream link names the reference it answers by its position in this plan's references.
  const resolved = new Map(links.upstream.filter((l) => l.depth === 1 && l.via === primaryId).map((l) => [l.refOrd, l]));
  const mentions = new Map(
    [...links.upstream, ...links.downstream].filter((l) => l.depth === 1 && l.via === primaryId && !resolved.has(l.refOrd)).map((l) => [l.refOrd, l]),
  );
  const downstream = links.downstream.filter((l) => l.depth === 1);
  return html`<section id="references" class="references">
<h2>Văn bản dẫn chiếu · References <span class="count">${record.references.length}</span></h2>
<ul>${record.references.map((r, i) => {
    const link = resolved.get(i) ?? mentions.get(i);
    return html`<li><span class="tag">${RELATION[r.relation] ?? r.relation}</span>
<button type="button" class="value spanned" data-start="${r.span.start}" data-end="${r.span.end}" data-page="">${[r.type, r.number].filter(Boolean).join(' ') || r.title || '—'}</button>
${r.date ? html` · ${formatDate(r.date)}` : ''}${r.issuer ? html` · ${r.issuer}` : ''}
${link ? html` → <a href="/plans/${link.planId}">${link.number ?? 'kế hoạch'}: ${link.title ?? ''}</a> <span class="confidence">${percent(link.confidence)}</span>` : html` <span class="none">(không có trong kho · not stored)</span>`}</li>`;
  })}</ul>
${record.references.length === 0 ? html`<p class="none">—</p>` : ''}
${
  downstream.length
    ? html`<h3>Được thực hiện bởi · Implemented by</h3><ul>${downstream.map(
        (l) => html`<li><a href="/plans/${l.planId}">${l.number ?? 'kế hoạch'}</a> ${l.title ?? ''} <span class="tag">${levelLabel(l.level)}</span> <span class="confidence">${percent(l.confidence)}</span></li>`,
      )}</ul>`
    : ''
}
${
  links.similar.length
    ? html`<h3>Gần giống · Near-duplicates</h3><ul>${links.similar.map(
        (s) => html`<li><a href="/plans/${s.id}">${s.number ?? 'kế hoạch'}</a> ${s.title ?? ''} <span class="confidence">${percent(s.similarity)}</span></li>`,
      )}</ul>`
    : ''
}
</section>`;
}

const JOINED: Record<string, string> = { identity: 'cùng định danh', text: 'văn bản gần giống', new: 'đầu tiên' };

export function renderSources(plan: PlanSummary): SafeHtml {
  return html`<section id="sources" class="sources">
<h2>Nguồn · Sources <span class="count">${plan.sources.length}</span></h2>
<table><thead><tr><th></th><th>Tệp · File</th><th>Định dạng</th><th>Đọc bằng</th><th>Gộp vì</th><th>Lỗi</th><th>Nạp lúc</th><th></th></tr></thead><tbody>
${plan.sources.map(
    (s) => html`<tr class="${s.primary ? 'primary' : ''}" data-source="${s.id}">
<td>${s.primary ? html`<span class="tag primary" title="Bản chính · primary">★ bản chính</span>` : ''}</td>
<td class="path" title="${s.id}">${s.path}</td><td>${s.format}</td><td>${s.textLayer ? 'lớp chữ · text' : 'OCR'}</td>
<td>${JOINED[s.joinedBy] ?? s.joinedBy}${s.similarity !== null ? html` (${percent(s.similarity)})` : ''}</td><td>${s.errorCount}</td>
<td>${s.ingestedAt.replace('T', ' ').slice(0, 16)}</td>
<td>${s.primary ? '' : html`<button type="button" class="make-primary" data-source="${s.id}">Chọn làm bản chính</button>`}</td></tr>`,
  )}
</tbody></table>
<p><button type="button" class="make-primary" data-source="auto">Chọn theo quy tắc · primary by rule</button></p>
</section>`;
}
