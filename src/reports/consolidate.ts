import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { argumentsOrErr, conformingDocument } from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import { PeriodValueSchema } from '../_internal/periods.js';
import { seatOf } from '../_internal/team-view.js';
import { type WorkingCalendar, WorkingCalendarSchema } from '../calendar/holiday-schema.js';
import { formatPeriod, type Period, periodRange } from '../calendar/period.js';
import { type DataValue, DataValueSchema, valueKey } from '../indicators/value.js';
import { unknownSeat } from '../problems/catalogue/team.js';
import { type Problem, raise } from '../problems/problem.js';
import { type Seat, type Team, TeamSchema } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import { countChecked, sumChecked, valuesOfActivities } from '../work/activity-count.js';
import { ACTIVITY_INDICATORS, type Activity, ActivitySchema } from '../work/activity-schema.js';
import { checkBook, type ReportRecord } from './book.js';
import {
  type Report,
  type ReportInput,
  type ReportNote,
  TimestampSchema,
} from './report-schema.js';
import {
  type CheckedSchedule,
  checkSchedule,
  expectedOf,
  ReportingScheduleSchema,
  type ScheduleOptions,
} from './schedule.js';
import { statusOf } from './status.js';

/**
 * The problems of {@link draftMemberReport} and {@link consolidateReports}: an unknown seat, or
 * `invalid_argument`.
 *
 * @category Reports
 */
export type DraftReportProblem = Problem<'unknown_seat' | 'invalid_argument'>;

const TEAM_ARGUMENT = {
  vi: 'một tổ đúng cấu trúc (TeamSchema)',
  en: 'a team of the right shape (TeamSchema)',
};

const LINES = z.array(TextSchema);

const DraftSchema = z
  .object({
    seat: TextSchema,
    period: PeriodValueSchema,
    submittedAt: TimestampSchema,
    activities: z.array(ActivitySchema),
    values: z.array(DataValueSchema).optional(),
    results: LINES.optional(),
    obstacles: LINES.optional(),
    proposals: LINES.optional(),
    id: TextSchema.optional(),
  })
  .strict();

/** Checks a team and an options object for a function that returns a Result. */
function checked<S extends z.ZodType>(
  team: unknown,
  schema: S,
  options: unknown,
  argument: string,
): Result<{ team: Team; options: z.output<S> }, Problem<'invalid_argument'>> {
  return conformingDocument(TeamSchema, team, 'team', TEAM_ARGUMENT).andThen((t) =>
    conformingDocument(schema, options, argument, {
      vi: 'các tùy chọn đúng cấu trúc (xem tài liệu của hàm)',
      en: 'options of the right shape (see the function’s documentation)',
    }).map((o) => ({ team: t, options: o })),
  );
}

/** A plain copy of data, so that results share nothing with checked (cached) arguments. */
function copy<T>(value: T): T {
  return copyData(value);
}

/**
 * What a member's report is drafted from.
 *
 * @category Reports
 */
export interface DraftMemberReportOptions {
  /** The member's seat. */
  readonly seat: string;
  /** The month (or other period) reported on. */
  readonly period: Period;
  /** When it is submitted (ISO 8601 with an offset). */
  readonly submittedAt: string;
  /** Activity records (the seat's own, within the period, are used). */
  readonly activities: readonly Activity[];
  /** Data values measured in the villages (those of the seat's village, or reported by it). */
  readonly values?: readonly DataValue[];
  /** Results, one per line. */
  readonly results?: readonly string[];
  /** Obstacles. */
  readonly obstacles?: readonly string[];
  /** Proposals. */
  readonly proposals?: readonly string[];
  /** The report's id (default `<seat>/<period>`). */
  readonly id?: string;
}

