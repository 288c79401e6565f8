import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  APPROVAL_ACTION_LABELS,
  ApprovalStateSchema,
  nextApprovalState,
  reviewReport,
  submitReport,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

describe('report approval', () => {
  it('lets the receiver accept or return a submitted report, and the sender resubmit', () => {
    expect(nextApprovalState('submitted', 'accept')).toEqual(ok('accepted'));
    expect(nextApprovalState('submitted', 'return')).toEqual(ok('returned'));
    expect(nextApprovalState('submitted', 'resubmit')).toEqual(ok('submitted'));
    expect(nextApprovalState('returned', 'resubmit')).toEqual(ok('submitted'));
  });

  it('locks an accepted report', () => {
    for (const action of ['accept', 'return', 'resubmit'] as const) {
      expect(nextApprovalState('accepted', action)._unsafeUnwrapErr().code).toBe('report_locked');
    }
  });

  it('needs a returned report resubmitted before a decision', () => {
    for (const action of ['accept', 'return'] as const) {
      const error = nextApprovalState('returned', action)._unsafeUnwrapErr();
      expect(error.code).toBe('invalid_approval');
      expect(error.message.en).toContain(action);
    }
    expect(ApprovalStateSchema.options).toHaveLength(3);
  });

  it('names each action in both languages', () => {
    expect(APPROVAL_ACTION_LABELS).toEqual({
      resubmit: { vi: 'gửi lại', en: 'resubmit' },
      accept: { vi: 'chấp nhận', en: 'accept' },
      return: { vi: 'trả lại', en: 'return' },
    });
  });

  it('says in both languages what the receiver must wait for, without naming a report it was not given', () => {
    for (const action of ['accept', 'return'] as const) {
      const problem = nextApprovalState('returned', action)._unsafeUnwrapErr();
      expect(problem.path).toEqual([]);
      expect(problem.params).toStrictEqual({ action, actionLabel: APPROVAL_ACTION_LABELS[action] });
      expect(problem.message.vi).toBe(
        `Báo cáo đã bị trả lại: người gửi phải gửi lại trước khi nơi nhận ${APPROVAL_ACTION_LABELS[action].vi}.`,
      );
      expect(problem.message.en).toBe(
        `Report was returned: the sender must resubmit it before the receiver can ${action} it.`,
      );
    }
    const locked = nextApprovalState('accepted', 'resubmit')._unsafeUnwrapErr();
    expect(locked.path).toEqual([]);
    expect(locked.params).toStrictEqual({});
  });

  it('names the report whose review is refused', () => {
    const team = dakNia2022Team();
    const book = submitReport(
      [],
      {
        id: 'bc-1',
        kind: 'periodic',
        period: '2025-01',
        from: 'village-heads/bon-bu-sir',
        submittedAt: '2025-02-14T08:30:00+07:00',
      },
      { team },
    )._unsafeUnwrap();
    const review = (b: typeof book, action: 'accept' | 'return') =>
      reviewReport(
        b,
        'bc-1',
        { action, at: '2025-02-15T09:00:00+07:00', by: 'deputies/farmers', comment: 'Thiếu' },
        { team },
      );
    const returned = review(book, 'return')._unsafeUnwrap();
    const refused = review(returned, 'accept')._unsafeUnwrapErr();
    expect(refused.code).toBe('invalid_approval');
    expect(refused.params).toMatchObject({ reportId: 'bc-1', action: 'accept' });
    expect(refused.message.en).toContain('Report "bc-1" was returned');
    const accepted = review(book, 'accept')._unsafeUnwrap();
    const locked = review(accepted, 'return')._unsafeUnwrapErr();
    expect(locked.code).toBe('report_locked');
    expect(locked.params).toEqual({ reportId: 'bc-1' });
    expect(locked.message.vi).toContain('Báo cáo "bc-1" đã được chấp nhận');
  });

  it('reports a state or an action that is not one under its own name', () => {
    const state = nextApprovalState('approved' as never, 'accept')._unsafeUnwrapErr();
    expect([state.code, state.params]).toMatchObject(['invalid_argument', { argument: 'state' }]);
    const action = nextApprovalState('submitted', 'approve' as never)._unsafeUnwrapErr();
    expect([action.code, action.params]).toMatchObject([
      'invalid_argument',
      { argument: 'action' },
    ]);
  });
});
