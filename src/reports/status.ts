import { checkDocument, checkOneOf, checkOptions } from '../_internal/arguments.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
import { checkPeriod } from '../_internal/periods.js';
import { checkText } from '../_internal/text-argument.js';
import { formatPeriod, type Period } from '../calendar/period.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { type Team, TeamSchema } from '../team/schema.js';
import { checkBook, type ReportRecord } from './book.js';
import {
  dateOf,
  type ReportingStatus,
  type ReportRequest,
  ReportRequestSchema,
} from './report-schema.js';
import {
  type CheckedSchedule,
  checkSchedule,
  type ExpectedSender,
  expectedOf,
  expectedOfRequest,
  type ScheduleOptions,
} from './schedule.js';

/**
 * Options of {@link reportingStatus}: a period (periodic reports) or an ad-hoc request (its
 * answers) — exactly one of them.
 *
 * @category Reports
 */
export interface ReportingStatusOptions extends ScheduleOptions {
  /** The period, for periodic reports. */
  readonly period?: Period;
  /** The ad-hoc request, for its answers. */
  readonly request?: ReportRequest;
  /** Only the reports sent to this seat or body. */
  readonly to?: string;
  /** Only the reports of seats of this role (a level of the chain). */
  readonly role?: 'leader' | 'deputy' | 'member';
}

const ROLES = ['leader', 'deputy', 'member'] as const;

/** What reports are counted: those of a period, or the answers to a request. */
export type StatusSubject =
  | { readonly period: Period; readonly request?: undefined }
  | { readonly request: ReportRequest; readonly period?: undefined };

/** The period or request of checked options; exactly one is given. */
function checkSubject(given: Partial<ReportingStatusOptions>): StatusSubject {
  if ((given.period === undefined) === (given.request === undefined)) {
    throw new InvalidArgumentError(
      'options',
      {
        vi: 'một kỳ (`period`) hoặc một yêu cầu đột xuất (`request`), đúng một trong hai',
        en: 'a period (`period`) or an ad-hoc request (`request`): exactly one of them',
      },
      given,
    );
  }
  if (given.request !== undefined) {
    return {
      request: checkDocument(ReportRequestSchema, given.request, 'options.request', {
        vi: 'một yêu cầu báo cáo đột xuất (ReportRequestSchema)',
        en: 'an ad-hoc request (ReportRequestSchema)',
      }),
    };
  }
  return { period: checkPeriod(given.period, 'options.period') };
}

/**
 * Completeness and timeliness of the reports expected for a period under the schedule, or of
 * the answers expected to an ad-hoc request, for one receiver (`to`), one level (`role`) or the
 * whole team: expected, received (submitted or accepted; a returned report does not count until
 * resubmitted), on time (first submitted by the due date — the rule's for a period, the
 * request's for an ad-hoc request — on the day in Vietnam), who is missing, who was late, and
 * the rates. The answers expected to a request are those of the seats it names (by default
 * village heads, deputies and the leader) in force on the day of the request, each to its
 * receiver that day.
 *
 * @param book - The reports.
 * @param team - The team.
 * @param options - The period or request, the receiver or level, the schedule and calendar.
 * @returns The figures.
 * @throws {@link InvalidArgumentError} when `book`, `team` or an option does not conform (a
 *   period that is not a real period of the supported years, a request that is not a request,
 *   both or neither of them, a role that is not a role).
 * @example
 * ```ts
 * import { ReportRequestSchema, reportingStatus } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const status = reportingStatus([], dakNia2022Team(), {
 *   period: { kind: 'month', year: 2025, index: 1 },
 *   to: 'deputies/farmers',
 * });
 * status.missing; // ['village-heads/bon-bu-sir', 'village-heads/bon-phai-kol-pru-dang']
 * status.completeness; // 0
 * const request = ReportRequestSchema.parse({
 *   id: 'vneid', title: { vi: 'Báo cáo nhanh số hộ có VNeID', en: 'Households with VNeID' },
 *   requestedOn: '2025-03-03', due: '2025-03-05', senders: ['deputies'],
 * });
 * reportingStatus([], dakNia2022Team(), { request }).expected; // 4
 * ```
 * @category Reports
 */
export function reportingStatus(
  book: readonly ReportRecord[],
  team: Team,
  options: ReportingStatusOptions,
): ReportingStatus {
  const checkedBook = checkBook(book);
  const checkedTeam = checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  const schedule = checkSchedule(options);
  // Stryker disable next-line StringLiteral: checkSchedule has already refused any `options` that is not an object, under this name
  const given: Partial<ReportingStatusOptions> = checkOptions(options, 'options');
  return statusOf(checkedBook, checkedTeam, {
    ...schedule,
    ...checkSubject(given),
    ...(given.to === undefined ? {} : { to: checkText(given.to, 'options.to') }),
    ...(given.role === undefined ? {} : { role: checkOneOf(given.role, 'options.role', ROLES) }),
  });
}

/** @internal Options of {@link reportingStatus}, checked. */
export type CheckedStatusOptions = CheckedSchedule &
  StatusSubject & {
    readonly to?: string;
    readonly role?: 'leader' | 'deputy' | 'member';
  };

/**
 * The received (submitted or accepted) reports of a period or request, by sender: the first in
 * the book.
 */
function receivedBySender(
  book: readonly ReportRecord[],
  subject: StatusSubject,
): Map<string, ReportRecord> {
  const periodId = subject.period === undefined ? undefined : formatPeriod(subject.period);
  const requestId = subject.request?.id;
  const bySender = new Map<string, ReportRecord>();
  for (const record of book) {
    const { report } = record;
    if (record.state === 'returned') continue;
    const answers =
      periodId === undefined
        ? // Stryker disable next-line OptionalChaining: an ad-hoc report always has its request (the schema requires it)
          report.kind === 'adHoc' && report.request?.id === requestId
        : report.kind === 'periodic' && report.period === periodId;
    if (answers && !bySender.has(report.from)) bySender.set(report.from, record);
  }
  return bySender;
}

/** @internal The reports expected for a checked period or request. */
export function expectedFor(team: Team, options: CheckedStatusOptions): ExpectedSender[] {
  return options.request === undefined
    ? expectedOf(team, options.period, options)
    : expectedOfRequest(team, options.request);
}

/** @internal {@link reportingStatus} of checked arguments: O(n) in the book and the seats. */
export function statusOf(
  book: readonly ReportRecord[],
  team: Team,
  options: CheckedStatusOptions,
): ReportingStatus {
  const expected = expectedFor(team, options).filter(
    (e) =>
      (options.to === undefined || e.to === options.to) &&
      (options.role === undefined || e.seat.role === options.role),
  );
  const received = receivedBySender(book, options);
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
    ...(options.role === undefined ? {} : { role: options.role }),
    ...(options.request === undefined
      ? { period: formatPeriod(options.period) }
      : { request: options.request.id }),
    expected: expected.length,
    received: count,
    onTime,
    missing,
    late,
    completeness: rate(count),
    timeliness: rate(onTime),
  };
}
