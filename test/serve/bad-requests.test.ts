// Bad requests, table-driven: wrong paths, values of the wrong type, unknown plans, an
// ambiguous reference, oversized bodies, missing or wrong tokens, writes from another origin or
// through another host name. Each gets a 4xx with a JSON error of a fixed code (and the headers
// every answer carries), and the store is exactly as it was.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../pipeline/serve/security.js';
import type { PlanRecord } from '../../output/schema.js';
import { repoRoot } from '../helpers/cli.js';
import { call, documentValidator, namesake, seedRecords, startTestServer, storeState, TOKEN, type Call, type TestServer } from './harness.js';

const haveSeeds = existsSync(resolve(repoRoot, '../shared/seeds'));

describe.skipIf(!haveSeeds)('bad requests change nothing', () => {
  let server: TestServer;
  let records: PlanRecord[];
  let document: any;

  beforeAll(async () => {
    records = await seedRecords();
    // A second plan numbered like the last seed (another issuer and year): its number is ambiguous.
    server = await startTestServer([...records, namesake(records[4]!)], { maxBodyBytes: 4096 });
    document = (await call(server.url, '/api/openapi.json')).json;
  });
  afterAll(() => server?.stop());

  const auth = { Authorization: `Bearer ${TOKEN}` };
  const plan = () => `/api/plans/${records[4]!.id}`;
  const number = () => encodeURIComponent(records[4]!.document.number!);
  const post = (body: unknown, headers: Record<string, string> = auth): Call => ({ method: 'POST', headers, body });

  type Case = [name: string, path: () => string, request: () => Call, status: number, code: string];
  const CASES: Case[] = [
    ['an unknown API route', () => '/api/nothing-here', () => ({}), 404, 'not-found'],
    ['an unknown route under a plan', () => `${plan()}/bogus`, () => ({}), 404, 'not-found'],
    ['a method a route does not take', () => plan(), () => ({ method: 'DELETE', headers: auth }), 404, 'not-found'],
    ['an unknown plan', () => '/api/plans/99%2FKH-XYZ', () => ({}), 404, 'unknown-plan'],
    ['an unknown plan id prefix', () => '/api/plans/ffffffff0000', () => ({}), 404, 'unknown-plan'],
    ['a correction of an unknown plan', () => '/api/plans/99%2FKH-XYZ/corrections', () => post({ path: 'document.title', value: 'x' }), 404, 'unknown-plan'],
    ['an ambiguous number', () => `/api/plans/${number()}`, () => ({}), 409, 'ambiguous-reference'],
    ['a correction through an ambiguous number', () => `/api/plans/${number()}/corrections`, () => post({ path: 'document.title', value: 'x' }), 409, 'ambiguous-reference'],
    ['compare without b', () => `/api/compare?a=${records[0]!.id}`, () => ({}), 400, 'bad-parameter'],
    ['compare with an unknown plan', () => `/api/compare?a=${records[0]!.id}&b=nothing`, () => ({}), 404, 'unknown-plan'],
    ['a level that is none', () => '/api/plans?level=village', () => ({}), 400, 'bad-parameter'],
    ['a year that is none', () => '/api/plans?year=24', () => ({}), 400, 'bad-parameter'],
    ['a limit out of range', () => '/api/plans?limit=0', () => ({}), 400, 'bad-parameter'],
    ['a limit that is no number', () => '/api/review?limit=many', () => ({}), 400, 'bad-parameter'],
    ['a query of punctuation only', () => '/api/plans?q=%3F%21', () => ({}), 400, 'bad-parameter'],
    ['a field the record does not have', () => `${plan()}/corrections`, () => post({ path: 'document.bogus', value: 'x' }), 422, 'invalid-correction'],
    ['a field that is the machine\'s', () => `${plan()}/corrections`, () => post({ path: 'source.path', value: '/etc/passwd' }), 422, 'invalid-correction'],
    ['a number for a text field', () => `${plan()}/corrections`, () => post({ path: 'document.title', value: 5 }), 422, 'invalid-correction'],
    ['a text for a list', () => `${plan()}/corrections`, () => post({ path: 'tasks[0].lead', value: 'Phòng Nội vụ' }), 422, 'invalid-correction'],
    ['a date in the wrong form', () => `${plan()}/corrections`, () => post({ path: 'document.date', value: '03/02/2023' }), 422, 'invalid-correction'],
    ['a level that is none, as a correction', () => `${plan()}/corrections`, () => post({ path: 'document.issuer.level', value: 'village' }), 422, 'invalid-correction'],
    ['a row that is not there', () => `${plan()}/corrections`, () => post({ path: 'tasks[999].lead', value: ['x'] }), 422, 'invalid-correction'],
    ['a batch whose last correction is wrong', () => `${plan()}/corrections`, () => post({ corrections: [{ path: 'document.title', value: 'ok' }, { path: 'document.date', value: 2023 }] }), 422, 'invalid-correction'],
    ['a batch whose last row is not there', () => `${plan()}/corrections`, () => post({ corrections: [{ path: 'document.title', value: 'ok' }, { path: 'tasks[999]', value: null }] }), 422, 'invalid-correction'],
    ['a correction without a value', () => `${plan()}/corrections`, () => post({ path: 'document.title' }), 400, 'bad-request'],
    ['a correction with an unknown key', () => `${plan()}/corrections`, () => post({ path: 'document.title', value: 'x', extra: 1 }), 400, 'bad-request'],
    ['an empty batch', () => `${plan()}/corrections`, () => post({ corrections: [] }), 400, 'bad-request'],
    ['a body that is not JSON', () => `${plan()}/corrections`, () => post('{"path": "document.title"'), 400, 'bad-json'],
    ['a body over the limit', () => `${plan()}/corrections`, () => post({ path: 'document.title', value: 'x'.repeat(5000) }), 413, 'body-too-large'],
    ['a primary that is no source of the plan', () => `${plan()}/primary`, () => ({ method: 'PUT', headers: auth, body: { sourceId: records[0]!.id } }), 404, 'unknown-source'],
    ['a primary of the wrong type', () => `${plan()}/primary`, () => ({ method: 'PUT', headers: auth, body: { sourceId: 5 } }), 400, 'bad-request'],
    ['deleting an unknown correction', () => `${plan()}/corrections/0000aaaa`, () => ({ method: 'DELETE', headers: auth }), 404, 'unknown-correction'],
    ['a write without the token', () => `${plan()}/corrections`, () => post({ path: 'document.title', value: 'x' }, {}), 401, 'token-required'],
    ['a write with the token in a cookie only', () => `${plan()}/corrections`, () => post({ path: 'document.title', value: 'x' }, { Cookie: `kehoach_token=${TOKEN}` }), 401, 'token-required'],
    ['a write with a wrong token', () => `${plan()}/corrections`, () => post({ path: 'document.title', value: 'x' }, { Authorization: 'Bearer not-the-token-at-all' }), 401, 'token-invalid'],
    ['a write with a wrong X-Kehoach-Token', () => `${plan()}/corrections`, () => post({ path: 'document.title', value: 'x' }, { 'X-Kehoach-Token': `${TOKEN}x` }), 401, 'token-invalid'],
    ['a write from another origin', () => `${plan()}/corrections`, () => post({ path: 'document.title', value: 'x' }, { ...auth, Origin: 'http://evil.example' }), 403, 'cross-origin'],
    ['a write from a null origin', () => `${plan()}/corrections`, () => post({ path: 'document.title', value: 'x' }, { ...auth, Origin: 'null' }), 403, 'cross-origin'],
    ['a write a browser says is cross-site', () => `${plan()}/corrections`, () => post({ path: 'document.title', value: 'x' }, { ...auth, 'Sec-Fetch-Site': 'cross-site' }), 403, 'cross-origin'],
    ['a delete from another origin', () => `${plan()}/corrections/0000aaaa`, () => ({ method: 'DELETE', headers: { ...auth, Origin: 'http://127.0.0.1:1' } }), 403, 'cross-origin'],
    ['a request through another host name (DNS rebinding)', () => '/api/plans', () => ({ headers: { Host: 'evil.example' } }), 403, 'host-not-allowed'],
  ];

  it.each(CASES)('%s: a JSON error, and nothing changed', async (_name, path, request, status, code) => {
    const before = await storeState(server.store);
    const answer = await call(server.url, path(), request());
    expect(answer.status, answer.text.slice(0, 300)).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.json.error.code).toBe(code);
    expect(answer.json.error.message.length).toBeGreaterThan(5);
    expect(documentValidator(document, 'ApiError').safeParse(answer.json).success).toBe(true);
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(await storeState(server.store)).toBe(before);
  });

  it('an ambiguous reference lists its candidates', async () => {
    const answer = await call(server.url, `/api/plans/${number()}`);
    expect(answer.json.error.details.candidates.map((c: any) => c.number)).toEqual([records[4]!.document.number, records[4]!.document.number]);
  });

  it('the same requests done right do change the store (the table is not refusing everything)', async () => {
    const before = await storeState(server.store);
    const answer = await call(server.url, `${plan()}/corrections`, post({ path: 'document.title', value: 'x' }, { ...auth, Origin: server.origin }));
    expect(answer.status, answer.text.slice(0, 200)).toBe(201);
    expect(await storeState(server.store)).not.toBe(before);
    for (const c of server.store.listCorrections()) server.store.deleteCorrection(c.id);
  });
});
