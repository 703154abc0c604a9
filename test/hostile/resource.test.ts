// Each hostile input of issue 15 in a child process under limits about ten times what a normal
// document needs (1 GiB of heap, 60 s): the limits catch blow-ups, they do not measure speed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { HOSTILE_INPUTS } from './inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile inputs finish within limits with their diagnostic', () => {
  it.each(HOSTILE_INPUTS.map((h) => [h.name, h] as const))('%s', async (_name, input) => {
    const file = join(dir, input.file);
    writeFileSync(file, await input.bytes());
    const run = spawnSync(process.execPath, ['--max-old-space-size=1024', BIN, 'extract', file, '--json'], {
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, KEHOACH_OCR_ENGINE: 'js' },
    });
    expect(run.signal, `killed by ${run.signal}: ${run.stderr.slice(-500)}`).toBeNull();
    expect(run.stderr).not.toMatch(/Maximum call stack|heap out of memory|\n\s+at /);
    expect(`${run.stdout}\n${run.stderr}`).toContain(input.expect);
    if (run.stdout.trim()) {
      const record = JSON.parse(run.stdout) as { document: { title: string | null }; text: { normalized: string } };
      expect(record.text.normalized).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    }
  });
});
