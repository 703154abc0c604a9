// A plan read by OCR, in a real browser: clicking a value shows the scanned page with the
// value's word boxes over it (text.wordBoxes mapped to the page image as given), and when the
// scanned file is gone the panel says so instead of showing a broken image.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordBoxesForSpan } from '../../corpus/word-boxes.js';
import { renderScanPages } from '../fixtures/scans.js';
import { compactPlan } from '../readers/compact-plan.js';
import { launchBrowser, screenshot, SEEDS, skipReason, startSite, watchPage, type Site } from './harness.js';

const reason = skipReason();

describe.skipIf(reason !== null)(`browser: the page image of an OCR'd plan${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let site: Site;
  let browser: Browser;
  let page: Page;
  let watch: { problems: string[] };
  let scanPath: string;

  beforeAll(async () => {
    // One clean page of a seed plan, scanned: the store reads it by OCR.
    site = await startSite(async (dir) => {
      const text = compactPlan(readFileSync(join(SEEDS, '003_c48f5550e49a9653.txt'), 'utf8'));
      const [scan] = await renderScanPages(text, { maxPages: 1, degrade: 'clean' });
      scanPath = join(dir, 'scan.png');
      writeFileSync(scanPath, scan!.png);
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    watch = await watchPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("draws the value's word boxes over the page image", async () => {
    const [plan] = await site.store.listPlans();
    const record = (await site.store.getPlanRecord(plan!.id))!;
    expect(record.source.ocr).toBe(true);
    const span = record.document.spans!.title!;
    const expected = wordBoxesForSpan(record, span);
    expect(expected).toHaveLength(1);

    await page.goto(`${site.base}/plans/${plan!.id}`);
    const imageLoaded = page.waitForResponse((r) => r.url().endsWith('/pages/1.png') && r.status() === 200);
    await page.click('tr[data-path="document.title"] button.value');
    await imageLoaded;
    const rects = page.locator('#page-view svg.page-image rect.word-box');
    await expect.poll(() => rects.count()).toBe(expected[0]!.boxes.length);
    expect(await page.locator('#page-view svg.page-image').getAttribute('viewBox')).toBe(`0 0 ${expected[0]!.width} ${expected[0]!.height}`);
    // Each rectangle is its word's box (with a little room around it), inside the page.
    const drawn = await rects.evaluateAll((all) => all.map((r) => ['x', 'y', 'width', 'height'].map((k) => Number(r.getAttribute(k)))));
    drawn.forEach(([x, y, w, h], i) => {
      const box = expected[0]!.boxes[i]!;
      expect(x! < box.x0 && y! < box.y0 && x! + w! > box.x1 && y! + h! > box.y1).toBe(true);
      expect(w! - (box.x1 - box.x0)).toBeLessThan(20);
    });
    await screenshot(page, '11-page-image');
    expect(watch.problems).toEqual([]);
  });

  it('says so when the scanned file is gone', async () => {
    rmSync(scanPath);
    await page.click('tr[data-path="document.number"] button.value');
    await expect.poll(() => page.locator('#page-view .page-missing').textContent()).toContain('không còn');
    expect(await page.locator('#page-view svg, #page-view img').count()).toBe(0);
    await screenshot(page, '12-page-gone');
    expect(watch.problems).toEqual([]);
  });
});
