/**
 * The store: one interface, two engines (SQLite through better-sqlite3, PostgreSQL through
 * postgres.js). The server composes these small operations inside transactions; every domain
 * decision is taken by the library between a read and a write.
 */

/** A commune registered on the server: its team file and versions. */
export interface CommuneRow {
  /** The commune's id on the server (e.g. `dak-nia`). */
  readonly id: string;
  /** The province it is grouped under, for province readers; `null` when none. */
  readonly province: string | null;
  /** The team file, as JSON text. */
  readonly team: string;
  /** Bumped each time the team file changes. */
  readonly teamVersion: number;
  /** Bumped on every accepted data submission (the sum of its places' data versions). */
  readonly dataVersion: number;
}

/** A commune without its team file. */
export type CommuneSummary = Omit<CommuneRow, 'team'>;

/** What a token stands for. */
export type TokenKind = 'seat' | 'body' | 'province';

/** A bearer token as stored: only the SHA-256 of its secret part is kept. */
export interface TokenRow {
  /** The public id (the first part of the token). */
  readonly id: string;
  /** SHA-256 of the secret part, hex. */
  readonly secretHash: string;
  /** A seat of a team, a body (the People's Committee), or a province. */
  readonly kind: TokenKind;
  /** The commune, for a seat or body token. */
  readonly commune: string | null;
  /** The seat, for a seat token. */
  readonly seat: string | null;
  /** The holder the token was issued to, for a seat token. */
  readonly person: string | null;
  /** The body, for a body token. */
  readonly body: string | null;
  /** The province, for a province token. */
  readonly province: string | null;
  /** A note for the administrator. */
  readonly label: string | null;
  /** When it was issued (ISO 8601). */
  readonly createdAt: string;
  /** When it was revoked; `null` while valid. */
  readonly revokedAt: string | null;
}

/** A data value as the store keeps it for roll-ups. */
export interface StoredValue {
  readonly indicator: string;
  readonly place: string;
  readonly period: string;
  readonly numerator: number;
  readonly denominator: number | null;
  readonly reportedBy: string | null;
  readonly reportedAt: string | null;
}

/** One version of the values of a place for a period (every accepted submission is kept). */
export interface ValueSetRow {
  readonly commune: string;
  readonly period: string;
  readonly place: string;
  /** 1, 2, … per commune, period and place. */
  readonly version: number;
  /** SHA-256 of the canonical values, to tell an identical resubmission. */
  readonly contentHash: string;
  /** The values, as JSON text (an array of data values). */
  readonly values: string;
  /** The seat that sent it. */
  readonly bySeat: string;
  /** The holder of that seat when sent. */
  readonly byPerson: string | null;
  /** When it was accepted (ISO 8601 with offset). */
  readonly at: string;
}

/** A report record as stored. */
export interface ReportRow {
  readonly commune: string;
  /** The report's id (`<seat>@<period>` or `<seat>@<request>`). */
  readonly id: string;
  readonly sender: string;
  readonly receiver: string | null;
  readonly period: string | null;
  readonly state: string;
  /** The library's `ReportRecord`, as JSON text. */
  readonly record: string;
  /** Bumped on every change. */
  readonly version: number;
  readonly updatedAt: string;
}

/** A plan as stored. */
export interface PlanRow {
  readonly commune: string;
  readonly id: string;
  /** The library's `Plan`, as JSON text. */
  readonly plan: string;
  readonly version: number;
  readonly updatedAt: string;
}

/** One indicator of a commune's roll-up to a period, kept so that provinces sum them in SQL. */
export interface RollupRow {
  /** The commune-level place of the team's places (a team may have served two over a period). */
  readonly place: string;
  readonly indicator: string;
  readonly numerator: number;
  readonly denominator: number;
  /** 1 when any reporting place had data. */
  readonly hasData: number;
  readonly expected: number;
  readonly reported: number;
  readonly expectedReports: number;
  readonly actualReports: number;
  /** The ids of the places that did not report in full, as JSON text. */
  readonly missing: string;
}

/** One indicator of a province's roll-up: its communes' roll-ups summed. */
export type ProvinceRollupRow = Omit<RollupRow, 'missing' | 'place'> & {
  /** How many communes had a roll-up row for the indicator. */
  readonly communes: number;
};

