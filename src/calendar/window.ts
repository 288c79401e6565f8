import type { UTCDate } from '@date-fns/utc';
import { addDays, lastDayOfMonth } from 'date-fns';
import { z } from 'zod';
import { datePartsOf, fromUtcDate, isoDateOf, toUtcDate } from '../_internal/dates.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import type { IsoDate } from './date.js';
import { deadlineAfter } from './deadline.js';
import {
  addWorkingDays,
  nextWorkingDay,
  VIETNAM_CALENDAR,
  type WorkingCalendar,
} from './holidays.js';
import { type DateRange, type Period, periodRange } from './period.js';

/**
 * Schema of a data cut-off policy (thời gian chốt số liệu) that a body defines for itself: the
 * data of a month run from the day after the cut-off day of the previous month to the cut-off day
 * of the month. A cut-off day past a month's end means that month's last day.
 *
 * @example
 * ```ts
 * import { CutoffPolicySchema } from 'to-cong-nghe-so';
 *
 * CutoffPolicySchema.parse({ name: { vi: 'Chốt ngày 20', en: 'Cut-off on the 20th' }, cutoffDay: 20 });
 * ```
 * @category Calendar
 */
export const CutoffPolicySchema = z
  .object({
    /** The policy's name. */
    name: LabelSchema,
    /** The last day of the month whose data a report includes, 1–31. */
    cutoffDay: z.number().int().min(1).max(31),
    /** The document that sets it. */
    source: TextSchema.optional(),
  })
  .strict();

/**
 * A data cut-off policy.
 *
 * @category Calendar
 */
export type CutoffPolicy = z.infer<typeof CutoffPolicySchema>;

/**
 * Schema of a data-window policy: `calendar` (a report covers its period exactly, the default),
 * `decree09` (Nghị định 09/2019/NĐ-CP, Điều 12) or a {@link CutoffPolicy}.
 *
 * @category Calendar
 */
export const DataWindowPolicySchema = z.union([
  z.literal('calendar'),
  z.literal('decree09'),
  CutoffPolicySchema,
]);

/**
 * A data-window policy.
 *
 * @category Calendar
 */
export type DataWindowPolicy = z.infer<typeof DataWindowPolicySchema>;

/**
 * The cut-off of Nghị định 09/2019/NĐ-CP, Điều 12, as it is widely quoted (the wording is not
 * yet checked against the decree's text): a monthly report covers the 15th of the previous month
 * to the 14th; a quarterly one the 15th of the month before the quarter to the 14th of its last
 * month; a six-monthly one 15/12 of the previous year to 14/6; a yearly one 15/12 of the
 * previous year to 14/12. (A second-half report, which the decree does not list, follows the
 * same rule: 15/6 to 14/12.)
 *
 * @example
 * ```ts
 * import { DECREE_09_CUTOFF } from 'to-cong-nghe-so';
 *
 * DECREE_09_CUTOFF.cutoffDay; // 14
 * ```
 * @category Calendar
 */
export const DECREE_09_CUTOFF: CutoffPolicy = {
  name: {
    vi: 'Thời gian chốt số liệu theo Nghị định 09/2019/NĐ-CP',
    en: 'Data cut-off of Decree 09/2019/NĐ-CP',
  },
  cutoffDay: 14,
  source: 'Nghị định 09/2019/NĐ-CP, Điều 12 (chưa đối chiếu nguyên văn / wording not verified)',
};

function cutoffIn(year: number, month: number, cutoffDay: number): UTCDate {
  const last = lastDayOfMonth(toUtcDate(isoDateOf(year, month, 1)));
  return toUtcDate(isoDateOf(year, month, Math.min(cutoffDay, last.getUTCDate())));
}

/**
 * The dates whose data a period's report covers (its data window) under a policy. ISO weeks are
 * never shifted: their window is the week.
 *
 * @param period - The reporting period.
 * @param policy - `calendar` (default), `decree09` or a {@link CutoffPolicy}.
 * @returns The first and last day of the data.
 * @example
 * ```ts
 * import { dataWindow } from 'to-cong-nghe-so';
 *
 * dataWindow({ kind: 'month', year: 2026, index: 10 }); // { start: '2026-10-01', end: '2026-10-31' }
 * dataWindow({ kind: 'month', year: 2026, index: 10 }, 'decree09'); // { start: '2026-09-15', end: '2026-10-14' }
 * dataWindow({ kind: 'year', year: 2026, index: 1 }, 'decree09'); // { start: '2025-12-15', end: '2026-12-14' }
 * dataWindow(
 *   { kind: 'quarter', year: 2026, index: 1 },
 *   { name: { vi: 'Chốt ngày 20', en: 'Cut-off on the 20th' }, cutoffDay: 20 },
 * ); // { start: '2025-12-21', end: '2026-03-20' }
 * ```
 * @category Calendar
 */
