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
  parseWithSchema,
  periodContaining,
  periodLabel,
  periodRange,
  periodsWithin,
  previousPeriod,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';

/** A day of 1900-01-01 … 2100-12-26 (the ISO week of 27–31/12/2100 ends in 2101). */
const dateArb = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2100-12-26T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);
// The kinds written out: a wrong PERIOD_KINDS must fail its own test, not stop this file loading.
const kindArb = fc.constantFrom<PeriodKind>('week', 'month', 'quarter', 'half', 'year');
const periodArb = fc.tuple(dateArb, kindArb).map(([date, kind]) => periodContaining(date, kind));
/** A period with a period after and before it. */
const innerPeriodArb = periodArb.filter(
  (p) => !['1900', '2100'].includes(formatPeriod(p).slice(0, 4)),
);

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
    ['1900-W01', { kind: 'week', year: 1900, index: 1 }],
    ['1900-01', { kind: 'month', year: 1900, index: 1 }],
    ['2100-12', { kind: 'month', year: 2100, index: 12 }],
    ['2100-W51', { kind: 'week', year: 2100, index: 51 }],
  ])('parses %s', (id, period) => {
    expect(parsePeriod(id)._unsafeUnwrap()).toEqual(period);
    expect(formatPeriod(period as Period)).toBe(id);
  });

  // Every reason a commune can read, in both languages.
  it.each([
    ['2026-13', 'month', 'tháng phải từ 01 đến 12, viết đủ 2 chữ số', 'the month must be 01 to 12'],
    ['2026-00', 'month', 'tháng phải từ 01 đến 12', 'the month must be 01 to 12'],
    ['2026-1', 'month', 'tháng phải từ 01 đến 12, viết đủ 2 chữ số', 'with exactly 2 digits'],
    ['2026-010', 'month', 'viết đủ 2 chữ số', 'with exactly 2 digits'],
    ['2026-Q5', 'quarter', 'quý phải từ Q1 đến Q4', 'the quarter must be Q1 to Q4'],
    ['2026-Q0', 'quarter', 'quý phải từ Q1 đến Q4', 'the quarter must be Q1 to Q4'],
    ['2026-Q12', 'quarter', 'quý phải từ Q1 đến Q4', 'the quarter must be Q1 to Q4'],
    ['2026-H3', 'half', 'nửa năm phải là H1 hoặc H2', 'the half must be H1 or H2'],
    ['2026-H0', 'half', 'nửa năm phải là H1 hoặc H2', 'the half must be H1 or H2'],
    ['2026-H12', 'half', 'nửa năm phải là H1 hoặc H2', 'the half must be H1 or H2'],
    ['2025-W53', 'weekOfYear', 'năm 2025 có các tuần W01 đến W52', '2025 has ISO weeks W01 to W52'],
    ['2026-W00', 'weekOfYear', 'năm 2026 có các tuần W01 đến W53', '2026 has ISO weeks W01 to W53'],
    [
      '2026-W5',
      'week',
      'tuần phải viết đủ 2 chữ số, từ W01',
      'the week must have exactly 2 digits',
    ],
    ['26-10', 'year', 'năm phải có đúng 4 chữ số', 'the year must have exactly 4 digits'],
    ['20261', 'year', 'năm phải có đúng 4 chữ số', 'the year must have exactly 4 digits'],
    ['0000', 'range', 'kỳ phải nằm trong khoảng thư viện hỗ trợ', 'the period must lie within'],
    ['1899-12', 'range', 'từ 1900-01-01 đến 2100-12-31', '1900-01-01 to 2100-12-31'],
    ['2101', 'range', 'từ 1900-01-01 đến 2100-12-31', '1900-01-01 to 2100-12-31'],
    ['2100-W52', 'range', 'khoảng thư viện hỗ trợ', 'the range the library supports'],
    ['9999-Q4', 'range', 'khoảng thư viện hỗ trợ', 'the range the library supports'],
    ['2026-q4', 'letterCase', 'chữ Q, H, W phải viết hoa', 'Q, H and W must be upper case'],
    ['2026-', 'suffix', 'thiếu phần sau dấu "-"', 'nothing follows the "-"'],
    ['2026-X1', 'unknown', 'không phải tháng, quý, nửa năm hay tuần', 'not a month, quarter'],
    ['', 'empty', 'mã kỳ trống hoặc có khoảng trắng', 'it is empty or has spaces'],
    [' 2026-10', 'empty', 'mã kỳ trống hoặc có khoảng trắng', 'it is empty or has spaces'],
    ['2026-10 ', 'empty', 'mã kỳ trống hoặc có khoảng trắng', 'it is empty or has spaces'],
  ])('rejects %j (%s): vi "%s", en "%s"', (id, fault, vi, en) => {
    const error = parsePeriod(id)._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'invalid_period', path: [], params: { fault } });
    expect(error.message.vi).toContain(vi);
    expect(error.message.en).toContain(en);
    expect(error.message.vi).toContain(`Kỳ "${id}" không hợp lệ`);
    expect(error.message.en).toContain(`Period "${id}" is not valid`);
    expect(error.message.vi).toContain('Dạng đúng: 2026-10 (tháng), 2026-Q4 (quý)');
    expect(error.message.en).toContain('Accepted: 2026-10 (month), 2026-Q4 (quarter)');
    const schema = parseWithSchema(PeriodIdSchema, id)._unsafeUnwrapErr();
    expect(schema.map((p) => [p.code, p.params])).toEqual([['invalid_period', error.params]]);
  });

  it('never throws on a value that is not text (a missing query parameter)', () => {
    for (const value of [undefined, null, 2026, {}, ['2026'], 10n, Symbol('x')]) {
      const error = parsePeriod(value)._unsafeUnwrapErr();
      expect(error).toMatchObject({ code: 'invalid_period', params: { fault: 'notText' } });
      expect(error.message.vi).toContain('mã kỳ phải là văn bản');
      expect(error.message.en).toContain('a period id must be text');
    }
  });

  it('quotes at most a short excerpt of a huge input', () => {
    const error = parsePeriod('2026-10'.repeat(1_000_000))._unsafeUnwrapErr();
    expect(error.message.vi.length).toBeLessThan(300);
    expect(error.params?.fault).toBe('unknown');
  });

  it('round-trips every period through its id', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(parsePeriod(formatPeriod(period))._unsafeUnwrap()).toEqual(period);
        expect(PeriodIdSchema.safeParse(formatPeriod(period)).success).toBe(true);
      }),
    );
  });

  it('any value: never throws, and an error names the input and a fault', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        const result = parsePeriod(value);
        if (result.isErr()) expect(result.error.params?.input.length).toBeLessThanOrEqual(61);
      }),
    );
  });
});

