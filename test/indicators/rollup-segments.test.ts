// Places whose dates or ancestors change are followed month by month: a month counts for a place
// when the place exists on any day of it, and the place belongs in that month where it belonged
// on the month's last day (or on its own last day, when it ends within the month).
import { describe, expect, it } from 'vitest';
import { type DataValue, type Period, type Place, rollUp } from '../../src/index.js';
import { FLOW, movedVillage, place, SHARE } from './fixtures.js';

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

describe('a place that may move but stays put during the period', () => {
  const share = (placeId: string): DataValue => ({
    indicator: 'share',
    place: placeId,
    period: '2026-10',
    numerator: 5,
    denominator: 10,
  });

  it.each([
    ['with an end date after the period', { to: '2027-12-31' as const }],
    [
      'with a dated link to the same parent',
      { parents: [{ parentId: 'xa', from: '2020-01-01' as const }] },
    ],
  ])('keeps the last stock it reported in the period (%s)', (_, extra) => {
    const places: Place[] = [place('xa', 'commune'), place('thon', 'village', 'xa', extra)];
    const results = rollUp([share('thon')], { catalogue: [SHARE], places, period: Q4 });
    for (const id of ['xa', 'thon']) {
      expect(results.find((r) => r.place === id)).toMatchObject({
        numerator: 5,
        denominator: 10,
        value: 50,
        completeness: { expected: 1, reported: 0, expectedReports: 3, actualReports: 1 },
      });
    }
  });
});

describe('a village that moves early in the year, reporting quarterly and yearly indicators', () => {
  // thôn 3 belongs to xã A until 9/3/2026: at the end of January and February it is in xã A,
  // from the end of March in xã B, so every quarter and the year end in xã B
  const places: Place[] = movedVillage('2026-03-09', '2026-03-10');
  const quarterly = { ...FLOW, code: 'quarterly', periodKind: 'quarter' as const };
  const yearly = { ...FLOW, code: 'yearly', periodKind: 'year' as const };

  it('expects every quarterly and the yearly report of xã B, none of xã A', () => {
    const results = rollUp(
      [
        { indicator: 'quarterly', place: 'thon-3', period: '2026-Q1', numerator: 1 },
        { indicator: 'yearly', place: 'thon-3', period: '2026', numerator: 9 },
      ],
      {
        catalogue: [quarterly, yearly, FLOW],
        places,
        period: { kind: 'year', year: 2026, index: 1 },
      },
    );
    const at = (indicator: string, id: string) =>
      results.find((r) => r.indicator === indicator && r.place === id);
    expect(at('quarterly', 'xa-b')?.completeness).toMatchObject({
      expectedReports: 4,
      actualReports: 1,
    });
    expect(at('quarterly', 'xa-a')?.completeness.expectedReports ?? 0).toBe(0);
    expect(at('yearly', 'xa-b')).toMatchObject({
      value: 9,
      completeness: { expectedReports: 1, actualReports: 1 },
    });
    expect(at('yearly', 'xa-a')?.completeness.expectedReports ?? 0).toBe(0);
    expect(at('flow', 'xa-a')?.completeness.expectedReports).toBe(2);
    expect(at('flow', 'xa-b')?.completeness.expectedReports).toBe(10);
  });
});

describe('places whose positions in the list read alike when run together', () => {
  // xã A (position 1, in tỉnh 2 at position 2) and xã C (position 12, no province): the
  // ancestors "1, 2" and "12" must stay apart
  const filler = (k: number) => place(`khac-${k}`, 'province');
  const places: Place[] = [
    filler(0),
    place('xa-a', 'commune', 'tinh-2'),
    place('tinh-2', 'province'),
    ...Array.from({ length: 9 }, (_, k) => filler(k + 3)),
    place('xa-c', 'commune'),
    place('thon-a', 'village', 'xa-a'),
    place('thon-a-moi', 'village', 'xa-a', { to: '2027-12-31' }),
    place('thon-c', 'village', 'xa-c', { to: '2027-12-31' }),
  ];

  it('adds each village into its own ancestors', () => {
    const at = flowAt(
      [
        ...flows({ '2026-10': 1 }, 'thon-a'),
        ...flows({ '2026-10': 10 }, 'thon-a-moi'),
        ...flows({ '2026-10': 100 }, 'thon-c'),
      ],
      places,
    );
    expect(places.indexOf(places.find((p) => p.id === 'xa-c') as Place)).toBe(12);
    expect(at('xa-a')?.value).toBe(11);
    expect(at('tinh-2')?.value).toBe(11);
    expect(at('xa-c')?.value).toBe(100);
  });
});

describe('a village with an end date after the period that changes commune within it', () => {
  it('belongs each month where it belonged at the end of that month', () => {
    const places: Place[] = [
      place('tinh', 'province'),
      place('xa-a', 'commune', 'tinh'),
      place('xa-b', 'commune', 'tinh'),
      {
        ...place('thon', 'village', undefined, { to: '2027-12-31' }),
        parents: [
          { parentId: 'xa-a', to: '2026-11-15' },
          { parentId: 'xa-b', from: '2026-11-16' },
        ],
      },
    ];
    const at = flowAt(flows({ '2026-10': 1, '2026-11': 2, '2026-12': 4 }, 'thon'), places);
    expect(at('xa-a')).toMatchObject({ value: 1, completeness: { expectedReports: 1 } });
    expect(at('xa-b')).toMatchObject({ value: 6, completeness: { expectedReports: 2 } });
    expect(at('tinh')?.value).toBe(7);
  });
});
