import { addDays, addMonths, addWeeks, addYears } from 'date-fns';
import { z } from 'zod';
import { fromUtcDate, toUtcDate } from '../_internal/dates.js';
import type { IsoDate } from './date.js';
import {
  addWorkingDays,
  nextWorkingDay,
  VIETNAM_CALENDAR,
  type WorkingCalendar,
} from './holidays.js';

/**
 * Schema of a time limit (thời hạn): an amount of days, weeks, months, years or working days.
 *
 * @example
 * ```ts
 * import { DurationSchema } from 'to-cong-nghe-so';
 *
 * DurationSchema.parse({ amount: 15, unit: 'workingDay' });
 * ```
 * @category Calendar
 */
export const DurationSchema = z
  .object({
    /** How many units, 0 or more. */
    amount: z.number().int().min(0),
    /** The unit: calendar `day`, `week`, `month`, `year`, or `workingDay`. */
    unit: z.enum(['day', 'week', 'month', 'year', 'workingDay']),
  })
  .strict();

/**
 * A time limit.
 *
 * @category Calendar
 */
export type Duration = z.infer<typeof DurationSchema>;

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
 * A limit in `workingDay`s counts only working days, skipping weekends and holidays.
 *
 * @param start - The day of the event (not counted), e.g. the day a request was received.
 * @param duration - The limit.
 * @param calendar - The working calendar (default {@link VIETNAM_CALENDAR}).
 * @returns The last day to act on.
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
  const from = toUtcDate(start);
  const { amount } = duration;
  switch (duration.unit) {
    case 'workingDay':
      return addWorkingDays(start, amount, calendar);
    case 'day':
      return nextWorkingDay(fromUtcDate(addDays(from, amount)), calendar);
    case 'week':
      return nextWorkingDay(fromUtcDate(addWeeks(from, amount)), calendar);
    case 'month':
      return nextWorkingDay(fromUtcDate(addMonths(from, amount)), calendar);
    case 'year':
      return nextWorkingDay(fromUtcDate(addYears(from, amount)), calendar);
  }
}
