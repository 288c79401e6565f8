import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { type IsoDate, IsoDateSchema, vietnamDateOf } from '../calendar/date.js';
import {
  formatPeriod,
  type Period,
  PeriodIdSchema,
  parsePeriod,
  periodRange,
} from '../calendar/period.js';
import { BUILT_IN_INDICATORS } from '../indicators/catalogue.js';
import type { Catalogue } from '../indicators/definition.js';
import { type DataValueProblem, DataValueSchema, parseDataValues } from '../indicators/value.js';
import { type InputProblem, problemsFromZod } from '../problems/input.js';
import type { Problem } from '../problems/problem.js';
import { holderIdOf } from '../team/query.js';
import type { Team } from '../team/schema.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { ActivityCountsSchema } from '../work/activity.js';
import { type ApprovalError, type ApprovalState, nextApprovalState } from './approval.js';
import {
  expectedReports,
  MONTHLY_REPORTING_SCHEDULE,
  receiverOf,
  reportingRuleOf,
  type ScheduleOptions,
} from './schedule.js';

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
    submittedAt: z.iso.datetime({ offset: true }),
    /** The ids of the reports it consolidates. */
    basedOn: z.array(TextSchema).default([]),
    /** Completeness and timeliness of the reports it consolidates, at each level below. */
    coverage: z.array(ReportingStatusSchema).default([]),
  })
  .strict()
  .superRefine((report, context) => {
    if (report.kind === 'periodic' && report.period === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'a periodic report needs a period',
      });
    }
    if (report.kind === 'adHoc' && report.request === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['request'],
        message: 'an ad-hoc report needs a request',
      });
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

/**
 * An entry of a report's history.
 *
 * @category Reports
 */
export interface ReportHistoryEntry {
  /** What happened. */
  readonly action: 'submit' | 'resubmit' | 'accept' | 'return';
  /** When (ISO 8601 with an offset). */
  readonly at: string;
  /** The seat or body that did it. */
  readonly by: string;
  /** The receiver's comment (required to return a report). */
  readonly comment?: string;
  /** For a resubmission, the version it replaced. */
  readonly replaced?: Report;
}

/**
 * A report as it stands: its current version, approval state and history.
 *
 * @category Reports
 */
export interface ReportRecord {
  /** The current version. */
  readonly report: Report;
  /** Its approval state. */
  readonly state: ApprovalState;
  /** What happened to it, oldest first; the first entry is the first submission. */
  readonly history: readonly ReportHistoryEntry[];
}

/**
 * The codes of {@link ReportProblem}.
 *
 * @category Reports
 */
export type ReportProblemCode =
  | 'unknown_seat'
  | 'not_holder'
  | 'unknown_receiver'
  | 'period_not_open'
  | 'value_outside_period'
  | 'unknown_report'
  | 'not_receiver'
  | 'missing_comment';

/**
 * A problem of a submitted or reviewed report.
 *
 * @category Reports
 */
export type ReportProblem = Problem<ReportProblemCode>;

/**
 * What reports are checked against.
 *
 * @category Reports
 */
export interface ReportContext extends ScheduleOptions {
  /** The team. */
  readonly team: Team;
  /** The indicator catalogue (default {@link BUILT_IN_INDICATORS}). */
  readonly catalogue?: Catalogue;
}

/**
 * @internal The day in Vietnam of a report's ISO 8601 timestamp ({@link vietnamDateOf}). The
 * timestamps of a parsed report carry an offset; one that does not is read as written.
 */
export function dateOf(at: string): IsoDate {
  return vietnamDateOf(at).unwrapOr(at.slice(0, 10) as IsoDate);
}

function keyOf(report: Report): string {
  return `${report.from}\u0000${report.kind}\u0000${report.period ?? ''}\u0000${report.request?.id ?? ''}`;
}

function problem(
  code: ReportProblemCode,
  path: (string | number)[],
  vi: string,
  en: string,
): ReportProblem {
  return { code, path, message: { vi, en } };
}

