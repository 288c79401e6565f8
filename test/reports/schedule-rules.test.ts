import { describe, expect, it } from 'vitest';
import {
  consolidateReports,
  expectedReports,
  MONTHLY_REPORTING_SCHEDULE,
  parseWorkingCalendar,
  type ReportingRule,
  ReportingRuleSchema,
  type ReportingSchedule,
  ReportRequestSchema,
  reportingRuleOf,
  reportingStatus,
  submitReport,
  type Team,
} from '../../src/index.js';
import { parseWithSchema } from '../../src/problems/input.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { thrown } from '../support/thrown.js';

const team = dakNia2022Team();
const month = (year: number, index: number) => ({ kind: 'month', year, index }) as const;
const january = month(2025, 1);
const receivers = (t: Team, period = january, schedule?: ReportingSchedule) =>
  Object.fromEntries(
    expectedReports(t, period, schedule ? { schedule } : {}).map((e) => [e.seat.id, e.to]),
  );
const BU_SIR = 'village-heads/bon-bu-sir';

describe('a reporting rule', () => {
  const rule = (due: unknown) => ({
    id: 'r',
    name: { vi: 'Quy tắc', en: 'Rule' },
    senders: 'members',
    periodKind: 'month',
    due,
  });
  const codes = (due: unknown) =>
    parseWithSchema(ReportingRuleSchema, rule(due)).match(
      () => [],
      (problems) => problems.map((p) => p.code),
    );

  it('allows a wait of up to five years (1,830 days) after the period, counted either way', () => {
    for (const kind of ['daysAfterEnd', 'workingDaysAfterEnd']) {
      expect(codes({ kind, days: 1830 })).toEqual([]);
      expect(codes({ kind, days: 1831 })).toEqual(['due_too_late']);
      // More days than any span of supported dates is refused once, as too big.
      expect(codes({ kind, days: 73_414 })).toEqual(['too_big']);
    }
    expect(codes({ kind: 'dayOfNextMonth', day: 31 })).toEqual([]);
  });

  it('covers months, quarters, half-years and years, and the period itself by default', () => {
    for (const periodKind of ['month', 'quarter', 'half', 'year']) {
      const parsed = ReportingRuleSchema.parse({
        ...rule({ kind: 'dayOfNextMonth', day: 5 }),
        periodKind,
      });
      expect([parsed.periodKind, parsed.policy, parsed.to]).toEqual([
        periodKind,
        'calendar',
        'supervisor',
      ]);
    }
    expect(codes({ kind: 'dayOfNextMonth', day: 5 })).toEqual([]);
    expect(
      parseWithSchema(ReportingRuleSchema, {
        ...rule({ kind: 'dayOfNextMonth', day: 5 }),
        periodKind: 'week',
      }).isErr(),
    ).toBe(true);
  });
});

