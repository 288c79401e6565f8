import { datePartsOf, isoDateOf } from '../_internal/dates.js';
import type { IsoDate } from '../calendar/date.js';
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
  /** Per place: its segment when it is a reporting place (village or commune) whose dates and ancestors never change, else −1. */
  readonly fixedSegment: Int32Array;
  /** Per fixed segment: its place. */
  readonly fixedUnits: Int32Array;
  /** Per fixed segment: its group (the position of its ancestors in `groupChains`). */
  readonly fixedGroups: Int32Array;
  /** The distinct ancestor chains of the fixed segments. */
  readonly groupChains: readonly Int32Array[];
  /** The positions of the places ordered by level from the top, then as given. */
  readonly order: Int32Array;
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
const LAST = 1;
const MAX = 2;
const AVERAGE = 3;
/** The `missing` list of complete results, shared (results are read-only). */
const NONE_MISSING: readonly string[] = Object.freeze([]);
const MONTHS: Record<Indicator['periodKind'], number> = { month: 1, quarter: 3, half: 6, year: 12 };
const KIND_SPANS = [1, 3, 6, 12];
const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, district: 1, commune: 2, village: 3 };

function monthOrdinal(date: IsoDate): number {
  const { year, month } = datePartsOf(date);
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
 * import { type Place, BUILT_IN_INDICATORS, indexDataValues } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
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
  const kinds = catalogue.map((indicator) =>
    indicator.villagesMeeting ? undefined : indicator.periodKind,
  );
  const periods = new Map<string, { kind: Period['kind']; month: number } | undefined>();
  const count = values.length;
  const ind = new Int32Array(count);
  const plc = new Int32Array(count);
  const mon = new Int32Array(count);
  const kept = new Int32Array(count);
  let size = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < count; v++) {
    const value = values[v];
    if (!value) continue;
    const i = indicatorAt.get(value.indicator);
    const p = placeAt.get(value.place);
    if (i === undefined || p === undefined) continue;
    let period = periods.get(value.period);
    if (period === undefined && !periods.has(value.period)) {
      period = parsePeriod(value.period)
        .map((parsed) => ({ kind: parsed.kind, month: monthOrdinal(periodRange(parsed).end) }))
        .unwrapOr(undefined);
      periods.set(value.period, period);
    }
    if (!period || period.kind !== kinds[i]) continue;
    const m = period.month;
    ind[size] = i;
    plc[size] = p;
    mon[size] = m;
    kept[size] = v;
    size++;
    if (m < first) first = m;
    if (m > last) last = m;
  }
  const firstMonth = size === 0 ? 0 : first;
  const offsets = new Int32Array(size === 0 ? 2 : last - first + 2);
  for (let k = 0; k < size; k++) {
    const bucket = (mon[k] as number) - firstMonth + 1;
    offsets[bucket] = (offsets[bucket] as number) + 1;
  }
  for (let k = 1; k < offsets.length; k++)
    offsets[k] = (offsets[k] as number) + (offsets[k - 1] as number);
  const cursor = offsets.slice(0, -1);
  const index = {
    indicator: new Int32Array(size),
    place: new Int32Array(size),
    month: new Int32Array(size),
    numerator: new Float64Array(size),
    denominator: new Float64Array(size),
  };
  for (let k = 0; k < size; k++) {
    const bucket = (mon[k] as number) - firstMonth;
    const at = cursor[bucket] as number;
    cursor[bucket] = at + 1;
    const value = values[kept[k] as number];
    index.indicator[at] = ind[k] as number;
    index.place[at] = plc[k] as number;
    index.month[at] = mon[k] as number;
    index.numerator[at] = value?.numerator ?? 0;
    index.denominator[at] = value?.denominator ?? 0;
  }
  const fixedChains = chains(places);
  const order = Int32Array.from(places.keys()).sort(
    (a, b) =>
      LEVEL_RANK[places[a]?.level ?? 'village'] - LEVEL_RANK[places[b]?.level ?? 'village'] ||
      a - b,
  );
  return {
    catalogue,
    places,
    size,
    ...index,
    firstMonth,
    offsets,
    fixedChains,
    ...fixed(places, fixedChains),
    order,
  };
}