/**
 * Submits a report, or resubmits it, after checking it: the shape; that the sender is a seat of
 * the team and its holder on the day of submission (the day in Vietnam, {@link vietnamDateOf})
 * is the holder named (filled in when absent);
 * that the receiver exists (by default the sender's supervisor in the chain, or the People's
 * Committee for the leader); that the period has begun; that the values parse
 * ({@link parseDataValues}) and belong to the period. A report from the same seat for the same
 * period (or request) that is not yet accepted is replaced, the earlier version kept in the
 * history; an accepted one is locked.
 *
 * @param book - The reports so far.
 * @param input - The report.
 * @param context - The team, the catalogue, the schedule and the calendar.
 * @returns The new book, or every problem with its path into the report.
 * @example
 * ```ts
 * import { dakNia2022Team, submitReport } from 'to-cong-nghe-so';
 *
 * const book = submitReport(
 *   [],
 *   {
 *     id: 'bc-1', kind: 'periodic', period: '2025-01', from: 'village-heads/bon-bu-sir',
 *     submittedAt: '2025-02-14T08:30:00+07:00',
 *     values: [{ indicator: 'peopleGuided', place: 'bon-bu-sir', period: '2025-01', numerator: 40 }],
 *   },
 *   { team: dakNia2022Team() },
 * )._unsafeUnwrap();
 * book[0]?.report.to; // 'deputies/farmers'
 * book[0]?.report.holder; // 'y-bri'
 * book[0]?.state; // 'submitted'
 * ```
 * @category Reports
 */
export function submitReport(
  book: readonly ReportRecord[],
  input: unknown,
  context: ReportContext,
): Result<ReportRecord[], (InputProblem | DataValueProblem | ReportProblem | ApprovalError)[]> {
  const parsed = ReportSchema.safeParse(input);
  if (!parsed.success) return err(problemsFromZod(parsed.error));
  const report = parsed.data;
  const { team } = context;
  const on = dateOf(report.submittedAt);
  const problems: (DataValueProblem | ReportProblem)[] = [];
  const seat = team.seats.find((s) => s.id === report.from);
  const period =
    report.period === undefined ? undefined : parsePeriod(report.period).unwrapOr(undefined);
  let holder: string | undefined;
  let to = report.to;
  if (!seat) {
    problems.push(
      problem(
        'unknown_seat',
        ['from'],
        `Tổ không có vị trí "${report.from}".`,
        `The team has no seat "${report.from}".`,
      ),
    );
  } else {
    holder = holderIdOf(team, seat, on);
    if (holder === undefined || (report.holder !== undefined && report.holder !== holder)) {
      problems.push(
        problem(
          'not_holder',
          [report.holder === undefined ? 'from' : 'holder'],
          `Ngày ${on}, vị trí "${report.from}" do ${holder ? `"${holder}"` : 'không ai'} giữ, không phải người gửi.`,
          `On ${on}, seat "${report.from}" was held by ${holder ? `"${holder}"` : 'nobody'}, not by the sender.`,
        ),
      );
    }
    const rule =
      period && period.kind !== 'week'
        ? reportingRuleOf(context.schedule ?? MONTHLY_REPORTING_SCHEDULE, seat, period.kind)
        : undefined;
    to ??= receiverOf(team, seat, rule, on);
  }
  if (
    to !== undefined &&
    !team.seats.some((s) => s.id === to) &&
    !team.bodies.some((b) => b.id === to)
  ) {
    problems.push(
      problem(
        'unknown_receiver',
        ['to'],
        `Không có nơi nhận "${to}".`,
        `There is no receiver "${to}".`,
      ),
    );
  }
  if (period) {
    const { start } = periodRange(period);
    if (on < start) {
      problems.push(
        problem(
          'period_not_open',
          ['submittedAt'],
          `Kỳ ${report.period} bắt đầu ngày ${start}, chưa thể báo cáo ngày ${on}.`,
          `Period ${report.period} begins on ${start}; it cannot be reported on ${on}.`,
        ),
      );
    }
  }
  const values = parseDataValues(report.values, {
    catalogue: context.catalogue ?? BUILT_IN_INDICATORS,
    places: team.places,
  });
  if (values.isErr()) {
    problems.push(
      ...values.error.map((p) => ({ ...p, path: ['values', ...p.path] }) as DataValueProblem),
    );
  }
  report.values.forEach((value, i) => {
    if (report.period !== undefined && value.period !== report.period) {
      problems.push(
        problem(
          'value_outside_period',
          ['values', i, 'period'],
          `Số liệu kỳ ${value.period} không thuộc báo cáo kỳ ${report.period}.`,
          `A value for ${value.period} does not belong in a report for ${report.period}.`,
        ),
      );
    }
  });
  const index = book.findIndex((r) => keyOf(r.report) === keyOf(report));
  const previous = book[index];
  if (previous) {
    const next = nextApprovalState(previous.state, 'resubmit');
    if (next.isErr()) return err([next.error]);
  }
  if (problems.length > 0) return err(problems);
  const final: Report = {
    ...report,
    ...(holder === undefined ? {} : { holder }),
    ...(to === undefined ? {} : { to }),
  };
  if (!previous) {
    return ok([
      ...book,
      {
        report: final,
        state: 'submitted',
        history: [{ action: 'submit', at: report.submittedAt, by: report.from }],
      },
    ]);
  }
  const record: ReportRecord = {
    report: final,
    state: 'submitted',
    history: [
      ...previous.history,
      { action: 'resubmit', at: report.submittedAt, by: report.from, replaced: previous.report },
    ],
  };
  return ok(book.map((r, i) => (i === index ? record : r)));
}

