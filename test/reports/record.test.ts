// Reports kept one row per report: submitting given the earlier version only, and reviewing one
// record — the same checks as the book functions, and the arguments named when refused.
import { describe, expect, it } from 'vitest';
import { type ReportRecord, reviewReportRecord, submitReportRecord } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const team = dakNia2022Team();
const report = {
  id: 'bc-1',
  kind: 'periodic',
  period: '2025-01',
  from: 'village-heads/bon-bu-sir',
} as const;
const submit = (previous: ReportRecord | undefined, submittedAt: string, extra = {}) =>
  submitReportRecord(previous, { ...report, submittedAt, ...extra }, { team });
const first = submit(undefined, '2025-02-14T08:30:00+07:00')._unsafeUnwrap();
const accept = { action: 'accept', at: '2025-02-15T09:00:00+07:00', by: 'leader/1' } as const;

describe('submitReportRecord', () => {
  it('makes the first record of a report, submitted, with what the team knows filled in', () => {
    expect(first.state).toBe('submitted');
    expect(first.history).toEqual([
      { action: 'submit', at: '2025-02-14T08:30:00+07:00', by: 'village-heads/bon-bu-sir' },
    ]);
    expect(first.report).toMatchObject({ ...report, holder: 'y-bri', to: 'deputies/farmers' });
    expect(Object.isFrozen(first.report)).toBe(true);
  });

  it('resubmits given the earlier record, keeping the version it replaces', () => {
    const second = submit(first, '2025-02-15T08:30:00+07:00')._unsafeUnwrap();
    expect(second.history.map((h) => h.action)).toEqual(['submit', 'resubmit']);
    expect(second.history[1]).toMatchObject({
      at: '2025-02-15T08:30:00+07:00',
      replaced: { submittedAt: '2025-02-14T08:30:00+07:00' },
    });
    expect(second.report.submittedAt).toBe('2025-02-15T08:30:00+07:00');
  });

  it('takes an earlier record read back from a store, checked once, as one it made', () => {
    const stored = JSON.parse(JSON.stringify(first)) as ReportRecord;
    expect(submit(stored, '2025-02-15T08:30:00+07:00')._unsafeUnwrap()).toEqual(
      submit(first, '2025-02-15T08:30:00+07:00')._unsafeUnwrap(),
    );
  });

  it('refuses an earlier record of another report, or one that is not a record, as `previous`', () => {
    const other = submit(undefined, '2025-03-14T08:30:00+07:00', {
      id: 'bc-2',
      period: '2025-02',
    })._unsafeUnwrap();
    const problems = submit(other, '2025-02-15T08:30:00+07:00')._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([['invalid_argument', ['previous']]]);
    expect(problems[0]?.message.vi).toContain(
      'bản ghi trước đó của cùng báo cáo (cùng người gửi và kỳ, hoặc cùng yêu cầu), hoặc `undefined`',
    );
    expect(problems[0]?.message.en).toContain(
      'the earlier record of the same report (same sender and period, or request), or `undefined`',
    );
    const notARecord = submit({ x: 1 } as never, '2025-02-15T08:30:00+07:00')._unsafeUnwrapErr();
    expect(notARecord.map((p) => [p.code, p.path, p.message.en])).toEqual([
      [
        'invalid_argument',
        ['previous'],
        'Argument "previous" must be a report record `{ report, state, history }`, as `submitReportRecord` returns, got {"x":1}.',
      ],
    ]);
  });

  it('answers a report of the same id for another period as a duplicate id', () => {
    const other = submit(undefined, '2025-03-14T08:30:00+07:00', {
      period: '2025-02',
    })._unsafeUnwrap();
    expect(
      submit(other, '2025-02-15T08:30:00+07:00')
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([['duplicate_report', ['id']]]);
  });
});

describe('reviewReportRecord', () => {
  it('returns the reviewed record, with the review in its history', () => {
    const reviewed = reviewReportRecord(first, accept, { team })._unsafeUnwrap();
    expect(reviewed.state).toBe('accepted');
    expect(reviewed.history.map((h) => [h.action, h.by])).toEqual([
      ['submit', 'village-heads/bon-bu-sir'],
      ['accept', 'leader/1'],
    ]);
    expect(reviewed.report).toEqual(first.report);
    expect(first.state).toBe('submitted');
  });

  it('answers a review by someone other than the receivers as reviewReport does', () => {
    const problem = reviewReportRecord(
      first,
      { ...accept, by: 'village-heads/bon-bu-sir' },
      { team },
    )._unsafeUnwrapErr();
    expect([problem.code, problem.path]).toEqual(['not_receiver', ['by']]);
  });

  it.each([
    ['record', {}, accept, { team }, 'a report record `{ report, state, history }`'],
    ['review', first, { action: 'x' }, { team }, 'a review `{ action, at, by, comment }`'],
    ['options.team', first, accept, {}, 'a team read from a team file'],
  ])('names %s when it refuses it', (argument, record, review, options, expected) => {
    const problem = reviewReportRecord(
      record as never,
      review as never,
      options as never,
    )._unsafeUnwrapErr();
    expect([problem.code, problem.path]).toEqual(['invalid_argument', [argument]]);
    expect(problem.message.en).toContain(`Argument "${argument}" must be ${expected}`);
  });
});
