/**
 * Reporting server benchmark (loopback only, bounded in time): in one run, with autocannon,
 *  1. a bare `node:http` JSON echo server — the limit of this runtime — and the same echo on
 *     Hono and `@hono/node-server` (the server's stack, before it does any work);
 *  2. the server's authorised, validated, durable `PUT /v1/communes/{c}/data/{period}/{place}`
 *     on SQLite (synchronous=NORMAL, and FULL) and on PostgreSQL (when reachable),
 * at 1, 10 and 100 connections: requests/s, p50/p99 latency and the ratio to the bare server;
 *  3. the province roll-up of 124 communes × 25 villages for a year (SQLite): the first
 *     request (every commune computed) and then p50/p99 of repeated requests.
 * Then, in this process, the CPU time of each part of a submission's work without HTTP
 * (authentication; validation and the durable write; the library's checks of the values alone).
 * Each server runs in its own child process, first warmed up by the same load for a few
 * seconds; autocannon runs in this one. The server's CPU time per request is measured too: on
 * a shared machine it is steadier than requests/s.
 *
 *   npm run bench:server                 # everything
 *   npm run bench:server -- --quick      # 2 s per run, no roll-up
 *   TCNS_BENCH_PROFILE=/tmp/profiles npm run bench:server -- --quick
 *                                        # and a CPU profile of each reporting server (node --cpu-prof)
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { pino } from 'pino';
import postgres from 'postgres';
import { parseDataValues, serializeTeam, type Team } from 'to-cong-nghe-so';
import { dakNia2022Team } from 'to-cong-nghe-so/samples';
import { runAdmin } from '../examples/server/admin.js';
import { createApp } from '../examples/server/app.js';
import { fixedDayClock } from '../examples/server/clock.js';
import { registerSample } from '../examples/server/sample.js';
import { openPostgresStore } from '../examples/server/store/postgres.js';
import { openSqliteStore } from '../examples/server/store/sqlite.js';
import type { Store } from '../examples/server/store/store.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const DURATION = quick ? 2 : 5;
/**
 * Each server first serves this many seconds of the same load, not counted: the JIT compiler
 * has then optimised the code a long-running server runs (the bare server is warmed alike).
 */
const WARMUP = quick ? 2 : 5;
const CONNECTIONS = [1, 10, 100];
const PG_URL = process.env.TCNS_TEST_PG_URL ?? 'postgres://tcns:tcns@127.0.0.1:5432/tcns_test';
const VILLAGES = [
  'bon-bu-sir',
  'bon-n-jrieng',
  'bon-phai-kol-pru-dang',
  'thon-nam-ra',
  'thon-nam-da',
  'thon-cay-xoai',
];
const MONTHS = Array.from(
  { length: 24 },
  (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
const clock = fixedDayClock('2025-02-14');

type Ready = { port: number; tokens: Record<string, string> };

// ——— children ———

async function child(kind: string): Promise<void> {
  const send = (ready: Ready) => process.send?.(ready);
  // The parent asks for this process's CPU time around each run, to give CPU time per request.
  process.on('message', (m) => {
    if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  });
  if (kind === 'bare') {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = JSON.stringify(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      send({ port: typeof address === 'object' && address ? address.port : 0, tokens: {} });
    });
    return;
  }
  if (kind === 'hono') {
    const echo = new Hono();
    echo.put('/v1/communes/:commune/data/:period/:place', async (c) => c.json(await c.req.json()));
    serve({ fetch: echo.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      send({ port: info.port, tokens: {} }),
    );
    return;
  }
  const [engine, mode] = kind.split(':');
  let store: Store;
  let dir: string | undefined;
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  if (engine === 'postgres') {
    store = openPostgresStore({ url: PG_URL, schema });
  } else {
    dir = mkdtempSync(join(tmpdir(), 'tcns-bench-'));
    store = openSqliteStore({
      file: join(dir, 'bench.sqlite'),
      synchronous: mode === 'FULL' ? 'FULL' : 'NORMAL',
    });
  }
  await store.migrate();
  const tokens: Record<string, string> = {};
  if (mode === 'province') {
    tokens.province = await loadProvince(store);
  } else {
    await registerSample(store, '2025-02-14T08:00:00+07:00');
    for (const village of VILLAGES) {
      const issued = await runAdmin(
        ['token', 'issue', '--commune', 'dak-nia', '--seat', `village-heads/${village}`],
        store,
        clock(),
      );
      tokens[village] = issued.stdout.trim();
    }
  }
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
  const { app } = createApp({ store, clock, logger });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    send({ port: info.port, tokens }),
  );
  process.on('SIGTERM', () => {
    server.close();
    void store.close().then(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      if (engine === 'postgres') {
        const sql = postgres(PG_URL, { max: 1, onnotice: () => undefined });
        void sql
          .unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
          .then(() => sql.end())
          .finally(() => process.exit(0));
      } else process.exit(0);
    });
  });
}

