import { checkDocument, checkOneOf, checkOptions } from '../_internal/arguments.js';
import { checkPeriod } from '../_internal/periods.js';
import { checkText } from '../_internal/text-argument.js';
import { formatPeriod, type Period } from '../calendar/period.js';
import { type Team, TeamSchema } from '../team/schema.js';
import { checkBook, type ReportRecord } from './book.js';
import { dateOf, type ReportingStatus } from './report-schema.js';
import {
  type CheckedSchedule,
  checkSchedule,
  type ExpectedReport,
  expectedOf,
  type ScheduleOptions,
} from './schedule.js';

/**
 * Options of {@link reportingStatus}.
 *
 * @category Reports
 */
export interface ReportingStatusOptions extends ScheduleOptions {
  /** The period. */
  readonly period: Period;
  /** Only the reports sent to this seat or body. */
  readonly to?: string;
  /** Only the reports of seats of this role (a level of the chain). */
  readonly role?: 'leader' | 'deputy' | 'member';
}

/**
 * Completeness and timeliness of the periodic reports expected for a period under the
 * schedule, for one receiver (`to`), one level (`role`) or the whole team: expected, received
 * (submitted or accepted; a returned report does not count until resubmitted), on time (first
 * submitted by the due date, on the day in Vietnam), who is missing, who was late, and the rates.
 *
 * @param book - The reports.
 * @param team - The team.
 * @param options - The period, the receiver or level, the schedule and calendar.
 * @returns The figures.
 * @throws {@link InvalidArgumentError} when `book`, `team` or an option does not conform (a
 *   period that is not a real period of the supported years, a role that is not a role).
 * @example
 * ```ts
 * import { dakNia2022Team, reportingStatus } from 'to-cong-nghe-so';
 *
 * const status = reportingStatus([], dakNia2022Team(), {
 *   period: { kind: 'month', year: 2025, index: 1 },
 *   to: 'deputies/farmers',
 * });
 * status.missing; // ['village-heads/bon-bu-sir', 'village-heads/bon-phai-kol-pru-dang']
 * status.completeness; // 0
 * ```
 * @category Reports
 */
export function reportingStatus(
  book: readonly ReportRecord[],
  team: Team,
  options: ReportingStatusOptions,
): ReportingStatus {
  const checkedBook = checkBook(book);
  const checkedTeam = checkDocument(TeamSchema, team, 'team', {
    vi: 'một tổ đúng cấu trúc (TeamSchema)',
    en: 'a team of the right shape (TeamSchema)',
  });
  const schedule = checkSchedule(options);
  const given: Partial<ReportingStatusOptions> = checkOptions(options, 'options');
  return statusOf(checkedBook, checkedTeam, {
    ...schedule,
    period: checkPeriod(given.period, 'options.period'),
    ...(given.to === undefined ? {} : { to: checkText(given.to, 'options.to') }),
    ...(given.role === undefined
      ? {}
      : { role: checkOneOf(given.role, 'options.role', ['leader', 'deputy', 'member'] as const) }),
  });
}

/** @internal Options of {@link reportingStatus}, checked. */
export interface CheckedStatusOptions extends CheckedSchedule {
  readonly period: Period;
  readonly to?: string;
  readonly role?: 'leader' | 'deputy' | 'member';
}

/** The received (submitted or accepted) periodic reports of a period, by sender: the first in the book. */
function receivedBySender(
  book: readonly ReportRecord[],
  periodId: string,
): Map<string, ReportRecord> {
  const bySender = new Map<string, ReportRecord>();
  for (const record of book) {
    const { report } = record;
    if (report.kind !== 'periodic' || report.period !== periodId || record.state === 'returned') {
      continue;
    }
    if (!bySender.has(report.from)) bySender.set(report.from, record);
  }
  return bySender;
}

/** @internal {@link reportingStatus} of checked arguments: O(n) in the book and the seats. */
export function statusOf(
  book: readonly ReportRecord[],
  team: Team,
  options: CheckedStatusOptions,
): ReportingStatus {
  const periodId = formatPeriod(options.period);
  const expected = expectedOf(team, options.period, options).filter(
    (e: ExpectedReport) =>
      (options.to === undefined || e.to === options.to) &&
      (options.role === undefined || e.seat.role === options.role),
  );
  const received = receivedBySender(book, periodId);
  const missing: string[] = [];
  const late: string[] = [];
  let count = 0;
  for (const e of expected) {
    const record = received.get(e.seat.id);
    if (record === undefined) {
      missing.push(e.seat.id);
      continue;
    }
    count += 1;
    const first = record.history[0]?.at ?? record.report.submittedAt;
    if (dateOf(first) > e.due) late.push(e.seat.id);
  }
  const onTime = count - late.length;
  const rate = (n: number) => (expected.length === 0 ? null : (n / expected.length) * 100);
  return {
    ...(options.to === undefined ? {} : { to: options.to }),
    period: periodId,
    expected: expected.length,
    received: count,
    onTime,
    missing,
    late,
    completeness: rate(count),
    timeliness: rate(onTime),
  };
}
