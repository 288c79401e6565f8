import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatPeriod,
  nextPeriod,
  type Period,
  type PeriodKind,
  parsePeriod,
  periodContaining,
  periodRange,
  periodsWithin,
  previousPeriod,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const INDEX_LIMIT: Record<Exclude<PeriodKind, 'week'>, number> = {
  month: 12,
  quarter: 4,
  half: 2,
  year: 1,
};

/**
 * Any period the library accepts, built from its parts (not through periodContaining, nor from
 * PERIOD_KINDS: a wrong list must fail its own test, not stop this file from loading).
 */
const periodArb: fc.Arbitrary<Period> = fc
  .tuple(
    fc.constantFrom<PeriodKind>('week', 'month', 'quarter', 'half', 'year'),
    fc.integer({ min: 1900, max: 2100 }),
    fc.integer({ min: 1, max: 53 }),
  )
  .map(([kind, year, index]): Period => {
    if (kind === 'week') {
      const last = year === 2100 ? 51 : parsePeriod(`${year}-W53`).isOk() ? 53 : 52;
      return { kind, year, index: Math.min(index, last) };
    }
    return { kind, year, index: ((index - 1) % INDEX_LIMIT[kind]) + 1 };
  });

describe('comparePeriods', () => {
  it('flips its sign when its arguments swap', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => comparePeriods(a, b) === -comparePeriods(b, a)),
    );
  });

  it('answers exactly -1, 0 or 1, and 0 only for the same range', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        const order = comparePeriods(a, b);
        expect([-1, 0, 1]).toContain(order);
        expect(order === 0).toBe(JSON.stringify(periodRange(a)) === JSON.stringify(periodRange(b)));
      }),
    );
  });

  it('orders periods of the same start by their end, and a year after its first month', () => {
    const january: Period = { kind: 'month', year: 2026, index: 1 };
    const q1: Period = { kind: 'quarter', year: 2026, index: 1 };
    const h1: Period = { kind: 'half', year: 2026, index: 1 };
    const year: Period = { kind: 'year', year: 2026, index: 1 };
    const sorted = [year, h1, q1, january].sort(comparePeriods);
    expect(sorted).toEqual([january, q1, h1, year]);
    expect(comparePeriods(year, year)).toBe(0);
    expect(comparePeriods({ kind: 'month', year: 2025, index: 12 }, year)).toBe(-1);
    expect(comparePeriods(year, { kind: 'month', year: 2025, index: 12 })).toBe(1);
  });
});

