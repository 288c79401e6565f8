import { checkOneOf } from '../_internal/arguments.js';
import { checkDate } from '../_internal/dates.js';
import type { IsoDate } from '../calendar/date.js';
import { formatPeriod, type Period, periodRange } from '../calendar/period.js';
import { type PlaceLevel, PlaceLevelSchema } from '../places/place.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { checkPeriod, checkTargets } from './arguments.js';
import type { Indicator } from './definition.js';
import {
  type DataValueIndex,
  type IndexData,
  type IndexDataValuesOptions,
  indexData,
} from './rollup/data-index.js';
import { indexDataValues } from './rollup/index-values.js';
import { measure } from './rollup/measures.js';
import { monthOrdinal } from './rollup/months.js';
import { type IndicatorResult, results } from './rollup/results.js';
import { chainOn, segments } from './rollup/segments.js';
import { accumulate } from './rollup/sums.js';
import { villagesMeeting } from './rollup/villages-meeting.js';
import { TargetIndex } from './select-target.js';
import type { Target } from './target.js';
import type { DataValue } from './value-schema.js';

export {
  type DataValueColumns,
  type IndexDataValueColumnsOptions,
  indexDataValueColumns,
} from './rollup/columns.js';
export type { DataValueIndex, IndexDataValuesOptions } from './rollup/data-index.js';
export { indexDataValues } from './rollup/index-values.js';
export {
  type CreateDataValueIndexerOptions,
  createDataValueIndexer,
  type DataValueIndexer,
} from './rollup/indexer.js';
export type { Completeness, IndicatorResult } from './rollup/results.js';

/**
 * Options of {@link rollUpIndex}: what to roll up and how to judge it.
 *
 * @category Indicators
 */
export interface RollUpIndexOptions {
  /** The period to roll up to: a month, quarter, half or year (a week gives no results). */
  readonly period: Period;
  /** The date progress is judged on; the end of `period` by default. */
  readonly asOf?: IsoDate;
  /** The targets to judge against (e.g. {@link BUILT_IN_TARGETS} plus the commune's own). */
  readonly targets?: readonly Target[];
  /** A period whose rolled-up values serve as baselines for targets that carry none. */
  readonly baseline?: Period;
  /** The levels of place to return results for; all by default. */
  readonly levels?: readonly PlaceLevel[];
}

/**
 * Options of {@link rollUp}: the catalogue and places the values are read against, what to roll
 * up and how to judge it.
 *
 * @category Indicators
 */
export interface RollUpOptions extends IndexDataValuesOptions, RollUpIndexOptions {}

const ALL_LEVELS: readonly PlaceLevel[] = ['province', 'district', 'commune', 'village'];

/** The options of a roll-up, checked. */
interface Checked {
  readonly period: Period;
  readonly asOf?: IsoDate | undefined;
  readonly targets: readonly Target[];
  readonly baseline?: Period | undefined;
  readonly levels: ReadonlySet<PlaceLevel>;
}

function checkOptions(options: RollUpIndexOptions): Checked {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(
      'options',
      { vi: 'một đối tượng tùy chọn { "period", … }', en: 'an options object { "period", … }' },
      options,
    );
  }
  const { asOf, targets, baseline, levels } = options;
  if (levels !== undefined && !Array.isArray(levels)) {
    throw new InvalidArgumentError(
      'options.levels',
      { vi: 'một danh sách cấp', en: 'a list of levels' },
      levels,
    );
  }
  return {
    period: checkPeriod(options.period, 'options.period'),
    asOf: asOf === undefined ? undefined : checkDate(asOf, 'options.asOf'),
    targets: targets === undefined ? [] : checkTargets(targets, 'options.targets'),
    baseline: baseline === undefined ? undefined : checkPeriod(baseline, 'options.baseline'),
    levels: new Set(
      (levels ?? ALL_LEVELS).map((level) =>
        checkOneOf(level, 'options.levels', PlaceLevelSchema.options),
      ),
    ),
  };
}

