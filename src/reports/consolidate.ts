import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { argumentsOrErr } from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { PeriodValueSchema } from '../_internal/periods.js';
import { seatOf } from '../_internal/team-view.js';
import { WorkingCalendarSchema } from '../calendar/holiday-schema.js';
import { formatPeriod, type Period, periodRange } from '../calendar/period.js';
import { type DataValue, valueKey } from '../indicators/value.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { unknownSeat } from '../problems/catalogue/team.js';
import { raise } from '../problems/problem.js';
import type { Seat, Team } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import { countChecked, sumChecked, valuesOfActivities } from '../work/activity-count.js';
import { ACTIVITY_INDICATORS, type Activity } from '../work/activity-schema.js';
import { ActivitiesSchema } from '../work/arguments.js';
import { checkBook, type ReportRecord } from './book.js';
import type { DraftReportProblem } from './draft.js';
import { carriedNotes, checkedArguments, LinesSchema, onceEach, ownNote } from './notes.js';
import {
  drafted,
  type Report,
  type ReportInput,
  type ReportingStatus,
  type ReportRequest,
  ReportRequestSchema,
  TimestampSchema,
} from './report-schema.js';
import {
  type CheckedSchedule,
  checkSchedule,
  type ExpectedSender,
  ReportingScheduleSchema,
  type ScheduleOptions,
} from './schedule.js';
import { type CheckedStatusOptions, expectedFor, type StatusSubject, statusOf } from './status.js';

const ConsolidateSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      seat: TextSchema,
      period: PeriodValueSchema.optional(),
      request: ReportRequestSchema.optional(),
      submittedAt: TimestampSchema,
      activities: ActivitiesSchema.optional(),
      results: LinesSchema.optional(),
      obstacles: LinesSchema.optional(),
      proposals: LinesSchema.optional(),
      id: TextSchema.optional(),
      schedule: ReportingScheduleSchema.optional(),
      calendar: WorkingCalendarSchema.optional(),
    })
    .strict(),
);

/** The lists of the options, checked once per list. */
const CONSOLIDATE_LISTS = { activities: ActivitiesSchema };

/**
 * Two values of an activity indicator for the same village and period (from two reports, or a
 * report and the consolidating seat's own records): their sum, a share capped at its whole.
 */
function addValue(below: DataValue | undefined, own: DataValue): DataValue {
  if (!below) return own;
  const numerator = below.numerator + own.numerator;
  const { denominator } = below;
  return {
    ...below,
    numerator: denominator === undefined ? numerator : Math.min(numerator, denominator),
  };
}

/**
 * What a consolidated report is built for: a period (a periodic report) or an ad-hoc request
 * (the answer to it) — exactly one of them.
 *
 * @category Reports
 */
export interface ConsolidateReportsOptions extends ScheduleOptions {
  /** The consolidating seat: a deputy, or the leader. */
  readonly seat: string;
  /** The period, for a periodic report. */
  readonly period?: Period;
  /** The ad-hoc request, for an answer to it. */
  readonly request?: ReportRequest;
  /** When it is submitted (ISO 8601 with an offset). */
  readonly submittedAt: string;
  /**
   * Activity records; the consolidating seat's own, within the period, are added to the totals
   * (a deputy's or the leader's own guidance sessions, installs helped …). Not used for an
   * ad-hoc request, which has no period.
   */
  readonly activities?: readonly Activity[];
  /** The consolidating seat's own results, one per line. */
  readonly results?: readonly string[];
  /** Its own obstacles. */
  readonly obstacles?: readonly string[];
  /** Its own proposals. */
  readonly proposals?: readonly string[];
  /** The report's id (default `<seat>/<period>`, or `<seat>/<request id>`). */
  readonly id?: string;
}

/**
 * Consolidates up the chain (tổng hợp): a deputy's report from the reports of the members they
 * supervise, the leader's report to the People's Committee from the deputies' — for a period,
 * or in answer to an ad-hoc request. The reports received (submitted or accepted) give the
 * village data values, carried up unchanged so that {@link rollUp} of the consolidated report
 * gives the same figures as a roll-up of the villages' own values; activity counts are summed;
 * results, obstacles and proposals are carried up with their origin (the seat that wrote each
 * and its village), each once. The consolidating seat's own activities in the period
 * (`activities` recorded `by` it) are added: their counts ({@link countActivities}) to the
 * summed counts, and their values ({@link activityValues}) to those of the same village and
 * indicator (a share of households capped at the village's households); values of these
 * indicators for the same village from two reports are added too. The totals then equal a direct
 * count of every activity of the seats that reported. The completeness and timeliness of the
 * reports expected by this seat ({@link reportingStatus}, one entry per level of senders) come
 * first in `coverage`, followed by those carried from below.
 *
 * @param book - The reports received so far.
 * @param team - The team.
 * @param options - The seat, the period or request, the submission time, own text, schedule and
 *   calendar.
 * @returns The report to submit; `unknown_seat`; or `invalid_argument` when `team` or an option
 *   does not conform (unknown option keys included, both or neither of `period` and `request`).
 *   Never throws.
 * @example
 * ```ts
 * import { consolidateReports } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const report = consolidateReports([], dakNia2022Team(), {
 *   seat: 'deputies/farmers',
 *   period: { kind: 'month', year: 2025, index: 1 },
 *   submittedAt: '2025-02-18T08:00:00+07:00',
 * })._unsafeUnwrap();
 * report.coverage?.[0]?.missing; // ['village-heads/bon-bu-sir', 'village-heads/bon-phai-kol-pru-dang']
 * report.coverage?.[0]?.role; // 'member'
 * ```
 * @category Reports
 */
