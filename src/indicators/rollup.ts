import { dateParts, type IsoDate, isoDate } from '../calendar/date.js';
import { formatPeriod, type Period, parsePeriod, periodRange } from '../calendar/period.js';
import type { Place, PlaceLevel } from '../places/place.js';
import { parentIdOf } from '../places/query.js';
import {
  type Catalogue,
  type Indicator,
  meetsThreshold,
  type TimeAggregation,
  UNIT_SCALE,
} from './definition.js';
import { assessProgress, type ProgressStatus, selectTarget, type Target } from './target.js';
import type { DataValue } from './value.js';

/**
 * Data values indexed once against a catalogue and places, for fast repeated roll-ups
 * ({@link rollUpIndex}): plain typed arrays, one entry per value, ordered by the month their
 * period ends in. Treat the arrays as opaque.
 *
 * @category Indicators
 */
export interface DataValueIndex {
  /** The catalogue the values were indexed against. */
  readonly catalogue: Catalogue;
  /** The places the values were indexed against. */
  readonly places: readonly Place[];
  /** How many values were indexed (values of unknown indicators or places are left out). */
  readonly size: number;
  /** Per value: the position of its indicator in `catalogue`. */
  readonly indicator: Int32Array;
  /** Per value: the position of its place in `places`. */
  readonly place: Int32Array;
  /** Per value: the month its period ends in, as `year × 12 + month − 1`. */
  readonly month: Int32Array;
  /** Per value: the numerator. */
  readonly numerator: Float64Array;
  /** Per value: the denominator (0 for absolute units). */
  readonly denominator: Float64Array;
  /** The first month held, as in `month`. */
  readonly firstMonth: number;
  /** The values of month `firstMonth + k` are at positions `offsets[k]` to `offsets[k + 1] − 1`. */
  readonly offsets: Int32Array;
  /** Per place: its ancestors' positions when they never change (no dated parent links), else `null`. */
  readonly fixedChains: readonly (Int32Array | null)[];
}

/**
 * The catalogue and the places values are read against.
 *
 * @category Indicators
 */
export interface RollUpContext {
  /** The indicators. */
  readonly catalogue: Catalogue;
  /** The places: villages, communes and any higher places (e.g. `team.places`). */
  readonly places: readonly Place[];
}

/**
 * What to roll up and how to judge it.
 *
 * @category Indicators
 */
export interface RollUpOptions {
  /** The period to roll up to: a month, quarter, half or year. */
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
 * How complete the data behind a result is: the reporting places expected (villages, or
 * communes for commune-collected indicators), how many reported every period they were
 * expected to, which did not, and the same counted in single reports (village × month).
 *
 * @category Indicators
 */
export interface Completeness {
  /** Reporting places expected. */
  readonly expected: number;
  /** Reporting places that reported for every period they belonged. */
  readonly reported: number;
  /** The ids of the expected places that did not report in full. */
  readonly missing: readonly string[];
  /** Reports expected (one per reporting place and base period). */
  readonly expectedReports: number;
  /** Reports received. */
  readonly actualReports: number;
}

/**
 * One indicator rolled up for one place and period.
 *
 * @category Indicators
 */
export interface IndicatorResult {
  /** The indicator's code. */
  readonly indicator: string;
  /** The place's id. */
  readonly place: string;
  /** The place's level. */
  readonly level: PlaceLevel;
  /** The period id. */
  readonly period: string;
  /** Σ numerators of the reporting places, each first combined over time; `null` without data. */
  readonly numerator: number | null;
  /** Σ denominators likewise; `null` for absolute units or without data. */
  readonly denominator: number | null;
  /** numerator ÷ denominator × the unit's scale, or the numerator for absolute units. */
  readonly value: number | null;
  /** The applicable target, or `null`. */
  readonly target: Target | null;
  /** Progress from baseline to target, 0–100 (%); `null` without a target or value. */
  readonly progress: number | null;
  /** The status against the target; `null` without a target. */
  readonly status: ProgressStatus | null;
  /** How complete the data is. */
  readonly completeness: Completeness;
}

const AGGREGATION: Record<TimeAggregation, number> = { sum: 0, last: 1, max: 2, average: 3 };
const SUM = 0;
const LAST = 1;
const MAX = 2;
const AVERAGE = 3;
const MONTHS: Record<Indicator['periodKind'], number> = { month: 1, quarter: 3, half: 6, year: 12 };
const KIND_SPANS = [1, 3, 6, 12];
const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, district: 1, commune: 2, village: 3 };

