/**
 * The pages without a browser: the session store on each engine, numbers as typed on a phone,
 * and what a request without a session, or with hostile names, gets back.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../examples/server/app.js';
import { readNumber } from '../../examples/server/pages/entry.js';
import { mountPages } from '../../examples/server/pages/index.js';
import { ENGINES, freshStore, postgresAvailable } from '../server/helpers.js';
import { HOSTILE, type PagesServer, startPagesServer } from './setup.js';

const engines = (await postgresAvailable()) ? ENGINES : (['sqlite'] as const);

describe.each(engines)('sessions on %s', (engine) => {
  it('are stored by id, deleted, and swept once ended', async () => {
    const { store, dispose } = await freshStore(engine);
    try {
      const session = (id: string, createdAt: string, expiresAt: string) => ({
        id,
        secretHash: 'ab'.repeat(32),
        token: '0123456789abcdef',
        createdAt,
        expiresAt,
      });
      await store.insertSession(
        session('a', '2025-01-01T00:00:00.000Z', '2025-01-31T00:00:00.000Z'),
      );
      expect(await store.getSession('a')).toEqual(
        session('a', '2025-01-01T00:00:00.000Z', '2025-01-31T00:00:00.000Z'),
      );
      await store.insertSession(
        session('b', '2025-02-14T00:00:00.000Z', '2025-03-16T00:00:00.000Z'),
      );
      expect(await store.getSession('a')).toBeUndefined();
      expect(await store.deleteSession('b')).toBe(true);
      expect(await store.deleteSession('b')).toBe(false);
    } finally {
      await dispose();
    }
  });
});

describe('numbers as typed on a phone', () => {
  it('reads thousands separators and decimal commas, and leaves other text to the library', () => {
    expect(readNumber('1.200')).toBe(1200);
    expect(readNumber('1 200')).toBe(1200);
    expect(readNumber('12,5')).toBe(12.5);
    expect(readNumber('12.5')).toBe(12.5);
    expect(readNumber('-3')).toBe(-3);
    expect(readNumber('mười')).toBe('mười');
    expect(readNumber('1.2.3')).toBe('1.2.3');
  });
});

describe('the pages over HTTP', () => {
  let s: PagesServer;
  beforeAll(async () => {
    s = await startPagesServer();
  });
  afterAll(async () => {
    await s.close();
  });

  const get = (path: string, cookie?: string) =>
    s.server.app.request(path, { headers: cookie ? { cookie } : {} });

  it('asks for the link when there is no session, with a strict policy', async () => {
    const res = await get('/pages/communes/dak-nia');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).toContain('Hãy mở lại đường dẫn');
  });

  it('exchanges a link for a cookie and a redirect that drops the token', async () => {
    const res = await get(`/p/${s.tokens.hostileLeader}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/pages/open');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tcns_session=[0-9a-f]{16}\.[\w-]{43}; Max-Age=2592000; Path=\//u);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain(s.tokens.hostileLeader);
    const page = await get('/pages/communes/hostile', cookie.split(';')[0]);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain(HOSTILE.script);
    expect(html).not.toContain('<b>đậm</b>');
  });

  it('marks the cookie Secure and __Host- when served over TLS', async () => {
    const res = await s.server.app.request(`https://tcns.example/p/${s.tokens.leader}`);
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-tcns_session=.*; Secure/u);
  });

  it('never logs the token of a link', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const server = createApp({ store: s.store, clock: s.clock, logger });
    mountPages(server);
    await server.app.request(`/p/${s.tokens.member}`);
    await server.stop();
    expect(lines.join('')).toContain('"path":"/p/…"');
    expect(lines.join('')).not.toContain(s.tokens.member.slice(22));
  });

  it('answers a wrong link with 401 and no cookie', async () => {
    const res = await get(`/p/tcns_0000000000000000_${'A'.repeat(43)}`);
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
