/**
 * Roll-ups where the data lives. A commune's roll-up is the library's `rollUp` over that
 * commune's values for the period, read from the engine by an index on (commune, month): a
 * bounded read, never the whole province. Its commune-level results are kept in the `rollups`
 * table, stamped with the commune's data and team versions; a province's roll-up is then a
 * `GROUP BY` over those rows in SQL (Σ numerators, Σ denominators, Σ completeness counts:
 * across places the library's quantities sum). Stale communes are recomputed first; after each
 * accepted submission the periods containing its month are recomputed in the background.
 */
import {
  assessProgress,
  BUILT_IN_INDICATORS,
  BUILT_IN_TARGETS,
  type Catalogue,
  type DataValue,
  dateParts,
  formatPeriod,
  type IndicatorResult,
  type Period,
  type PlaceLevel,
  type ProgressStatus,
  parsePeriod,
  periodContaining,
  periodRange,
  rollUp,
  selectTarget,
  type Target,
  UNIT_SCALE,
} from 'to-cong-nghe-so';
import type { Store, StoredValue } from './store/store.js';
import type { Commune, Teams } from './teams.js';

/** The month of a period's end (or start) as `year × 12 + month − 1`. */
export function monthOrdinal(date: string): number {
  const { year, month } = dateParts(date as Parameters<typeof dateParts>[0]);
  return year * 12 + month - 1;
}

/** The months a period spans, as ordinals. */
export function monthsOf(period: Period): { from: number; to: number } {
  const range = periodRange(period);
  return { from: monthOrdinal(range.start), to: monthOrdinal(range.end) };
}

/** A stored value as the library's data value. */
export function toDataValue(v: StoredValue): DataValue {
  // Built field by field (no spreads): a province's first roll-up turns hundreds of thousands.
  const value: { -readonly [K in keyof DataValue]: DataValue[K] } = {
    indicator: v.indicator,
    place: v.place,
    period: v.period,
    numerator: v.numerator,
  };
  if (v.denominator !== null) value.denominator = v.denominator;
  if (v.reportedBy !== null) value.reportedBy = v.reportedBy;
  if (v.reportedAt !== null) value.reportedAt = v.reportedAt;
  return value;
}

/** One indicator of a province's roll-up. */
export interface ProvinceResult {
  readonly indicator: string;
  readonly place: string;
  readonly level: 'province';
  readonly period: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  readonly target: Target | null;
  readonly progress: number | null;
  readonly status: ProgressStatus | null;
  readonly completeness: {
    readonly expected: number;
    readonly reported: number;
    /** The communes with places that did not report in full. */
    readonly missing: readonly string[];
    readonly expectedReports: number;
    readonly actualReports: number;
  };
  /** How many communes contributed. */
  readonly communes: number;
}

/** Options of {@link Rollups}. */
export interface RollupOptions {
  readonly catalogue?: Catalogue;
  readonly targets?: readonly Target[];
  /** How long after the last submission a commune's roll-ups are recomputed (ms, default 1000). */
  readonly refreshDelay?: number;
}

/** Computes and keeps roll-ups. */
export class Rollups {
  readonly catalogue: Catalogue;
  readonly targets: readonly Target[];
  readonly #store: Store;
  readonly #teams: Teams;
  readonly #delay: number;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #pending = new Map<string, Set<string>>();
  #running: Promise<unknown> = Promise.resolve();

  constructor(store: Store, teams: Teams, options: RollupOptions = {}) {
    this.#store = store;
    this.#teams = teams;
    this.catalogue = options.catalogue ?? BUILT_IN_INDICATORS;
    this.targets = options.targets ?? BUILT_IN_TARGETS;
    this.#delay = options.refreshDelay ?? 1000;
  }

  /** The library's roll-up of one commune's values for a period. */
  async commune(
    commune: Commune,
    period: Period,
    levels?: readonly PlaceLevel[],
  ): Promise<IndicatorResult[]> {
    const { from, to } = monthsOf(period);
    const values = (await this.#store.valuesBetween(commune.id, from, to)).map(toDataValue);
    return rollUp(values, {
      catalogue: this.catalogue,
      places: commune.team.places,
      period,
      targets: this.targets,
      ...(levels ? { levels } : {}),
    });
  }

  /** Recomputes and stores the commune-level rows of a commune's roll-up to a period. */
  async refresh(commune: Commune, period: Period): Promise<void> {
    const results = await this.commune(commune, period, ['commune']);
    const periodId = formatPeriod(period);
    const rows = results.map((r) => ({
      place: r.place,
      indicator: r.indicator,
      numerator: r.numerator ?? 0,
      denominator: r.denominator ?? 0,
      hasData: r.numerator === null ? 0 : 1,
      expected: r.completeness.expected,
      reported: r.completeness.reported,
      expectedReports: r.completeness.expectedReports,
      actualReports: r.completeness.actualReports,
      missing: JSON.stringify(r.completeness.missing),
    }));
    await this.#store.transaction(`rollup:${commune.id}:${periodId}`, (tx) =>
      tx.writeRollup(commune.id, periodId, commune.dataVersion, commune.teamVersion, rows),
    );
  }

  /**
   * Province answers already given, per province and period, under the data and team versions
   * of its communes when they were given: any write to a commune, or a new team, changes the
   * versions, so an answer is never given again once its data has changed.
   */
  readonly #answers = new Map<
    string,
    { readonly key: string; readonly results: ProvinceResult[] }
  >();

