/** The stores' transactions: one after the other, each rolled back alone when it fails. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../examples/server/store/migrations.js';
import { openSqliteStore } from '../../examples/server/store/sqlite.js';
import type { TokenRow } from '../../examples/server/store/store.js';
import { ENGINES, freshStore, postgresAvailable } from './helpers.js';

const engines = (await postgresAvailable()) ? ENGINES : (['sqlite'] as const);

function token(id: string): TokenRow {
  return {
    id,
    secretHash: 'ab'.repeat(32),
    kind: 'province',
    commune: null,
    seat: null,
    person: null,
    body: null,
    province: 'lam-dong',
    label: null,
    createdAt: '2025-02-14T08:00:00+07:00',
    revokedAt: null,
  };
}

describe.each(engines)('transactions on %s', (engine) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  const seenOrNot = (id: unknown) => id === null || id === 'aaaaaaaaaaaaaaaa';

  it('asked for together, commit each one that succeeds and roll back only the one that fails', async () => {
    const fresh = await freshStore(engine);
    dispose = fresh.dispose;
    const { store } = fresh;
    const failure = new Error('refused');
    const outcomes = await Promise.allSettled([
      store.transaction('a', async (tx) => {
        await tx.insertToken(token('aaaaaaaaaaaaaaaa'));
        return 'a';
      }),
      store.transaction('b', async (tx) => {
        await tx.insertToken(token('bbbbbbbbbbbbbbbb'));
        throw failure;
      }),
      store.transaction('c', async (tx) => {
        // On SQLite the transactions run one after another, so this one sees what 'a' wrote;
        // on PostgreSQL they run side by side on the pool, so it may or may not.
        // `null`, not `undefined`, when unseen: `toEqual` skips a key whose value is undefined, and
        // the matcher with it.
        const before = await tx.getToken('aaaaaaaaaaaaaaaa');
        await tx.insertToken(token('cccccccccccccccc'));
        return before?.id ?? null;
      }),
    ]);
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 'a' },
      { status: 'rejected', reason: failure },
      {
        status: 'fulfilled',
        value: engine === 'sqlite' ? 'aaaaaaaaaaaaaaaa' : expect.toSatisfy(seenOrNot),
      },
    ]);
    // Answered only once committed: a read outside the transactions sees them at once.
    expect((await store.listTokens()).map((t) => t.id).sort()).toEqual([
      'aaaaaaaaaaaaaaaa',
      'cccccccccccccccc',
    ]);
  });

  it('keep a failing statement from undoing the others of its group', async () => {
    const fresh = await freshStore(engine);
    dispose = fresh.dispose;
    const { store } = fresh;
    await store.insertToken(token('dddddddddddddddd'));
    const outcomes = await Promise.allSettled([
      store.transaction('d', (tx) => tx.insertToken(token('dddddddddddddddd'))),
      store.transaction('e', (tx) => tx.insertToken(token('eeeeeeeeeeeeeeee'))),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    expect((await store.listTokens()).map((t) => t.id).sort()).toEqual([
      'dddddddddddddddd',
      'eeeeeeeeeeeeeeee',
    ]);
  });
});

describe('the migrations', () => {
  it('carry a database of schema 3 over: team files and data versions kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcns-migrate-'));
    const file = join(dir, 'old.sqlite');
    try {
      const old = new Database(file);
      old.exec(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      for (const migration of MIGRATIONS.slice(0, 3)) {
        for (const statement of migration.sqlite) old.exec(statement);
        old
          .prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)')
          .run(migration.version, migration.name, '2025-01-01T00:00:00Z');
      }
      old
        .prepare(
          `INSERT INTO communes (id, province, team, team_version, data_version, updated_at)
           VALUES ('dak-nia', 'lam-dong', '{"team":1}', 2, 7, 'x'), ('quiet', NULL, '{}', 1, 0, 'x')`,
        )
        .run();
      old.close();
      const store = openSqliteStore({ file });
      try {
        expect(await store.migrate()).toBe(SCHEMA_VERSION);
        expect(await store.getCommune('dak-nia')).toEqual({
          id: 'dak-nia',
          province: 'lam-dong',
          team: '{"team":1}',
          teamVersion: 2,
          dataVersion: 7,
        });
        expect(await store.getCommuneSummary('quiet')).toMatchObject({ dataVersion: 0 });
        await store.transaction('x', (tx) => tx.bumpDataVersion('dak-nia', 'bon-bu-sir'));
        expect(await store.getCommuneSummary('dak-nia')).toMatchObject({ dataVersion: 8 });
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
