import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import {
  checkDate,
  DATE_ARGUMENT,
  datePartsOf,
  FIRST_DATE,
  fromUtcDate,
  type IsoDate,
  inSupportedRange,
  isoDateOf,
  isRealDate,
  isSupportedDate,
  LAST_DATE,
} from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { dateOutOfRange, invalidDate, invalidTimestamp } from '../problems/catalogue/calendar.js';
import { addProblem } from '../problems/input.js';
import { type Problem, raise } from '../problems/problem.js';
import { excerpt } from '../problems/words.js';
import type { DateRange } from './period.js';

export type { IsoDate };

/**
 * The dates the whole library supports: 1 January 1900 to 31 December 2100, the span of its
 * lunar calendar. Every date schema, parser, period and deadline function agrees on it, and a
 * date outside it is a `date_out_of_range` problem (or an `invalid_argument` error for a typed
 * argument), never a wrong answer.
 *
 * @example
 * ```ts
 * import { SUPPORTED_DATES } from 'to-cong-nghe-so';
 *
 * SUPPORTED_DATES; // { start: '1900-01-01', end: '2100-12-31' }
 * ```
 * @category Calendar
 */
export const SUPPORTED_DATES: DateRange = Object.freeze({ start: FIRST_DATE, end: LAST_DATE });

/**
 * The problems of a date that is not one: `invalid_date` (not `YYYY-MM-DD`, or not a real day)
 * or `date_out_of_range` (outside {@link SUPPORTED_DATES}).
 *
 * @category Calendar
 */
export type DateProblem = Problem<'invalid_date' | 'date_out_of_range'>;

function dateProblem(value: unknown): DateProblem | undefined {
  if (!isRealDate(value)) return raise(invalidDate, [], { input: excerpt(value) });
  if (!inSupportedRange(value)) {
    return raise(dateOutOfRange, [], { input: excerpt(value), start: FIRST_DATE, end: LAST_DATE });
  }
  return undefined;
}

/**
 * Schema of an {@link IsoDate}: `YYYY-MM-DD`, a real day (`2023-02-29` and `2026-04-31` are
 * rejected) within {@link SUPPORTED_DATES}. Its problems are `invalid_date` and
 * `date_out_of_range`.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'to-cong-nghe-so';
 *
 * IsoDateSchema.safeParse('2022-07-27').success; // true
 * IsoDateSchema.safeParse('27/7/2022').success; // false
 * IsoDateSchema.safeParse('0000-01-01').success; // false
 * ```
 * @category Calendar
 */
export const IsoDateSchema: z.ZodType<IsoDate, string> = /* @__PURE__ */ lazySchema(
  () =>
    z.string().superRefine((value, ctx) => {
      if (!isRealDate(value)) addProblem(ctx, invalidDate, { input: excerpt(value) });
      else if (!inSupportedRange(value)) {
        addProblem(ctx, dateOutOfRange, {
          input: excerpt(value),
          start: FIRST_DATE,
          end: LAST_DATE,
        });
      }
    }) as unknown as z.ZodType<IsoDate, string>,
);

/**
 * Checks that a value is an {@link IsoDate}: a `YYYY-MM-DD` string naming a real day within
 * {@link SUPPORTED_DATES}.
 *
 * @param value - Any value.
 * @returns Whether it is such a date.
 * @example
 * ```ts
 * import { isIsoDate } from 'to-cong-nghe-so';
 *
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * isIsoDate('9999-12-31'); // false
 * ```
 * @category Calendar
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return isSupportedDate(value);
}

/**
 * Parses a `YYYY-MM-DD` string into an {@link IsoDate}. Never throws, whatever the value.
 *
 * @param value - The text to parse (any value is accepted and checked).
 * @returns `ok(date)`, or `invalid_date` (not a real `YYYY-MM-DD` day) or `date_out_of_range`
 *   (outside {@link SUPPORTED_DATES}); the message quotes at most 60 characters of the input.
 * @example
 * ```ts
 * import { parseIsoDate } from 'to-cong-nghe-so';
 *
 * parseIsoDate('2022-07-27'); // ok('2022-07-27')
 * parseIsoDate('2022-7-27')._unsafeUnwrapErr().code; // 'invalid_date'
 * parseIsoDate('2101-01-01')._unsafeUnwrapErr().code; // 'date_out_of_range'
 * ```
 * @category Calendar
 */
export function parseIsoDate(value: unknown): Result<IsoDate, DateProblem> {
  const problem = dateProblem(value);
  return problem === undefined ? ok(value as IsoDate) : err(problem);
}

/**
 * Compares two ISO dates. Use it as a sort comparator.
 *
 * @param a - The first date.
 * @param b - The second date.
 * @returns A negative number when `a` is earlier, 0 when equal, a positive number when later.
 * @throws {@link InvalidArgumentError} when `a` or `b` is not an {@link IsoDate}.
 * @example
 * ```ts
 * import { compareIsoDates } from 'to-cong-nghe-so';
 *
 * compareIsoDates('2022-07-27', '2025-07-01') < 0; // true
 * ```
 * @category Calendar
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  checkDate(a, 'a');
  checkDate(b, 'b');
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
 * @throws {@link InvalidArgumentError} when `date` is not an {@link IsoDate}.
 * @example
 * ```ts
 * import { dateParts } from 'to-cong-nghe-so';
 *
 * dateParts('2022-07-27'); // { year: 2022, month: 7, day: 27 }
 * ```
 * @category Calendar
 */
