// Derived indicators ("villages meeting a threshold"): each village (or commune) is judged on
// its own value against the threshold or the target that applies to it, then counted where it
// belongs at the end of the period.
import { describe, expect, it } from 'vitest';
import {
  type DataValue,
  type Indicator,
  type IndicatorResult,
  type Period,
  type Place,
  rollUp,
  type Target,
} from '../../src/index.js';
import { FLOW, movingPlace, place, SHARE } from './fixtures.js';

const Q4: Period = { kind: 'quarter', year: 2026, index: 4 };

function derived(code: string, rule: Indicator['villagesMeeting'], extra: Partial<Indicator> = {}) {
  return { ...FLOW, code, numerator: undefined, villagesMeeting: rule, ...extra } as Indicator;
}

function share(placeId: string, numerator: number, period = '2026-12'): DataValue {
  return { indicator: 'share', place: placeId, period, numerator, denominator: 100 };
}

function byPlace(results: readonly IndicatorResult[], indicator: string) {
  return (id: string) => results.find((r) => r.indicator === indicator && r.place === id);
}

// tỉnh > xã A (thôn 1, thôn 2), xã B (thôn 3)
const PLACES: Place[] = [
  place('tinh', 'province'),
  place('xa-a', 'commune', 'tinh'),
  place('xa-b', 'commune', 'tinh'),
  place('thon-1', 'village', 'xa-a'),
  place('thon-2', 'village', 'xa-a'),
  place('thon-3', 'village', 'xa-b'),
];

describe('villages judged against their own targets', () => {
  const meeting = derived('villagesOnTarget', { indicator: 'share' });

  it('judges each village by the target of its own commune, else the province’s', () => {
    const targets: Target[] = [
      { indicator: 'share', place: 'tinh', by: '2026-12-31', comparator: '≥', value: 50 },
      { indicator: 'share', place: 'xa-a', by: '2026-12-31', comparator: '≥', value: 80 },
    ];
    const results = rollUp([share('thon-1', 70), share('thon-2', 90), share('thon-3', 60)], {
      catalogue: [SHARE, meeting],
      places: PLACES,
      period: Q4,
      targets,
    });
    const at = byPlace(results, 'villagesOnTarget');
    // thôn 1: 70 < 80 (xã A's); thôn 2: 90 ≥ 80; thôn 3: 60 ≥ 50 (the province's)
    expect(at('thon-1')).toMatchObject({ numerator: 0, value: 0 });
    expect(at('thon-2')).toMatchObject({ numerator: 1, value: 1 });
    expect(at('xa-a')).toMatchObject({
      numerator: 1,
      value: 1,
      completeness: { expected: 2, reported: 2, expectedReports: 2, actualReports: 2 },
    });
    expect(at('xa-b')).toMatchObject({ numerator: 1, value: 1 });
    expect(at('tinh')).toMatchObject({ numerator: 2, value: 2, completeness: { expected: 3 } });
  });

  it('judges by the target in force at the end of the period', () => {
    const targets: Target[] = [
      { indicator: 'share', by: '2026-06-30', comparator: '≥', value: 95 },
      { indicator: 'share', by: '2026-12-31', comparator: '≥', value: 65 },
      { indicator: 'share', by: '2027-12-31', comparator: '≥', value: 95 },
    ];
    const results = rollUp([share('thon-1', 70), share('thon-2', 60)], {
      catalogue: [SHARE, meeting],
      places: PLACES,
      period: Q4,
      targets,
    });
    expect(byPlace(results, 'villagesOnTarget')('xa-a')).toMatchObject({ numerator: 1 });
  });

  it('counts a village without a target as reporting, not meeting', () => {
    const results = rollUp([share('thon-1', 70)], {
      catalogue: [SHARE, meeting],
      places: PLACES,
      period: Q4,
    });
    expect(byPlace(results, 'villagesOnTarget')('xa-a')).toMatchObject({
      numerator: 0,
      value: 0,
      completeness: { expected: 2, reported: 1, missing: ['thon-2'], actualReports: 1 },
    });
    expect(byPlace(results, 'villagesOnTarget')('thon-2')).toMatchObject({
      numerator: null,
      value: null,
    });
  });
});

