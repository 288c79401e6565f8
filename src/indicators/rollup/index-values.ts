// Indexing data values given as objects.
import { InvalidArgumentError } from '../../problems/argument.js';
import type { DataValue } from '../value-schema.js';
import {
  type DataValueIndex,
  finishIndex,
  type IndexDataValuesOptions,
  startIndex,
} from './data-index.js';

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

/**
 * Indexes data values once, so that many roll-ups over them ({@link rollUpIndex}) scan only the
 * months they need and allocate nothing per value. Values no roll-up can use are left out: those
 * whose indicator or place is unknown, whose indicator is derived, whose period is not of the
 * indicator's kind, or whose place is not of the level the indicator is collected at (check
 * values with {@link parseDataValues} first). For values that are not objects yet (a CSV file, a
 * database, a DHIS2 import), {@link createDataValueIndexer} and {@link indexDataValueColumns}
 * build the same index without an object per value.
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
  const start = startIndex(options);
  if (!Array.isArray(values)) {
    throw new InvalidArgumentError(
      'values',
      { vi: 'một danh sách số liệu', en: 'a list of data values' },
      values,
    );
  }
  const { layout } = start;
  const { indicatorAt, placeAt, indicators, counts } = layout;
  const count = values.length;
  const buckets = new Int32Array(count);
  const cells = new Int32Array(count);
  for (let v = 0; v < count; v++) {
    const value: unknown = values[v];
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
    const bucket =
      i === undefined || p === undefined
        ? -1
        : layout.bucket(i, p, layout.periodCode(value.period));
    buckets[v] = bucket;
    if (bucket < 0 || i === undefined || p === undefined) continue;
    cells[v] = p * indicators + i;
    counts[bucket] = (counts[bucket] as number) + 1;
  }
  const plan = layout.plan();
  for (let v = 0; v < count; v++) {
    const bucket = buckets[v] as number;
    if (bucket < 0) continue;
    const value = values[v] as DataValue;
    plan.put(bucket, cells[v] as number, value.numerator, value.denominator ?? 0);
  }
  return finishIndex(start, plan);
}