/** 124 communes × 25 villages × 12 months of 2026, 10 indicators per village. */
async function loadProvince(store: Store): Promise<string> {
  const base = dakNia2022Team();
  const INDICATORS = [
    ['fibreHouseholds', true],
    ['smartphoneAdults', true],
    ['paymentAccounts', true],
    ['vneidLevel2', true],
    ['healthRecords', true],
    ['peopleGuided', false],
    ['vneidInstalls', false],
    ['guidanceSessions', false],
    ['groupsCreated', false],
    ['ePaymentInstalls', false],
  ] as const;
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let k = 0; k < 124; k++) {
    const commune = `xa-${k}`;
    const villages = Array.from({ length: 25 }, (_, v) => `${commune}-thon-${v}`);
    const team: Team = {
      ...base,
      id: `to-${commune}`,
      communes: [{ placeId: commune }],
      places: [
        {
          id: 'lam-dong',
          level: 'province',
          kind: 'province',
          name: 'Lâm Đồng',
          parents: [],
          counts: [],
        },
        {
          id: commune,
          level: 'commune',
          kind: 'commune',
          name: `Xã ${k}`,
          parents: [{ parentId: 'lam-dong' }],
          counts: [],
        },
        ...villages.map((id, v) => ({
          id,
          level: 'village' as const,
          kind: 'thon' as const,
          name: `Thôn ${v}`,
          parents: [{ parentId: commune }],
          counts: [],
        })),
      ],
    };
    await store.upsertCommune(
      commune,
      'lam-dong',
      serializeTeam(team),
      '2026-01-01T00:00:00+07:00',
    );
    await store.transaction(`load:${commune}`, async (tx) => {
      for (let m = 1; m <= 12; m++) {
        const period = `2026-${String(m).padStart(2, '0')}`;
        for (const place of villages) {
          const values = INDICATORS.map(([indicator, ratio]) => {
            const denominator = 100 + Math.floor(random() * 200);
            return {
              indicator,
              place,
              period,
              numerator: Math.floor(random() * (ratio ? denominator : 50)),
              denominator: ratio ? denominator : null,
              reportedBy: null,
              reportedAt: null,
            };
          });
          await tx.writeValueSet(
            {
              commune,
              period,
              place,
              version: 1,
              contentHash: '-',
              values: '[]',
              bySeat: '-',
              byPerson: null,
              at: '-',
            },
            values,
            2026 * 12 + m - 1,
          );
        }
      }
      await tx.bumpDataVersion(commune);
    });
  }
  const issued = await runAdmin(['token', 'issue', '--province', 'lam-dong'], store, clock());
  return issued.stdout.trim();
}

// ——— parent ———

async function spawnChild(kind: string): Promise<{ proc: ChildProcess; ready: Ready }> {
  const profile = process.env.TCNS_BENCH_PROFILE;
  const proc = fork(new URL(import.meta.url).pathname, ['--child', kind], {
    execArgv: [
      '--import',
      'tsx',
      ...(profile
        ? // One directory per server: each of its threads (the module loader's too) writes a profile.
          ['--cpu-prof', `--cpu-prof-dir=${join(profile, kind.replace(':', '-') || 'bare')}`]
        : []),
    ],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    proc.once('message', (m) => resolve(m as Ready));
    proc.once('exit', (code) => reject(new Error(`child ${kind} exited with ${code}`)));
  });
  return { proc, ready };
}

/** The CPU time (user + system, µs) a child has used so far. */
async function cpuOf(proc: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const listener = (m: unknown) => {
      const cpu = (m as { cpu?: NodeJS.CpuUsage }).cpu;
      if (!cpu) return;
      proc.off('message', listener);
      resolve(cpu.user + cpu.system);
    };
    proc.on('message', listener);
    proc.send('cpu');
  });
}

async function stop(proc: ChildProcess): Promise<void> {
  await new Promise<void>((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
    setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
  });
}

interface Row {
  readonly name: string;
  readonly connections: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  /** The server's CPU time per request, µs (user + system, all its threads). */
  readonly cpu: number;
}

