/**
 * The server as a process, on each engine: nothing acknowledged is lost when it is killed with
 * SIGKILL under concurrent submissions; SIGTERM lets the requests under way finish and exits 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../examples/server/admin.js';
import { registerSample } from '../../examples/server/sample.js';
import { ENGINES, type Engine, freshStore, PG_URL, postgresAvailable } from './helpers.js';

const engines = (await postgresAvailable()) ? ENGINES : (['sqlite'] as const);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VILLAGES = [
  'bon-bu-sir',
  'bon-n-jrieng',
  'bon-phai-kol-pru-dang',
  'thon-nam-ra',
  'thon-nam-da',
  'thon-cay-xoai',
];
const MONTHS = Array.from({ length: 30 }, (_, i) => {
  const ordinal = 2022 * 12 + 7 + i; // August 2022 onwards
  return `${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

interface Running {
  readonly child: ChildProcess;
  readonly base: string;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

async function start(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), TCNS_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return { child, base, output: () => output, exited };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not start:\n${output}`);
}

async function prepare(engine: Engine) {
  const fresh = await freshStore(engine);
  const now = new Date('2025-02-14T09:00:00+07:00');
  await registerSample(fresh.store, '2025-02-14T09:00:00+07:00');
  const tokens = new Map<string, string>();
  for (const village of VILLAGES) {
    const issued = await runAdmin(
      ['token', 'issue', '--commune', 'dak-nia', '--seat', `village-heads/${village}`],
      fresh.store,
      now,
    );
    tokens.set(village, issued.stdout.trim());
  }
  await fresh.store.close();
  const env: Record<string, string> = { TCNS_TODAY: '2025-02-14', TCNS_SAMPLE: '0' };
  if (engine === 'sqlite' && fresh.file) env.TCNS_SQLITE_FILE = fresh.file;
  if (engine === 'postgres' && fresh.schema) {
    env.TCNS_DATABASE_URL = PG_URL;
    env.TCNS_PG_SCHEMA = fresh.schema;
  }
  return { env, tokens, cleanup: fresh.dispose };
}

describe.each(engines)('the server process on %s', (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  });

  it('loses nothing it acknowledged when killed with SIGKILL under load', async () => {
    const { env, tokens, cleanup } = await prepare(engine);
    cleanups.push(cleanup);
    const first = await start(env);
    const jobs = MONTHS.flatMap((period) => VILLAGES.map((village) => ({ period, village })));
    const acknowledged: { period: string; village: string; n: number }[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < jobs.length && !killed) {
        const n = next++;
        const job = jobs[n];
        if (!job) return;
        try {
          const res = await fetch(
            `${first.base}/v1/communes/dak-nia/data/${job.period}/${job.village}`,
            {
              method: 'PUT',
              headers: {
                authorization: `Bearer ${tokens.get(job.village)}`,
                'content-type': 'application/json',
              },
              body: JSON.stringify({ values: [{ indicator: 'peopleGuided', numerator: n }] }),
            },
          );
          if (res.status >= 200 && res.status < 300) acknowledged.push({ ...job, n });
          else if (!killed) throw new Error(`${res.status}: ${await res.text()}`);
        } catch (error) {
          if (!killed) throw error;
        }
        if (acknowledged.length >= 60 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(await first.exited).toBeNull();
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    const second = await start(env);
    try {
      for (const { period, village, n } of acknowledged) {
        const res = await fetch(
          `${second.base}/v1/communes/dak-nia/data/${period}/${village}?history=true`,
          { headers: { authorization: `Bearer ${tokens.get(village)}` } },
        );
        expect(res.status, `${period} ${village}`).toBe(200);
        const body = (await res.json()) as { history: { values: { numerator: number }[] }[] };
        const found = body.history.filter((v) => v.values[0]?.numerator === n);
        expect(found.length, `${period} ${village} #${n}`).toBe(1);
      }
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('finishes the requests under way on SIGTERM, then exits 0', async () => {
    const { env, tokens, cleanup } = await prepare(engine);
    cleanups.push(cleanup);
    const running = await start(env);
    const token = tokens.get('bon-bu-sir') ?? '';
    const requests = MONTHS.slice(0, 20).map((period, n) =>
      fetch(`${running.base}/v1/communes/dak-nia/data/${period}/bon-bu-sir`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ values: [{ indicator: 'peopleGuided', numerator: n }] }),
      }).then(
        (res) => res.status,
        () => 0,
      ),
    );
    // Stopped once the first answer is back, with the others under way (or not yet sent).
    await Promise.race(requests);
    running.child.kill('SIGTERM');
    const statuses = await Promise.all(requests);
    expect(await running.exited).toBe(0);
    expect(running.output()).toContain('"msg":"stopped"');
    // Requests that reached the server were answered; the others were refused, never cut off.
    for (const status of statuses) expect([0, 201]).toContain(status);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(0);
  });
});
