/**
 * Sessions of the pages. The link a leader sends through Zalo carries a seat's token; on first
 * open it is checked exactly as a bearer token is (and rate-limited the same way) and exchanged
 * for a session: a cookie `HttpOnly`, `SameSite=Strict`, `Secure` (and `__Host-`) when served
 * over TLS, holding a session id and a 256-bit secret of which the store keeps only the SHA-256.
 * Each request checks the session, then the token behind it as the API does, so a revoked
 * token, or a seat whose holder changed, ends the session. Forms carry a CSRF token derived
 * from the session's secret (HMAC), and POSTs from another origin are refused.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Problem } from 'to-cong-nghe-so';
import type { Principal } from '../access.js';
import type { ReportingServer } from '../app.js';

/** How long a session lasts (30 days): then the member opens the link again. */
export const SESSION_DAYS = 30;

const FORMAT = /^([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/u;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Whether the request came over TLS (directly, or through a trusted proxy). */
export function overTls(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** The cookie's name: `__Host-` prefixed (bound to this host, path `/`) over TLS. */
export function cookieName(secure: boolean): string {
  return secure ? '__Host-tcns_session' : 'tcns_session';
}

/** A page's session: the principal and the CSRF token of its forms. */
export interface PageSession {
  readonly id: string;
  readonly principal: Principal;
  readonly csrf: string;
}

/** Why there is no session: none, or the problem that ended it. */
export type NoSession =
  | { readonly kind: 'none' }
  | { readonly kind: 'ended'; readonly why: Problem };

function csrfOf(secret: string): string {
  return createHmac('sha256', secret).update('csrf').digest('base64url');
}

/** Opens a session for a principal and sets its cookie. */
export async function openSession(
  c: Context,
  server: ReportingServer,
  principal: Principal,
  now: Date,
  secure: boolean,
): Promise<void> {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await server.env.store.insertSession({
    id,
    secretHash: sha256(secret),
    token: principal.tokenId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
  });
  setCookie(c, cookieName(secure), `${id}.${secret}`, {
    path: '/',
    httpOnly: true,
    secure,
    sameSite: 'Strict',
    maxAge: SESSION_DAYS * 86_400,
  });
}

/** The session of a request, checked down to its token; ended sessions are deleted. */
export async function readSession(
  c: Context,
  server: ReportingServer,
  now: Date,
  secure: boolean,
): Promise<PageSession | NoSession> {
  const match = FORMAT.exec(getCookie(c, cookieName(secure)) ?? '');
  if (!match?.[1] || !match[2]) return { kind: 'none' };
  const [id, secret] = [match[1], match[2]];
  const { store } = server.env;
  const row = await store.getSession(id);
  if (!row) return { kind: 'none' };
  const expected = Buffer.from(row.secretHash, 'hex');
  const actual = Buffer.from(sha256(secret), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return { kind: 'none' };
  }
  if (row.expiresAt <= now.toISOString()) {
    await store.deleteSession(id);
    return { kind: 'none' };
  }
  const token = await store.getToken(row.token);
  const principal = token
    ? await server.principalOf(token, now)
    : ({
        code: 'invalid_token',
        path: [],
        message: { vi: 'Mã truy cập không đúng.', en: 'The token is not valid.' },
      } as Problem);
  if ('code' in principal) {
    await store.deleteSession(id);
    closeCookie(c, secure);
    return { kind: 'ended', why: principal };
  }
  return { id, principal, csrf: csrfOf(secret) };
}

/** Clears the cookie. */
export function closeCookie(c: Context, secure: boolean): void {
  deleteCookie(c, cookieName(secure), { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
}

/**
 * Whether a form's POST may proceed: the CSRF token matches, and the browser does not say it
 * comes from another site or origin.
 */
export function formAllowed(c: Context, session: PageSession, sent: unknown): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  // Under `Referrer-Policy: no-referrer` browsers send `Origin: null` on same-origin posts.
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== 'null' && origin !== new URL(c.req.url).origin) {
    const forwarded = c.req.header('host');
    if (!forwarded || new URL(origin).host !== forwarded) return false;
  }
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(session.csrf);
  return a.length === b.length && timingSafeEqual(a, b);
}