function fixed(places: readonly Place[], fixedChains: readonly (Int32Array | null)[]) {
  const fixedSegment = new Int32Array(places.length).fill(-1);
  const units: number[] = [];
  const groups: number[] = [];
  const groupChains: Int32Array[] = [];
  const groupOf = new Map<string, number>();
  places.forEach((place, p) => {
    const chain = fixedChains[p];
    const reporting = place.level === 'village' || place.level === 'commune';
    if (!reporting || !chain || place.from !== undefined || place.to !== undefined) return;
    const key = chain.join(',');
    let group = groupOf.get(key);
    if (group === undefined) {
      group = groupChains.length;
      groupOf.set(key, group);
      groupChains.push(chain);
    }
    fixedSegment[p] = units.length;
    units.push(p);
    groups.push(group);
  });
  return {
    fixedSegment,
    fixedUnits: Int32Array.from(units),
    fixedGroups: Int32Array.from(groups),
    groupChains,
  };
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

/**
 * The stretches of months in which each reporting place (village or commune) had the same
 * ancestors ("segments"). Places whose dates and ancestors never change have one segment each,
 * numbered first as in the index; the others get theirs per period, appended. Segments with the
 * same ancestors form a group.
 */
interface Segments {
  readonly count: number;
  /** Per segment: its place. */
  readonly unit: Int32Array;
  /** Per segment: its group. */
  readonly group: Int32Array;
  /** Per group: its ancestors, nearest first. */
  readonly groupChains: readonly Int32Array[];
  /** Per segment: 1 when it includes the last month of the period. */
  readonly atEnd: Uint8Array;
  /** Per kind span (1, 3, 6, 12 months), then segment: base periods expected. */
  readonly expected: Int32Array;
  /** Per place and month of the period: the segment of a place not fixed, or −1. */
  readonly of: Int32Array;
  /** Per place: its first segment (valid when `segCount` > 0). */
  readonly first: Int32Array;
  /** Per place: how many segments it has. */
  readonly segCount: Int32Array;
}

function segments(index: DataValueIndex, from: number, months: number): Segments {
  const { places, fixedSegment, fixedUnits, fixedGroups } = index;
  const fixedCount = fixedUnits.length;
  const of = new Int32Array(places.length * months).fill(-1);
  const first = new Int32Array(places.length);
  const segCount = new Int32Array(places.length);
  for (let seg = 0; seg < fixedCount; seg++) {
    const p = fixedUnits[seg] as number;
    first[p] = seg;
    segCount[p] = 1;
  }
  const unit: number[] = [];
  const group: number[] = [];
  const atEnd: number[] = [];
  const expected: number[][] = KIND_SPANS.map(() => []);
  const groupChains = [...index.groupChains];
  const groupOf = new Map<string, number>();
  let placeAt: Map<string, number> | undefined;
  const ends = Array.from({ length: months }, (_, m) => endOfMonth(from + m));
  places.forEach((place, p) => {
    if (
      (place.level !== 'village' && place.level !== 'commune') ||
      (fixedSegment[p] as number) >= 0
    )
      return;
    placeAt ??= new Map(places.map((other, i) => [other.id, i]));
    if (groupOf.size === 0) {
      index.groupChains.forEach((chain, g) => {
        groupOf.set(chain.join(','), g);
      });
    }
    let previous: Int32Array | undefined;
    let seg = -1;
    for (let m = 0; m < months; m++) {
      const end = ends[m] ?? isoDateOf(1, 1, 1);
      const start = `${end.slice(0, 8)}01` as IsoDate;
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
        seg = fixedCount + unit.length;
        if (segCount[p] === 0) first[p] = seg;
        segCount[p] = (segCount[p] as number) + 1;
        const key = current.join(',');
        let g = groupOf.get(key);
        if (g === undefined) {
          g = groupChains.length;
          groupOf.set(key, g);
          groupChains.push(current);
        }
        unit.push(p);
        group.push(g);
        atEnd.push(0);
        for (const list of expected) list.push(0);
        previous = current;
      }
      of[p * months + m] = seg;
      if (m === months - 1) atEnd[seg - fixedCount] = 1;
      KIND_SPANS.forEach((span, k) => {
        const list = expected[k];
        if (list && (m + 1) % span === 0)
          list[seg - fixedCount] = (list[seg - fixedCount] as number) + 1;
      });
    }
  });
  const count = fixedCount + unit.length;
  const allExpected = new Int32Array(KIND_SPANS.length * count);
  KIND_SPANS.forEach((span, k) => {
    allExpected.fill(Math.floor(months / span), k * count, k * count + fixedCount);
    allExpected.set(expected[k] ?? [], k * count + fixedCount);
  });
  const allAtEnd = new Uint8Array(count).fill(1, 0, fixedCount);
  allAtEnd.set(atEnd, fixedCount);
  const allUnits = new Int32Array(count);
  allUnits.set(fixedUnits);
  allUnits.set(unit, fixedCount);
  const allGroups = new Int32Array(count);
  allGroups.set(fixedGroups);
  allGroups.set(group, fixedCount);
  return {
    count,
    unit: allUnits,
    group: allGroups,
    groupChains,
    atEnd: allAtEnd,
    expected: allExpected,
    of,
    first,
    segCount,
  };
}

