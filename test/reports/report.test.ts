import { describe, expect, it } from 'vitest';
import {
  amendTeam,
  expectedReports,
  MONTHLY_REPORTING_SCHEDULE,
  type ReportInput,
  ReportingScheduleSchema,
  type ReportRecord,
  ReportSchema,
  reportingRuleOf,
  reportingStatus,
  reviewReport,
  submitReport,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { amendingDecision } from '../team/fixtures.js';

const team = dakNia2022Team();
const january = { kind: 'month', year: 2025, index: 1 } as const;

function report(extra: Partial<ReportInput> = {}): ReportInput {
  return {
    id: 'bc-bu-sir',
    kind: 'periodic',
    period: '2025-01',
    from: 'village-heads/bon-bu-sir',
    submittedAt: '2025-02-14T08:30:00+07:00',
    values: [{ indicator: 'peopleGuided', place: 'bon-bu-sir', period: '2025-01', numerator: 35 }],
    ...extra,
  };
}

const submit = (book: readonly ReportRecord[], input: unknown) =>
  submitReport(book, input, { team });

describe('reporting schedule', () => {
  it('is data and finds each seat its rule, receiver and due date', () => {
    expect(ReportingScheduleSchema.parse(MONTHLY_REPORTING_SCHEDULE)).toEqual(
      MONTHLY_REPORTING_SCHEDULE,
    );
    const expected = expectedReports(team, january);
    expect(
      expected.map((e) => [e.seat.id, e.to, e.due]).filter(([id]) => !id?.startsWith('village')),
    ).toEqual([
      ['leader/1', 'dak-nia-pc', '2025-02-20'],
      ['deputies/youth-union', 'leader/1', '2025-02-18'],
      ['deputies/womens-union', 'leader/1', '2025-02-18'],
      ['deputies/farmers', 'leader/1', '2025-02-18'],
      ['deputies/veterans', 'leader/1', '2025-02-18'],
    ]);
    // 16/2/2025 is a Sunday: due on Monday 17/2.
    expect(expected.find((e) => e.seat.id === 'village-heads/bon-bu-sir')).toMatchObject({
      to: 'deputies/farmers',
      due: '2025-02-17',
    });
    expect(expectedReports(team, { kind: 'quarter', year: 2025, index: 1 })).toEqual([]);
    expect(expectedReports(team, { kind: 'week', year: 2025, index: 3 })).toEqual([]);
  });
  it('matches members, deputies and the leader', () => {
    const schedule = ReportingScheduleSchema.parse([
      {
        id: 'all',
        name: { vi: 'Mọi tổ viên báo cáo quý', en: 'Every member, quarterly' },
        senders: 'members',
        periodKind: 'quarter',
        policy: 'decree09',
        due: { kind: 'workingDaysAfterEnd', days: 2 },
      },
    ]);
    const school = team.seats.find((s) => s.id === 'schools/school-thcs');
    const leader = team.seats.find((s) => s.id === 'leader/1');
    expect(school && reportingRuleOf(schedule, school, 'quarter')?.id).toBe('all');
    expect(leader && reportingRuleOf(schedule, leader, 'quarter')).toBeUndefined();
    const q1 = expectedReports(team, { kind: 'quarter', year: 2025, index: 1 }, { schedule });
    expect(q1).toHaveLength(12);
    // Decree 09 window ends 14/3/2025 (Friday); 2 working days later is Tuesday 18/3.
    expect(q1[0]?.due).toBe('2025-03-18');
  });
});

describe('submitReport', () => {
  it('fills in the holder and the receiver from the chain', () => {
    const book = submit([], report())._unsafeUnwrap();
    expect(book).toHaveLength(1);
    expect(book[0]?.report).toMatchObject({ holder: 'y-bri', to: 'deputies/farmers' });
    expect(book[0]?.state).toBe('submitted');
    expect(book[0]?.history.map((h) => h.action)).toEqual(['submit']);
    const leader = submit([], report({ id: 'l', from: 'leader/1', values: [] }))._unsafeUnwrap();
    expect(leader[0]?.report.to).toBe('dak-nia-pc');
  });
  it('accepts an ad-hoc report answering a request', () => {
    const book = submit(
      [],
      report({
        kind: 'adHoc',
        period: undefined,
        values: [],
        request: {
          id: 'cv-12',
          title: { vi: 'Báo cáo nhanh số hộ dùng VNeID', en: 'Quick report on VNeID use' },
          requestedOn: '2025-01-20',
          due: '2025-01-22',
        },
        submittedAt: '2025-01-21T10:00:00+07:00',
      }),
    )._unsafeUnwrap();
    expect(book[0]?.report.request?.id).toBe('cv-12');
    expect(ReportSchema.safeParse(report({ kind: 'adHoc', period: undefined })).success).toBe(
      false,
    );
    expect(ReportSchema.safeParse(report({ period: undefined })).success).toBe(false);
  });
  it('reports every problem at once', () => {
    const problems = submit(
      [],
      report({
        holder: 'someone-else',
        to: 'nowhere',
        submittedAt: '2024-12-30T08:00:00+07:00',
        values: [
          { indicator: 'nope', place: 'bon-bu-sir', period: '2025-01', numerator: 1 },
          { indicator: 'peopleGuided', place: 'bon-bu-sir', period: '2024-12', numerator: 1 },
        ],
      }),
    )._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['not_holder', ['holder']],
      ['unknown_receiver', ['to']],
      ['period_not_open', ['submittedAt']],
      ['unknown_indicator', ['values', 0, 'indicator']],
      ['value_outside_period', ['values', 1, 'period']],
    ]);
    for (const p of problems) expect(p.message.vi && p.message.en).toBeTruthy();
    expect(submit([], report({ from: 'ghost' }))._unsafeUnwrapErr()[0]).toMatchObject({
      code: 'unknown_seat',
      path: ['from'],
    });
    expect(submit([], { id: 1 })._unsafeUnwrapErr()[0]?.code).toBe('invalid_type');
  });
  it('checks the sender held the seat on the day, across a change of holder', () => {
    const decision = amendingDecision('qd-2025', '2025-02-10');
    const amended = amendTeam(team, decision, [
      { kind: 'replaceHolder', seatId: 'village-heads/bon-bu-sir', personId: 'luu-thi-yen' },
    ])._unsafeUnwrap();
    const book = submitReport([], report(), { team: amended })._unsafeUnwrap();
    expect(book[0]?.report.holder).toBe('luu-thi-yen');
    expect(
      submitReport([], report({ holder: 'y-bri' }), { team: amended })._unsafeUnwrapErr()[0]?.code,
    ).toBe('not_holder');
    const ended = amendTeam(team, { ...decision, id: 'qd-end' }, [
      { kind: 'endSeat', seatId: 'village-heads/bon-bu-sir' },
    ])._unsafeUnwrap();
    expect(submitReport([], report(), { team: ended })._unsafeUnwrapErr()[0]).toMatchObject({
      code: 'not_holder',
      path: ['from'],
    });
  });
  it('replaces a report resubmitted before approval and keeps the earlier one', () => {
    const first = submit([], report())._unsafeUnwrap();
    const second = submit(
      first,
      report({ id: 'bc-bu-sir-2', submittedAt: '2025-02-15T08:00:00+07:00' }),
    )._unsafeUnwrap();
    expect(second).toHaveLength(1);
    expect(second[0]?.report.id).toBe('bc-bu-sir-2');
    expect(second[0]?.history.map((h) => h.action)).toEqual(['submit', 'resubmit']);
    expect(second[0]?.history[1]?.replaced?.id).toBe('bc-bu-sir');
  });
});