/** A session of the pages: a token exchanged for a cookie; only the SHA-256 of its secret is kept. */
export interface SessionRow {
  /** The public id (the first part of the cookie). */
  readonly id: string;
  /** SHA-256 of the secret part, hex. */
  readonly secretHash: string;
  /** The id of the token it was opened with (checked again on every request). */
  readonly token: string;
  /** When it was opened (ISO 8601, UTC). */
  readonly createdAt: string;
  /** When it ends (ISO 8601, UTC). */
  readonly expiresAt: string;
}

/** The operations, usable inside a transaction and outside it (reads then see committed data). */
export interface Queries {
  getCommune(id: string): Promise<CommuneRow | undefined>;
  getCommuneSummary(id: string): Promise<CommuneSummary | undefined>;
  listCommunes(province?: string): Promise<CommuneSummary[]>;
  upsertCommune(id: string, province: string | null, team: string, at: string): Promise<void>;
  /** Bumps a commune's data version (kept per place; the commune's is their sum). */
  bumpDataVersion(commune: string, place?: string): Promise<void>;

  insertToken(token: TokenRow): Promise<void>;
  getToken(id: string): Promise<TokenRow | undefined>;
  /** A token and, for a seat or body token, its commune's versions: one read per request. */
  getTokenAndCommune(
    id: string,
  ): Promise<{ token: TokenRow; commune: CommuneSummary | undefined } | undefined>;
  revokeToken(id: string, at: string): Promise<boolean>;
  listTokens(commune?: string): Promise<TokenRow[]>;

  /** Opens a session, deleting the sessions that ended before its creation. */
  insertSession(session: SessionRow): Promise<void>;
  getSession(id: string): Promise<SessionRow | undefined>;
  deleteSession(id: string): Promise<boolean>;

  currentValueSet(commune: string, period: string, place: string): Promise<ValueSetRow | undefined>;
  valueSetHistory(commune: string, period: string, place: string): Promise<ValueSetRow[]>;
  /** Adds a version and makes its values the current ones of the place and period. */
  writeValueSet(row: ValueSetRow, values: readonly StoredValue[], month: number): Promise<void>;
  /** The current values of a commune whose period ends in months `from` to `to` (`year × 12 + month − 1`). */
  valuesBetween(commune: string, from: number, to: number): Promise<StoredValue[]>;

  getReport(commune: string, id: string): Promise<ReportRow | undefined>;
  putReport(row: ReportRow): Promise<void>;
  listReports(commune: string, period?: string): Promise<ReportRow[]>;

  getPlan(commune: string, id: string): Promise<PlanRow | undefined>;
  putPlan(row: PlanRow): Promise<void>;
  listPlans(commune: string): Promise<PlanRow[]>;

  /** The communes of a province whose roll-up to a period is missing or older than their data. */
  staleRollups(province: string, period: string): Promise<CommuneSummary[]>;
  writeRollup(
    commune: string,
    period: string,
    dataVersion: number,
    teamVersion: number,
    rows: readonly RollupRow[],
  ): Promise<void>;
  /** The communes' roll-ups to a period, summed per indicator over a province. */
  sumRollups(province: string, period: string): Promise<ProvinceRollupRow[]>;
  /** The communes of a province with places that did not report in full, per indicator. */
  incompleteRollups(
    province: string,
    period: string,
  ): Promise<{ indicator: string; commune: string }[]>;
}

/** A store: the operations, transactions, migrations and lifecycle. */
export interface Store extends Queries {
  /** `sqlite` or `postgres`. */
  readonly engine: 'sqlite' | 'postgres';
  /** Applies the migrations not yet applied; returns the schema version. */
  migrate(): Promise<number>;
  /** The schema version applied, 0 for an empty database. */
  schemaVersion(): Promise<number>;
  /**
   * Runs `work` in one transaction. Transactions with the same `lock` run one after the other;
   * SQLite runs all write transactions one after the other.
   */
  transaction<T>(lock: string, work: (tx: Queries) => Promise<T>): Promise<T>;
  /** Whether the database answers. */
  ping(): Promise<boolean>;
  /** Closes the connections once the transactions under way have finished. */
  close(): Promise<void>;
}
