// One document from several files: page images grouped by name, read as one record whose id is
// the sha256 of its parts' sha256s; a continuation page alone is never stored as a plan.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../corpus/store.js';
import { ingestPaths } from '../../pipeline/cli/commands/ingest.js';
import { parseOptions } from '../../pipeline/options.js';
import { groupPages, pageName } from '../../pipeline/page-groups.js';
import { partsSha256, processParts } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';
import { renderScanPages, type ScanPage } from '../fixtures/scans.js';
import { seed } from './ocr-helpers.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('pageName and groupPages', () => {
  it.each([
    ['/d/plan-p1.png', 1, true],
    ['/d/plan_p2.jpg', 2, true],
    ['/d/KH 12_3.jpg', 3, false],
    ['/d/page-2.png', 2, true],
    ['/d/trang 4.tif', 4, true],
    ['/d/scan (2).png', 2, false],
  ])('%s is page %i (marked: %s)', (path, page, marked) => {
    expect(pageName(path)).toMatchObject({ page, marked });
  });

  it.each([['/d/scan2.png'], ['/d/planp2.png'], ['/d/plan.png'], ['/d/plan-p1.pdf'], ['/d/scan (2.png']])('%s is not a page name', (path) => {
    expect(pageName(path)).toBeNull();
  });

  it('groups pages by stem and folder, in page order; leaves other files alone', () => {
    const groups = groupPages(['/d/a-p2.png', '/d/a-p10.png', '/d/a-p1.png', '/d/b.pdf', '/e/a-p1.png', '/d/x_1.jpg', '/d/x_2.jpg']);
    expect(groups).toEqual([
      { kind: 'parts', parts: [{ path: '/d/a-p1.png', page: 1 }, { path: '/d/a-p2.png', page: 2 }, { path: '/d/a-p10.png', page: 10 }], missing: [3, 4, 5, 6, 7, 8, 9] },
      { kind: 'single', path: '/d/b.pdf' },
      { kind: 'single', path: '/e/a-p1.png' },
      { kind: 'parts', parts: [{ path: '/d/x_1.jpg', page: 1 }, { path: '/d/x_2.jpg', page: 2 }], missing: [] },
    ]);
  });

  it.each([
    ['numbered documents, not pages', ['/d/KH_124.jpg', '/d/KH_125.jpg'], ['single', 'single']],
    ['a marked later page alone', ['/d/plan-p2.png'], ['continuation']],
    ['later pages without their first', ['/d/plan-p2.png', '/d/plan-p3.png'], ['continuation', 'continuation']],
    ['the same page twice', ['/d/plan-p1.png', '/d/plan-01.png'], ['single', 'single']],
  ])('%s', (_name, files, kinds) => {
    expect(groupPages(files).map((g) => g.kind)).toEqual(kinds);
  });
});

describe('processParts and ingest of page images', () => {
  let pages: ScanPage[];
  let dir: string;
  const services = new PipelineServices(parseOptions({}));
  beforeAll(async () => {
    pages = await renderScanPages(seed('004'), { maxPages: 2, degrade: 'clean' });
    dir = mkdtempSync(join(tmpdir(), 'kehoach-parts-'));
  });
  afterAll(async () => {
    await services.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads two page images as one record listing its parts', async () => {
    expect(pages).toHaveLength(2);
    const parts = pages.map((p, i) => ({ path: `/scans/plan-p${i + 1}.png`, bytes: p.png, page: i + 1 }));
    const result = await processParts(parts, { options: parseOptions({}), services });
    const record = result.record!;
    expect(record.id).toBe(partsSha256(pages.map((p) => sha(p.png))));
    expect(record.source.sha256).toBe(record.id);
    expect(record.source.parts).toEqual(parts.map((p) => ({ path: p.path, sha256: sha(p.bytes), page: p.page })));
    expect(record.source.pages).toBe(2);
    expect(record.source.pageInfo!.map((p) => p.page)).toEqual([1, 2]);
    expect(record.text.original.split('\f')).toHaveLength(2);
    expect(record.document.number).not.toBeNull();
  });

  it('ingest stores a folder of page images as one plan and refuses a lone continuation page', async () => {
    const folder = join(dir, 'scans');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'ke-hoach-p1.png'), pages[0]!.png);
    writeFileSync(join(folder, 'ke-hoach-p2.png'), pages[1]!.png);
    writeFileSync(join(folder, 'other-p2.png'), pages[1]!.png);
    const db = join(dir, 'parts.db');
    const out: string[] = [];
    const io = { cwd: dir, env: {}, stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) }, isTTY: false };
    const summary = await ingestPaths([folder], io as never, { db, force: false, options: parseOptions({}) });
    expect(summary).toEqual({ stored: 1, skipped: 0, failed: 1 });
    expect(out.join('')).toMatch(/other-p2\.png.*CONTINUATION_PAGE/);
    const store = openStore(db);
    try {
      expect(store.hasDocument(partsSha256(pages.map((p) => sha(p.png))))).toBe(true);
    } finally {
      store.close();
    }
    // Run again: the grouped document is recognised as stored.
    const again = await ingestPaths([folder], io as never, { db, force: false, options: parseOptions({}) });
    expect(again).toEqual({ stored: 0, skipped: 1, failed: 1 });
  });
});