describe('reportingRuleOf', () => {
  const seat = (id: string) => {
    const found = team.seats.find((s) => s.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  it('gives the first rule matching the seat and the kind of period, or undefined', () => {
    expect(reportingRuleOf(MONTHLY_REPORTING_SCHEDULE, seat(BU_SIR), 'month')?.id).toBe(
      'village-heads-monthly',
    );
    expect(reportingRuleOf(MONTHLY_REPORTING_SCHEDULE, seat(BU_SIR), 'quarter')).toBeUndefined();
    // A member who is not a village head follows no rule of the monthly schedule.
    expect(
      reportingRuleOf(MONTHLY_REPORTING_SCHEDULE, seat('office-statistics-it'), 'month'),
    ).toBeUndefined();
  });

  it('reports each bad argument under its own name', () => {
    const call = (schedule: unknown, s: unknown, kind: unknown) => () =>
      reportingRuleOf(schedule as never, s as never, kind as never);
    expect(thrown(call('monthly', seat(BU_SIR), 'month')).argument).toBe('schedule');
    expect(thrown(call(MONTHLY_REPORTING_SCHEDULE, seat(BU_SIR), 'week!')).argument).toBe(
      'periodKind',
    );
    const bad = thrown(call(MONTHLY_REPORTING_SCHEDULE, { id: BU_SIR }, 'month'));
    expect(bad.argument).toBe('seat');
    expect(bad.problem.params.expected).toEqual({
      vi: 'một vị trí (SeatSchema)',
      en: 'a seat (SeatSchema)',
    });
    expect(thrown(call([{ id: 'x' }], seat(BU_SIR), 'month')).problem.params.expected).toEqual({
      vi: 'một lịch báo cáo (ReportingScheduleSchema)',
      en: 'a reporting schedule (ReportingScheduleSchema)',
    });
  });
});

describe('who receives the reports', () => {
  it("sends the leader's reports to the first body the team reports to that is in force", () => {
    expect(receivers(team)['leader/1']).toBe('dak-nia-pc');
    // A body that is not in the team, then one that ended, are passed over.
    const skipping: Team = {
      ...team,
      reportsTo: ['not-a-body', 'dak-nia-steering', 'dak-nia-pc'],
      bodies: team.bodies.map((b) =>
        b.id === 'dak-nia-steering' ? { ...b, to: '2024-12-31' } : b,
      ),
    };
    expect(receivers(skipping)['leader/1']).toBe('dak-nia-pc');
    expect(
      receivers({ ...skipping, reportsTo: ['dak-nia-steering', 'dak-nia-pc'] }, month(2024, 12))[
        'leader/1'
      ],
    ).toBe('dak-nia-steering');
  });

  it('expects no report of a seat with nobody to receive it', () => {
    // The commune's bodies end on 30/6/2025 (the two-level local government).
    expect(receivers(team, month(2025, 6))['leader/1']).toBe('dak-nia-pc');
    const july = receivers(team, month(2025, 7));
    expect(july['leader/1']).toBeUndefined();
    expect(Object.keys(july)).toHaveLength(10);
  });

  it("sends a seat's reports to the team's bodies when its rule says so, and the leader's always", () => {
    const direct: ReportingRule[] = [
      { ...MONTHLY_REPORTING_SCHEDULE[0], to: 'reportsTo' } as ReportingRule,
      { ...MONTHLY_REPORTING_SCHEDULE[2], to: 'supervisor' } as ReportingRule,
    ];
    const to = receivers(team, january, direct);
    expect(to[BU_SIR]).toBe('dak-nia-pc');
    expect(to['leader/1']).toBe('dak-nia-pc');
    expect(receivers(team)[BU_SIR]).toBe('deputies/farmers');
  });
});

describe('expectedReports', () => {
  it('expects nothing for a week, nor from seats not yet set up at the end of the period', () => {
    expect(expectedReports(team, { kind: 'week', year: 2025, index: 3 })).toEqual([]);
    // The team was set up on 27/7/2022.
    expect(expectedReports(team, month(2022, 6))).toEqual([]);
    expect(expectedReports(team, month(2022, 7))).toHaveLength(11);
  });

  it('moves a due date that falls on a day off of the given calendar', () => {
    // 17/2/2025, January's due date, is a Monday; this calendar rests on Mondays too.
    const calendar = parseWorkingCalendar({
      name: { vi: 'Nghỉ thứ Hai', en: 'Mondays off' },
      weeklyRestDays: [0, 1, 6],
    })._unsafeUnwrap();
    const due = (options = {}) =>
      expectedReports(team, january, options).find((e) => e.seat.id === BU_SIR)?.due;
    expect(due()).toBe('2025-02-17');
    expect(due({ calendar })).toBe('2025-02-18');
  });

  it('refuses a period whose reports would fall due after 2100, in both languages', () => {
    const error = thrown(() => expectedReports(team, month(2100, 12)));
    expect(error.argument).toBe('period');
    expect(error.problem.params.expected).toEqual({
      vi: 'một kỳ mà hạn báo cáo không quá 31/12/2100',
      en: 'a period whose reports fall due by 2100-12-31',
    });
    expect(expectedReports(team, month(2100, 11)).length).toBeGreaterThan(0);
  });

  it('reports each bad argument under its own name', () => {
    const bad = thrown(() => expectedReports({ ...team, seats: 3 } as never, january));
    expect(bad.argument).toBe('team');
    expect(bad.problem.params.expected).toEqual({
      vi: 'một tổ đúng cấu trúc (TeamSchema)',
      en: 'a team of the right shape (TeamSchema)',
    });
    expect(thrown(() => expectedReports(team, month(2025, 13))).argument).toBe('period');
    expect(thrown(() => expectedReports(team, january, { schedule: 'x' as never })).argument).toBe(
      'options.schedule',
    );
    expect(thrown(() => expectedReports(team, january, { calendar: 'x' as never })).argument).toBe(
      'options.calendar',
    );
  });
});

describe('the answers expected to an ad-hoc request', () => {
  const request = (senders?: string[], requestedOn = '2025-01-20') =>
    ReportRequestSchema.parse({
      id: 'cv-1',
      title: { vi: 'Báo cáo nhanh', en: 'Quick report' },
      requestedOn,
      due: requestedOn,
      ...(senders ? { senders } : {}),
    });
  const expected = (r: ReturnType<typeof request>) =>
    reportingStatus([], team, { request: r }).missing;

  it('are from village heads, deputies and the leader when the request does not say', () => {
    const all = expected(request());
    expect(all).toHaveLength(11);
    expect(all).toContain('leader/1');
    expect(all).not.toContain('office-statistics-it');
  });

  it('are from every seat any of the named senders matches', () => {
    expect(expected(request(['villageHeads', 'deputies']))).toHaveLength(10);
    expect(expected(request(['members']))).toContain('office-statistics-it');
  });

  it('leave out a seat with nobody to receive its answer that day', () => {
    expect(expected(request(['leader']))).toEqual(['leader/1']);
    expect(expected(request(['leader'], '2025-07-02'))).toEqual([]);
  });
});

describe('a working calendar given to the report functions', () => {
  const mondaysOff = parseWorkingCalendar({
    name: { vi: 'Nghỉ thứ Hai', en: 'Mondays off' },
    weeklyRestDays: [0, 1, 6],
  })._unsafeUnwrap();
  // Sent on Tuesday 18/2/2025: a day late by default (due Monday 17/2), on time when Monday is a
  // day off.
  const book = submitReport(
    [],
    {
      id: 'bc',
      kind: 'periodic',
      period: '2025-01',
      from: BU_SIR,
      submittedAt: '2025-02-18T08:00:00+07:00',
      values: [],
    },
    { team },
  )._unsafeUnwrap();

  it('judges timeliness by it', () => {
    const late = (options = {}) =>
      reportingStatus(book, team, { period: january, to: 'deputies/farmers', ...options }).late;
    expect(late()).toEqual([BU_SIR]);
    expect(late({ calendar: mondaysOff })).toEqual([]);
  });

  it('judges the coverage of a consolidated report by it', () => {
    const coverage = (options = {}) =>
      consolidateReports(book, team, {
        seat: 'deputies/farmers',
        period: january,
        submittedAt: '2025-02-18T09:00:00+07:00',
        ...options,
      })._unsafeUnwrap().coverage?.[0]?.late;
    expect(coverage()).toEqual([BU_SIR]);
    expect(coverage({ calendar: mondaysOff })).toEqual([]);
  });

  it('refuses a calendar written by hand, under the option’s name', () => {
    const handWritten = { ...mondaysOff };
    const error = thrown(() =>
      reportingStatus(book, team, { period: january, calendar: handWritten }),
    );
    expect(error.argument).toBe('options.calendar');
    const refused = consolidateReports(book, team, {
      seat: 'deputies/farmers',
      period: january,
      submittedAt: '2025-02-18T09:00:00+07:00',
      calendar: handWritten,
    })._unsafeUnwrapErr();
    expect([refused.code, refused.params]).toMatchObject([
      'invalid_argument',
      { argument: 'options.calendar' },
    ]);
  });
});
