/**
 * The store's operations, written once in the SQL both engines speak, over a small driver that
 * each engine implements (`?` placeholders; the PostgreSQL driver numbers them).
 */
import type {
  CommuneRow,
  CommuneSummary,
  PlanRow,
  ProvinceRollupRow,
  Queries,
  ReportRow,
  SessionRow,
  StoredValue,
  TokenRow,
  ValueSetRow,
} from './store.js';

/** A parameter of a statement. */
export type Param = string | number | null;

/** What an engine provides: run a statement, read rows. */
export interface Driver {
  /** The rows of a query. */
  all<T>(sql: string, params: readonly Param[]): Promise<T[]>;
  /** Runs a statement; returns the number of rows changed. */
  run(sql: string, params: readonly Param[]): Promise<number>;
}

/** A commune's data version: the sum of its places'. */
const DATA_VERSION = (commune: string) =>
  `(SELECT CAST(COALESCE(SUM(d.version), 0) AS INTEGER) FROM data_versions d
    WHERE d.commune = ${commune}) AS "dataVersion"`;
const COMMUNE = `id, province, team_version AS "teamVersion", ${DATA_VERSION('communes.id')}`;
const COMMUNE_OF_C = `c.id, c.province, c.team_version AS "teamVersion", ${DATA_VERSION('c.id')}`;
const TOKEN = `id, secret_hash AS "secretHash", kind, commune, seat, person, body, province, label,
  created_at AS "createdAt", revoked_at AS "revokedAt"`;
const TOKEN_OF_T = `t.id, t.secret_hash AS "secretHash", t.kind, t.commune, t.seat, t.person,
  t.body, t.province, t.label, t.created_at AS "createdAt", t.revoked_at AS "revokedAt"`;
const VALUE_SET = `commune, period, place, version, content_hash AS "contentHash", "values",
  by_seat AS "bySeat", by_person AS "byPerson", at`;
const VALUE = `indicator, place, period, numerator, denominator, reported_by AS "reportedBy",
  reported_at AS "reportedAt"`;
const REPORT = `commune, id, sender, receiver, period, state, record, version, updated_at AS "updatedAt"`;
const PLAN = 'commune, id, plan, version, updated_at AS "updatedAt"';
const SESSION = `id, secret_hash AS "secretHash", token, created_at AS "createdAt",
  expires_at AS "expiresAt"`;

/** The most values written by one statement (a few texts per engine, each prepared once). */
const ROWS_PER_INSERT = 16;
const valueInserts: string[] = [];

/** The statement inserting `rows` data values. */
function insertValues(rows: number): string {
  valueInserts[rows] ??= `INSERT INTO data_values (commune, place, indicator, period, month,
    numerator, denominator, reported_by, reported_at) VALUES ${Array.from(
      { length: rows },
      () => '(?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).join(', ')}`;
  return valueInserts[rows];
}

const texts = new WeakMap<TemplateStringsArray, string>();

/**
 * A statement's text, built once per place in the code: the same string each time, so that the
 * engines find their prepared statement without building and hashing the text again.
 */
function sql(strings: TemplateStringsArray, ...parts: readonly string[]): string {
  let text = texts.get(strings);
  if (text === undefined) {
    text = strings.reduce((all, part, i) => all + part + (parts[i] ?? ''), '');
    texts.set(strings, text);
  }
  return text;
}

