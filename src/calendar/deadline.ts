import * as z from 'zod';
import {
  checkDate,
  daysInMonth,
  epochDay,
  FIRST_DATE,
  fromEpochDay,
  type IsoDate,
  isoDateOf,
  LAST_DATE,
  LAST_YEAR,
} from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { InvalidArgumentError } from '../problems/argument.js';
import type { Label } from '../text/label.js';
import { calendarArgument, VIETNAM_CALENDAR } from './default-calendar.js';
import { addWorking, type CompiledCalendar, isWorkingEpoch } from './holiday-engine.js';
import type { WorkingCalendar } from './holiday-schema.js';

/** The largest amount of a time limit: the supported dates span one day more. */
export const MAX_AMOUNT = epochDay(LAST_DATE) - epochDay(FIRST_DATE);

const UNITS = ['day', 'week', 'month', 'year', 'workingDay'] as const;

/**
 * Schema of a time limit (thời hạn): an amount of days, weeks, months, years or working days.
 * The amount is a whole number from 0 to 73,413 (the supported dates, 1900–2100, span 73,414
 * days).
 *
 * @example
 * ```ts
 * import { DurationSchema } from 'to-cong-nghe-so';
 *
 * DurationSchema.parse({ amount: 15, unit: 'workingDay' }); // { amount: 15, unit: 'workingDay' }
 * DurationSchema.safeParse({ amount: 1e9, unit: 'workingDay' }).success; // false
 * ```
 * @category Calendar
 */
export const DurationSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** How many units, 0 to 73,413. */
      amount: z.number().int().min(0).max(MAX_AMOUNT),
      /** The unit: calendar `day`, `week`, `month`, `year`, or `workingDay`. */
      unit: z.enum(UNITS),
    })
    .strict(),
);

/**
 * A time limit.
 *
 * @category Calendar
 */
export type Duration = z.infer<typeof DurationSchema>;

/** The epoch day `months` months after a date, on the same-numbered day or the month's last. */
function addMonthsTo(date: IsoDate, months: number): number | undefined {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  // Stryker disable next-line ConditionalExpression: a year past 2100 gives a day past 2100, which onWorkingDay refuses
  if (year > LAST_YEAR) return undefined;
  const month = (total % 12) + 1;
  return epochDay(
    isoDateOf(year, month, Math.min(Number(date.slice(8)), daysInMonth(year, month))),
  );
}

/** The first working day on or after an epoch day; `undefined` past 2100. */
export function onWorkingDay(
  compiled: CompiledCalendar,
  day: number | undefined,
): number | undefined {
  if (day === undefined || day > epochDay(LAST_DATE)) return undefined;
  return isWorkingEpoch(compiled, day) ? day : addWorking(compiled, day, 1);
}

/** The last day of a time limit (checked values), or `undefined` when it falls past 2100. */
export function limitEnd(
  compiled: CompiledCalendar,
  start: IsoDate,
  amount: number,
  unit: Duration['unit'],
): number | undefined {
  const day = epochDay(start);
  switch (unit) {
    case 'workingDay':
      return addWorking(compiled, day, amount);
    case 'day':
      return onWorkingDay(compiled, day + amount);
    case 'week':
      return onWorkingDay(compiled, day + 7 * amount);
    case 'month':
      return onWorkingDay(compiled, addMonthsTo(start, amount));
    case 'year':
      return onWorkingDay(compiled, addMonthsTo(start, 12 * amount));
  }
}

const DURATION_ARGUMENT: Label = {
  vi: `một thời hạn \`{ amount, unit }\`: \`amount\` là số nguyên từ 0 đến ${MAX_AMOUNT}, \`unit\` là "day", "week", "month", "year" hoặc "workingDay"`,
  en: `a time limit \`{ amount, unit }\`: \`amount\` a whole number from 0 to ${MAX_AMOUNT}, \`unit\` "day", "week", "month", "year" or "workingDay"`,
};

const ENDS_IN_RANGE: Label = {
  vi: `một thời hạn kết thúc trước hoặc vào ${LAST_DATE}`,
  en: `a time limit that ends on or before ${LAST_DATE}`,
};

/** Checks a duration argument and returns a copy of it. */
function checkDuration(value: unknown): Duration {
  let amount: unknown;
  let unit: unknown;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: reading the fields of a primitive gives nothing, and of null throws into the catch below
  if (typeof value === 'object' && value !== null) {
    // Stryker disable BlockStatement: emptying the catch body changes nothing (a field that throws leaves amount or unit unread, refused either way); the try body is excluded with it
    try {
      ({ amount, unit } = value as Record<string, unknown>);
    } catch {
      amount = undefined;
    }
  }
  // Stryker restore BlockStatement
  if (
    // Stryker disable next-line ConditionalExpression: Number.isInteger is false for anything but a number
    typeof amount !== 'number' ||
    !Number.isInteger(amount) ||
    amount < 0 ||
    amount > MAX_AMOUNT ||
    !(UNITS as readonly unknown[]).includes(unit)
  ) {
    throw new InvalidArgumentError('duration', DURATION_ARGUMENT, value);
  }
  return { amount, unit: unit as Duration['unit'] };
}

/**
 * The last day of a time limit that starts with an event, counted as the Civil Code 2015 says
 * (Bộ luật Dân sự 2015, Điều 144–148):
 * - the day of the event is not counted: counting starts the next day (Điều 147);
 * - a limit in days ends on the last of those days; in weeks, on the same weekday of the last
 *   week; in months or years, on the same-numbered day, or the month's last day when there is
 *   none (Điều 148.1);
 * - if that day is a weekly rest day or a holiday, the limit ends at the end of the next working
 *   day (Điều 148.5).
 *
 * A limit in `workingDay`s counts only working days, skipping weekends and holidays. The cost
 * grows with the years crossed, not the days.
 *
 * @param start - The day of the event (not counted), e.g. the day a request was received.
 * @param duration - The limit.
 * @param calendar - The working calendar: {@link VIETNAM_CALENDAR} (the default), or one that
 *   {@link parseWorkingCalendar} or {@link extendCalendar} made.
 * @returns The last day to act on.
 * @throws {@link InvalidArgumentError} when `start` is not an {@link IsoDate}, `duration` is not a
 *   {@link Duration}, the limit ends after 2100-12-31, or `calendar` is not a valid working
 *   calendar.
 * @example
 * ```ts
 * import { deadlineAfter } from 'to-cong-nghe-so';
 *
 * deadlineAfter('2026-01-31', { amount: 1, unit: 'month' }); // '2026-03-02' (28/2 is a Saturday)
 * deadlineAfter('2026-04-16', { amount: 10, unit: 'day' }); // '2026-04-28' (26/4 Sunday, 27/4 compensating day)
 * deadlineAfter('2026-02-12', { amount: 3, unit: 'workingDay' }); // '2026-02-24'
 * ```
 * @category Calendar
 */
export function deadlineAfter(
  start: IsoDate,
  duration: Duration,
  calendar: WorkingCalendar = VIETNAM_CALENDAR,
): IsoDate {
  const date = checkDate(start, 'start');
  const { amount, unit } = checkDuration(duration);
  const end = limitEnd(calendarArgument(calendar, 'calendar'), date, amount, unit);
  if (end === undefined) throw new InvalidArgumentError('duration', ENDS_IN_RANGE, duration);
  return fromEpochDay(end);
}