/** Per segment and indicator: the quantities combined over time, and reports counted. */
interface Sums {
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly reports: Int32Array;
}

function accumulate(index: DataValueIndex, from: number, months: number, segs: Segments): Sums {
  const indicators = index.catalogue.length;
  const cells = segs.count * indicators;
  const sums: Sums = {
    numerator: new Float64Array(cells),
    denominator: new Float64Array(cells),
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
  const { fixedSegment } = index;
  const { numerator: num, denominator: den, reports } = sums;
  const end = offsets[hi] as number;
  for (let v = offsets[lo] as number; v < end; v++) {
    const i = indicator[v] as number;
    if ((span[i] as number) > months) continue;
    const m = (month[v] as number) - from;
    const p = place[v] as number;
    const fixedSeg = fixedSegment[p] as number;
    const seg = fixedSeg >= 0 ? fixedSeg : (of[p * months + m] as number);
    if (seg < 0) continue;
    const k = seg * indicators + i;
    const reported = (reports[k] as number) + 1;
    reports[k] = reported;
    num[k] = combine(numAgg[i] as number, num[k] as number, numerator[v] as number, reported);
    den[k] = combine(denAgg[i] as number, den[k] as number, denominator[v] as number, reported);
  }
  return sums;
}

/**
 * Combines a value into what is held for a cell. Values arrive in time order (the index orders
 * them by month, and a place's segments follow each other), so `last` keeps the latest.
 */
function combine(aggregation: number, held: number, value: number, n: number) {
  switch (aggregation) {
    case LAST:
      return value;
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

/**
 * Per result row and indicator (`row × indicators + indicator`): sums and completeness counts.
 * Rows are the places results are computed for (`rowOf`, −1 for the others).
 */
interface Totals {
  readonly rowOf: Int32Array;
  readonly present: Uint8Array;
  readonly data: Uint8Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly expected: Int32Array;
  readonly reported: Int32Array;
  readonly expectedReports: Int32Array;
  readonly actualReports: Int32Array;
  readonly missing: Map<number, string[]>;
}

function totals(size: number, rowOf: Int32Array): Totals {
  return {
    rowOf,
    present: new Uint8Array(size),
    data: new Uint8Array(size),
    numerator: new Float64Array(size),
    denominator: new Float64Array(size),
    expected: new Int32Array(size),
    reported: new Int32Array(size),
    expectedReports: new Int32Array(size),
    actualReports: new Int32Array(size),
    missing: new Map(),
  };
}

/** Records a reporting place that did not report in full, at cell `q`. */
function missing(t: Totals, q: number, id: string): void {
  const list = t.missing.get(q);
  if (list) list.push(id);
  else t.missing.set(q, [id]);
}

/** Counts one expected reporting place (complete or not) at cell `q`. */
function countPlace(t: Totals, q: number, complete: boolean, id: string): void {
  t.present[q] = 1;
  t.expected[q] = (t.expected[q] as number) + 1;
  if (complete) t.reported[q] = (t.reported[q] as number) + 1;
  else missing(t, q, id);
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
  let placeAt: Map<string, number> | undefined;
  const chainIds = (p: number): string[] => {
    placeAt ??= new Map(index.places.map((place, i) => [place.id, i]));
    return [
      index.places[p]?.id ?? '',
      ...Array.from(chainOn(index, placeAt, p, range.end), (a) => index.places[a]?.id ?? ''),
    ];
  };
  const basedOn = (level: Indicator['collectedAt']) =>
    index.catalogue.some(
      (derived) =>
        derived.villagesMeeting &&
        index.catalogue.find((base) => base.code === derived.villagesMeeting?.indicator)
          ?.collectedAt === level,
    );
  const t = measure(index, segs, sums, months, [
    levels.has('village') || basedOn('village'),
    levels.has('commune') || basedOn('commune'),
  ]);
  index.catalogue.forEach((indicator, i) => {
    if (indicator.villagesMeeting) villagesMeeting(index, segs, t, i, targets, chainIds, range.end);
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
  const order = index.order.filter((p) => levels.has(index.places[p]?.level ?? 'village'));
  const results: IndicatorResult[] = [];
  const indicators = index.catalogue.length;
  index.catalogue.forEach((indicator, i) => {
    for (const p of order) {
      const place = index.places[p];
      const row = t.rowOf[p] as number;
      const q = row * indicators + i;
      if (!place || row < 0 || t.present[q] !== 1) continue;
      const data = t.data[q] === 1;
      const numerator = t.numerator[q] as number;
      const denominator = t.denominator[q] as number;
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
          expected: t.expected[q] as number,
          reported: t.reported[q] as number,
          missing: t.missing.get(q) ?? NONE_MISSING,
          expectedReports: t.expectedReports[q] as number,
          actualReports: t.actualReports[q] as number,
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

/** What {@link measure} needs to know of each indicator, as typed arrays. */
interface Plan {
  readonly numAgg: Int32Array;
  readonly denAgg: Int32Array;
  /** Per indicator: the offset of its period kind in `Segments.expected`. */
  readonly kindOffset: Int32Array;
  /** The measured indicators that nest in the period, per level code (0 village, 1 commune). */
  readonly byLevel: readonly [Int32Array, Int32Array];
}

function plan(catalogue: Catalogue, months: number, segs: Segments): Plan {
  const measuredAt = (level: Indicator['collectedAt']) =>
    Int32Array.from(
      catalogue.flatMap((indicator, i) =>
        !indicator.villagesMeeting &&
        indicator.collectedAt === level &&
        MONTHS[indicator.periodKind] <= months
          ? [i]
          : [],
      ),
    );
  return {
    numAgg: Int32Array.from(catalogue, (i) => AGGREGATION[i.numerator?.aggregation ?? 'sum']),
    denAgg: Int32Array.from(catalogue, (i) => AGGREGATION[i.denominator?.aggregation ?? 'sum']),
    kindOffset: Int32Array.from(
      catalogue,
      (i) => KIND_SPANS.indexOf(MONTHS[i.periodKind]) * segs.count,
    ),
    byLevel: [measuredAt('village'), measuredAt('commune')],
  };
}

/**
 * Finishes the measured indicators: each reporting place's own result (its segments combined
 * over time), then the sums and completeness of every place above it — gathered per group of
 * segments with the same ancestors first, so each ancestor is visited once per group.
 */
function measure(
  index: DataValueIndex,
  segs: Segments,
  sums: Sums,
  months: number,
  ownRows: readonly [boolean, boolean],
): Totals {
  const { places, catalogue } = index;
  const indicators = catalogue.length;
  const rowOf = new Int32Array(places.length).fill(-1);
  let rows = 0;
  for (const chain of segs.groupChains) {
    for (const a of chain) if (rowOf[a] === -1) rowOf[a] = rows++;
  }
  places.forEach((place, p) => {
    const level = place.level === 'village' ? 0 : 1;
    if ((segs.segCount[p] as number) > 0 && ownRows[level] && rowOf[p] === -1) rowOf[p] = rows++;
  });
  const t = totals(rows * indicators, rowOf);
  const g = totals(segs.groupChains.length * indicators, new Int32Array(0));
  const { numAgg, denAgg, kindOffset, byLevel } = plan(catalogue, months, segs);
  const { atEnd, first, segCount, group, expected: expectedOf } = segs;
  const { reports: reportsOf, numerator: rawNum, denominator: rawDen } = sums;
  for (let p = 0; p < places.length; p++) {
    const place = places[p];
    const count = segCount[p] as number;
    if (!place || count === 0) continue;
    const level = place.level === 'village' ? 0 : 1;
    const active = byLevel[level];
    if (count > 1) {
      for (const i of active) multiSegment(index, segs, sums, t, p, i);
      continue;
    }
    const own = ownRows[level];
    const seg = first[p] as number;
    const end = atEnd[seg] === 1;
    const base = (group[seg] as number) * indicators;
    for (let j = 0; j < active.length; j++) {
      const i = active[j] as number;
      const k = seg * indicators + i;
      const reports = reportsOf[k] as number;
      const expected = expectedOf[(kindOffset[i] as number) + seg] as number;
      const nAgg = numAgg[i] as number;
      const dAgg = denAgg[i] as number;
      const num = reports === 0 ? 0 : finished(nAgg, rawNum[k] as number, reports);
      const den = reports === 0 ? 0 : finished(dAgg, rawDen[k] as number, reports);
      const complete = reports >= expected;
      if (own) {
        const q = (rowOf[p] as number) * indicators + i;
        t.present[q] = 1;
        t.expected[q] = 1;
        if (complete) t.reported[q] = 1;
        else missing(t, q, place.id);
        t.data[q] = reports > 0 ? 1 : 0;
        t.numerator[q] = num;
        t.denominator[q] = den;
        t.expectedReports[q] = expected;
        t.actualReports[q] = reports;
      }
      const a = base + i;
      g.present[a] = 1;
      g.expected[a] = (g.expected[a] as number) + 1;
      if (complete) g.reported[a] = (g.reported[a] as number) + 1;
      else missing(g, a, place.id);
      g.expectedReports[a] = (g.expectedReports[a] as number) + expected;
      g.actualReports[a] = (g.actualReports[a] as number) + reports;
      if (reports > 0 && (nAgg !== LAST || end)) {
        g.numerator[a] = (g.numerator[a] as number) + num;
        g.data[a] = 1;
      }
      if (reports > 0 && (dAgg !== LAST || end))
        g.denominator[a] = (g.denominator[a] as number) + den;
    }
  }
  segs.groupChains.forEach((chain, grp) => {
    for (let i = 0; i < indicators; i++) {
      const from = grp * indicators + i;
      if (g.present[from] !== 1) continue;
      const lost = g.missing.get(from) ?? [];
      for (const ancestor of chain) {
        const q = (rowOf[ancestor] as number) * indicators + i;
        t.present[q] = 1;
        t.expected[q] = (t.expected[q] as number) + (g.expected[from] as number);
        t.reported[q] = (t.reported[q] as number) + (g.reported[from] as number);
        for (const id of lost) missing(t, q, id);
        t.expectedReports[q] =
          (t.expectedReports[q] as number) + (g.expectedReports[from] as number);
        t.actualReports[q] = (t.actualReports[q] as number) + (g.actualReports[from] as number);
        t.numerator[q] = (t.numerator[q] as number) + (g.numerator[from] as number);
        t.denominator[q] = (t.denominator[q] as number) + (g.denominator[from] as number);
        if (g.data[from] === 1) t.data[q] = 1;
      }
    }
  });
  return t;
}

/** What one moving place gives one ancestor over the segments under it. */
interface Share {
  /** Whether every segment under the ancestor reported in full. */
  complete: boolean;
  /** The numerator and denominator combined over those segments, as {@link combine} holds them. */
  num: number;
  den: number;
  /** Reports in those segments. */
  reports: number;
  /** Whether the combined quantities count (for `last`: the segment with the last report ends the period). */
  addNum: boolean;
  addDen: boolean;
}

/**
 * {@link measure} for a place whose ancestors changed within the period. Each ancestor receives
 * the place's quantities combined over the months it belonged to it, once: an ancestor above
 * both the old and the new parent gets the whole period's average or maximum, not one per
 * segment.
 */
function multiSegment(
  index: DataValueIndex,
  segs: Segments,
  sums: Sums,
  t: Totals,
  p: number,
  i: number,
): void {
  const indicator = index.catalogue[i];
  const place = index.places[p];
  if (!indicator || !place) return;
  const indicators = index.catalogue.length;
  const numAgg = AGGREGATION[indicator.numerator?.aggregation ?? 'sum'];
  const denAgg = AGGREGATION[indicator.denominator?.aggregation ?? 'sum'];
  const kind = KIND_SPANS.indexOf(MONTHS[indicator.periodKind]) * segs.count;
  const { atEnd } = segs;
  const firstSeg = segs.first[p] as number;
  const lastSeg = firstSeg + (segs.segCount[p] as number);
  const whole = new Map<number, Share>();
  let num = 0;
  let den = 0;
  let data = false;
  let expectedReports = 0;
  let actualReports = 0;
  for (let seg = firstSeg; seg < lastSeg; seg++) {
    const k = seg * indicators + i;
    const reports = sums.reports[k] as number;
    const expected = segs.expected[kind + seg] as number;
    const segNum = sums.numerator[k] as number;
    const segDen = sums.denominator[k] as number;
    expectedReports += expected;
    actualReports += reports;
    for (const ancestor of segs.groupChains[segs.group[seg] as number] ?? []) {
      const a = (t.rowOf[ancestor] as number) * indicators + i;
      let share = whole.get(a);
      if (share === undefined) {
        share = { complete: true, num: 0, den: 0, reports: 0, addNum: false, addDen: false };
        whole.set(a, share);
      }
      share.complete &&= reports >= expected;
      t.expectedReports[a] = (t.expectedReports[a] as number) + expected;
      t.actualReports[a] = (t.actualReports[a] as number) + reports;
      if (reports === 0) continue;
      const n = share.reports === 0 ? 1 : 2;
      share.num = combine(numAgg, share.num, segNum, n);
      share.den = combine(denAgg, share.den, segDen, n);
      share.reports += reports;
      share.addNum = numAgg !== LAST || atEnd[seg] === 1;
      share.addDen = denAgg !== LAST || atEnd[seg] === 1;
    }
    if (reports === 0) continue;
    const n = data ? 2 : 1;
    num = combine(numAgg, num, segNum, n);
    den = combine(denAgg, den, segDen, n);
    data = true;
  }
  for (const [a, share] of whole) {
    countPlace(t, a, share.complete, place.id);
    if (share.addNum) {
      t.numerator[a] = (t.numerator[a] as number) + finished(numAgg, share.num, share.reports);
      t.data[a] = 1;
    }
    if (share.addDen)
      t.denominator[a] = (t.denominator[a] as number) + finished(denAgg, share.den, share.reports);
  }
  const row = t.rowOf[p] as number;
  if (row < 0) return;
  const q = row * indicators + i;
  countPlace(t, q, actualReports >= expectedReports, place.id);
  t.data[q] = data ? 1 : 0;
  t.numerator[q] = finished(numAgg, num, actualReports);
  t.denominator[q] = finished(denAgg, den, actualReports);
  t.expectedReports[q] = expectedReports;
  t.actualReports[q] = actualReports;
}

function villagesMeeting(
  index: DataValueIndex,
  segs: Segments,
  t: Totals,
  i: number,
  targets: readonly Target[],
  chainIds: (p: number) => string[],
  periodEnd: IsoDate,
): void {
  const indicators = index.catalogue.length;
  const rule = index.catalogue[i]?.villagesMeeting;
  const b = index.catalogue.findIndex((other) => other.code === rule?.indicator);
  const base = index.catalogue[b];
  if (!rule || !base) return;
  index.places.forEach((place, p) => {
    const row = t.rowOf[p] as number;
    if (place.level !== base.collectedAt || row < 0 || t.present[row * indicators + b] !== 1)
      return;
    const firstSeg = segs.first[p] as number;
    const seg = firstSeg + (segs.segCount[p] as number) - 1;
    if (segs.atEnd[seg] !== 1) return;
    const at = row * indicators + b;
    const value = resultValue(
      base,
      t.data[at] === 1,
      t.numerator[at] as number,
      t.denominator[at] as number,
    );
    const threshold = rule.threshold ?? selectTarget(targets, base.code, chainIds(p), periodEnd);
    const met =
      value !== null && threshold !== undefined && meetsThreshold(value, threshold) ? 1 : 0;
    const reported = value === null ? 0 : 1;
    for (const a of [p, ...(segs.groupChains[segs.group[seg] as number] ?? [])]) {
      const q = (t.rowOf[a] as number) * indicators + i;
      countPlace(t, q, reported === 1, place.id);
      t.numerator[q] = (t.numerator[q] as number) + met;
      t.denominator[q] = (t.denominator[q] as number) + 1;
      t.data[q] = a === p ? reported : 1;
      t.expectedReports[q] = (t.expectedReports[q] as number) + 1;
      t.actualReports[q] = (t.actualReports[q] as number) + reported;
    }
  });
}
