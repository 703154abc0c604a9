// Files the tool writes, and CSV cells a spreadsheet would evaluate (issue 15: 2, 3, 4).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../output/atomic-file.js';
import { csvField, neutraliseFormula } from '../../output/writers.js';
import { OutputError } from '../../output/errors.js';
import { main } from '../../pipeline/cli/main.js';
import { openStore } from '../../corpus/store.js';
import { processFile } from '../../pipeline/run.js';
import { memoryIO } from '../helpers/memory-io.js';

describe('CSV cells that a spreadsheet would evaluate', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    [`+cmd|' /C calc'!A0`, `'+cmd|' /C calc'!A0`],
    ['@SUM(1)', `'@SUM(1)`],
    ['-2+3', `'-2+3`],
    ['-SUM(1,2)', `'-SUM(1,2)`],
    ['-A1+B1', `'-A1+B1`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['＝1+1', `'＝1+1`],
  ])('%j is neutralised', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['- Trước ngày 15/3', '- Các phòng, ban', 'Quý II/2024', 'Sở Nội vụ', '15/3/2024', '', 'Đ/c Nga – VP'])('plan text %j is left as it is', (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });

  it('quotes a neutralised cell that holds a comma or a quote', () => {
    expect(csvField('=1,"2"')).toBe(`"'=1,""2"""`);
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-atomic-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file only when the write completed', async () => {
    const target = join(dir, 'a.html');
    writeFileSync(target, 'old');
    await expect(
      writeFileAtomic(target, async (write) => {
        await write('new, half');
        throw new Error('the producer failed');
      }),
    ).rejects.toThrow(OutputError);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.html']);
    await writeFileAtomic(target, (write) => write('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it.each([
    ['a missing folder', (d: string) => join(d, 'missing', 'x.csv'), /folder .* does not exist/],
    ['a folder as the target', (d: string) => d, /it is a folder/],
    ['a file as the folder', (d: string) => join(d, 'a.html', 'x.csv'), /is not a folder/],
  ])('refuses %s with one clear message', async (_label, targetOf, message) => {
    const error = await writeFileAtomic(targetOf(dir), (write) => write('x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  const canMount = process.getuid?.() === 0 && (() => {
    try {
      execFileSync('mount', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!canMount)('keeps the existing file whole on a full disk', async () => {
    const mountPoint = mkdtempSync(join(tmpdir(), 'kehoach-full-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]);
    } catch {
      rmSync(mountPoint, { recursive: true, force: true });
      return;
    }
    try {
      const target = join(mountPoint, 'compare.html');
      writeFileSync(target, 'x'.repeat(20_000));
      const error = await writeFileAtomic(target, async (write) => {
        for (let i = 0; i < 100; i++) await write('y'.repeat(4096));
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutputError);
      expect((error as Error).message).toMatch(/disk is full/);
      expect(readFileSync(target, 'utf8')).toBe('x'.repeat(20_000));
      expect(readdirSync(mountPoint)).toEqual(['compare.html']);
    } finally {
      execFileSync('umount', [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });
});

describe('export --out errors are one line, never a stack trace', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-export-'));
    const store = openStore(join(dir, 'k.db'));
    const result = await processFile(join(import.meta.dirname, '../../corpus/samples', readdirSync(join(import.meta.dirname, '../../corpus/samples'))[0]!));
    store.saveRecord(result.record!);
    store.close();
    mkdirSync(join(dir, 'folder'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a missing folder', 'nonexistent/x.csv', /does not exist/],
    ['a folder', 'folder', /it is a folder/],
  ])('--out %s', async (_label, out, message) => {
    const io = memoryIO(dir);
    const code = await main(['export', '--format', 'csv', '--out', out, '--db', join(dir, 'k.db')], io);
    expect(code).toBe(1);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
