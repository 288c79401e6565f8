// Places whose dates or ancestors change are followed month by month: a month counts for a place
// when the place exists on any day of it, and the place belongs in that month where it belonged
// on the month's last day (or on its own last day, when it ends within the month).
import { describe, expect, it } from 'vitest';
import { type DataValue, type Period, type Place, rollUp } from '../../src/index.js';
import { FLOW, place, SHARE } from './fixtures.js';

const Q4: Period = { kind: 'quarter', year: 2026, index: 4 };

function flows(months: Record<string, number>, placeId: string): DataValue[] {
  return Object.entries(months).map(([period, numerator]) => ({
    indicator: 'flow',
    place: placeId,
    period,
    numerator,
  }));
}

/** Per place: the flow's value and its completeness. */
function flowAt(values: DataValue[], places: Place[], period: Period = Q4) {
  const results = rollUp(values, { catalogue: [FLOW, SHARE], places, period });
  return (id: string) => results.find((r) => r.indicator === 'flow' && r.place === id);
}

describe('a place that exists for part of a month', () => {
  it('counts a village created on the last day of a month in that month', () => {
    const places = [
      place('xa', 'commune'),
      place('thon-moi', 'village', 'xa', { from: '2026-10-31' }),
    ];
    const at = flowAt(flows({ '2026-09': 50, '2026-10': 1, '2026-11': 2 }, 'thon-moi'), places);
    expect(at('xa')).toMatchObject({
      value: 3,
      completeness: { expected: 1, expectedReports: 3, actualReports: 2 },
    });
    expect(at('thon-moi')?.value).toBe(3);
  });

  it('does not count a village created on the first day of the next month', () => {
    const places = [
      place('xa', 'commune'),
      place('thon-moi', 'village', 'xa', { from: '2026-11-01' }),
    ];
    const at = flowAt(flows({ '2026-10': 1, '2026-11': 2 }, 'thon-moi'), places);
    expect(at('xa')).toMatchObject({
      value: 2,
      completeness: { expectedReports: 2, actualReports: 1 },
    });
  });

  it('counts a village that ends on the first day of a month in that month', () => {
    const places = [
      place('xa', 'commune'),
      place('thon-cu', 'village', 'xa', { to: '2026-12-01' }),
    ];
    const at = flowAt(flows({ '2026-10': 1, '2026-12': 4 }, 'thon-cu'), places);
    expect(at('xa')).toMatchObject({
      value: 5,
      completeness: { expectedReports: 3, actualReports: 2 },
    });
  });

  it('does not count a village that ended on the last day of the month before', () => {
    const places = [
      place('xa', 'commune'),
      place('thon-cu', 'village', 'xa', { to: '2026-11-30' }),
    ];
    const at = flowAt(flows({ '2026-11': 1, '2026-12': 4 }, 'thon-cu'), places);
    expect(at('xa')).toMatchObject({
      value: 1,
      completeness: { expectedReports: 2, actualReports: 1 },
    });
  });

  it('places a village that ends within a month where it belonged on its last day', () => {
    // thôn cũ ends on 15/11; its parent link to xã A runs to 20/11, then xã B
    const places = [
      place('tinh', 'province'),
      place('xa-a', 'commune', 'tinh'),
      place('xa-b', 'commune', 'tinh'),
      {
        ...place('thon-cu', 'village', undefined, { to: '2026-11-15' }),
        parents: [
          { parentId: 'xa-a', to: '2026-11-20' },
          { parentId: 'xa-b', from: '2026-11-21' },
        ],
      } satisfies Place,
    ];
    const at = flowAt(flows({ '2026-10': 1, '2026-11': 2 }, 'thon-cu'), places);
    expect(at('xa-a')).toMatchObject({ value: 3, completeness: { expectedReports: 2 } });
    expect(at('xa-b')).toBeUndefined();
    expect(at('tinh')?.value).toBe(3);
  });
});

describe('a place whose ancestors grow or shrink', () => {
  it('counts the village in a district only from the month its commune joined it', () => {
    // xã has no parent until 31/10, then belongs to huyện from 1/11
    const places: Place[] = [
      place('huyen', 'district'),
      { ...place('xa', 'commune'), parents: [{ parentId: 'huyen', from: '2026-11-01' }] },
      place('thon', 'village', 'xa'),
    ];
    const at = flowAt(flows({ '2026-10': 1, '2026-11': 2, '2026-12': 4 }, 'thon'), places);
    expect(at('xa')?.value).toBe(7);
    expect(at('huyen')).toMatchObject({
      value: 6,
      completeness: { expected: 1, expectedReports: 2, actualReports: 2 },
    });
  });

  it('stops counting the village in a district from the month its commune left it', () => {
    const places: Place[] = [
      place('huyen', 'district'),
      { ...place('xa', 'commune'), parents: [{ parentId: 'huyen', to: '2026-10-31' }] },
      place('thon', 'village', 'xa'),
    ];
    const at = flowAt(flows({ '2026-10': 1, '2026-11': 2, '2026-12': 4 }, 'thon'), places);
    expect(at('xa')?.value).toBe(7);
    expect(at('huyen')).toMatchObject({ value: 1, completeness: { expectedReports: 1 } });
  });
});

describe('ancestors that name each other', () => {
  it('counts each place of a loop once, and stops', () => {
    // xã A and xã B each name the other as parent from November
    const places: Place[] = [
      { ...place('xa-a', 'commune'), parents: [{ parentId: 'xa-b', from: '2026-11-01' }] },
      { ...place('xa-b', 'commune'), parents: [{ parentId: 'xa-a', from: '2026-11-01' }] },
      place('thon', 'village', 'xa-a'),
    ];
    const at = flowAt(flows({ '2026-10': 1, '2026-11': 2 }, 'thon'), places);
    expect(at('thon')?.value).toBe(3);
    expect(at('xa-a')?.value).toBe(3);
    expect(at('xa-b')).toMatchObject({ value: 2, completeness: { expectedReports: 2 } });
  });

  it('does not count a village above itself when its commune names it as parent', () => {
    const places: Place[] = [
      { ...place('xa', 'commune'), parents: [{ parentId: 'thon', from: '2026-11-01' }] },
      place('thon', 'village', 'xa'),
    ];
    const at = flowAt(flows({ '2026-10': 1, '2026-11': 2 }, 'thon'), places);
    expect(at('thon')).toMatchObject({
      value: 3,
      completeness: { expected: 1, expectedReports: 3, actualReports: 2 },
    });
    expect(at('xa')?.value).toBe(3);
  });
});
