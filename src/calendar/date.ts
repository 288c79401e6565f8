import { UTCDate } from '@date-fns/utc';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import type { Problem } from '../errors/problem.js';

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

/**
 * Schema of an {@link IsoDate}: `YYYY-MM-DD`, a real day of the proleptic Gregorian calendar
 * (`2023-02-29` and `2026-04-31` are rejected).
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'to-cong-nghe-so';
 *
 * IsoDateSchema.safeParse('2022-07-27').success; // true
 * IsoDateSchema.safeParse('27/7/2022').success; // false
 * ```
 * @category Calendar
 */
export const IsoDateSchema = z.iso.date() as unknown as z.ZodType<IsoDate, string>;

/**
 * The error of {@link parseIsoDate}.
 *
 * @category Calendar
 */
export type InvalidDateError = Problem<'invalid_date'>;

/**
 * Checks that a string is an {@link IsoDate}.
 *
 * @param value - Any value.
 * @returns Whether `value` is a `YYYY-MM-DD` string naming a real day.
 * @example
 * ```ts
 * import { isIsoDate } from 'to-cong-nghe-so';
 *
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * ```
 * @category Calendar
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return IsoDateSchema.safeParse(value).success;
}

/**
 * Parses a `YYYY-MM-DD` string into an {@link IsoDate}.
 *
 * @param value - The text to parse.
 * @returns `ok(date)` or an `invalid_date` error.
 * @example
 * ```ts
 * import { parseIsoDate } from 'to-cong-nghe-so';
 *
 * parseIsoDate('2022-07-27'); // ok('2022-07-27')
 * parseIsoDate('2022-7-27').isErr(); // true
 * ```
 * @category Calendar
 */
export function parseIsoDate(value: string): Result<IsoDate, InvalidDateError> {
  if (isIsoDate(value)) return ok(value);
  return err({
    code: 'invalid_date',
    path: [],
    message: {
      vi: `"${value}" không phải ngày hợp lệ dạng YYYY-MM-DD.`,
      en: `"${value}" is not a valid YYYY-MM-DD date.`,
    },
  });
}

/**
 * Compares two ISO dates. Use it as a sort comparator.
 *
 * @param a - The first date.
 * @param b - The second date.
 * @returns A negative number when `a` is earlier, 0 when equal, a positive number when later.
 * @example
 * ```ts
 * import { compareIsoDates } from 'to-cong-nghe-so';
 *
 * compareIsoDates('2022-07-27', '2025-07-01') < 0; // true
 * ```
 * @category Calendar
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The numeric parts of an {@link IsoDate}.
 *
 * @category Calendar
 */
export interface DateParts {
  /** The year. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly day: number;
}

/**
 * The year, month (1–12) and day (1–31) of an ISO date.
 *
 * @param date - An ISO date.
 * @returns Its parts as numbers.
 * @example
 * ```ts
 * import { dateParts } from 'to-cong-nghe-so';
 *
 * dateParts('2022-07-27'); // { year: 2022, month: 7, day: 27 }
 * ```
 * @category Calendar
 */
export function dateParts(date: IsoDate): DateParts {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split('-').map(Number);
  return { year, month, day };
}

/**
 * Builds an ISO date from numeric parts, zero-padding them.
 *
 * The parts are not checked; pass a real day (use {@link isIsoDate} on untrusted parts).
 *
 * @param year - The year (4 digits).
 * @param month - The month, 1–12.
 * @param day - The day of the month, 1–31.
 * @returns The `YYYY-MM-DD` string.
 * @example
 * ```ts
 * import { isoDate } from 'to-cong-nghe-so';
 *
 * isoDate(2026, 2, 17); // '2026-02-17'
 * ```
 * @category Calendar
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/**
 * @internal The UTC midnight of an ISO date, for date-fns arithmetic. Built with
 * `setUTCFullYear`, so years 1–99 stay themselves (the `Date` constructor maps them to 1900–1999).
 */
export function toUtcDate(date: IsoDate): UTCDate {
  const { year, month, day } = dateParts(date);
  const utc = new UTCDate(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc;
}

/** @internal The ISO date of a `Date`'s UTC calendar day. */
export function fromUtcDate(value: Date): IsoDate {
  return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}
