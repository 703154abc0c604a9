// The OpenAPI 3.1 document of the API, generated: the component schemas by zod's own
// z.toJSONSchema from api-schemas.ts (and through it the record's and the comparison's schemas),
// the operations from the table below. A test checks that the table names every route the
// server answers and that the answers validate against these schemas.
import { z } from 'zod';
import { PIPELINE_VERSION } from '../../output/version.js';
import { NAMED_SCHEMAS, type SchemaName } from './api-schemas.js';
import { PROBLEM_STATUS } from './problems.js';
import { TOKEN_COOKIE, TOKEN_HEADER } from './security.js';

interface Parameter {
  name: string;
  in: 'path' | 'query';
  description: string;
  required?: boolean;
  schema?: Record<string, unknown>;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  /** In OpenAPI's form: /api/plans/{id}. */
  path: string;
  summary: string;
  parameters?: Parameter[];
  body?: SchemaName | SchemaName[];
  /** The success status and the schema of its body. */
  ok: [status: number, schema: SchemaName | 'OpenApiDocument'];
  /** The error statuses this route can answer with, besides 401/403/413/500 that any may. */
  errors: number[];
}

const PLAN_ID: Parameter = { name: 'id', in: 'path', required: true, description: 'A plan id, a unique prefix of it (4+ hex digits), a source id, or the plan number (URL-encoded: 05%2FKH-UBND)' };
const text = (name: string, description: string): Parameter => ({ name, in: 'query', description, schema: { type: 'string' } });
const LIMIT = (max: number, fallback: number): Parameter => ({ name: 'limit', in: 'query', description: `At most this many (1 to ${max}, default ${fallback})`, schema: { type: 'integer', minimum: 1, maximum: max } });

export const OPERATIONS: readonly Operation[] = [
  {
    method: 'get', path: '/api/plans', summary: 'The plans (each once, with its sources), filtered; with q, a search insensitive to diacritics; with facet counts',
    parameters: [
      text('q', 'Words to look for; "quoted words" must stand together'),
      { name: 'level', in: 'query', description: 'Issuer level', schema: { type: 'string', enum: ['central', 'province', 'city', 'district', 'town', 'ward', 'commune'] } },
      { name: 'year', in: 'query', description: "The document's own year", schema: { type: 'string', pattern: '^\\d{4}$' } },
      text('issuer', 'Part of the issuer name'),
      text('type', 'Type code (KH, QĐ; QD works too)'),
      text('movement', 'Words of a movement name, in order (alone: the plans carrying it)'),
      LIMIT(200, 20),
    ],
    ok: [200, 'PlanListResponse'], errors: [400],
  },
  { method: 'get', path: '/api/plans/{id}', summary: "A plan's record: its primary source's, with its sources and the corrections applied", parameters: [PLAN_ID], ok: [200, 'PlanRecord'], errors: [404, 409] },
  { method: 'get', path: '/api/plans/{id}/sources', summary: 'The source files of a plan, the primary first', parameters: [PLAN_ID], ok: [200, 'SourcesResponse'], errors: [404, 409] },
  { method: 'put', path: '/api/plans/{id}/primary', summary: 'Choose the primary source of a plan (null: back to the rule)', parameters: [PLAN_ID], body: 'PrimaryRequest', ok: [200, 'SourcesResponse'], errors: [400, 404, 409] },
  { method: 'get', path: '/api/plans/{id}/corrections', summary: "A plan's corrections, oldest first", parameters: [PLAN_ID], ok: [200, 'CorrectionsResponse'], errors: [404, 409] },
  {
    method: 'post', path: '/api/plans/{id}/corrections', summary: 'Correct a value of a plan, or several at once (all or nothing); answers with the corrected record',
    parameters: [PLAN_ID], body: ['CorrectionInput', 'CorrectionBatch'], ok: [201, 'PlanRecord'], errors: [400, 404, 409, 422],
  },
  {
    method: 'delete', path: '/api/plans/{id}/corrections/{correctionId}', summary: 'Delete a correction; answers with the record as it now reads',
    parameters: [PLAN_ID, { name: 'correctionId', in: 'path', required: true, description: 'The correction id, or 4+ characters of it' }], ok: [200, 'PlanRecord'], errors: [404, 409],
  },
  { method: 'get', path: '/api/plans/{id}/links', summary: 'What a plan implements, what implements it, its unresolved references and near-duplicates', parameters: [PLAN_ID], ok: [200, 'LinksResponse'], errors: [404, 409] },
  {
    method: 'get', path: '/api/compare', summary: 'Two plans side by side (their corrected records)',
    parameters: [{ ...text('a', 'The first plan (id, prefix or number)'), required: true }, { ...text('b', 'The second plan'), required: true }],
    ok: [200, 'Comparison'], errors: [400, 404, 409],
  },
  {
    method: 'get', path: '/api/review', summary: 'What needs a look: conflicts of corrections, the lowest-confidence task rows and restoration changes',
    parameters: [text('plan', 'One plan (id, prefix or number); without it every plan is read, which takes long on a large collection'), LIMIT(200, 20)], ok: [200, 'ReviewResponse'], errors: [400, 404, 409],
  },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', ok: [200, 'OpenApiDocument'], errors: [] },
];

