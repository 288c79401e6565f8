import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, checkDocument, checkOptions } from '../_internal/arguments.js';
import { readDocument } from '../_internal/read.js';
import { checkCatalogue } from '../indicators/arguments.js';
import { BUILT_IN_INDICATORS } from '../indicators/catalogue.js';
import type { Catalogue } from '../indicators/definition.js';
import { type DataValueProblem, parseDataValues } from '../indicators/value.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { type InputProblem, limitProblems } from '../problems/input.js';
import type { Problem } from '../problems/problem.js';
import { type Team, TeamSchema } from '../team/schema.js';
import type { ApprovalProblem } from './approval.js';
import { checkBook, checkRecord, type ReportRecord } from './book.js';
import { ReportSchema } from './report-schema.js';
import { checkSchedule, type ScheduleOptions } from './schedule.js';
import {
  bookStep,
  type Context,
  lenientReport,
  periodStep,
  type ReportRefs,
  receiverStep,
  recordStep,
  requestStep,
  senderStep,
  timing,
  valuesStep,
} from './submit-steps.js';

/**
 * The codes of {@link ReportProblem}.
 *
 * @category Reports
 */
export type ReportProblemCode =
  | 'unknown_seat'
  | 'not_holder'
  | 'unknown_receiver'
  | 'no_receiver'
  | 'period_not_open'
  | 'before_request'
  | 'value_outside_period'
  | 'duplicate_report'
  | 'missing_period'
  | 'missing_request'
  | 'due_before_request'
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
 * What {@link submitReport} checks a report against: the team, the indicator catalogue, the
 * reporting schedule and the working calendar.
 *
 * @category Reports
 */
export interface SubmitReportOptions extends ScheduleOptions {
  /** The team. */
  readonly team: Team;
  /** The indicator catalogue (default {@link BUILT_IN_INDICATORS}). */
  readonly catalogue?: Catalogue;
}

/**
 * The problems of {@link submitReport}.
 *
 * @category Reports
 */
export type SubmitReportProblem =
  | InputProblem
  | DataValueProblem
  | ReportProblem
  | ApprovalProblem
  | Problem<'invalid_argument'>;

function checkContext(book: readonly ReportRecord[], options: SubmitReportOptions): Context {
  const schedule = checkSchedule(options);
  const given: Partial<SubmitReportOptions> = checkOptions(options, 'options');
  return {
    ...schedule,
    book,
    team: checkDocument(TeamSchema, given.team, 'options.team', {
      vi: 'một tổ đúng cấu trúc (TeamSchema)',
      en: 'a team of the right shape (TeamSchema)',
    }),
    catalogue:
      given.catalogue === undefined
        ? BUILT_IN_INDICATORS
        : checkCatalogue(given.catalogue, 'options.catalogue'),
  };
}