describe('period arguments', () => {
  it.each([
    ['undefined', undefined],
    ['a string id', '2026-10'],
    ['an unknown kind', { kind: 'decade', year: 2026, index: 1 }],
    ['a year before 1900', { kind: 'year', year: 1899, index: 1 }],
    ['a year after 2100', { kind: 'month', year: 9999, index: 12 }],
    ['a fractional index', { kind: 'month', year: 2026, index: 1.5 }],
    ['month 13', { kind: 'month', year: 2026, index: 13 }],
    ['quarter 5', { kind: 'quarter', year: 2026, index: 5 }],
    ['week 53 of a 52-week year', { kind: 'week', year: 2025, index: 53 }],
    ['the week that ends in 2101', { kind: 'week', year: 2100, index: 52 }],
    ['a year index of 2', { kind: 'year', year: 2026, index: 2 }],
  ])('are checked: %s throws invalid_argument', (_, value) => {
    for (const [argument, call] of [
      ['period', () => formatPeriod(value as Period)],
      ['period', () => periodRange(value as Period)],
      ['period', () => periodLabel(value as Period)],
      ['period', () => nextPeriod(value as Period)],
      ['period', () => previousPeriod(value as Period)],
      ['a', () => comparePeriods(value as Period, { kind: 'year', year: 2026, index: 1 })],
    ] as const) {
      const error = thrown(call);
      expect(error.argument).toBe(argument);
      expect(error.code).toBe('invalid_argument');
      expect(error.problem.message.vi).toContain('phải là một kỳ');
      expect(error.problem.message.en).toContain('must be a period');
    }
    expect(periodsWithin(value as Period, 'month')._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_argument',
      path: ['period'],
    });
  });

  it('checks the kind given to periodContaining and periodsWithin', () => {
    expect(thrown(() => periodContaining('2026-11-28', 'decade' as PeriodKind)).argument).toBe(
      'kind',
    );
    expect(thrown(() => periodContaining('2026-02-30' as IsoDate, 'month')).argument).toBe('date');
    expect(
      periodsWithin(
        { kind: 'year', year: 2026, index: 1 },
        'fortnight' as PeriodKind,
      )._unsafeUnwrapErr().path,
    ).toEqual(['kind']);
  });

  it('stop at the ends of the supported range', () => {
    expect(thrown(() => nextPeriod({ kind: 'month', year: 2100, index: 12 })).argument).toBe(
      'period',
    );
    expect(thrown(() => previousPeriod({ kind: 'year', year: 1900, index: 1 })).argument).toBe(
      'period',
    );
    expect(thrown(() => nextPeriod({ kind: 'week', year: 2100, index: 51 })).argument).toBe(
      'period',
    );
    expect(thrown(() => periodContaining('2100-12-27', 'week')).argument).toBe('date');
    expect(periodContaining('2100-12-27', 'month')).toEqual({
      kind: 'month',
      year: 2100,
      index: 12,
    });
    expect(formatPeriod(previousPeriod({ kind: 'week', year: 1900, index: 2 }))).toBe('1900-W01');
  });

  it('read a period once, so a getter cannot change the answer midway', () => {
    let reads = 0;
    const tricky = {
      kind: 'month',
      year: 2026,
      get index() {
        reads += 1;
        return reads === 1 ? 1 : 13;
      },
    } as unknown as Period;
    expect(periodRange(tricky)).toEqual({ start: '2026-01-01', end: '2026-01-31' });
  });
});

