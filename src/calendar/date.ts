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
 * The error of {@link vietnamDateOf}.
 *
 * @category Calendar
 */
export type InvalidTimestampError = Problem<'invalid_timestamp'>;

const TimestampSchema = z.iso.datetime({ offset: true });

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}).*(?:Z|([+-])(\d{2}):(\d{2}))$/u;

/** Vietnam's offset from UTC in minutes: UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * The calendar day in Vietnam (UTC+7, Asia/Ho_Chi_Minh) of an ISO 8601 timestamp, whatever
 * offset it is written with. A report sent at `2025-02-17T18:30:00Z` was sent at 01:30 on
 * 18/2 in Vietnam, so its day is `2025-02-18`. The host's time zone never changes the result.
 *
 * @param timestamp - An ISO 8601 date-time with `Z` or an offset `±HH:MM`, e.g.
 *   `2025-02-14T08:30:00+07:00`.
 * @returns `ok(date)`, or `invalid_timestamp` when the text is not such a timestamp (a
 *   timestamp without an offset names no instant and is rejected).
 * @example
 * ```ts
 * import { vietnamDateOf } from 'to-cong-nghe-so';
 *
 * vietnamDateOf('2025-02-14T08:30:00+07:00'); // ok('2025-02-14')
 * vietnamDateOf('2025-02-17T18:30:00Z'); // ok('2025-02-18')
 * vietnamDateOf('2025-02-17T18:30:00').isErr(); // true
 * ```
 * @category Calendar
 */
export function vietnamDateOf(timestamp: string): Result<IsoDate, InvalidTimestampError> {
  const match = TimestampSchema.safeParse(timestamp).success ? TIMESTAMP.exec(timestamp) : null;
  if (!match) {
    return err({
      code: 'invalid_timestamp',
      path: [],
      message: {
        vi: `"${timestamp}" không phải thời điểm ISO 8601 có múi giờ (ví dụ 2025-02-14T08:30:00+07:00).`,
        en: `"${timestamp}" is not an ISO 8601 timestamp with an offset (e.g. 2025-02-14T08:30:00+07:00).`,
      },
    });
  }
  const [, year, month, day, hour, minute, sign, offsetHours, offsetMinutes] = match;
  const offset =
    (sign === '-' ? -1 : 1) * (Number(offsetHours ?? 0) * 60 + Number(offsetMinutes ?? 0));
  const instant = new UTCDate(0);
  instant.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  instant.setUTCHours(Number(hour), Number(minute) - offset + VIETNAM_OFFSET_MINUTES);
  return ok(fromUtcDate(instant));
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
