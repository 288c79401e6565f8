// Places whose ancestors never change are gathered by their ancestors once for every roll-up:
// the list of places may come in any order, ancestors may be missing or name each other, and
// villages and communes with the same ancestors are still counted each at their own level.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DataValue,
  type Indicator,
  type IndicatorResult,
  type Period,
  type Place,
  rollUp,
} from '../../src/index.js';
import { FLOW, place, SHARE } from './fixtures.js';

const OCT: Period = { kind: 'month', year: 2026, index: 10 };
const COMMUNAL: Indicator = { ...FLOW, code: 'communal', collectedAt: 'commune' };

function flow(placeId: string, numerator: number): DataValue {
  return { indicator: 'flow', place: placeId, period: '2026-10', numerator };
}

function byPlace(results: readonly IndicatorResult[], indicator = 'flow') {
  return (id: string) => results.find((r) => r.indicator === indicator && r.place === id);
}

describe('ancestors that cannot be followed', () => {
  it('counts a village whose commune is not given in itself only', () => {
    const places = [place('xa', 'commune'), place('thon', 'village', 'xa-khac')];
    const at = byPlace(rollUp([flow('thon', 4)], { catalogue: [FLOW], places, period: OCT }));
    expect(at('thon')?.value).toBe(4);
    expect(at('xa')?.value ?? null).toBeNull();
  });

  it('counts each commune of a loop once, and stops', () => {
    const places = [
      place('xa-a', 'commune', 'xa-b'),
      place('xa-b', 'commune', 'xa-a'),
      place('thon', 'village', 'xa-a'),
      place('thon-2', 'village', 'xa-b'),
    ];
    const at = byPlace(
      rollUp([flow('thon', 4), flow('thon-2', 1)], { catalogue: [FLOW], places, period: OCT }),
    );
    expect(at('thon')?.value).toBe(4);
    expect(at('xa-a')).toMatchObject({ value: 5, completeness: { expected: 2, reported: 2 } });
    expect(at('xa-b')).toMatchObject({ value: 5, completeness: { expected: 2, reported: 2 } });
  });
});

describe('villages and communes with the same ancestors', () => {
  // thôn lẻ hangs straight under the province, beside xã: both have the province as ancestor
  const places = [
    place('tinh', 'province'),
    place('xa', 'commune', 'tinh'),
    place('thon-le', 'village', 'tinh'),
    place('thon', 'village', 'xa'),
  ];

  it('are each counted at their own level', () => {
    const results = rollUp(
      [
        flow('thon-le', 1),
        flow('thon', 2),
        { indicator: 'communal', place: 'xa', period: '2026-10', numerator: 30 },
      ],
      { catalogue: [FLOW, COMMUNAL], places, period: OCT },
    );
    expect(byPlace(results)('tinh')).toMatchObject({
      value: 3,
      completeness: { expected: 2, reported: 2, missing: [] },
    });
    expect(byPlace(results)('xa')).toMatchObject({ value: 2, completeness: { expected: 1 } });
    expect(byPlace(results, 'communal')('tinh')).toMatchObject({
      value: 30,
      completeness: { expected: 1, reported: 1 },
    });
  });

  it('lists the places missing at each level', () => {
    const results = rollUp([flow('thon', 2)], { catalogue: [FLOW, COMMUNAL], places, period: OCT });
    expect(byPlace(results)('tinh')?.completeness).toMatchObject({
      expected: 2,
      reported: 1,
      missing: ['thon-le'],
    });
    expect(byPlace(results, 'communal')('tinh')?.completeness).toMatchObject({
      expected: 1,
      reported: 0,
      missing: ['xa'],
    });
  });
});

describe('the order of the places', () => {
  const places: Place[] = [
    place('tinh', 'province'),
    place('huyen', 'district', 'tinh'),
    place('xa-1', 'commune', 'huyen'),
    place('xa-2', 'commune', 'tinh'),
    place('xa-3', 'commune', 'huyen'),
    place('thon-1', 'village', 'xa-1'),
    place('thon-2', 'village', 'xa-1'),
    place('thon-3', 'village', 'xa-2'),
    place('thon-4', 'village', 'xa-3'),
    place('thon-5', 'village', 'huyen'),
  ];
  const values = [
    flow('thon-1', 1),
    flow('thon-2', 2),
    flow('thon-3', 4),
    flow('thon-5', 8),
    { indicator: 'share', place: 'thon-4', period: '2026-10', numerator: 3, denominator: 4 },
    { indicator: 'share', place: 'thon-1', period: '2026-10', numerator: 1, denominator: 4 },
    { indicator: 'communal', place: 'xa-3', period: '2026-10', numerator: 16 },
  ];
  // results in a fixed order, and missing places sorted (they are listed in the places' order)
  const sorted = (results: readonly IndicatorResult[]) =>
    results
      .map((r) => ({
        ...r,
        completeness: { ...r.completeness, missing: [...r.completeness.missing].sort() },
      }))
      .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.place.localeCompare(b.place));

  it('does not change any result', () => {
    const options = { catalogue: [FLOW, SHARE, COMMUNAL], period: OCT };
    const expected = sorted(rollUp(values, { ...options, places }));
    expect(byPlace(expected)('huyen')).toMatchObject({ value: 11, completeness: { expected: 4 } });
    expect(byPlace(expected)('tinh')).toMatchObject({ value: 15, completeness: { expected: 5 } });
    fc.assert(
      fc.property(fc.shuffledSubarray(places, { minLength: places.length }), (shuffled) => {
        expect(sorted(rollUp(values, { ...options, places: shuffled }))).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
