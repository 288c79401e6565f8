import * as z from 'zod';
import { checkDocument, checkOneOf, checkOptions } from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import { type IsoDate, isSupportedDate } from '../_internal/dates.js';
import { deepFreeze } from '../_internal/freeze.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { groupBy } from '../_internal/lookup.js';
import { checkPeriod } from '../_internal/periods.js';
import { inForce, supervisorOn } from '../_internal/team-view.js';
import { MAX_AMOUNT } from '../calendar/deadline.js';
import { checkCalendar } from '../calendar/default-calendar.js';
import { VIETNAM_CALENDAR, type WorkingCalendar } from '../calendar/holidays.js';
import { PERIOD_KINDS, type Period, periodRange } from '../calendar/period.js';
import {
  DataWindowPolicySchema,
  type DueRule,
  DueRuleSchema,
  reportDueDate,
} from '../calendar/window.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { dueTooLate } from '../problems/catalogue/reports.js';
import { addProblem } from '../problems/input.js';
import { type Seat, SeatSchema, type Team, TeamSchema } from '../team/schema.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import type { ReportRequest } from './report-schema.js';

/** The longest wait after a period's end a due-date rule may set: five years, in days. */
const MAX_DUE_DAYS = 5 * 366;

/** A due-date rule whose day counts stay within {@link MAX_DUE_DAYS}. */
const BoundedDueRuleSchema = /* @__PURE__ */ lazySchema(() =>
  DueRuleSchema.superRefine((due: DueRule, ctx) => {
    if (
      (due.kind === 'daysAfterEnd' || due.kind === 'workingDaysAfterEnd') &&
      due.days > MAX_DUE_DAYS &&
      // More days than any span of supported dates is already `too_big` (DueRuleSchema).
      due.days <= MAX_AMOUNT
    ) {
      addProblem(ctx, dueTooLate, { days: due.days, maximum: MAX_DUE_DAYS }, ['days']);
    }
  }),
);

/**
 * One rule of a reporting schedule: who reports (village heads, all members, deputies or the
 * leader), to whom (their supervisor in the chain, or — for the leader — the bodies the team
 * reports to), for which kind of period, with which data window and by when.
 *
 * @example
 * ```ts
 * import { ReportingRuleSchema } from 'to-cong-nghe-so';
 *
 * ReportingRuleSchema.parse({
 *   id: 'village-heads',
 *   name: { vi: 'Trưởng thôn báo cáo tháng', en: 'Village heads, monthly' },
 *   senders: 'villageHeads',
 *   periodKind: 'month',
 *   due: { kind: 'dayOfNextMonth', day: 16 },
 * }).policy; // 'calendar'
 * ```
 * @category Reports
 */
export const ReportingRuleSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id. */
      id: TextSchema,
      /** Its name. */
      name: LabelSchema,
      /** Who reports: village heads, every member, the deputies, or the leader. */
      senders: z.enum(['villageHeads', 'members', 'deputies', 'leader']),
      /** To whom: the sender's supervisor (default), or the bodies the team reports to. */
      to: z.enum(['supervisor', 'reportsTo']).default('supervisor'),
      /** The kind of period reported on. */
      periodKind: z.enum(['month', 'quarter', 'half', 'year']),
      /** Which days' data a report covers (default `calendar`: the period itself). */
      policy: DataWindowPolicySchema.default('calendar'),
      /** When the report is due (at most five years after the period's end). */
      due: BoundedDueRuleSchema,
    })
    .strict(),
);

/**
 * A rule of a reporting schedule.
 *
 * @category Reports
 */
export type ReportingRule = z.infer<typeof ReportingRuleSchema>;

/**
 * A reporting schedule (chế độ báo cáo): its rules. A seat follows the first rule that matches
 * it for a kind of period.
 *
 * @category Reports
 */
export const ReportingScheduleSchema = /* @__PURE__ */ lazySchema(() =>
  z.array(ReportingRuleSchema),
);

/**
 * A reporting schedule.
 *
 * @category Reports
 */
