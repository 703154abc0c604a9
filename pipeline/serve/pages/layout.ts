// The frame every page shares: the head (the stylesheet, the write token for the page's script,
// no inline script or style: the CSP forbids them), the navigation and the footer.
import { html, type SafeHtml } from './format.js';

export interface PageOptions {
  title: string;
  /** The write token, for the page's script to send with fetch() writes. */
  token: string;
  body: SafeHtml;
  /** Scripts of /assets/ the page runs (module scripts, after the document is parsed). */
  scripts?: string[];
  /** The navigation entry to mark as current. */
  current?: 'search' | 'compare' | 'deadlines';
}

const NAV: Array<{ key: NonNullable<PageOptions['current']>; href: string; label: string }> = [
  { key: 'search', href: '/', label: 'Tìm kiếm · Search' },
  { key: 'compare', href: '/compare', label: 'So sánh · Compare' },
  { key: 'deadlines', href: '/deadlines', label: 'Hạn chót · Deadlines' },
];

export function renderPage(options: PageOptions): string {
  const scripts = ['common.js', ...(options.scripts ?? [])];
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="kehoach-token" content="${options.token}">
<title>${options.title} · kehoach</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
${scripts.map((name) => html`<script type="module" src="/assets/${name}"></script>\n`)}</head>
<body>
<header class="top"><a class="brand" href="/">kehoach</a>
<nav>${NAV.map((n) => html`<a href="${n.href}"${n.key === options.current ? html` aria-current="page"` : ''}>${n.label}</a>`)}</nav></header>
<main>
${options.body}
</main>
<div id="toast" role="status" aria-live="polite" hidden></div>
</body>
</html>
`.value;
}

/** A page saying what is not there (an unknown plan, a missing file), with a way back. */
export function renderMessage(token: string, title: string, message: string): string {
  return renderPage({ title, token, body: html`<h1>${title}</h1><p class="message">${message}</p><p><a href="/">← Về trang tìm kiếm</a></p>` });
}
