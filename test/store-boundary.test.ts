// The store is the only door to the database: no product module outside corpus/store/ opens a
// connection or reaches for the one under a store.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'test' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

it('only corpus/store/ touches better-sqlite3 or a raw connection', () => {
  const offenders = sources(repoRoot)
    .map((path) => relative(repoRoot, path))
    .filter((path) => !path.startsWith('corpus/store/'))
    .filter((path) => /from 'better-sqlite3'|rawConnection|\bstore\.db\b/.test(readFileSync(join(repoRoot, path), 'utf8')));
  expect(offenders).toEqual([]);
});