export type ReportingSchedule = z.infer<typeof ReportingScheduleSchema>;

/**
 * A monthly schedule as the issue of a commune might set it — an example, not taken from
 * Decision 23/QĐ-UBND, which sets no dates: village heads report to their deputy by the 16th of
 * the next month, deputies consolidate to the leader by the 18th, the leader reports to the
 * People's Committee by the 20th (each moved to the next working day when it falls on a day off).
 *
 * @example
 * ```ts
 * import { MONTHLY_REPORTING_SCHEDULE } from 'to-cong-nghe-so';
 *
 * MONTHLY_REPORTING_SCHEDULE.map((r) => r.senders); // ['villageHeads', 'deputies', 'leader']
 * ```
 * @category Reports
 */
export const MONTHLY_REPORTING_SCHEDULE: ReportingSchedule = deepFreeze([
  {
    id: 'village-heads-monthly',
    name: {
      vi: 'Trưởng thôn, bon báo cáo Tổ phó phụ trách trước ngày 16 tháng sau',
      en: 'Village heads report to their deputy by the 16th of the next month',
    },
    senders: 'villageHeads',
    to: 'supervisor',
    periodKind: 'month',
    policy: 'calendar',
    due: { kind: 'dayOfNextMonth', day: 16 },
  },
  {
    id: 'deputies-monthly',
    name: {
      vi: 'Tổ phó tổng hợp báo cáo Tổ trưởng trước ngày 18 tháng sau',
      en: 'Deputies consolidate to the leader by the 18th of the next month',
    },
    senders: 'deputies',
    to: 'supervisor',
    periodKind: 'month',
    policy: 'calendar',
    due: { kind: 'dayOfNextMonth', day: 18 },
  },
  {
    id: 'leader-monthly',
    name: {
      vi: 'Tổ trưởng báo cáo UBND xã trước ngày 20 tháng sau',
      en: "The leader reports to the People's Committee by the 20th of the next month",
    },
    senders: 'leader',
    to: 'reportsTo',
    periodKind: 'month',
    policy: 'calendar',
    due: { kind: 'dayOfNextMonth', day: 20 },
  },
]);

/** Whether a seat is among the senders a rule or a request names. */
export function isSender(senders: ReportingRule['senders'], seat: Seat): boolean {
  switch (senders) {
    case 'villageHeads':
      return seat.role === 'member' && seat.filling.kind === 'villageHead';
    case 'members':
      return seat.role === 'member';
    case 'deputies':
      return seat.role === 'deputy';
    case 'leader':
      return seat.role === 'leader';
  }
}

/** What a schedule argument must be. */
const SCHEDULE_ARGUMENT = {
  vi: 'một lịch báo cáo (ReportingScheduleSchema)',
  en: 'a reporting schedule (ReportingScheduleSchema)',
};

/** @internal The rule a checked seat follows under a checked schedule. */
export function ruleOf(
  schedule: ReportingSchedule,
  seat: Seat,
  periodKind: Period['kind'],
): ReportingRule | undefined {
  return schedule.find((rule) => rule.periodKind === periodKind && isSender(rule.senders, seat));
}

/** A plain copy of data, so that results share nothing with a schedule or team. */
function copy<T>(value: T): T {
  return copyData(value);
}

/**
 * The rule of a schedule a seat follows for a kind of period: the first that matches it.
 *
 * @param schedule - The schedule.
 * @param seat - The seat.
 * @param periodKind - The kind of period.
 * @returns A copy of the rule, or `undefined` when the seat does not report for that kind of
 *   period.
 * @throws {@link InvalidArgumentError} when `schedule` is not a schedule, `seat` not a seat or
 *   `periodKind` not a kind of period.
 * @example
 * ```ts
 * import { MONTHLY_REPORTING_SCHEDULE, reportingRuleOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const seat = dakNia2022Team().seats.find((s) => s.id === 'deputies/farmers');
 * if (seat) reportingRuleOf(MONTHLY_REPORTING_SCHEDULE, seat, 'month')?.due; // { kind: 'dayOfNextMonth', day: 18 }
 * ```
 * @category Reports
 */
