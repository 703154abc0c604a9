// Opening the store under faults (issue 15: 7, 8, 9, 13).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../corpus/store.js';
import { StoreError } from '../../output/errors.js';
import { main } from '../../pipeline/cli/main.js';
import { processFile } from '../../pipeline/run.js';
import { memoryIO } from '../helpers/memory-io.js';

const repoRoot = resolve(import.meta.dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-open-'));
});
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

/** Opens (and so migrates) the store at `db` in a separate process; resolves with its exit code and stderr. */
function openInChild(db: string): Promise<{ code: number; stderr: string }> {
  const script = `import { openStore } from ${JSON.stringify(resolve(repoRoot, 'corpus/store.ts'))};
    try { openStore(process.argv[1]).close(); } catch (e) { console.error(e.message); process.exit(1); }`;
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, db], { cwd: repoRoot });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => done({ code: code ?? -1, stderr }));
  });
}

describe('migrations started at once on a new database', () => {
  it('all succeed: the loser waits for the winner and finds the tables there', async () => {
    for (let round = 0; round < 3; round++) {
      const db = join(dir, `race-${round}.db`);
      const runs = await Promise.all(Array.from({ length: 6 }, () => openInChild(db)));
      expect(runs.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
      const store = openStore(db, { readOnly: true });
      expect(store.listDocuments()).toEqual([]);
      store.close();
    }
  }, 120_000);
});

/**
 * The folder as a process without write access sees it: a read-only bind mount when running as
 * root (root ignores file modes), else the folder with its modes taken away.
 */
function readOnlyView(folder: string): { path: string; release: () => void } {
  if (process.getuid?.() === 0) {
    const view = `${folder}-ro`;
    mkdirSync(view);
    try {
      execFileSync('mount', ['--bind', folder, view]);
      execFileSync('mount', ['-o', 'remount,ro,bind', view]);
      return { path: view, release: () => (execFileSync('umount', [view]), rmSync(view, { recursive: true })) };
    } catch {
      rmSync(view, { recursive: true, force: true });
    }
  }
  for (const f of readdirSync(folder)) chmodSync(join(folder, f), 0o444);
  chmodSync(folder, 0o555);
  return { path: folder, release: () => chmodSync(folder, 0o755) };
}

describe('a read-only store', () => {
  it('still answers list, search and show', async () => {
    const folder = join(dir, 'ro');
    mkdirSync(folder);
    const db = join(folder, 'k.db');
    const store = openStore(db);
    const sample = join(repoRoot, 'corpus/samples/tuong-mai-phuong-2024-12-KH-UBND.txt');
    const record = (await processFile(sample)).record!;
    store.saveRecord(record);
    const planId = store.planOfDocument(record.id)!;
    store.close();
    const view = readOnlyView(folder);
    try {
      const roDb = join(view.path, 'k.db');
      expect(() => openStore(roDb).close()).toThrow(StoreError);
      for (const args of [['list'], ['search', 'thi dua'], ['show', record.id.slice(0, 12)], ['export', '--format', 'jsonl']]) {
        const io = memoryIO(dir);
        const code = await main([...args, '--db', roDb], io);
        expect({ args, code, err: io.err() }).toMatchObject({ code: 0 });
        // list and search name plans; show lists the plan's source files; export prints records.
        expect(io.out()).toContain(args[0] === 'list' || args[0] === 'search' ? planId.slice(0, 12) : record.id.slice(0, 12));
      }
    } finally {
      view.release();
    }
  });
});

describe('a database that is not kehoach’s', () => {
  it.each([
    ['with a name clash', 'CREATE TABLE documents (x); CREATE TABLE schema_migrations (version, name, applied_at)'],
    ['without a name clash', 'CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, \'a\')'],
  ])('%s is refused before a byte is written', (label, sql) => {
    const db = join(dir, `${label.replace(/\W/g, '-')}.db`);
    const other = new Database(db);
    other.exec(sql);
    other.close();
    const before = readFileSync(db);
    expect(() => openStore(db)).toThrow(/another application's database/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('an empty file and a kehoach store open', () => {
    const db = join(dir, 'mine.db');
    openStore(db).close();
    expect(() => openStore(db).close()).not.toThrow();
  });
});

describe('--db pointing at a folder', () => {
  it('says it is a folder', async () => {
    expect(() => openStore(dir)).toThrow(StoreError);
    expect(() => openStore(dir)).toThrow(/it is a folder/);
    const io = memoryIO(dir);
    expect(await main(['list', '--db', dir], io)).toBe(1);
    expect(io.err()).toMatch(/it is a folder/);
    expect(io.err()).not.toMatch(/check the folder exists/);
  });
});
