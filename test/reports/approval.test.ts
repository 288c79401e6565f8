import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { ApprovalStateSchema, nextApprovalState } from '../../src/index.js';

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
});
