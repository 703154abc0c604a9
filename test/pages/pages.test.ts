// The HTML pages without a browser: every value escaped (hostile titles, units, text), no
// inline script or style anywhere, the page image read only from the path the store recorded
// and refused when that file is gone or changed, assets served by name from a fixed list.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type SqliteStore } from '../../corpus/store.js';
import { PlanRecord } from '../../output/schema.js';
import { createApp } from '../../pipeline/serve/app.js';
import { escapeHtml, html, raw } from '../../pipeline/serve/pages/format.js';
import { deadlineInterval } from '../../pipeline/serve/pages/timeline.js';
import { renderChainSvg } from '../../pipeline/serve/pages/chain.js';
import { buildPlan } from '../corpus/records.js';
import { textPdf } from '../fixtures/scans.js';

const HOSTILE = `<script>alert(1)</script>"><img src=x onerror=alert(2)>'&`;

describe('html', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['a\r\nb', 'a&#13;\nb'],
    ['Kế hoạch số 05/KH-HĐTĐKT', 'Kế hoạch số 05/KH-HĐTĐKT'],
    ['&amp;', '&amp;amp;'],
  ])('escapes %j', (value, expected) => {
    expect(escapeHtml(value)).toBe(expected);
    expect(html`<p title="${value}">${value}</p>`.value).toBe(`<p title="${expected}">${expected}</p>`);
  });

  it('joins lists, drops null, undefined and booleans, and leaves its own fragments as they are', () => {
    const items = ['<a>', '<b>'];
    expect(html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>&lt;b&gt;</li></ul>');
    expect(html`${null}${undefined}${false}${true}${0}`.value).toBe('0');
    expect(html`${raw('<br>')}`.value).toBe('<br>');
  });
});

describe('deadlineInterval', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  it.each([
    [{ text: 'Tháng 3/2021', start: '2021-03', end: '2021-03', recurring: false }, day('2021-03-01'), day('2021-03-31'), false],
    [{ text: 'Trước ngày 31/01/2018', start: null, end: '2018-01-31', recurring: false }, day('2018-01-31'), day('2018-01-31'), true],
    [{ text: 'Năm 2022', start: '2022', end: '2022', recurring: false }, day('2022-01-01'), day('2022-12-31'), false],
    [{ text: 'Từ 15/3 đến 30/4/2024', start: '2024-03-15', end: '2024-04-30', recurring: false }, day('2024-03-15'), day('2024-04-30'), false],
  ])('%j', (deadline, from, to, point) => {
    expect(deadlineInterval(deadline)).toEqual({ from, to, point });
  });

  it.each([null, { text: 'Hằng năm', start: null, end: null, recurring: true }, { text: '?', start: 'sometime', end: null, recurring: false }])('%j names no date', (deadline) => {
    expect(deadlineInterval(deadline)).toBeNull();
  });
});

