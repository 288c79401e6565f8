import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatPeriod,
  type IsoDate,
  nextPeriod,
  PERIOD_KINDS,
  type Period,
  PeriodIdSchema,
  type PeriodKind,
  parsePeriod,
  periodContaining,
  periodLabel,
  periodRange,
  periodsWithin,
  previousPeriod,
} from '../../src/index.js';

const dateArb = fc
  .date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);
const kindArb = fc.constantFrom<PeriodKind>(...PERIOD_KINDS);
const periodArb = fc.tuple(dateArb, kindArb).map(([date, kind]) => periodContaining(date, kind));

function dayAfter(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10) as IsoDate;
}

describe('parsePeriod', () => {
  it.each([
    ['2026-10', { kind: 'month', year: 2026, index: 10 }],
    ['2026-Q4', { kind: 'quarter', year: 2026, index: 4 }],
    ['2026-H2', { kind: 'half', year: 2026, index: 2 }],
    ['2026', { kind: 'year', year: 2026, index: 1 }],
    ['2026-W48', { kind: 'week', year: 2026, index: 48 }],
    ['2026-W53', { kind: 'week', year: 2026, index: 53 }],
  ])('parses %s', (id, period) => {
    expect(parsePeriod(id)._unsafeUnwrap()).toEqual(period);
    expect(formatPeriod(period as Period)).toBe(id);
  });

  it.each([
    ['2026-13', 'the month must be 01 to 12'],
    ['2026-00', 'the month must be 01 to 12'],
    ['2026-Q5', 'the quarter must be Q1 to Q4'],
    ['2026-Q0', 'the quarter must be Q1 to Q4'],
    ['2026-Q12', 'the quarter must be Q1 to Q4'],
    ['2026-H3', 'the half must be H1 or H2'],
    ['2026-H0', 'the half must be H1 or H2'],
    ['2026-H12', 'the half must be H1 or H2'],
    ['2025-W53', '2025 has ISO weeks W01 to W52'],
    ['2026-W00', '2026 has ISO weeks W01 to W53'],
    ['2026-W5', 'the week must have exactly 2 digits'],
    ['26-10', 'the year must have exactly 4 digits'],
    ['20261', 'the year must have exactly 4 digits'],
    ['0000', 'the year must be 0001 or later'],
    ['2026-1', 'the month must have exactly 2 digits'],
    ['2026-010', 'the month must have exactly 2 digits'],
    ['2026-q4', 'Q, H and W must be upper case'],
    ['2026-', 'nothing follows the "-"'],
    ['2026-X1', '"X1" is not a month, quarter, half or week'],
    ['', 'it is empty or has spaces'],
    [' 2026-10', 'it is empty or has spaces'],
    ['2026-10 ', 'it is empty or has spaces'],
  ])('rejects %j: %s', (id, reason) => {
    const error = parsePeriod(id)._unsafeUnwrapErr();
    expect(error.code).toBe('invalid_period');
    expect(error.path).toEqual([]);
    expect(error.message.en).toContain(reason);
    expect(error.message.en).toContain(`"${id}"`);
    expect(error.message.vi).toContain(`"${id}"`);
    expect(error.message.vi).not.toBe(error.message.en);
    expect(PeriodIdSchema.safeParse(id).success).toBe(false);
  });

  it('round-trips every period through its id', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(parsePeriod(formatPeriod(period))._unsafeUnwrap()).toEqual(period);
        expect(PeriodIdSchema.safeParse(formatPeriod(period)).success).toBe(true);
      }),
    );
  });
});