/**
 * Submits a report, or resubmits it, after checking it — every problem at once, on every part
 * that parsed even when another did not: the shape; that the sender is a seat of the team and
 * its holder on the day of submission (the day in Vietnam, {@link vietnamDateOf}) is the person
 * named (filled in when absent); that the receiver exists (by default the sender's supervisor in
 * the chain, or the People's Committee for the leader); that the period has begun; that the
 * values parse ({@link parseDataValues}) and belong to the period; that the id is no other
 * report's. A report from the same seat for the same period (or request) that is not yet
 * accepted is replaced, the earlier version kept in the history; an accepted one is locked.
 * Adding a report to a book of n reports costs O(1) lookups and one copy of the array.
 *
 * @param book - The reports so far (a book a library function returned, or any list of report
 *   records, checked once).
 * @param input - The report: any value.
 * @param options - The team, the catalogue, the schedule and the calendar.
 * @returns The new book, or every problem (at most 100, then one saying how many more) with its
 *   path into the report; an `invalid_argument` problem when `book` or an option does not
 *   conform. Never throws.
 * @example
 * ```ts
 * import { submitReport } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
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
  options: SubmitReportOptions,
): Result<ReportRecord[], SubmitReportProblem[]> {
  const checked = argumentsOrErr(() => checkContext(checkBook(book), options));
  if (checked.isErr()) return err([checked.error]);
  return submitTo(checked.value, input);
}

const PREVIOUS_ARGUMENT = {
  vi: 'bản ghi trước đó của cùng báo cáo (cùng người gửi và kỳ, hoặc cùng yêu cầu), hoặc `undefined`',
  en: 'the earlier record of the same report (same sender and period, or request), or `undefined`',
};

/**
 * {@link submitReport} for a store that keeps one row per report (keyed by {@link reportKey}):
 * submits a report given the record of its earlier version, if any, instead of the whole book,
 * and returns the new record. Every check of {@link submitReport} applies, except that the id is
 * compared with the earlier version only (the store's key keeps reports apart).
 *
 * @param previous - The record of the same report (the row with the same {@link reportKey}), or
 *   `undefined` for a first submission.
 * @param input - The report: any value.
 * @param options - The team, the catalogue, the schedule and the calendar.
 * @returns The new record (state `submitted`, the earlier version kept in its history), or every
 *   problem of {@link submitReport}; an `invalid_argument` problem when `previous` is not a
 *   record or is another report's (its key differs). Never throws.
 * @example
 * ```ts
 * import { reportKey, submitReportRecord } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const team = dakNia2022Team();
 * const report = { id: 'bc-1', kind: 'periodic', period: '2025-01', from: 'village-heads/bon-bu-sir' } as const;
 * const first = submitReportRecord(undefined, { ...report, submittedAt: '2025-02-14T08:30:00+07:00' }, { team })._unsafeUnwrap();
 * reportKey(first.report); // 'village-heads/bon-bu-sir@2025-01'
 * const second = submitReportRecord(first, { ...report, submittedAt: '2025-02-15T08:30:00+07:00' }, { team })._unsafeUnwrap();
 * second.history.map((h) => h.action); // ['submit', 'resubmit']
 * ```
 * @category Reports
 */
export function submitReportRecord(
  previous: ReportRecord | undefined,
  input: unknown,
  options: SubmitReportOptions,
): Result<ReportRecord, SubmitReportProblem[]> {
  const checked = argumentsOrErr(() =>
    checkContext(previous === undefined ? [] : [checkRecord(previous, 'previous')], options),
  );
  if (checked.isErr()) return err([checked.error]);
  return submitTo(checked.value, input).andThen((book) => {
    const record = book.at(-1);
    if (book.length === 1 && record !== undefined) return ok(record);
    return argumentsOrErr((): ReportRecord => {
      throw new InvalidArgumentError('previous', PREVIOUS_ARGUMENT, previous);
    }).mapErr((problem) => [problem]);
  });
}

/** Submits a report into a checked book. */
function submitTo(context: Context, input: unknown): Result<ReportRecord[], SubmitReportProblem[]> {
  const read = readDocument(ReportSchema, input);
  if (read.cleaned.isErr()) return err(read.cleaned.error);
  const parsed = read.parsed.unwrapOr(undefined);
  const report: ReportRefs = parsed ?? lenientReport(read.cleaned.value);
  const facts = timing(report);
  const sender = senderStep(context, report, facts.on);
  const receiver = receiverStep(context, report, facts);
  const place = bookStep(context, report);
  const problems = [
    ...(read.parsed.isErr() ? read.parsed.error : []),
    ...sender.problems,
    ...receiver.problems,
    ...periodStep(report, facts).problems,
    ...requestStep(report, facts).problems,
    ...valuesStep(context, report, facts, parsed !== undefined).problems,
    ...place.problems,
  ];
  if (parsed === undefined || problems.length > 0) {
    return err(limitProblems(problems) as SubmitReportProblem[]);
  }
  return ok(
    recordStep(context, parsed, {
      ...facts,
      ...sender.facts,
      ...receiver.facts,
      ...place.facts,
    }),
  );
}
