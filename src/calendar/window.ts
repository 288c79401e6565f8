import * as z from 'zod';
import { checkDocument, checkOptions } from '../_internal/arguments.js';
import {
  daysInMonth,
  epochDay,
  FIRST_DATE,
  fromEpochDay,
  isoDateOf,
  LAST_DATE,
} from '../_internal/dates.js';
import { deepFreeze } from '../_internal/freeze.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { checkPeriod, rangeOf } from '../_internal/periods.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { type Label, LabelSchema, TextSchema } from '../text/label.js';
import type { IsoDate } from './date.js';
import { limitEnd, MAX_AMOUNT, onWorkingDay } from './deadline.js';
import { calendarArgument, VIETNAM_CALENDAR } from './default-calendar.js';
import { addWorking } from './holiday-engine.js';
import type { WorkingCalendar } from './holiday-schema.js';
import type { DateRange, Period } from './period.js';

/**
 * Schema of a data cut-off policy (thời gian chốt số liệu) that a body defines for itself: the
 * data of a month run from the day after the cut-off day of the previous month to the cut-off day
 * of the month. A cut-off day past a month's end means that month's last day.
 *
 * @example
 * ```ts
 * import { CutoffPolicySchema } from 'to-cong-nghe-so';
 *
 * CutoffPolicySchema.parse({ name: { vi: 'Chốt ngày 20', en: 'Cut-off on the 20th' }, cutoffDay: 20 }).cutoffDay; // 20
 * ```
 * @category Calendar
 */
export const CutoffPolicySchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The policy's name. */
      name: LabelSchema,
      /** The last day of the month whose data a report includes, 1–31. */
      cutoffDay: z.number().int().min(1).max(31),
      /** The document that sets it. */
      source: TextSchema.optional(),
    })
    .strict(),
);

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
 * @example
 * ```ts
 * import { DataWindowPolicySchema } from 'to-cong-nghe-so';
 *
 * DataWindowPolicySchema.safeParse('decree09').success; // true
 * DataWindowPolicySchema.safeParse('monthly').success; // false
 * ```
 * @category Calendar
 */
export const DataWindowPolicySchema = /* @__PURE__ */ lazySchema(() =>
  z.union([z.literal('calendar'), z.literal('decree09'), CutoffPolicySchema]),
);

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
export const DECREE_09_CUTOFF: CutoffPolicy = deepFreeze({
  name: {
    vi: 'Thời gian chốt số liệu theo Nghị định 09/2019/NĐ-CP',
    en: 'Data cut-off of Decree 09/2019/NĐ-CP',
  },
  cutoffDay: 14,
  source: 'Nghị định 09/2019/NĐ-CP, Điều 12 (chưa đối chiếu nguyên văn / wording not verified)',
});

/** The cut-off day of a month, or the month's last day when it has no such day. */
function cutoffIn(year: number, month: number, cutoffDay: number): IsoDate {
  return isoDateOf(year, month, Math.min(cutoffDay, daysInMonth(year, month)));
}

const POLICY_ARGUMENT: Label = {
  vi: '"calendar", "decree09" hoặc một chính sách chốt số liệu `{ name, cutoffDay }`',
  en: '"calendar", "decree09" or a cut-off policy `{ name, cutoffDay }`',
};

const WINDOW_IN_RANGE: Label = {
  vi: `một kỳ có khoảng lấy số liệu nằm trong ${FIRST_DATE} … ${LAST_DATE}`,
  en: `a period whose data window lies within ${FIRST_DATE} … ${LAST_DATE}`,
};

/** The data window of a checked period under a checked policy. */
function windowOf(period: Period, policy: DataWindowPolicy): DateRange {
  const range = rangeOf(period);
  if (policy === 'calendar' || period.kind === 'week') return range;
  const { cutoffDay } = policy === 'decree09' ? DECREE_09_CUTOFF : policy;
  const first = Number(range.start.slice(5, 7));
  const year = period.year;
  // Stryker disable next-line ConditionalExpression: month 0 of a year is read as December of the year before, with its 31 days, so the cut-off day is the same
  const [previousYear, previousMonth] = first === 1 ? [year - 1, 12] : [year, first - 1];
  const start = fromEpochDay(epochDay(cutoffIn(previousYear, previousMonth, cutoffDay)) + 1);
  if (start < FIRST_DATE) throw new InvalidArgumentError('period', WINDOW_IN_RANGE, period);
  return { start, end: cutoffIn(year, Number(range.end.slice(5, 7)), cutoffDay) };
}

function checkPolicy(value: unknown, argument: string): DataWindowPolicy {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a shortcut; the schema below returns the same two names
  if (value === 'calendar' || value === 'decree09') return value;
  return checkDocument(DataWindowPolicySchema, value, argument, POLICY_ARGUMENT);
}

