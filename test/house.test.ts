// The house's rule, checked on every run: imports between the top-level folders run one way
// (pipeline → corpus, extractors, normalizers → output), output/ imports nothing of the others,
// and no module imports itself back through others (no loops inside any folder).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const FOLDERS = ['pipeline', 'corpus', 'extractors', 'normalizers', 'output'] as const;
/** Which folders each folder may import. */
const ALLOWED: Record<(typeof FOLDERS)[number], readonly string[]> = {
  pipeline: ['corpus', 'extractors', 'normalizers', 'output'],
  corpus: ['normalizers', 'output'],
  extractors: ['normalizers', 'output'],
  normalizers: ['output'],
  output: [],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** module (relative to the root) → the modules it imports, type-only imports included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of FOLDERS) {
    for (const file of sources(join(root, folder))) {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(/(?:from|import\()\s*'(\.[^']*)\.js'/g)].map((m) => relative(root, normalize(join(dirname(file), `${m[1]}.ts`))));
      graph.set(relative(root, file), targets);
    }
  }
  return graph;
}

describe('the house', () => {
  const graph = importGraph();

  it('imports between folders run one way', () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      const own = from.split('/')[0] as (typeof FOLDERS)[number];
      for (const to of targets) {
        const other = to.split('/')[0]!;
        if (other !== own && !ALLOWED[own].includes(other)) wrong.push(`${from} → ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no module reaches itself again through its imports', () => {
    const loops: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (node: string) => {
      state.set(node, 'open');
      stack.push(node);
      for (const next of graph.get(node) ?? []) {
        if (!graph.has(next)) continue;
        if (state.get(next) === 'open') loops.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(node, 'done');
    };
    for (const node of graph.keys()) if (!state.has(node)) visit(node);
    expect(loops).toEqual([]);
  });
});
