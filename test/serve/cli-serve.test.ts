// `kehoach serve` as users start it: the real binary, spawned on a store; one line of standard
// output (the address), the API answering there, a clean exit on SIGTERM and SIGINT.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../corpus/store.js';
import { BIN, repoRoot, runCli } from '../helpers/cli.js';
import { buildPlan } from '../corpus/records.js';
import { call } from './harness.js';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-serve-'));
  db = join(dir, 's.db');
  const store = openStore(db);
  store.saveRecord(buildPlan({ name: 'a', number: '04/KH-UBND', title: 'Kế hoạch thi đua năm 2023', date: '2023-02-03' }));
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `kehoach serve …` and resolves once it printed its first line. */
function serve(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, ...args], { cwd: repoRoot, env: { ...process.env, KEHOACH_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('close', (code, signal) => done({ code, signal })));
  return new Promise((started, failed) => {
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (stdout.includes('\n')) started({ child, url: stdout.split('\n')[0]!, stdout: () => stdout, stderr: () => stderr, exited });
    });
    void exited.then(({ code }) => failed(new Error(`serve exited (${code}) before printing its address: ${stderr}`)));
  });
}

/** The value `probe` finds, polled for up to 5 s (the token line follows the address line). */
async function until(probe: () => string | undefined): Promise<string> {
  for (let waited = 0; waited < 5000; waited += 50) {
    const found = probe();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  return '';
}

describe('kehoach serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('prints one address line, answers there, and exits cleanly on %s', async (signal) => {
    const server = await serve(['--port', '0', '--token', 'a-token-of-sixteen-chars']);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const answer = await call(server.url, '/api/plans');
    expect(answer.status).toBe(200);
    expect(answer.json.plans[0].number).toBe('04/KH-UBND');
    // A given token is not echoed.
    expect(server.stderr()).not.toMatch(/a-token-of-sixteen-chars/);
    server.child.kill(signal);
    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(server.stdout()).toBe(`${server.url}\n`);
  });

  it('off loopback without --token: a token is generated, printed on standard error, and required', async () => {
    const server = await serve(['--port', '0', '--host', '127.0.0.2']);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
      const token = await until(() => /token: (\S+)/.exec(server.stderr())?.[1]);
      expect(token.length).toBeGreaterThanOrEqual(32);
      expect((await call(server.url, '/api/plans')).status).toBe(401);
      expect((await call(server.url, '/api/plans', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
    }
  });

  it.each([
    [['--port', '70000'], 2, /--port must be a number from 0 to 65535/],
    [['--port', 'http'], 2, /--port must be a number/],
    [['--token', 'short'], 2, /--token must be at least 16 characters/],
    [['extra'], 2, /takes no arguments/],
  ])('%j is refused in one line', async (args, code, message) => {
    const run = await runCli(['serve', '--db', db, ...args], { cwd: repoRoot });
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('a store that does not exist is refused, not created', async () => {
    const run = await runCli(['serve', '--db', join(dir, 'none.db'), '--port', '0'], { cwd: repoRoot });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no store at/);
  });

  it('a port in use is said in one line', async () => {
    const first = await serve(['--port', '0', '--token', 'a-token-of-sixteen-chars']);
    try {
      const port = new URL(first.url).port;
      const run = await runCli(['serve', '--db', db, '--port', port, '--token', 'a-token-of-sixteen-chars'], { cwd: repoRoot });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/cannot listen on 127\.0\.0\.1:\d+/);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
  });
});
