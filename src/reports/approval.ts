import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import type { Problem } from '../problems/problem.js';

/**
 * The approval states of a report, bottom-up as in DHIS2's data approval:
 * - `submitted` — sent to the receiver, waiting;
 * - `accepted` — the receiver accepted it; it is locked;
 * - `returned` — the receiver sent it back with a comment; the sender may resubmit.
 *
 * @example
 * ```ts
 * import { ApprovalStateSchema } from 'to-cong-nghe-so';
 *
 * ApprovalStateSchema.options; // ['submitted', 'accepted', 'returned']
 * ```
 * @category Reports
 */
export const ApprovalStateSchema = z.enum(['submitted', 'accepted', 'returned']);

/**
 * An approval state of a report.
 *
 * @category Reports
 */
export type ApprovalState = z.infer<typeof ApprovalStateSchema>;

/**
 * What can happen to a submitted report: the sender `resubmit`s it, the receiver `accept`s or
 * `return`s it.
 *
 * @example
 * ```ts
 * import { ApprovalActionSchema } from 'to-cong-nghe-so';
 *
 * ApprovalActionSchema.parse('accept'); // 'accept'
 * ```
 * @category Reports
 */
export const ApprovalActionSchema = z.enum(['resubmit', 'accept', 'return']);

/**
 * An approval action.
 *
 * @category Reports
 */
export type ApprovalAction = z.infer<typeof ApprovalActionSchema>;

/**
 * The error of {@link nextApprovalState}.
 *
 * @category Reports
 */
export type ApprovalError = Problem<'report_locked' | 'invalid_approval'>;

const APPROVAL: Readonly<Record<ApprovalState, Partial<Record<ApprovalAction, ApprovalState>>>> = {
  submitted: { resubmit: 'submitted', accept: 'accepted', return: 'returned' },
  returned: { resubmit: 'submitted' },
  accepted: {},
};

/**
 * The approval state a report moves to after an action.
 *
 * @param state - The current state.
 * @param action - What the sender or receiver does.
 * @returns The next state; `report_locked` for any action on an accepted report;
 *   `invalid_approval` for accepting or returning a report that was returned and not resubmitted.
 * @example
 * ```ts
 * import { nextApprovalState } from 'to-cong-nghe-so';
 *
 * nextApprovalState('submitted', 'return'); // ok('returned')
 * nextApprovalState('accepted', 'resubmit').isErr(); // true (locked)
 * ```
 * @category Reports
 */
export function nextApprovalState(
  state: ApprovalState,
  action: ApprovalAction,
): Result<ApprovalState, ApprovalError> {
  const next = APPROVAL[state][action];
  if (next) return ok(next);
  if (state === 'accepted') {
    return err({
      code: 'report_locked',
      path: [],
      message: {
        vi: 'Báo cáo đã được chấp nhận và khóa; không thể thay đổi.',
        en: 'The report has been accepted and is locked; it cannot change.',
      },
    });
  }
  return err({
    code: 'invalid_approval',
    path: [],
    message: {
      vi: `Báo cáo bị trả lại phải được gửi lại trước khi "${action}".`,
      en: `A returned report must be resubmitted before it can "${action}".`,
    },
  });
}