function monthOrdinal(date: IsoDate): number {
  const { year, month } = dateParts(date);
  return year * 12 + month - 1;
}

function endOfMonth(ordinal: number): IsoDate {
  const year = Math.floor(ordinal / 12);
  return periodRange({ kind: 'month', year, index: ordinal - year * 12 + 1 }).end;
}

function undatedLink(place: Place): boolean {
  const [link, ...rest] = place.parents;
  return (
    rest.length === 0 && (link === undefined || (link.from === undefined && link.to === undefined))
  );
}

/**
 * Indexes data values once, so that many roll-ups over them ({@link rollUpIndex}) scan only the
 * months they need and allocate nothing per value. Values whose indicator or place is unknown,
 * whose indicator is derived, or whose period is not of the indicator's kind are left out
 * (check values with {@link parseDataValues} first).
 *
 * @param values - The data values.
 * @param context - The catalogue and the places.
 * @returns The index.
 * @example
 * ```ts
 * import { BUILT_IN_INDICATORS, indexDataValues } from 'to-cong-nghe-so';
 *
 * const places = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }] as const;
 * indexDataValues(
 *   [{ indicator: 'peopleGuided', place: 'thon-1', period: '2026-10', numerator: 12 }],
 *   { catalogue: BUILT_IN_INDICATORS, places },
 * ).size; // 1
 * ```
 * @category Indicators
 */
export function indexDataValues(
  values: readonly DataValue[],
  context: RollUpContext,
): DataValueIndex {
  const { catalogue, places } = context;
  const indicatorAt = new Map(catalogue.map((indicator, i) => [indicator.code, i]));
  const placeAt = new Map(places.map((place, i) => [place.id, i]));
  const periods = new Map<string, Period | undefined>();
  const count = values.length;
  const ind = new Int32Array(count);
  const plc = new Int32Array(count);
  const mon = new Int32Array(count);
  let size = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const kept = new Int32Array(count);
  values.forEach((value, v) => {
    const i = indicatorAt.get(value.indicator);
    const p = placeAt.get(value.place);
    if (i === undefined || p === undefined) return;
    let period = periods.get(value.period);
    if (!periods.has(value.period)) {
      period = parsePeriod(value.period).unwrapOr(undefined);
      periods.set(value.period, period);
    }
    const indicator = catalogue[i];
    if (!period || !indicator || indicator.villagesMeeting || period.kind !== indicator.periodKind)
      return;
    const m = monthOrdinal(periodRange(period).end);
    ind[size] = i;
    plc[size] = p;
    mon[size] = m;
    kept[size] = v;
    size++;
    if (m < first) first = m;
    if (m > last) last = m;
  });
  const firstMonth = size === 0 ? 0 : first;
  const offsets = new Int32Array(size === 0 ? 2 : last - first + 2);
  for (let k = 0; k < size; k++) {
    const bucket = (mon[k] ?? 0) - firstMonth + 1;
    offsets[bucket] = (offsets[bucket] ?? 0) + 1;
  }
  for (let k = 1; k < offsets.length; k++) offsets[k] = (offsets[k] ?? 0) + (offsets[k - 1] ?? 0);
  const cursor = offsets.slice(0, -1);
  const index = {
    indicator: new Int32Array(size),
    place: new Int32Array(size),
    month: new Int32Array(size),
    numerator: new Float64Array(size),
    denominator: new Float64Array(size),
  };
  for (let k = 0; k < size; k++) {
    const bucket = (mon[k] ?? 0) - firstMonth;
    const at = cursor[bucket] ?? 0;
    cursor[bucket] = at + 1;
    const value = values[kept[k] ?? 0];
    index.indicator[at] = ind[k] ?? 0;
    index.place[at] = plc[k] ?? 0;
    index.month[at] = mon[k] ?? 0;
    index.numerator[at] = value?.numerator ?? 0;
    index.denominator[at] = value?.denominator ?? 0;
  }
  return { catalogue, places, size, ...index, firstMonth, offsets, fixedChains: chains(places) };
}

