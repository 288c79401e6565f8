/**
 * The SQLite engine (better-sqlite3): one file in WAL mode, a writer connection whose
 * transactions run one after the other, and a reader connection that sees only committed data.
 * Statements are prepared once per connection.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { type Driver, outsideTransactions, type Param, queriesOn } from './queries.js';
import type { Queries, Store } from './store.js';

/** Options of {@link openSqliteStore}. */
export interface SqliteOptions {
  /** The database file (created when missing). */
  readonly file: string;
  /**
   * `NORMAL` (default): a committed transaction survives the process being killed; `FULL`: it
   * also survives a power cut, at the cost of one disk flush per commit.
   */
  readonly synchronous?: 'NORMAL' | 'FULL';
}

type Db = Database.Database;

function driverOf(db: Db): Driver {
  const cache = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  return {
    all: async <T>(sql: string, params: readonly Param[]) => prepared(sql).all(...params) as T[],
    run: async (sql: string, params: readonly Param[]) => prepared(sql).run(...params).changes,
  };
}

function open(file: string, synchronous: string, readonly: boolean): Db {
  const db = new Database(file, { readonly, fileMustExist: readonly });
  db.pragma('busy_timeout = 5000');
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous}`);
  }
  return db;
}

/** Opens (creating when needed) a SQLite store. */
export function openSqliteStore(options: SqliteOptions): Store {
  const synchronous = options.synchronous ?? 'NORMAL';
  const writer = open(options.file, synchronous, false);
  // A file database gets a second connection for reads; an in-memory one has only one.
  const memory = options.file === ':memory:' || options.file === '';
  const reader = memory ? writer : open(options.file, synchronous, true);
  const writes = queriesOn(driverOf(writer));
  const reads = queriesOn(driverOf(reader));
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const transaction = <T>(_lock: string, work: (tx: Queries) => Promise<T>): Promise<T> => {
    const run = async () => {
      if (closed) throw new Error('the store is closed');
      writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(writes);
        writer.exec('COMMIT');
        return result;
      } catch (error) {
        if (writer.inTransaction) writer.exec('ROLLBACK');
        throw error;
      }
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  const schemaVersion = async () => {
    const exists = writer
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (!exists) return 0;
    const row = writer.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as {
      v: number | null;
    };
    return row.v ?? 0;
  };

  return {
    ...outsideTransactions(reads, transaction),
    engine: 'sqlite',
    transaction,
    schemaVersion,
    migrate: async () => {
      writer.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      const applied = await schemaVersion();
      for (const migration of MIGRATIONS) {
        if (migration.version <= applied) continue;
        writer.transaction(() => {
          for (const statement of migration.sqlite) writer.exec(statement);
          writer
            .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
            .run(migration.version, migration.name, new Date().toISOString());
        })();
      }
      return schemaVersion();
    },
    ping: async () => {
      try {
        return reader.prepare('SELECT 1 AS ok').get() !== undefined;
      } catch {
        return false;
      }
    },
    close: async () => {
      await queue;
      closed = true;
      if (reader !== writer) reader.close();
      writer.close();
    },
    ...{ backup: (file: string) => writer.backup(file) },
  } as Store & { backup(file: string): Promise<unknown> };
}

/** Copies a live SQLite database to a file with SQLite's online backup API. */
export async function backupSqlite(source: string, target: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
}
