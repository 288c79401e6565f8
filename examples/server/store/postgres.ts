/**
 * The PostgreSQL engine (postgres.js): a connection pool; each transaction first takes a
 * transaction-level advisory lock on its key, so that submissions to the same place and period
 * (or the same report) run one after the other while others run side by side.
 */
import postgres from 'postgres';
import { MIGRATIONS } from './migrations.js';
import { type Driver, outsideTransactions, type Param, queriesOn } from './queries.js';
import type { Queries, Store } from './store.js';

/** Options of {@link openPostgresStore}. */
export interface PostgresOptions {
  /** A connection URL, e.g. `postgres://tcns:secret@127.0.0.1:5432/tcns`. */
  readonly url: string;
  /** The schema to use (created by `migrate`); `public` by default. */
  readonly schema?: string;
  /** The size of the pool (default 10). */
  readonly max?: number;
}

/** Turns `?` placeholders into `$1`, `$2`, … (the statements hold no `?` in literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/gu, () => `$${++n}`);
}

/** The statements' texts, numbered once. */
const texts = new Map<string, string>();

function text(statement: string): string {
  let converted = texts.get(statement);
  if (converted === undefined) {
    converted = numbered(statement);
    texts.set(statement, converted);
  }
  return converted;
}

function driverOf(sql: postgres.Sql | postgres.TransactionSql): Driver {
  return {
    all: async <T>(statement: string, params: readonly Param[]) =>
      (await sql.unsafe(text(statement), params as Param[], { prepare: true })) as unknown as T[],
    run: async (statement: string, params: readonly Param[]) =>
      (await sql.unsafe(text(statement), params as Param[], { prepare: true })).count,
  };
}

/** Opens a PostgreSQL store. */
export function openPostgresStore(options: PostgresOptions): Store {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/u.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const sql = postgres(options.url, {
    max: options.max ?? 10,
    onnotice: () => undefined,
    connection: { search_path: schema, application_name: 'tcns-server' },
  });
  const reads = queriesOn(driverOf(sql));
  let closing = false;
  const transaction = async <T>(lock: string, work: (tx: Queries) => Promise<T>): Promise<T> => {
    if (closing) throw new Error('the store is closed');
    return (await sql.begin(async (tx) => {
      // Sent at once, ahead of the work's first statements (one connection runs them in order):
      // the lock costs no round trip of its own.
      const locked = tx`SELECT pg_advisory_xact_lock(hashtextextended(${lock}, 0))`.execute();
      const [, result] = await Promise.all([locked, work(queriesOn(driverOf(tx)))]);
      return result;
    })) as T;
  };
  const schemaVersion = async () => {
    const [found] = await sql`SELECT to_regclass(${`${schema}.schema_migrations`}) AS t`;
    if (!found?.t) return 0;
    const [row] = await sql`SELECT MAX(version)::int AS v FROM schema_migrations`;
    return (row?.v as number | null) ?? 0;
  };
  return {
    ...outsideTransactions(reads, transaction),
    engine: 'postgres',
    transaction,
    schemaVersion,
    migrate: async () => {
      await sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(hashtextextended('tcns:migrate', 0))`;
        await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await tx.unsafe(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
        );
        const [row] = await tx`SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_migrations`;
        const applied = (row?.v as number) ?? 0;
        for (const migration of MIGRATIONS) {
          if (migration.version <= applied) continue;
          for (const statement of migration.postgres) await tx.unsafe(statement);
          await tx`INSERT INTO schema_migrations (version, name, applied_at)
            VALUES (${migration.version}, ${migration.name}, ${new Date().toISOString()})`;
        }
      });
      return schemaVersion();
    },
    ping: async () => {
      try {
        await sql`SELECT 1`;
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      closing = true;
      await sql.end({ timeout: 5 });
    },
  };
}