function chains(places: readonly Place[]): (Int32Array | null)[] {
  const placeAt = new Map(places.map((place, i) => [place.id, i]));
  const memo: (Int32Array | null | undefined)[] = places.map(() => undefined);
  const visit = (p: number, depth: number): Int32Array | null => {
    const known = memo[p];
    if (known !== undefined) return known;
    const place = places[p];
    let result: Int32Array | null = null;
    if (place && undatedLink(place) && depth < places.length) {
      const parentId = place.parents[0]?.parentId;
      const parent = parentId === undefined ? undefined : placeAt.get(parentId);
      if (parentId === undefined) result = new Int32Array(0);
      else if (parent !== undefined) {
        const above = visit(parent, depth + 1);
        if (above) result = Int32Array.of(parent, ...above);
      }
    }
    memo[p] = result;
    return result;
  };
  return places.map((_, p) => visit(p, 0));
}

function chainOn(index: DataValueIndex, placeAt: Map<string, number>, p: number, date: IsoDate) {
  const fixed = index.fixedChains[p];
  if (fixed) return fixed;
  const result: number[] = [];
  const seen = new Set([p]);
  let current = index.places[p];
  while (current) {
    const parentId = parentIdOf(current, date);
    const parent = parentId === undefined ? undefined : placeAt.get(parentId);
    if (parent === undefined || seen.has(parent)) break;
    seen.add(parent);
    result.push(parent);
    current = index.places[parent];
  }
  return Int32Array.from(result);
}

