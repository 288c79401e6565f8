import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_INDICATORS, type Indicator, type IsoDate, periodRange } from '../../src/index.js';
import {
  checkBounds,
  checkDenominator,
  checkIndicator,
  checkNotNegative,
  checkPeriodBegun,
  checkPeriodKind,
  checkPlace,
  checkShare,
  checkValue,
  checkWholeCounts,
  type ValueFacts,
} from '../../src/indicators/value-checks.js';
import { FLOW, place, SHARE } from './fixtures.js';

const DERIVED = BUILT_IN_INDICATORS.find((i) => i.villagesMeeting !== undefined) as Indicator;
const october = { kind: 'month', year: 2026, index: 10 } as const;
const quarter = { kind: 'quarter', year: 2026, index: 4 } as const;
const village = place('thon-1', 'village', 'dak-nia');
const flowRef = { id: 'flow', label: { vi: 'Lượt', en: 'Flow' } };
const shareRef = { id: 'share', label: { vi: 'Tỷ lệ', en: 'Share' } };

/** A value of `flow` for a village in October 2026, at index 3, with some parts changed. */
function facts(more: { [K in keyof ValueFacts]?: ValueFacts[K] | undefined } = {}): ValueFacts {
  const all: Record<string, unknown> = {
    at: 3,
    indicatorId: 'flow',
    indicator: FLOW,
    placeId: 'thon-1',
    place: village,
    periodId: '2026-10',
    period: october,
    range: periodRange(october),
    quantities: { numerator: 4 },
    ...more,
  };
  // Quantities that could not be read are absent, as the readers leave them.
  if (all.quantities === undefined) delete all.quantities;
  return all as unknown as ValueFacts;
}

const brief = (problems: { code: string; path: readonly unknown[]; params?: unknown }[]) =>
  problems.map(({ code, path, params }) => ({ code, path, params }));

describe('checkIndicator', () => {
  it('names an unknown indicator and a derived one, and passes a measured one', () => {
    expect(checkIndicator(facts({ indicatorId: undefined, indicator: undefined }))).toEqual([]);
    expect(brief(checkIndicator(facts({ indicatorId: 'nope', indicator: undefined })))).toEqual([
      { code: 'unknown_indicator', path: [3, 'indicator'], params: { indicatorId: 'nope' } },
    ]);
    expect(brief(checkIndicator(facts({ indicatorId: DERIVED.code, indicator: DERIVED })))).toEqual(
      [
        {
          code: 'derived_indicator',
          path: [3, 'indicator'],
          params: { indicator: { id: DERIVED.code, label: DERIVED.name } },
        },
      ],
    );
    expect(checkIndicator(facts())).toEqual([]);
  });
});

describe('checkPlace', () => {
  it('names an unknown place and a place of the wrong level', () => {
    expect(checkPlace(facts({ placeId: undefined, place: undefined }))).toEqual([]);
    expect(brief(checkPlace(facts({ placeId: 'nowhere', place: undefined })))).toEqual([
      { code: 'unknown_place', path: [3, 'place'], params: { placeId: 'nowhere' } },
    ]);
    const commune = place('dak-nia', 'commune', 'dak-nong');
    const [problem, ...more] = checkPlace(facts({ placeId: 'dak-nia', place: commune }));
    expect(more).toEqual([]);
    expect(problem).toMatchObject({
      code: 'wrong_place_level',
      path: [3, 'place'],
      params: {
        indicator: flowRef,
        place: { id: 'dak-nia' },
        expected: 'village',
        level: 'commune',
      },
    });
    // A derived indicator is not collected anywhere: no level to compare.
    expect(checkPlace(facts({ indicator: DERIVED, placeId: 'dak-nia', place: commune }))).toEqual(
      [],
    );
    expect(checkPlace(facts({ indicator: undefined, placeId: 'dak-nia', place: commune }))).toEqual(
      [],
    );
  });

  it('counts a place as existing in a period it overlaps by a single day', () => {
    const within = (from?: IsoDate, to?: IsoDate) =>
      checkPlace(
        facts({
          place: place('thon-1', 'village', 'dak-nia', {
            ...(from === undefined ? {} : { from }),
            ...(to === undefined ? {} : { to }),
          }),
        }),
      ).map((p) => p.code);
    expect(within('2026-10-31')).toEqual([]);
    expect(within('2026-11-01')).toEqual(['place_inactive']);
    expect(within(undefined, '2026-10-01')).toEqual([]);
    expect(within(undefined, '2026-09-30')).toEqual(['place_inactive']);
    expect(within('2026-10-31', '2026-10-31')).toEqual([]);
    expect(within('2026-01-01', '2026-09-30')).toEqual(['place_inactive']);
    expect(within('2026-11-01', '2027-01-01')).toEqual(['place_inactive']);
  });

  it('says which place and period, in both languages', () => {
    const gone = place('thon-1', 'village', 'dak-nia', { to: '2026-09-30' });
    const [problem] = checkPlace(facts({ place: gone }));
    expect(problem?.path).toEqual([3, 'place']);
    expect(problem?.params).toMatchObject({
      place: { id: 'thon-1' },
      period: '2026-10',
      periodLabel: { vi: 'tháng 10 năm 2026', en: 'October 2026' },
    });
    expect(problem?.message.vi).toContain('tháng 10 năm 2026');
    expect(problem?.message.en).toContain('October 2026');
  });

  it('checks no dates without a whole period', () => {
    const gone = place('thon-1', 'village', 'dak-nia', { to: '2020-01-01' });
    expect(checkPlace(facts({ place: gone }))).toHaveLength(1);
    expect(checkPlace(facts({ place: gone, period: undefined }))).toEqual([]);
    expect(checkPlace(facts({ place: gone, periodId: undefined }))).toEqual([]);
    expect(checkPlace(facts({ place: gone, range: undefined }))).toEqual([]);
  });
});

