// The review loop in a real browser (Debian's chromium through playwright-core): search without
// diacritics, open a plan, correct its date and a wrongly restored word, reprocess with
// `ingest --force`, and find the corrections still shown and exported; a correction whose
// machine value changed (another source became the primary) shows as a conflict. Every page is
// watched for console errors, CSP violations and exceptions; screenshots go to
// test/browser/artifacts/.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanRecord } from '../../output/schema.js';
import { repoRoot } from '../helpers/cli.js';
import { compactPlan } from '../readers/compact-plan.js';
import { kehoach, launchBrowser, screenshot, skipReason, startSite, watchPage, type Site } from './harness.js';

const reason = skipReason();

describe.skipIf(reason !== null)(`browser: review and correct${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let site: Site;
  let browser: Browser;
  let page: Page;
  let watch: { problems: string[] };

  /** The plan id of a stored plan with this number. */
  const planOf = async (number: string) => {
    const plans = await site.store.resolvePlan(number);
    expect(plans).toHaveLength(1);
    return plans[0]!.id;
  };
  const recordOf = async (planId: string) => (await site.store.getPlanRecord(planId))!;
  /** Submit a form whose script reloads the page, and wait for the reload. */
  const andReload = (action: () => Promise<unknown>) => Promise.all([page.waitForEvent('load'), action()]);

  beforeAll(async () => {
    site = await startSite();
    // The bundled samples hold a district plan and two plans implementing it: a chain to draw.
    cpSync(resolve(repoRoot, 'corpus/samples'), join(site.dir, 'samples'), { recursive: true });
    // A short plan typed without diacritics (numbered apart from the seed it comes from): its
    // restoration changes are few enough to accept in one request.
    const stripped = compactPlan(readFileSync(join(site.seeds, '004_642cb17b6a89c38d.txt'), 'utf8'))
      .replace(/\b04(\**\s*\/KH)/, '14$1')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
    writeFileSync(join(site.dir, 'samples', 'khong-dau.txt'), stripped);
    expect((await kehoach(['ingest', join(site.dir, 'samples'), '--db', site.db], site.dir)).code).toBe(0);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('dialog', (dialog) => void dialog.accept());
    watch = await watchPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('searches without diacritics and lists each plan once', async () => {
    await page.goto(`${site.base}/`);
    await page.fill('#q', 'kiem tra cong tac thi dua khen thuong nam 2023');
    await andReload(() => page.click('form.search button[type=submit]'));
    // The seed plan and the copy typed without diacritics hold these words in their titles: they come first.
    const results = page.locator('li.result');
    expect(new Set((await results.locator('h2 a').allTextContents()).slice(0, 2))).toEqual(new Set(['04/KH-HĐTĐKT', '14/KH-HĐTĐKT']));
    expect(await results.first().locator('.title').textContent()).toContain('Kiểm tra công tác thi đua, khen thưởng năm 2023');
    expect(await results.first().locator('mark').count()).toBeGreaterThan(0);
    // Each plan once: no two results link to the same plan.
    const links = await page.locator('li.result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(links).size).toBe(links.length);
    await screenshot(page, '01-search');
    // The whole collection, and a facet that adds its filter.
    await page.goto(`${site.base}/`);
    await page.click('.facet a:text-is("Phường")');
    expect(new URL(page.url()).searchParams.get('level')).toBe('ward');
    expect(new Set(await page.locator('li.result .meta .tag').allTextContents())).toEqual(new Set(['Phường']));
    await screenshot(page, '01b-facet');
    expect(watch.problems).toEqual([]);
  });

  it('opens a plan and marks where a value was read', async () => {
    await page.goto(`${site.base}/?q=${encodeURIComponent('thuc hien cong tac thi dua khen thuong nam 2021 long bien')}`);
    await page.click('li.result h2 a:text("03/KH-HĐTĐKT")');
    await page.waitForURL(/\/plans\/[0-9a-f]{64}$/);
    expect(await page.locator('h1').textContent()).toContain('03/KH-HĐTĐKT');
    const record = await recordOf(await planOf('03/KH-HĐTĐKT'));
    const span = record.document.spans!.title!;
    await page.click('tr[data-path="document.title"] button.value');
    expect(await page.locator('#text-body mark#current-span').textContent()).toBe(record.text.normalized.slice(span.start, span.end));
    await screenshot(page, '02-plan');
    expect(watch.problems).toEqual([]);
  });

  it('corrects the date and a wrongly restored word', async () => {
    const planId = await planOf('03/KH-HĐTĐKT');
    await page.goto(`${site.base}/plans/${planId}`);
    await page.click('tr[data-path="document.date"] button.edit');
    await page.fill('tr[data-path="document.date"] input[name=value]', '2021-01-15');
    await page.fill('tr[data-path="document.date"] input[name=note]', 'ngày ghi trên bản gốc');
    await andReload(() => page.click('tr[data-path="document.date"] button[type=submit]'));
    const dateRow = page.locator('tr[data-path="document.date"]');
    expect(await dateRow.locator('.value').textContent()).toBe('15/01/2021');
    expect(await dateRow.getAttribute('class')).toContain('human');
    expect(await dateRow.locator('.prov').textContent()).toContain('reviewer');

    // The least confident change first; reject it (the word as it was read), and give another its right word.
    await page.click('.plan-nav a[href$="/review"]');
    const rows = page.locator('tr.change');
    const confidences = (await rows.locator('td.confidence').allTextContents()).map((t) => Number(t.replace('%', '')));
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    const rejected = rows.nth(0);
    const rejectedAt = Number(await rejected.getAttribute('data-position'));
    const original = (await rejected.getAttribute('data-original'))!;
    await rejected.locator('button.reject').click();
    await expect.poll(() => rejected.getAttribute('class')).toContain('rejected');
    const edited = rows.nth(1);
    const editedAt = Number(await edited.getAttribute('data-position'));
    await edited.locator('button.edit-change').click();
    await edited.locator('form.change-edit input').fill('NĂM');
    await edited.locator('form.change-edit button').click();
    await expect.poll(() => edited.getAttribute('class')).toContain('edited');
    expect(await page.locator('.reviewed-count').first().textContent()).toBe('2');
    // The keyboard: j to the third change, a to accept it.
    const accepted = rows.nth(2);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await accepted.getAttribute('class')).toContain('focused');
    await page.keyboard.press('a');
    await expect.poll(() => accepted.getAttribute('class')).toContain('accepted');
    await screenshot(page, '03-review');

    const corrected = await recordOf(planId);
    expect(corrected.document.date).toBe('2021-01-15');
    expect(corrected.text.changes![rejectedAt]!.replacement).toBe(original);
    expect(corrected.text.changes![editedAt]!.replacement).toBe('NĂM');
    // The corrected text reads the reviewer's words.
    const change = corrected.text.changes![editedAt]!;
    expect(corrected.text.normalized.slice(change.span.start, change.span.end)).toBe('NĂM');
    // After a reload the decisions are still marked.
    await page.reload();
    expect(await page.locator(`tr.change[data-position="${rejectedAt}"]`).getAttribute('class')).toContain('reviewed');
    expect(watch.problems).toEqual([]);
  });

  it('accepts every change at or above a threshold in one request', async () => {
    const planId = await planOf('14/KH-HĐTĐKT');
    const machine = await recordOf(planId);
    const changes = machine.text.changes ?? [];
    const above = changes.filter((c) => c.confidence >= 0.95).length;
    expect(above).toBeGreaterThan(20);
    expect(above).toBeLessThan(changes.length);
    await page.goto(`${site.base}/plans/${planId}/review`);
    const writes: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') writes.push(request.url());
    });
    await page.fill('form.accept-above input[name=threshold]', '0.95');
    await andReload(() => page.click('form.accept-above button'));
    expect(writes).toEqual([`${site.base}/api/plans/${planId}/corrections`]);
    expect(await page.locator('.reviewed-count').first().textContent()).toBe(String(above));
    const corrected = await recordOf(planId);
    expect(corrected.review!.corrections.filter((c) => c.path === 'text.changes[].replacement')).toHaveLength(above);
    expect(corrected.text.changes!.map((c) => c.replacement)).toEqual(changes.map((c) => c.replacement));
    // The least confident ones are left for a person, and can be listed alone.
    expect(await page.locator('tr.change').first().getAttribute('class')).not.toContain('reviewed');
    await page.click('.review-filter a');
    expect(await page.locator('tr.change').count()).toBe(changes.length - above);
    await screenshot(page, '03b-accept-above');
    expect(watch.problems).toEqual([]);
  });

  it('keeps the corrections through ingest --force, on the page and in export --format json', async () => {
    const planId = await planOf('03/KH-HĐTĐKT');
    const before = await recordOf(planId);
    const changed = before.review!.corrections.filter((c) => c.path === 'text.changes[].replacement');
    expect(changed).toHaveLength(3);
    const forced = await kehoach(['ingest', '--force', site.seeds, '--db', site.db], site.dir);
    expect(forced.code).toBe(0);
    expect(forced.out + forced.err).toMatch(/5 stored/);

    await page.goto(`${site.base}/plans/${planId}`);
    expect(await page.locator('tr[data-path="document.date"] .value').textContent()).toBe('15/01/2021');
    const listed = page.locator('li.correction');
    expect(await listed.count()).toBe(1 + changed.length);
    expect(await page.locator('li.correction.conflict').count()).toBe(0);
    await screenshot(page, '04-after-force');

    const exported = await kehoach(['export', '--format', 'json', '--db', site.db], site.dir);
    expect(exported.code).toBe(0);
    const record = (JSON.parse(exported.out) as PlanRecord[]).find((r) => r.plan?.id === planId)!;
    expect(record.document.date).toBe('2021-01-15');
    expect(record.review!.provenance['document.date']).toBe('human');
    for (const c of before.review!.corrections) expect(record.review!.corrections.map((x) => x.id)).toContain(c.id);
    const rejectedAt = before.text.changes!.findIndex((ch, i) => before.review!.provenance[`text.changes[${i}].replacement`] === 'human' && ch.replacement === ch.original);
    expect(record.text.changes![rejectedAt]!.replacement).toBe(record.text.changes![rejectedAt]!.original);
    expect(watch.problems).toEqual([]);
  });

  it('shows a correction whose machine value changed as a conflict', async () => {
    const planId = await planOf('04/KH-HĐTĐKT');
    await page.goto(`${site.base}/plans/${planId}`);
    const titleRow = page.locator('tr[data-path="document.title"]');
    await titleRow.locator('button.edit').click();
    await titleRow.locator('input[name=value]').fill('Kiểm tra công tác thi đua, khen thưởng năm 2023 (đã duyệt)');
    await andReload(() => titleRow.locator('button[type=submit]').click());
    expect(await titleRow.locator('.value').textContent()).toBe('Kiểm tra công tác thi đua, khen thưởng năm 2023 (đã duyệt)');

    // The same plan arrives again as a re-typed copy whose title reads differently; made the
    // primary source, the machine now reads another title than the one the correction replaced.
    const seed = readFileSync(join(site.seeds, '004_642cb17b6a89c38d.txt'), 'utf8');
    const machineTitle = (await recordOf(planId)).review!.corrections[0]!.machineValue as string;
    expect(seed).toContain(machineTitle);
    mkdirSync(join(site.dir, 'retyped'));
    writeFileSync(join(site.dir, 'retyped', 'ban-danh-may-lai.txt'), seed.replace(machineTitle, `${machineTitle} trên địa bàn quận`));
    expect((await kehoach(['ingest', join(site.dir, 'retyped'), '--db', site.db], site.dir)).code).toBe(0);
    await page.reload();
    expect(await page.locator('#sources tbody tr').count()).toBe(2);
    await andReload(() => page.locator('#sources button.make-primary').first().click());

    expect(await titleRow.getAttribute('class')).toContain('conflict');
    expect(await titleRow.locator('.value').textContent()).toBe('Kiểm tra công tác thi đua, khen thưởng năm 2023 (đã duyệt)');
    expect(await titleRow.locator('.conflict-note').textContent()).toContain('trên địa bàn quận');
    expect(await page.locator('li.correction.conflict').count()).toBe(1);
    expect(await page.locator('#corrections .tag.conflict').textContent()).toContain('1');
    await titleRow.scrollIntoViewIfNeeded();
    await screenshot(page, '05-conflict');

    // Keeping the reviewer's value settles the conflict: the correction now replaces the machine's new title.
    await andReload(() => page.locator('li.correction.conflict button.keep').click());
    expect(await page.locator('li.correction.conflict').count()).toBe(0);
    expect(await titleRow.getAttribute('class')).not.toContain('conflict');
    expect(await titleRow.locator('.value').textContent()).toBe('Kiểm tra công tác thi đua, khen thưởng năm 2023 (đã duyệt)');
    expect(watch.problems).toEqual([]);
  });

  it('edits, adds and deletes task rows', async () => {
    const planId = await planOf('01/KH-TĐKT');
    await page.goto(`${site.base}/plans/${planId}`);
    const rowsBefore = await page.locator('tr.task').count();
    await page.locator('tr.task').nth(1).locator('button.edit-task').click();
    const form = page.locator('#task-edit-1 form');
    await form.locator('input[name=lead]').fill('Phòng Nội vụ; Văn phòng HĐND-UBND');
    await form.locator('input[name=deadline]').fill('Trước ngày 15/02/2018');
    await andReload(() => form.locator('button[type=submit]').click());
    const edited = page.locator('tr.task').nth(1);
    expect(await edited.locator('.lead').textContent()).toBe('Phòng Nội vụ; Văn phòng HĐND-UBND');
    expect(await edited.locator('.lead').getAttribute('class')).toContain('human');
    expect(await edited.locator('td.deadline').textContent()).toBe('Trước ngày 15/02/2018');
    const record = await recordOf(planId);
    expect(record.tasks[1]!.deadline).toMatchObject({ text: 'Trước ngày 15/02/2018', end: '2018-02-15' });

    await page.click('details.add-task summary');
    await page.fill('form.task-add input[name=index]', '11');
    await page.fill('form.task-add textarea[name=content]', 'Tổng hợp, báo cáo kết quả thi đua cả năm');
    await page.fill('form.task-add input[name=lead]', 'Phòng Nội vụ');
    await andReload(() => page.click('form.task-add button[type=submit]'));
    expect(await page.locator('tr.task').count()).toBe(rowsBefore + 1);
    expect(await page.locator('tr.task').last().locator('td.content').textContent()).toContain('Tổng hợp, báo cáo kết quả thi đua cả năm');

    await andReload(() => page.locator('tr.task').nth(0).locator('button.delete-task').click());
    expect(await page.locator('tr.task').count()).toBe(rowsBefore);
    expect((await recordOf(planId)).tasks.map((t) => t.content)).not.toContain(record.tasks[0]!.content);
    // The added row is deleted by undoing the correction that added it.
    await andReload(() => page.locator('tr.task').last().locator('button.delete-task').click());
    expect(await page.locator('tr.task').count()).toBe(rowsBefore - 1);
    expect((await recordOf(planId)).tasks.map((t) => t.content)).not.toContain('Tổng hợp, báo cáo kết quả thi đua cả năm');
    await screenshot(page, '06-tasks', true);
    expect(watch.problems).toEqual([]);
  });

  it('escapes what it shows: a hostile title stays text', async () => {
    const planId = await planOf('29/KH-UBND');
    const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">"'&`;
    await page.goto(`${site.base}/plans/${planId}`);
    const titleRow = page.locator('tr[data-path="document.title"]');
    await titleRow.locator('button.edit').click();
    await titleRow.locator('input[name=value]').fill(hostile);
    await andReload(() => titleRow.locator('button[type=submit]').click());
    expect(await page.locator('h1 .title').textContent()).toBe(hostile);
    expect(await titleRow.locator('.value').textContent()).toBe(hostile);
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.goto(`${site.base}/?q=${encodeURIComponent(hostile)}`);
    expect(await page.inputValue('#q')).toBe(hostile);
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(watch.problems).toEqual([]);
    // The watch sees what the policy refuses: an inline script put in the page does not run and is reported.
    await page.evaluate("{ const script = document.createElement('script'); script.textContent = 'globalThis.__inline = 1'; document.body.append(script); }");
    const seen = () => watch.problems.join('\n');
    await expect.poll(() => /CSP violation: script-src/.test(seen()) && /inline script violates .*Content Security Policy/.test(seen())).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as { __inline?: number }).__inline)).toBeUndefined();
    watch.problems.length = 0;
  });

  it('draws the chain, the deadlines and the comparison without errors', async () => {
    const district = await planOf('05/KH-HĐTĐKT');
    const ward = await planOf('12/KH-UBND');
    await page.goto(`${site.base}/plans/${ward}/chain`);
    expect(await page.locator('svg.chain a.node').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(`svg.chain a.node[href="/plans/${district}"]`).count()).toBe(1);
    expect(await page.locator('svg.chain path.edge').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, '07-chain');

    await page.goto(`${site.base}/plans/${district}/deadlines`);
    expect(await page.locator('svg.timeline .deadline').count()).toBeGreaterThan(0);
    await screenshot(page, '08-deadlines');

    await page.goto(`${site.base}/deadlines?a=${district}&b=${ward}`);
    expect(await page.locator('svg.timeline .lane-label').count()).toBe(2);
    await screenshot(page, '09-deadlines-two', true);

    await page.goto(`${site.base}/compare`);
    await page.fill('form.picker input[name=a]', '05/KH-HĐTĐKT');
    await page.fill('form.picker input[name=b]', '12/KH-UBND');
    await andReload(() => page.click('form.picker button[type=submit]'));
    expect(await page.locator('.plan-card').count()).toBe(2);
    expect(await page.locator('.plan-card.a h3').textContent()).toContain('05/KH-HĐTĐKT');
    await screenshot(page, '10-compare', true);
    expect(watch.problems).toEqual([]);
  });
});