function sameChain(a: Int32Array, b: Int32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

/** A stretch of months in which a reporting place had the same ancestors. */
interface Segments {
  readonly count: number;
  readonly unit: number[];
  readonly chain: Int32Array[];
  readonly atEnd: boolean[];
  /** Per kind span (1, 3, 6, 12 months) and segment: base periods expected. */
  readonly expected: number[][];
  /** Per place and month of the period: the segment, or −1. */
  readonly of: Int32Array;
  /** Per place: its segments. */
  readonly ofUnit: number[][];
}

function segments(index: DataValueIndex, from: number, months: number): Segments {
  const placeAt = new Map(index.places.map((place, i) => [place.id, i]));
  const of = new Int32Array(index.places.length * months).fill(-1);
  const unit: number[] = [];
  const chain: Int32Array[] = [];
  const atEnd: boolean[] = [];
  const expected: number[][] = KIND_SPANS.map(() => []);
  const ofUnit: number[][] = index.places.map(() => []);
  const ends = Array.from({ length: months }, (_, m) => endOfMonth(from + m));
  const starts = ends.map((end) => `${end.slice(0, 8)}01` as IsoDate);
  index.places.forEach((place, p) => {
    if (place.level !== 'village' && place.level !== 'commune') return;
    let previous: Int32Array | undefined;
    let seg = -1;
    for (let m = 0; m < months; m++) {
      const end = ends[m] ?? ends[0] ?? isoDate(1, 1, 1);
      const start = starts[m] ?? end;
      if (
        (place.from !== undefined && place.from > end) ||
        (place.to !== undefined && place.to < start)
      ) {
        previous = undefined;
        continue;
      }
      const on = place.to !== undefined && place.to < end ? place.to : end;
      const current = chainOn(index, placeAt, p, on);
      if (previous === undefined || !sameChain(previous, current)) {
        seg = unit.length;
        unit.push(p);
        chain.push(current);
        atEnd.push(false);
        for (const list of expected) list.push(0);
        ofUnit[p]?.push(seg);
        previous = current;
      }
      of[p * months + m] = seg;
      if (m === months - 1) atEnd[seg] = true;
      KIND_SPANS.forEach((span, k) => {
        const list = expected[k];
        if (list && (m + 1) % span === 0) list[seg] = (list[seg] ?? 0) + 1;
      });
    }
  });
  return { count: unit.length, unit, chain, atEnd, expected, of, ofUnit };
}

/** Per segment and indicator: the quantities combined over time, and reports counted. */
interface Sums {
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly last: Int32Array;
  readonly reports: Int32Array;
}

function accumulate(index: DataValueIndex, from: number, months: number, segs: Segments): Sums {
  const indicators = index.catalogue.length;
  const cells = segs.count * indicators;
  const sums: Sums = {
    numerator: new Float64Array(cells),
    denominator: new Float64Array(cells),
    last: new Int32Array(cells).fill(-1),
    reports: new Int32Array(cells),
  };
  const numAgg = Int32Array.from(
    index.catalogue,
    (i) => AGGREGATION[i.numerator?.aggregation ?? 'sum'],
  );
  const denAgg = Int32Array.from(
    index.catalogue,
    (i) => AGGREGATION[i.denominator?.aggregation ?? 'sum'],
  );
  const span = Int32Array.from(index.catalogue, (i) => MONTHS[i.periodKind]);
  const lo = Math.max(0, Math.min(index.offsets.length - 1, from - index.firstMonth));
  const hi = Math.max(0, Math.min(index.offsets.length - 1, from + months - index.firstMonth));
  const { indicator, place, month, numerator, denominator, offsets } = index;
  const { of } = segs;
  const { numerator: num, denominator: den, last, reports } = sums;
  const end = offsets[hi] ?? 0;
  for (let v = offsets[lo] ?? 0; v < end; v++) {
    const i = indicator[v] ?? 0;
    if ((span[i] ?? 1) > months) continue;
    const m = (month[v] ?? 0) - from;
    const seg = of[(place[v] ?? 0) * months + m] ?? -1;
    if (seg < 0) continue;
    const k = seg * indicators + i;
    const reported = (reports[k] ?? 0) + 1;
    reports[k] = reported;
    const newer = m > (last[k] ?? -1);
    if (newer) last[k] = m;
    num[k] = combine(numAgg[i] ?? SUM, num[k] ?? 0, numerator[v] ?? 0, newer, reported);
    den[k] = combine(denAgg[i] ?? SUM, den[k] ?? 0, denominator[v] ?? 0, newer, reported);
  }
  return sums;
}

function combine(aggregation: number, held: number, value: number, newer: boolean, n: number) {
  switch (aggregation) {
    case LAST:
      return newer ? value : held;
    case MAX:
      return n === 1 || value > held ? value : held;
    default:
      return held + value;
  }
}

/** A quantity of one segment, finished: averages divided by their report count. */
function finished(aggregation: number, raw: number, reports: number): number {
  return aggregation === AVERAGE ? raw / reports : raw;
}

/** Per place, for one indicator: the rolled-up sums and completeness counts. */
interface Tallies {
  readonly present: Uint8Array;
  readonly data: Uint8Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly expected: Int32Array;
  readonly reported: Int32Array;
  readonly expectedReports: Int32Array;
  readonly actualReports: Int32Array;
  readonly missing: (string[] | undefined)[];
}

function tallies(size: number): Tallies {
  return {
    present: new Uint8Array(size),
    data: new Uint8Array(size),
    numerator: new Float64Array(size),
    denominator: new Float64Array(size),
    expected: new Int32Array(size),
    reported: new Int32Array(size),
    expectedReports: new Int32Array(size),
    actualReports: new Int32Array(size),
    missing: [],
  };
}

function countPlace(t: Tallies, p: number, complete: boolean, id: string): void {
  t.present[p] = 1;
  t.expected[p] = (t.expected[p] ?? 0) + 1;
  if (complete) t.reported[p] = (t.reported[p] ?? 0) + 1;
  else {
    const list = t.missing[p] ?? [];
    list.push(id);
    t.missing[p] = list;
  }
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
 * @returns The results, by indicator (catalogue order), then by level from the top, then in
 *   the order of `places`.
 * @example
 * ```ts
 * import { BUILT_IN_INDICATORS, rollUp } from 'to-cong-nghe-so';
 *
 * const places = [
 *   { id: 'dak-nia', level: 'commune', kind: 'commune', name: 'Đắk Nia', parents: [], counts: [] },
 *   { id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [{ parentId: 'dak-nia' }], counts: [] },
 *   { id: 'thon-2', level: 'village', kind: 'thon', name: '2', parents: [{ parentId: 'dak-nia' }], counts: [] },
 * ] as const;
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
export function rollUp(
  values: readonly DataValue[],
  options: RollUpContext & RollUpOptions,
): IndicatorResult[] {
  return rollUpIndex(indexDataValues(values, options), options);
}

/**
 * {@link rollUp} over values indexed once with {@link indexDataValues}: the way to roll the
 * same values up to many periods.
 *
 * @param index - The indexed values (with their catalogue and places).
 * @param options - The period, and optionally targets, a baseline period, the date to judge on
 *   and the levels wanted.
 * @returns The results, as {@link rollUp} returns them.
 * @example
 * ```ts
 * import { BUILT_IN_INDICATORS, indexDataValues, rollUpIndex } from 'to-cong-nghe-so';
 *
 * const places = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }] as const;
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
export function rollUpIndex(index: DataValueIndex, options: RollUpOptions): IndicatorResult[] {
  const { period } = options;
  if (period.kind === 'week') return [];
  const range = periodRange(period);
  const from = monthOrdinal(range.start);
  const months = monthOrdinal(range.end) - from + 1;
  const segs = segments(index, from, months);
  const sums = accumulate(index, from, months, segs);
  const targets = options.targets ?? [];
  const levels = new Set<PlaceLevel>(
    options.levels ?? ['province', 'district', 'commune', 'village'],
  );
  const placeAt = new Map(index.places.map((place, i) => [place.id, i]));
  const chainIds = (p: number): string[] => [
    index.places[p]?.id ?? '',
    ...Array.from(chainOn(index, placeAt, p, range.end), (a) => index.places[a]?.id ?? ''),
  ];
  const all: (Tallies | undefined)[] = index.catalogue.map((indicator, i) =>
    indicator.villagesMeeting || MONTHS[indicator.periodKind] > months
      ? undefined
      : measured(index, segs, sums, i),
  );
  index.catalogue.forEach((indicator, i) => {
    const b = index.catalogue.findIndex((o) => o.code === indicator.villagesMeeting?.indicator);
    const base = all[b];
    if (indicator.villagesMeeting && base) {
      all[i] = villagesMeeting(index, segs, indicator, b, base, targets, chainIds, range.end);
    }
  });
  const baselines = options.baseline
    ? new Map(
        rollUpIndex(index, { period: options.baseline, levels: [...levels] }).map((r) => [
          `${r.indicator}\u0000${r.place}`,
          r.value,
        ]),
      )
    : undefined;
  const baselineDate = options.baseline ? periodRange(options.baseline).end : undefined;
  const asOf = options.asOf ?? range.end;
  const periodId = formatPeriod(period);
  const order = index.places
    .map((place, p) => ({ p, rank: LEVEL_RANK[place.level] }))
    .filter(({ p }) => levels.has(index.places[p]?.level ?? 'village'))
    .sort((a, b) => a.rank - b.rank || a.p - b.p)
    .map(({ p }) => p);
  const results: IndicatorResult[] = [];
  index.catalogue.forEach((indicator, i) => {
    const t = all[i];
    if (!t) return;
    for (const p of order) {
      const place = index.places[p];
      if (!place || t.present[p] !== 1) continue;
      const data = t.data[p] === 1;
      const numerator = t.numerator[p] ?? 0;
      const denominator = t.denominator[p] ?? 0;
      const value = resultValue(indicator, data, numerator, denominator);
      const target =
        targets.length > 0
          ? selectTarget(targets, indicator.code, chainIds(p), range.end)
          : undefined;
      const start = baselines?.get(`${indicator.code}\u0000${place.id}`);
      const baseline =
        target?.baseline ??
        (start !== undefined && start !== null && baselineDate !== undefined
          ? { date: baselineDate, value: start }
          : undefined);
      const assessed = target ? assessProgress({ target, value, baseline, asOf }) : undefined;
      results.push({
        indicator: indicator.code,
        place: place.id,
        level: place.level,
        period: periodId,
        numerator: data ? numerator : null,
        denominator: data && UNIT_SCALE[indicator.unit] !== undefined ? denominator : null,
        value,
        target: target ?? null,
        progress: assessed?.progress ?? null,
        status: assessed?.status ?? null,
        completeness: {
          expected: t.expected[p] ?? 0,
          reported: t.reported[p] ?? 0,
          missing: t.missing[p] ?? [],
          expectedReports: t.expectedReports[p] ?? 0,
          actualReports: t.actualReports[p] ?? 0,
        },
      });
    }
  });
  return results;
}

