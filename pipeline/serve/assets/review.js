// The restoration review: accept (keep the machine's word), reject (the word as it was read) or
// edit each change, a correction of text.changes[i].replacement each; or accept every change at
// or above a confidence in one request.
import { api, busy, correction, reloadInPlace, sendCorrections, toast } from './common.js';

const root = document.getElementById('review');
const planId = root?.dataset.plan ?? '';
/** Corrections per request (the API's limit is 1000). */
const BATCH = 500;

async function decide(row, value, how, button) {
  await busy(button, async () => {
    await sendCorrections(planId, [correction(`text.changes[${row.dataset.position}].replacement`, value, how)]);
    if (!row.classList.contains('reviewed')) {
      for (const count of document.querySelectorAll('.reviewed-count')) count.textContent = String(Number(count.textContent) + 1);
    }
    row.classList.remove('accepted', 'rejected', 'edited');
    row.classList.add('reviewed', value === row.dataset.original ? 'rejected' : value === row.dataset.replacement ? 'accepted' : 'edited');
    row.querySelector('.replacement').textContent = value;
    const mark = row.querySelector('.context mark');
    if (mark) mark.textContent = value;
    const form = row.querySelector('form.change-edit');
    if (form) form.hidden = true;
    toast(`Đã lưu · saved: ${value}`);
  });
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const row = target?.closest('tr.change');
  if (!(row instanceof HTMLElement)) return;
  if (target.closest('button.accept')) decide(row, row.dataset.replacement, 'chấp nhận', target.closest('button'));
  else if (target.closest('button.reject')) decide(row, row.dataset.original, 'từ chối', target.closest('button'));
  else if (target.closest('button.edit-change')) {
    const form = row.querySelector('form.change-edit');
    form.hidden = !form.hidden;
    form.querySelector('input')?.focus();
  }
});

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  if (form.matches('form.change-edit')) {
    event.preventDefault();
    const value = String(new FormData(form).get('value') ?? '').trim();
    if (value) decide(form.closest('tr.change'), value, 'sửa', form.querySelector('button'));
  } else if (form.matches('form.accept-above')) {
    event.preventDefault();
    const threshold = Number(new FormData(form).get('threshold'));
    busy(form.querySelector('button'), async () => {
      // Every change of the plan, not only this page's: read them from the record.
      const record = await api('GET', `/api/plans/${encodeURIComponent(planId)}`);
      const human = record.review?.provenance ?? {};
      const list = (record.text.changes ?? [])
        .map((change, i) => ({ change, path: `text.changes[${i}].replacement` }))
        .filter(({ change, path }) => change.confidence >= threshold && human[path] !== 'human')
        .map(({ change, path }) => correction(path, change.replacement, `chấp nhận từ ngưỡng ${threshold}`));
      if (list.length === 0) {
        toast('Không còn thay đổi nào từ ngưỡng này · nothing left at this threshold');
        return;
      }
      if (!window.confirm(`Chấp nhận ${list.length} thay đổi? · Accept ${list.length} changes?`)) return;
      // The API takes at most BATCH corrections a request, each request all or nothing.
      for (let i = 0; i < list.length; i += BATCH) {
        await sendCorrections(planId, list.slice(i, i + BATCH));
        if (list.length > BATCH) toast(`${Math.min(list.length, i + BATCH)} / ${list.length}`);
      }
      reloadInPlace();
    });
  }
});

// The keyboard, for long reviews: j / k move between changes, a accepts, r rejects, e edits.
let current = -1;
function focusRow(index) {
  const rows = [...document.querySelectorAll('tr.change')];
  if (!rows.length) return;
  current = Math.max(0, Math.min(rows.length - 1, index));
  rows.forEach((row, i) => row.classList.toggle('focused', i === current));
  rows[current].scrollIntoView({ block: 'nearest' });
}
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
  const row = document.querySelectorAll('tr.change')[current];
  const press = (selector) => row?.querySelector(selector)?.click();
  switch (event.key) {
    case 'j':
      focusRow(current + 1);
      break;
    case 'k':
      focusRow(current - 1);
      break;
    case 'a':
      press('button.accept');
      break;
    case 'r':
      press('button.reject');
      break;
    case 'e':
      press('button.edit-change');
      break;
    default:
      return;
  }
  event.preventDefault();
});
