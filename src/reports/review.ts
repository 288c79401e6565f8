import { err, type Result } from 'neverthrow';
import * as z from 'zod';
import {
  argumentsOrErr,
  checkDocument,
  checkOptions,
  conformingDocument,
} from '../_internal/arguments.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { byId } from '../_internal/lookup.js';
import { leaderOn } from '../_internal/team-view.js';
import { checkText } from '../_internal/text-argument.js';
import { missingComment, notReceiver, unknownReport } from '../problems/catalogue/reports.js';
import { type Problem, raise } from '../problems/problem.js';
import type { NamedRef } from '../problems/words.js';
import { type Team, TeamSchema } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import { seatRef } from '../work/words.js';
import { type ApprovalProblem, approvalTransition } from './approval.js';
import {
  checkBook,
  checkRecord,
  positionOfId,
  type ReportHistoryEntry,
  type ReportRecord,
  withRecord,
} from './book.js';
import { dateOf, type Report, ReportSchema, TimestampSchema } from './report-schema.js';
import type { ReportProblem } from './submit.js';

/**
 * A reviewer's decision on a report.
 *
 * @category Reports
 */
export interface ReportReview {
  /** Accept (the report is then locked) or return it for correction. */
  readonly action: 'accept' | 'return';
  /** When (ISO 8601 with an offset). */
  readonly at: string;
  /** The seat or body deciding: the report's receiver, or the team's leader. */
  readonly by: string;
  /** Why it is returned (required to return). */
  readonly comment?: string;
}

/**
 * What {@link reviewReport} checks the reviewer against.
 *
 * @category Reports
 */
export interface ReviewReportOptions {
  /** The team: who its leader is on the day of the review. */
  readonly team: Team;
}

const ReviewSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      action: z.enum(['accept', 'return']),
      at: TimestampSchema,
      by: TextSchema,
      comment: z.string().optional(),
    })
    .strict(),
);

const REVIEW_ARGUMENT = {
  vi: 'một quyết định duyệt `{ action, at, by, comment }`',
  en: 'a review `{ action, at, by, comment }`',
};

/**
 * The problems of {@link reviewReport}.
 *
 * @category Reports
 */
export type ReviewReportProblem = ReportProblem | ApprovalProblem | Problem<'invalid_argument'>;

/** @internal The seats and bodies that may review a checked report on a date. */
export function reviewersOn(team: Team, report: Report, on: IsoDate): string[] {
  const reviewers = report.to === undefined ? [] : [report.to];
  const leader = leaderOn(team, on);
  if (leader !== undefined && leader.id !== report.from && leader.id !== report.to) {
    reviewers.push(leader.id);
  }
  return reviewers;
}

/**
 * Who may accept or return a report on a date: its receiver (the supervising deputy, the leader,
 * or the People's Committee for the leader's own report), and the team's leader that day, who
 * reads and approves everything in the team — except the leader's own reports, which only their
 * receiver reviews. The sender never reviews their own report.
 *
 * @param team - The team.
 * @param report - The report (as submitted: its receiver filled in).
 * @param on - The day of the review.
 * @returns The seat and body ids, the receiver first.
 * @throws {@link InvalidArgumentError} when `team` or `report` does not conform, or `on` is not a
 *   supported date.
 * @example
 * ```ts
 * import { ReportSchema, reviewersOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const report = ReportSchema.parse({
 *   id: 'r', kind: 'periodic', period: '2025-01', from: 'village-heads/bon-bu-sir', to: 'deputies/farmers',
 *   submittedAt: '2025-02-14T08:30:00+07:00',
 * });
 * reviewersOf(dakNia2022Team(), report, '2025-02-15'); // ['deputies/farmers', 'leader/1']
 * ```
 * @category Reports
 */
export function reviewersOf(team: Team, report: Report, on: IsoDate): string[] {
  return reviewersOn(
    checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT),
    checkDocument(ReportSchema, report, 'report', {
      vi: 'một báo cáo đúng cấu trúc (ReportSchema)',
      en: 'a report of the right shape (ReportSchema)',
    }),
    checkDate(on, 'on'),
  );
}

/** A seat or body as a problem names it. */
function actorRef(team: Team, id: string, on: IsoDate): NamedRef {
  const body = byId(team.bodies).get(id);
  if (body !== undefined) return { id, label: body.name };
  return seatRef(team, id, on);
}

type Review = z.output<typeof ReviewSchema>;

/** The record after a checked review, or its problem. */
function reviewed(
  team: Team,
  record: ReportRecord,
  review: Review,
): Result<ReportRecord, ReviewReportProblem> {
  const { action, at, by, comment } = review;
  const reportId = record.report.id;
  const on = dateOf(at);
  const reviewers = reviewersOn(team, record.report, on);
  if (!reviewers.includes(by)) {
    const leader = reviewers.find((id) => id !== record.report.to);
    return err(
      raise(notReceiver, ['by'], {
        reportId,
        receiver: actorRef(team, record.report.to ?? '', on),
        by: actorRef(team, by, on),
        ...(leader === undefined ? {} : { leader: actorRef(team, leader, on) }),
      }),
    );
  }
  const note = comment?.normalize('NFC').trim() ?? '';
  if (action === 'return' && note === '') {
    return err(raise(missingComment, ['comment'], { reportId }));
  }
  return approvalTransition(record.state, action, reportId).map((state) => {
    const entry: ReportHistoryEntry = { action, at, by, ...(note === '' ? {} : { comment: note }) };
    return { ...record, state, history: [...record.history, entry] };
  });
}

