// The guard on a host other than loopback (bound to 127.0.0.2, which settings.host does not
// name as loopback): every request needs the token, given in a header or remembered in an
// HttpOnly cookie after one visit with ?token=; writes need it in a header still. And the
// headers every answer carries, pages included; a failing store answers 500 JSON, nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isLoopbackHost, tokensMatch } from '../../pipeline/serve/security.js';
import { buildPlan } from '../corpus/records.js';
import { call, startTestServer, storeState, TOKEN, type TestServer } from './harness.js';

const RECORDS = [
  buildPlan({ name: 'a', number: '04/KH-UBND', title: 'Kế hoạch thi đua năm 2023', date: '2023-02-03', tasks: [{ index: '1', content: 'Tổ chức hội nghị', lead: ['Phòng Nội vụ'] }] }),
  buildPlan({ name: 'b', number: '05/KH-UBND', title: 'Kế hoạch khen thưởng năm 2024', date: '2024-03-01' }),
];

describe('off loopback, every request needs the token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(RECORDS, { host: '127.0.0.2' });
  });
  afterAll(() => server?.stop());

  it.each([
    ['an API read without a token', '/api/plans', {}, 401, 'token-required'],
    ['the document without a token', '/api/openapi.json', {}, 401, 'token-required'],
    ['an API read with a wrong token', '/api/plans', { Authorization: 'Bearer wrong-token-wrong-token' }, 401, 'token-invalid'],
    ['an API read with a wrong cookie', '/api/plans', { Cookie: 'kehoach_token=wrong-token-wrong-token' }, 401, 'token-invalid'],
    ['a visit with a wrong ?token=', '/api/plans?token=wrong', {}, 401, 'token-invalid'],
  ])('%s: 401 JSON', async (_name, path, headers, status, code) => {
    const answer = await call(server.url, path, { headers });
    expect(answer.status).toBe(status);
    expect(answer.json.error.code).toBe(code);
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('a page without the token is refused too, in text', async () => {
    const answer = await call(server.url, '/');
    expect(answer.status).toBe(401);
    expect(answer.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('answers with the token in Authorization or X-Kehoach-Token', async () => {
    expect((await call(server.url, '/api/plans', { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await call(server.url, '/api/plans', { headers: { 'X-Kehoach-Token': TOKEN } })).status).toBe(200);
  });

  it('a visit with ?token= sets an HttpOnly SameSite=Strict cookie and leads to the same address without it', async () => {
    const visit = await call(server.url, '/api/plans?limit=1&token=' + encodeURIComponent(TOKEN));
    expect(visit.status).toBe(303);
    expect(visit.headers.location).toBe('/api/plans?limit=1');
    const cookie = String(visit.headers['set-cookie']);
    expect(cookie).toMatch(/kehoach_token=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const next = await call(server.url, String(visit.headers.location), { headers: { Cookie: cookie.split(';')[0]! } });
    expect(next.status).toBe(200);
    expect(next.json.plans).toHaveLength(1);
  });

  it('a write with the cookie alone is refused; with the header from the own origin it is done', async () => {
    const before = await storeState(server.store);
    const body = { path: 'document.title', value: 'Tiêu đề đã sửa' };
    const cookieOnly = await call(server.url, `/api/plans/${RECORDS[0]!.id}/corrections`, { method: 'POST', headers: { Cookie: `kehoach_token=${TOKEN}`, Origin: server.origin }, body });
    expect([cookieOnly.status, cookieOnly.json.error.code]).toEqual([401, 'token-required']);
    expect(await storeState(server.store)).toBe(before);
    const done = await call(server.url, `/api/plans/${RECORDS[0]!.id}/corrections`, { method: 'POST', headers: { 'X-Kehoach-Token': TOKEN, Origin: server.origin }, body });
    expect(done.status).toBe(201);
    expect(done.json.document.title).toBe('Tiêu đề đã sửa');
  });

  it('any Host name is served once the token is given (the token, not the name, is the guard off loopback)', async () => {
    expect((await call(server.url, '/api/plans', { headers: { Host: 'kehoach.lan', Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });
});

describe('on loopback', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(RECORDS);
  });
  afterAll(() => server?.stop());

  it('reads need no token, and pages carry the same headers', async () => {
    expect((await call(server.url, '/api/plans')).status).toBe(200);
    for (const path of ['/', '/no-such-page']) {
      const answer = await call(server.url, path);
      expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it.each(['localhost', '[::1]', '127.0.0.1'])('answers to the loopback name %s', async (name) => {
    expect((await call(server.url, '/api/plans', { headers: { Host: `${name}:${server.port}` } })).status).toBe(200);
  });

  it('a store that fails answers 500 JSON with one line and no stack', async () => {
    const broken = await startTestServer(RECORDS);
    broken.store.close();
    const answer = await call(broken.url, '/api/plans');
    await broken.close();
    expect(answer.status).toBe(500);
    expect(answer.json.error.code).toBe('internal');
    expect(answer.json.error.message).not.toMatch(/\n|at .*\.ts/);
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the rules themselves', () => {
  it.each([
    ['127.0.0.1', true], ['::1', true], ['localhost', true], ['LOCALHOST', true],
    ['0.0.0.0', false], ['127.0.0.2', false], ['192.168.1.10', false], ['::', false], ['kehoach.lan', false],
  ])('isLoopbackHost(%s) is %s', (host, expected) => expect(isLoopbackHost(host)).toBe(expected));

  it.each([
    [TOKEN, TOKEN, true], [TOKEN, `${TOKEN}x`, false], ['', TOKEN, false], [TOKEN.toUpperCase(), TOKEN, false],
  ])('tokensMatch(%j, %j) is %s', (given, expected, match) => expect(tokensMatch(given, expected)).toBe(match));
});