describe('reviewReport', () => {
  const book = submit([], report())._unsafeUnwrap();
  const at = '2025-02-15T09:00:00+07:00';
  it('accepts and locks', () => {
    const accepted = reviewReport(
      book,
      'bc-bu-sir',
      {
        action: 'accept',
        at,
        by: 'deputies/farmers',
      },
      { team },
    )._unsafeUnwrap();
    expect(accepted[0]?.state).toBe('accepted');
    expect(accepted[0]?.history.at(-1)).toEqual({ action: 'accept', at, by: 'deputies/farmers' });
    expect(submit(accepted, report())._unsafeUnwrapErr()[0]?.code).toBe('report_locked');
    expect(
      reviewReport(
        accepted,
        'bc-bu-sir',
        {
          action: 'return',
          at,
          by: 'deputies/farmers',
          comment: 'x',
        },
        { team },
      )._unsafeUnwrapErr().code,
    ).toBe('report_locked');
  });
  it('returns with a comment; the returned report is resubmitted', () => {
    const returned = reviewReport(
      book,
      'bc-bu-sir',
      {
        action: 'return',
        at,
        by: 'deputies/farmers',
        comment: 'Thiếu số liệu VNeID',
      },
      { team },
    )._unsafeUnwrap();
    expect(returned[0]?.state).toBe('returned');
    expect(returned[0]?.history.at(-1)?.comment).toBe('Thiếu số liệu VNeID');
    expect(
      reviewReport(
        returned,
        'bc-bu-sir',
        {
          action: 'accept',
          at,
          by: 'deputies/farmers',
        },
        { team },
      )._unsafeUnwrapErr().code,
    ).toBe('invalid_approval');
    const again = submit(
      returned,
      report({ submittedAt: '2025-02-16T08:00:00+07:00' }),
    )._unsafeUnwrap();
    expect(again[0]?.state).toBe('submitted');
    expect(again[0]?.history.map((h) => h.action)).toEqual(['submit', 'return', 'resubmit']);
  });
  it('rejects unknown reports, other reviewers and returns without a comment', () => {
    expect(
      reviewReport(
        book,
        'x',
        { action: 'accept', at, by: 'deputies/farmers' },
        { team },
      )._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'unknown_report', path: ['reportId'] });
    const other = reviewReport(
      book,
      'bc-bu-sir',
      {
        action: 'accept',
        at,
        by: 'deputies/youth-union',
      },
      { team },
    )._unsafeUnwrapErr();
    expect(other).toMatchObject({ code: 'not_receiver', path: ['by'] });
    expect(other.message.vi).toBe(
      'Chỉ nơi nhận, Tổ phó — Chủ tịch Hội Nông dân xã (deputies/farmers), và Tổ trưởng — Phó Chủ tịch UBND xã - Phó Trưởng ban Thường trực (leader/1) mới được duyệt báo cáo "bc-bu-sir"; Tổ phó — Bí thư Đoàn Thanh niên xã (deputies/youth-union) thì không.',
    );
    expect(
      reviewReport(
        book,
        'bc-bu-sir',
        {
          action: 'return',
          at,
          by: 'deputies/farmers',
          comment: ' ',
        },
        { team },
      )._unsafeUnwrapErr().code,
    ).toBe('missing_comment');
  });
});