export function dateParts(date: IsoDate): DateParts {
  return datePartsOf(checkDate(date, 'date'));
}

/**
 * Builds an ISO date from numeric parts, zero-padding them.
 *
 * @param year - The year (4 digits).
 * @param month - The month, 1–12.
 * @param day - The day of the month, 1–31.
 * @returns The `YYYY-MM-DD` string.
 * @throws {@link InvalidArgumentError} when the parts do not name a real day within
 *   {@link SUPPORTED_DATES} (`isoDate(2026, 2, 30)`).
 * @example
 * ```ts
 * import { isoDate } from 'to-cong-nghe-so';
 *
 * isoDate(2026, 2, 17); // '2026-02-17'
 * ```
 * @category Calendar
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const date =
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
      ? isoDateOf(year, month, day)
      : undefined;
  if (!isSupportedDate(date)) {
    throw new InvalidArgumentError('year, month, day', DATE_ARGUMENT, [year, month, day]);
  }
  return date;
}

/**
 * The problems of {@link vietnamDateOf}: `invalid_timestamp`, or `date_out_of_range` when the day
 * in Vietnam falls outside {@link SUPPORTED_DATES}.
 *
 * @category Calendar
 */
export type TimestampProblem = Problem<'invalid_timestamp' | 'date_out_of_range'>;

let timestampSchema: z.ZodType<string> | undefined;

/** The schema of an ISO 8601 timestamp with an offset, built on first use. */
function timestampSchemaOf(): z.ZodType<string> {
  timestampSchema ??= z.iso.datetime({ offset: true });
  return timestampSchema;
}

// Stryker disable next-line Regex: only text the timestamp schema accepted is matched, so the anchors change no match
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}).*(?:Z|([+-])(\d{2}):(\d{2}))$/u;

/** Vietnam's offset from UTC in minutes: UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** The longest timestamp text read: ISO 8601 with nanoseconds and an offset is 35 characters. */
const MAX_TIMESTAMP_LENGTH = 40;

/**
 * The calendar day in Vietnam (UTC+7, Asia/Ho_Chi_Minh) of an ISO 8601 timestamp, whatever
 * offset it is written with. A report sent at `2025-02-17T18:30:00Z` was sent at 01:30 on
 * 18/2 in Vietnam, so its day is `2025-02-18`. The host's time zone never changes the result.
 * Never throws, whatever the value.
 *
 * @param timestamp - An ISO 8601 date-time with `Z` or an offset `±HH:MM`, e.g.
 *   `2025-02-14T08:30:00+07:00`.
 * @returns `ok(date)`; `invalid_timestamp` when the value is not such a timestamp (a timestamp
 *   without an offset names no instant and is rejected); `date_out_of_range` when the day in
 *   Vietnam is outside {@link SUPPORTED_DATES}.
 * @example
 * ```ts
 * import { vietnamDateOf } from 'to-cong-nghe-so';
 *
 * vietnamDateOf('2025-02-14T08:30:00+07:00'); // ok('2025-02-14')
 * vietnamDateOf('2025-02-17T18:30:00Z'); // ok('2025-02-18')
 * vietnamDateOf('2025-02-17T18:30:00')._unsafeUnwrapErr().code; // 'invalid_timestamp'
 * vietnamDateOf('2100-12-31T23:00:00Z')._unsafeUnwrapErr().code; // 'date_out_of_range'
 * ```
 * @category Calendar
 */
export function vietnamDateOf(timestamp: unknown): Result<IsoDate, TimestampProblem> {
  const text =
    // Stryker disable next-line StringLiteral: the fallback '' only has to fail the schema below, as any other non-timestamp text would
    typeof timestamp === 'string' && timestamp.length <= MAX_TIMESTAMP_LENGTH ? timestamp : '';
  const match = timestampSchemaOf().safeParse(text).success ? TIMESTAMP.exec(text) : null;
  if (!match) return err(raise(invalidTimestamp, [], { input: excerpt(timestamp) }));
  const [, year, month, day, hour, minute, sign, offsetHours, offsetMinutes] = match;
  const offset =
    (sign === '-' ? -1 : 1) * (Number(offsetHours ?? 0) * 60 + Number(offsetMinutes ?? 0));
  const instant = new Date(0);
  instant.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  instant.setUTCHours(Number(hour), Number(minute) - offset + VIETNAM_OFFSET_MINUTES);
  const date = fromUtcDate(instant);
  if (!isSupportedDate(date)) {
    return err(
      raise(dateOutOfRange, [], { input: excerpt(timestamp), start: FIRST_DATE, end: LAST_DATE }),
    );
  }
  return ok(date);
}