/** The operations over a driver. */
export function queriesOn(db: Driver): Queries {
  const one = async <T>(sql: string, params: readonly Param[]) => (await db.all<T>(sql, params))[0];
  return {
    getCommune: (id) =>
      one<CommuneRow>(
        sql`SELECT ${COMMUNE_OF_C}, t.team FROM communes c JOIN team_files t ON t.commune = c.id
         WHERE c.id = ?`,
        [id],
      ),
    getCommuneSummary: (id) =>
      one<CommuneSummary>(sql`SELECT ${COMMUNE} FROM communes WHERE id = ?`, [id]),
    listCommunes: (province) =>
      province === undefined
        ? db.all<CommuneSummary>(sql`SELECT ${COMMUNE} FROM communes ORDER BY id`, [])
        : db.all<CommuneSummary>(
            sql`SELECT ${COMMUNE} FROM communes WHERE province = ? ORDER BY id`,
            [province],
          ),
    upsertCommune: async (id, province, team, at) => {
      await db.run(
        `INSERT INTO communes (id, province, team_version, updated_at)
         VALUES (?, ?, 1, ?)
         ON CONFLICT (id) DO UPDATE SET province = excluded.province,
           team_version = communes.team_version + 1, updated_at = excluded.updated_at`,
        [id, province, at],
      );
      await db.run(
        `INSERT INTO team_files (commune, team) VALUES (?, ?)
         ON CONFLICT (commune) DO UPDATE SET team = excluded.team`,
        [id, team],
      );
    },
    bumpDataVersion: async (commune, place = '') => {
      await db.run(
        `INSERT INTO data_versions (commune, place, version) VALUES (?, ?, 1)
         ON CONFLICT (commune, place) DO UPDATE SET version = data_versions.version + 1`,
        [commune, place],
      );
    },

    insertToken: async (t) => {
      await db.run(
        `INSERT INTO tokens (id, secret_hash, kind, commune, seat, person, body, province, label,
           created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          t.id,
          t.secretHash,
          t.kind,
          t.commune,
          t.seat,
          t.person,
          t.body,
          t.province,
          t.label,
          t.createdAt,
          t.revokedAt,
        ],
      );
    },
    getToken: (id) => one<TokenRow>(sql`SELECT ${TOKEN} FROM tokens WHERE id = ?`, [id]),
    getTokenAndCommune: async (id) => {
      const row = await one<
        TokenRow & {
          teamVersion: number | null;
          dataVersion: number | null;
          communeProvince: string | null;
        }
      >(
        sql`SELECT ${TOKEN_OF_T}, c.province AS "communeProvince", c.team_version AS "teamVersion",
           ${DATA_VERSION('c.id')}
         FROM tokens t LEFT JOIN communes c ON c.id = t.commune WHERE t.id = ?`,
        [id],
      );
      if (!row) return undefined;
      const { teamVersion, dataVersion, communeProvince, ...token } = row;
      return {
        token,
        commune:
          token.commune === null || teamVersion === null || dataVersion === null
            ? undefined
            : { id: token.commune, province: communeProvince, teamVersion, dataVersion },
      };
    },
    revokeToken: async (id, at) =>
      (await db.run('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [
        at,
        id,
      ])) > 0,
    listTokens: (commune) =>
      commune === undefined
        ? db.all<TokenRow>(sql`SELECT ${TOKEN} FROM tokens ORDER BY created_at, id`, [])
        : db.all<TokenRow>(
            sql`SELECT ${TOKEN} FROM tokens WHERE commune = ? ORDER BY created_at, id`,
            [commune],
          ),

    insertSession: async (session) => {
      await db.run('DELETE FROM sessions WHERE expires_at < ?', [session.createdAt]);
      await db.run(
        `INSERT INTO sessions (id, secret_hash, token, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?)`,
        [session.id, session.secretHash, session.token, session.createdAt, session.expiresAt],
      );
    },
    getSession: (id) => one<SessionRow>(sql`SELECT ${SESSION} FROM sessions WHERE id = ?`, [id]),
    deleteSession: async (id) => (await db.run('DELETE FROM sessions WHERE id = ?', [id])) > 0,

    currentValueSet: (commune, period, place) =>
      one<ValueSetRow>(
        sql`SELECT ${VALUE_SET} FROM value_sets WHERE commune = ? AND period = ? AND place = ?
         ORDER BY version DESC LIMIT 1`,
        [commune, period, place],
      ),
    valueSetHistory: (commune, period, place) =>
      db.all<ValueSetRow>(
        sql`SELECT ${VALUE_SET} FROM value_sets WHERE commune = ? AND period = ? AND place = ?
         ORDER BY version`,
        [commune, period, place],
      ),
    writeValueSet: async (row, values, month) => {
      // Sent together: PostgreSQL receives them in one round trip, in this order.
      const statements: Promise<number>[] = [
        db.run(
          `INSERT INTO value_sets (commune, period, place, version, content_hash, "values", by_seat,
             by_person, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            row.commune,
            row.period,
            row.place,
            row.version,
            row.contentHash,
            row.values,
            row.bySeat,
            row.byPerson,
            row.at,
          ],
        ),
        db.run('DELETE FROM data_values WHERE commune = ? AND period = ? AND place = ?', [
          row.commune,
          row.period,
          row.place,
        ]),
      ];
      for (let at = 0; at < values.length; at += ROWS_PER_INSERT) {
        const chunk = values.slice(at, at + ROWS_PER_INSERT);
        statements.push(
          db.run(
            insertValues(chunk.length),
            chunk.flatMap((v) => [
              row.commune,
              v.place,
              v.indicator,
              v.period,
              month,
              v.numerator,
              v.denominator,
              v.reportedBy,
              v.reportedAt,
            ]),
          ),
        );
      }
      await Promise.all(statements);
    },
    valuesBetween: (commune, from, to) =>
      db.all<StoredValue>(
        sql`SELECT ${VALUE} FROM data_values WHERE commune = ? AND month >= ? AND month <= ?
         ORDER BY month, place, indicator`,
        [commune, from, to],
      ),

    getReport: (commune, id) =>
      one<ReportRow>(sql`SELECT ${REPORT} FROM reports WHERE commune = ? AND id = ?`, [
        commune,
        id,
      ]),
    putReport: async (r) => {
      await db.run(
        `INSERT INTO reports (commune, id, sender, receiver, period, state, record, version,
           updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (commune, id) DO UPDATE SET sender = excluded.sender,
           receiver = excluded.receiver, period = excluded.period, state = excluded.state,
           record = excluded.record, version = excluded.version, updated_at = excluded.updated_at`,
        [
          r.commune,
          r.id,
          r.sender,
          r.receiver,
          r.period,
          r.state,
          r.record,
          r.version,
          r.updatedAt,
        ],
      );
    },
    listReports: (commune, period) =>
      period === undefined
        ? db.all<ReportRow>(sql`SELECT ${REPORT} FROM reports WHERE commune = ? ORDER BY id`, [
            commune,
          ])
        : db.all<ReportRow>(
            sql`SELECT ${REPORT} FROM reports WHERE commune = ? AND period = ? ORDER BY id`,
            [commune, period],
          ),

    getPlan: (commune, id) =>
      one<PlanRow>(sql`SELECT ${PLAN} FROM plans WHERE commune = ? AND id = ?`, [commune, id]),
    putPlan: async (p) => {
      await db.run(
        `INSERT INTO plans (commune, id, plan, version, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (commune, id) DO UPDATE SET plan = excluded.plan, version = excluded.version,
           updated_at = excluded.updated_at`,
        [p.commune, p.id, p.plan, p.version, p.updatedAt],
      );
    },
    listPlans: (commune) =>
      db.all<PlanRow>(sql`SELECT ${PLAN} FROM plans WHERE commune = ? ORDER BY id`, [commune]),

    staleRollups: (province, period) =>
      db.all<CommuneSummary>(
        sql`SELECT * FROM (
           SELECT ${COMMUNE_OF_C}, s.commune AS stamped, s.data_version AS "stampedData",
             s.team_version AS "stampedTeam"
           FROM communes c LEFT JOIN rollup_stamps s ON s.commune = c.id AND s.period = ?
           WHERE c.province = ?) x
         WHERE stamped IS NULL OR "stampedData" <> "dataVersion" OR "stampedTeam" <> "teamVersion"
         ORDER BY id`,
        [period, province],
      ),
    writeRollup: async (commune, period, dataVersion, teamVersion, rows) => {
      await db.run('DELETE FROM rollups WHERE commune = ? AND period = ?', [commune, period]);
      for (const r of rows) {
        await db.run(
          `INSERT INTO rollups (commune, period, place, indicator, numerator, denominator,
             has_data, expected, reported, expected_reports, actual_reports, missing)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            commune,
            period,
            r.place,
            r.indicator,
            r.numerator,
            r.denominator,
            r.hasData,
            r.expected,
            r.reported,
            r.expectedReports,
            r.actualReports,
            r.missing,
          ],
        );
      }
      await db.run(
        `INSERT INTO rollup_stamps (commune, period, data_version, team_version) VALUES (?, ?, ?, ?)
         ON CONFLICT (commune, period) DO UPDATE SET data_version = excluded.data_version,
           team_version = excluded.team_version`,
        [commune, period, dataVersion, teamVersion],
      );
    },
    sumRollups: (province, period) =>
      db.all<ProvinceRollupRow>(
        `SELECT r.indicator, SUM(r.numerator) AS numerator, SUM(r.denominator) AS denominator,
           MAX(r.has_data) AS "hasData", CAST(SUM(r.expected) AS INTEGER) AS expected,
           CAST(SUM(r.reported) AS INTEGER) AS reported,
           CAST(SUM(r.expected_reports) AS INTEGER) AS "expectedReports",
           CAST(SUM(r.actual_reports) AS INTEGER) AS "actualReports",
           CAST(COUNT(DISTINCT r.commune) AS INTEGER) AS communes
         FROM rollups r JOIN communes c ON c.id = r.commune
         WHERE c.province = ? AND r.period = ?
         GROUP BY r.indicator ORDER BY r.indicator`,
        [province, period],
      ),
    incompleteRollups: (province, period) =>
      db.all<{ indicator: string; commune: string }>(
        `SELECT DISTINCT r.indicator, r.commune FROM rollups r JOIN communes c ON c.id = r.commune
         WHERE c.province = ? AND r.period = ? AND r.reported < r.expected
         ORDER BY r.indicator, r.commune`,
        [province, period],
      ),
  };
}

/** The operations that write. */
const WRITES = [
  'upsertCommune',
  'bumpDataVersion',
  'insertToken',
  'revokeToken',
  'insertSession',
  'deleteSession',
  'writeValueSet',
  'putReport',
  'putPlan',
  'writeRollup',
] as const satisfies readonly (keyof Queries)[];

/**
 * The operations for use outside a transaction: reads from `reads`, and each write in a
 * transaction of its own.
 */
export function outsideTransactions(
  reads: Queries,
  transaction: <T>(lock: string, work: (tx: Queries) => Promise<T>) => Promise<T>,
): Queries {
  const writes = Object.fromEntries(
    WRITES.map((name) => [
      name,
      (...args: unknown[]) =>
        transaction(name, (tx) => (tx[name] as (...a: unknown[]) => Promise<unknown>)(...args)),
    ]),
  );
  return { ...reads, ...writes } as Queries;
}
