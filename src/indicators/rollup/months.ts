// Months as the roll-up counts them, and the codes of the time aggregations in its typed arrays.
import { datePartsOf } from '../../_internal/dates.js';
import type { IsoDate } from '../../calendar/date.js';
import { periodRange } from '../../calendar/period.js';
import type { Indicator, TimeAggregation } from '../definition.js';

/** The code of each time aggregation in the typed arrays. */
export const AGGREGATION: Readonly<Record<TimeAggregation, number>> = {
  sum: 0,
  last: 1,
  max: 2,
  average: 3,
};
/** The code of `last`. */
export const LAST = 1;
/** The code of `max`. */
export const MAX = 2;
/** The code of `average`. */
export const AVERAGE = 3;
/** The months in a period of each kind an indicator may be reported for. */
export const MONTHS: Readonly<Record<Indicator['periodKind'], number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};
/** The spans of those kinds, in months, shortest first. */
export const KIND_SPANS: readonly number[] = [1, 3, 6, 12];

/** The month of a date, counted as `year × 12 + month − 1`. */
export function monthOrdinal(date: IsoDate): number {
  const { year, month } = datePartsOf(date);
  return year * 12 + month - 1;
}

/** The last day of a month counted as in {@link monthOrdinal}. */
export function endOfMonth(ordinal: number): IsoDate {
  const year = Math.floor(ordinal / 12);
  return periodRange({ kind: 'month', year, index: ordinal - year * 12 + 1 }).end;
}
