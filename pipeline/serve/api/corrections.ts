// The correction routes: a plan's corrections, adding one or a batch (all or nothing), deleting
// one. Each write answers with the plan's record as it now reads, corrections applied.
import { Hono, type Context } from 'hono';
import { ensureLinks } from '../../../corpus/graph.js';
import { parsePath } from '../../../corpus/corrections/paths.js';
import type { CorrectionRequest } from '../../../corpus/corrections/prepare.js';
import { CorrectionError } from '../../../corpus/corrections/types.js';
import type { z } from 'zod';
import { CorrectionRequestBody, type CorrectionInput } from '../api-schemas.js';
import type { ServeDeps } from '../deps.js';
import { isProblem, problem, problemResponse, type Problem } from '../problems.js';
import { resolvePlanRef } from './plan-ref.js';
import { readJsonBody } from './request-body.js';

export function correctionRoutes({ store, settings }: ServeDeps): Hono {
  const routes = new Hono();

  routes.get('/plans/:id/corrections', async (c) => {
    const plan = await resolvePlanRef(store, c.req.param('id'));
    if (isProblem(plan)) return problemResponse(c, plan);
    return c.json({ planId: plan.id, corrections: await store.listCorrections(plan.id) });
  });

  routes.post('/plans/:id/corrections', async (c) => {
    const plan = await resolvePlanRef(store, c.req.param('id'));
    if (isProblem(plan)) return problemResponse(c, plan);
    const body = await readJsonBody(c, CorrectionRequestBody);
    if (!body.ok) return problemResponse(c, body.problem);
    const inputs = 'corrections' in body.value ? body.value.corrections : [body.value];
    const requests: CorrectionRequest[] = [];
    for (const [i, input] of inputs.entries()) {
      const checked = toRequest(input, settings.author);
      if (isProblem(checked)) return refuse(c, checked, inputs.length > 1 ? i : null);
      requests.push(checked);
    }
    try {
      await store.addCorrections(plan.id, requests);
    } catch (error) {
      if (error instanceof CorrectionError) return problemResponse(c, problem('invalid-correction', `${error.message}; nothing was changed`));
      throw error;
    }
    // A corrected number, date or issuer changes which references reach this plan.
    await ensureLinks(store);
    return c.json(await store.getPlanRecord(plan.id), 201);
  });

  routes.delete('/plans/:id/corrections/:correctionId', async (c) => {
    const plan = await resolvePlanRef(store, c.req.param('id'));
    if (isProblem(plan)) return problemResponse(c, plan);
    const wanted = c.req.param('correctionId').trim().toLowerCase();
    const matches = wanted.length >= 4 ? (await store.listCorrections(plan.id)).filter((x) => x.id.toLowerCase().startsWith(wanted)) : [];
    if (matches.length === 0) return problemResponse(c, problem('unknown-correction', 'this plan has no correction with that id (4+ characters of it)'));
    if (matches.length > 1) return problemResponse(c, problem('ambiguous-reference', `that prefix matches ${matches.length} corrections of this plan; give more of the id`, { candidates: matches.map((x) => x.id) }));
    await store.deleteCorrection(matches[0]!.id);
    await ensureLinks(store);
    return c.json(await store.getPlanRecord(plan.id));
  });

  return routes;
}

function refuse(c: Context, p: Problem, index: number | null): Response {
  return problemResponse(c, index === null ? p : { ...p, message: `correction ${index + 1}: ${p.message}`, details: { index } });
}

/**
 * A correction as the store takes it, from one of the body: the value must already be of the
 * field's type (JSON, not text to interpret: the CLI's reading of "5" as text where a string is
 * wanted has no place in an API), except null for deleting a whole row.
 */
function toRequest(input: z.infer<typeof CorrectionInput>, author: string): CorrectionRequest | Problem {
  if (!Object.hasOwn(input, 'value') || input.value === undefined) return problem('bad-request', 'a correction needs a value (null to clear a field or delete a row)');
  let parsed;
  try {
    parsed = parsePath(input.path);
  } catch (error) {
    if (error instanceof CorrectionError) return problem('invalid-correction', `${error.message}; nothing was changed`);
    throw error;
  }
  const deletingRow = parsed.selector !== null && parsed.selector.kind !== 'new' && parsed.inner === '' && input.value === null;
  if (!deletingRow) {
    const fits = parsed.schema.safeParse(input.value);
    if (!fits.success) {
      const issue = fits.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      return problem('invalid-correction', `the value is not one for ${parsed.template}${where}: ${issue?.message ?? 'wrong type'}; nothing was changed`);
    }
  }
  return { path: input.path, value: JSON.stringify(input.value), note: input.note ?? null, author };
}
