// A request's JSON body, read once: its value, or the problem with it (not JSON, not the shape
// the route takes). The size is checked before (app.ts: bodyLimit), so this never reads more.
import type { Context } from 'hono';
import type { z } from 'zod';
import { problem, type Problem } from '../problems.js';

export type BodyResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export async function readJsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<BodyResult<z.infer<T>>> {
  const text = await c.req.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: problem('bad-json', 'the request body is not JSON') };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, problem: problem('bad-request', `the request body is not what this route takes${where}: ${issue?.message ?? 'wrong shape'}`) };
  }
  return { ok: true, value: parsed.data };
}
