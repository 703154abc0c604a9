// The pages' stylesheet and scripts, served from pipeline/serve/assets/ by name. Only the names
// listed here are served: a request never chooses a path on disk.
import { readFile } from 'node:fs/promises';
import type { Context } from 'hono';

const ASSETS: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'common.js': 'text/javascript; charset=utf-8',
  'plan.js': 'text/javascript; charset=utf-8',
  'tasks.js': 'text/javascript; charset=utf-8',
  'review.js': 'text/javascript; charset=utf-8',
};

const DIRECTORY = new URL('../assets/', import.meta.url);

export async function serveAsset(c: Context, name: string): Promise<Response> {
  if (!Object.hasOwn(ASSETS, name)) return c.text('not found', 404);
  const body = await readFile(new URL(name, DIRECTORY), 'utf8');
  return c.body(body, 200, { 'Content-Type': ASSETS[name]!, 'Cache-Control': 'no-cache' });
}
