import { z } from 'zod';
import type { IsoDate } from '../calendar/date.js';
import { VIETNAM_CALENDAR, type WorkingCalendar } from '../calendar/holidays.js';
import { type Period, periodRange } from '../calendar/period.js';
import { DataWindowPolicySchema, DueRuleSchema, reportDueDate } from '../calendar/window.js';
import { committeesOf, supervisorOf } from '../chain/chain.js';
import { activeSeats } from '../team/query.js';
import type { Seat, Team } from '../team/schema.js';
import { LabelSchema, TextSchema } from '../text/label.js';

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
export const ReportingRuleSchema = z
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
    /** When the report is due. */
    due: DueRuleSchema,
  })
  .strict();

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
export const ReportingScheduleSchema = z.array(ReportingRuleSchema);

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
export const MONTHLY_REPORTING_SCHEDULE: ReportingSchedule = [
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
];

function matches(rule: ReportingRule, seat: Seat): boolean {
  switch (rule.senders) {
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

/**
 * The rule of a schedule a seat follows for a kind of period: the first that matches it.
 *
 * @param schedule - The schedule.
 * @param seat - The seat.
 * @param periodKind - The kind of period.
 * @returns The rule, or `undefined` when the seat does not report for that kind of period.
 * @example
 * ```ts
 * import { dakNia2022Team, MONTHLY_REPORTING_SCHEDULE, reportingRuleOf } from 'to-cong-nghe-so';
 *
 * const seat = dakNia2022Team().seats.find((s) => s.id === 'deputies/farmers');
 * seat && reportingRuleOf(MONTHLY_REPORTING_SCHEDULE, seat, 'month')?.due; // { kind: 'dayOfNextMonth', day: 18 }
 * ```
 * @category Reports
 */
export function reportingRuleOf(
  schedule: ReportingSchedule,
  seat: Seat,
  periodKind: Period['kind'],
): ReportingRule | undefined {
  return schedule.find((rule) => rule.periodKind === periodKind && matches(rule, seat));
}

/** @internal The receiver of a seat's reports under a rule on a date: a seat or body id. */
export function receiverOf(
  team: Team,
  seat: Seat,
  rule: ReportingRule | undefined,
  asOf: IsoDate,
): string | undefined {
  if (rule?.to === 'reportsTo' || seat.role === 'leader') return committeesOf(team, asOf)[0]?.id;
  return supervisorOf(team, seat, asOf)?.id;
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
  /** The rule. */
  readonly rule: ReportingRule;
  /** The due date. */
  readonly due: IsoDate;
}

/**
 * The reports expected for a period under a schedule: one per seat a rule matches (seats in
 * force on the period's last day), with its receiver and due date.
 *
 * @param team - The team.
 * @param period - The period.
 * @param options - The schedule (default {@link MONTHLY_REPORTING_SCHEDULE}) and calendar.
 * @returns The expected reports, in the team's order.
 * @example
 * ```ts
 * import { dakNia2022Team, expectedReports } from 'to-cong-nghe-so';
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
  const schedule = options.schedule ?? MONTHLY_REPORTING_SCHEDULE;
  const calendar = options.calendar ?? VIETNAM_CALENDAR;
  if (period.kind === 'week') return [];
  const end = periodRange(period).end;
  return activeSeats(team, end).flatMap((seat) => {
    const rule = reportingRuleOf(schedule, seat, period.kind);
    const to = rule && receiverOf(team, seat, rule, end);
    if (!rule || to === undefined) return [];
    return [
      { seat, to, rule, due: reportDueDate(period, rule.due, { policy: rule.policy, calendar }) },
    ];
  });
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
