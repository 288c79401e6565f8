// The receiver of a report: a seat or a body of the team when written, else the sender's in the
// chain that day — for a weekly report too, which no reporting rule covers.
import { describe, expect, it } from 'vitest';
import { submitReportRecord } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const team = dakNia2022Team();
const base = {
  id: 'bc-1',
  kind: 'periodic',
  period: '2025-01',
  from: 'leader/1',
  submittedAt: '2025-02-14T08:30:00+07:00',
} as const;
const receiver = (report: Record<string, unknown>) =>
  submitReportRecord(undefined, { ...base, ...report }, { team }).map((r) => r.report.to);

describe('the receiver of a report', () => {
  it('may be a body of the team, written as such', () => {
    expect(receiver({ to: 'dak-nia-pc' })._unsafeUnwrap()).toBe('dak-nia-pc');
    expect(receiver({ to: 'deputies/farmers' })._unsafeUnwrap()).toBe('deputies/farmers');
  });

  it('is refused when it is neither a seat nor a body, in both languages', () => {
    const problems = receiver({ to: 'nobody' })._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path, p.message])).toEqual([
      [
        'unknown_receiver',
        ['to'],
        {
          vi: 'Không có nơi nhận "nobody": nơi nhận phải là một vị trí hoặc cơ quan của tổ.',
          en: 'There is no receiver "nobody": it must be a seat or a body of the team.',
        },
      ],
    ]);
  });

  it('is the sender’s in the chain when not written: the leader’s body, a member’s deputy', () => {
    expect(receiver({})._unsafeUnwrap()).toBe('dak-nia-pc');
    expect(receiver({ from: 'village-heads/bon-bu-sir' })._unsafeUnwrap()).toBe('deputies/farmers');
    // A weekly report, which no rule of the schedule covers, goes up the chain too.
    expect(receiver({ from: 'village-heads/bon-bu-sir', period: '2025-W05' })._unsafeUnwrap()).toBe(
      'deputies/farmers',
    );
  });
});