describe('checkPeriodKind', () => {
  it('names the kind the indicator is reported for', () => {
    const wrong = { period: quarter, periodId: '2026-Q4', range: periodRange(quarter) };
    expect(brief(checkPeriodKind(facts(wrong)))).toEqual([
      {
        code: 'wrong_period_kind',
        path: [3, 'period'],
        params: { indicator: flowRef, expected: 'month', period: '2026-Q4' },
      },
    ]);
    expect(checkPeriodKind(facts())).toEqual([]);
    expect(checkPeriodKind(facts({ ...wrong, indicator: DERIVED }))).toEqual([]);
    expect(checkPeriodKind(facts({ ...wrong, indicator: undefined }))).toEqual([]);
    expect(checkPeriodKind(facts({ ...wrong, period: undefined }))).toEqual([]);
    expect(checkPeriodKind(facts({ ...wrong, periodId: undefined }))).toEqual([]);
  });
});

describe('checkPeriodBegun', () => {
  it('accepts a period that begins on the day values are taken on, and refuses one a day later', () => {
    expect(checkPeriodBegun(facts({ asOf: '2026-10-01' }))).toEqual([]);
    expect(checkPeriodBegun(facts({ asOf: '2026-12-31' }))).toEqual([]);
    expect(checkPeriodBegun(facts())).toEqual([]);
    expect(brief(checkPeriodBegun(facts({ asOf: '2026-09-30' })))).toEqual([
      {
        code: 'future_period',
        path: [3, 'period'],
        params: {
          period: '2026-10',
          periodLabel: { vi: 'tháng 10 năm 2026', en: 'October 2026' },
          start: '2026-10-01',
          asOf: '2026-09-30',
        },
      },
    ]);
    const [problem] = checkPeriodBegun(facts({ asOf: '2026-09-30' }));
    expect(problem?.message.vi).toBe(
      'Kỳ tháng 10 năm 2026 (2026-10) bắt đầu ngày 1/10/2026, chưa đến vào ngày 30/9/2026: chỉ nhận số liệu của kỳ đã bắt đầu.',
    );
    expect(problem?.message.en).toContain('October 2026');
  });

  it('checks nothing without a whole period', () => {
    const early = { asOf: '2020-01-01' };
    expect(checkPeriodBegun(facts({ ...early, period: undefined }))).toEqual([]);
    expect(checkPeriodBegun(facts({ ...early, periodId: undefined }))).toEqual([]);
    expect(checkPeriodBegun(facts({ ...early, range: undefined }))).toEqual([]);
  });
});