/** The checked options of a review. */
function checkReviewOptions(options: ReviewReportOptions): Team {
  const given = checkOptions(options, 'options');
  return checkDocument(TeamSchema, given.team, 'options.team', TEAM_ARGUMENT);
}

/**
 * A reviewer accepts a report (locking it) or returns it with a comment; a returned report can
 * be resubmitted with {@link submitReport}. The reviewer is the report's receiver or the team's
 * leader on the day of the review ({@link reviewersOf}). Finds the report in O(1) in a book a
 * library function returned.
 *
 * @param book - The reports.
 * @param reportId - The id of the report's current version.
 * @param review - The action, when, by whom and the comment.
 * @param options - The team.
 * @returns The new book; `unknown_report`, `not_receiver` (the reviewer is neither the receiver
 *   nor the leader), `missing_comment`, `report_locked` or `invalid_approval`; or
 *   `invalid_argument` when `book`, `reportId`, `review` or the team does not conform. Never
 *   throws.
 * @example
 * ```ts
 * import { reviewReport, submitReport } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const team = dakNia2022Team();
 * const book = submitReport(
 *   [],
 *   { id: 'bc-1', kind: 'periodic', period: '2025-01', from: 'village-heads/bon-bu-sir', submittedAt: '2025-02-14T08:30:00+07:00' },
 *   { team },
 * )._unsafeUnwrap();
 * const returned = reviewReport(book, 'bc-1', {
 *   action: 'return', at: '2025-02-15T09:00:00+07:00', by: 'deputies/farmers', comment: 'Thiếu số liệu VNeID',
 * }, { team })._unsafeUnwrap();
 * returned[0]?.state; // 'returned'
 * reviewReport(returned, 'bc-1', { action: 'accept', at: '2025-02-15T10:00:00+07:00', by: 'leader/1' }, { team })._unsafeUnwrapErr().code;
 * // 'invalid_approval'
 * ```
 * @category Reports
 */
export function reviewReport(
  book: readonly ReportRecord[],
  reportId: string,
  review: ReportReview,
  options: ReviewReportOptions,
): Result<ReportRecord[], ReviewReportProblem> {
  return conformingDocument(ReviewSchema, review, 'review', REVIEW_ARGUMENT)
    .andThen((checked) =>
      argumentsOrErr(() => ({
        book: checkBook(book),
        reportId: checkText(reportId, 'reportId'),
        review: checked,
        team: checkReviewOptions(options),
      })),
    )
    .andThen((args): Result<ReportRecord[], ReviewReportProblem> => {
      const position = positionOfId(args.book, args.reportId);
      const record = position === undefined ? undefined : args.book[position];
      if (position === undefined || record === undefined) {
        return err(raise(unknownReport, ['reportId'], { reportId: args.reportId }));
      }
      return reviewed(args.team, record, args.review).map((next) =>
        withRecord(args.book, next, position),
      );
    });
}

/**
 * {@link reviewReport} for a store that keeps one row per report: reviews one record and
 * returns the new record.
 *
 * @param record - The report's record as it stands.
 * @param review - The action, when, by whom and the comment.
 * @param options - The team.
 * @returns The new record; the problems of {@link reviewReport}. Never throws.
 * @example
 * ```ts
 * import { reviewReportRecord, submitReportRecord } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const team = dakNia2022Team();
 * const record = submitReportRecord(
 *   undefined,
 *   { id: 'bc-1', kind: 'periodic', period: '2025-01', from: 'village-heads/bon-bu-sir', submittedAt: '2025-02-14T08:30:00+07:00' },
 *   { team },
 * )._unsafeUnwrap();
 * reviewReportRecord(record, { action: 'accept', at: '2025-02-15T09:00:00+07:00', by: 'leader/1' }, { team }).map((r) => r.state);
 * // ok('accepted')
 * ```
 * @category Reports
 */
export function reviewReportRecord(
  record: ReportRecord,
  review: ReportReview,
  options: ReviewReportOptions,
): Result<ReportRecord, ReviewReportProblem> {
  return conformingDocument(ReviewSchema, review, 'review', REVIEW_ARGUMENT)
    .andThen((checked) =>
      argumentsOrErr(() => ({
        record: checkRecord(record),
        review: checked,
        team: checkReviewOptions(options),
      })),
    )
    .andThen((args) => reviewed(args.team, args.record, args.review))
    .map((next) => withRecord([], next)[0] as ReportRecord);
}
