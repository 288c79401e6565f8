// Records in force from one date to another (seats, holdings, supervision rows, parent links …):
// the date-range helpers every module shares.
import { addDaysTo, type IsoDate } from './dates.js';

/** A record in force from `from` to `to` (both included; open when absent). */
export interface Dated {
  /** The first day (included); open when absent. */
  readonly from?: IsoDate | undefined;
  /** The last day (included); open when absent. */
  readonly to?: IsoDate | undefined;
}

/** Whether a date lies in an open-ended range. */
export function within(asOf: IsoDate, from?: IsoDate, to?: IsoDate): boolean {
  return (from === undefined || from <= asOf) && (to === undefined || asOf <= to);
}

/** Whether a dated record is in force on a date. */
export function isActive(record: Dated, asOf: IsoDate): boolean {
  return within(asOf, record.from, record.to);
}

/** Whether two open-ended date ranges share at least one day. */
export function overlaps(a: Dated, b: Dated): boolean {
  return (
    (a.to === undefined || b.from === undefined || b.from <= a.to) &&
    (b.to === undefined || a.from === undefined || a.from <= b.to)
  );
}

/** Whether a record ends before it starts. */
export function endsBeforeStart(record: Dated): boolean {
  return record.from !== undefined && record.to !== undefined && record.from > record.to;
}

/** The day before a date: the last day of what a decision taking effect on `date` ends. */
export function eveOf(date: IsoDate): IsoDate {
  return addDaysTo(date, -1);
}

/**
 * The positions of the rows that overlap an earlier-starting row with the same key (two holders
 * of one seat at once, two parents of one place at once …), in ascending order. Rows starting on
 * the same day count in their order. Sorts once: O(n log n).
 */
export function overlappingRows<T extends Dated>(
  rows: readonly T[],
  keyOf: (row: T) => string,
): number[] {
  const keys = rows.map(keyOf);
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a] as string;
    const kb = keys[b] as string;
    if (ka !== kb) return ka < kb ? -1 : 1;
    const fa = rows[a]?.from ?? '';
    const fb = rows[b]?.from ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    return a - b;
  });
  const found: number[] = [];
  let key: string | undefined;
  /** The latest end so far in the key's group; `null` when one is open-ended. */
  let latestEnd: IsoDate | null | undefined;
  for (const i of order) {
    const row = rows[i] as T;
    if (keys[i] !== key) {
      key = keys[i];
      latestEnd = row.to ?? null;
      continue;
    }
    if (latestEnd === null || row.from === undefined || (latestEnd as IsoDate) >= row.from) {
      found.push(i);
    }
    if (latestEnd !== null) latestEnd = row.to === undefined ? null : maxDate(latestEnd, row.to);
  }
  return found.sort((a, b) => a - b);
}

function maxDate(a: IsoDate | undefined, b: IsoDate): IsoDate {
  return a === undefined || a < b ? b : a;
}