describe('period arithmetic', () => {
  it('next(previous(p)) = p and previous(next(p)) = p', () => {
    fc.assert(
      fc.property(innerPeriodArb, (period) => {
        expect(nextPeriod(previousPeriod(period))).toEqual(period);
        expect(previousPeriod(nextPeriod(period))).toEqual(period);
      }),
    );
  });

  it('the next period starts the day after the period ends', () => {
    fc.assert(
      fc.property(innerPeriodArb, (period) => {
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

  it('comparePeriods is antisymmetric, reflexive and agrees with the ranges', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        expect(comparePeriods(a, b) + comparePeriods(b, a)).toBe(0);
        expect(comparePeriods(a, a)).toBe(0);
        const ra = periodRange(a);
        const rb = periodRange(b);
        const expected =
          ra.start !== rb.start
            ? Math.sign(ra.start.localeCompare(rb.start))
            : Math.sign(ra.end.localeCompare(rb.end));
        expect(comparePeriods(a, b)).toBe(expected);
      }),
    );
    const month = { kind: 'month', year: 2026, index: 10 } as const;
    const quarter = { kind: 'quarter', year: 2026, index: 4 } as const;
    expect(comparePeriods(month, quarter)).toBe(-1);
    expect(comparePeriods(quarter, month)).toBe(1);
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

  it('lists months in a quarter and refuses weeks or coarser kinds, in both languages', () => {
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
    const words = { week: ['tuần', 'week'], half: ['6 tháng', 'half year'], year: ['năm', 'year'] };
    for (const kind of ['week', 'half', 'year'] as const) {
      const error = periodsWithin(q4, kind)._unsafeUnwrapErr();
      expect(error).toMatchObject({ code: 'period_not_nested', path: [] });
      const [vi, en] = words[kind];
      expect(error.message.vi).toBe(
        `Không chia được quý IV năm 2026 (2026-Q4) thành các kỳ ${vi}: kỳ ${vi} không nằm gọn trong kỳ này.`,
      );
      expect(error.message.en).toBe(
        `Q4 2026 (2026-Q4) cannot be split into periods of a ${en}: they do not fit inside it.`,
      );
    }
    expect(
      periodsWithin({ kind: 'week', year: 2026, index: 5 }, 'month')._unsafeUnwrapErr().message.vi,
    ).toContain('tuần 5 năm 2026 (2026-W05)');
  });

  it('handles ISO weeks across years', () => {
    expect(periodRange({ kind: 'week', year: 2026, index: 1 })).toEqual({
      start: '2025-12-29',
      end: '2026-01-04',
    });
    expect(periodContaining('2027-01-01', 'week')).toEqual({ kind: 'week', year: 2026, index: 53 });
    expect(periodContaining('2024-12-30', 'week')).toEqual({ kind: 'week', year: 2025, index: 1 });
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

  it('returns fresh objects', () => {
    const q4: Period = { kind: 'quarter', year: 2026, index: 4 };
    const range = periodRange(q4);
    expect(periodRange(q4)).not.toBe(range);
    expect(nextPeriod(q4)).not.toBe(nextPeriod(q4));
    expect(Object.isFrozen(PERIOD_KINDS)).toBe(true);
    expect(PERIOD_KINDS).toEqual(['week', 'month', 'quarter', 'half', 'year']);
  });
});

describe('periodLabel', () => {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];

  it.each(months.map((en, i) => [i + 1, en] as const))(
    'labels month %i in both languages',
    (index, en) => {
      expect(periodLabel({ kind: 'month', year: 2026, index })).toEqual({
        vi: `tháng ${index} năm 2026`,
        en: `${en} 2026`,
      });
    },
  );

  it.each([
    [1, 'quý I năm 2026', 'Q1 2026'],
    [2, 'quý II năm 2026', 'Q2 2026'],
    [3, 'quý III năm 2026', 'Q3 2026'],
    [4, 'quý IV năm 2026', 'Q4 2026'],
  ])('labels quarter %i with its Roman numeral', (index, vi, en) => {
    expect(periodLabel({ kind: 'quarter', year: 2026, index })).toEqual({ vi, en });
  });

  it.each([
    ['2026-H1', '6 tháng đầu năm 2026', 'first half of 2026'],
    ['2026-H2', '6 tháng cuối năm 2026', 'second half of 2026'],
    ['2026', 'năm 2026', '2026'],
    ['2026-W48', 'tuần 48 năm 2026', 'week 48 of 2026'],
    ['2026-W01', 'tuần 1 năm 2026', 'week 1 of 2026'],
  ])('labels %s', (id, vi, en) => {
    expect(periodLabel(parsePeriod(id)._unsafeUnwrap())).toEqual({ vi, en });
  });

  it('never leaves a blank in a label', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        const { vi, en } = periodLabel(period);
        for (const text of [vi, en]) {
          expect(text).not.toMatch(/ {2}|^ | $|undefined/u);
          expect(text).toContain(String(period.year));
        }
      }),
    );
  });
});