/**
 * Numbers the submissions across runs, so that every one of them changes the values and is
 * written as a new version (an identical resubmission is answered without a write).
 */
let counter = 0;

/** Runs the PUT load on a server (the bare one echoes it) for some seconds. */
function load(
  ready: Ready,
  connections: number,
  bare: boolean,
  duration: number,
): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${ready.port}`,
    connections,
    duration,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request) => {
          const i = counter++;
          const village = VILLAGES[i % VILLAGES.length] ?? '';
          const period = MONTHS[Math.floor(i / VILLAGES.length) % MONTHS.length] ?? '';
          return {
            ...request,
            method: 'PUT',
            path: `/v1/communes/dak-nia/data/${period}/${village}`,
            headers: {
              'content-type': 'application/json',
              ...(bare ? {} : { authorization: `Bearer ${ready.tokens[village]}` }),
            },
            body: JSON.stringify({
              values: [
                { indicator: 'peopleGuided', numerator: i },
                { indicator: 'fibreHouseholds', numerator: 100 + (i % 50), denominator: 212 },
              ],
            }),
          };
        },
      },
    ],
  });
}

async function cannon(
  name: string,
  server: { proc: ChildProcess; ready: Ready },
  connections: number,
  bare: boolean,
): Promise<Row> {
  const cpuBefore = await cpuOf(server.proc);
  const result = await load(server.ready, connections, bare, DURATION);
  const cpu = (await cpuOf(server.proc)) - cpuBefore;
  return {
    name,
    connections,
    cpu: cpu / Math.max(1, result.requests.total),
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

/** CPU time (µs) per call of `work`, run `count` times, `concurrency` at a time, after a warm-up. */
async function cpuPerCall(
  work: (i: number) => Promise<unknown> | unknown,
  concurrency: number,
  count = quick ? 2000 : 6000,
): Promise<number> {
  let next = 0;
  const runAll = async (n: number) => {
    const start = next;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < start + n) await work(next++);
      }),
    );
  };
  await runAll(count / 2);
  const before = process.cpuUsage();
  await runAll(count);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

/**
 * The parts of a submission's work, without HTTP, in this process (SQLite, synchronous=NORMAL):
 * what the server adds to its stack's echo for each `PUT`.
 */
async function stages(rows: readonly Row[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-bench-'));
  const store = openSqliteStore({ file: join(dir, 'stages.sqlite') });
  try {
    await store.migrate();
    await registerSample(store, '2025-02-14T08:00:00+07:00');
    const village = VILLAGES[0] ?? '';
    const issued = await runAdmin(
      ['token', 'issue', '--commune', 'dak-nia', '--seat', `village-heads/${village}`],
      store,
      clock(),
    );
    const token = issued.stdout.trim();
    const logger = pino({ level: 'silent' });
    const server = createApp({ store, clock, logger });
    // Authentication reads only the client's address from the request (for the failure limit).
    const context = { req: { header: () => undefined } } as unknown as Context;
    const now = clock();
    const principal = await server.authenticateToken(context, token, now);
    const body = (i: number) => ({
      values: [
        { indicator: 'peopleGuided', numerator: i },
        { indicator: 'fibreHouseholds', numerator: 100 + (i % 50), denominator: 212 },
      ],
    });
    const team = dakNia2022Team();
    const parts: [string, number][] = [
      [
        'authentication (token read, secret hash check, seat and holder today)',
        await cpuPerCall(() => server.authenticateToken(context, token, now), 1),
      ],
      [
        "the library's checks of the values (parseDataValues)",
        await cpuPerCall(
          (i) =>
            parseDataValues(
              body(i).values.map((v) => ({
                ...v,
                place: village,
                period: '2024-01',
                reportedBy: `village-heads/${village}`,
                reportedAt: '2025-02-14T08:00:00+07:00',
              })),
              { catalogue: server.env.rollups.catalogue, places: team.places },
            ),
          1,
        ),
      ],
      [
        'the operation: validation, checks and the durable write (10 at a time)',
        await cpuPerCall(
          (i) =>
            server.invoke('putData', principal, {
              params: {
                commune: 'dak-nia',
                period: MONTHS[i % MONTHS.length] ?? '',
                place: village,
              },
              body: body(i),
            }),
          10,
        ),
      ],
    ];
    server.stop();
    const bare = rows.find((r) => r.name.startsWith('bare') && r.connections === 10);
    const hono = rows.find((r) => r.name.startsWith('Hono'));
    console.log("\nA submission's work without HTTP, CPU µs per call (in this process):");
    for (const [name, cpu] of parts) console.log(`  ${name}: ${Math.round(cpu)} µs`);
    if (bare && hono) {
      const [auth, , operation] = parts.map(([, cpu]) => cpu);
      const floor = hono.cpu + (auth ?? 0) + (operation ?? 0);
      console.log(
        `  the stack's echo (${Math.round(hono.cpu)} µs) + authentication + the operation = ${Math.round(floor)} µs per PUT; at 50 % of the bare server's requests/s a PUT may cost about 2 × ${Math.round(bare.cpu)} = ${Math.round(2 * bare.cpu)} µs`,
      );
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pgReachable(): Promise<boolean> {
  const sql = postgres(PG_URL, { max: 1, connect_timeout: 3, onnotice: () => undefined });
  try {
    await sql`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

