// The plan routes: the collection (list and search), one plan's record, its sources, and the
// reviewer's choice of its primary source.
import { Hono } from 'hono';
import type { ServeDeps } from '../deps.js';
import { PrimaryRequest } from '../api-schemas.js';
import { isProblem, problem, problemResponse } from '../problems.js';
import { resolvePlanRef } from './plan-ref.js';
import { listPlans } from './plan-list.js';
import { planQuery } from './query-params.js';
import { readJsonBody } from './request-body.js';

export function planRoutes({ store }: ServeDeps): Hono {
  const routes = new Hono();

  routes.get('/plans', async (c) => {
    const query = planQuery(c.req.query());
    if (isProblem(query)) return problemResponse(c, query);
    const listed = await listPlans(store, query);
    return isProblem(listed) ? problemResponse(c, listed) : c.json(listed);
  });

  routes.get('/plans/:id', async (c) => {
    const plan = await resolvePlanRef(store, c.req.param('id'));
    if (isProblem(plan)) return problemResponse(c, plan);
    return c.json(await store.getPlanRecord(plan.id));
  });

  routes.get('/plans/:id/sources', async (c) => {
    const plan = await resolvePlanRef(store, c.req.param('id'));
    if (isProblem(plan)) return problemResponse(c, plan);
    return c.json({ planId: plan.id, sources: await store.planSources(plan.id) });
  });

  routes.put('/plans/:id/primary', async (c) => {
    const plan = await resolvePlanRef(store, c.req.param('id'));
    if (isProblem(plan)) return problemResponse(c, plan);
    const body = await readJsonBody(c, PrimaryRequest);
    if (!body.ok) return problemResponse(c, body.problem);
    let sourceId: string | null = null;
    if (body.value.sourceId !== null) {
      const prefix = body.value.sourceId.trim().toLowerCase();
      const matches = plan.sources.filter((s) => s.id.startsWith(prefix));
      if (matches.length === 0) return problemResponse(c, problem('unknown-source', 'no source of this plan has that id'));
      if (matches.length > 1) return problemResponse(c, problem('ambiguous-reference', `that prefix matches ${matches.length} sources of this plan; give more of the id`, { candidates: matches.map((s) => s.id) }));
      sourceId = matches[0]!.id;
    }
    await store.setPrimarySource(plan.id, sourceId);
    return c.json({ planId: plan.id, sources: await store.planSources(plan.id) });
  });

  return routes;
}