/** A place's id followed by its ancestors' ids on a date, worked out once per place. */
function chainIdsOn(index: IndexData, date: IsoDate): (p: number) => readonly string[] {
  let placeAt: Map<string, number> | undefined;
  const memo = new Map<number, readonly string[]>();
  return (p) => {
    const known = memo.get(p);
    // Stryker disable next-line ConditionalExpression: a cache; the chain worked out again is the same
    if (known) return known;
    placeAt ??= new Map(index.places.map((place, i) => [place.id, i]));
    // Stryker disable OptionalChaining,StringLiteral: p and its ancestors are always places of the index
    const ids = [
      index.places[p]?.id ?? '',
      ...Array.from(chainOn(index, placeAt, p, date), (a) => index.places[a]?.id ?? ''),
    ];
    // Stryker restore OptionalChaining,StringLiteral
    memo.set(p, ids);
    return ids;
  };
}

/**
 * Whether the reporting places of each level (village, commune) need rows of their own: when
 * they are asked for, or when a derived indicator judges them.
 */
function ownRows(
  index: IndexData,
  levels: ReadonlySet<PlaceLevel>,
  positions: ReadonlyMap<string, number>,
): readonly [boolean, boolean] {
  const judged = new Set<Indicator['collectedAt']>();
  for (const indicator of index.catalogue) {
    if (!indicator.villagesMeeting) continue;
    const base = positions.get(indicator.villagesMeeting.indicator);
    // Stryker disable next-line ConditionalExpression,OptionalChaining: catalogue[undefined] is undefined too
    const level = base === undefined ? undefined : index.catalogue[base]?.collectedAt;
    // Stryker disable next-line ConditionalExpression: an undefined level in the set matches no level
    if (level) judged.add(level);
  }
  return [
    levels.has('village') || judged.has('village'),
    levels.has('commune') || judged.has('commune'),
  ];
}

/** The roll-up of checked options over an index. */
function rollUpData(index: IndexData, options: Checked): IndicatorResult[] {
  const { period, levels } = options;
  if (period.kind === 'week') return [];
  const range = periodRange(period);
  const from = monthOrdinal(range.start);
  const months = monthOrdinal(range.end) - from + 1;
  const segs = segments(index, from, months);
  const sums = accumulate(index, from, months, segs);
  const positions = new Map(index.catalogue.map((indicator, i) => [indicator.code, i]));
  const t = measure(index, segs, sums, months, ownRows(index, levels, positions));
  const targets = new TargetIndex(options.targets);
  const chainIds = chainIdsOn(index, range.end);
  const derived = { index, segs, t, positions, targets, chainIds, periodEnd: range.end };
  index.catalogue.forEach((indicator, i) => {
    // Stryker disable next-line ConditionalExpression: villagesMeeting skips measured indicators itself
    if (indicator.villagesMeeting) villagesMeeting(derived, i);
  });
  return results({
    index,
    t,
    periodId: formatPeriod(period),
    periodEnd: range.end,
    asOf: options.asOf ?? range.end,
    levels,
    targets,
    chainIds,
    ...(options.baseline ? { baselines: baselineValues(index, options, options.baseline) } : {}),
  });
}

/** The values of the baseline period, by indicator and place, and the period's last day. */
function baselineValues(index: IndexData, options: Checked, baseline: Period) {
  // Stryker disable next-line ArrayDeclaration: targets do not change the values read from the baseline
  const rolled = rollUpData(index, { period: baseline, targets: [], levels: options.levels });
  return {
    values: new Map(rolled.map((r) => [`${r.indicator}\u0000${r.place}`, r.value])),
    date: periodRange(baseline).end,
  };
}