function resultValue(indicator: Indicator, data: boolean, numerator: number, denominator: number) {
  const scale = UNIT_SCALE[indicator.unit];
  if (!data) return null;
  if (scale === undefined) return numerator;
  return denominator === 0 ? null : (numerator / denominator) * scale;
}

function measured(index: DataValueIndex, segs: Segments, sums: Sums, i: number): Tallies {
  const indicator = index.catalogue[i];
  const t = tallies(index.places.length);
  if (!indicator) return t;
  const indicators = index.catalogue.length;
  const numAgg = AGGREGATION[indicator.numerator?.aggregation ?? 'sum'];
  const denAgg = AGGREGATION[indicator.denominator?.aggregation ?? 'sum'];
  const expectedOf = segs.expected[KIND_SPANS.indexOf(MONTHS[indicator.periodKind])] ?? [];
  const whole = new Uint8Array(index.places.length);
  index.places.forEach((place, p) => {
    const own = segs.ofUnit[p];
    if (place.level !== indicator.collectedAt || !own || own.length === 0) return;
    let lastMonth = -1;
    let num = 0;
    let den = 0;
    let data = false;
    let expectedReports = 0;
    let actualReports = 0;
    for (const seg of own) for (const a of segs.chain[seg] ?? []) whole[a] = 1;
    for (const seg of own) {
      const k = seg * indicators + i;
      const reports = sums.reports[k] ?? 0;
      const expected = expectedOf[seg] ?? 0;
      expectedReports += expected;
      actualReports += reports;
      const chain = segs.chain[seg] ?? new Int32Array(0);
      for (const a of chain) {
        t.expectedReports[a] = (t.expectedReports[a] ?? 0) + expected;
        t.actualReports[a] = (t.actualReports[a] ?? 0) + reports;
        if (reports < expected) whole[a] = 0;
      }
      if (reports === 0) continue;
      const segNum = sums.numerator[k] ?? 0;
      const segDen = sums.denominator[k] ?? 0;
      const last = sums.last[k] ?? -1;
      const newer = last > lastMonth;
      if (newer) lastMonth = last;
      num = combine(numAgg, num, segNum, newer, data ? 2 : 1);
      den = combine(denAgg, den, segDen, newer, data ? 2 : 1);
      data = true;
      const atEnd = segs.atEnd[seg] ?? false;
      const addNum = numAgg !== LAST || atEnd;
      const addDen = denAgg !== LAST || atEnd;
      for (const a of chain) {
        if (addNum) {
          t.numerator[a] = (t.numerator[a] ?? 0) + finished(numAgg, segNum, reports);
          t.data[a] = 1;
        }
        if (addDen) t.denominator[a] = (t.denominator[a] ?? 0) + finished(denAgg, segDen, reports);
      }
    }
    const complete = actualReports >= expectedReports;
    for (const seg of own) {
      for (const a of segs.chain[seg] ?? []) {
        if (whole[a] === 2) continue;
        countPlace(t, a, whole[a] === 1, place.id);
        whole[a] = 2;
      }
    }
    countPlace(t, p, complete, place.id);
    t.data[p] = data ? 1 : 0;
    t.numerator[p] = finished(numAgg, num, actualReports);
    t.denominator[p] = finished(denAgg, den, actualReports);
    t.expectedReports[p] = expectedReports;
    t.actualReports[p] = actualReports;
  });
  return t;
}

