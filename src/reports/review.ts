import { err, type Result } from 'neverthrow';
import { z } from 'zod';
import { argumentsOrErr, conformingDocument } from '../_internal/arguments.js';
import { checkText } from '../_internal/text-argument.js';
import { missingComment, notReceiver, unknownReport } from '../problems/catalogue/reports.js';
import { type Problem, raise } from '../problems/problem.js';
import { TextSchema } from '../text/label.js';
import { type ApprovalProblem, approvalTransition } from './approval.js';
import {
  checkBook,
  positionOfId,
  type ReportHistoryEntry,
  type ReportRecord,
  withRecord,
} from './book.js';
import { TimestampSchema } from './report-schema.js';
import type { ReportProblem } from './submit.js';

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

const ReviewSchema = z
  .object({
    action: z.enum(['accept', 'return']),
    at: TimestampSchema,
    by: TextSchema,
    comment: z.string().optional(),
  })
  .strict();

/**
 * The problems of {@link reviewReport}.
 *
 * @category Reports
 */
export type ReviewReportProblem = ReportProblem | ApprovalProblem | Problem<'invalid_argument'>;

/**
 * The receiver accepts a report (locking it) or returns it with a comment; a returned report
 * can be resubmitted with {@link submitReport}. Finds the report in O(1) in a book a library
 * function returned.
 *
 * @param book - The reports.
 * @param reportId - The id of the report's current version.
 * @param review - The action, when, by whom and the comment.
 * @returns The new book; `unknown_report`, `not_receiver`, `missing_comment`, `report_locked` or
 *   `invalid_approval`; or `invalid_argument` when `book`, `reportId` or `review` does not
 *   conform. Never throws.
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
 * reviewReport(returned, 'bc-1', { action: 'accept', at: '2025-02-15T10:00:00+07:00', by: 'deputies/farmers' })._unsafeUnwrapErr().code;
 * // 'invalid_approval'
 * ```
 * @category Reports
 */
export function reviewReport(
  book: readonly ReportRecord[],
  reportId: string,
  review: ReportReview,
): Result<ReportRecord[], ReviewReportProblem> {
  return conformingDocument(ReviewSchema, review, 'review', {
    vi: 'một quyết định duyệt `{ action, at, by, comment }`',
    en: 'a review `{ action, at, by, comment }`',
  })
    .andThen((checked) =>
      argumentsOrErr(() => ({
        book: checkBook(book),
        reportId: checkText(reportId, 'reportId'),
        review: checked,
      })),
    )
    .andThen((args): Result<ReportRecord[], ReviewReportProblem> => {
      const position = positionOfId(args.book, args.reportId);
      const record = position === undefined ? undefined : args.book[position];
      if (position === undefined || record === undefined) {
        return err(raise(unknownReport, ['reportId'], { reportId: args.reportId }));
      }
      const { action, at, by, comment } = args.review;
      const receiver = record.report.to ?? '';
      if (by !== receiver) {
        const none = { vi: '', en: '' };
        return err(
          raise(notReceiver, ['by'], {
            reportId: args.reportId,
            receiver: { id: receiver, label: none },
            by: { id: by, label: none },
          }),
        );
      }
      const note = comment?.normalize('NFC').trim() ?? '';
      if (action === 'return' && note === '') {
        return err(raise(missingComment, ['comment'], { reportId: args.reportId }));
      }
      return approvalTransition(record.state, action, args.reportId).map((state) => {
        const entry: ReportHistoryEntry = {
          action,
          at,
          by,
          ...(note === '' ? {} : { comment: note }),
        };
        return withRecord(
          args.book,
          { ...record, state, history: [...record.history, entry] },
          position,
        );
      });
    });
}