describe('checkNotNegative and checkWholeCounts', () => {
  it('names each negative quantity, numerator first', () => {
    const both = facts({ indicator: SHARE, quantities: { numerator: -1, denominator: -2 } });
    expect(brief(checkNotNegative(both))).toEqual([
      {
        code: 'negative_quantity',
        path: [3, 'numerator'],
        params: { indicator: shareRef, quantity: 'numerator', value: -1 },
      },
      {
        code: 'negative_quantity',
        path: [3, 'denominator'],
        params: { indicator: shareRef, quantity: 'denominator', value: -2 },
      },
    ]);
    expect(checkNotNegative(facts({ quantities: { numerator: 0 } }))).toEqual([]);
    expect(checkNotNegative(facts({ indicator: DERIVED, quantities: { numerator: -1 } }))).toEqual(
      [],
    );
    expect(checkNotNegative(facts({ quantities: undefined }))).toEqual([]);
  });

  it('asks whole numbers of what counts whole things only', () => {
    const codes = (indicator: Indicator, numerator: number, denominator?: number) =>
      checkWholeCounts(facts({ indicator, quantities: { numerator, denominator } })).map((p) => [
        p.path[1],
        p.params,
      ]);
    expect(codes(FLOW, 1.5)).toEqual([
      ['numerator', { indicator: flowRef, quantity: 'numerator', value: 1.5 }],
    ]);
    expect(codes(FLOW, 2)).toEqual([]);
    expect(codes(SHARE, 1.5, 2.5)).toEqual([]);
    const counted = {
      ...SHARE,
      numerator: { ...SHARE.numerator, integer: true },
      denominator: {
        ...(SHARE.denominator as NonNullable<Indicator['denominator']>),
        integer: true,
      },
    } as Indicator;
    expect(codes(counted, 1.5, 2.5).map(([quantity]) => quantity)).toEqual([
      'numerator',
      'denominator',
    ]);
    expect(codes(counted, 1, 2)).toEqual([]);
    expect(codes(counted, 1)).toEqual([]);
    const wholeDenominator = {
      ...SHARE,
      denominator: {
        ...(SHARE.denominator as NonNullable<Indicator['denominator']>),
        integer: true,
      },
    } as Indicator;
    expect(codes(wholeDenominator, 1.5, 2.5).map(([quantity]) => quantity)).toEqual([
      'denominator',
    ]);
    expect(codes(DERIVED, 1.5)).toEqual([]);
  });
});

describe('checkDenominator and checkShare', () => {
  it('asks a denominator of ratios and refuses one for counts', () => {
    expect(brief(checkDenominator(facts({ indicator: SHARE })))).toEqual([
      { code: 'missing_denominator', path: [3, 'denominator'], params: { indicator: shareRef } },
    ]);
    expect(
      brief(checkDenominator(facts({ quantities: { numerator: 1, denominator: 2 } }))),
    ).toEqual([
      { code: 'unexpected_denominator', path: [3, 'denominator'], params: { indicator: flowRef } },
    ]);
    expect(
      checkDenominator(facts({ indicator: SHARE, quantities: { numerator: 1, denominator: 2 } })),
    ).toEqual([]);
    expect(checkDenominator(facts())).toEqual([]);
    expect(checkDenominator(facts({ indicator: SHARE, quantities: undefined }))).toEqual([]);
    expect(checkDenominator(facts({ indicator: DERIVED }))).toEqual([]);
    const ratio = { ...SHARE, unit: 'ratio' } as Indicator;
    expect(checkDenominator(facts({ indicator: ratio })).map((p) => p.code)).toEqual([
      'missing_denominator',
    ]);
  });

  it('accepts a numerator equal to its denominator and refuses one above it', () => {
    const share = (numerator: number, denominator?: number, indicator: Indicator = SHARE) =>
      brief(checkShare(facts({ indicator, quantities: { numerator, denominator } })));
    expect(share(50, 50)).toEqual([]);
    expect(share(51, 50)).toEqual([
      {
        code: 'numerator_above_denominator',
        path: [3, 'numerator'],
        params: { indicator: shareRef, numerator: 51, denominator: 50 },
      },
    ]);
    expect(share(51)).toEqual([]);
    expect(share(51, 50, { ...SHARE, numeratorMayExceedDenominator: true })).toEqual([]);
    expect(share(51, 50, DERIVED)).toEqual([]);
    expect(checkShare(facts({ indicator: SHARE, quantities: undefined }))).toEqual([]);
  });
});