  /**
   * A province's roll-up to a period: stale communes recomputed, then summed in SQL; given again
   * without asking the engine while no commune of the province has changed.
   */
  async province(province: string, period: Period): Promise<ProvinceResult[]> {
    return (await this.provinceWithCommunes(province, period)).results;
  }

  /** {@link Rollups.province}, with the number of communes it covers. */
  async provinceWithCommunes(
    province: string,
    period: Period,
  ): Promise<{ results: ProvinceResult[]; communes: number }> {
    const periodId = formatPeriod(period);
    // Read before the stale ones: versions only grow, so an answer kept under these versions
    // can be found again only while nothing has changed since.
    const communes = await this.#store.listCommunes(province);
    const key = communes
      .map((c) => `${c.id}\u0000${c.dataVersion}\u0000${c.teamVersion}`)
      .join('\n');
    const slot = `${province}\u0000${periodId}`;
    const known = this.#answers.get(slot);
    if (known && known.key === key) return { results: known.results, communes: communes.length };
    const stale = await this.#store.staleRollups(province, periodId);
    for (const { id } of stale) {
      const commune = await this.#teams.get(id);
      if (commune) await this.refresh(commune, period);
    }
    const results = await this.#sum(province, period);
    if (stale.length === 0) {
      if (this.#answers.size >= 1000) this.#answers.clear();
      this.#answers.set(slot, { key, results });
    }
    return { results, communes: communes.length };
  }

  async #sum(province: string, period: Period): Promise<ProvinceResult[]> {
    const periodId = formatPeriod(period);
    const [sums, incomplete] = await Promise.all([
      this.#store.sumRollups(province, periodId),
      this.#store.incompleteRollups(province, periodId),
    ]);
    const end = periodRange(period).end;
    const byCode = new Map(
      this.catalogue.map((indicator, i) => [indicator.code, { indicator, i }]),
    );
    return sums
      .filter((row) => byCode.has(row.indicator))
      .sort((a, b) => (byCode.get(a.indicator)?.i ?? 0) - (byCode.get(b.indicator)?.i ?? 0))
      .map((row): ProvinceResult => {
        const indicator = byCode.get(row.indicator)?.indicator;
        const scale = indicator ? UNIT_SCALE[indicator.unit] : undefined;
        const data = row.hasData === 1;
        const value = !data
          ? null
          : scale === undefined
            ? row.numerator
            : row.denominator === 0
              ? null
              : (row.numerator / row.denominator) * scale;
        const target = selectTarget(this.targets, row.indicator, [province], end) ?? null;
        const assessed = target
          ? assessProgress({ target, value, baseline: target.baseline, asOf: end })
          : undefined;
        return {
          indicator: row.indicator,
          place: province,
          level: 'province',
          period: periodId,
          numerator: data ? row.numerator : null,
          denominator: data && scale !== undefined ? row.denominator : null,
          value,
          target,
          progress: assessed?.progress ?? null,
          status: assessed?.status ?? null,
          completeness: {
            expected: row.expected,
            reported: row.reported,
            missing: incomplete.filter((x) => x.indicator === row.indicator).map((x) => x.commune),
            expectedReports: row.expectedReports,
            actualReports: row.actualReports,
          },
          communes: row.communes,
        };
      });
  }

  /**
   * After a submission for a period: recompute, a little later, the commune's roll-ups to the
   * month, quarter, half-year and year containing the period's last day, if the commune belongs
   * to a province. Each submission puts the refresh off again: a commune is recomputed once its
   * submissions pause, not during a burst of them (a province read recomputes what is stale).
   */
  schedule(commune: Commune, period: Period): void {
    if (commune.province === null) return;
    const periods = this.#pending.get(commune.id) ?? new Set<string>();
    for (const id of this.#containing(period)) periods.add(id);
    this.#pending.set(commune.id, periods);
    clearTimeout(this.#timers.get(commune.id));
    const timer = setTimeout(() => {
      this.#timers.delete(commune.id);
      const ids = this.#pending.get(commune.id) ?? new Set();
      this.#pending.delete(commune.id);
      this.#running = this.#running.then(() => this.#refreshLater(commune.id, ids));
    }, this.#delay);
    timer.unref();
    this.#timers.set(commune.id, timer);
  }

  readonly #containingCache = new Map<string, readonly string[]>();

  /** The ids of the month, quarter, half-year and year containing a period's last day. */
  #containing(period: Period): readonly string[] {
    const key = formatPeriod(period);
    let ids = this.#containingCache.get(key);
    if (!ids) {
      const end = periodRange(period).end;
      ids = (['month', 'quarter', 'half', 'year'] as const).map((kind) =>
        formatPeriod(periodContaining(end, kind)),
      );
      if (this.#containingCache.size > 5000) this.#containingCache.clear();
      this.#containingCache.set(key, ids);
    }
    return ids;
  }

  async #refreshLater(communeId: string, periodIds: Set<string>): Promise<void> {
    try {
      const commune = await this.#teams.get(communeId);
      if (!commune) return;
      for (const id of periodIds) {
        const period = parsePeriod(id);
        if (period.isOk()) await this.refresh(commune, period.value);
      }
    } catch {
      // A background refresh that fails is redone on the next read of the province.
    }
  }

  /** Stops the background refreshes and waits for the one under way. */
  async stop(): Promise<void> {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#pending.clear();
    await this.#running;
  }
}
