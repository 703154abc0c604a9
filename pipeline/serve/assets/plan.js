// The plan page: a click on a value marks its span in the text and, for a page read by OCR,
// shows the page image with the value's word boxes; header fields are corrected in place;
// corrections are undone and the primary source chosen through the API.
import { api, busy, correction, reloadInPlace, sendCorrections, toast } from './common.js';
import './tasks.js';

const root = document.getElementById('plan');
const planId = root?.dataset.plan ?? '';
const ocrPages = new Set((root?.dataset.ocrPages ?? '').split(',').filter(Boolean).map(Number));
const textBody = document.getElementById('text-body');
const originalText = textBody?.textContent ?? '';
const SVG = 'http://www.w3.org/2000/svg';

/** Mark [start, end) of the text and bring it into view. */
function markSpan(start, end) {
  if (!textBody) return;
  textBody.textContent = originalText;
  const node = textBody.firstChild;
  if (!node || start >= originalText.length) return;
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, Math.min(end, originalText.length));
  const mark = document.createElement('mark');
  mark.id = 'current-span';
  range.surroundContents(mark);
  const pre = document.getElementById('text');
  if (pre) pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - pre.clientHeight / 3);
}

/** The page image of `page`, with the word boxes of [start, end) drawn over it when the record has them. */
async function showPage(page, start, end) {
  const figure = document.getElementById('page-view');
  if (!figure) return;
  if (!ocrPages.has(page)) {
    figure.hidden = true;
    return;
  }
  const frame = figure.querySelector('.page-frame');
  const caption = figure.querySelector('figcaption');
  figure.hidden = false;
  caption.textContent = `Trang ${page} (OCR)`;
  frame.replaceChildren();
  let view;
  try {
    view = await api('GET', `/plans/${encodeURIComponent(planId)}/page-view?start=${start}&end=${end}&page=${page}`);
  } catch (error) {
    view = { image: null, problem: error.message };
  }
  if (!view.image) {
    const p = document.createElement('p');
    p.className = 'page-missing';
    p.textContent = view.problem ?? 'Không có ảnh trang · no page image';
    frame.append(p);
    return;
  }
  if (!view.boxes) {
    const img = new Image();
    img.alt = `Trang ${page}`;
    img.src = view.image;
    frame.append(img);
    caption.textContent += view.boxesKept ? ' · giá trị không có khung chữ trên trang này' : ' · bản ghi chưa có khung chữ (no word boxes)';
    return;
  }
  const { width, height, boxes } = view.boxes;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'page-image');
  const image = document.createElementNS(SVG, 'image');
  image.setAttribute('href', view.image);
  image.setAttribute('width', String(width));
  image.setAttribute('height', String(height));
  svg.append(image);
  // The boxes are in pixels of the page image as given; the viewBox scales them with the image.
  const pad = Math.max(2, Math.round(width / 600));
  for (const box of boxes) {
    const rect = document.createElementNS(SVG, 'rect');
    const at = { x: box.x0 - pad, y: box.y0 - pad, width: box.x1 - box.x0 + 2 * pad, height: box.y1 - box.y0 + 2 * pad };
    for (const [k, v] of Object.entries(at)) rect.setAttribute(k, String(v));
    rect.setAttribute('class', 'word-box');
    svg.append(rect);
  }
  frame.append(svg);
  caption.textContent += ` · ${boxes.length} khung chữ`;
  const first = boxes[0];
  if (first) requestAnimationFrame(() => (frame.scrollTop = Math.max(0, (first.y0 / height) * frame.scrollHeight - frame.clientHeight / 3)));
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const value = target?.closest('.spanned');
  if (value instanceof HTMLElement) {
    document.querySelectorAll('.spanned.selected').forEach((el) => el.classList.remove('selected'));
    value.classList.add('selected');
    const start = Number(value.dataset.start);
    const end = Number(value.dataset.end);
    markSpan(start, end);
    const page = Number(value.dataset.page || '0');
    if (page) showPage(page, start, end);
    return;
  }
  const edit = target?.closest('button.edit');
  if (edit instanceof HTMLElement) {
    const form = document.getElementById(edit.dataset.form ?? '');
    if (form) {
      form.hidden = !form.hidden;
      form.querySelector('input, select')?.focus();
    }
    return;
  }
  const cancel = target?.closest('form.correct button.cancel');
  if (cancel) {
    cancel.closest('form').hidden = true;
    return;
  }
  const undo = target?.closest('button.undo');
  if (undo instanceof HTMLElement) {
    busy(undo, async () => {
      await api('DELETE', `/api/plans/${encodeURIComponent(planId)}/corrections/${encodeURIComponent(undo.dataset.id)}`);
      reloadInPlace();
    });
    return;
  }
  // A conflict settled for the reviewer's value: the same correction made again, over the machine's new value.
  const keep = target?.closest('button.keep');
  if (keep instanceof HTMLElement) {
    busy(keep, async () => {
      await sendCorrections(planId, [correction(keep.dataset.path, JSON.parse(keep.dataset.value), keep.dataset.note)]);
      reloadInPlace();
    });
    return;
  }
  const primary = target?.closest('button.make-primary');
  if (primary instanceof HTMLElement) {
    busy(primary, async () => {
      await api('PUT', `/api/plans/${encodeURIComponent(planId)}/primary`, { sourceId: primary.dataset.source === 'auto' ? null : primary.dataset.source });
      reloadInPlace();
    });
  }
});

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches('form.correct')) return;
  event.preventDefault();
  const data = new FormData(form);
  const typed = String(data.get('value') ?? '').trim();
  // An emptied field means the document does not say it.
  const value = typed === '' ? null : typed;
  busy(form.querySelector('button[type=submit]'), async () => {
    await sendCorrections(planId, [correction(form.dataset.path, value, String(data.get('note') ?? ''))]);
    toast('Đã lưu · saved');
    reloadInPlace();
  });
});
