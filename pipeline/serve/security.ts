// The server's guard, in the order a request meets it:
//   1. every response carries a strict Content-Security-Policy, nosniff and no-referrer;
//   2. on loopback, the Host header must name loopback (a DNS-rebinding page cannot reach the
//      API under its own name); elsewhere every request needs the token (header, or the
//      HttpOnly cookie set by visiting any page once with ?token=T);
//   3. every write (POST/PUT/PATCH/DELETE) needs the token in a header, never the cookie alone,
//      and must come from the server's own origin: a page elsewhere can neither read the token
//      nor send the header without a CORS preflight this server never answers.
// Whether a host is loopback is decided from settings.host (the address asked for), so tests
// exercise the non-loopback rule without binding other interfaces.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ServeSettings } from './deps.js';
import { problem, problemResponse, type Problem } from './problems.js';

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const TOKEN_COOKIE = 'kehoach_token';
export const TOKEN_HEADER = 'X-Kehoach-Token';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The names that mean this machine only: 127.0.0.1, ::1 and localhost. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.trim().toLowerCase());
}

/** A token for a server started without --token: 32 random bytes, URL-safe. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Equal tokens, in time independent of where they differ (both hashed to one length first). */
export function tokensMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The headers every response carries, whatever answered it. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
  };
}

/** The token a request carries in a header: Authorization: Bearer T, or X-Kehoach-Token: T. */
function headerToken(c: Context): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  return bearer?.[1] ?? c.req.header(TOKEN_HEADER)?.trim() ?? null;
}

/** Answers an API path with JSON and a page with one line of text. */
function refuse(c: Context, p: Problem): Response {
  if (new URL(c.req.url).pathname.startsWith('/api/')) return problemResponse(c, p);
  return c.text(`${p.message}\n`, p.code === 'cross-origin' || p.code === 'host-not-allowed' ? 403 : 401);
}

/** Steps 2 and 3 of the header, for a server started with these settings. */
export function accessGuard(settings: ServeSettings): MiddlewareHandler {
  const loopback = isLoopbackHost(settings.host);
  return async (c, next) => {
    const url = new URL(c.req.url);
    const host = c.req.header('Host') ?? '';
    if (loopback && !isLoopbackHost(hostName(host))) {
      return refuse(c, problem('host-not-allowed', `this server answers only to loopback names (127.0.0.1, localhost, ::1), not "${host.slice(0, 100)}"`));
    }
    // A visit with ?token=T: remembered in a cookie, then the same address without it, so the
    // token is not left in the address bar, the history or a bookmark.
    const queryToken = c.req.method === 'GET' ? url.searchParams.get('token') : null;
    if (queryToken !== null) {
      if (!tokensMatch(queryToken, settings.token)) return refuse(c, problem('token-invalid', 'the token given is not this server\'s'));
      setCookie(c, TOKEN_COOKIE, settings.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    const fromHeader = headerToken(c);
    if (fromHeader !== null && !tokensMatch(fromHeader, settings.token)) {
      return refuse(c, problem('token-invalid', "the token given is not this server's"));
    }
    if (WRITE_METHODS.has(c.req.method)) {
      const origin = sameOrigin(c, host);
      if (origin) return refuse(c, origin);
      if (fromHeader === null) {
        return refuse(c, problem('token-required', `a write needs the server's token in a header (Authorization: Bearer TOKEN or ${TOKEN_HEADER})`));
      }
    } else if (!loopback && fromHeader === null) {
      const cookie = getCookie(c, TOKEN_COOKIE);
      if (cookie === undefined) return refuse(c, problem('token-required', 'this server needs its token: open any page once with ?token=TOKEN, or send Authorization: Bearer TOKEN'));
      if (!tokensMatch(cookie, settings.token)) return refuse(c, problem('token-invalid', "the token of the cookie is not this server's; open a page with ?token=TOKEN again"));
    }
    await next();
  };
}

/**
 * A write from this server's own pages, or from a program that is no browser: the Origin header,
 * when there is one, must be the server's own (http://Host); without it, a browser's
 * Sec-Fetch-Site must say same-origin or none. Null when the write may go on.
 */
function sameOrigin(c: Context, host: string): Problem | null {
  const origin = c.req.header('Origin');
  if (origin !== undefined) {
    if (origin === `http://${host}`) return null;
    return problem('cross-origin', `writes are accepted from this server's own pages only (Origin ${origin.slice(0, 100)})`);
  }
  const site = c.req.header('Sec-Fetch-Site');
  if (site === undefined || site === 'same-origin' || site === 'none') return null;
  return problem('cross-origin', `writes are accepted from this server's own pages only (Sec-Fetch-Site ${site.slice(0, 40)})`);
}

/** The host name of a Host header: "127.0.0.1:8080" → "127.0.0.1", "[::1]:80" → "[::1]". */
function hostName(header: string): string {
  const bracketed = /^(\[[^\]]*\])(?::\d+)?$/.exec(header);
  if (bracketed) return bracketed[1]!;
  return header.replace(/:\d+$/, '');
}
