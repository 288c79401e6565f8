/** The OpenAPI document: valid for a real validator, and covering every route the app serves. */
import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.js';

describe('the OpenAPI document', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer('sqlite');
  });
  afterAll(async () => {
    await s.close();
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const document = (await s.request('GET', '/openapi.json')).body as Record<string, unknown>;
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('is checked by a validator that rejects a broken document', async () => {
    const document = structuredClone(s.document) as { paths: Record<string, unknown> };
    document.paths['/broken'] = { get: { responses: { 200: { $ref: '#/nowhere' } } } };
    expect((await validate(document as never)).valid).toBe(false);
  });

  it('covers every route the app serves, and nothing else', () => {
    const served = s.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/gu, '{$1}')}`)
      .sort();
    const paths = s.document.paths as Record<string, Record<string, unknown>>;
    const documented = Object.entries(paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`))
      .sort();
    expect(documented).toEqual(served);
    expect(served.length).toBeGreaterThanOrEqual(25);
  });

  it('has a reference page listing every operation, with a strict CSP and no outside requests', async () => {
    const res = await s.request('GET', '/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = String(res.body);
    for (const op of s.operations) expect(html).toContain(`id="${op.id}"`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!to-cong-nghe-so)/u);
  });
});
