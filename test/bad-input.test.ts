// Bad input never crashes a batch: each bad file gives one line naming it and the reason, the
// other files are still stored, and nothing stored before changes. Expected diagnostic codes
// are listed per case; any other error or warning code fails the test (rollup style).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, lines, repoRoot, runCli } from './helpers/cli.js';
import { decodeRecord, type StoredContent } from '../corpus/store.js';

const SAMPLES = resolve(repoRoot, 'corpus/samples');
const WARD = readFileSync(join(SAMPLES, 'tuong-mai-phuong-2024-12-KH-UBND.txt'));

const ENGLISH = `Annual report of the city library board
The board met four times this year to review the budget, approve new opening hours and plan the
renovation of the reading rooms. Visitor numbers grew by twelve percent compared with last year.
`;

const NEWS = `Hà Nội: Nhiều tuyến phố ngập sâu sau cơn mưa lớn chiều qua
Chiều 12/6, mưa lớn kéo dài hơn hai giờ khiến nhiều tuyến phố ở các quận nội thành ngập sâu, giao
thông ùn tắc kéo dài đến tối. Theo người dân, nước rút chậm ở khu vực gần hồ điều hòa. Lực lượng
thoát nước đã được huy động để khơi thông cống rãnh, hướng dẫn phương tiện đi đường khác.
`;

/** Deterministic bytes with NULs and no known magic number. */
function garbage(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  out[0] = 0x00;
  out[1] = 0xf7;
  return out;
}

interface Case {
  name: string;
  /** The path given to `ingest` (relative to the work folder). */
  input: string;
  make?: (path: string) => void;
  outcome: 'stored' | 'failed';
  /** For failures: the code on the "failed" line. For stored files: codes expected in the record. */
  codes: string[];
  /** Codes that may appear besides (info-level notes that depend on the reader). */
  allowed?: string[];
}

const CASES: Case[] = [
  { name: 'an empty file', input: 'bad/empty.txt', make: (p) => writeFileSync(p, ''), outcome: 'failed', codes: ['EMPTY_FILE'] },
  { name: 'binary garbage', input: 'bad/garbage.bin', make: (p) => writeFileSync(p, garbage(50_000)), outcome: 'failed', codes: ['NOT_TEXT'] },
  { name: 'an English text', input: 'bad/english.txt', make: (p) => writeFileSync(p, ENGLISH), outcome: 'failed', codes: ['NOT_VIETNAMESE'] },
  { name: 'a Vietnamese news paragraph', input: 'bad/news.txt', make: (p) => writeFileSync(p, NEWS), outcome: 'failed', codes: ['NOT_A_PLAN'] },
  { name: 'a path that does not exist', input: 'bad/no-such-plan.docx', outcome: 'failed', codes: ['READ_FAILED'] },
  { name: 'a directory named like a file', input: 'bad/plan.pdf', make: (p) => mkdirSync(p), outcome: 'failed', codes: ['NO_DOCUMENTS'] },
  { name: 'a folder with no documents', input: 'bad/no-docs', make: (p) => (mkdirSync(p), writeFileSync(join(p, 'notes.xyz'), 'x')), outcome: 'failed', codes: ['NO_DOCUMENTS'] },
  { name: 'a file over --max-file-mb', input: 'bad/huge.txt', make: (p) => writeFileSync(p, Buffer.alloc(1_300_000, 'thi đua ')), outcome: 'failed', codes: ['FILE_TOO_LARGE'] },
  { name: 'a .pdf that is really text', input: 'bad/mislabelled.pdf', make: (p) => writeFileSync(p, Buffer.concat([WARD, Buffer.from('\n')])), outcome: 'stored', codes: ['MISLABELLED'] },
];

let dir: string;
let db: string;

function snapshot(path: string): Record<string, unknown[]> {
  const conn = new Database(path, { readonly: true });
  try {
    const tables = ['documents', 'doc_references', 'movements', 'tasks', 'diagnostics'];
    const out: Record<string, unknown[]> = {};
    for (const t of tables) out[t] = conn.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all();
    out.search_index = conn.prepare('SELECT rowid, * FROM search_index ORDER BY rowid').all();
    return out;
  } finally {
    conn.close();
  }
}

