import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  BUILT_IN_INDICATORS,
  DataValueSchema,
  type Indicator,
  parseDataValues,
} from '../../src/index.js';
import { plainValue, valueLookups } from '../../src/indicators/value.js';
import { FLOW, PLACES, place, SHARE } from './fixtures.js';

const catalogue: Indicator[] = [
  SHARE,
  FLOW,
  { ...FLOW, code: 'bounded', bounds: { min: 2, max: 10 } },
  { ...FLOW, code: 'yearly', periodKind: 'year' },
  ...BUILT_IN_INDICATORS.filter((i) =>
    ['communeFilesOnline', 'villagesAllHouseholdsInGroup'].includes(i.code),
  ),
];
const places = [...PLACES, place('thon-cu', 'village', 'dak-nia', { to: '2025-06-30' })];
const context = { catalogue, places };

describe('parseDataValues', () => {
  it('accepts good values', () => {
    const input = [
      {
        indicator: 'share',
        place: 'thon-1',
        period: '2026-10',
        numerator: 45,
        denominator: 50,
        reportedBy: 'Trưởng thôn 1',
        reportedAt: '2026-11-02T08:30:00+07:00',
      },
      {
        indicator: 'communeFilesOnline',
        place: 'dak-nia',
        period: '2026-10',
        numerator: 3,
        denominator: 4,
      },
      { indicator: 'yearly', place: 'thon-1', period: '2026', numerator: 3 },
    ];
    expect(parseDataValues(input, context)._unsafeUnwrap()).toEqual(input);
  });

  it('reports every problem at once, pointing at row and field', () => {
    const problems = parseDataValues(
      [
        { indicator: 'nope', place: 'thon-1', period: '2026-10', numerator: 1 },
        { indicator: 'share', place: 'nowhere', period: '2026-10', numerator: 1, denominator: 2 },
        { indicator: 'share', place: 'dak-nia', period: '2026-10', numerator: 1, denominator: 2 },
        { indicator: 'share', place: 'thon-cu', period: '2026-10', numerator: 1, denominator: 2 },
        { indicator: 'share', place: 'thon-1', period: '2026-Q4', numerator: 1, denominator: 2 },
        { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: -1 },
        { indicator: 'share', place: 'thon-1', period: '2026-10', numerator: 1 },
        { indicator: 'flow', place: 'thon-1', period: '2026-11', numerator: 1, denominator: 2 },
        { indicator: 'share', place: 'thon-1', period: '2026-10', numerator: 3, denominator: 2 },
        { indicator: 'bounded', place: 'thon-1', period: '2026-10', numerator: 11 },
        {
          indicator: 'villagesAllHouseholdsInGroup',
          place: 'thon-1',
          period: '2026-10',
          numerator: 1,
        },
        { indicator: 'flow', place: 'thon-1', period: '2026-13', numerator: 1, extra: true },
        { indicator: 'share', place: 'thon-2', period: '2026-10', numerator: 1, denominator: -2 },
      ],
      context,
    )._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown_indicator', [0, 'indicator']],
      ['unknown_place', [1, 'place']],
      ['wrong_place_level', [2, 'place']],
      ['place_inactive', [3, 'place']],
      ['wrong_period_kind', [4, 'period']],
      ['negative_quantity', [5, 'numerator']],
      ['missing_denominator', [6, 'denominator']],
      ['unexpected_denominator', [7, 'denominator']],
      ['numerator_above_denominator', [8, 'numerator']],
      ['out_of_bounds', [9, 'numerator']],
      ['derived_indicator', [10, 'indicator']],
      ['invalid_period', [11, 'period']],
      ['unknown_field', [11, 'extra']],
      ['negative_quantity', [12, 'denominator']],
    ]);
    for (const p of problems) {
      expect(p.message.vi.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
  });

  it('accepts a numerator above the denominator when the indicator allows it', () => {
    const loose = [{ ...SHARE, unit: 'per100' as const, numeratorMayExceedDenominator: true }];
    expect(
      parseDataValues(
        [{ indicator: 'share', place: 'thon-1', period: '2026-10', numerator: 3, denominator: 2 }],
        { catalogue: loose, places },
      ).isOk(),
    ).toBe(true);
  });

  it('rejects duplicates unless asked to replace', () => {
    const first = { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 1 };
    const second = { ...first, numerator: 2 };
    const other = { ...first, period: '2026-11' };
    expect(
      parseDataValues([first, second], context)
        ._unsafeUnwrapErr()
        .map((p) => [p.code, p.path]),
    ).toEqual([['duplicate_value', [1]]]);
    expect(
      parseDataValues([second], { ...context, existing: [first] })._unsafeUnwrapErr()[0]?.code,
    ).toBe('duplicate_value');
    expect(
      parseDataValues([second, other], { ...context, existing: [first], replace: true }),
    ).toEqual(parseDataValues([second, other], context));
    expect(parseDataValues([first, second], { ...context, replace: true })._unsafeUnwrap()).toEqual(
      [second],
    );
  });

  it('rejects input that is not an array', () => {
    expect(parseDataValues({}, context)._unsafeUnwrapErr()[0]?.path).toEqual([]);
  });
});

