// Issue 13's acceptance scenario and the review commands as users run them: the real binary,
// spawned, on the seed plans (../shared/seeds).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines, repoRoot, runCli } from './helpers/cli.js';

const SEEDS = '../shared/seeds';
const haveSeeds = existsSync(resolve(repoRoot, SEEDS));
const TITLE = 'Kiểm tra công tác thi đua, khen thưởng năm 2023 (đã duyệt)';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-review-'));
  db = join(dir, 's.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** As the issue writes it: from the repository, --db given. */
const kehoach = (args: string[], env: NodeJS.ProcessEnv = {}, store = db) => runCli([...args, '--db', store], { cwd: repoRoot, env });

describe.skipIf(!haveSeeds)('issue 13: review and correct', () => {
  it('a corrected title survives ingest --force and is what show prints', async () => {
    expect((await kehoach(['ingest', SEEDS])).code).toBe(0);
    const corrected = await kehoach(['correct', '04/KH-HĐTĐKT', 'document.title', TITLE], { KEHOACH_AUTHOR: 'lan' });
    expect(corrected.code, corrected.stderr).toBe(0);
    expect((await kehoach(['ingest', '--force', SEEDS])).code).toBe(0);
    const shown = await kehoach(['show', '04/KH-HĐTĐKT', '--json']);
    expect(shown.code, shown.stderr).toBe(0);
    const record = JSON.parse(shown.stdout);
    expect(record.document.title).toBe(TITLE);
    expect(record.review.corrections[0]).toMatchObject({ path: 'document.title', author: 'lan', status: 'applied' });
    expect(record.review.conflicts).toEqual([]);
  });

  it('list, search and export show the corrected title, each plan once', async () => {
    const list = await kehoach(['list', '--json']);
    const plans = lines(list.stdout).map((l) => JSON.parse(l));
    expect(plans).toHaveLength(5);
    expect(plans.find((p) => p.number === '04/KH-HĐTĐKT').title).toBe(TITLE);
    const search = JSON.parse((await kehoach(['search', 'kiểm tra thi đua', '--json'])).stdout);
    expect(search.hits.find((h: { number: string }) => h.number === '04/KH-HĐTĐKT').title).toBe(TITLE);
    const exported = JSON.parse((await kehoach(['export', '--format', 'json'])).stdout);
    expect(exported).toHaveLength(5);
    expect(exported.find((r: { document: { number: string } }) => r.document.number === '04/KH-HĐTĐKT').document.title).toBe(TITLE);
  });

  it.each([
    [['correct', '04/KH-HĐTĐKT', 'document.bogus', 'x'], 2, /no field "document.bogus".*nothing was changed/],
    [['correct', '04/KH-HĐTĐKT', 'document.date', '3/2/2023'], 2, /not a value for document.date/],
    [['correct', '99/KH-XYZ', 'document.title', 'x'], 1, /no stored plan matches "99\/KH-XYZ"/],
    [['correct', '04/KH-HĐTĐKT', 'document.title'], 2, /expects a plan, a field and a value/],
  ])('refuses %j with one line and changes nothing', async (args, code, message) => {
    const before = (await kehoach(['corrections', 'export'])).stdout;
    const run = await kehoach(args);
    expect(run.code).toBe(code);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect((await kehoach(['corrections', 'export'])).stdout).toBe(before);
  });

  it('another file of the plan joins it; choosing it as primary makes the correction a conflict that review lists', async () => {
    const copyDir = join(dir, 'copy');
    mkdirSync(copyDir, { recursive: true });
    const original = readFileSync(resolve(repoRoot, SEEDS, '004_642cb17b6a89c38d.txt'), 'utf8');
    writeFileSync(join(copyDir, 'retyped.txt'), original.replace('Kiểm tra công tác thi đua, khen thưởng năm 2023', 'Kiểm tra công tác thi đua khen thưởng năm 2023'));
    expect((await kehoach(['ingest', copyDir])).code).toBe(0);
    const plans = lines((await kehoach(['list', '--json'])).stdout).map((l) => JSON.parse(l));
    expect(plans).toHaveLength(5);
    const plan = plans.find((p) => p.number === '04/KH-HĐTĐKT');
    expect(plan.sources).toHaveLength(2);
    const copy = plan.sources.find((s: { primary: boolean }) => !s.primary);
    expect((await kehoach(['primary', plan.id.slice(0, 10), copy.id.slice(0, 10)])).code).toBe(0);
    const record = JSON.parse((await kehoach(['show', plan.id.slice(0, 10), '--json'])).stdout);
    expect(record.id).toBe(copy.id);
    expect(record.document.title).toBe(TITLE);
    expect(record.review.conflicts[0]).toMatchObject({ reason: 'machine-changed', machineNow: 'Kiểm tra công tác thi đua khen thưởng năm 2023' });
    const review = await kehoach(['review']);
    expect(review.code).toBe(0);
    expect(review.stdout).toMatch(/\(1\):\n.*document\.title/);
    expect((await kehoach(['primary', plan.id.slice(0, 10), 'auto'])).code).toBe(0);
    expect(JSON.parse((await kehoach(['show', plan.id.slice(0, 10), '--json'])).stdout).review.conflicts).toEqual([]);
  });

  it('corrections export | import move the corrections to another collection, matched by plan identity', async () => {
    const file = join(dir, 'corrections.json');
    expect((await kehoach(['corrections', 'export', '--out', file])).code).toBe(0);
    const other = join(dir, 'other.db');
    expect((await kehoach(['ingest', SEEDS], {}, other)).code).toBe(0);
    const imported = await kehoach(['corrections', 'import', file], {}, other);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/1 corrections imported/);
    expect(JSON.parse((await kehoach(['show', '04/KH-HĐTĐKT', '--json'], {}, other)).stdout).document.title).toBe(TITLE);
    writeFileSync(join(dir, 'bad.json'), '{"format":"other"}');
    const bad = await kehoach(['corrections', 'import', join(dir, 'bad.json')], {}, other);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a corrections file.*nothing was imported/);
  });
});