describe('a batch of bad inputs', () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let before: Record<string, unknown[]>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-bad-'));
    db = join(dir, 'bad.db');
    mkdirSync(join(dir, 'bad'));
    for (const c of CASES) c.make?.(join(dir, c.input));
    const first = await runCli(['ingest', SAMPLES], { cwd: dir, db });
    expect(first.code).toBe(0);
    before = snapshot(db);
    run = await runCli(['ingest', '--max-file-mb', '1', ...CASES.map((c) => c.input)], { cwd: dir, db });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 without crashing, one outcome line per input', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/Error:|at .*\.ts:\d+/); // no stack trace
    const outcomes = lines(run.stderr).filter((l) => /^(stored|skipped|failed) /.test(l));
    expect(outcomes).toHaveLength(CASES.length);
  });

  it.each(CASES)('$name → $outcome $codes', (c) => {
    const line = lines(run.stderr).find((l) => l.includes(c.input));
    expect(line, `no line names ${c.input}`).toBeDefined();
    if (c.outcome === 'failed') {
      expect(line).toMatch(new RegExp(`^failed ${c.input.replace(/\./g, '\\.')}: ${c.codes[0]} \\S`));
    } else {
      expect(line).toMatch(new RegExp(`^stored ${c.input.replace(/\./g, '\\.')} `));
    }
  });

  it('stores what can be stored, with exactly the expected diagnostics', () => {
    const conn = new Database(db, { readonly: true });
    try {
      for (const c of CASES.filter((x) => x.outcome === 'stored')) {
        const row = conn.prepare('SELECT c.text_utf16, c.record FROM documents d JOIN document_content c ON c.doc_rowid = d.rowid WHERE d.path = ?').get(join(dir, c.input)) as StoredContent | undefined;
        expect(row, `${c.input} not stored`).toBeDefined();
        const codes = decodeRecord(row!).diagnostics.map((d) => d.code);
        for (const code of c.codes) expect(codes).toContain(code);
        const unexpected = codes.filter((code) => !c.codes.includes(code) && !(c.allowed ?? []).includes(code));
        expect(unexpected).toEqual([]);
      }
    } finally {
      conn.close();
    }
  });

  it('leaves the previously stored rows unchanged', () => {
    const after = snapshot(db);
    const newIds = new Set(
      (after.documents as Array<{ id: string }>).map((d) => d.id).filter((id) => !(before.documents as Array<{ id: string }>).some((b) => b.id === id)),
    );
    for (const [table, rows] of Object.entries(after)) {
      const old = rows.filter((r) => !newIds.has((r as { id?: string; doc_id?: string }).doc_id ?? (r as { id: string }).id));
      expect(old, table).toEqual(before[table]);
    }
  });
});

describe('an ingest killed mid-run', () => {
  it('leaves a consistent database, and the next run completes it', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kehoach-kill-'));
    try {
      const folder = join(work, 'many');
      mkdirSync(folder);
      const sample = readFileSync(join(SAMPLES, 'hoang-mai-quan-2024-05-KH-HDTDKT.txt'), 'utf8');
      const copies = 50;
      for (let i = 0; i < copies; i++) {
        // A different final line per copy, so each has its own sha256.
        writeFileSync(join(folder, `plan-${String(i).padStart(2, '0')}.txt`), `${sample}\n(Bản sao số ${i})\n`);
      }
      const killDb = join(work, 'kill.db');
      const killed = await new Promise<{ signal: NodeJS.Signals | null; sawStored: boolean }>((done, fail) => {
        const child = spawn(process.execPath, [BIN, 'ingest', folder], {
          cwd: work,
          env: { ...process.env, KEHOACH_DB: killDb },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let sawStored = false;
        child.stderr.setEncoding('utf8').on('data', (d: string) => {
          if (!sawStored && /^stored /m.test(d)) {
            sawStored = true;
            child.kill('SIGKILL');
          }
        });
        child.on('error', fail);
        child.on('close', (_code, signal) => done({ signal, sawStored }));
      });
      expect(killed.sawStored).toBe(true);
      expect(killed.signal).toBe('SIGKILL');

      const conn = new Database(killDb);
      const stored = conn.prepare('SELECT d.id, c.text_utf16, c.record FROM documents d JOIN document_content c ON c.doc_rowid = d.rowid').all() as Array<StoredContent & { id: string }>;
      expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.length).toBeLessThan(copies);
      for (const row of stored) {
        const record = decodeRecord(row);
        expect(record.id).toBe(row.id);
        const tasks = (conn.prepare('SELECT count(*) AS n FROM tasks WHERE doc_id = ?').get(row.id) as { n: number }).n;
        expect(tasks).toBe(record.tasks.length);
      }
      conn.close();

      const resumed = await runCli(['ingest', folder], { cwd: work, db: killDb });
      expect(resumed.code).toBe(0);
      expect(resumed.stderr).toMatch(new RegExp(`${copies - stored.length} stored, ${stored.length} skipped, 0 failed`));
      const check = new Database(killDb, { readonly: true });
      expect((check.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(copies);
      check.close();
      expect(readdirSync(folder)).toHaveLength(copies);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

