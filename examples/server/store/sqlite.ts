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

/** The most transactions committed together. */
const GROUP_LIMIT = 64;

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
  let closed = false;

  // Group commit: the transactions asked for while the writer is busy wait in `waiting`, then
  // run one after the other inside one SQLite transaction, each in a savepoint of its own (a
  // failing one is rolled back alone), and are answered once that transaction has committed.
  // Each sees the writes of those before it, as with one transaction each; the cost of
  // beginning and committing (and of writing the pages they share) is paid once per group.
  type Waiting = {
    readonly work: (tx: Queries) => Promise<unknown>;
    readonly resolve: (value: unknown) => void;
    readonly reject: (error: unknown) => void;
  };
  const control = (text: string) => {
    const statement = writer.prepare(text);
    return () => void statement.run();
  };
  const begin = control('BEGIN IMMEDIATE');
  const commit = control('COMMIT');
  const savepoint = control('SAVEPOINT work');
  const release = control('RELEASE work');
  const rollbackTo = control('ROLLBACK TO work');
  let waiting: Waiting[] = [];
  let scheduled = false;
  let idle: Promise<void> = Promise.resolve();

  const runGroup = async (group: readonly Waiting[]): Promise<void> => {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      if (closed) throw new Error('the store is closed');
      begin();
      for (const item of group) {
        savepoint();
        try {
          outcomes.push({ ok: true, value: await item.work(writes) });
          release();
        } catch (error) {
          rollbackTo();
          release();
          outcomes.push({ ok: false, error });
        }
      }
      commit();
    } catch (error) {
      if (writer.open && writer.inTransaction) writer.exec('ROLLBACK');
      for (const item of group) item.reject(error);
      return;
    }
    group.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome?.error);
    });
  };

  const drain = async (): Promise<void> => {
    while (waiting.length > 0) {
      const group = waiting.slice(0, GROUP_LIMIT);
      waiting = waiting.slice(GROUP_LIMIT);
      await runGroup(group);
    }
    scheduled = false;
  };

  const transaction = <T>(_lock: string, work: (tx: Queries) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (scheduled) return;
      scheduled = true;
      // Started once this turn of the event loop has handled its input, so that the requests
      // that arrived together are committed together.
      idle = new Promise<void>((done) => setImmediate(() => void drain().then(done)));
    });

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
      while (scheduled) await idle;
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
