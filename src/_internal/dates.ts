// Calendar dates as the whole library reads them: `YYYY-MM-DD` strings of real days between the
// first and last day the library supports. Small and dependency-free, so that checking a date
// costs a few comparisons and bundles to a few hundred bytes.
import { InvalidArgumentError } from '../problems/argument.js';
import type { Label } from '../text/label.js';

/**
 * A calendar date as an ISO 8601 string `YYYY-MM-DD`, with no time and no time zone.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'to-cong-nghe-so';
 *
 * const signed: IsoDate = '2022-07-27';
 * ```
 * @category Calendar
 */
export type IsoDate = `${number}-${number}-${number}`;

/** The first day the library supports (the lunar calendar's first). */
export const FIRST_DATE = '1900-01-01' as IsoDate;
/** The last day the library supports (the lunar calendar's last). */
export const LAST_DATE = '2100-12-31' as IsoDate;
/** The first and last year the library supports. */
export const FIRST_YEAR = 1900;
/** The last year the library supports. */
export const LAST_YEAR = 2100;

const SHAPE = /^\d{4}-\d{2}-\d{2}$/u;

/** The number of days of a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a value is a `YYYY-MM-DD` string naming a real day (any year 0000–9999). */
export function isRealDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10 || !SHAPE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether a real date lies in the supported range. */
export function inSupportedRange(date: IsoDate): boolean {
  return date >= FIRST_DATE && date <= LAST_DATE;
}

/** Whether a value is a real `YYYY-MM-DD` day in the supported range. */
export function isSupportedDate(value: unknown): value is IsoDate {
  return isRealDate(value) && inSupportedRange(value);
}

/** What a date argument must be, for {@link checkDate}'s message. */
export const DATE_ARGUMENT: Label = {
  vi: `ngày có thật dạng YYYY-MM-DD từ ${FIRST_DATE} đến ${LAST_DATE}`,
  en: `a real YYYY-MM-DD day from ${FIRST_DATE} to ${LAST_DATE}`,
};

/**
 * Checks a date argument: a real `YYYY-MM-DD` day in the supported range.
 *
 * @throws {@link InvalidArgumentError} otherwise.
 */
export function checkDate(value: unknown, argument: string): IsoDate {
  if (!isSupportedDate(value)) throw new InvalidArgumentError(argument, DATE_ARGUMENT, value);
  return value;
}

/** The year, month and day of a date, as numbers. */
export function datePartsOf(date: IsoDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** A date from numeric parts, zero-padded (the parts are not checked). */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** The date of a `Date`'s UTC calendar day. */
export function fromUtcDate(value: Date): IsoDate {
  return isoDateOf(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

const DAY_MS = 86_400_000;

/** The number of days since 1970-01-01 of a supported date (negative before). */
export function epochDay(date: IsoDate): number {
  const { year, month, day } = datePartsOf(date);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The date a number of days after 1970-01-01. */
export function fromEpochDay(days: number): IsoDate {
  const value = new Date(days * DAY_MS);
  return isoDateOf(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

/** A date shifted by a number of days. */
export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Compares two dates (a sort comparator). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The day of the week of an epoch day, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfEpoch(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
