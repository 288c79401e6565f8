// Data values indexed once for many roll-ups: typed arrays ordered by month, behind an opaque
// handle so that the layout can change without changing the public types.
import { LEVEL_RANK } from '../../_internal/places.js';
import type { Period } from '../../calendar/period.js';
import { periodRange } from '../../calendar/period.js';
import type { Place } from '../../places/place.js';
import { InvalidArgumentError } from '../../problems/argument.js';
import { checkCatalogue, checkPlaces } from '../arguments.js';
import type { Catalogue } from '../definition.js';
import { readPeriodId } from '../period-id.js';
import type { DataValue } from '../value-schema.js';
import { monthOrdinal } from './months.js';

declare const opaque: unique symbol;

/**
 * Data values indexed once against a catalogue and places ({@link indexDataValues}), for fast
 * repeated roll-ups ({@link rollUpIndex}). Opaque: only {@link rollUpIndex} reads it, so that
 * the way values are held can change between versions.
 *
 * @category Indicators
 */
export interface DataValueIndex {
  /** How many values were indexed (values of unknown indicators or places are left out). */
  readonly size: number;
  /** Marks an index made by {@link indexDataValues}; holds nothing. */
  readonly [opaque]: true;
}

/**
 * Options of {@link indexDataValues}: the catalogue and the places values are read against.
 *
 * @category Indicators
 */
export interface IndexDataValuesOptions {
  /** The indicators. */
  readonly catalogue: Catalogue;
  /** The places: villages, communes and any higher places (e.g. `team.places`). */
  readonly places: readonly Place[];
}