export function reportingRuleOf(
  schedule: ReportingSchedule,
  seat: Seat,
  periodKind: Period['kind'],
): ReportingRule | undefined {
  const rule = ruleOf(
    checkDocument(ReportingScheduleSchema, schedule, 'schedule', SCHEDULE_ARGUMENT),
    checkDocument(SeatSchema, seat, 'seat', {
      vi: 'một vị trí (SeatSchema)',
      en: 'a seat (SeatSchema)',
    }),
    checkOneOf(periodKind, 'periodKind', PERIOD_KINDS),
  );
  // Stryker disable next-line ConditionalExpression: a copy of `undefined` is `undefined`
  return rule === undefined ? undefined : copy(rule);
}

const byBodyId = (body: { readonly id: string }) => body.id;

/** @internal The first body the team reports to that is in force on a date. */
export function committeeOn(team: Team, asOf: IsoDate): string | undefined {
  const bodies = groupBy(team.bodies, byBodyId);
  for (const id of team.reportsTo) {
    if (bodies.get(id)?.some((body) => inForce(body, asOf))) return id;
  }
  return undefined;
}

/** @internal The receiver of a seat's reports under a rule on a date: a seat or body id. */
export function receiverOf(
  team: Team,
  seat: Seat,
  rule: ReportingRule | undefined,
  asOf: IsoDate,
): string | undefined {
  if (rule?.to === 'reportsTo' || seat.role === 'leader') return committeeOn(team, asOf);
  return supervisorOn(team, seat, asOf)?.id;
}

/** @internal A report a seat is expected to send: to whom, by when. */
export interface ExpectedSender {
  /** The sending seat. */
  readonly seat: Seat;
  /** The receiving seat or body. */
  readonly to: string;
  /** The due date. */
  readonly due: IsoDate;
}

/**
 * A report a seat is expected to send for a period under a schedule.
 *
 * @category Reports
 */
export interface ExpectedReport {
  /** The sending seat. */
  readonly seat: Seat;
  /** The receiving seat or body. */
  readonly to: string;
  /** The due date. */
  readonly due: IsoDate;
  /** The rule. */
  readonly rule: ReportingRule;
}

/** Who answers an ad-hoc request when it does not say: as in the monthly schedule. */
const REQUEST_SENDERS: readonly ReportingRule['senders'][] = ['villageHeads', 'deputies', 'leader'];

/**
 * @internal The answers expected to an ad-hoc request: one per seat in force on the day of the
 * request that it names, to the seat's receiver that day, all due on the request's due date.
 */
export function expectedOfRequest(team: Team, request: ReportRequest): ExpectedSender[] {
  const senders = request.senders ?? REQUEST_SENDERS;
  const on = request.requestedOn;
  const expected: ExpectedSender[] = [];
  for (const seat of team.seats) {
    if (!inForce(seat, on) || !senders.some((s) => isSender(s, seat))) continue;
    const to = receiverOf(team, seat, undefined, on);
    if (to !== undefined) expected.push({ seat, to, due: request.due });
  }
  return expected;
}

/**
 * The schedule and calendar reports are judged by.
 *
 * @category Reports
 */
export interface ScheduleOptions {
  /** The reporting schedule (default {@link MONTHLY_REPORTING_SCHEDULE}). */
  readonly schedule?: ReportingSchedule;
  /** The working calendar (default {@link VIETNAM_CALENDAR}). */
  readonly calendar?: WorkingCalendar;
}

/** @internal Checked schedule options. */
export interface CheckedSchedule {
  readonly schedule: ReportingSchedule;
  readonly calendar: WorkingCalendar;
}

