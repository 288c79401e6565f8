import * as z from 'zod';
import { recordParse } from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import { type IsoDate, isSupportedDate } from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
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
export const TimestampSchema = /* @__PURE__ */ lazySchema(() =>
  z.string().superRefine((value, ctx) => {
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
  }),
);

/**
 * @internal The day in Vietnam of a checked report timestamp ({@link vietnamDateOf}).
 */
export function dateOf(at: string): IsoDate {
  return vietnamDateOf(at).unwrapOr(at.slice(0, 10) as IsoDate);
}

/** A note as an object: its text and where it comes from. */
const NoteObjectSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The text. */
      text: TextSchema,
      /** The seat it comes from (a member, a deputy, the leader). */
      from: TextSchema.optional(),
      /** The village it concerns. */
      place: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A result (kết quả), obstacle (khó khăn, vướng mắc) or proposal (đề xuất, kiến nghị), with
 * where it comes from — the seat that wrote it and the village it concerns — so that it keeps
 * its origin as it is carried up the chain and into every rendered report. Written as an object
 * `{ text, from, place }`, or as plain text, read as `{ text }` (the sender's own).
 *
 * @example
 * ```ts
 * import { ReportNoteSchema } from 'to-cong-nghe-so';
 *
 * ReportNoteSchema.parse('Nhóm Zalo thôn đã có 60/100 hộ tham gia'); // { text: 'Nhóm Zalo thôn đã có 60/100 hộ tham gia' }
 * ReportNoteSchema.parse({ text: 'Sóng yếu', from: 'village-heads/bon-bu-sir', place: 'bon-bu-sir' }).place; // 'bon-bu-sir'
 * ```
 * @category Reports
 */
export const ReportNoteSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([
    NoteObjectSchema,
    TextSchema.transform((text): z.output<typeof NoteObjectSchema> => ({ text })),
  ]),
);

/**
 * A result, obstacle or proposal, with its origin.
 *
 * @category Reports
 */
export type ReportNote = z.output<typeof NoteObjectSchema>;

/**
 * The levels of the chain whose reports a {@link ReportingStatus} counts.
 *
 * @category Reports
 */
export const ReportingRoleSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['leader', 'deputy', 'member']),
);

/**
 * A level of the chain whose reports a {@link ReportingStatus} counts.
 *
 * @category Reports
 */
export type ReportingRole = z.infer<typeof ReportingRoleSchema>;

/**
 * Completeness and timeliness of the reports one receiver (or a whole level) expected for a
 * period or an ad-hoc request, as DHIS2 counts them: expected, received, received on time, and
 * the rates (%).
 *
 * @category Reports
 */
export const ReportingStatusSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The receiving seat or body; absent for a whole level. */
      to: TextSchema.optional(),
      /** The level of the senders counted, when only one level is counted. */
      role: ReportingRoleSchema.optional(),
      /** The period, for periodic reports. */
      period: PeriodIdSchema.optional(),
      /** The id of the request, for the answers to an ad-hoc request. */
      request: TextSchema.optional(),
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
    .strict(),
);

/**
 * Completeness and timeliness figures.
 *
 * @category Reports
 */
export type ReportingStatus = z.infer<typeof ReportingStatusSchema>;

/**
 * Who is asked to answer an ad-hoc request: village heads, every member, the deputies, the
 * leader — the same names as a {@link ReportingRule}'s senders.
 *
 * @category Reports
 */
export const RequestSendersSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['villageHeads', 'members', 'deputies', 'leader']),
);

/**
 * Who is asked to answer an ad-hoc request (one of {@link RequestSendersSchema}).
 *
 * @category Reports
 */
export type RequestSenders = z.infer<typeof RequestSendersSchema>;

/**
 * An ad-hoc request (yêu cầu báo cáo đột xuất): its id, what is asked, the day it was asked and
 * the day the answers are due; and who must answer (default village heads, deputies and the
 * leader, each to their supervisor — the leader to the People's Committee — as in the monthly
 * schedule). The answers are ad-hoc reports naming it in `request`.
 *
 * @example
 * ```ts
 * import { ReportRequestSchema } from 'to-cong-nghe-so';
 *
 * ReportRequestSchema.parse({
 *   id: 'vneid-2026-03', title: { vi: 'Báo cáo nhanh số hộ có VNeID', en: 'Quick count of households with VNeID' },
 *   requestedOn: '2026-03-02', due: '2026-03-05',
 * }).id; // 'vneid-2026-03'
 * ```
 * @category Reports
 */
export const ReportRequestSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The request's id. */
      id: TextSchema,
      /** What was asked. */
      title: LabelSchema,
      /** The day it was asked. */
      requestedOn: IsoDateSchema,
      /** The day the answer is due. */
      due: IsoDateSchema,
      /** Who must answer (default village heads, deputies and the leader). */
      senders: z.array(RequestSendersSchema).min(1).optional(),
    })
    .strict()
    .superRefine((request, ctx) => {
      const { requestedOn, due } = request;
      if (isSupportedDate(due) && isSupportedDate(requestedOn) && due < requestedOn) {
        addProblem(ctx, dueBeforeRequest, { requestedOn, due }, ['due']);
      }
    }),
);

/**
 * An ad-hoc request.
 *
 * @category Reports
 */
export type ReportRequest = z.output<typeof ReportRequestSchema>;

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
export const ReportSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id. */
      id: TextSchema,
      /** Periodic (định kỳ) or ad hoc (đột xuất). */
      kind: z.enum(['periodic', 'adHoc']),
      /** The period reported on; required for a periodic report. */
      period: PeriodIdSchema.optional(),
      /** The request an ad-hoc report answers; required for one. */
      request: ReportRequestSchema.optional(),
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
      /** Results (kết quả), each a line of text or a note with its origin. */
      results: z.array(ReportNoteSchema).default([]),
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
    }),
);

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
export interface ReportInput extends z.input<typeof ReportSchema> {}

/**
 * @internal Records what {@link ReportSchema} parses a report the library drafted into (the
 * report, in the schema's order of fields, with the defaults of `basedOn` and `coverage` when it
 * leaves them out), so that submitting the draft does not run the schema again. A test checks
 * that the schema gives the same. Returns the report.
 */
export function drafted(report: ReportInput): ReportInput {
  const parsed = copyData({
    ...report,
    basedOn: report.basedOn ?? [],
    coverage: report.coverage ?? [],
  }) as Report;
  return recordParse(ReportSchema, report, parsed);
}