describe('parseDataValues: counts and values that fail the schema', () => {
  it('rejects a fractional count of households or people', () => {
    const result = parseDataValues(
      [{ indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 90.5 }],
      context,
    );
    expect(result._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([
      ['not_integer', [0, 'numerator']],
    ]);
    const fibre = BUILT_IN_INDICATORS.find((i) => i.code === 'fibreHouseholds');
    expect(fibre?.denominator?.integer).toBe(true);
  });

  it('still reports an unknown indicator and place when the value fails the schema', () => {
    const result = parseDataValues(
      [{ indicator: 'nope', place: 'nowhere', period: '2026-13', numerator: 1 }],
      context,
    );
    expect(result._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([
      ['invalid_period', [0, 'period']],
      ['unknown_indicator', [0, 'indicator']],
      ['unknown_place', [0, 'place']],
    ]);
  });
});

describe('the lookups of the data-value readers', () => {
  it('are built once per catalogue and place list, the last of a duplicated key winning', () => {
    const first = valueLookups(context)._unsafeUnwrap();
    const again = valueLookups({ ...context, replace: true })._unsafeUnwrap();
    expect(again.indicators).toBe(first.indicators);
    expect(again.places).toBe(first.places);
    expect(first.indicators.get('share')).toEqual(SHARE);
    const twice = [...places, { ...places[0], name: 'Thôn một' } as (typeof places)[number]];
    expect(
      valueLookups({ catalogue, places: twice })
        ._unsafeUnwrap()
        .places.get(places[0]?.id ?? '')?.name,
    ).toBe('Thôn một');
    const other = valueLookups({ catalogue: [...catalogue], places: [...places] })._unsafeUnwrap();
    expect(other.indicators).not.toBe(first.indicators);
    expect(other.indicators).toEqual(first.indicators);
  });
});

describe('the fast reading of plain data values', () => {
  const lookups = () => valueLookups(context)._unsafeUnwrap();
  const text = fc.oneof(
    fc.constantFrom('share', 'flow', 'thon-1', ' thon-1', 'thon-1 ', '', 'Trưởng thôn'),
    fc.string({ maxLength: 4 }),
  );
  const number = fc.oneof(
    fc.integer({ min: -5, max: 60 }),
    fc.double(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1.5),
  );
  const item = fc.record(
    {
      indicator: fc.oneof(text, number),
      place: fc.oneof(text, number),
      period: fc.oneof(
        fc.constantFrom('2026-10', '2026-Q4', '2026-H2', '2026', '2026-13', '1899-01', '10/2026'),
        text,
      ),
      numerator: fc.oneof(number, text),
      denominator: fc.oneof(number, fc.constant(undefined)),
      reportedBy: fc.oneof(text, number),
      reportedAt: fc.constantFrom(
        '2026-11-02T08:30:00+07:00',
        '2026-11-02T08:30:00Z',
        '2026-11-02',
        '2026-11-02T08:30:00+25:00',
        '3000-01-01T00:00:00Z',
      ),
      extra: fc.string(),
    },
    { requiredKeys: ['indicator', 'place', 'period', 'numerator'] },
  );

  it('reads an item exactly when the schema gives it back unchanged, and then as the schema does', () => {
    fc.assert(
      fc.property(item, (value) => {
        const fast = plainValue(value, lookups());
        const schema = DataValueSchema.safeParse(value);
        const unchanged = schema.success && JSON.stringify(schema.data) === JSON.stringify(value);
        expect(fast !== undefined).toBe(unchanged);
        if (fast !== undefined) expect(fast).toEqual(schema.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a file of plain values without the schema', () => {
    const spy = vi.spyOn(DataValueSchema, 'safeParse');
    try {
      const values = [
        { indicator: 'share', place: 'thon-1', period: '2026-10', numerator: 45, denominator: 50 },
        {
          indicator: 'flow',
          place: 'thon-1',
          period: '2026-10',
          numerator: 3,
          reportedBy: 'Trưởng thôn 1',
          reportedAt: '2026-11-02T08:30:00+07:00',
        },
      ];
      expect(parseDataValues(values, context)._unsafeUnwrap()).toEqual(values);
      expect(spy).not.toHaveBeenCalledWith(values[0], expect.anything());
      expect(spy).not.toHaveBeenCalledWith(values[1], expect.anything());
    } finally {
      spy.mockRestore();
    }
  });
});
