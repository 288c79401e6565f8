import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { argumentsOrErr, checkOneOf } from '../_internal/arguments.js';
import { deepFreeze } from '../_internal/freeze.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { invalidApproval, reportLocked } from '../problems/catalogue/reports.js';
import { type Problem, raise } from '../problems/problem.js';
import type { Label } from '../text/label.js';

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
export const ApprovalStateSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['submitted', 'accepted', 'returned']),
);

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
export const ApprovalActionSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['resubmit', 'accept', 'return']),
);

/**
 * An approval action.
 *
 * @category Reports
 */
export type ApprovalAction = z.infer<typeof ApprovalActionSchema>;

/**
 * The problem of {@link nextApprovalState}: `report_locked` for any action on an accepted
 * report, `invalid_approval` for accepting or returning a report that was returned and not yet
 * resubmitted.
 *
 * @category Reports
 */
export type ApprovalProblem = Problem<'report_locked' | 'invalid_approval'>;

/**
 * The problems of {@link nextApprovalState}: those of {@link ApprovalProblem}, or
 * `invalid_argument`.
 *
 * @category Reports
 */
export type NextApprovalStateProblem = Problem<
  'report_locked' | 'invalid_approval' | 'invalid_argument'
>;

const APPROVAL: Readonly<Record<ApprovalState, Partial<Record<ApprovalAction, ApprovalState>>>> = {
  submitted: { resubmit: 'submitted', accept: 'accepted', return: 'returned' },
  returned: { resubmit: 'submitted' },
  accepted: {},
};

/**
 * The names of the approval actions, as verbs: "gửi lại", "chấp nhận", "trả lại".
 *
 * @example
 * ```ts
 * import { APPROVAL_ACTION_LABELS } from 'to-cong-nghe-so';
 *
 * APPROVAL_ACTION_LABELS.accept; // { vi: 'chấp nhận', en: 'accept' }
 * ```
 * @category Reports
 */
export const APPROVAL_ACTION_LABELS: Readonly<Record<ApprovalAction, Label>> = deepFreeze({
  resubmit: { vi: 'gửi lại', en: 'resubmit' },
  accept: { vi: 'chấp nhận', en: 'accept' },
  return: { vi: 'trả lại', en: 'return' },
});

/** @internal The transition of a checked state and action, naming the report when known. */
export function approvalTransition(
  state: ApprovalState,
  action: ApprovalAction,
  reportId?: string,
): Result<ApprovalState, ApprovalProblem> {
  const next = APPROVAL[state][action];
  if (next) return ok(next);
  const named = reportId === undefined ? {} : { reportId };
  if (state === 'accepted') return err(raise(reportLocked, [], named));
  return err(
    raise(invalidApproval, [], { ...named, action, actionLabel: APPROVAL_ACTION_LABELS[action] }),
  );
}

/**
 * The approval state a report moves to after an action.
 *
 * @param state - The current state, one of {@link ApprovalStateSchema}'s.
 * @param action - What the sender or receiver does, one of {@link ApprovalActionSchema}'s.
 * @returns The next state; `report_locked` for any action on an accepted report;
 *   `invalid_approval` for accepting or returning a report that was returned and not
 *   resubmitted; `invalid_argument` when `state` or `action` is not one of the names above.
 *   Never throws.
 * @example
 * ```ts
 * import { nextApprovalState } from 'to-cong-nghe-so';
 *
 * nextApprovalState('submitted', 'return'); // ok('returned')
 * nextApprovalState('accepted', 'resubmit')._unsafeUnwrapErr().code; // 'report_locked'
 * ```
 * @category Reports
 */
export function nextApprovalState(
  state: ApprovalState,
  action: ApprovalAction,
): Result<ApprovalState, NextApprovalStateProblem> {
  return argumentsOrErr(() => ({
    state: checkOneOf(state, 'state', ApprovalStateSchema.options),
    action: checkOneOf(action, 'action', ApprovalActionSchema.options),
  })).andThen((checked) => approvalTransition(checked.state, checked.action));
}
