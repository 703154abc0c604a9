// The server's app: security first (security.ts), the body limit, the JSON API under /api and
// the pages at /. Everything a request needs comes from `deps`; nothing is kept between requests.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { StoreError } from '../../output/errors.js';
import { apiRoutes } from './api/index.js';
import type { ServeDeps } from './deps.js';
import { pageRoutes } from './pages/routes.js';
import { problem, problemResponse } from './problems.js';
import { accessGuard, securityHeaders } from './security.js';

/** Request bodies above this are refused (413) unless the settings say otherwise. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export function createApp(deps: ServeDeps): Hono {
  const app = new Hono();
  const maxSize = deps.settings.maxBodyBytes > 0 ? deps.settings.maxBodyBytes : DEFAULT_MAX_BODY_BYTES;
  app.use('*', securityHeaders());
  app.use('*', accessGuard(deps.settings));
  app.use(
    '*',
    bodyLimit({ maxSize, onError: (c) => problemResponse(c, problem('body-too-large', `the request body is larger than ${maxSize} bytes`)) }),
  );
  app.route('/api', apiRoutes(deps));
  app.route('/', pageRoutes(deps));
  app.notFound((c) => {
    if (new URL(c.req.url).pathname.startsWith('/api/')) return problemResponse(c, problem('not-found', 'no such API route (see /api/openapi.json)'));
    return c.text('Not found\n', 404);
  });
  app.onError((error, c) => {
    // A store that cannot be read or written (locked, corrupt) is the server's failure, told
    // in one line without the stack; anything else likewise, so nothing internal leaks.
    const message = error instanceof StoreError ? error.message.split('\n')[0]! : 'the server failed to answer this request';
    return problemResponse(c, problem('internal', message));
  });
  return app;
}
