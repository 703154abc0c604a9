// The JSON API against a real server on the seed plans: each route answers as the CLI command
// of the same name would, and every answer validates against the schemas of the OpenAPI
// document the server itself serves (turned back into validators, harness.ts).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../pipeline/serve/app.js';
import type { PlanRecord } from '../../output/schema.js';
import { repoRoot } from '../helpers/cli.js';
import { call, documentValidator, pageWrite, seedRecords, startTestServer, TOKEN, type TestServer } from './harness.js';

const haveSeeds = existsSync(resolve(repoRoot, '../shared/seeds'));

describe.skipIf(!haveSeeds)('the JSON API on the seed plans', () => {
  let server: TestServer;
  let records: PlanRecord[];
  let document: any;
  const get = (path: string) => call(server.url, path);
  /** Asserts the answer's status and that its body is a `schema` of the served document. */
  const valid = (answer: { status: number; json: any; text: string }, status: number, schema: string) => {
    expect(answer.status, answer.text.slice(0, 300)).toBe(status);
    const result = documentValidator(document, schema).safeParse(answer.json);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
    return answer.json;
  };
  const withNumber = (n: string) => `/api/plans/${encodeURIComponent(n)}`;

  beforeAll(async () => {
    records = await seedRecords();
    server = await startTestServer(records);
    document = (await get('/api/openapi.json')).json;
  });
  afterAll(() => server?.stop());

  it('serves an OpenAPI 3.1 document naming every API route the app answers, with its parameters and errors', async () => {
    expect(document.openapi).toBe('3.1.0');
    const app = createApp({ store: server.store, settings: { host: '127.0.0.1', port: 0, token: TOKEN, author: 't', maxBodyBytes: 1 } });
    const routes = app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.endsWith('*'))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const documented = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m} ${path}`));
    expect([...routes].sort()).toEqual([...documented].sort());
    for (const [path, ops] of Object.entries<any>(document.paths)) {
      for (const op of Object.values<any>(ops)) {
        for (const name of path.match(/\{(\w+)\}/g) ?? []) expect(op.parameters.map((p: any) => p.name)).toContain(name.slice(1, -1));
        expect(op.responses['500'].$ref).toBe('#/components/responses/Error500');
      }
    }
    // Every error answer is an ApiError.
    for (const response of Object.values<any>(document.components.responses)) expect(response.content['application/json'].schema.$ref).toBe('#/components/schemas/ApiError');
  });

  it('every $ref of the document resolves inside it, and every operation id is unique', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      const target = ref.split('/').reduce<any>((node, key) => node?.[key], document);
      expect(target, ref).toBeTypeOf('object');
    }
    const ids = Object.values<any>(document.paths).flatMap((ops) => Object.values<any>(ops).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the document validators refuse what does not fit (they are not vacuous)', () => {
    expect(documentValidator(document, 'PlanRecord').safeParse(records[0]).success).toBe(true);
    expect(documentValidator(document, 'PlanRecord').safeParse({ ...records[0], tasks: 'none' }).success).toBe(false);
    expect(documentValidator(document, 'ApiError').safeParse({ error: { code: 'nonsense', message: 'x' } }).success).toBe(false);
  });

  it('GET /api/plans lists every plan once with its sources and facets', async () => {
    const list = valid(await get('/api/plans'), 200, 'PlanListResponse');
    expect(list.total).toBe(records.length);
    expect(list.plans).toHaveLength(records.length);
    expect(new Set(list.plans.map((p: any) => p.id)).size).toBe(records.length);
    for (const p of list.plans) expect(p.sources.map((s: any) => s.id)).toContain(p.primaryId);
    const levels = new Map<string, number>();
    for (const r of records) if (r.document.issuer.level) levels.set(r.document.issuer.level, (levels.get(r.document.issuer.level) ?? 0) + 1);
    expect(Object.fromEntries(list.facets.level.map((f: any) => [f.value, f.count]))).toEqual(Object.fromEntries(levels));
    const years = list.facets.year.reduce((n: number, f: any) => n + f.count, 0);
    expect(years).toBe(records.filter((r) => /^\d{4}/.test(r.document.date ?? '')).length);
  });

  it('GET /api/plans filters by level, year and type, and limits', async () => {
    const level = records[0]!.document.issuer.level!;
    const byLevel = valid(await get(`/api/plans?level=${level}`), 200, 'PlanListResponse');
    expect(byLevel.total).toBe(records.filter((r) => r.document.issuer.level === level).length);
    expect(byLevel.plans.every((p: any) => p.issuerLevel === level)).toBe(true);
    const year = records[0]!.document.date!.slice(0, 4);
    const byYear = valid(await get(`/api/plans?year=${year}`), 200, 'PlanListResponse');
    expect(byYear.plans.length).toBeGreaterThan(0);
    expect(byYear.plans.every((p: any) => String(p.year) === year)).toBe(true);
    const typed = valid(await get('/api/plans?type=kh'), 200, 'PlanListResponse');
    expect(typed.total).toBe(records.filter((r) => r.document.typeCode === 'KH').length);
    const limited = valid(await get('/api/plans?limit=2'), 200, 'PlanListResponse');
    expect([limited.plans.length, limited.total]).toEqual([2, records.length]);
  });

  it('GET /api/plans?q= searches insensitive to diacritics and returns plans with where they matched', async () => {
    const marked = valid(await get(`/api/plans?q=${encodeURIComponent('kiểm tra thi đua')}`), 200, 'PlanListResponse');
    const plain = valid(await get('/api/plans?q=KIEM+TRA+THI+DUA'), 200, 'PlanListResponse');
    expect(marked.plans.length).toBeGreaterThan(0);
    expect(plain.plans.map((p: any) => p.id)).toEqual(marked.plans.map((p: any) => p.id));
    for (const p of marked.plans) {
      expect(p.sources.map((s: any) => s.id)).toContain(p.match.sourceId);
      expect(p.match.snippets.length).toBeGreaterThan(0);
    }
    expect(marked.facets.level.reduce((n: number, f: any) => n + f.count, 0)).toBe(marked.plans.length);
  });

  it('GET /api/plans/{id} takes a number, a plan id prefix or a source id, and answers the record', async () => {
    const record = records[4]!;
    const byNumber = valid(await get(withNumber(record.document.number!)), 200, 'PlanRecord');
    expect(byNumber.id).toBe(record.id);
    expect(byNumber.plan.sources.map((s: any) => s.id)).toEqual([record.id]);
    const byPrefix = valid(await get(`/api/plans/${byNumber.plan.id.slice(0, 10)}`), 200, 'PlanRecord');
    const bySource = valid(await get(`/api/plans/${record.id}`), 200, 'PlanRecord');
    expect([byPrefix.id, bySource.id]).toEqual([record.id, record.id]);
  });

  it('GET /api/plans/{id}/sources and PUT …/primary', async () => {
    const record = records[1]!;
    const sources = valid(await get(`/api/plans/${record.id}/sources`), 200, 'SourcesResponse');
    expect(sources.sources).toHaveLength(1);
    expect(sources.sources[0]).toMatchObject({ id: record.id, primary: true });
    const chosen = valid(await call(server.url, `/api/plans/${record.id}/primary`, pageWrite(server, { sourceId: record.id.slice(0, 8) }, 'PUT')), 200, 'SourcesResponse');
    expect(chosen.sources[0].id).toBe(record.id);
    valid(await call(server.url, `/api/plans/${record.id}/primary`, pageWrite(server, { sourceId: null }, 'PUT')), 200, 'SourcesResponse');
  });

  it('POST …/corrections answers with the corrected record; GET lists it; DELETE takes it back', async () => {
    const record = records[4]!;
    const title = 'Kiểm tra công tác thi đua, khen thưởng năm 2023 (đã duyệt)';
    const corrected = valid(await call(server.url, `${withNumber(record.document.number!)}/corrections`, pageWrite(server, { path: 'document.title', value: title, note: 'đã duyệt' })), 201, 'PlanRecord');
    expect(corrected.document.title).toBe(title);
    expect(corrected.review.provenance['document.title']).toBe('human');
    expect(corrected.review.corrections[0]).toMatchObject({ path: 'document.title', value: title, machineValue: record.document.title, author: 'tester', note: 'đã duyệt', status: 'applied' });
    const listed = valid(await get(`/api/plans/${record.id}/corrections`), 200, 'CorrectionsResponse');
    expect(listed.corrections.map((c: any) => c.id)).toEqual([corrected.review.corrections[0].id]);
    // Everything that reads the plan shows the correction: the listing and search too.
    expect((await get('/api/plans')).json.plans.find((p: any) => p.primaryId === record.id).title).toBe(title);
    expect((await get('/api/plans?q=da+duyet')).json.plans.map((p: any) => p.primaryId)).toContain(record.id);
    const id = corrected.review.corrections[0].id as string;
    const back = valid(await call(server.url, `/api/plans/${record.id}/corrections/${id.slice(0, 8)}`, pageWrite(server, undefined, 'DELETE')), 200, 'PlanRecord');
    expect(back.document.title).toBe(record.document.title);
    expect(back.review).toBeUndefined();
    expect(server.store.listCorrections()).toEqual([]);
  });

  it('POST …/corrections with a batch applies all of it in one go (a row, then a field of another row)', async () => {
    const record = records.find((r) => r.tasks.length >= 2)!;
    const batch = {
      corrections: [
        { path: 'document.date', value: '2024-05-01' },
        { path: 'tasks[0].lead', value: ['Phòng Nội vụ'] },
        { path: 'tasks[1]', value: null, note: 'not a task' },
      ],
    };
    const corrected = valid(await call(server.url, `/api/plans/${record.id}/corrections`, pageWrite(server, batch)), 201, 'PlanRecord');
    expect(corrected.document.date).toBe('2024-05-01');
    expect(corrected.tasks[0].lead).toEqual(['Phòng Nội vụ']);
    expect(corrected.tasks).toHaveLength(record.tasks.length - 1);
    expect(server.store.listCorrections(corrected.plan.id)).toHaveLength(3);
    for (const c of server.store.listCorrections()) server.store.deleteCorrection(c.id);
  });

  it('GET /api/plans/{id}/links, /api/compare and /api/review answer what the CLI prints with --json', async () => {
    const [a, b] = [records[3]!, records[4]!];
    const links = valid(await get(`/api/plans/${a.id}/links`), 200, 'LinksResponse');
    expect(links.document.id).toBe(a.id);
    expect(links.sources).toEqual([a.id]);
    // Every reference of the plan is either answered by a stored plan or listed as unresolved.
    expect(links.unresolved.length).toBeLessThanOrEqual(a.references.length);
    const compared = valid(await get(`/api/compare?a=${a.id}&b=${encodeURIComponent(b.document.number!)}`), 200, 'Comparison');
    expect([compared.a.id, compared.b.id]).toEqual([a.id, b.id]);
    const review = valid(await get('/api/review?limit=3'), 200, 'ReviewResponse');
    expect(review.tasks.length).toBeLessThanOrEqual(3);
    const one = valid(await get(`/api/review?plan=${a.id}&limit=200`), 200, 'ReviewResponse');
    expect(one.tasks.every((t: any) => t.number === a.document.number)).toBe(true);
  });
});
