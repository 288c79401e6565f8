/** The server's settings, from environment variables (see docs/server.md). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { openPostgresStore } from './store/postgres.js';
import { openSqliteStore } from './store/sqlite.js';
import type { Store } from './store/store.js';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  TCNS_DATABASE_URL: z.string().optional(),
  TCNS_PG_SCHEMA: z.string().optional(),
  TCNS_SQLITE_FILE: z.string().default('data/tcns.sqlite'),
  TCNS_SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  TCNS_TODAY: z.string().optional(),
  TCNS_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  TCNS_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  TCNS_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  TCNS_SAMPLE: z.enum(['0', '1']).default('1'),
});

/** The settings. */
export type Config = z.infer<typeof EnvSchema>;

/** Reads the settings; throws with every problem when one is wrong. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')),
  );
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return parsed.data;
}

/** Opens the store the settings name: PostgreSQL when a URL is given, else the SQLite file. */
export function openStore(config: Config): Store {
  if (config.TCNS_DATABASE_URL) {
    return openPostgresStore({
      url: config.TCNS_DATABASE_URL,
      ...(config.TCNS_PG_SCHEMA ? { schema: config.TCNS_PG_SCHEMA } : {}),
    });
  }
  if (config.TCNS_SQLITE_FILE !== ':memory:') {
    mkdirSync(dirname(config.TCNS_SQLITE_FILE), { recursive: true });
  }
  return openSqliteStore({
    file: config.TCNS_SQLITE_FILE,
    synchronous: config.TCNS_SQLITE_SYNCHRONOUS,
  });
}
