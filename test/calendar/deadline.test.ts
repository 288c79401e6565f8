import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CutoffPolicySchema,
  DataWindowPolicySchema,
  DECREE_09_CUTOFF,
  type DueRule,
  DueRuleSchema,
  type Duration,
  DurationSchema,
  dataWindow,
  deadlineAfter,
  extendCalendar,
  InvalidArgumentError,
  type IsoDate,
  isoDate,
  isWorkingDay,
  type Period,
  type PeriodKind,
  parsePeriod,
  parseWithSchema,
  periodContaining,
  periodRange,
  reportDueDate,
  VIETNAM_CALENDAR,
  workingDaysBetween,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const period = (id: string): Period => parsePeriod(id)._unsafeUnwrap();

function dayAfter(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10) as IsoDate;
}

describe('deadlines (Bộ luật Dân sự 2015, Điều 144–148)', () => {
  it('does not count the first day', () => {
    expect(deadlineAfter('2026-11-02', { amount: 1, unit: 'day' })).toBe('2026-11-03');
    expect(deadlineAfter('2026-11-02', { amount: 0, unit: 'day' })).toBe('2026-11-02');
  });

  it('ends a week-period on the same weekday', () => {
    expect(deadlineAfter('2026-11-04', { amount: 2, unit: 'week' })).toBe('2026-11-18');
  });

  it('ends a month-period on the same-numbered day or the month end', () => {
    expect(deadlineAfter('2026-10-15', { amount: 1, unit: 'month' })).toBe('2026-11-16');
    expect(deadlineAfter('2026-01-31', { amount: 1, unit: 'month' })).toBe('2026-03-02');
    expect(deadlineAfter('2027-01-31', { amount: 1, unit: 'month' })).toBe('2027-03-01');
    expect(deadlineAfter('2024-01-31', { amount: 1, unit: 'month' })).toBe('2024-02-29');
    expect(deadlineAfter('2026-05-31', { amount: 1, unit: 'month' })).toBe('2026-06-30');
    expect(deadlineAfter('2026-03-31', { amount: 1, unit: 'month' })).toBe('2026-05-04');
  });

  it('ends a year-period on the same day, 29/2 becoming 28/2', () => {
    expect(deadlineAfter('2024-02-29', { amount: 1, unit: 'year' })).toBe('2025-02-28');
    expect(deadlineAfter('2025-07-01', { amount: 1, unit: 'year' })).toBe('2026-07-01');
  });

  it('moves a last day on a rest day or holiday to the next working day', () => {
    expect(deadlineAfter('2026-04-16', { amount: 10, unit: 'day' })).toBe('2026-04-28');
    expect(deadlineAfter('2026-02-04', { amount: 10, unit: 'day' })).toBe('2026-02-23');
    expect(deadlineAfter('2026-11-18', { amount: 10, unit: 'day' })).toBe('2026-11-30');
  });

  it('counts working days', () => {
    expect(deadlineAfter('2026-02-12', { amount: 3, unit: 'workingDay' })).toBe('2026-02-24');
    expect(deadlineAfter('2026-11-27', { amount: 5, unit: 'workingDay' })).toBe('2026-12-04');
  });

  it('always ends on a working day after the start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1500 }).map((n) => {
          const d = new Date(Date.UTC(2025, 0, 1 + n));
          return d.toISOString().slice(0, 10) as IsoDate;
        }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('day', 'week', 'month', 'year', 'workingDay' as const),
        (start, amount, unit) => {
          const end = deadlineAfter(start, { amount, unit });
          expect(end > start).toBe(true);
          expect(isWorkingDay(end)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('validates durations as data, bounding the amount by the supported dates', () => {
    expect(DurationSchema.safeParse({ amount: 15, unit: 'workingDay' }).success).toBe(true);
    expect(DurationSchema.safeParse({ amount: -1, unit: 'day' }).success).toBe(false);
    expect(DurationSchema.safeParse({ amount: 1, unit: 'fortnight' }).success).toBe(false);
    expect(DurationSchema.safeParse({ amount: 73_413, unit: 'day' }).success).toBe(true);
    const huge = parseWithSchema(DurationSchema, { amount: 1e9, unit: 'workingDay' });
    expect(huge._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([['too_big', ['amount']]]);
  });

  it('checks its arguments and never runs for long (issue 9)', () => {
    const argumentOf = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        if (error instanceof InvalidArgumentError) return error.argument;
        throw error;
      }
      return undefined;
    };
    expect(argumentOf(() => deadlineAfter('' as IsoDate, { amount: 1, unit: 'day' }))).toBe(
      'start',
    );
    for (const duration of [
      { amount: 1e9, unit: 'workingDay' },
      { amount: -1, unit: 'day' },
      { amount: 1.5, unit: 'day' },
      { amount: 1, unit: 'fortnight' },
      null,
      '3 days',
    ]) {
      expect(argumentOf(() => deadlineAfter('2026-01-01', duration as Duration))).toBe('duration');
    }
    expect(argumentOf(() => deadlineAfter('2026-01-01', { amount: 100, unit: 'year' }))).toBe(
      'duration',
    );
    expect(argumentOf(() => deadlineAfter('2100-12-30', { amount: 5, unit: 'workingDay' }))).toBe(
      'duration',
    );
    expect(deadlineAfter('1900-01-01', { amount: 50_000, unit: 'workingDay' })).toBe(
      addWorkingDays('1900-01-01', 50_000),
    );
  });

  it('says what a time limit must be, in both languages', () => {
    const error = thrown(() => deadlineAfter('2026-01-01', { amount: -1, unit: 'day' }));
    expect(error.argument).toBe('duration');
    expect(error.problem.message).toEqual({
      vi: 'Đối số "duration" phải là một thời hạn `{ amount, unit }`: `amount` là số nguyên từ 0 đến 73413, `unit` là "day", "week", "month", "year" hoặc "workingDay", nhận được {"amount":-1,"unit":"day"}.',
      en: 'Argument "duration" must be a time limit `{ amount, unit }`: `amount` a whole number from 0 to 73413, `unit` "day", "week", "month", "year" or "workingDay", got {"amount":-1,"unit":"day"}.',
    });
    const late = thrown(() => deadlineAfter('2100-12-01', { amount: 1, unit: 'month' }));
    expect(late.argument).toBe('duration');
    expect(late.problem.params.expected).toEqual({
      vi: 'một thời hạn kết thúc trước hoặc vào 2100-12-31',
      en: 'a time limit that ends on or before 2100-12-31',
    });
  });

  it('takes every amount from 0 to 73,413 and every unit, and a duration whose fields throw as a bad argument', () => {
    expect(deadlineAfter('2026-03-02', { amount: 0, unit: 'day' })).toBe('2026-03-02');
    expect(deadlineAfter('2026-03-01', { amount: 0, unit: 'week' })).toBe('2026-03-02');
    expect(deadlineAfter('1900-01-01', { amount: 73_413, unit: 'day' })).toBe('2100-12-31');
    const tooMany = thrown(() => deadlineAfter('1900-01-01', { amount: 73_414, unit: 'day' }));
    expect(tooMany.problem.params.expected.en).toMatch(/^a time limit `\{ amount, unit \}`/u);
    expect(
      thrown(() => deadlineAfter('2026-01-01', { amount: 73_413, unit: 'year' })).argument,
    ).toBe('duration');
    expect(
      thrown(() => deadlineAfter('2026-01-01', { amount: 1, unit: 'day' }, { name: 'x' } as never))
        .argument,
    ).toBe('calendar');
    expect(deadlineAfter('2026-03-02', { amount: 2, unit: 'week' })).toBe('2026-03-16');
    expect(deadlineAfter('2026-03-02', { amount: 1, unit: 'year' })).toBe('2027-03-02');
    const trap = {
      get amount(): number {
        throw new Error('no amount');
      },
      unit: 'day',
    };
    expect(thrown(() => deadlineAfter('2026-01-01', trap as Duration)).argument).toBe('duration');
  });

  it('ends a limit on the last supported day, and refuses one that would end after it', () => {
    expect(deadlineAfter('2100-11-30', { amount: 1, unit: 'month' })).toBe('2100-12-30');
    expect(deadlineAfter('2099-12-31', { amount: 1, unit: 'year' })).toBe('2100-12-31');
    expect(deadlineAfter('2100-12-30', { amount: 1, unit: 'day' })).toBe('2100-12-31');
    for (const duration of [
      { amount: 1, unit: 'year' },
      { amount: 2, unit: 'day' },
      { amount: 1, unit: 'week' },
    ] as const) {
      expect(thrown(() => deadlineAfter('2100-12-30', duration)).argument).toBe('duration');
    }
  });

  it('adds months like the Civil Code on every day of a few years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2090 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 120 }),
        (year, month, day, months) => {
          const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
          if (day > last) return;
          const start = isoDate(year, month, day);
          const target = new Date(Date.UTC(year, month - 1 + months, 1));
          const lastOfTarget = new Date(
            Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
          ).getUTCDate();
          const expected = isoDate(
            target.getUTCFullYear(),
            target.getUTCMonth() + 1,
            Math.min(day, lastOfTarget),
          );
          const end = deadlineAfter(start, { amount: months, unit: 'month' });
          expect(end >= expected).toBe(true);
          expect(isWorkingDay(end)).toBe(true);
          expect(workingDaysBetween(expected, end)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('follows the calendar it is given', () => {
    const sixDays = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0] })._unsafeUnwrap();
    expect(deadlineAfter('2026-11-18', { amount: 10, unit: 'day' }, sixDays)).toBe('2026-11-28');
  });
});

describe('data windows', () => {
  it('covers the period itself by default', () => {
    expect(dataWindow(period('2026-10'))).toEqual({ start: '2026-10-01', end: '2026-10-31' });
    expect(dataWindow(period('2026-Q4'), 'calendar')).toEqual(periodRange(period('2026-Q4')));
  });

  it('follows Nghị định 09/2019 Điều 12 under decree09', () => {
    expect(dataWindow(period('2026-10'), 'decree09')).toEqual({
      start: '2026-09-15',
      end: '2026-10-14',
    });
    expect(dataWindow(period('2026-01'), 'decree09')).toEqual({
      start: '2025-12-15',
      end: '2026-01-14',
    });
    expect(dataWindow(period('2026-Q4'), 'decree09')).toEqual({
      start: '2026-09-15',
      end: '2026-12-14',
    });
    expect(dataWindow(period('2026-Q1'), 'decree09')).toEqual({
      start: '2025-12-15',
      end: '2026-03-14',
    });
    expect(dataWindow(period('2026-H1'), 'decree09')).toEqual({
      start: '2025-12-15',
      end: '2026-06-14',
    });
    expect(dataWindow(period('2026-H2'), 'decree09')).toEqual({
      start: '2026-06-15',
      end: '2026-12-14',
    });
    expect(dataWindow(period('2026'), 'decree09')).toEqual({
      start: '2025-12-15',
      end: '2026-12-14',
    });
    expect(DECREE_09_CUTOFF.source).toContain('not verified');
  });

  it('takes a province-defined cut-off day, clamped to short months', () => {
    const day20 = { name: { vi: 'Chốt ngày 20', en: 'Cut-off on the 20th' }, cutoffDay: 20 };
    expect(dataWindow(period('2026-Q1'), day20)).toEqual({
      start: '2025-12-21',
      end: '2026-03-20',
    });
    const day30 = { name: { vi: 'Chốt ngày 30', en: 'Cut-off on the 30th' }, cutoffDay: 30 };
    expect(dataWindow(period('2026-02'), day30)).toEqual({
      start: '2026-01-31',
      end: '2026-02-28',
    });
    expect(dataWindow(period('2026-03'), day30)).toEqual({
      start: '2026-03-01',
      end: '2026-03-30',
    });
  });

  it('never shifts ISO weeks', () => {
    expect(dataWindow(period('2026-W48'), 'decree09')).toEqual(periodRange(period('2026-W48')));
  });

  it('tiles time: consecutive windows meet with no gap or overlap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom<PeriodKind>('month', 'quarter', 'half', 'year'),
        fc.integer({ min: 1, max: 31 }),
        (year, month, kind, cutoffDay) => {
          const p = periodContaining(
            `${year}-${String(month).padStart(2, '0')}-01` as IsoDate,
            kind,
          );
          const policy = { name: { vi: 'x', en: 'x' }, cutoffDay };
          const next =
            p.kind === 'year'
              ? { ...p, year: p.year + 1 }
              : periodContaining(dayAfter(periodRange(p).end), kind);
          expect(dataWindow(next, policy).start).toBe(dayAfter(dataWindow(p, policy).end));
        },
      ),
    );
  });

  it('checks its arguments, and refuses a window that starts before 1900', () => {
    expect(() => dataWindow({ kind: 'month', year: 1900, index: 1 }, 'decree09')).toThrow(
      InvalidArgumentError,
    );
    expect(dataWindow({ kind: 'month', year: 1900, index: 1 })).toEqual({
      start: '1900-01-01',
      end: '1900-01-31',
    });
    expect(dataWindow({ kind: 'month', year: 1900, index: 2 }, 'decree09').start).toBe(
      '1900-01-15',
    );
    expect(() => dataWindow(period('2026-10'), 'monthly' as never)).toThrow(InvalidArgumentError);
    expect(() => dataWindow({ kind: 'month', year: 2026, index: 13 })).toThrow(
      InvalidArgumentError,
    );
  });

  it('validates policies as data', () => {
    expect(DataWindowPolicySchema.safeParse('decree09').success).toBe(true);
    expect(DataWindowPolicySchema.safeParse('decree9').success).toBe(false);
    expect(
      CutoffPolicySchema.safeParse({ name: { vi: 'a', en: 'a' }, cutoffDay: 32 }).success,
    ).toBe(false);
    expect(
      CutoffPolicySchema.safeParse({ name: { vi: 'a', en: 'a' }, cutoffDay: 20, extra: 1 }).success,
    ).toBe(false);
  });
});

