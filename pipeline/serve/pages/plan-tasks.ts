// The task table of a plan, editable: each row's cells with their provenance, an edit form per
// row, a delete button and a form to add a row. Every change is a correction sent through the
// API by assets/tasks.js (tasks[3].lead, tasks[3] = null, tasks[+]); nothing here writes.
import type { PlanRecord, TaskRow } from '../../../output/schema.js';
import { html, percent, type SafeHtml } from './format.js';
import { filePageAt } from './provenance.js';

/** Rows below this confidence are marked for a second look. */
const DOUBTFUL = 0.7;

const list = (units: readonly string[]) => units.join('; ');

/** True when a person gave this cell's value (or the whole row). */
function human(record: PlanRecord, position: number, field: string): boolean {
  const provenance = record.review?.provenance ?? {};
  return provenance[`tasks[${position}].${field}`] === 'human' || provenance[`tasks[${position}]`] === 'human';
}

/** The units of a row: the lead ones, then the supporting ones, each marked when a person gave them. */
function unitsCell(record: PlanRecord, task: TaskRow, position: number): SafeHtml {
  return html`<td class="units"><span class="lead${human(record, position, 'lead') ? ' human' : ''}">${list(task.lead) || html`<span class="none">—</span>`}</span>${
    task.support.length || human(record, position, 'support')
      ? html`<span class="support${human(record, position, 'support') ? ' human' : ''}">Phối hợp: ${list(task.support) || '—'}</span>`
      : ''
  }</td>`;
}

function editRow(task: TaskRow, position: number): SafeHtml {
  return html`<tr class="task-edit" id="task-edit-${position}" hidden><td colspan="6">
<form class="task-form" data-position="${position}" data-index="${task.index ?? ''}">
<label>Nội dung · Content <textarea name="content" rows="3" data-original="${task.content}">${task.content}</textarea></label>
<label>Chủ trì · Lead <input name="lead" value="${list(task.lead)}" data-original="${list(task.lead)}" placeholder="Đơn vị; đơn vị"></label>
<label>Phối hợp · Support <input name="support" value="${list(task.support)}" data-original="${list(task.support)}"></label>
<label>Giám sát · Supervisor <input name="supervisor" value="${task.supervisor ?? ''}" data-original="${task.supervisor ?? ''}"></label>
<label>Thời gian · Deadline <input name="deadline" value="${task.deadline?.text ?? ''}" data-original="${task.deadline?.text ?? ''}"></label>
<label>Ghi chú · Note <input name="note"></label>
<p><button type="submit">Lưu · Save</button> <button type="button" class="cancel">Hủy</button></p>
</form></td></tr>`;
}

function taskRow(record: PlanRecord, task: TaskRow, position: number, addedBy: string | undefined): SafeHtml {
  const rowHuman = record.review?.provenance[`tasks[${position}]`] === 'human';
  // A row of an appendix filed alone has its span in that source's text, not in the one shown.
  const span = task.sourceId ? undefined : task.span;
  const page = span ? filePageAt(record, span.start) : null;
  return html`<tr class="task${task.confidence < DOUBTFUL ? ' doubtful' : ''}${rowHuman ? ' human' : ''}" id="task-${position}" data-position="${position}">
<td class="index">${task.index ?? ''}</td>
<td class="content${human(record, position, 'content') ? ' human' : ''}">${
    span
      ? html`<button type="button" class="value spanned" data-start="${span.start}" data-end="${span.end}" data-page="${page ?? ''}">${task.content}</button>`
      : task.content
  }${task.section ? html`<span class="task-section">${task.section}</span>` : ''}${
    task.sourceId ? html`<span class="tag appendix" title="${task.sourceId}">phụ lục · appendix ${task.sourceId.slice(0, 8)}</span>` : ''
  }</td>
${unitsCell(record, task, position)}
<td class="deadline${human(record, position, 'deadline') ? ' human' : ''}">${task.deadline?.text ?? html`<span class="none">—</span>`}</td>
<td class="confidence">${rowHuman ? html`<span class="tag human">người</span>` : percent(task.confidence)}</td>
<td class="actions">${
    // A row a person added is changed by undoing its correction (and adding it again), not corrected over.
    addedBy
      ? html`<button type="button" class="delete-task danger" data-correction="${addedBy}" data-label="${task.index ?? String(position + 1)}">Xóa</button>`
      : html`<button type="button" class="edit-task" data-position="${position}">Sửa</button><button type="button" class="delete-task danger" data-position="${position}" data-label="${task.index ?? String(position + 1)}">Xóa</button>`
  }</td>
</tr>
${editRow(task, position)}`;
}

/**
 * The corrections that added rows, by the position their row is shown at: added rows follow the
 * machine's, in the order the corrections were made (corpus/corrections/apply.ts).
 */
function addedRows(record: PlanRecord): Map<number, string> {
  const added = (record.review?.corrections ?? [])
    .filter((c) => c.op === 'add' && c.path === 'tasks[]')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const first = record.tasks.length - added.length;
  return new Map(added.map((c, i) => [first + i, c.id]));
}

export function renderTasks(record: PlanRecord): SafeHtml {
  const added = addedRows(record);
  const deleted = record.review?.provenance['tasks[-]'] === 'human';
  return html`<section id="tasks" class="tasks">
<h2>Nhiệm vụ · Tasks <span class="count">${record.tasks.length}</span>${deleted ? html` <span class="tag human">có dòng đã xóa</span>` : ''}</h2>
${record.tasks.length ? html`<table class="task-table"><thead><tr><th>TT</th><th>Nội dung · Content</th><th>Đơn vị · Units</th><th>Thời gian · Deadline</th><th>Tin cậy</th><th></th></tr></thead>
<tbody>
${record.tasks.map((task, i) => taskRow(record, task, i, added.get(i)))}
</tbody></table>` : html`<p class="none">Không có nhiệm vụ. · No tasks.</p>`}
<details class="add-task"><summary>Thêm dòng · Add a row</summary>
<form class="task-add">
<label>TT · Index <input name="index" size="6"></label>
<label>Nội dung · Content <textarea name="content" rows="2" required></textarea></label>
<label>Chủ trì · Lead <input name="lead" placeholder="Đơn vị; đơn vị"></label>
<label>Phối hợp · Support <input name="support"></label>
<label>Thời gian · Deadline <input name="deadline"></label>
<label>Ghi chú · Note <input name="note"></label>
<p><button type="submit">Thêm · Add</button></p>
</form></details>
</section>`;
}
