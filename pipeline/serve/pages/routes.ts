// The HTML pages (placeholder until the pages land): mounted at / by createApp.
import { Hono } from 'hono';
import type { ServeDeps } from '../deps.js';

export function pageRoutes(_deps: ServeDeps): Hono {
  return new Hono();
}
