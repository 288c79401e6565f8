import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { copyData } from '../_internal/copy.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { PeriodValueSchema } from '../_internal/periods.js';
import { seatOf } from '../_internal/team-view.js';
import { formatPeriod, type Period, periodRange } from '../calendar/period.js';
import { DataValueListSchema } from '../indicators/arguments.js';
import { type DataValue, valueKey } from '../indicators/value.js';
import { unknownSeat } from '../problems/catalogue/team.js';
import { type Problem, raise } from '../problems/problem.js';
import type { Team } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import { countChecked, valuesOfActivities } from '../work/activity-count.js';
import type { Activity } from '../work/activity-schema.js';
import { ActivitiesSchema } from '../work/arguments.js';
import { checkedArguments, LinesSchema, ownNote } from './notes.js';
import { drafted, type ReportInput, TimestampSchema } from './report-schema.js';

/**
 * The problems of {@link draftMemberReport} and {@link consolidateReports}: an unknown seat, or
 * `invalid_argument`.
 *
 * @category Reports
 */
export type DraftReportProblem = Problem<'unknown_seat' | 'invalid_argument'>;

const DraftSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      seat: TextSchema,
      period: PeriodValueSchema,
      submittedAt: TimestampSchema,
      activities: ActivitiesSchema,
      values: DataValueListSchema.optional(),
      results: LinesSchema.optional(),
      obstacles: LinesSchema.optional(),
      proposals: LinesSchema.optional(),
      id: TextSchema.optional(),
    })
    .strict(),
);

/** The lists of the draft options, checked once per list. */
const DRAFT_LISTS = { activities: ActivitiesSchema, values: DataValueListSchema };

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
 * which win over computed ones for the same indicator. Results, obstacles and proposals are
 * marked with the seat and its village, so that they keep their origin up the chain. Submit the
 * draft with {@link submitReport}.
 *
 * @param team - The team.
 * @param draft - The seat, period, submission time, records and free text.
 * @returns The report to submit; `unknown_seat`; or `invalid_argument` when `team` or an option
 *   does not conform (unknown option keys included). Never throws.
 * @example
 * ```ts
 * import { draftMemberReport } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const report = draftMemberReport(dakNia2022Team(), {
 *   seat: 'village-heads/bon-bu-sir',
 *   period: { kind: 'month', year: 2025, index: 1 },
 *   submittedAt: '2025-02-14T08:30:00+07:00',
 *   activities: [
 *     { kind: 'help', id: 'h1', date: '2025-01-08', by: 'village-heads/bon-bu-sir', village: 'bon-bu-sir', platform: 'vneid', count: 9 },
 *   ],
 *   results: ['Nhóm Zalo bon đã có 60/100 hộ tham gia'],
 * })._unsafeUnwrap();
 * report.activities; // { vneid: 9 }
 * report.values?.find((v) => v.indicator === 'vneidInstalls')?.numerator; // 9
 * report.results; // [{ text: 'Nhóm Zalo bon đã có 60/100 hộ tham gia', from: 'village-heads/bon-bu-sir', place: 'bon-bu-sir' }]
 * ```
 * @category Reports
 */
export function draftMemberReport(
  team: Team,
  draft: DraftMemberReportOptions,
): Result<ReportInput, DraftReportProblem> {
  return checkedArguments(team, DraftSchema, DRAFT_LISTS, draft, 'draft').andThen((args) => {
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
    const note = (text: string) => ownNote(text, seat.id, village);
    return ok(
      drafted(
        copyData({
          id: options.id ?? `${seat.id}/${periodId}`,
          kind: 'periodic' as const,
          period: periodId,
          from: seat.id,
          values: [...measured, ...computed],
          activities: countChecked(own, periodRange(options.period)),
          results: (options.results ?? []).map(note),
          obstacles: (options.obstacles ?? []).map(note),
          proposals: (options.proposals ?? []).map(note),
          submittedAt: options.submittedAt,
        }),
      ),
    );
  });
}