/**
 * Drafts a member's periodic report from what they recorded: the activity counts of their
 * activities in the period, the data values of the team-produced indicators computed from them
 * ({@link activityValues}), and the measured values of their village (or that they reported),
 * which win over computed ones for the same indicator. Obstacles and proposals are marked with
 * the seat and village. Submit the draft with {@link submitReport}.
 *
 * @param team - The team.
 * @param draft - The seat, period, submission time, records and free text.
 * @returns The report to submit; `unknown_seat`; or `invalid_argument` when `team` or an option
 *   does not conform (unknown option keys included). Never throws.
 * @example
 * ```ts
 * import { dakNia2022Team, draftMemberReport } from 'to-cong-nghe-so';
 *
 * const report = draftMemberReport(dakNia2022Team(), {
 *   seat: 'village-heads/bon-bu-sir',
 *   period: { kind: 'month', year: 2025, index: 1 },
 *   submittedAt: '2025-02-14T08:30:00+07:00',
 *   activities: [
 *     { kind: 'help', id: 'h1', date: '2025-01-08', by: 'village-heads/bon-bu-sir', village: 'bon-bu-sir', platform: 'vneid', count: 9 },
 *   ],
 *   obstacles: ['Sóng yếu ở cuối bon'],
 * })._unsafeUnwrap();
 * report.activities; // { vneid: 9 }
 * report.values?.find((v) => v.indicator === 'vneidInstalls')?.numerator; // 9
 * report.values?.find((v) => v.indicator === 'peopleGuided')?.numerator; // 0
 * report.obstacles; // [{ text: 'Sóng yếu ở cuối bon', from: 'village-heads/bon-bu-sir', place: 'bon-bu-sir' }]
 * ```
 * @category Reports
 */
export function draftMemberReport(
  team: Team,
  draft: DraftMemberReportOptions,
): Result<ReportInput, DraftReportProblem> {
  return checked(team, DraftSchema, draft, 'draft').andThen((args) => {
    const { options } = args;
    const seat = seatOf(args.team, options.seat);
    if (seat === undefined) return err(raise(unknownSeat, ['seat'], { seatId: options.seat }));
    const periodId = formatPeriod(options.period);
    const village = seat.filling.kind === 'villageHead' ? seat.filling.villageId : undefined;
    const own = options.activities.filter((a) => a.by === seat.id);
    const measured = (options.values ?? []).filter(
      (v) => v.period === periodId && (v.place === village || v.reportedBy === seat.id),
    );
    const measuredKeys = new Set(measured.map(valueKey));
    const computed = valuesOfActivities(
      own,
      args.team,
      options.period,
      village ? [village] : undefined,
    ).filter((v) => !measuredKeys.has(valueKey(v)));
    const note = (text: string): ReportNote => ({
      text,
      from: seat.id,
      ...(village === undefined ? {} : { place: village }),
    });
    return ok(
      copy({
        id: options.id ?? `${seat.id}/${periodId}`,
        kind: 'periodic' as const,
        period: periodId,
        from: seat.id,
        values: [...measured, ...computed],
        activities: countChecked(own, periodRange(options.period)),
        results: [...(options.results ?? [])],
        obstacles: (options.obstacles ?? []).map(note),
        proposals: (options.proposals ?? []).map(note),
        submittedAt: options.submittedAt,
      }),
    );
  });
}

const ConsolidateSchema = z
  .object({
    seat: TextSchema,
    period: PeriodValueSchema,
    submittedAt: TimestampSchema,
    activities: z.array(ActivitySchema).optional(),
    results: LINES.optional(),
    obstacles: LINES.optional(),
    proposals: LINES.optional(),
    id: TextSchema.optional(),
    schedule: ReportingScheduleSchema.optional(),
    calendar: WorkingCalendarSchema.optional(),
  })
  .strict();

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
 * What a consolidated report is built for.
 *
 * @category Reports
 */
export interface ConsolidateReportsOptions extends ScheduleOptions {
  /** The consolidating seat: a deputy, or the leader. */
  readonly seat: string;
  /** The period. */
  readonly period: Period;
  /** When it is submitted (ISO 8601 with an offset). */
  readonly submittedAt: string;
  /**
   * Activity records; the consolidating seat's own, within the period, are added to the totals
   * (a deputy's or the leader's own guidance sessions, installs helped …).
   */
  readonly activities?: readonly Activity[];
  /** The consolidating seat's own results, one per line. */
  readonly results?: readonly string[];
  /** Its own obstacles. */
  readonly obstacles?: readonly string[];
  /** Its own proposals. */
  readonly proposals?: readonly string[];
  /** The report's id (default `<seat>/<period>`). */
  readonly id?: string;
}

