// The JSON API, mounted at /api by app.ts: the route groups, the document describing them, and
// a JSON 404 for any other path under /api.
import { Hono } from 'hono';
import type { ServeDeps } from '../deps.js';
import { openApiDocument } from '../openapi.js';
import { problem, problemResponse } from '../problems.js';
import { correctionRoutes } from './corrections.js';
import { planRoutes } from './plans.js';
import { viewRoutes } from './views.js';

export function apiRoutes(deps: ServeDeps): Hono {
  const api = new Hono();
  // Generated once per app: the schemas do not change while it runs.
  const document = openApiDocument();
  api.get('/openapi.json', (c) => c.json(document));
  api.route('/', planRoutes(deps));
  api.route('/', correctionRoutes(deps));
  api.route('/', viewRoutes(deps));
  api.all('*', (c) => problemResponse(c, problem('not-found', `no API route ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 200)} (see /api/openapi.json)`)));
  return api;
}
