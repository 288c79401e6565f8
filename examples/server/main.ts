/**
 * `npm run serve` — the reporting server: opens the store (SQLite file by default, PostgreSQL
 * when TCNS_DATABASE_URL is set), applies the migrations, registers the bundled sample commune
 * on an empty database, listens on PORT, and shuts down cleanly on SIGTERM or SIGINT.
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { createApp } from './app.js';
import { clockFromEnv, vietnamTimestamp } from './clock.js';
import { openStore, readConfig } from './config.js';
import { mountPages } from './pages/index.js';
import { registerSample, SAMPLE } from './sample.js';

const config = readConfig(process.env);
const log = pino({ level: config.TCNS_LOG_LEVEL, base: { service: 'tcns-server' } });
const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };
const clock = clockFromEnv(config.TCNS_TODAY);
const store = openStore(config);
const schemaVersion = await store.migrate();
if (config.TCNS_SAMPLE === '1' && (await store.listCommunes()).length === 0) {
  await registerSample(store, vietnamTimestamp(clock()));
  log.info({ commune: SAMPLE.commune }, 'registered the sample commune');
}
const server = createApp({
  store,
  clock,
  logger: log,
  bodyLimit: config.TCNS_BODY_LIMIT,
  trustProxy: config.TCNS_TRUST_PROXY === '1',
  version,
});
mountPages(server, { trustProxy: config.TCNS_TRUST_PROXY === '1' });
const http = serve(
  { fetch: server.app.fetch, port: config.PORT, hostname: config.HOST },
  (info) => {
    log.info(
      { port: info.port, host: config.HOST, engine: store.engine, schemaVersion },
      'listening',
    );
  },
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    if ('closeAllConnections' in http) http.closeAllConnections();
  }, 10_000);
  force.unref();
  await new Promise<void>((resolve) => {
    http.close(() => resolve());
    if ('closeIdleConnections' in http) http.closeIdleConnections();
  });
  await server.stop();
  await store.close();
  log.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
