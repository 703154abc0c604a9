// The read-only views over plans: a plan's links, two plans compared, and what needs review.
// Each is what the CLI command of the same name prints with --json.
import { Hono } from 'hono';
import { compareRecords } from '../../../corpus/compare.js';
import { reviewCollector } from '../../../corpus/corrections/review.js';
import { ensureLinks } from '../../../corpus/graph.js';
import { linksOfPlan } from '../../../corpus/plan-views.js';
import type { ServeDeps } from '../deps.js';
import { isProblem, problem, problemResponse } from '../problems.js';
import { resolvePlanRef } from './plan-ref.js';
import { limitParam } from './query-params.js';

/** Plans read between two turns of the event loop by a review of the whole collection. */
const REVIEW_BATCH = 50;

export function viewRoutes({ store }: ServeDeps): Hono {
  const routes = new Hono();

  routes.get('/plans/:id/links', async (c) => {
    const plan = await resolvePlanRef(store, c.req.param('id'));
    if (isProblem(plan)) return problemResponse(c, plan);
    // Links older than the documents or their corrections are rebuilt first, as `kehoach links` does.
    await ensureLinks(store);
    const links = await linksOfPlan(store, plan);
    const document = { id: plan.primaryId, number: plan.number, title: plan.title, issuer: plan.issuerName, level: plan.issuerLevel, date: plan.date };
    return c.json({ planId: plan.id, document, sources: plan.sources.map((s) => s.id), ...links });
  });

  routes.get('/compare', async (c) => {
    const { a: refA, b: refB } = c.req.query();
    if (refA === undefined || refB === undefined) return problemResponse(c, problem('bad-parameter', 'compare needs two plans: ?a=…&b=… (ids, id prefixes or numbers)'));
    const a = await resolvePlanRef(store, refA);
    if (isProblem(a)) return problemResponse(c, a);
    const b = await resolvePlanRef(store, refB);
    if (isProblem(b)) return problemResponse(c, b);
    return c.json(compareRecords((await store.getPlanRecord(a.id))!, (await store.getPlanRecord(b.id))!));
  });

  routes.get('/review', async (c) => {
    const { limit: rawLimit, plan: ref } = c.req.query();
    const limit = limitParam(rawLimit, 20, 200);
    if (isProblem(limit)) return problemResponse(c, limit);
    const collector = reviewCollector(limit);
    if (ref !== undefined) {
      const plan = await resolvePlanRef(store, ref);
      if (isProblem(plan)) return problemResponse(c, plan);
      collector.add((await store.getPlanRecord(plan.id))!);
    } else {
      // Every plan is read: other requests are answered between batches of them, and a client
      // that went away stops the reading.
      let read = 0;
      for await (const record of store.iteratePlanRecords()) {
        collector.add(record);
        if (++read % REVIEW_BATCH === 0) {
          await new Promise((next) => setImmediate(next));
          if (c.req.raw.signal.aborted) break;
        }
      }
    }
    return c.json(collector.items);
  });

  return routes;
}