/** The component schemas, generated from the zod schemas. */
export function componentSchemas(): Record<string, Record<string, unknown>> {
  // A registry made for this call: the ids name components, and every use of a named schema
  // inside another becomes a $ref to it.
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  const out: Record<string, Record<string, unknown>> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // The dialect is the document's (3.1: JSON Schema 2020-12), and a component is named by its key.
    const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
    out[id] = rest;
  }
  return out;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const STATUS_TEXT: Record<number, string> = {
  400: 'A parameter or the body is wrong', 401: 'The token is missing or wrong', 403: 'A write from another origin, or a host name that is not the server\'s',
  404: 'No such plan, correction, source or route', 409: 'The reference names several plans: details.candidates lists them', 413: 'The body is larger than the server takes',
  422: 'The correction does not fit the record (unknown path, value of the wrong type, row not there); nothing was written', 500: 'The server failed',
};

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const write = op.method !== 'get';
    const statuses = [...new Set([...op.errors, 401, ...(write ? [403, 413] : []), 500])].sort();
    const responses: Record<string, unknown> = {
      [op.ok[0]]: {
        description: 'Done',
        content: { 'application/json': { schema: op.ok[1] === 'OpenApiDocument' ? { type: 'object', description: 'An OpenAPI 3.1 document' } : ref(op.ok[1]) } },
      },
    };
    for (const status of statuses) responses[status] = { $ref: `#/components/responses/Error${status}` };
    const body = op.body === undefined ? undefined : Array.isArray(op.body) ? { oneOf: op.body.map(ref) } : ref(op.body);
    (paths[op.path] ??= {})[op.method] = {
      operationId: `${op.method}${op.path.replace(/^\/api/, '').replace(/[{}]/g, '').split(/[/.]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`,
      summary: op.summary,
      ...(op.parameters ? { parameters: op.parameters.map((p) => ({ ...p, schema: p.schema ?? { type: 'string' } })) } : {}),
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
      responses,
      // Reads need the token only on a host other than loopback; writes always do, in a header.
      security: write ? [{ bearer: [] }, { tokenHeader: [] }] : [{}, { bearer: [] }, { tokenHeader: [] }, { tokenCookie: [] }],
    };
  }
  const usedStatuses = [...new Set(Object.values(PROBLEM_STATUS))].sort();
  return {
    openapi: '3.1.0',
    info: {
      title: 'kehoach',
      version: PIPELINE_VERSION,
      description:
        'The plans of a kehoach store, their corrections, links, comparisons and review items. Every error is { "error": { "code", "message", "details"? } }. ' +
        'Writes need the token in a header and must come from the server\'s own origin; on a host other than loopback every request needs the token.',
    },
    paths,
    components: {
      schemas: componentSchemas(),
      responses: Object.fromEntries(usedStatuses.map((s) => [`Error${s}`, { description: STATUS_TEXT[s] ?? 'Error', content: { 'application/json': { schema: ref('ApiError') } } }])),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer TOKEN' },
        tokenHeader: { type: 'apiKey', in: 'header', name: TOKEN_HEADER },
        tokenCookie: { type: 'apiKey', in: 'cookie', name: TOKEN_COOKIE, description: 'Set by opening any page once with ?token=TOKEN' },
      },
    },
  };
}