describe('reportingStatus', () => {
  it('counts expected, received, on time, missing and late, and ignores returned reports', () => {
    let book = submit([], report())._unsafeUnwrap();
    book = submit(
      book,
      report({
        id: 'bc-pk',
        from: 'village-heads/bon-phai-kol-pru-dang',
        values: [],
        submittedAt: '2025-02-18T07:00:00+07:00',
      }),
    )._unsafeUnwrap();
    expect(reportingStatus(book, team, { period: january, to: 'deputies/farmers' })).toEqual({
      to: 'deputies/farmers',
      period: '2025-01',
      expected: 2,
      received: 2,
      onTime: 1,
      missing: [],
      late: ['village-heads/bon-phai-kol-pru-dang'],
      completeness: 100,
      timeliness: 50,
    });
    const returned = reviewReport(
      book,
      'bc-bu-sir',
      {
        action: 'return',
        at: '2025-02-15T09:00:00+07:00',
        by: 'deputies/farmers',
        comment: 'Sai số liệu',
      },
      { team },
    )._unsafeUnwrap();
    const level = reportingStatus(returned, team, { period: january, role: 'member' });
    expect([level.expected, level.received, level.onTime]).toEqual([6, 1, 0]);
    expect(level.to).toBeUndefined();
    expect(
      reportingStatus([], team, { period: { kind: 'quarter', year: 2025, index: 1 } }),
    ).toMatchObject({
      expected: 0,
      completeness: null,
      timeliness: null,
    });
  });
});

describe('report dates are days in Vietnam', () => {
  it('judges lateness by the day in Vietnam, not the day written in the timestamp', () => {
    const status = (submittedAt: string) =>
      reportingStatus(submit([], report({ submittedAt }))._unsafeUnwrap(), team, {
        period: january,
        to: 'deputies/farmers',
      });
    // Due 17/2/2025; 18:30 UTC on 17/2 is 01:30 on 18/2 in Vietnam.
    expect(status('2025-02-17T23:00:00+07:00').late).toEqual([]);
    expect(status('2025-02-17T18:30:00Z').late).toEqual(['village-heads/bon-bu-sir']);
    expect(status('2025-02-17T18:30:00+00:00').onTime).toBe(0);
    expect(status('2025-02-17T16:59:00Z').onTime).toBe(1);
  });

  it('checks the period has begun on the day in Vietnam', () => {
    const february = (submittedAt: string) =>
      submit([], report({ period: '2025-02', values: [], submittedAt }));
    // 17:30 UTC on 31/1 is 00:30 on 1/2 in Vietnam: February has begun.
    expect(february('2025-01-31T17:30:00Z').isOk()).toBe(true);
    expect(february('2025-01-31T16:30:00Z')._unsafeUnwrapErr()[0]).toMatchObject({
      code: 'period_not_open',
      path: ['submittedAt'],
    });
  });

  it('requires an offset in the submission time', () => {
    const [problem] = submit([], report({ submittedAt: '2025-02-14T08:30:00' }))._unsafeUnwrapErr();
    expect(problem).toMatchObject({ code: 'invalid_timestamp', path: ['submittedAt'] });
    expect(problem?.message.vi).toBeTruthy();
    expect(problem?.message.en).toBeTruthy();
  });
});