/**
 * Rolls data values up to a period: a result per reporting place (village, or commune for
 * commune-collected indicators) and per every place above it (commune, district, province),
 * each with numerator, denominator, value, target, progress, status and completeness.
 *
 * The rules:
 * - over time, each place's quantities combine by their aggregation (months sum into quarters
 *   for flows; stocks take the last reported value; `max`; `average`); across places they sum;
 * - a ratio is Σ numerators ÷ Σ denominators, never the mean of the villages' ratios;
 * - a village counts towards a commune only in the months it belonged to it (on each month's
 *   last day); a stock counts only if the village still belonged at the end of the period;
 * - derived indicators (`villagesMeeting`) judge each village first, then count;
 * - the target is the most local one for the nearest date (see {@link selectTarget}), and
 *   progress and status come from {@link assessProgress}; the baseline is the target's own or
 *   the value rolled up for `options.baseline`.
 *
 * Indicators whose period kind is longer than the period (a yearly indicator in a month) are
 * left out; so are week periods.
 *
 * @param values - The data values (parsed with {@link parseDataValues}).
 * @param options - The catalogue, the places, the period, and optionally targets, a baseline
 *   period, the date to judge on and the levels wanted.
 * @returns The results (fresh objects), by indicator (catalogue order), then by level from the
 *   top, then in the order of `places`.
 * @throws {@link InvalidArgumentError} when the catalogue, places or targets are not valid, a
 *   value lacks text ids or finite numbers, the period or baseline is not a period of 1900–2100,
 *   `asOf` is not a real date of 1900–2100, or a level is unknown.
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS, rollUp } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [
 *   { id: 'dak-nia', level: 'commune', kind: 'commune', name: 'Đắk Nia', parents: [], counts: [] },
 *   { id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [{ parentId: 'dak-nia' }], counts: [] },
 *   { id: 'thon-2', level: 'village', kind: 'thon', name: '2', parents: [{ parentId: 'dak-nia' }], counts: [] },
 * ];
 * const values = [
 *   { indicator: 'fibreHouseholds', place: 'thon-1', period: '2026-10', numerator: 90, denominator: 100 },
 *   { indicator: 'fibreHouseholds', place: 'thon-2', period: '2026-10', numerator: 10, denominator: 100 },
 * ];
 * const results = rollUp(values, {
 *   catalogue: BUILT_IN_INDICATORS.filter((i) => i.code === 'fibreHouseholds'),
 *   places,
 *   period: { kind: 'month', year: 2026, index: 10 },
 * });
 * results.find((r) => r.place === 'dak-nia')?.value; // 50
 * ```
 * @category Indicators
 */
export function rollUp(values: readonly DataValue[], options: RollUpOptions): IndicatorResult[] {
  const checked = checkOptions(options);
  // Stryker disable next-line StringLiteral: indexDataValues always gives an index indexData knows
  return rollUpData(indexData(indexDataValues(values, options), 'index'), checked);
}

/**
 * {@link rollUp} over values indexed once with {@link indexDataValues}: the way to roll the
 * same values up to many periods.
 *
 * @param index - The indexed values (with their catalogue and places).
 * @param options - The period, and optionally targets, a baseline period, the date to judge on
 *   and the levels wanted.
 * @returns The results, as {@link rollUp} returns them.
 * @throws {@link InvalidArgumentError} when `index` was not made by {@link indexDataValues}, or
 *   the options are not valid (as for {@link rollUp}).
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS, indexDataValues, rollUpIndex } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
 * const catalogue = BUILT_IN_INDICATORS.filter((i) => i.code === 'peopleGuided');
 * const index = indexDataValues(
 *   [
 *     { indicator: 'peopleGuided', place: 'thon-1', period: '2026-10', numerator: 12 },
 *     { indicator: 'peopleGuided', place: 'thon-1', period: '2026-11', numerator: 8 },
 *   ],
 *   { catalogue, places },
 * );
 * rollUpIndex(index, { period: { kind: 'quarter', year: 2026, index: 4 } })[0]?.value; // 20
 * ```
 * @category Indicators
 */
export function rollUpIndex(index: DataValueIndex, options: RollUpIndexOptions): IndicatorResult[] {
  const data = indexData(index, 'index');
  return rollUpData(data, checkOptions(options));
}