/**
 * The dates whose data a period's report covers (its data window) under a policy. ISO weeks are
 * never shifted: their window is the week.
 *
 * @param period - The reporting period.
 * @param policy - `calendar` (default), `decree09` or a {@link CutoffPolicy}.
 * @returns The first and last day of the data.
 * @throws {@link InvalidArgumentError} when `period` is not a supported {@link Period}, `policy`
 *   is not a {@link DataWindowPolicy}, or the window would start before 1900-01-01 (January
 *   1900 under a cut-off policy).
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
  return windowOf(checkPeriod(period, 'period'), checkPolicy(policy, 'policy'));
}

/**
 * Schema of a report due-date rule:
 * - `daysAfterEnd`: N calendar days after the end (Civil Code counting: a last day that is not a
 *   working day moves to the next working day);
 * - `workingDaysAfterEnd`: N working days after the end;
 * - `dayOfNextMonth`: by day D of the month after the end;
 * - `fixedDate`: by a day and month of the end's year (plus `yearOffset`).
 *
 * Due dates on a rest day or holiday move to the next working day. N is at most 73,413.
 *
 * @example
 * ```ts
 * import { DueRuleSchema } from 'to-cong-nghe-so';
 *
 * DueRuleSchema.parse({ kind: 'dayOfNextMonth', day: 5 }); // { kind: 'dayOfNextMonth', day: 5 }
 * ```
 * @category Calendar
 */
export const DueRuleSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z
      .object({
        /** N calendar days after the end. */
        kind: z.literal('daysAfterEnd'),
        /** N, 0 to 73,413. */
        days: z.number().int().min(0).max(MAX_AMOUNT),
      })
      .strict(),
    z
      .object({
        /** N working days after the end. */
        kind: z.literal('workingDaysAfterEnd'),
        /** N, 0 to 73,413. */
        days: z.number().int().min(0).max(MAX_AMOUNT),
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
  ]),
);

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
export interface ReportDueDateOptions {
  /** Count from the end of the data window under this policy instead of the period's end. */
  readonly policy?: DataWindowPolicy;
  /** The working calendar (default {@link VIETNAM_CALENDAR}). */
  readonly calendar?: WorkingCalendar;
}

/**
 * The former name of {@link ReportDueDateOptions}.
 *
 * @deprecated Use {@link ReportDueDateOptions}.
 * @category Calendar
 */
export type DueDateOptions = ReportDueDateOptions;

const RULE_ARGUMENT: Label = {
  vi: 'một quy tắc hạn nộp đúng dạng (xem `DueRuleSchema`)',
  en: 'a valid due-date rule (see `DueRuleSchema`)',
};

const DUE_IN_RANGE: Label = {
  vi: `một quy tắc cho hạn nộp trước hoặc vào ${LAST_DATE}`,
  en: `a rule whose due date is on or before ${LAST_DATE}`,
};

/**
 * The day a period's report is due under a rule, counted with the Civil Code's deadline rules
 * (see {@link deadlineAfter}). The cost grows with the years crossed, not the days.
 *
 * @param period - The reporting period.
 * @param rule - The due-date rule.
 * @param options - A data-window policy to count from, and a working calendar.
 * @returns The due date, always a working day.
 * @throws {@link InvalidArgumentError} when `period` is not a supported {@link Period}, `rule` is
 *   not a {@link DueRule}, an option is not valid, or the due date falls after 2100-12-31.
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
  options: ReportDueDateOptions = {},
): IsoDate {
  const checkedPeriod = checkPeriod(period, 'period');
  const checkedRule = checkDocument(DueRuleSchema, rule, 'rule', RULE_ARGUMENT);
  const opts = checkOptions(options, 'options');
  const compiled = calendarArgument(opts.calendar ?? VIETNAM_CALENDAR, 'options.calendar');
  const end = windowOf(checkedPeriod, checkPolicy(opts.policy ?? 'calendar', 'options.policy')).end;
  const year = Number(end.slice(0, 4));
  const month = Number(end.slice(5, 7));
  let due: number | undefined;
  switch (checkedRule.kind) {
    case 'daysAfterEnd':
      due = limitEnd(compiled, end, checkedRule.days, 'day');
      break;
    case 'workingDaysAfterEnd':
      due =
        checkedRule.days === 0
          ? onWorkingDay(compiled, epochDay(end))
          : addWorking(compiled, epochDay(end), checkedRule.days);
      break;
    case 'dayOfNextMonth': {
      // Stryker disable next-line ConditionalExpression: month 13 of a year is read as January of the next, with its 31 days, so the due day is the same
      const [nextYear, nextMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
      due = onWorkingDay(compiled, epochDay(cutoffIn(nextYear, nextMonth, checkedRule.day)));
      break;
    }
    case 'fixedDate':
      due = onWorkingDay(
        compiled,
        epochDay(cutoffIn(year + checkedRule.yearOffset, checkedRule.month, checkedRule.day)),
      );
      break;
  }
  if (due === undefined) throw new InvalidArgumentError('rule', DUE_IN_RANGE, rule);
  return fromEpochDay(due);
}
