// What reaches the terminal (issue 15: 10, 14): names and messages on one line with control
// characters written out; option values checked by the command, not by node's parser.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../pipeline/cli/main.js';
import { oneLine, printable } from '../../pipeline/cli/printable.js';
import { memoryIO } from '../helpers/memory-io.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kehoach-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('printing names and text', () => {
  it.each([
    ['an escape sequence', 'ke\u001b[31mhoach.txt', 'ke\\u{1B}[31mhoach.txt'],
    ['a newline', 'a\nb.txt', 'a\\u{A}b.txt'],
    ['a carriage return', 'a\rb', 'a\\u{D}b'],
    ['a C1 control', 'a\u009bb', 'a\\u{9B}b'],
    ['a right-to-left override', 'txt.\u202eexe', 'txt.\\u{202E}exe'],
  ])('a name with %s is one line, its control written out', (_label, name, shown) => {
    expect(oneLine(name)).toBe(shown);
  });

  it('document text keeps its tabs and newlines and loses escape sequences', () => {
    expect(printable('Số\t12\nKẾ HOẠCH\u001b[2J')).toBe('Số\t12\nKẾ HOẠCH\\u{1B}[2J');
  });

  it('an ingest log keeps one line per file whatever the file is called', async () => {
    const name = 'bad\u001b[2J\nname.txt';
    copyFileSync(join(repoRoot, 'corpus/samples/tuong-mai-phuong-2024-12-KH-UBND.txt'), join(dir, name));
    const io = memoryIO(dir);
    const code = await main(['ingest', join(dir, name), '--db', join(dir, 'k.db')], io);
    expect(code).toBe(0);
    const lines = io.err().trim().split('\n');
    expect(lines.filter((l) => l.startsWith('stored '))).toHaveLength(1);
    expect(io.err()).not.toContain('\u001b');
    expect(io.err()).toContain('bad\\u{1B}[2J\\u{A}name.txt');
  });
});

describe('option values are checked by the command', () => {
  it.each([
    [['search', 'x', '--limit', '-1'], /--limit must be a number from 1 to 200 \(got "-1"\)/],
    [['search', 'x', '--limit', '0'], /--limit must be a number from 1 to 200/],
    [['search', 'x', '--limit'], /--limit needs a value/],
    [['search', 'x', '--limit', '--json'], /--limit needs a value/],
    [['search', 'x', '--bogus'], /unknown option --bogus/],
    [['export', '--format', 'xml'], /--format must be one of json, jsonl, csv/],
    [['export', '--format', 'csv', '--year', '-2024'], /--year must be a four-digit year/],
  ])('%j', async (args, message) => {
    const io = memoryIO(dir);
    const code = await main([...args, '--db', join(dir, 'k.db')], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err()).not.toMatch(/To specify an option argument|ambiguous/);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });
});