/** What an index holds: plain typed arrays, one entry per value, ordered by month. */
export interface IndexData {
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

/** The data of each index handed out (a handle holds nothing itself). */
const held = /* @__PURE__ */ new WeakMap<object, IndexData>();

/**
 * The data behind an index.
 *
 * @throws {@link InvalidArgumentError} when `index` was not made by {@link indexDataValues}.
 */
export function indexData(index: unknown, argument: string): IndexData {
  const data = typeof index === 'object' && index !== null ? held.get(index) : undefined;
  if (data === undefined) {
    throw new InvalidArgumentError(
      argument,
      { vi: 'một chỉ mục do `indexDataValues` lập', en: 'an index made by `indexDataValues`' },
      index,
    );
  }
  return data;
}

function undatedLink(place: Place): boolean {
  const [link, ...rest] = place.parents;
  return (
    rest.length === 0 && (link === undefined || (link.from === undefined && link.to === undefined))
  );
}

/** Whether a value has what indexing needs: text ids and finite numbers (a cheap check). */
function isIndexable(value: unknown): value is DataValue {
  if (typeof value !== 'object' || value === null) return false;
  const { indicator, place, period, numerator, denominator } = value as Record<string, unknown>;
  return (
    typeof indicator === 'string' &&
    typeof place === 'string' &&
    typeof period === 'string' &&
    typeof numerator === 'number' &&
    Number.isFinite(numerator) &&
    (denominator === undefined || (typeof denominator === 'number' && Number.isFinite(denominator)))
  );
}

/** The values that can be indexed: their positions, indicators, places and months. */
function selectValues(
  values: readonly DataValue[],
  catalogue: Catalogue,
  places: readonly Place[],
) {
  const indicatorAt = new Map(catalogue.map((indicator, i) => [indicator.code, i]));
  const placeAt = new Map(places.map((place, i) => [place.id, i]));
  const kinds = catalogue.map((indicator) =>
    indicator.villagesMeeting ? undefined : indicator.periodKind,
  );
  const periods = new Map<string, { kind: Period['kind']; month: number } | undefined>();
  const count = values.length;
  const selected = {
    indicator: new Int32Array(count),
    place: new Int32Array(count),
    month: new Int32Array(count),
    from: new Int32Array(count),
    size: 0,
    first: Number.POSITIVE_INFINITY,
    last: Number.NEGATIVE_INFINITY,
  };
  for (let v = 0; v < count; v++) {
    const value = values[v];
    if (!isIndexable(value)) {
      throw new InvalidArgumentError(
        `values[${v}]`,
        {
          vi: 'một số liệu (chỉ số, địa bàn, kỳ là văn bản; tử số, mẫu số là số hữu hạn)',
          en: 'a data value (text ids, finite numbers)',
        },
        value,
      );
    }
    const i = indicatorAt.get(value.indicator);
    const p = placeAt.get(value.place);
    if (i === undefined || p === undefined) continue;
    let period = periods.get(value.period);
    if (period === undefined && !periods.has(value.period)) {
      period = readPeriodId(value.period)
        .map((parsed) => ({ kind: parsed.kind, month: monthOrdinal(periodRange(parsed).end) }))
        .unwrapOr(undefined);
      periods.set(value.period, period);
    }
    if (!period || period.kind !== kinds[i]) continue;
    const k = selected.size++;
    selected.indicator[k] = i;
    selected.place[k] = p;
    selected.month[k] = period.month;
    selected.from[k] = v;
    if (period.month < selected.first) selected.first = period.month;
    if (period.month > selected.last) selected.last = period.month;
  }
  return selected;
}

/** The selected values ordered by month (a counting sort), with each month's offset. */
function byMonth(values: readonly DataValue[], selected: ReturnType<typeof selectValues>) {
  const { size, first, last } = selected;
  const firstMonth = size === 0 ? 0 : first;
  const offsets = new Int32Array(size === 0 ? 2 : last - first + 2);
  for (let k = 0; k < size; k++) {
    const bucket = (selected.month[k] as number) - firstMonth + 1;
    offsets[bucket] = (offsets[bucket] as number) + 1;
  }
  for (let k = 1; k < offsets.length; k++)
    offsets[k] = (offsets[k] as number) + (offsets[k - 1] as number);
  const cursor = offsets.slice(0, -1);
  const columns = {
    indicator: new Int32Array(size),
    place: new Int32Array(size),
    month: new Int32Array(size),
    numerator: new Float64Array(size),
    denominator: new Float64Array(size),
  };
  for (let k = 0; k < size; k++) {
    const bucket = (selected.month[k] as number) - firstMonth;
    const at = cursor[bucket] as number;
    cursor[bucket] = at + 1;
    const value = values[selected.from[k] as number];
    columns.indicator[at] = selected.indicator[k] as number;
    columns.place[at] = selected.place[k] as number;
    columns.month[at] = selected.month[k] as number;
    columns.numerator[at] = value?.numerator ?? 0;
    columns.denominator[at] = value?.denominator ?? 0;
  }
  return { ...columns, firstMonth, offsets };
}

/** Per place: its ancestors when they never change (no dated parent links), else `null`. */
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

/** The segments of the reporting places whose dates and ancestors never change. */
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

/**
 * Indexes data values once, so that many roll-ups over them ({@link rollUpIndex}) scan only the
 * months they need and allocate nothing per value. Values whose indicator or place is unknown,
 * whose indicator is derived, or whose period is not of the indicator's kind are left out
 * (check values with {@link parseDataValues} first).
 *
 * @param values - The data values.
 * @param options - The catalogue and the places.
 * @returns The index, an opaque handle for {@link rollUpIndex}.
 * @throws {@link InvalidArgumentError} when the catalogue or the places are not valid, or a value
 *   lacks text ids or finite numbers.
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
  options: IndexDataValuesOptions,
): DataValueIndex {
  const given = (typeof options === 'object' && options !== null ? options : {}) as Partial<
    Record<keyof IndexDataValuesOptions, unknown>
  >;
  const catalogue = checkCatalogue(given.catalogue, 'options.catalogue');
  const places = checkPlaces(given.places, 'options.places');
  if (!Array.isArray(values)) {
    throw new InvalidArgumentError(
      'values',
      { vi: 'một danh sách số liệu', en: 'a list of data values' },
      values,
    );
  }
  const selected = selectValues(values, catalogue, places);
  const fixedChains = chains(places);
  const order = Int32Array.from(places.keys()).sort(
    (a, b) =>
      LEVEL_RANK[places[a]?.level ?? 'village'] - LEVEL_RANK[places[b]?.level ?? 'village'] ||
      a - b,
  );
  const data: IndexData = {
    catalogue,
    places,
    size: selected.size,
    ...byMonth(values, selected),
    fixedChains,
    ...fixed(places, fixedChains),
    order,
  };
  const index = Object.freeze({ size: data.size }) as unknown as DataValueIndex;
  held.set(index, data);
  return index;
}