/**
 * A receiver's decision on a report.
 *
 * @category Reports
 */
export interface ReportReview {
  /** Accept (the report is then locked) or return it for correction. */
  readonly action: 'accept' | 'return';
  /** When (ISO 8601 with an offset). */
  readonly at: string;
  /** The receiving seat or body deciding. */
  readonly by: string;
  /** Why it is returned (required to return). */
  readonly comment?: string;
}

/**
 * The receiver accepts a report (locking it) or returns it with a comment; a returned report
 * can be resubmitted with {@link submitReport}.
 *
 * @param book - The reports.
 * @param reportId - The id of the report's current version.
 * @param review - The action, when, by whom and the comment.
 * @returns The new book, or `unknown_report`, `not_receiver`, `missing_comment`,
 *   `report_locked` or `invalid_approval`.
 * @example
 * ```ts
 * import { dakNia2022Team, reviewReport, submitReport } from 'to-cong-nghe-so';
 *
 * const team = dakNia2022Team();
 * const book = submitReport(
 *   [],
 *   { id: 'bc-1', kind: 'periodic', period: '2025-01', from: 'village-heads/bon-bu-sir', submittedAt: '2025-02-14T08:30:00+07:00' },
 *   { team },
 * )._unsafeUnwrap();
 * const returned = reviewReport(book, 'bc-1', {
 *   action: 'return', at: '2025-02-15T09:00:00+07:00', by: 'deputies/farmers', comment: 'Thiếu số liệu VNeID',
 * })._unsafeUnwrap();
 * returned[0]?.state; // 'returned'
 * reviewReport(returned, 'bc-1', { action: 'accept', at: '2025-02-15T10:00:00+07:00', by: 'deputies/farmers' }).isErr(); // true
 * ```
 * @category Reports
 */
export function reviewReport(
  book: readonly ReportRecord[],
  reportId: string,
  review: ReportReview,
): Result<ReportRecord[], ReportProblem | ApprovalError> {
  const index = book.findIndex((r) => r.report.id === reportId);
  const record = book[index];
  if (!record) {
    return err(
      problem(
        'unknown_report',
        ['reportId'],
        `Không có báo cáo "${reportId}".`,
        `There is no report "${reportId}".`,
      ),
    );
  }
  if (review.by !== record.report.to) {
    return err(
      problem(
        'not_receiver',
        ['by'],
        `Chỉ nơi nhận "${record.report.to ?? ''}" mới được duyệt báo cáo "${reportId}".`,
        `Only the receiver "${record.report.to ?? ''}" may review report "${reportId}".`,
      ),
    );
  }
  if (review.action === 'return' && !review.comment?.trim()) {
    return err(
      problem(
        'missing_comment',
        ['comment'],
        'Trả lại báo cáo phải nêu lý do.',
        'Returning a report needs a comment.',
      ),
    );
  }
  return nextApprovalState(record.state, review.action).map((state) => {
    const entry: ReportHistoryEntry = {
      action: review.action,
      at: review.at,
      by: review.by,
      ...(review.comment === undefined ? {} : { comment: review.comment }),
    };
    const next: ReportRecord = { ...record, state, history: [...record.history, entry] };
    return book.map((r, i) => (i === index ? next : r));
  });
}

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
  const periodId = formatPeriod(options.period);
  const expected = expectedReports(team, options.period, options).filter(
    (e) =>
      (options.to === undefined || e.to === options.to) &&
      (options.role === undefined || e.seat.role === options.role),
  );
  const missing: string[] = [];
  const late: string[] = [];
  let received = 0;
  for (const e of expected) {
    const record = book.find(
      (r) =>
        r.report.from === e.seat.id &&
        r.report.kind === 'periodic' &&
        r.report.period === periodId &&
        r.state !== 'returned',
    );
    if (!record) {
      missing.push(e.seat.id);
      continue;
    }
    received += 1;
    const first = record.history[0]?.at ?? record.report.submittedAt;
    if (dateOf(first) > e.due) late.push(e.seat.id);
  }
  const onTime = received - late.length;
  const rate = (n: number) => (expected.length === 0 ? null : (n / expected.length) * 100);
  return {
    ...(options.to === undefined ? {} : { to: options.to }),
    period: periodId,
    expected: expected.length,
    received,
    onTime,
    missing,
    late,
    completeness: rate(received),
    timeliness: rate(onTime),
  };
}