describe('period arithmetic', () => {
  it('next(previous(p)) = p and previous(next(p)) = p', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(nextPeriod(previousPeriod(period))).toEqual(period);
        expect(previousPeriod(nextPeriod(period))).toEqual(period);
      }),
    );
  });

  it('the next period starts the day after the period ends', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(periodRange(nextPeriod(period)).start).toBe(dayAfter(periodRange(period).end));
        expect(comparePeriods(period, nextPeriod(period))).toBe(-1);
      }),
    );
  });

  it('periodContaining(d) contains d', () => {
    fc.assert(
      fc.property(dateArb, kindArb, (date, kind) => {
        const { start, end } = periodRange(periodContaining(date, kind));
        expect(start <= date && date <= end).toBe(true);
      }),
    );
  });

  it('months, quarters and halves tile a year with no gap or overlap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.constantFrom<PeriodKind>('month', 'quarter', 'half', 'year'),
        (year, kind) => {
          const year_: Period = { kind: 'year', year, index: 1 };
          const parts = periodsWithin(year_, kind)._unsafeUnwrap();
          expect(parts).toHaveLength({ month: 12, quarter: 4, half: 2, year: 1 }[kind as 'month']);
          expect(periodRange(parts[0] as Period).start).toBe(`${year}-01-01`);
          expect(periodRange(parts.at(-1) as Period).end).toBe(`${year}-12-31`);
          for (let i = 1; i < parts.length; i += 1) {
            expect(periodRange(parts[i] as Period).start).toBe(
              dayAfter(periodRange(parts[i - 1] as Period).end),
            );
          }
        },
      ),
    );
  });

  it('lists months in a quarter and refuses weeks or coarser kinds', () => {
    const q4: Period = { kind: 'quarter', year: 2026, index: 4 };
    expect(periodsWithin(q4, 'month')._unsafeUnwrap().map(formatPeriod)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(
      periodsWithin({ kind: 'half', year: 2026, index: 2 }, 'quarter')
        ._unsafeUnwrap()
        .map(formatPeriod),
    ).toEqual(['2026-Q3', '2026-Q4']);
    expect(periodsWithin(q4, 'quarter')._unsafeUnwrap()).toEqual([q4]);
    for (const kind of ['week', 'half', 'year'] as const) {
      const error = periodsWithin(q4, kind)._unsafeUnwrapErr();
      expect(error).toMatchObject({ code: 'period_not_nested', path: [] });
      expect(error.message.vi).toContain('2026-Q4');
      expect(error.message.en).toContain('2026-Q4');
    }
  });

  it('handles ISO weeks across years', () => {
    expect(periodRange({ kind: 'week', year: 2026, index: 1 })).toEqual({
      start: '2025-12-29',
      end: '2026-01-04',
    });
    expect(periodContaining('2027-01-01', 'week')).toEqual({ kind: 'week', year: 2026, index: 53 });
    expect(formatPeriod(nextPeriod({ kind: 'week', year: 2026, index: 53 }))).toBe('2027-W01');
    expect(formatPeriod(previousPeriod({ kind: 'week', year: 2026, index: 1 }))).toBe('2025-W52');
    expect(formatPeriod(nextPeriod({ kind: 'year', year: 2026, index: 1 }))).toBe('2027');
  });

  it('orders periods by start, then end', () => {
    const ids = ['2026', '2026-Q4', '2026-10', '2026-H2', '2026-W40', '2026-09'];
    const sorted = ids
      .map((id) => parsePeriod(id)._unsafeUnwrap())
      .sort(comparePeriods)
      .map(formatPeriod);
    expect(sorted).toEqual(['2026', '2026-H2', '2026-09', '2026-W40', '2026-10', '2026-Q4']);
    expect(
      comparePeriods(
        { kind: 'month', year: 2026, index: 1 },
        { kind: 'month', year: 2026, index: 1 },
      ),
    ).toBe(0);
  });
});

describe('periodLabel', () => {
  it.each([
    ['2026-10', 'tháng 10 năm 2026', 'October 2026'],
    ['2026-01', 'tháng 1 năm 2026', 'January 2026'],
    ['2026-Q4', 'quý IV năm 2026', 'Q4 2026'],
    ['2026-Q1', 'quý I năm 2026', 'Q1 2026'],
    ['2026-H1', '6 tháng đầu năm 2026', 'first half of 2026'],
    ['2026-H2', '6 tháng cuối năm 2026', 'second half of 2026'],
    ['2026', 'năm 2026', '2026'],
    ['2026-W48', 'tuần 48 năm 2026', 'week 48 of 2026'],
  ])('labels %s', (id, vi, en) => {
    expect(periodLabel(parsePeriod(id)._unsafeUnwrap())).toEqual({ vi, en });
  });
});