describe('parsePeriod: every reason, worded in full in both languages', () => {
  const forms = {
    vi: 'Dạng đúng: 2026-10 (tháng), 2026-Q4 (quý), 2026-H2 (6 tháng), 2026 (năm), 2026-W48 (tuần).',
    en: 'Accepted: 2026-10 (month), 2026-Q4 (quarter), 2026-H2 (half year), 2026 (year), 2026-W48 (ISO week).',
  };
  it.each([
    [2026, '2026', 'notText', 'mã kỳ phải là văn bản', 'a period id must be text'],
    ['', '""', 'empty', 'mã kỳ trống hoặc có khoảng trắng', 'it is empty or has spaces'],
    [
      '26-10',
      '"26-10"',
      'year',
      'năm phải có đúng 4 chữ số',
      'the year must have exactly 4 digits',
    ],
    [
      '1899',
      '"1899"',
      'range',
      'kỳ phải nằm trong khoảng thư viện hỗ trợ, từ 1900-01-01 đến 2100-12-31',
      'the period must lie within the range the library supports, 1900-01-01 to 2100-12-31',
    ],
    ['2026-', '"2026-"', 'suffix', 'thiếu phần sau dấu "-"', 'nothing follows the "-"'],
    [
      '2026-13',
      '"2026-13"',
      'month',
      'tháng phải từ 01 đến 12, viết đủ 2 chữ số',
      'the month must be 01 to 12, with exactly 2 digits',
    ],
    [
      '2026-h1',
      '"2026-h1"',
      'letterCase',
      'chữ Q, H, W phải viết hoa',
      'Q, H and W must be upper case',
    ],
    ['2026-Q5', '"2026-Q5"', 'quarter', 'quý phải từ Q1 đến Q4', 'the quarter must be Q1 to Q4'],
    ['2026-H3', '"2026-H3"', 'half', 'nửa năm phải là H1 hoặc H2', 'the half must be H1 or H2'],
    [
      '2026-W5',
      '"2026-W5"',
      'week',
      'tuần phải viết đủ 2 chữ số, từ W01',
      'the week must have exactly 2 digits, from W01',
    ],
    [
      '2021-W53',
      '"2021-W53"',
      'weekOfYear',
      'năm 2021 có các tuần W01 đến W52',
      '2021 has ISO weeks W01 to W52',
    ],
    [
      '2026-X1',
      '"2026-X1"',
      'unknown',
      'không phải tháng, quý, nửa năm hay tuần',
      'it is not a month, quarter, half or week',
    ],
  ] as const)('%j → %s', (id, input, fault, vi, en) => {
    const problem = parsePeriod(id)._unsafeUnwrapErr();
    expect(problem.params).toMatchObject({ input, fault });
    expect(problem.message).toEqual({
      vi: `Kỳ ${input} không hợp lệ: ${vi}. ${forms.vi}`,
      en: `Period ${input} is not valid: ${en}. ${forms.en}`,
    });
  });

  it('gives the year and its number of weeks only for a week the year does not have', () => {
    expect(parsePeriod('2020-W54')._unsafeUnwrapErr().params).toEqual({
      input: '"2020-W54"',
      fault: 'weekOfYear',
      year: 2020,
      weeks: 53,
    });
    expect(parsePeriod('2020-W53').isOk()).toBe(true);
    expect(parsePeriod('2026-13')._unsafeUnwrapErr().params).toEqual({
      input: '"2026-13"',
      fault: 'month',
    });
  });

  it.each([
    ['2026-Qx', 'quarter'],
    ['2026-Q', 'quarter'],
    ['2026-Hx', 'half'],
    ['2026-Wxx', 'week'],
    ['2026-W123', 'week'],
    ['2026-q4', 'letterCase'],
    ['2026-w01', 'letterCase'],
    ['2026-h2', 'letterCase'],
    ['abcd-10', 'year'],
    ['202a', 'year'],
    ['2026-12a', 'unknown'],
    ['2026-1q', 'unknown'],
    ['2026-1Q', 'unknown'],
    ['2026-1H', 'unknown'],
    ['2026-1W', 'unknown'],
    ['a2026-10', 'year'],
    ['20261-10', 'year'],
    ['202-10', 'year'],
    ['2026x', 'year'],
    ['2026--1', 'unknown'],
    ['2026-1-1', 'unknown'],
    ['2026-0', 'month'],
    ['\t2026', 'empty'],
    ['1900-W01', undefined],
    ['2100', undefined],
    ['1900', undefined],
    ['2101-01', 'range'],
    ['2100-W52', 'range'],
  ])('%j → %s', (id, fault) => {
    const result = parsePeriod(id);
    if (fault === undefined) expect(result.isOk()).toBe(true);
    else expect(result._unsafeUnwrapErr().params?.fault).toBe(fault);
  });

  it('reads ids of up to 16 characters for the reason, and calls longer ones unknown', () => {
    const sixteen = ' 2026-10        ';
    expect(sixteen).toHaveLength(16);
    expect(parsePeriod(sixteen)._unsafeUnwrapErr().params?.fault).toBe('empty');
    expect(parsePeriod(`${sixteen} `)._unsafeUnwrapErr().params?.fault).toBe('unknown');
  });
});