export function consolidateReports(
  book: readonly ReportRecord[],
  team: Team,
  options: ConsolidateReportsOptions,
): Result<ReportInput, DraftReportProblem> {
  return checkedArguments(team, ConsolidateSchema, CONSOLIDATE_LISTS, options, 'options')
    .andThen((args) =>
      argumentsOrErr(() => ({
        ...args,
        book: checkBook(book),
        subject: subjectOf(args.options),
        schedule: checkSchedule({
          ...(args.options.schedule === undefined ? {} : { schedule: args.options.schedule }),
          // The calendar as given: the library knows the object it made, not the schema's copy.
          ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
        }),
      })),
    )
    .andThen((args) => {
      const seat = seatOf(args.team, args.options.seat);
      if (seat === undefined) {
        return err(raise(unknownSeat, ['seat'], { seatId: args.options.seat }));
      }
      return ok(drafted(consolidated({ ...args, seat })));
    });
}

/** The period or request of checked options: exactly one. */
function subjectOf(options: z.output<typeof ConsolidateSchema>): StatusSubject {
  if (options.period !== undefined && options.request === undefined) {
    return { period: options.period };
  }
  if (options.request !== undefined && options.period === undefined) {
    return { request: options.request };
  }
  throw new InvalidArgumentError(
    'options',
    {
      vi: 'một kỳ (`period`) hoặc một yêu cầu đột xuất (`request`), đúng một trong hai',
      en: 'a period (`period`) or an ad-hoc request (`request`): exactly one of them',
    },
    options,
  );
}

/** What a consolidated report is built from, checked. */
interface Consolidation {
  readonly book: readonly ReportRecord[];
  readonly team: Team;
  readonly seat: Seat;
  readonly subject: StatusSubject;
  readonly options: z.output<typeof ConsolidateSchema>;
  readonly schedule: CheckedSchedule;
}

/** The status options of the consolidating seat. */
function statusOptions(args: Consolidation): CheckedStatusOptions {
  return { ...args.schedule, ...args.subject, to: args.seat.id };
}

/** The seats expected to report to the consolidating seat. */
function sendersTo(args: Consolidation): ExpectedSender[] {
  return expectedFor(args.team, statusOptions(args)).filter((e) => e.to === args.seat.id);
}

/** The reports received by the seat, from the seats expected to send them. */
function receivedReports(args: Consolidation): Report[] {
  const { subject } = args;
  const senders = new Set(sendersTo(args).map((e) => e.seat.id));
  const periodId = subject.period === undefined ? undefined : formatPeriod(subject.period);
  return args.book
    .filter(({ report, state }) => {
      if (!senders.has(report.from) || state === 'returned') return false;
      return periodId === undefined
        ? report.kind === 'adHoc' && report.request?.id === subject.request?.id
        : report.kind === 'periodic' && report.period === periodId;
    })
    .map((r) => r.report);
}

/** The values received, with the seat's own activity values added to them. */
function mergedValues(received: readonly Report[], own: readonly DataValue[]): DataValue[] {
  const values = new Map<string, DataValue>();
  for (const v of [...received.flatMap((r) => r.values), ...own]) {
    const key = valueKey(v);
    const held = values.get(key);
    values.set(key, held && ACTIVITY_INDICATORS.has(v.indicator) ? addValue(held, v) : v);
  }
  return [...values.values()];
}

/** The seat's own coverage: one status per level of the seats that report to it. */
function ownCoverage(args: Consolidation): ReportingStatus[] {
  const options = statusOptions(args);
  const roles = new Set(sendersTo(args).map((e) => e.seat.role));
  if (roles.size === 0) return [statusOf(args.book, args.team, options)];
  return (['member', 'deputy', 'leader'] as const)
    .filter((role) => roles.has(role))
    .map((role) => statusOf(args.book, args.team, { ...options, role }));
}

/** The consolidated report of checked arguments. */
function consolidated(args: Consolidation): ReportInput {
  const { team, seat, options, subject } = args;
  const received = receivedReports(args);
  const activities =
    subject.period === undefined ? [] : (options.activities ?? []).filter((a) => a.by === seat.id);
  const own = (lines: readonly string[] | undefined) =>
    (lines ?? []).map((text) => ownNote(text, seat.id, undefined));
  const notes = (lines: readonly string[] | undefined, pick: (r: Report) => Report['results']) =>
    onceEach([...own(lines), ...carriedNotes(team, received, pick)]);
  const identity =
    subject.period === undefined
      ? { kind: 'adHoc' as const, request: subject.request }
      : { kind: 'periodic' as const, period: formatPeriod(subject.period) };
  return copyData({
    id:
      options.id ??
      `${seat.id}/${subject.period === undefined ? subject.request.id : formatPeriod(subject.period)}`,
    ...identity,
    from: seat.id,
    values: mergedValues(
      received,
      subject.period === undefined ? [] : valuesOfActivities(activities, team, subject.period),
    ),
    activities: sumChecked([
      ...received.map((r) => r.activities),
      ...(subject.period === undefined
        ? []
        : [countChecked(activities, periodRange(subject.period))]),
    ]),
    results: notes(options.results, (r) => r.results),
    obstacles: notes(options.obstacles, (r) => r.obstacles),
    proposals: notes(options.proposals, (r) => r.proposals),
    submittedAt: options.submittedAt,
    basedOn: received.map((r) => r.id),
    coverage: [...ownCoverage(args), ...received.flatMap((r) => r.coverage)],
  });
}