async function main(): Promise<void> {
  console.log(
    `Reporting server benchmark — ${DURATION} s per run after ${WARMUP} s of warm-up per server, loopback, Node ${process.version}`,
  );
  const rows: Row[] = [];
  const bare = await spawnChild('bare');
  await load(bare.ready, 10, true, WARMUP);
  for (const c of CONNECTIONS) rows.push(await cannon('bare node:http echo', bare, c, true));
  await stop(bare.proc);
  const hono = await spawnChild('hono');
  await load(hono.ready, 10, true, WARMUP);
  rows.push(await cannon('Hono JSON echo (the stack, no work)', hono, 10, true));
  await stop(hono.proc);
  const engines = ['sqlite:NORMAL', 'sqlite:FULL', ...((await pgReachable()) ? ['postgres:'] : [])];
  if (!engines.includes('postgres:'))
    console.log('!!! PostgreSQL not reachable: its rows are skipped');
  for (const engine of engines) {
    const server = await spawnChild(engine);
    await load(server.ready, 10, false, WARMUP);
    const label = `PUT data, ${engine.replace(':NORMAL', ' (synchronous=NORMAL)').replace(':FULL', ' (synchronous=FULL)').replace('postgres:', 'PostgreSQL')}`;
    for (const c of engine === 'sqlite:FULL' ? [10] : CONNECTIONS) {
      rows.push(await cannon(label, server, c, false));
    }
    await stop(server.proc);
  }
  const baseline = new Map(
    rows.filter((r) => r.name.startsWith('bare')).map((r) => [r.connections, r.rps]),
  );
  console.log(
    '\n| server | connections | requests/s | p50 ms | p99 ms | × bare | server CPU µs/request | non-2xx |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const ratio = r.rps / (baseline.get(r.connections) ?? r.rps);
    console.log(
      `| ${r.name} | ${r.connections} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(ratio * 100).toFixed(0)} % | ${Math.round(r.cpu)} | ${r.non2xx} |`,
    );
  }
  await stages(rows);
  if (quick) return;

  console.log(
    '\nProvince roll-up: 124 communes × 25 villages, 10 indicators, 12 months of 2026 (SQLite)',
  );
  const t0 = performance.now();
  const province = await spawnChild('sqlite:province');
  console.log(`  loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const url = `http://127.0.0.1:${province.ready.port}/v1/provinces/lam-dong/rollup?period=2026`;
  const headers = { authorization: `Bearer ${province.ready.tokens.province}` };
  const t1 = performance.now();
  const first = await fetch(url, { headers });
  const body = (await first.json()) as { communes: number; results: unknown[] };
  console.log(
    `  first request (every commune rolled up by the library, stored): ${Math.round(performance.now() - t1)} ms, status ${first.status}, ${body.communes} communes, ${body.results.length} indicators`,
  );
  const warm = await autocannon({ url, headers, connections: 10, duration: DURATION });
  console.log(
    `  then (summed in SQL, the answer kept until a commune changes): ${Math.round(warm.requests.average)} requests/s at 10 connections, p50 ${warm.latency.p50} ms, p99 ${warm.latency.p99} ms, non-2xx ${warm.non2xx}`,
  );
  const month = await autocannon({
    url: url.replace('period=2026', 'period=2026-06'),
    headers,
    connections: 1,
    amount: 1,
  });
  console.log(`  a month not yet computed (2026-06): ${month.latency.max} ms`);
  await stop(province.proc);
}

if (args[0] === '--child') await child(args[1] ?? '');
else await main();