describe('communes judged by a derived indicator of a commune indicator', () => {
  const coverage: Indicator = { ...SHARE, code: 'coverage', collectedAt: 'commune' };
  const communesFull = derived(
    'communesFull',
    { indicator: 'coverage', threshold: { comparator: '≥', value: 90 } },
    { collectedAt: 'commune' },
  );

  it('judges each commune and counts it in the province', () => {
    const values: DataValue[] = [
      { indicator: 'coverage', place: 'xa-a', period: '2026-12', numerator: 95, denominator: 100 },
      { indicator: 'coverage', place: 'xa-b', period: '2026-12', numerator: 50, denominator: 100 },
      share('thon-1', 99),
    ];
    const results = rollUp(values, {
      catalogue: [SHARE, coverage, communesFull],
      places: PLACES,
      period: Q4,
    });
    const at = byPlace(results, 'communesFull');
    expect(at('tinh')).toMatchObject({
      numerator: 1,
      denominator: null,
      value: 1,
      completeness: { expected: 2, reported: 2 },
    });
    expect(at('xa-a')?.value).toBe(1);
    expect(at('xa-b')?.value).toBe(0);
    expect(at('thon-1')).toBeUndefined();
  });
});

describe('a village that changes commune during the period', () => {
  const places: Place[] = [
    ...PLACES,
    movingPlace('thon-4', 'village', ['xa-a', '2026-11-15'], ['xa-b', '2026-11-16']),
  ];
  const full = derived('villagesFull', {
    indicator: 'share',
    threshold: { comparator: '≥', value: 90 },
  });
  const overHalf = derived(
    'villagesOverHalf',
    { indicator: 'share', threshold: { comparator: '>', value: 50 } },
    { unit: 'percent' },
  );

  it('is judged once, in the commune it belongs to at the end', () => {
    const results = rollUp([share('thon-4', 95), share('thon-1', 40), share('thon-3', 60)], {
      catalogue: [SHARE, full, overHalf],
      places,
      period: Q4,
    });
    const at = byPlace(results, 'villagesFull');
    expect(at('xa-a')).toMatchObject({ numerator: 0, completeness: { expected: 2 } });
    expect(at('xa-b')).toMatchObject({
      numerator: 1,
      completeness: { expected: 2, reported: 2 },
    });
    expect(at('tinh')).toMatchObject({ numerator: 1, completeness: { expected: 4, reported: 3 } });
    expect(at('thon-4')).toMatchObject({ numerator: 1, value: 1 });
    // of the four villages, thôn 3 (60) and thôn 4 (95) are over half: 2 of 4
    expect(byPlace(results, 'villagesOverHalf')('tinh')).toMatchObject({
      numerator: 2,
      denominator: 4,
      value: 50,
    });
    expect(byPlace(results, 'villagesOverHalf')('xa-b')).toMatchObject({
      numerator: 2,
      denominator: 2,
      value: 100,
    });
  });

  it('is not judged when it ended before the end of the period', () => {
    const ended: Place[] = [
      ...PLACES,
      place('thon-cu', 'village', undefined, { to: '2026-11-30' }),
    ].map((p) =>
      p.id === 'thon-cu'
        ? {
            ...p,
            parents: [
              { parentId: 'xa-a', to: '2026-10-31' },
              { parentId: 'xa-b', from: '2026-11-01' },
            ],
          }
        : p,
    );
    const results = rollUp([share('thon-cu', 95, '2026-11')], {
      catalogue: [SHARE, full],
      places: ended,
      period: Q4,
    });
    const at = byPlace(results, 'villagesFull');
    expect(at('xa-b')).toMatchObject({ numerator: 0, completeness: { expected: 1 } });
    expect(at('tinh')).toMatchObject({ numerator: 0, completeness: { expected: 3 } });
  });
});