describe('renderChainSvg', () => {
  const node = (i: number, level: string) => ({ planId: `p${i}`, number: `${i}/KH-UBND`, title: `Kế hoạch ${i}`, level, date: '2024-01-02', current: i === 0 });

  it('puts levels in rows from the top down, and wraps and bounds a level of many plans', () => {
    const nodes = [node(0, 'district'), node(1, 'city'), ...Array.from({ length: 100 }, (_, i) => node(i + 2, 'ward'))];
    const edges = nodes.slice(2).map((n) => ({ from: n.planId, to: 'p0', relation: 'implements', confidence: 0.9 }));
    const svg = renderChainSvg(nodes, [{ from: 'p0', to: 'p1', relation: 'implements', confidence: 1 }, ...edges]).value;
    const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
    expect(width).toBeLessThan(1600);
    expect(svg.match(/<a href="\/plans\/p\d+"/g)).toHaveLength(42);
    expect(svg).toContain('và 60 kế hoạch khác');
    const yOf = (id: string) => Number(new RegExp(`href="/plans/${id}"[^]*?<rect x="[^"]+" y="([^"]+)"`).exec(svg)![1]);
    expect(yOf('p1')).toBeLessThan(yOf('p0'));
    expect(yOf('p0')).toBeLessThan(yOf('p2'));
    // An edge for each drawn pair only.
    expect(svg.match(/<path class="edge/g)).toHaveLength(41);
  });
});

describe('pages', () => {
  let store: SqliteStore;
  let dir: string;
  let app: ReturnType<typeof createApp>;
  let hostileId: string;
  let scanId: string;
  let scanRecord: PlanRecord;
  const get = (path: string) => app.request(`http://127.0.0.1${path}`, { headers: { Host: '127.0.0.1' } });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-pages-'));
    store = openStore(':memory:');
    const hostile = buildPlan({
      name: 'hostile',
      number: '07/KH-UBND',
      date: '2024-03-01',
      issuer: `Ủy ban nhân dân phường ${HOSTILE}`,
      level: 'ward',
      title: `Kế hoạch ${HOSTILE}`,
      body: [`Văn bản có <b>thẻ</b> và\r\ndòng CRLF ${HOSTILE}`],
      movements: [{ name: `Phong trào ${HOSTILE}` }],
      tasks: [{ content: `</pre><script>alert(3)</script> Tổ chức hội nghị`, lead: [HOSTILE], due: '2024-04', dueText: `Tháng 4 ${HOSTILE}` }],
      references: [{ number: '02/KH-HĐTĐKT', date: '2024-01-08', issuer: HOSTILE }],
    });
    // A scanned plan: its one page an image file the store recorded.
    const png = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const sha = createHash('sha256').update(png).digest('hex');
    const scanPath = join(dir, 'scan.png');
    writeFileSync(scanPath, png);
    const base = buildPlan({ name: 'scan', number: '09/KH-HĐTĐKT', date: '2024-02-01', issuer: 'Hội đồng Thi đua - Khen thưởng quận Hoàng Mai', level: 'district', title: 'Kế hoạch kiểm tra' });
    scanRecord = PlanRecord.parse({
      ...base,
      id: sha,
      source: { path: scanPath, sha256: sha, format: 'image', pages: 1, ocr: true, pageInfo: [{ page: 1, method: 'ocr', confidence: 88, reason: 'image' }] },
    });
    store.saveRecord(hostile);
    store.saveRecord(scanRecord);
    hostileId = store.planOfDocument(hostile.id)!;
    scanId = store.planOfDocument(scanRecord.id)!;
    app = createApp({ store, settings: { host: '127.0.0.1', port: 0, token: 'page-test-token-0123456789', author: 'tester', maxBodyBytes: 0 } });
  });

  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pages = () => [
    '/',
    `/?q=${encodeURIComponent(HOSTILE)}`,
    '/?q=hoi+nghi&level=ward',
    `/plans/${hostileId}`,
    `/plans/${hostileId}/review`,
    `/plans/${hostileId}/chain`,
    `/plans/${hostileId}/deadlines`,
    `/compare?a=${hostileId}&b=${scanId}`,
    `/deadlines?a=${hostileId}&b=${scanId}`,
    `/compare?a=${encodeURIComponent(HOSTILE)}`,
  ];

  it('escapes every hostile value and carries no inline script or style on any page', async () => {
    for (const path of pages()) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Content-Security-Policy'), path).toContain("script-src 'self'");
      const body = await response.text();
      expect(body, path).not.toContain('<script>alert');
      expect(body, path).not.toContain('<img src=x');
      expect(body, path).not.toContain('</pre><script>');
      // Scripts only from /assets/, no style element or attribute, no event handler attribute.
      expect(body.match(/<script(?![^>]*\bsrc="\/assets\/[a-z-]+\.js")[^>]*>/g), path).toBeNull();
      // (Attribute values are left out: a hostile value in one is escaped text, not an attribute.)
      const tags = (body.match(/<[a-z][^>]*>/gi) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
      expect(tags.filter((tag) => /^<style|\sstyle=|\son[a-z]+=/i.test(tag)), path).toEqual([]);
    }
    const plan = await (await get(`/plans/${hostileId}`)).text();
    expect(plan).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&#39;&amp;');
    // The text keeps its carriage return, so offsets into it stay those of text.normalized.
    expect(plan).toContain('và&#13;\ndòng CRLF');
    expect(plan).toContain('<meta name="kehoach-token" content="page-test-token-0123456789">');
  });

  it('names a plan by a prefix or its number, redirecting to its address; an unknown one is a 404 page', async () => {
    const byPrefix = await get(`/plans/${hostileId.slice(0, 10)}/review`);
    expect(byPrefix.status).toBe(302);
    expect(byPrefix.headers.get('Location')).toBe(`/plans/${hostileId}/review`);
    const byNumber = await get(`/plans/${encodeURIComponent('07/KH-UBND')}`);
    expect(byNumber.headers.get('Location')).toBe(`/plans/${hostileId}`);
    const withRest = await get(`/plans/${encodeURIComponent('07/KH-UBND')}/review?pending=1`);
    expect(withRest.headers.get('Location')).toBe(`/plans/${hostileId}/review?pending=1`);
    for (const path of ['/plans/ffffffffffff', `/plans/${encodeURIComponent(HOSTILE)}`, '/plans/zz/chain']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<script>alert');
    }
  });

  it('counts facets over the plans found and filters by them', async () => {
    const all = await (await get('/')).text();
    expect(all).toMatch(/href="\/\?level=ward">Phường<\/a> <span class="count">1<\/span>/);
    expect(all).toMatch(/href="\/\?level=district">Quận\/huyện<\/a> <span class="count">1<\/span>/);
    const ward = await (await get('/?level=ward')).text();
    expect(ward).toContain('07/KH-UBND');
    expect(ward).not.toContain('09/KH-HĐTĐKT');
    const typed = await (await get('/?type=kh')).text();
    expect(typed).toContain('2 kế hoạch');
  });

  describe('page images', () => {
    const pageUrl = (n: string, source = scanRecord.id) => `/plans/${scanId}/sources/${source}/pages/${n}`;

    it('renders a page of the file the store recorded', async () => {
      const response = await get(pageUrl('1.png'));
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('image/png');
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect([meta.width, meta.height]).toEqual([60, 80]);
    });

    it.each([
      ['a page the source does not have', () => pageUrl('2.png'), /không có trang 2/],
      ['a name that is not a page', () => pageUrl('..%2F..%2Fetc%2Fpasswd'), /Không có trang này/],
      ['a source of another plan', () => pageUrl('1.png', 'a'.repeat(64)), /Không có trang này/],
      ['a text source', () => `/plans/${hostileId}/sources/${createHash('sha256').update('hostile').digest('hex')}/pages/1.png`, /không có ảnh trang/],
    ])('refuses %s', async (_what, url, message) => {
      const response = await get(url());
      expect(response.status).toBe(404);
      expect(await response.text()).toMatch(message);
    });

    it('renders a page of a PDF source, in the shape of its page', async () => {
      const { pdf } = await textPdf('UBND QUẬN HOÀNG MAI\nSố: 10/KH-UBND\n\nKẾ HOẠCH\nKiểm tra công tác thi đua');
      const sha = createHash('sha256').update(pdf).digest('hex');
      const path = join(dir, 'plan.pdf');
      writeFileSync(path, pdf);
      const base = buildPlan({ name: 'pdf', number: '10/KH-UBND', date: '2024-04-01', issuer: 'Ủy ban nhân dân quận Hoàng Mai', level: 'district', title: 'Kiểm tra' });
      const record = PlanRecord.parse({ ...base, id: sha, source: { path, sha256: sha, format: 'pdf', pages: 1, ocr: false } });
      store.saveRecord(record);
      const response = await get(`/plans/${store.planOfDocument(sha)}/sources/${sha}/pages/1.png`);
      expect(response.status).toBe(200);
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      // A4: √2 as tall as wide.
      expect(meta.height! / meta.width!).toBeCloseTo(Math.SQRT2, 2);
    });

    it('says so when the file changed or is gone', async () => {
      writeFileSync(scanRecord.source.path, 'not the scanned page any more');
      const changed = await get(pageUrl('1.png'));
      expect(changed.status).toBe(404);
      expect(await changed.text()).toContain('đã thay đổi');
      rmSync(scanRecord.source.path);
      const gone = await get(pageUrl('1.png'));
      expect(gone.status).toBe(404);
      expect(await gone.text()).toContain('không còn');
    });
  });

  it.each([
    ['/assets/app.css', 200, 'text/css'],
    ['/assets/plan.js', 200, 'text/javascript'],
    ['/assets/nope.js', 404, null],
    ['/assets/..%2Fpages%2Froutes.ts', 404, null],
    ['/assets/.%2E%2F.%2E%2Fpackage.json', 404, null],
  ])('serves %s → %i', async (path, status, type) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    if (type) expect(response.headers.get('Content-Type')).toContain(type);
  });

  it('lists the plans a number names when it names several', async () => {
    const twins = openStore(':memory:');
    try {
      for (const locality of ['Tương Mai', 'Định Công']) {
        twins.saveRecord(buildPlan({ name: locality, number: '12/KH-UBND', date: '2024-01-29', issuer: `Ủy ban nhân dân phường ${locality}`, level: 'ward', locality, title: `Kế hoạch của phường ${locality}` }));
      }
      const twinsApp = createApp({ store: twins, settings: { host: '127.0.0.1', port: 0, token: 'page-test-token-0123456789', author: 't', maxBodyBytes: 0 } });
      const response = await twinsApp.request(`http://127.0.0.1/plans/${encodeURIComponent('12/KH-UBND')}/chain`, { headers: { Host: '127.0.0.1' } });
      expect(response.status).toBe(300);
      const body = await response.text();
      expect(body.match(/<a href="\/plans\/[0-9a-f]{64}\/chain">12\/KH-UBND<\/a>/g)).toHaveLength(2);
      expect(body).toContain('phường Tương Mai');
      expect(body).toContain('phường Định Công');
    } finally {
      twins.close();
    }
  });

  it('shows an empty collection as empty', async () => {
    const empty = openStore(':memory:');
    try {
      const emptyApp = createApp({ store: empty, settings: { host: '127.0.0.1', port: 0, token: 'page-test-token-0123456789', author: 't', maxBodyBytes: 0 } });
      for (const path of ['/', '/?q=ke+hoach', '/compare', '/deadlines?a=04/KH']) {
        const response = await emptyApp.request(`http://127.0.0.1${path}`, { headers: { Host: '127.0.0.1' } });
        expect(response.status, path).toBe(200);
      }
      const body = await (await emptyApp.request('http://127.0.0.1/', { headers: { Host: '127.0.0.1' } })).text();
      expect(body).toContain('0 kế hoạch');
      expect(body).toContain('Không tìm thấy kế hoạch nào');
    } finally {
      empty.close();
    }
  });

  it('reads a typed deadline as the extractor does, in the plan\'s year', async () => {
    const response = await get(`/plans/${hostileId}/deadline-preview?text=${encodeURIComponent('Trước ngày 15/5')}`);
    expect(await response.json()).toEqual({ deadline: { text: 'Trước ngày 15/5', start: null, end: '2024-05-15', recurring: false } });
  });
});
