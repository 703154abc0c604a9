// The commands as users run them: the real binary, spawned, in a temporary folder with its
// own database (KEHOACH_DB), on the bundled sample plans.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanRecord, planJsonSchema } from '../output/schema.js';
import { CSV_COLUMNS } from '../output/writers.js';
import { lines, repoRoot, runCli } from './helpers/cli.js';

const SAMPLES = resolve(repoRoot, 'corpus/samples');
const DISTRICT = 'hoang-mai-quan-2024-05-KH-HDTDKT.txt';
const WARD = 'tuong-mai-phuong-2024-12-KH-UBND.txt';
const sampleFiles = readdirSync(SAMPLES).sort();
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let dir: string;
let db: string;
let samples: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-'));
  db = join(dir, 'test.db');
  samples = join(dir, 'samples');
  cpSync(SAMPLES, samples, { recursive: true });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, { cwd: dir, db, env });

/** A minimal RFC 4180 reader, to check what export --format csv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe.concurrent('usage errors exit 2', () => {
  it.each([
    [[], /Usage/],
    [['frobnicate'], /unknown command/],
    [['ingest'], /at least one file/],
    [['ingest', '--bogus', 'x'], /bogus/],
    [['ingest', 'x', '--ocr-engine', 'gpu'], /--ocr-engine must be one of/],
    [['extract', 'x', '--illumination', 'bright'], /--illumination must be one of auto, always, never/],
    [['ingest', 'x', '--max-file-mb', '-3'], /--max-file-mb/],
    [['export'], /--format must be one of/],
    [['export', '--format', 'xml'], /--format must be one of json, jsonl, csv/],
    [['export', '--format', 'json', '--since', 'yesterday'], /--since must be a date/],
    [['list', '--level', 'galaxy'], /--level must be one of/],
    [['show'], /expects one document/],
    [['extract'], /exactly one file/],
  ])('kehoach %j', async (args, message) => {
    const run = await cli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('help', () => {
  it('the installed binary prints a command help', async () => {
    const run = await runCli(['ingest', '--help'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: kehoach ingest \[options\] \[paths\.\.\.\]/);
    expect(run.stdout).toContain('--max-pixels');
    expect(run.stderr).toBe('');
  });
});

describe('reading commands before anything is stored', () => {
  it('say there is no store, exit 1, and create no file', async () => {
    const run = await runCli(['list'], { cwd: dir, db: join(dir, 'nothing-here.db') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no store at .*nothing-here\.db/);
    expect(readdirSync(dir)).not.toContain('nothing-here.db');
  });

  it('refuse a file that is not a database with one line, exit 1, leaving the file alone', async () => {
    const notDb = join(dir, 'not-a-db.db');
    writeFileSync(notDb, 'plain text, not SQLite\n'.repeat(300));
    const before = readFileSync(notDb);
    for (const args of [['list'], ['ingest', join(SAMPLES, WARD)]]) {
      const run = await runCli(args, { cwd: dir, db: notDb });
      expect(run.code).toBe(1);
      expect(lines(run.stderr)).toEqual([expect.stringMatching(/cannot open the store .*not-a-db\.db: the file is not an SQLite database/)]);
    }
    expect(readFileSync(notDb)).toEqual(before);
  });
});

describe('schema and extract', () => {
  it('schema prints the committed JSON Schema', async () => {
    const run = await cli(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(planJsonSchema());
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(resolve(repoRoot, 'output/plan.schema.json'), 'utf8')));
  });

  it('extract --json prints exactly one record and nothing else', async () => {
    const file = join(samples, DISTRICT);
    const run = await cli(['extract', file, '--json']);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toHaveLength(1);
    const record = PlanRecord.parse(JSON.parse(run.stdout));
    expect(record.id).toBe(sha(file));
    expect(record.source.path).toBe(file);
  });

  it('extract of a missing file names it, exits 1, prints nothing on stdout', async () => {
    const run = await cli(['extract', 'no-such-file.pdf', '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/no-such-file\.pdf.*READ_FAILED/);
  });
});

describe('ingest, list, show, export', () => {
  beforeAll(async () => {
    const run = await cli(['ingest', samples]);
    expect(run.stderr).toMatch(/stored/);
    expect(run.code).toBe(0);
  });

  it('ingest stored every sample, one line each, and a second run skips them all', async () => {
    const ids = sampleFiles.map((f) => sha(join(samples, f)));
    const listed = await cli(['list', '--json']);
    expect(listed.code).toBe(0);
    // One line per plan (each sample is a plan of its own), listing its sources.
    expect(lines(listed.stdout).flatMap((l) => JSON.parse(l).sources.map((s: { id: string }) => s.id)).sort()).toEqual([...ids].sort());

    const again = await cli(['ingest', samples]);
    expect(again.code).toBe(0);
    const outcomes = lines(again.stderr).filter((l) => /^(stored|skipped|failed) /.test(l));
    expect(outcomes).toHaveLength(sampleFiles.length);
    expect(outcomes.every((l) => l.startsWith('skipped samples/'))).toBe(true);
    expect(again.stderr).toMatch(new RegExp(`0 stored, ${sampleFiles.length} skipped, 0 failed`));
  });

  it('ingest --force stores again and keeps one row per document', async () => {
    const run = await cli(['ingest', join(samples, WARD), '--force']);
    expect(run.code).toBe(0);
    expect(lines(run.stderr)[0]).toMatch(/^stored samples\/tuong-mai.* 12\/KH-UBND /);
    const listed = await cli(['list', '--json']);
    expect(lines(listed.stdout)).toHaveLength(sampleFiles.length);
  });

  it('list prints one line per plan with number, date, level, issuer, title and task count', async () => {
    const run = await cli(['list']);
    expect(run.code).toBe(0);
    const rows = lines(run.stdout);
    expect(rows).toHaveLength(sampleFiles.length);
    const district = rows.find((r) => r.includes('05/KH-HĐTĐKT'))!;
    expect(district).toMatch(/05\/KH-HĐTĐKT\s+2024-01-19\s+district\s+Hội đồng Thi đua - Khen thưởng quận Hoàng Mai · Công tác thi đua, khen thưởng năm 2024 · 12 nhiệm vụ/);
    const wards = await cli(['list', '--json', '--level', 'ward']);
    expect(lines(wards.stdout).map((l) => JSON.parse(l).number)).toEqual(['12/KH-UBND']);
  });

  it('show finds a plan by id prefix or number; --json prints the stored record', async () => {
    const id = sha(join(samples, DISTRICT));
    const byPrefix = await cli(['show', id.slice(0, 10)]);
    expect(byPrefix.code).toBe(0);
    expect(byPrefix.stdout).toContain(id);
    expect(byPrefix.stdout).toMatch(/05\/KH-HĐTĐKT/);

    const byNumber = await cli(['show', '05/kh-hdtdkt', '--json']);
    expect(byNumber.code).toBe(0);
    expect(lines(byNumber.stdout)).toHaveLength(1);
    const stored = PlanRecord.parse(JSON.parse(byNumber.stdout));
    expect(stored.id).toBe(id);

    const extracted = PlanRecord.parse(JSON.parse((await cli(['extract', join(samples, DISTRICT), '--json'])).stdout));
    expect(stored.plan!.sources.map((s) => s.id)).toEqual([id]);
    expect({ ...stored, pipeline: null, plan: undefined }).toEqual({ ...extracted, pipeline: null });

    const missing = await cli(['show', '99/KH-XYZ']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no stored plan matches "99\/KH-XYZ"/);
  });

  it('export --format jsonl writes one schema-valid record per line; json an array', async () => {
    const jsonl = await cli(['export', '--format', 'jsonl']);
    expect(jsonl.code).toBe(0);
    const records = lines(jsonl.stdout).map((l) => PlanRecord.parse(JSON.parse(l)));
    expect(records).toHaveLength(sampleFiles.length);

    const out = join(dir, 'plans.json');
    const json = await cli(['export', '--format', 'json', '--out', out, '--level', 'district']);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe('');
    const array = JSON.parse(readFileSync(out, 'utf8')) as unknown[];
    expect(array.map((r) => PlanRecord.parse(r).document.issuer.level)).toEqual(records.filter((r) => r.document.issuer.level === 'district').map(() => 'district'));
    expect(array.length).toBeGreaterThan(0);

    const none = await cli(['export', '--format', 'json', '--since', '2999-01-01']);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it('export --format csv writes one row per task, RFC 4180, with a UTF-8 BOM', async () => {
    const out = join(dir, 'tasks.csv');
    const run = await cli(['export', '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    const records = lines((await cli(['export', '--format', 'jsonl'])).stdout).map((l) => PlanRecord.parse(JSON.parse(l)));
    const tasks = records.flatMap((r) => r.tasks.map((t) => ({ r, t })));
    expect(rows).toHaveLength(tasks.length);
    rows.forEach((row, i) => {
      const { r, t } = tasks[i]!;
      const cell = Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, row[j]]));
      expect(cell.document_id).toBe(r.id);
      expect(cell.number).toBe(r.document.number ?? '');
      expect(cell.content).toBe(t.content);
      expect(cell.lead).toBe(t.lead.join('; '));
      expect(cell.deadline_text).toBe(t.deadline?.text ?? '');
      expect(cell.task_source_id).toBe(t.sourceId ?? r.id);
    });
    // A content with commas survives the quoting.
    expect(rows.some((row) => row[8]!.includes(','))).toBe(true);
  });
});

describe('exit codes of a mixed batch', () => {
  it('exits 1 when some files fail, and still stores the others', async () => {
    const mixed = join(dir, 'mixed');
    cpSync(join(SAMPLES, WARD), join(mixed, WARD));
    writeFileSync(join(mixed, 'empty.txt'), '');
    const mixedDb = join(dir, 'mixed.db');
    const run = await runCli(['ingest', mixed], { cwd: dir, db: mixedDb });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^failed mixed\/empty\.txt: EMPTY_FILE /m);
    expect(run.stderr).toMatch(/^stored mixed\/tuong-mai/m);
    const listed = await runCli(['list', '--json'], { cwd: dir, db: mixedDb });
    expect(lines(listed.stdout)).toHaveLength(1);
  });
});

describe('demo (npm start)', () => {
  it('ingests the samples into a fresh database, shows the implementation chain and a ward-district comparison', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-demo-'));
    const db = join(dir, 'demo.db');
    const first = await runCli(['demo', '--db', db], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/3 stored, 0 skipped, 0 failed/);
    // The ward plan 12/KH-UBND and the district inspection plan implement the district plan 05/KH-HĐTĐKT.
    expect(first.stdout).toMatch(/05\/KH-HĐTĐKT[^\n]*district[\s\S]*Văn bản thực hiện kế hoạch này \(2\)/);
    expect(first.stdout).toMatch(/↓ \[thực hiện\] 12\/KH-UBND/);
    // The ward's deadlines that fall after the district's are reported.
    expect(first.stdout).toMatch(/## Hạn chót lệch \([1-9]\d*\)/);
    // A second run starts from a fresh database again: everything is stored, nothing skipped.
    const second = await runCli(['demo', '--db', db], { cwd: dir });
    expect(second.stderr).toMatch(/3 stored, 0 skipped, 0 failed/);
  });
});