function villagesMeeting(
  index: DataValueIndex,
  segs: Segments,
  rule: Indicator,
  b: number,
  base: Tallies,
  targets: readonly Target[],
  chainIds: (p: number) => string[],
  periodEnd: IsoDate,
): Tallies {
  const t = tallies(index.places.length);
  const baseIndicator = index.catalogue[b];
  if (!baseIndicator) return t;
  index.places.forEach((place, p) => {
    if (place.level !== baseIndicator.collectedAt) return;
    const seg = (segs.ofUnit[p] ?? []).find((s) => segs.atEnd[s]);
    if (seg === undefined) return;
    const data = base.data[p] === 1;
    const value = resultValue(
      baseIndicator,
      data,
      base.numerator[p] ?? 0,
      base.denominator[p] ?? 0,
    );
    const threshold =
      rule.villagesMeeting?.threshold ??
      selectTarget(targets, baseIndicator.code, chainIds(p), periodEnd);
    const met =
      value !== null && threshold !== undefined && meetsThreshold(value, threshold) ? 1 : 0;
    const reported = value === null ? 0 : 1;
    for (const a of [p, ...(segs.chain[seg] ?? [])]) {
      countPlace(t, a, reported === 1, place.id);
      t.numerator[a] = (t.numerator[a] ?? 0) + met;
      t.denominator[a] = (t.denominator[a] ?? 0) + 1;
      t.data[a] = a === p ? reported : 1;
      t.expectedReports[a] = (t.expectedReports[a] ?? 0) + 1;
      t.actualReports[a] = (t.actualReports[a] ?? 0) + reported;
    }
  });
  return t;
}
