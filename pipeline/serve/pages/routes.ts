// The HTML pages, mounted at / by createApp: the collection, a plan and its review, chain and
// deadline pages, compare, page images, and the pages' own stylesheet and scripts (/assets/).
// Every page is rendered on the server from the store; the scripts only send corrections
// through the JSON API. Nothing about one request is kept for another.
import { Hono, type Context } from 'hono';
import { parseDeadline } from '../../../extractors/shared/deadline.js';
import type { PlanSummary } from '../../../corpus/store.js';
import type { PlanRecord } from '../../../output/schema.js';
import type { ServeDeps } from '../deps.js';
import { serveAsset } from './assets.js';
import { renderChain } from './chain.js';
import { findPlans, renderCollection } from './collection.js';
import { renderCompare } from './compare.js';
import { renderComparedDeadlines, renderPlanDeadlines } from './deadlines.js';
import { readFilters } from './facets.js';
import { formatDate, html, type SafeHtml } from './format.js';
import { renderMessage, renderPage, type PageOptions } from './layout.js';
import { renderSourcePage } from './page-image.js';
import { renderPlan } from './plan.js';
import { renderReview } from './review.js';
import { pageView } from './word-boxes.js';

export function pageRoutes(deps: ServeDeps): Hono {
  const { store } = deps;
  const token = deps.settings.token;
  const app = new Hono();
  const page = (c: Context, title: string, body: SafeHtml, extra: Partial<PageOptions> = {}) => c.html(renderPage({ title, token, body, ...extra }));
  const notFound = (c: Context, message: string) => c.html(renderMessage(token, 'Không tìm thấy · Not found', message), 404);

  /**
   * The plan a path names (id, prefix, number). Named otherwise than by its id, a redirect to its
   * address (`suffix`: the rest of the path after the plan, as the handler knows it); naming
   * several plans, a page listing them.
   */
  async function planOf(c: Context, suffix: string): Promise<{ plan: PlanSummary } | { response: Response }> {
    const ref = c.req.param('id') ?? '';
    const plan = await store.getPlan(ref);
    if (plan) return { plan };
    const matches = ref.length >= 2 && ref.length <= 200 ? await store.resolvePlan(ref) : [];
    if (matches.length === 1) return { response: c.redirect(`/plans/${matches[0]!.id}${suffix}${new URL(c.req.url).search}`, 302) };
    if (matches.length > 1) {
      const list = html`<h1>«${ref}» ứng với ${matches.length} kế hoạch · matches ${matches.length} plans</h1>
<ul class="candidates">${matches.slice(0, 50).map((m) => html`<li><a href="/plans/${m.id}${suffix}">${m.number ?? 'Không số'}</a> ${m.issuerName ?? ''} · ${formatDate(m.date)} · ${m.title ?? ''}</li>`)}</ul>`;
      return { response: await c.html(renderPage({ title: ref, token, body: list }), 300) };
    }
    return { response: await notFound(c, `Không có kế hoạch «${ref}» · no such plan`) };
  }

  async function withRecord(c: Context, suffix: string, render: (plan: PlanSummary, record: PlanRecord) => Promise<Response> | Response) {
    const found = await planOf(c, suffix);
    if ('response' in found) return found.response;
    const record = await store.getPlanRecord(found.plan.id);
    if (!record) return notFound(c, 'Kế hoạch không còn bản ghi · the plan has no record');
    return render(found.plan, record);
  }

  app.get('/', async (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 500);
    const view = await findPlans(store, query, readFilters((name) => c.req.query(name)));
    return page(c, query ? `Tìm «${query}»` : 'Kho kế hoạch', renderCollection(view), { current: 'search' });
  });

  app.get('/plans/:id', (c) =>
    withRecord(c, '', async (plan, record) => page(c, plan.number ?? plan.title ?? 'Kế hoạch', await renderPlan(store, plan, record), { scripts: ['plan.js'] })),
  );

  app.get('/plans/:id/review', (c) =>
    withRecord(c, '/review', (plan, record) => {
      const n = Number(c.req.query('page') ?? '1');
      return page(c, `Rà soát ${plan.number ?? ''}`, renderReview(plan, record, { page: Number.isInteger(n) ? n : 1, pending: c.req.query('pending') === '1' }), { scripts: ['review.js'] });
    }),
  );

  app.get('/plans/:id/chain', (c) => withRecord(c, '/chain', async (plan, record) => page(c, `Chuỗi ${plan.number ?? ''}`, await renderChain(store, plan, record))));

  app.get('/plans/:id/deadlines', (c) => withRecord(c, '/deadlines', (plan, record) => page(c, `Hạn chót ${plan.number ?? ''}`, renderPlanDeadlines(plan, record))));

  // What a deadline typed in the task table means as dates, read as the extractor reads one.
  app.get('/plans/:id/deadline-preview', (c) =>
    withRecord(c, '/deadline-preview', (_plan, record) => {
      const text = (c.req.query('text') ?? '').slice(0, 500);
      const year = record.document.date ? Number(record.document.date.slice(0, 4)) : null;
      return c.json({ deadline: parseDeadline(text, { planYear: year })?.deadline ?? null });
    }),
  );

  // The page a value was read on, for the page-image panel: its image and the value's word boxes.
  app.get('/plans/:id/page-view', (c) =>
    withRecord(c, '/page-view', async (plan, record) => {
      const [start, end, page] = ['start', 'end', 'page'].map((name) => Number(c.req.query(name)));
      if (![start, end, page].every((n) => Number.isInteger(n) && n! >= 0) || end! < start! || page! < 1) {
        return c.json({ error: { code: 'bad-parameter', message: 'start, end and page are whole numbers' } }, 400);
      }
      return c.json(await pageView(plan.id, record, page!, { start: start!, end: end! }));
    }),
  );

  app.get('/plans/:id/sources/:sourceId/pages/:file', async (c) => {
    const found = await planOf(c, `/sources/${encodeURIComponent(c.req.param('sourceId'))}/pages/${encodeURIComponent(c.req.param('file'))}`);
    if ('response' in found) return found.response;
    const m = /^(\d{1,5})\.png$/.exec(c.req.param('file'));
    const source = found.plan.sources.find((s) => s.id === c.req.param('sourceId'));
    const record = m && source ? await store.getRecord(source.id) : null;
    if (!m || !record) return notFound(c, 'Không có trang này · no such page');
    const image = await renderSourcePage(record, Number(m[1]));
    if ('problem' in image) return c.html(renderMessage(token, 'Không có ảnh trang · No page image', image.message), 404);
    return c.body(new Uint8Array(image.png), 200, { 'Content-Type': 'image/png', 'Cache-Control': 'private, max-age=300' });
  });

  app.get('/deadlines', async (c) => page(c, 'Hạn chót', await renderComparedDeadlines(store, c.req.query('a'), c.req.query('b')), { current: 'deadlines' }));

  app.get('/compare', async (c) => page(c, 'So sánh', await renderCompare(store, c.req.query('a'), c.req.query('b')), { current: 'compare' }));

  app.get('/assets/:name', (c) => serveAsset(c, c.req.param('name')));

  return app;
}