describe('checkBounds', () => {
  const bounded = (bounds: Indicator['bounds'], base: Indicator = FLOW) =>
    ({ ...base, bounds }) as Indicator;
  const shown = (indicator: Indicator, numerator: number, denominator?: number) =>
    brief(checkBounds(facts({ indicator, quantities: { numerator, denominator } })));

  it('includes both bounds and names them, null for the one not set', () => {
    const both = bounded({ min: 2, max: 10 });
    expect(shown(both, 2)).toEqual([]);
    expect(shown(both, 10)).toEqual([]);
    expect(shown(both, 1)).toEqual([
      {
        code: 'out_of_bounds',
        path: [3, 'numerator'],
        params: { indicator: flowRef, value: 1, min: 2, max: 10 },
      },
    ]);
    expect(shown(both, 11).map((p) => p.params)).toEqual([
      { indicator: flowRef, value: 11, min: 2, max: 10 },
    ]);
    expect(shown(bounded({ max: 10 }), 11).map((p) => p.params)).toEqual([
      { indicator: flowRef, value: 11, min: null, max: 10 },
    ]);
    expect(shown(bounded({ max: 10 }), -100)).toEqual([]);
    expect(shown(bounded({ min: 2 }), 1).map((p) => p.params)).toEqual([
      { indicator: flowRef, value: 1, min: 2, max: null },
    ]);
    expect(shown(bounded({ min: 2 }), 1e9)).toEqual([]);
    expect(shown(FLOW, 1e9)).toEqual([]);
  });

  it('bounds a ratio as it is shown (times its scale), and nothing without a denominator', () => {
    const percent = bounded({ min: 10, max: 90 }, SHARE);
    expect(shown(percent, 45, 50)).toEqual([]);
    expect(shown(percent, 46, 50).map((p) => p.params)).toEqual([
      { indicator: shareRef, value: 92, min: 10, max: 90 },
    ]);
    expect(shown(percent, 4, 50).map((p) => p.params)).toEqual([
      { indicator: shareRef, value: 8, min: 10, max: 90 },
    ]);
    expect(shown(percent, 1)).toEqual([]);
    expect(shown(percent, 1, 0)).toEqual([]);
    const perThousand = bounded({ max: 500 }, { ...SHARE, unit: 'per1000' } as Indicator);
    expect(shown(perThousand, 1, 2)).toEqual([]);
    expect(shown(perThousand, 3, 5).map((p) => p.params)).toMatchObject([{ value: 600 }]);
    expect(shown(bounded({ max: 10 }, DERIVED), 11)).toEqual([]);
    expect(checkBounds(facts({ indicator: bounded({ max: 1 }), quantities: undefined }))).toEqual(
      [],
    );
  });

  it('agrees with a reading of the bounds written out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined }),
        fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined }),
        (value, min, max) => {
          const bounds = {
            ...(min === undefined ? {} : { min }),
            ...(max === undefined ? {} : { max }),
          };
          const outside = (min !== undefined && value < min) || (max !== undefined && value > max);
          expect(shown(bounded(bounds), value).length).toBe(outside ? 1 : 0);
        },
      ),
    );
  });
});

describe('checkValue', () => {
  it('lists references first, then the quantities stage by stage, stopping at the first that finds', () => {
    const codes = (more: Parameters<typeof facts>[0]) => checkValue(facts(more)).map((p) => p.code);
    const strict = { ...SHARE, bounds: { max: 90 } } as Indicator;
    // Negative and above its denominator and out of bounds: only the first stage speaks.
    expect(codes({ indicator: strict, quantities: { numerator: -1, denominator: -2 } })).toEqual([
      'negative_quantity',
      'negative_quantity',
    ]);
    expect(codes({ indicator: strict, quantities: { numerator: 60, denominator: 50 } })).toEqual([
      'numerator_above_denominator',
    ]);
    expect(codes({ indicator: strict, quantities: { numerator: 46, denominator: 50 } })).toEqual([
      'out_of_bounds',
    ]);
    expect(codes({ indicator: strict, quantities: { numerator: 45, denominator: 50 } })).toEqual(
      [],
    );
    expect(
      codes({
        indicatorId: 'nope',
        indicator: undefined,
        placeId: 'nowhere',
        place: undefined,
        asOf: '2026-01-01',
      }),
    ).toEqual(['unknown_indicator', 'unknown_place', 'future_period']);
    expect(
      codes({
        period: quarter,
        periodId: '2026-Q4',
        range: periodRange(quarter),
        place: place('thon-1', 'village', 'dak-nia', { to: '2020-01-01' }),
        asOf: '2026-01-01',
        quantities: { numerator: 1.5, denominator: 2 },
      }),
    ).toEqual([
      'place_inactive',
      'wrong_period_kind',
      'future_period',
      'not_integer',
      'unexpected_denominator',
    ]);
  });
});
