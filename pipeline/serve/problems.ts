// API errors as data: every 4xx/5xx of the server is one JSON shape, { error: { code, message } },
// with a fixed code a client can branch on and a message a person can read. Handlers return a
// Problem instead of throwing; app.ts turns the few thrown errors into the same shape.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The codes the API answers with, and the status each one carries. */
export const PROBLEM_STATUS = {
  'bad-request': 400,
  'bad-json': 400,
  'bad-parameter': 400,
  'token-required': 401,
  'token-invalid': 401,
  'cross-origin': 403,
  'host-not-allowed': 403,
  'not-found': 404,
  'unknown-plan': 404,
  'unknown-correction': 404,
  'unknown-source': 404,
  'method-not-allowed': 405,
  'ambiguous-reference': 409,
  'body-too-large': 413,
  'invalid-correction': 422,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ProblemCode = keyof typeof PROBLEM_STATUS;

export interface Problem {
  code: ProblemCode;
  message: string;
  /** Anything more a client can use: the candidates of an ambiguous reference, the failing correction of a batch. */
  details?: unknown;
}

export const problem = (code: ProblemCode, message: string, details?: unknown): Problem => (details === undefined ? { code, message } : { code, message, details });

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && Object.hasOwn(PROBLEM_STATUS, (value as Problem).code);
}

/** The JSON response of a problem, with its status. */
export function problemResponse(c: Context, p: Problem): Response {
  return c.json({ error: p }, PROBLEM_STATUS[p.code]);
}