describe('the kinds of period in words', () => {
  it.each([
    [
      { kind: 'month', year: 2026, index: 10 },
      'quarter',
      'tháng 10 năm 2026',
      'October 2026',
      'quý',
      'quarter',
    ],
    [
      { kind: 'quarter', year: 2026, index: 4 },
      'half',
      'quý IV năm 2026',
      'Q4 2026',
      '6 tháng',
      'half year',
    ],
    [
      { kind: 'half', year: 2026, index: 1 },
      'year',
      '6 tháng đầu năm 2026',
      'first half of 2026',
      'năm',
      'year',
    ],
    [{ kind: 'year', year: 2026, index: 1 }, 'week', 'năm 2026', '2026', 'tuần', 'week'],
    [
      { kind: 'week', year: 2026, index: 5 },
      'month',
      'tuần 5 năm 2026',
      'week 5 of 2026',
      'tháng',
      'month',
    ],
  ] as const)('%j split into %s', (period, kind, label, labelEn, vi, en) => {
    const problem = periodsWithin(period, kind)._unsafeUnwrapErr();
    const id = formatPeriod(period);
    expect(problem).toMatchObject({
      code: 'period_not_nested',
      params: { periodId: id, period: { vi: label, en: labelEn }, kind: { vi, en } },
    });
    expect(problem.message).toEqual({
      vi: `Không chia được ${label} (${id}) thành các kỳ ${vi}: kỳ ${vi} không nằm gọn trong kỳ này.`,
      en: `${labelEn} (${id}) cannot be split into periods of a ${en}: they do not fit inside it.`,
    });
  });

  it('splits every month-based period into each finer kind, in order', () => {
    const year: Period = { kind: 'year', year: 2026, index: 1 };
    const ids = (p: Period, kind: PeriodKind) =>
      periodsWithin(p, kind)._unsafeUnwrap().map(formatPeriod);
    expect(ids(year, 'half')).toEqual(['2026-H1', '2026-H2']);
    expect(ids(year, 'quarter')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(ids(year, 'month')).toHaveLength(12);
    expect(ids({ kind: 'half', year: 2026, index: 2 }, 'month')).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(ids({ kind: 'quarter', year: 2026, index: 2 }, 'month')).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(ids({ kind: 'week', year: 2026, index: 5 }, 'week')).toEqual(['2026-W05']);
    expect(periodsWithin(year, 'day' as never)._unsafeUnwrapErr().code).toBe('invalid_argument');
  });
});

describe('stepping across years', () => {
  it.each([
    ['2026-W53', '2027-W01'],
    ['2025-W52', '2026-W01'],
    ['2026-12', '2027-01'],
    ['2026-Q4', '2027-Q1'],
    ['2026-H2', '2027-H1'],
    ['2026-H1', '2026-H2'],
    ['2026', '2027'],
    ['2026-W48', '2026-W49'],
  ])('%s → %s and back', (from, to) => {
    const period = parsePeriod(from)._unsafeUnwrap();
    const next = nextPeriod(period);
    expect(formatPeriod(next)).toBe(to);
    expect(formatPeriod(previousPeriod(next))).toBe(from);
  });

  it('stops at the ends of the supported range, naming the argument', () => {
    for (const id of ['2100-12', '2100-Q4', '2100-H2', '2100', '2100-W51']) {
      expect(thrown(() => nextPeriod(parsePeriod(id)._unsafeUnwrap())).argument).toBe('period');
    }
    for (const id of ['1900-01', '1900-Q1', '1900-H1', '1900', '1900-W01']) {
      expect(thrown(() => previousPeriod(parsePeriod(id)._unsafeUnwrap())).argument).toBe('period');
    }
    expect(formatPeriod(nextPeriod(parsePeriod('2100-W50')._unsafeUnwrap()))).toBe('2100-W51');
    expect(formatPeriod(previousPeriod(parsePeriod('1900-W02')._unsafeUnwrap()))).toBe('1900-W01');
  });

  it('finds the week of the last days of the range, or refuses the week that ends in 2101', () => {
    expect(formatPeriod(periodContaining('2100-12-26', 'week'))).toBe('2100-W51');
    expect(thrown(() => periodContaining('2100-12-27', 'week')).argument).toBe('date');
    expect(formatPeriod(periodContaining('2100-12-31', 'year'))).toBe('2100');
    expect(formatPeriod(periodContaining('1900-01-01', 'week'))).toBe('1900-W01');
  });
});

describe('the argument an error names', () => {
  const expected = {
    vi: 'một kỳ `{ kind, year, index }` nằm trong khoảng 1900-01-01 … 2100-12-31, ví dụ `{ kind: "quarter", year: 2026, index: 4 }`',
    en: 'a period `{ kind, year, index }` within 1900-01-01 … 2100-12-31, e.g. `{ kind: "quarter", year: 2026, index: 4 }`',
  };
  const year: Period = { kind: 'year', year: 2026, index: 1 };
  const id = '2026-10' as unknown as Period;

  it.each([
    ['formatPeriod', () => formatPeriod(id), 'period'],
    ['periodRange', () => periodRange(id), 'period'],
    ['nextPeriod', () => nextPeriod(id), 'period'],
    ['previousPeriod', () => previousPeriod(id), 'period'],
    ['comparePeriods (first)', () => comparePeriods(id, year), 'a'],
    ['comparePeriods (second)', () => comparePeriods(year, id), 'b'],
  ])('%s names %j, in both languages', (_, call, argument) => {
    const error = thrown(call);
    expect(error.argument).toBe(argument);
    expect(error.problem.params).toEqual({ argument, expected, received: '"2026-10"' });
    expect(error.problem.message).toEqual({
      vi: `Đối số "${argument}" phải là ${expected.vi}, nhận được "2026-10".`,
      en: `Argument "${argument}" must be ${expected.en}, got "2026-10".`,
    });
  });
});
