import { z } from 'zod';
import { type IsoDate, isSupportedDate } from '../_internal/dates.js';
import { IsoDateSchema, vietnamDateOf } from '../calendar/date.js';
import { PeriodIdSchema } from '../calendar/period.js';
import { DataValueSchema } from '../indicators/value.js';
import { dateOutOfRange, invalidTimestamp } from '../problems/catalogue/calendar.js';
import { dueBeforeRequest, missingPeriod, missingRequest } from '../problems/catalogue/reports.js';
import { addProblem } from '../problems/input.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { ActivityCountsSchema } from '../work/activity-schema.js';

/**
 * @internal An ISO 8601 timestamp with an offset whose day in Vietnam is a supported date:
 * `invalid_timestamp` or `date_out_of_range` otherwise.
 */
export const TimestampSchema = z.string().superRefine((value, ctx) => {
  const day = vietnamDateOf(value);
  if (day.isOk()) return;
  const problem = day.error;
  if (problem.code === 'invalid_timestamp') {
    addProblem(ctx, invalidTimestamp, problem.params ?? { input: '' });
  } else {
    addProblem(
      ctx,
      dateOutOfRange,
      problem.params ?? { input: '', start: '1900-01-01', end: '2100-12-31' },
    );
  }
});

/**
 * @internal The day in Vietnam of a checked report timestamp ({@link vietnamDateOf}).
 */
export function dateOf(at: string): IsoDate {
  return vietnamDateOf(at).unwrapOr(at.slice(0, 10) as IsoDate);
}

/**
 * An obstacle (khó khăn, vướng mắc) or proposal (đề xuất, kiến nghị), with where it comes from
 * so that it keeps its origin as it is carried up the chain.
 *
 * @category Reports
 */
export const ReportNoteSchema = z
  .object({
    /** The text. */
    text: TextSchema,
    /** The seat it comes from. */
    from: TextSchema.optional(),
    /** The village it concerns. */
    place: TextSchema.optional(),
  })
  .strict();

/**
 * An obstacle or proposal.
 *
 * @category Reports
 */
export type ReportNote = z.infer<typeof ReportNoteSchema>;

/**
 * Completeness and timeliness of the reports one receiver (or a whole level) expected for a
 * period, as DHIS2 counts them: expected, received, received on time, and the rates (%).
 *
 * @category Reports
 */
export const ReportingStatusSchema = z
  .object({
    /** The receiving seat or body; absent for a whole level. */
    to: TextSchema.optional(),
    /** The period. */
    period: PeriodIdSchema,
    /** Reports expected. */
    expected: z.number().int().min(0),
    /** Reports received (submitted or accepted, not returned). */
    received: z.number().int().min(0),
    /** Reports received by their due date. */
    onTime: z.number().int().min(0),
    /** The seats that have not reported. */
    missing: z.array(TextSchema),
    /** The seats that reported after their due date. */
    late: z.array(TextSchema),
    /** received ÷ expected × 100; `null` when nothing is expected. */
    completeness: z.number().nullable(),
    /** on time ÷ expected × 100; `null` when nothing is expected. */
    timeliness: z.number().nullable(),
  })
  .strict();

/**
 * Completeness and timeliness figures.
 *
 * @category Reports
 */
export type ReportingStatus = z.infer<typeof ReportingStatusSchema>;

/**
 * A report: periodic (for a period) or ad hoc (answering a request, with its own due date); the
 * sender seat and its holder at the time; the receiver (by default the sender's supervisor in
 * the chain, or for the leader the People's Committee); the data values and activity counts it
 * reports; results, obstacles and proposals; when it was submitted (ISO 8601 with an offset);
 * and, for a consolidated report, the reports it is built from and the completeness and
 * timeliness at each level below.
 *
 * @example
 * ```ts
 * import { ReportSchema } from 'to-cong-nghe-so';
 *
 * ReportSchema.parse({
 *   id: 'bc-bu-sir-2025-01', kind: 'periodic', period: '2025-01', from: 'village-heads/bon-bu-sir',
 *   submittedAt: '2025-02-14T08:30:00+07:00',
 * }).obstacles; // []
 * ```
 * @category Reports
 */
export const ReportSchema = z
  .object({
    /** A stable id. */
    id: TextSchema,
    /** Periodic (định kỳ) or ad hoc (đột xuất). */
    kind: z.enum(['periodic', 'adHoc']),
    /** The period reported on; required for a periodic report. */
    period: PeriodIdSchema.optional(),
    /** The request an ad-hoc report answers; required for one. */
    request: z
      .object({
        /** The request's id. */
        id: TextSchema,
        /** What was asked. */
        title: LabelSchema,
        /** The day it was asked. */
        requestedOn: IsoDateSchema,
        /** The day the answer is due. */
        due: IsoDateSchema,
      })
      .strict()
      .superRefine((request, ctx) => {
        const { requestedOn, due } = request;
        if (isSupportedDate(due) && isSupportedDate(requestedOn) && due < requestedOn) {
          addProblem(ctx, dueBeforeRequest, { requestedOn, due }, ['due']);
        }
      })
      .optional(),
    /** The sending seat. */
    from: TextSchema,
    /** The sender's holder (person id) on the day of submission; filled in when submitted. */
    holder: TextSchema.optional(),
    /** The receiving seat or body; by default the sender's supervisor. */
    to: TextSchema.optional(),
    /** The data values reported. */
    values: z.array(DataValueSchema).default([]),
    /** The activity counts reported. */
    activities: ActivityCountsSchema.default({}),
    /** Results, one per line. */
    results: z.array(TextSchema).default([]),
    /** Obstacles (khó khăn, vướng mắc). */
    obstacles: z.array(ReportNoteSchema).default([]),
    /** Proposals (đề xuất, kiến nghị). */
    proposals: z.array(ReportNoteSchema).default([]),
    /** When it was submitted, ISO 8601 with an offset; its day is the day in Vietnam (UTC+7). */
    submittedAt: TimestampSchema,
    /** The ids of the reports it consolidates. */
    basedOn: z.array(TextSchema).default([]),
    /** Completeness and timeliness of the reports it consolidates, at each level below. */
    coverage: z.array(ReportingStatusSchema).default([]),
  })
  .strict()
  .superRefine((report, ctx) => {
    if (report.kind === 'periodic' && report.period === undefined) {
      addProblem(ctx, missingPeriod, {}, ['period']);
    }
    if (report.kind === 'adHoc' && report.request === undefined) {
      addProblem(ctx, missingRequest, {}, ['request']);
    }
  });

/**
 * A report.
 *
 * @category Reports
 */
export type Report = z.output<typeof ReportSchema>;

/**
 * A report as written (defaults not yet filled in).
 *
 * @category Reports
 */
export type ReportInput = z.input<typeof ReportSchema>;
