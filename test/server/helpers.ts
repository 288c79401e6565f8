/** Shared set-up of the server tests: a store on each engine, the sample commune, tokens. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { serializeTeam, type Team } from 'to-cong-nghe-so';
import { dakNia2022Team } from 'to-cong-nghe-so/samples';
import { runAdmin } from '../../examples/server/admin.js';
import { createApp, type ReportingServer } from '../../examples/server/app.js';
import type { Clock } from '../../examples/server/clock.js';
import { openPostgresStore } from '../../examples/server/store/postgres.js';
import { openSqliteStore } from '../../examples/server/store/sqlite.js';
import type { Store } from '../../examples/server/store/store.js';

/** The PostgreSQL database the tests use (set by .ci/run; this default matches it). */
export const PG_URL =
  process.env.TCNS_TEST_PG_URL ?? 'postgres://tcns:tcns@127.0.0.1:5432/tcns_test';

let pgReachable: boolean | undefined;

/** Whether the test database answers; says so loudly when it does not. */
export async function postgresAvailable(): Promise<boolean> {
  if (pgReachable !== undefined) return pgReachable;
  const sql = postgres(PG_URL, { max: 1, connect_timeout: 3, onnotice: () => undefined });
  try {
    await sql`SELECT 1`;
    pgReachable = true;
  } catch (error) {
    pgReachable = false;
    console.warn(
      `\n!!! PostgreSQL is not reachable at ${PG_URL.replace(/:[^:@/]*@/u, ':***@')} (${String(error)}):\n!!! the PostgreSQL tests of the reporting server are SKIPPED. Set TCNS_TEST_PG_URL.\n`,
    );
  } finally {
    await sql.end({ timeout: 1 });
  }
  return pgReachable;
}

/** The engines to run a suite on: SQLite always, PostgreSQL when reachable. */
export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

/** A fresh, empty store on an engine, and how to dispose of it. */
export async function freshStore(
  engine: Engine,
): Promise<{ store: Store; dispose: () => Promise<void>; file?: string; schema?: string }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tcns-server-'));
    const file = join(dir, 'test.sqlite');
    const store = openSqliteStore({ file });
    await store.migrate();
    return {
      store,
      file,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = openPostgresStore({ url: PG_URL, schema, max: 4 });
  await store.migrate();
  return {
    store,
    schema,
    dispose: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
}

/** Drops a test schema. */
export async function dropSchema(schema: string): Promise<void> {
  const sql = postgres(PG_URL, { max: 1, onnotice: () => undefined });
  try {
    await sql.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** A clock the test moves by hand: `clock.set('2025-02-14T09:00:00+07:00')`. */
export function testClock(start: string): Clock & { set: (at: string) => void } {
  let now = new Date(start);
  const clock = (() => now) as Clock & { set: (at: string) => void };
  clock.set = (at) => {
    now = new Date(at);
  };
  return clock;
}

/** The seats and other principals the tests use. */
export const WHO = {
  member: { seat: 'village-heads/bon-bu-sir' },
  memberOther: { seat: 'village-heads/thon-nam-ra' },
  memberNoVillage: { seat: 'schools/school-mam-non' },
  deputy: { seat: 'deputies/farmers' },
  deputyOther: { seat: 'deputies/youth-union' },
  leader: { seat: 'leader/1' },
  committee: { body: 'dak-nia-pc' },
  province: { province: 'lam-dong' },
  provinceOther: { province: 'dak-nong' },
} as const;

export type Who = keyof typeof WHO;

/** The sample team with one change: bon Bu Sir's head hands over on 1 April 2025. */
export function sampleTeamWithHandover(): Team {
  const team = dakNia2022Team();
  return {
    ...team,
    people: [...team.people, { id: 'k-then', name: "Điểu K'Then", gender: 'male', memberOf: [] }],
    seatHoldings: [
      ...team.seatHoldings.map((h) =>
        h.seatId === WHO.member.seat ? { ...h, to: '2025-03-31' as const } : h,
      ),
      { seatId: WHO.member.seat, personId: 'k-then', from: '2025-04-01' },
    ],
  };
}

/** A running app on a fresh store with the sample commune and a token for each principal. */
export interface TestServer extends ReportingServer {
  readonly store: Store;
  readonly clock: ReturnType<typeof testClock>;
  readonly tokens: Record<Who, string>;
  readonly file?: string;
  /** Sends a request; the body, when given, as JSON. */
  request(
    method: string,
    path: string,
    options?: { token?: string | undefined; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: unknown; headers: Headers }>;
  close(): Promise<void>;
}

/** Starts a test server. */
export async function startServer(
  engine: Engine,
  options: { team?: Team; authFailures?: { points: number; seconds: number } } = {},
): Promise<TestServer> {
  const { store, dispose, file } = await freshStore(engine);
  const clock = testClock('2025-02-14T09:00:00+07:00');
  await store.upsertCommune(
    'dak-nia',
    'lam-dong',
    serializeTeam(options.team ?? sampleTeamWithHandover()),
    '2025-01-01T00:00:00+07:00',
  );
  const tokens = {} as Record<Who, string>;
  for (const [who, spec] of Object.entries(WHO) as [Who, (typeof WHO)[Who]][]) {
    const args =
      'seat' in spec
        ? ['token', 'issue', '--commune', 'dak-nia', '--seat', spec.seat]
        : 'body' in spec
          ? ['token', 'issue', '--commune', 'dak-nia', '--body', spec.body]
          : ['token', 'issue', '--province', spec.province];
    const result = await runAdmin(args, store, clock());
    if (result.exitCode !== 0) throw new Error(result.stderr);
    tokens[who] = result.stdout.trim();
  }
  const server = createApp({
    store,
    clock,
    rollups: { refreshDelay: 5 },
    ...(options.authFailures ? { authFailures: options.authFailures } : {}),
  });
  return {
    ...server,
    store,
    clock,
    tokens,
    ...(file ? { file } : {}),
    async request(method, path, { token, body, headers = {} } = {}) {
      const init: RequestInit = {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      };
      const response = await server.app.request(path, init);
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: kept as text
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    async close() {
      await server.stop();
      await dispose();
    },
  };
}

/** Encodes a report id (or seat id) for a path. */
export const enc = encodeURIComponent;
