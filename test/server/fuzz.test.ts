/**
 * Bad input never gives a 5xx: a property over every route with random path parameters, query
 * strings, bodies, content types and tokens — each answer is below 500, and every 4xx carries a
 * JSON problem body with bilingual messages.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, postgresAvailable, startServer, type TestServer } from './helpers.js';

const engines = (await postgresAvailable()) ? ENGINES : (['sqlite'] as const);
const RUNS = { sqlite: 60, postgres: 15 } as const;

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    'dak-nia',
    'bon-bu-sir',
    'thon-nam-ra',
    'dak-nia-pc',
    '2025-01',
    '2025-Q1',
    '2025-W05',
    '2025-13',
    '9999-12',
    'village-heads/bon-bu-sir@2025-01',
    'leader/1',
    'kh-2025-q1',
    'lam-dong',
    'Đắk Nia'.normalize('NFD'),
    '',
    ' ',
    '%',
    '..',
    'a'.repeat(5000),
  ),
);

const json: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.record({
    values: fc.array(
      fc.record(
        {
          indicator: fc.oneof(fc.constantFrom('peopleGuided', 'fibreHouseholds', 'x'), text),
          numerator: fc.oneof(fc.double(), fc.integer(), fc.string()),
          denominator: fc.oneof(fc.double(), fc.integer()),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 5 },
    ),
  }),
  fc.record(
    {
      period: text,
      kind: fc.constantFrom('periodic', 'adHoc', 'x'),
      comment: text,
      type: fc.constantFrom('start', 'complete', 'return', 'cancel', 'x'),
      results: fc.array(text, { maxLength: 3 }),
      id: text,
      title: fc.record({ vi: text, en: text }),
    },
    { requiredKeys: [] },
  ),
);

const body = fc.oneof(
  fc.constant(undefined),
  json.map((value) => JSON.stringify(value) ?? 'null'),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '{"values":', '[]', 'null', '\u0000', '{"values":[{"indicator":'),
);

describe.each(engines)('every route on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, { authFailures: { points: 1_000_000, seconds: 1 } });
  });
  afterAll(async () => {
    await s.close();
  });

  it('answers bad input with a 4xx and a JSON problem body, never a 5xx', async () => {
    const tokens = [...Object.values(s.tokens), `tcns_0000000000000000_${'A'.repeat(43)}`, 'x'];
    for (const op of s.operations) {
      const names = [...op.path.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '');
      await fc.assert(
        fc.asyncProperty(
          fc.array(text, { minLength: names.length, maxLength: names.length }),
          fc.dictionary(
            fc.oneof(
              fc.constantFrom(
                'period',
                'place',
                'asOf',
                'history',
                'state',
                'to',
                'role',
                'platform',
                'timeliness',
                'language',
              ),
              fc.string({ maxLength: 8 }),
            ),
            text,
            { maxKeys: 3 },
          ),
          body,
          fc.constantFrom(
            'application/json',
            'text/plain',
            'application/merge-patch+json',
            undefined,
          ),
          fc.option(fc.constantFrom(...tokens), { nil: undefined }),
          async (values, query, payload, type, token) => {
            let path = op.path;
            names.forEach((name, i) => {
              path = path.replace(`{${name}}`, encodeURIComponent(values[i] ?? ''));
            });
            const search = new URLSearchParams(query).toString();
            const res = await s.app.request(`${path}${search ? `?${search}` : ''}`, {
              method: op.method.toUpperCase(),
              headers: {
                ...(token ? { authorization: `Bearer ${token}` } : {}),
                ...(type ? { 'content-type': type } : {}),
              },
              ...(payload === undefined || op.method === 'get' ? {} : { body: payload }),
            });
            expect(res.status, `${op.method} ${path}`).toBeLessThan(500);
            if (res.status >= 400) {
              expect(res.headers.get('content-type')).toContain('application/problem+json');
              const problem = (await res.json()) as {
                status: number;
                problems: { code: string; path: unknown[]; message: { vi: string; en: string } }[];
              };
              expect(problem.status).toBe(res.status);
              expect(problem.problems.length).toBeGreaterThan(0);
              for (const p of problem.problems) {
                expect(typeof p.code).toBe('string');
                expect(Array.isArray(p.path)).toBe(true);
                expect(p.message.vi.length * p.message.en.length).toBeGreaterThan(0);
              }
            } else {
              await res.arrayBuffer();
            }
          },
        ),
        { numRuns: RUNS[engine], seed: 20250214 },
      );
    }
  });

  it('refuses a 20 MB body with 413', async () => {
    const big = `{"values":[${'{"indicator":"peopleGuided","numerator":1},'.repeat(500_000)}{}]}`;
    expect(big.length).toBeGreaterThan(20_000_000);
    const res = await s.app.request('/v1/communes/dak-nia/data/2025-01/bon-bu-sir', {
      method: 'PUT',
      headers: { authorization: `Bearer ${s.tokens.member}`, 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ problems: [{ code: 'body_too_large' }] });
  });
});