describe('report due dates', () => {
  const october = period('2026-10');

  it('counts N days or N working days after the period ends', () => {
    expect(reportDueDate(october, { kind: 'daysAfterEnd', days: 5 })).toBe('2026-11-05');
    expect(reportDueDate(october, { kind: 'daysAfterEnd', days: 7 })).toBe('2026-11-09');
    expect(reportDueDate(october, { kind: 'workingDaysAfterEnd', days: 5 })).toBe('2026-11-06');
    expect(reportDueDate(period('2026-01'), { kind: 'workingDaysAfterEnd', days: 3 })).toBe(
      '2026-02-04',
    );
  });

  it('gives day D of the next month, moved off rest days', () => {
    expect(reportDueDate(october, { kind: 'dayOfNextMonth', day: 15 })).toBe('2026-11-16');
    expect(reportDueDate(period('2026-12'), { kind: 'dayOfNextMonth', day: 5 })).toBe('2027-01-05');
    expect(reportDueDate(period('2026-01'), { kind: 'dayOfNextMonth', day: 31 })).toBe(
      '2026-03-02',
    );
    expect(reportDueDate(period('2026-Q1'), { kind: 'dayOfNextMonth', day: 20 })).toBe(
      '2026-04-20',
    );
  });

  it('gives a fixed date', () => {
    const yearly = { kind: 'fixedDate', month: 12, day: 15, yearOffset: 0 } as const;
    expect(reportDueDate(period('2026'), yearly)).toBe('2026-12-15');
    expect(reportDueDate(period('2027'), yearly)).toBe('2027-12-15');
    expect(
      reportDueDate(period('2026'), { kind: 'fixedDate', month: 1, day: 10, yearOffset: 1 }),
    ).toBe('2027-01-11');
  });

  it('counts from the data window when a policy is given', () => {
    expect(reportDueDate(october, { kind: 'daysAfterEnd', days: 3 }, { policy: 'decree09' })).toBe(
      '2026-10-19',
    );
    const sixDays = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0] })._unsafeUnwrap();
    expect(
      reportDueDate(
        october,
        { kind: 'daysAfterEnd', days: 3 },
        { policy: 'decree09', calendar: sixDays },
      ),
    ).toBe('2026-10-17');
  });

  it('never runs for an hour: a huge rule is refused at once (issue 9)', () => {
    const refused = (rule: unknown, options?: unknown) => {
      try {
        reportDueDate(october, rule as DueRule, options as never);
      } catch (error) {
        return error instanceof InvalidArgumentError ? error.argument : 'other';
      }
      return 'none';
    };
    expect(refused({ kind: 'workingDaysAfterEnd', days: 5e8 })).toBe('rule');
    expect(refused({ kind: 'daysAfterEnd', days: 5e8 })).toBe('rule');
    expect(refused({ kind: 'workingDaysAfterEnd', days: 50_000 })).toBe('rule');
    expect(refused({ kind: 'weekly' })).toBe('rule');
    expect(refused({ kind: 'daysAfterEnd', days: 3 }, { policy: 'monthly' })).toBe(
      'options.policy',
    );
    expect(refused({ kind: 'daysAfterEnd', days: 3 }, { calendar: {} })).toBe('options.calendar');
    expect(refused({ kind: 'daysAfterEnd', days: 3 }, 'x')).toBe('options');
    expect(reportDueDate(october, { kind: 'workingDaysAfterEnd', days: 15_000 })).toMatch(
      /^20[89]\d-/u,
    );
  });

  it('gives a working day even for 0 working days after an end on a rest day', () => {
    expect(reportDueDate(period('2026-02'), { kind: 'workingDaysAfterEnd', days: 0 })).toBe(
      '2026-03-02',
    );
  });

  it('validates rules as data', () => {
    expect(DueRuleSchema.parse({ kind: 'fixedDate', month: 12, day: 15 })).toEqual({
      kind: 'fixedDate',
      month: 12,
      day: 15,
      yearOffset: 0,
    });
    expect(DueRuleSchema.safeParse({ kind: 'dayOfNextMonth', day: 0 }).success).toBe(false);
    expect(DueRuleSchema.safeParse({ kind: 'weekly' }).success).toBe(false);
  });
});
