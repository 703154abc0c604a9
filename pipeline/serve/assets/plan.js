// The plan page: a click on a value marks its span in the text and, for a page read by OCR,
// shows the page image with the value's word boxes; header fields are corrected in place;
// corrections are undone and the primary source chosen through the API.
import { api, busy, correction, reloadInPlace, sendCorrections, toast } from './common.js';
import './tasks.js';

const root = document.getElementById('plan');
const planId = root?.dataset.plan ?? '';
const sourceId = root?.dataset.source ?? '';
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
  const url = `/plans/${encodeURIComponent(planId)}/sources/${encodeURIComponent(sourceId)}/pages/${page}.png`;
  figure.hidden = false;
  caption.textContent = `Trang ${page} (OCR)`;
  frame.replaceChildren();
  let boxes = { pages: [], available: false };
  try {
    boxes = await api('GET', `/plans/${encodeURIComponent(planId)}/boxes?start=${start}&end=${end}`);
  } catch {
    // no boxes: the page alone
  }
  const onPage = boxes.pages.find((p) => p.page === page);
  const img = new Image();
  img.alt = `Trang ${page}`;
  img.addEventListener('error', () => pageProblem(url, frame));
  if (!onPage) {
    img.src = url;
    frame.append(img);
    if (!boxes.available) caption.textContent += ' · chưa có khung chữ cho bản ghi này (no word boxes)';
    return;
  }
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${onPage.width} ${onPage.height}`);
  svg.setAttribute('class', 'page-image');
  const image = document.createElementNS(SVG, 'image');
  image.setAttribute('href', url);
  image.setAttribute('width', String(onPage.width));
  image.setAttribute('height', String(onPage.height));
  image.addEventListener('error', () => pageProblem(url, frame));
  svg.append(image);
  for (const box of onPage.boxes) {
    const rect = document.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries({ x: box.x, y: box.y, width: box.w, height: box.h })) rect.setAttribute(k, String(v));
    rect.setAttribute('class', 'word-box');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = box.text;
    rect.append(title);
    svg.append(rect);
  }
  frame.append(svg);
  const first = onPage.boxes[0];
  if (first) frame.scrollTop = Math.max(0, (first.y / onPage.height) * frame.scrollHeight - frame.clientHeight / 3);
}

/** Say why the page image is missing (the server's message: the file gone or changed). */
async function pageProblem(url, frame) {
  let message = 'Không có ảnh trang · no page image';
  try {
    const response = await fetch(url);
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    message = doc.querySelector('.message')?.textContent ?? message;
  } catch {
    // keep the general message
  }
  const p = document.createElement('p');
  p.className = 'page-missing';
  p.textContent = message;
  frame.replaceChildren(p);
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
