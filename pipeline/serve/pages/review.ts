// `/plans/{id}/review`: the restoration changes of a plan (diacritics restored, OCR repaired),
// least confident first, each with its context. Accept keeps the machine's replacement, reject
// puts the original back, edit gives another word; each is a correction of
// text.changes[i].replacement (assets/review.js). "Accept all above" is one batch request.
import type { PlanSummary } from '../../../corpus/store.js';
import type { PlanRecord, TextChange } from '../../../output/schema.js';
import { html, percent, queryString, type SafeHtml } from './format.js';
import { planNav } from './plan.js';

/** Changes on one page of the review. */
export const CHANGES_PER_PAGE = 100;
/** Characters of text shown on each side of a change. */
const CONTEXT = 40;

const KIND: Record<TextChange['kind'], string> = { diacritics: 'dấu', ocr: 'OCR', abbreviation: 'viết tắt', debris: 'rác' };

function context(text: string, change: TextChange): SafeHtml {
  const before = text.slice(Math.max(0, change.span.start - CONTEXT), change.span.start).replace(/\s+/g, ' ');
  const after = text.slice(change.span.end, change.span.end + CONTEXT).replace(/\s+/g, ' ');
  return html`<span class="context">…${before}<mark>${text.slice(change.span.start, change.span.end)}</mark>${after}…</span>`;
}

export interface ReviewOptions {
  page: number;
  /** Only the changes no one has reviewed yet. */
  pending: boolean;
}

export function renderReview(plan: PlanSummary, record: PlanRecord, options: ReviewOptions): SafeHtml {
  const changes = record.text.changes ?? [];
  const human = record.review?.provenance ?? {};
  const isReviewed = (position: number) => human[`text.changes[${position}].replacement`] === 'human';
  const order = changes
    .map((change, position) => ({ change, position }))
    .filter(({ position }) => !options.pending || !isReviewed(position))
    .sort((a, b) => a.change.confidence - b.change.confidence || a.position - b.position);
  const pages = Math.max(1, Math.ceil(order.length / CHANGES_PER_PAGE));
  const page = Math.min(Math.max(1, options.page), pages);
  const shown = order.slice((page - 1) * CHANGES_PER_PAGE, page * CHANGES_PER_PAGE);
  const reviewed = changes.filter((_, position) => isReviewed(position)).length;
  return html`${planNav(plan, record, 'review')}
<section class="review" id="review" data-plan="${plan.id}">
<h2>Rà soát khôi phục dấu · Restoration review</h2>
<p class="review-filter">${
    options.pending
      ? html`Đang xem các thay đổi chưa rà soát · pending only. <a href="/plans/${plan.id}/review">Xem tất cả · show all</a>`
      : html`<a href="/plans/${plan.id}/review?pending=1">Chỉ xem thay đổi chưa rà soát · pending only</a>`
  }</p>
<p class="hint">Bàn phím · keys: j / k chọn dòng · move, a chấp nhận · accept, r từ chối · reject, e sửa · edit.</p>
<p>${changes.length} thay đổi, <span class="reviewed-count">${reviewed}</span> đã rà soát · ${changes.length} changes, <span class="reviewed-count">${reviewed}</span> reviewed. Sắp theo độ tin cậy, thấp nhất trước · least confident first.</p>
<form class="accept-above">
<label>Chấp nhận tất cả từ ngưỡng · Accept all at or above <input name="threshold" type="number" min="0" max="1" step="0.01" value="0.95"></label>
<button type="submit">Chấp nhận tất cả · Accept all</button>
</form>
${changes.length === 0 ? html`<p class="none">Văn bản không có thay đổi nào để rà soát. · Nothing was restored.</p>` : ''}
<table class="changes"><thead><tr><th>Tin cậy</th><th>Loại</th><th>Gốc → Thay</th><th>Ngữ cảnh · Context</th><th></th></tr></thead><tbody>
${shown.map(({ change, position }) => {
    const path = `text.changes[${position}].replacement`;
    const done = human[path] === 'human';
    const decision = !done ? '' : change.replacement === change.original ? 'rejected' : 'accepted';
    return html`<tr class="change${done ? ` reviewed ${decision}` : ''}${change.confidence < 0.6 ? ' doubtful' : ''}" data-position="${position}" data-original="${change.original}" data-replacement="${change.replacement}">
<td class="confidence">${percent(change.confidence)}</td><td>${KIND[change.kind] ?? change.kind}</td>
<td class="pair"><span class="original">${change.original}</span> → <span class="replacement">${change.replacement}</span>${done ? html` <span class="tag human">đã rà soát</span>` : ''}</td>
<td>${context(record.text.normalized, change)}</td>
<td class="actions"><button type="button" class="accept">Chấp nhận</button> <button type="button" class="reject">Từ chối</button> <button type="button" class="edit-change">Sửa</button>
<form class="change-edit" hidden><input name="value" value="${change.replacement}" aria-label="Từ đúng · the right word"> <button type="submit">Lưu</button></form></td>
</tr>`;
  })}
</tbody></table>
${pages > 1 ? pager(plan.id, page, pages, options.pending) : ''}
</section>`;
}

function pager(planId: string, page: number, pages: number, pending: boolean): SafeHtml {
  const link = (n: number, label: string) => html`<a href="/plans/${planId}/review${queryString({ page: n, pending: pending ? 1 : null })}">${label}</a>`;
  return html`<nav class="pager">${page > 1 ? link(page - 1, '← trước') : ''} Trang ${page}/${pages} ${page < pages ? link(page + 1, 'sau →') : ''}</nav>`;
}