/** @internal Checks the schedule and calendar of options (defaults when absent). */
export function checkSchedule(
  options: ScheduleOptions | undefined,
  prefix = 'options',
): CheckedSchedule {
  const given = checkOptions(options, prefix);
  return {
    schedule:
      // Stryker disable next-line ConditionalExpression: the default schedule, checked, is itself
      given.schedule === undefined || given.schedule === MONTHLY_REPORTING_SCHEDULE
        ? MONTHLY_REPORTING_SCHEDULE
        : checkDocument(
            ReportingScheduleSchema,
            given.schedule,
            `${prefix}.schedule`,
            SCHEDULE_ARGUMENT,
          ),
    calendar:
      given.calendar === undefined
        ? VIETNAM_CALENDAR
        : checkCalendar(given.calendar, `${prefix}.calendar`),
  };
}

/** The due date of a period's reports under a rule, or a thrown InvalidArgumentError past 2100. */
function dueUnder(period: Period, rule: ReportingRule, calendar: WorkingCalendar): IsoDate {
  let due: IsoDate | undefined;
  try {
    due = reportDueDate(period, rule.due, { policy: rule.policy, calendar });
  } catch (error) {
    if (!(error instanceof InvalidArgumentError) && !(error instanceof RangeError)) throw error;
  }
  if (due === undefined || !isSupportedDate(due)) {
    throw new InvalidArgumentError(
      'period',
      {
        vi: 'một kỳ mà hạn báo cáo không quá 31/12/2100',
        en: 'a period whose reports fall due by 2100-12-31',
      },
      period,
    );
  }
  return due;
}

/** @internal The expected reports of checked arguments (seats and rules not copied). */
export function expectedOf(team: Team, period: Period, options: CheckedSchedule): ExpectedReport[] {
  if (period.kind === 'week') return [];
  const end = periodRange(period).end;
  const dues = new Map<ReportingRule, IsoDate>();
  const expected: ExpectedReport[] = [];
  for (const seat of team.seats) {
    if (!inForce(seat, end)) continue;
    const rule = ruleOf(options.schedule, seat, period.kind);
    const to = rule && receiverOf(team, seat, rule, end);
    if (!rule || to === undefined) continue;
    let due = dues.get(rule);
    // Stryker disable next-line ConditionalExpression: working the due date out again gives the same date
    if (due === undefined) {
      due = dueUnder(period, rule, options.calendar);
      dues.set(rule, due);
    }
    expected.push({ seat, to, rule, due });
  }
  return expected;
}

/**
 * The reports expected for a period under a schedule: one per seat a rule matches (seats in
 * force on the period's last day), with its receiver and due date. Costs O(n) in the seats.
 *
 * @param team - The team.
 * @param period - The period.
 * @param options - The schedule (default {@link MONTHLY_REPORTING_SCHEDULE}) and calendar.
 * @returns The expected reports, in the team's order (copies: changing them changes nothing).
 * @throws {@link InvalidArgumentError} when `team` is not a team, `period` not a real period of
 *   the supported years (or one whose reports fall due after 2100-12-31), or an option does not
 *   conform.
 * @example
 * ```ts
 * import { expectedReports } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const expected = expectedReports(dakNia2022Team(), { kind: 'month', year: 2025, index: 1 });
 * expected.length; // 11 (6 village heads, 4 deputies, the leader)
 * expected.find((e) => e.seat.id === 'village-heads/bon-bu-sir')?.due; // '2025-02-17'
 * expected.find((e) => e.seat.id === 'leader/1')?.to; // 'dak-nia-pc'
 * ```
 * @category Reports
 */
export function expectedReports(
  team: Team,
  period: Period,
  options: ScheduleOptions = {},
): ExpectedReport[] {
  const checkedTeam = checkDocument(TeamSchema, team, 'team', {
    vi: 'một tổ đúng cấu trúc (TeamSchema)',
    en: 'a team of the right shape (TeamSchema)',
  });
  return expectedOf(checkedTeam, checkPeriod(period, 'period'), checkSchedule(options)).map(
    (e) => ({ seat: copy(e.seat), to: e.to, rule: copy(e.rule), due: e.due }),
  );
}
