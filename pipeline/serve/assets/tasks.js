// The task table of the plan page: edit a row (one correction per changed cell, sent together),
// delete a row (tasks[n] = null), add a row (tasks[+]). Positions are those of the table as
// shown; the store follows each row by its printed index and the fingerprint of its words.
import { api, busy, correction, reloadInPlace, sendCorrections, toast } from './common.js';

const planId = document.getElementById('plan')?.dataset.plan ?? '';

/** "Phòng Nội vụ; Văn phòng" → ["Phòng Nội vụ", "Văn phòng"]. */
const units = (text) => text.split(/[;\n]/).map((u) => u.trim()).filter(Boolean);

/** A typed deadline as dates, read on the server the way the extractor reads one. */
async function deadlineOf(text) {
  if (!text.trim()) return null;
  const answer = await api('GET', `/plans/${encodeURIComponent(planId)}/deadline-preview?text=${encodeURIComponent(text)}`);
  return answer.deadline ?? { text: text.trim(), start: null, end: null, recurring: false };
}

async function rowEdits(form) {
  const position = form.dataset.position;
  const note = form.elements.namedItem('note').value;
  const list = [];
  const changed = (name) => {
    const field = form.elements.namedItem(name);
    return field.value.trim() !== (field.dataset.original ?? '').trim() ? field.value : null;
  };
  const content = changed('content');
  if (content !== null) list.push(correction(`tasks[${position}].content`, content.trim(), note));
  for (const name of ['lead', 'support']) {
    const value = changed(name);
    if (value !== null) list.push(correction(`tasks[${position}].${name}`, units(value), note));
  }
  const supervisor = changed('supervisor');
  if (supervisor !== null) list.push(correction(`tasks[${position}].supervisor`, supervisor.trim() || null, note));
  const deadline = changed('deadline');
  if (deadline !== null) list.push(correction(`tasks[${position}].deadline`, await deadlineOf(deadline), note));
  return list;
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const edit = target?.closest('button.edit-task');
  if (edit instanceof HTMLElement) {
    const row = document.getElementById(`task-edit-${edit.dataset.position}`);
    if (row) {
      row.hidden = !row.hidden;
      row.querySelector('textarea')?.focus();
    }
    return;
  }
  const cancel = target?.closest('form.task-form button.cancel');
  if (cancel) {
    cancel.closest('tr.task-edit').hidden = true;
    return;
  }
  const remove = target?.closest('button.delete-task');
  if (remove instanceof HTMLElement) {
    if (!window.confirm(`Xóa dòng ${remove.dataset.label}? · Delete this row?`)) return;
    busy(remove, async () => {
      if (remove.dataset.correction) {
        // A row a person added: undo the correction that added it.
        await api('DELETE', `/api/plans/${encodeURIComponent(planId)}/corrections/${encodeURIComponent(remove.dataset.correction)}`);
      } else {
        await sendCorrections(planId, [correction(`tasks[${remove.dataset.position}]`, null, 'xóa dòng')]);
      }
      reloadInPlace();
    });
  }
});

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  if (form.matches('form.task-form')) {
    event.preventDefault();
    busy(form.querySelector('button[type=submit]'), async () => {
      const list = await rowEdits(form);
      if (list.length === 0) {
        toast('Không có gì thay đổi · nothing changed');
        return;
      }
      await sendCorrections(planId, list);
      reloadInPlace();
    });
  } else if (form.matches('form.task-add')) {
    event.preventDefault();
    const data = new FormData(form);
    busy(form.querySelector('button[type=submit]'), async () => {
      const row = {
        index: String(data.get('index') ?? '').trim() || null,
        section: null,
        content: String(data.get('content') ?? '').trim(),
        lead: units(String(data.get('lead') ?? '')),
        support: units(String(data.get('support') ?? '')),
        supervisor: null,
        deadline: await deadlineOf(String(data.get('deadline') ?? '')),
        confidence: 1,
      };
      await sendCorrections(planId, [correction('tasks[+]', row, String(data.get('note') ?? ''))]);
      reloadInPlace();
    });
  }
});