/**
 * Consolidates up the chain (tổng hợp): a deputy's report from the reports of the members they
 * supervise, the leader's report to the People's Committee from the deputies'. The reports
 * received (submitted or accepted) give the village data values, carried up unchanged so that
 * {@link rollUp} of the consolidated report gives the same figures as a roll-up of the villages'
 * own values; activity counts are summed; obstacles and proposals are carried up with their
 * origin. The consolidating seat's own activities in the period (`activities` recorded `by` it)
 * are added: their counts ({@link countActivities}) to the summed counts, and their values
 * ({@link activityValues}) to those of the same village and indicator (a share of households
 * capped at the village's households); values of these indicators for the same village from two
 * reports are added too. The totals then equal a direct count of every activity of the seats
 * that reported. The completeness and timeliness of the reports expected by this seat
 * ({@link reportingStatus}) come first in `coverage`, followed by those carried from below.
 *
 * @param book - The reports received so far.
 * @param team - The team.
 * @param options - The seat, period, submission time, own text, schedule and calendar.
 * @returns The report to submit; `unknown_seat`; or `invalid_argument` when `team` or an option
 *   does not conform (unknown option keys included). Never throws.
 * @example
 * ```ts
 * import { consolidateReports, dakNia2022Team } from 'to-cong-nghe-so';
 *
 * const report = consolidateReports([], dakNia2022Team(), {
 *   seat: 'deputies/farmers',
 *   period: { kind: 'month', year: 2025, index: 1 },
 *   submittedAt: '2025-02-18T08:00:00+07:00',
 * })._unsafeUnwrap();
 * report.coverage?.[0]?.missing; // ['village-heads/bon-bu-sir', 'village-heads/bon-phai-kol-pru-dang']
 * ```
 * @category Reports
 */
export function consolidateReports(
  book: readonly ReportRecord[],
  team: Team,
  options: ConsolidateReportsOptions,
): Result<ReportInput, DraftReportProblem> {
  return checked(team, ConsolidateSchema, options, 'options')
    .andThen((args) =>
      argumentsOrErr(() => ({
        ...args,
        book: checkBook(book),
        schedule: checkSchedule({
          ...(args.options.schedule === undefined ? {} : { schedule: args.options.schedule }),
          ...(args.options.calendar === undefined
            ? {}
            : { calendar: args.options.calendar as WorkingCalendar }),
        }),
      })),
    )
    .andThen((args) => {
      const seat = seatOf(args.team, args.options.seat);
      if (seat === undefined) {
        return err(raise(unknownSeat, ['seat'], { seatId: args.options.seat }));
      }
      return ok(consolidated({ ...args, seat }));
    });
}

/** What a consolidated report is built from, checked. */
interface Consolidation {
  readonly book: readonly ReportRecord[];
  readonly team: Team;
  readonly seat: Seat;
  readonly options: z.output<typeof ConsolidateSchema>;
  readonly schedule: CheckedSchedule;
}

/** The reports received by the seat for the period from the seats expected to send them. */
function receivedReports({ book, team, seat, options, schedule }: Consolidation): Report[] {
  const periodId = formatPeriod(options.period);
  const senders = new Set(
    expectedOf(team, options.period, schedule)
      .filter((e) => e.to === seat.id)
      .map((e) => e.seat.id),
  );
  return book
    .filter(
      (r) =>
        senders.has(r.report.from) &&
        r.report.kind === 'periodic' &&
        r.report.period === periodId &&
        r.state !== 'returned',
    )
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

/** The consolidated report of checked arguments. */
function consolidated(args: Consolidation): ReportInput {
  const { team, seat, options } = args;
  const periodId = formatPeriod(options.period);
  const received = receivedReports(args);
  const activities = (options.activities ?? []).filter((a) => a.by === seat.id);
  const carried = (pick: (r: Report) => readonly ReportNote[]) =>
    received.flatMap((r) => pick(r).map((n) => ({ ...n, from: n.from ?? r.from })));
  const ownNote = (text: string): ReportNote => ({ text, from: seat.id });
  const status = statusOf(args.book, team, {
    ...args.schedule,
    period: options.period,
    to: seat.id,
  });
  return copy({
    id: options.id ?? `${seat.id}/${periodId}`,
    kind: 'periodic' as const,
    period: periodId,
    from: seat.id,
    values: mergedValues(received, valuesOfActivities(activities, team, options.period)),
    activities: sumChecked([
      ...received.map((r) => r.activities),
      countChecked(activities, periodRange(options.period)),
    ]),
    results: [...(options.results ?? [])],
    obstacles: [...(options.obstacles ?? []).map(ownNote), ...carried((r) => r.obstacles)],
    proposals: [...(options.proposals ?? []).map(ownNote), ...carried((r) => r.proposals)],
    submittedAt: options.submittedAt,
    basedOn: received.map((r) => r.id),
    coverage: [status, ...received.flatMap((r) => r.coverage)],
  });
}