export function dataWindow(period: Period, policy: DataWindowPolicy = 'calendar'): DateRange {
  const range = periodRange(period);
  if (policy === 'calendar' || period.kind === 'week') return range;
  const { cutoffDay } = policy === 'decree09' ? DECREE_09_CUTOFF : policy;
  const first = datePartsOf(range.start);
  const last = datePartsOf(range.end);
  const previous =
    first.month === 1
      ? { year: first.year - 1, month: 12 }
      : { year: first.year, month: first.month - 1 };
  return {
    start: fromUtcDate(addDays(cutoffIn(previous.year, previous.month, cutoffDay), 1)),
    end: fromUtcDate(cutoffIn(last.year, last.month, cutoffDay)),
  };
}

/**
 * Schema of a report due-date rule:
 * - `daysAfterEnd`: N calendar days after the end (Civil Code counting: a last day that is not a
 *   working day moves to the next working day);
 * - `workingDaysAfterEnd`: N working days after the end;
 * - `dayOfNextMonth`: by day D of the month after the end;
 * - `fixedDate`: by a day and month of the end's year (plus `yearOffset`).
 *
 * Due dates on a rest day or holiday move to the next working day.
 *
 * @example
 * ```ts
 * import { DueRuleSchema } from 'to-cong-nghe-so';
 *
 * DueRuleSchema.parse({ kind: 'dayOfNextMonth', day: 5 });
 * ```
 * @category Calendar
 */
export const DueRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** N calendar days after the end. */
      kind: z.literal('daysAfterEnd'),
      /** N, 0 or more. */
      days: z.number().int().min(0),
    })
    .strict(),
  z
    .object({
      /** N working days after the end. */
      kind: z.literal('workingDaysAfterEnd'),
      /** N, 0 or more. */
      days: z.number().int().min(0),
    })
    .strict(),
  z
    .object({
      /** By a day of the next month. */
      kind: z.literal('dayOfNextMonth'),
      /** The day, 1–31 (past the month's end: its last day). */
      day: z.number().int().min(1).max(31),
    })
    .strict(),
  z
    .object({
      /** By a fixed day of the year. */
      kind: z.literal('fixedDate'),
      /** The month, 1–12. */
      month: z.number().int().min(1).max(12),
      /** The day, 1–31 (past the month's end: its last day). */
      day: z.number().int().min(1).max(31),
      /** Years after the year the period ends (0 = the same year). Default 0. */
      yearOffset: z.number().int().min(0).max(5).default(0),
    })
    .strict(),
]);

/**
 * A report due-date rule.
 *
 * @category Calendar
 */
export type DueRule = z.infer<typeof DueRuleSchema>;

/**
 * Options of {@link reportDueDate}.
 *
 * @category Calendar
 */
export interface DueDateOptions {
  /** Count from the end of the data window under this policy instead of the period's end. */
  readonly policy?: DataWindowPolicy;
  /** The working calendar (default {@link VIETNAM_CALENDAR}). */
  readonly calendar?: WorkingCalendar;
}

/**
 * The day a period's report is due under a rule, counted with the Civil Code's deadline rules
 * (see {@link deadlineAfter}).
 *
 * @param period - The reporting period.
 * @param rule - The due-date rule.
 * @param options - A data-window policy to count from, and a working calendar.
 * @returns The due date, always a working day.
 * @example
 * ```ts
 * import { reportDueDate } from 'to-cong-nghe-so';
 *
 * const october = { kind: 'month', year: 2026, index: 10 } as const;
 * reportDueDate(october, { kind: 'daysAfterEnd', days: 5 }); // '2026-11-05'
 * reportDueDate(october, { kind: 'workingDaysAfterEnd', days: 5 }); // '2026-11-06'
 * reportDueDate(october, { kind: 'dayOfNextMonth', day: 15 }); // '2026-11-16' (15/11 is a Sunday)
 * reportDueDate({ kind: 'year', year: 2026, index: 1 }, { kind: 'fixedDate', month: 12, day: 15, yearOffset: 0 }); // '2026-12-15'
 * ```
 * @category Calendar
 */
export function reportDueDate(
  period: Period,
  rule: DueRule,
  options: DueDateOptions = {},
): IsoDate {
  const calendar = options.calendar ?? VIETNAM_CALENDAR;
  const end = dataWindow(period, options.policy ?? 'calendar').end;
  const { year } = datePartsOf(end);
  switch (rule.kind) {
    case 'daysAfterEnd':
      return deadlineAfter(end, { amount: rule.days, unit: 'day' }, calendar);
    case 'workingDaysAfterEnd':
      return addWorkingDays(end, rule.days, calendar);
    case 'dayOfNextMonth': {
      const target = addDays(lastDayOfMonth(toUtcDate(end)), 1);
      return nextWorkingDay(
        fromUtcDate(cutoffIn(target.getUTCFullYear(), target.getUTCMonth() + 1, rule.day)),
        calendar,
      );
    }
    case 'fixedDate':
      return nextWorkingDay(
        fromUtcDate(cutoffIn(year + rule.yearOffset, rule.month, rule.day)),
        calendar,
      );
  }
}
