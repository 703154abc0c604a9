// What every page's script shares: writes to the JSON API with the page's token, a message line,
// and a reload that keeps the reader where they were.

/** The write token the server put in the page. */
export const token = document.querySelector('meta[name="kehoach-token"]')?.getAttribute('content') ?? '';

/** A JSON request to the API; resolves to the answer, or throws an Error with the API's message. */
export async function api(method, url, body) {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Kehoach-Token': token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = null;
  try {
    data = await response.json();
  } catch {
    // an answer without JSON: the status says enough
  }
  if (!response.ok) {
    const error = data && (data.error?.message ?? data.error ?? data.message);
    throw new Error(typeof error === 'string' ? error : `HTTP ${response.status}`);
  }
  return data;
}

/** One correction as the API takes it. */
export const correction = (path, value, note) => ({ path, value, note: note || undefined });

/** Send corrections to a plan: one, or several in one request. */
export function sendCorrections(planId, list) {
  const url = `/api/plans/${encodeURIComponent(planId)}/corrections`;
  return api('POST', url, list.length === 1 ? list[0] : { corrections: list });
}

let toastTimer = null;
/** A short message at the bottom of the page. */
export function toast(message, kind = 'info') {
  const box = document.getElementById('toast');
  if (!box) return;
  box.textContent = message;
  box.className = kind;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (box.hidden = true), kind === 'error' ? 8000 : 3000);
}

const SCROLL_KEY = 'kehoach-scroll';

/** Reload the page (the server renders the corrected record), coming back to the same place. */
export function reloadInPlace() {
  sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ path: location.pathname + location.search, y: window.scrollY }));
  location.reload();
}

const saved = sessionStorage.getItem(SCROLL_KEY);
if (saved) {
  sessionStorage.removeItem(SCROLL_KEY);
  try {
    const { path, y } = JSON.parse(saved);
    if (path === location.pathname + location.search) window.scrollTo(0, y);
  } catch {
    // a stale entry: ignore it
  }
}

/** Run an async action from a button, disabling it meanwhile and showing any error. */
export async function busy(button, action) {
  if (button) button.disabled = true;
  try {
    await action();
  } catch (error) {
    toast(error instanceof Error ? error.message : String(error), 'error');
  } finally {
    if (button) button.disabled = false;
  }
}
