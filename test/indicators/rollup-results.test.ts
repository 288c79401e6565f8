// What each result reports: the baseline progress is measured from, the order of missing
// places, villages judged by a derived indicator, and an index rolled up again and again.
import { describe, expect, it } from 'vitest';
import {
  type DataValue,
  type Indicator,
  indexDataValues,
  type Period,
  type Place,
  rollUp,
  rollUpIndex,
  type Target,
} from '../../src/index.js';
import { FLOW, movingPlace, PLACES, place, SHARE } from './fixtures.js';

const JUNE: Period = { kind: 'month', year: 2026, index: 6 };
const DEC_2025: Period = { kind: 'month', year: 2025, index: 12 };
const OCT: Period = { kind: 'month', year: 2026, index: 10 };

function v(placeId: string, period: string, numerator: number, denominator?: number): DataValue {
  return denominator === undefined
    ? { indicator: 'share', place: placeId, period, numerator }
    : { indicator: 'share', place: placeId, period, numerator, denominator };
}

describe('the baseline of a result', () => {
  const target: Target = { indicator: 'share', by: '2026-12-31', comparator: '≥', value: 100 };
  const values = [v('thon-1', '2025-12', 20, 100), v('thon-1', '2026-06', 60, 100)];
  const progressOf = (results: ReturnType<typeof rollUp>, id: string) =>
    results.find((r) => r.place === id)?.progress;

  it("is the target's own when it has one, before the baseline period's value", () => {
    const own: Target = { ...target, baseline: { date: '2025-12-31', value: 50 } };
    const results = rollUp([...values, v('thon-2', '2026-06', 60, 100)], {
      catalogue: [SHARE],
      places: PLACES,
      period: JUNE,
      targets: [own],
      baseline: DEC_2025,
      levels: ['village'],
    });
    // 50 → 60 of 50 → 100: 20 %, for thôn 1 (whose December value was 20) as for thôn 2
    expect(progressOf(results, 'thon-1')).toBe(20);
    expect(progressOf(results, 'thon-2')).toBe(20);
  });

  it('is none for a place without a value in the baseline period, or a baseline week', () => {
    const withThon2 = [...values, v('thon-2', '2026-06', 60, 100), v('thon-2', '2025-12', 0, 0)];
    const options = { catalogue: [SHARE], places: PLACES, period: JUNE, targets: [target] };
    const results = rollUp(withThon2, { ...options, baseline: DEC_2025 });
    expect(progressOf(results, 'thon-1')).toBe(50);
    // thôn 2 reported 0 of 0 in December: no value, so progress counts from 0, and without a
    // baseline there is no line to be on or behind
    expect(results.find((r) => r.place === 'thon-2')).toMatchObject({
      progress: 60,
      status: 'noData',
    });
    expect(results.find((r) => r.place === 'thon-1')?.status).toBe('onTrack');
    const week = rollUp(withThon2, {
      ...options,
      baseline: { kind: 'week', year: 2025, index: 52 },
    });
    for (const id of ['thon-1', 'thon-2']) {
      expect(week.find((r) => r.place === id)).toMatchObject({ progress: 60, status: 'noData' });
    }
  });
});

describe('the places missing from a result', () => {
  it('are listed in the order of the places, whatever their communes', () => {
    const places: Place[] = [
      place('tinh', 'province'),
      place('xa-a', 'commune', 'tinh'),
      place('xa-b', 'commune', 'tinh'),
      place('a-1', 'village', 'xa-a'),
      place('b-1', 'village', 'xa-b'),
      place('a-2', 'village', 'xa-a'),
      place('b-2', 'village', 'xa-b'),
      place('a-3', 'village', 'xa-a'),
    ];
    const results = rollUp([{ indicator: 'flow', place: 'a-2', period: '2026-10', numerator: 1 }], {
      catalogue: [FLOW],
      places,
      period: OCT,
      levels: ['province', 'commune'],
    });
    expect(results.map((r) => [r.place, r.completeness.missing])).toEqual([
      ['tinh', ['a-1', 'b-1', 'b-2', 'a-3']],
      ['xa-a', ['a-1', 'a-3']],
      ['xa-b', ['b-1', 'b-2']],
    ]);
  });
});

describe('villages judged by a derived indicator', () => {
  const derived = (threshold: Indicator['villagesMeeting']): Indicator =>
    ({
      ...FLOW,
      code: 'villagesMeeting',
      numerator: undefined,
      villagesMeeting: threshold,
    }) as Indicator;

  it('judge a count by its value, and a village without data as not reporting', () => {
    const values = [
      { indicator: 'flow', place: 'thon-1', period: '2026-10', numerator: 5 },
      { indicator: 'flow', place: 'thon-2', period: '2026-10', numerator: 0 },
    ];
    const results = rollUp(values, {
      catalogue: [FLOW, derived({ indicator: 'flow', threshold: { comparator: '<', value: 3 } })],
      places: PLACES,
      period: OCT,
      levels: ['commune'],
    });
    // thôn 2 (0 < 3) meets it; thôn 1 (5) does not; bon Bu Sir has no data
    expect(results[1]).toMatchObject({
      indicator: 'villagesMeeting',
      numerator: 1,
      completeness: { expected: 3, reported: 2, missing: ['bon-bu-sir'] },
    });
    const atLeast = rollUp(values, {
      catalogue: [FLOW, derived({ indicator: 'flow', threshold: { comparator: '≥', value: 5 } })],
      places: PLACES,
      period: OCT,
      levels: ['commune'],
    });
    expect(atLeast[1]).toMatchObject({ numerator: 1, completeness: { reported: 2 } });
  });

  it('judge a ratio over a zero denominator as no value', () => {
    const values = [v('thon-1', '2026-10', 5, 0), v('thon-2', '2026-10', 5, 5)];
    const results = rollUp(values, {
      catalogue: [
        SHARE,
        derived({ indicator: 'share', threshold: { comparator: '≥', value: 50 } }),
      ],
      places: PLACES,
      period: OCT,
      levels: ['commune'],
    });
    expect(results[1]).toMatchObject({
      numerator: 1,
      completeness: { expected: 3, reported: 1, missing: ['thon-1', 'bon-bu-sir'] },
    });
  });
});

describe('an index rolled up many times', () => {
  it('gives each period the results a fresh roll-up gives, in any order of periods', () => {
    const places: Place[] = [
      ...PLACES,
      place('xa-khac', 'commune', 'dak-nong'),
      movingPlace('thon-moi', 'village', ['xa-khac', '2026-06-30'], ['dak-nia', '2026-07-01']),
    ];
    const values: DataValue[] = ['thon-1', 'thon-moi', 'bon-bu-sir'].flatMap((id, k) =>
      Array.from({ length: 12 }, (_, m) => [
        {
          indicator: 'flow',
          place: id,
          period: `2026-${String(m + 1).padStart(2, '0')}`,
          numerator: k + m,
        },
        v(id, `2026-${String(m + 1).padStart(2, '0')}`, m, 12),
      ]).flat(),
    );
    const options = { catalogue: [SHARE, FLOW], places };
    const index = indexDataValues(values, options);
    const periods: Period[] = [
      OCT,
      { kind: 'year', year: 2026, index: 1 },
      { kind: 'month', year: 2026, index: 3 },
      { kind: 'half', year: 2026, index: 1 },
      { kind: 'year', year: 2026, index: 1 },
      { kind: 'quarter', year: 2026, index: 3 },
    ];
    for (const period of periods) {
      expect(rollUpIndex(index, { period })).toEqual(rollUp(values, { ...options, period }));
    }
  });
});
