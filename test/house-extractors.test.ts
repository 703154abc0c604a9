// The house's rule for extractors/ (README, "extractors/, folder by folder"): its files stand in
// folders by purpose, and a folder imports only the folders listed before it, so the readers build
// on one another one way. extractors/index.ts (the stage) and classify.ts (its gate) stand on top.
// Written by the restructure script (/work/wt/restructure-tool); the order is layout.mjs's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
/** The folders of extractors/, lowest first: each may import only those before it. */
const ORDER = ['shared', 'issuer', 'header', 'references', 'closing', 'tasks', 'body', 'ocr-repairs'];
const TOP = ['index.ts', 'classify.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** The folder of extractors/ a module stands in ('' for extractors/ itself), or null outside it. */
function folderOf(path: string): string | null {
  const parts = path.split('/');
  if (parts[0] !== 'extractors') return null;
  return parts.length === 2 ? '' : parts[1]!;
}

describe('the house: extractors/', () => {
  const files = sources(join(root, 'extractors')).map((f) => relative(root, f));

  it('holds only its stage and gate at its top; every other file is in a folder of the list', () => {
    const astray = files.filter((f) => {
      const folder = folderOf(f);
      return folder === '' ? !TOP.includes(f.slice('extractors/'.length)) : !ORDER.includes(folder!);
    });
    expect(astray).toEqual([]);
  });

  it('has each folder import only the folders before it', () => {
    const upward: string[] = [];
    for (const file of files) {
      const own = folderOf(file);
      if (own === '' || own === null) continue;
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/(?:from|import\()\s*'(\.[^']*)\.js'/g)) {
        const target = folderOf(relative(root, normalize(join(dirname(join(root, file)), `${m[1]}.ts`))));
        if (target === null || target === own) continue;
        if (target === '' || ORDER.indexOf(target) > ORDER.indexOf(own)) upward.push(`${file} → ${target || 'extractors/'}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
