/**
 * The database schema, versioned in code: each migration has a number, a name and its
 * statements for each engine. A migration is applied once, in a transaction, and recorded in
 * `schema_migrations`; never edit one that has shipped — add the next.
 */

/** One step of the schema. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sqlite: readonly string[];
  readonly postgres: readonly string[];
}

/** Statements that are the same on both engines. */
function both(statements: readonly string[]): Pick<Migration, 'sqlite' | 'postgres'> {
  return { sqlite: statements, postgres: statements };
}

/** The migrations, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'communes, tokens, values, reports, plans',
    ...both([
      `CREATE TABLE communes (
        id TEXT PRIMARY KEY,
        province TEXT,
        team TEXT NOT NULL,
        team_version INTEGER NOT NULL,
        data_version INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      )`,
      'CREATE INDEX communes_province ON communes (province)',
      `CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL,
        kind TEXT NOT NULL,
        commune TEXT,
        seat TEXT,
        person TEXT,
        body TEXT,
        province TEXT,
        label TEXT,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      )`,
      `CREATE TABLE value_sets (
        commune TEXT NOT NULL,
        period TEXT NOT NULL,
        place TEXT NOT NULL,
        version INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        "values" TEXT NOT NULL,
        by_seat TEXT NOT NULL,
        by_person TEXT,
        at TEXT NOT NULL,
        PRIMARY KEY (commune, period, place, version)
      )`,
      `CREATE TABLE data_values (
        commune TEXT NOT NULL,
        place TEXT NOT NULL,
        indicator TEXT NOT NULL,
        period TEXT NOT NULL,
        month INTEGER NOT NULL,
        numerator DOUBLE PRECISION NOT NULL,
        denominator DOUBLE PRECISION,
        reported_by TEXT,
        reported_at TEXT,
        PRIMARY KEY (commune, period, place, indicator)
      )`,
      'CREATE INDEX data_values_month ON data_values (commune, month)',
      `CREATE TABLE reports (
        commune TEXT NOT NULL,
        id TEXT NOT NULL,
        sender TEXT NOT NULL,
        receiver TEXT,
        period TEXT,
        state TEXT NOT NULL,
        record TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (commune, id)
      )`,
      'CREATE INDEX reports_period ON reports (commune, period)',
      `CREATE TABLE plans (
        commune TEXT NOT NULL,
        id TEXT NOT NULL,
        plan TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (commune, id)
      )`,
    ]),
  },
  {
    version: 2,
    name: 'roll-ups per commune, summed for provinces',
    ...both([
      `CREATE TABLE rollup_stamps (
        commune TEXT NOT NULL,
        period TEXT NOT NULL,
        data_version INTEGER NOT NULL,
        team_version INTEGER NOT NULL,
        PRIMARY KEY (commune, period)
      )`,
      `CREATE TABLE rollups (
        commune TEXT NOT NULL,
        period TEXT NOT NULL,
        place TEXT NOT NULL,
        indicator TEXT NOT NULL,
        numerator DOUBLE PRECISION NOT NULL,
        denominator DOUBLE PRECISION NOT NULL,
        has_data INTEGER NOT NULL,
        expected INTEGER NOT NULL,
        reported INTEGER NOT NULL,
        expected_reports INTEGER NOT NULL,
        actual_reports INTEGER NOT NULL,
        missing TEXT NOT NULL,
        PRIMARY KEY (commune, period, place, indicator)
      )`,
    ]),
  },
  {
    version: 3,
    name: 'sessions of the pages (a seat token exchanged for a cookie)',
    ...both([
      `CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL,
        token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      )`,
      'CREATE INDEX sessions_expiry ON sessions (expires_at)',
    ]),
  },
  {
    version: 4,
    name: 'team files apart from the communes’ versions',
    // Every accepted submission bumps `communes.data_version`, and every request reads a
    // commune's versions: with the team file (tens of kilobytes) in the same row, SQLite read
    // and rewrote the file's overflow pages each time. The file now has a table of its own.
    ...both([
      `CREATE TABLE team_files (
        commune TEXT PRIMARY KEY,
        team TEXT NOT NULL
      )`,
      'INSERT INTO team_files (commune, team) SELECT id, team FROM communes',
      'ALTER TABLE communes DROP COLUMN team',
    ]),
  },
  {
    version: 5,
    name: 'a data version per place',
    // A commune's data version is the sum of its places' versions: submissions for different
    // places no longer wait for each other on one row of the commune (on PostgreSQL, that row
    // stayed locked until each submission's commit had reached the disk).
    ...both([
      `CREATE TABLE data_versions (
        commune TEXT NOT NULL,
        place TEXT NOT NULL,
        version INTEGER NOT NULL,
        PRIMARY KEY (commune, place)
      )`,
      `INSERT INTO data_versions (commune, place, version)
        SELECT id, '', data_version FROM communes WHERE data_version > 0`,
      'ALTER TABLE communes DROP COLUMN data_version',
    ]),
  },
];

/** The newest schema version. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
