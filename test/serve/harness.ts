// A real server for the API tests: the seed plans run through the pipeline into a store, the
// app on @hono/node-server at port 0, and requests through node:http (so that Host, Origin and
// Sec-Fetch-Site are what the test says, as a browser or an attacker would send them).
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ensureLinks } from '../../corpus/graph.js';
import { openStore, type SqliteStore } from '../../corpus/store.js';
import type { PlanRecord } from '../../output/schema.js';
import { processFile } from '../../pipeline/run.js';
import { startServer, type RunningServer } from '../../pipeline/serve/server.js';
import { repoRoot } from '../helpers/cli.js';

export const TOKEN = 'test-token-0123456789abcdef';
export const SEED_NAMES = ['000_e33a46f756994b3d', '001_fed481ad4cf1acdd', '002_11193dad341833c5', '003_c48f5550e49a9653', '004_642cb17b6a89c38d'];

/** The seed plans' records, through the real pipeline. */
export async function seedRecords(): Promise<PlanRecord[]> {
  const records: PlanRecord[] = [];
  for (const name of SEED_NAMES) {
    const result = await processFile(resolve(repoRoot, '../shared/seeds', `${name}.txt`));
    if (result.record) records.push(result.record);
  }
  return records;
}

/** Another plan with the same number as `record`: another issuer and year, so it is not merged. */
export function namesake(record: PlanRecord): PlanRecord {
  const id = createHash('sha256').update(`namesake:${record.id}`).digest('hex');
  return {
    ...record,
    id,
    source: { ...record.source, path: `/namesake/${id.slice(0, 8)}.txt`, sha256: id },
    document: {
      ...record.document,
      date: '2011-06-30',
      issuer: { ...record.document.issuer, name: 'Hội đồng Thi đua - Khen thưởng phường Phúc Xá', level: 'ward', locality: 'Phúc Xá' },
    },
  };
}

export interface TestServer extends RunningServer {
  store: SqliteStore;
  /** The server's own origin, as its pages send it. */
  origin: string;
  stop(): Promise<void>;
}

export async function startTestServer(records: readonly PlanRecord[], settings: { host?: string; maxBodyBytes?: number } = {}): Promise<TestServer> {
  const store = openStore(':memory:');
  store.saveRecords(records);
  await ensureLinks(store);
  const server = await startServer({
    store,
    settings: { host: settings.host ?? '127.0.0.1', port: 0, token: TOKEN, author: 'tester', maxBodyBytes: settings.maxBodyBytes ?? 256 * 1024 },
  });
  const origin = server.url.replace(/\/$/, '');
  return { ...server, store, origin, stop: async () => (await server.close(), store.close()) };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body as JSON; undefined when it is not. */
  json: any;
}

export interface Call {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as is when a string or Buffer, else as JSON. */
  body?: unknown;
}

/** One request to the server at `base` (its URL); the Host header is the URL's unless given. */
export function call(base: string, path: string, { method = 'GET', headers = {}, body }: Call = {}): Promise<Answer> {
  const url = new URL(path, base);
  const payload = body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  return new Promise((done, fail) => {
    const req = httpRequest(
      { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port, path: `${url.pathname}${url.search}`, method, headers: { ...(payload !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          done({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    // A server refusing a large body may answer and close before it is all sent.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : fail(error)));
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** A write as the server's own page sends it: the token in a header, the server's origin. */
export const pageWrite = (server: TestServer, body?: unknown, method = 'POST'): Call => ({
  method,
  headers: { Authorization: `Bearer ${TOKEN}`, Origin: server.origin, 'Sec-Fetch-Site': 'same-origin' },
  body,
});

/**
 * A validator for a component of the OpenAPI document as served: its JSON Schema turned back
 * into zod (z.fromJSONSchema), the document's $refs pointing into its own components.
 */
export function documentValidator(document: any, name: string): z.ZodType {
  const defs = JSON.parse(JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', '#/$defs/'));
  if (!defs[name]) throw new Error(`the document has no schema ${name}`);
  return z.fromJSONSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs, $ref: `#/$defs/${name}` } as never);
}

/** What a failed request must leave as it was: every correction, every plan's record and primary. */
export async function storeState(store: SqliteStore): Promise<string> {
  const plans = store.listPlans();
  return JSON.stringify({
    corrections: store.listCorrections(),
    plans: plans.map((p) => ({ id: p.id, primary: p.primaryId, record: store.getPlanRecord(p.id) })),
  });
}
