import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DataValue,
  formatPeriod,
  type Indicator,
  indexDataValues,
  type Period,
  periodsWithin,
  rollUp,
  rollUpIndex,
} from '../../src/index.js';
import { FLOW, movingPlace, PLACES, place, SHARE, VILLAGES_FULL, v } from './fixtures.js';

const OCT: Period = { kind: 'month', year: 2026, index: 10 };
const Q4: Period = { kind: 'quarter', year: 2026, index: 4 };
const YEAR: Period = { kind: 'year', year: 2026, index: 1 };

describe('rollUp: the hand-checked example', () => {
  // thôn 1: 45/50 = 90 %; thôn 2: 10/100 = 10 %; bon Bu Sir: 190/200 = 95 %.
  // Commune: (45 + 10 + 190) / (50 + 100 + 200) = 245 / 350 = 70 %.
  // The mean of the village ratios would be (90 + 10 + 95) / 3 = 65 % — wrong.
  const values = [
    v('share', 'thon-1', '2026-10', 45, 50),
    v('share', 'thon-2', '2026-10', 10, 100),
    v('share', 'bon-bu-sir', '2026-10', 190, 200),
  ];
  // rolled up in each test, so that each test covers the code it checks
  const results = () => rollUp(values, { catalogue: [SHARE], places: PLACES, period: OCT });
  const at = (id: string) => results().find((r) => r.place === id);

  it('gives each village its own ratio', () => {
    expect(at('thon-1')?.value).toBe(90);
    expect(at('thon-2')?.value).toBe(10);
    expect(at('bon-bu-sir')?.value).toBe(95);
  });

  it('gives the commune Σ numerators / Σ denominators, not the mean of ratios', () => {
    const commune = at('dak-nia');
    expect(commune).toMatchObject({
      numerator: 245,
      denominator: 350,
      value: 70,
      level: 'commune',
    });
    expect(commune?.value).not.toBeCloseTo((90 + 10 + 95) / 3);
    expect(at('dak-nong')?.value).toBe(70);
  });

  it('reports complete data and orders results from the top', () => {
    expect(results().map((r) => r.place)).toEqual([
      'dak-nong',
      'dak-nia',
      'thon-1',
      'thon-2',
      'bon-bu-sir',
    ]);
    expect(at('dak-nia')?.completeness).toEqual({
      expected: 3,
      reported: 3,
      missing: [],
      expectedReports: 3,
      actualReports: 3,
    });
    expect(at('dak-nia')).toMatchObject({ period: '2026-10', target: null, status: null });
  });

  it('returns only the levels asked for', () => {
    const only = rollUp(values, {
      catalogue: [SHARE],
      places: PLACES,
      period: OCT,
      levels: ['commune'],
    });
    expect(only.map((r) => r.place)).toEqual(['dak-nia']);
  });
});

describe('rollUp over time', () => {
  it('sums flows and takes the last value of stocks', () => {
    const values = [
      v('flow', 'thon-1', '2026-10', 3),
      v('flow', 'thon-1', '2026-11', 4),
      v('flow', 'thon-1', '2026-12', 5),
      v('share', 'thon-1', '2026-10', 10, 100),
      v('share', 'thon-1', '2026-11', 20, 100),
      v('share', 'thon-1', '2026-12', 30, 110),
    ];
    const results = rollUp(values, { catalogue: [SHARE, FLOW], places: PLACES, period: Q4 });
    const get = (indicator: string, id: string) =>
      results.find((r) => r.indicator === indicator && r.place === id);
    expect(get('flow', 'thon-1')?.value).toBe(12);
    expect(get('flow', 'dak-nia')?.value).toBe(12);
    expect(get('share', 'thon-1')).toMatchObject({ numerator: 30, denominator: 110 });
    expect(get('flow', 'dak-nia')?.completeness).toMatchObject({
      expected: 3,
      reported: 1,
      missing: ['thon-2', 'bon-bu-sir'],
      expectedReports: 9,
      actualReports: 3,
    });
  });

  it('takes the last reported month of a stock when later months are missing', () => {
    const values = [
      v('share', 'thon-1', '2026-10', 10, 100),
      v('share', 'thon-1', '2026-11', 20, 100),
    ];
    const results = rollUp(values, { catalogue: [SHARE], places: PLACES, period: Q4 });
    expect(results.find((r) => r.place === 'thon-1')).toMatchObject({
      numerator: 20,
      value: 20,
      completeness: { expected: 1, reported: 0, missing: ['thon-1'] },
    });
  });

  it('takes the maximum and the average over time', () => {
    const max: Indicator = {
      ...FLOW,
      code: 'max',
      numerator: { name: { vi: 'Lượt', en: 'Times' }, aggregation: 'max' },
    };
    const avg: Indicator = {
      ...FLOW,
      code: 'avg',
      numerator: { name: { vi: 'Lượt', en: 'Times' }, aggregation: 'average' },
    };
    const values = [
      v('max', 'thon-1', '2026-10', 3),
      v('max', 'thon-1', '2026-11', 9),
      v('max', 'thon-1', '2026-12', 5),
      v('max', 'thon-2', '2026-12', 1),
      v('avg', 'thon-1', '2026-10', 3),
      v('avg', 'thon-1', '2026-11', 9),
      v('avg', 'thon-2', '2026-11', 4),
    ];
    const results = rollUp(values, { catalogue: [max, avg], places: PLACES, period: Q4 });
    const get = (indicator: string, id: string) =>
      results.find((r) => r.indicator === indicator && r.place === id)?.value;
    expect(get('max', 'thon-1')).toBe(9);
    expect(get('max', 'dak-nia')).toBe(10);
    expect(get('avg', 'thon-1')).toBe(6);
    expect(get('avg', 'dak-nia')).toBe(10);
  });

  it('leaves out indicators whose period kind is longer than the period, and weeks', () => {
    const yearly: Indicator = { ...FLOW, code: 'yearly', periodKind: 'year' };
    const values = [v('yearly', 'thon-1', '2026', 3)];
    expect(rollUp(values, { catalogue: [yearly], places: PLACES, period: Q4 })).toEqual([]);
    expect(rollUp(values, { catalogue: [yearly], places: PLACES, period: YEAR })[0]?.value).toBe(3);
    expect(
      rollUp(values, {
        catalogue: [yearly],
        places: PLACES,
        period: { kind: 'week', year: 2026, index: 1 },
      }),
    ).toEqual([]);
  });

  it('gives no value when the denominator is zero and ignores unknown values', () => {
    const values = [v('share', 'thon-1', '2026-10', 0, 0), v('nope', 'thon-1', '2026-10', 1)];
    const results = rollUp(values, { catalogue: [SHARE], places: PLACES, period: OCT });
    expect(results.find((r) => r.place === 'thon-1')).toMatchObject({ numerator: 0, value: null });
    expect(results.find((r) => r.place === 'thon-2')).toMatchObject({
      numerator: null,
      value: null,
    });
  });
});

describe('rollUp with mergers', () => {
  // thôn Mới joins dak-nia on 1/11/2026 from xã Khác; thôn Cũ ceases on 15/11/2026.
  const places = [
    ...PLACES,
    place('xa-khac', 'commune', 'dak-nong'),
    movingPlace('thon-moi', 'village', ['xa-khac', '2026-10-31'], ['dak-nia', '2026-11-01']),
    place('thon-cu', 'village', 'dak-nia', { to: '2026-11-15' }),
  ];
  const values = [
    v('flow', 'thon-moi', '2026-10', 7),
    v('flow', 'thon-moi', '2026-11', 2),
    v('flow', 'thon-moi', '2026-12', 1),
    v('flow', 'thon-cu', '2026-10', 4),
    v('flow', 'thon-cu', '2026-11', 4),
    v('share', 'thon-moi', '2026-10', 5, 10),
    v('share', 'thon-moi', '2026-12', 8, 10),
    v('share', 'thon-cu', '2026-11', 3, 10),
  ];
  // rolled up in each test, so that each test covers the code it checks
  const results = () => rollUp(values, { catalogue: [SHARE, FLOW], places, period: Q4 });
  const get = (indicator: string, id: string) =>
    results().find((r) => r.indicator === indicator && r.place === id);

  it('counts flows of a village only in the months it belonged', () => {
    expect(get('flow', 'xa-khac')?.value).toBe(7);
    expect(get('flow', 'dak-nia')?.value).toBe(2 + 1 + 4 + 4);
    expect(get('flow', 'thon-moi')?.value).toBe(10);
    expect(get('flow', 'dak-nong')?.value).toBe(18);
  });

  it('counts stocks only of villages that belonged at the end of the period', () => {
    expect(get('share', 'dak-nia')).toMatchObject({ numerator: 8, denominator: 10 });
    expect(get('share', 'xa-khac')).toMatchObject({ numerator: null, value: null });
    expect(get('share', 'thon-cu')).toMatchObject({ numerator: 3 });
  });

  it('expects reports only for the months each village belonged', () => {
    expect(get('flow', 'xa-khac')?.completeness).toMatchObject({
      expected: 1,
      reported: 1,
      expectedReports: 1,
    });
    expect(get('flow', 'dak-nia')?.completeness).toMatchObject({
      expected: 5,
      reported: 2,
      expectedReports: 3 + 3 + 3 + 2 + 2,
      actualReports: 4,
    });
    expect(get('flow', 'dak-nong')?.completeness).toMatchObject({ expected: 5 });
  });
});

describe('rollUp with a village that moves between communes of one province', () => {
  // thôn 3 belongs to xã A until 15/2/2026, then to xã B; thôn 1 stays in xã A.
  const places = [
    place('tinh', 'province'),
    place('xa-a', 'commune', 'tinh'),
    place('xa-b', 'commune', 'tinh'),
    place('thon-1', 'village', 'xa-a'),
    movingPlace('thon-3', 'village', ['xa-a', '2026-02-15'], ['xa-b', '2026-02-16']),
  ];
  const over = (code: string, aggregation: 'average' | 'max'): Indicator => ({
    ...FLOW,
    code,
    numerator: { name: { vi: code, en: code }, aggregation },
  });
  const catalogue = [over('avg', 'average'), over('max', 'max')];
  const values = [
    ...['01', '02', '03'].flatMap((m, k) => [
      v('avg', 'thon-3', `2026-${m}`, 10 * (k + 1)),
      v('max', 'thon-3', `2026-${m}`, 10 * (k + 1)),
      v('avg', 'thon-1', `2026-${m}`, 1),
    ]),
  ];
  const results = () =>
    rollUp(values, {
      catalogue,
      places,
      period: { kind: 'quarter', year: 2026, index: 1 },
    });
  const at = (indicator: string, placeId: string) =>
    results().find((r) => r.indicator === indicator && r.place === placeId)?.value;

  it('counts the village once above both communes for average and max', () => {
    // Province: thôn 1 averages 1, thôn 3 averages (10 + 20 + 30) / 3 = 20 → 21; max 30.
    expect(at('avg', 'tinh')).toBe(21);
    expect(at('max', 'tinh')).toBe(30);
  });

  it('gives each commune the months the village belonged to it', () => {
    expect(at('avg', 'xa-a')).toBe(11);
    expect(at('avg', 'xa-b')).toBe(25);
    expect(at('max', 'xa-a')).toBe(10);
    expect(at('max', 'xa-b')).toBe(30);
    expect(at('avg', 'thon-3')).toBe(20);
  });
});

describe('villages meeting a target', () => {
  const derived: Indicator = VILLAGES_FULL;
  const percentOfVillages: Indicator = {
    ...derived,
    code: 'villagesOverHalf',
    unit: 'percent',
    villagesMeeting: { indicator: 'share' },
  };
  const values = [
    v('share', 'thon-1', '2026-10', 50, 50),
    v('share', 'thon-2', '2026-10', 60, 100),
  ];
  it('judges each village first, then counts', () => {
    const results = rollUp(values, {
      catalogue: [derived, percentOfVillages, SHARE],
      places: PLACES,
      period: OCT,
      targets: [{ indicator: 'share', by: '2026-12-31', comparator: '>', value: 55 }],
    });
    const get = (indicator: string, id: string) =>
      results.find((r) => r.indicator === indicator && r.place === id);
    expect(get('villagesFull', 'dak-nia')).toMatchObject({
      numerator: 1,
      denominator: null,
      value: 1,
      completeness: { expected: 3, reported: 2, missing: ['bon-bu-sir'] },
    });
    expect(get('villagesFull', 'thon-2')?.value).toBe(0);
    expect(get('villagesFull', 'bon-bu-sir')?.value).toBeNull();
    expect(get('villagesOverHalf', 'dak-nia')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(get('villagesOverHalf', 'dak-nia')?.value).toBeCloseTo(200 / 3);
  });
});

describe('rollUp properties', () => {
  const communes = ['c1', 'c2'];
  const places = [
    place('p', 'province'),
    ...communes.map((c) => place(c, 'commune', 'p')),
    ...communes.flatMap((c) => [1, 2, 3].map((n) => place(`${c}-v${n}`, 'village', c))),
  ];
  const villages = places.filter((p) => p.level === 'village').map((p) => p.id);
  const arbitraryValues = fc
    .uniqueArray(
      fc.record({
        village: fc.constantFrom(...villages),
        month: fc.integer({ min: 1, max: 12 }),
        indicator: fc.constantFrom('share', 'flow'),
        den: fc.integer({ min: 1, max: 500 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { selector: (r) => `${r.village}/${r.month}/${r.indicator}`, maxLength: 60 },
    )
    .map((rows) =>
      rows.map((r) => {
        const period = `2026-${String(r.month).padStart(2, '0')}`;
        return r.indicator === 'share'
          ? v('share', r.village, period, Math.floor(r.den * r.share), r.den)
          : v('flow', r.village, period, r.den);
      }),
    );

  it('rolling up the villages of a commune equals rolling up all values directly', () => {
    fc.assert(
      fc.property(arbitraryValues, fc.constantFrom<Period>(OCT, Q4, YEAR), (values, period) => {
        const months = periodsWithin(period, 'month')._unsafeUnwrap().map(formatPeriod);
        const all = rollUp(values, { catalogue: [SHARE, FLOW], places, period });
        for (const c of communes) {
          const mine = values.filter((x) => x.place.startsWith(c) && months.includes(x.period));
          const alone = rollUp(mine, { catalogue: [SHARE, FLOW], places, period });
          for (const code of ['share', 'flow']) {
            const commune = all.find((r) => r.indicator === code && r.place === c);
            expect(alone.find((r) => r.indicator === code && r.place === c)).toEqual(commune);
            const villageRows = all.filter(
              (r) => r.indicator === code && r.level === 'village' && r.place.startsWith(c),
            );
            const sum = (pick: (r: (typeof villageRows)[number]) => number | null) =>
              villageRows.reduce((s, r) => s + (pick(r) ?? 0), 0);
            const any = villageRows.some((r) => r.numerator !== null);
            expect(commune?.numerator).toBe(any ? sum((r) => r.numerator) : null);
            if (code === 'share') {
              expect(commune?.denominator).toBe(any ? sum((r) => r.denominator) : null);
              // directly: the last reported month of each village, then Σ num / Σ den
              const last = new Map<string, DataValue>();
              for (const x of mine.filter((x) => x.indicator === 'share')) {
                const held = last.get(x.place);
                if (!held || held.period < x.period) last.set(x.place, x);
              }
              const num = [...last.values()].reduce((s, x) => s + x.numerator, 0);
              const den = [...last.values()].reduce((s, x) => s + (x.denominator ?? 0), 0);
              expect(commune?.value).toBe(last.size === 0 || den === 0 ? null : (num / den) * 100);
            } else {
              const direct = mine.filter((x) => x.indicator === 'flow');
              expect(commune?.value).toBe(
                direct.length === 0 ? null : direct.reduce((s, x) => s + x.numerator, 0),
              );
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the sum over months of a flow equals its yearly value', () => {
    fc.assert(
      fc.property(arbitraryValues, (values) => {
        const index = indexDataValues(values, { catalogue: [SHARE, FLOW], places });
        const year = rollUpIndex(index, { period: YEAR, levels: ['province'] });
        const monthly = Array.from({ length: 12 }, (_, m) =>
          rollUpIndex(index, {
            period: { kind: 'month', year: 2026, index: m + 1 },
            levels: ['province'],
          }),
        );
        const flowOf = (rows: typeof year) =>
          rows.find((r) => r.indicator === 'flow')?.numerator ?? 0;
        expect(flowOf(year)).toBe(monthly.reduce((s, rows) => s + flowOf(rows), 0));
      }),
      { numRuns: 40 },
    );
  });

  it('counts completeness right when villages are missing', () => {
    fc.assert(
      fc.property(fc.subarray(villages), (reporting) => {
        const values = reporting.map((id) => v('flow', id, '2026-10', 1));
        const results = rollUp(values, { catalogue: [FLOW], places, period: OCT });
        for (const c of communes) {
          const mine = villages.filter((id) => id.startsWith(c));
          const row = results.find((r) => r.place === c);
          expect(row?.completeness).toEqual({
            expected: 3,
            reported: mine.filter((id) => reporting.includes(id)).length,
            missing: mine.filter((id) => !reporting.includes(id)),
            expectedReports: 3,
            actualReports: mine.filter((id) => reporting.includes(id)).length,
          });
        }
        expect(results.find((r) => r.place === 'p')?.completeness.reported).toBe(reporting.length);
      }),
    );
  });
});

describe('rollUp with targets', () => {
  const values = [
    v('share', 'thon-1', '2025-12', 40, 100),
    v('share', 'thon-2', '2025-12', 80, 100),
    v('share', 'thon-1', '2026-06', 70, 100),
    v('share', 'thon-2', '2026-06', 90, 100),
  ];
  const targets = [
    { indicator: 'share', by: '2026-12-31', comparator: '>', value: 80 } as const,
    { indicator: 'share', place: 'thon-2', by: '2026-12-31', comparator: '≥', value: 90 } as const,
  ];
  const results = () =>
    rollUp(values, {
      catalogue: [SHARE],
      places: PLACES,
      period: { kind: 'month', year: 2026, index: 6 },
      targets,
      baseline: { kind: 'month', year: 2025, index: 12 },
    });
  const at = (id: string) => results().find((r) => r.place === id);

  it('judges each place against its own or the inherited target, from its baseline', () => {
    // thôn 1: 40 → 70 of 40 → 80: 75 %; line expects 40 + 40 × 181/365 ≈ 59.8 → on track
    expect(at('thon-1')).toMatchObject({ value: 70, progress: 75, status: 'onTrack' });
    expect(at('thon-1')?.target).toEqual(targets[0]);
    // thôn 2 has its own target "≥ 90" and reaches exactly 90
    expect(at('thon-2')).toMatchObject({ value: 90, progress: 100, status: 'met' });
    // commune: 60 % → exactly 80 % against "> 80": all the way, yet not met (so below 100); above the line
    expect(at('dak-nia')).toMatchObject({ value: 80, progress: 99.9, status: 'onTrack' });
    expect(at('bon-bu-sir')).toMatchObject({ value: null, status: 'noData', progress: null });
  });

  it('judges on the date asked', () => {
    const late = rollUp(values, {
      catalogue: [SHARE],
      places: PLACES,
      period: { kind: 'month', year: 2026, index: 6 },
      targets,
      asOf: '2027-01-15',
    });
    expect(late.find((r) => r.place === 'dak-nia')).toMatchObject({ status: 'behind' });
  });
});

describe('rollUp edge cases', () => {
  it('ignores values it cannot place: wrong period kind, months a village did not exist', () => {
    const places = [
      ...PLACES,
      place('thon-moi', 'village', 'dak-nia', { from: '2026-11-10' }),
      place('lac', 'village', 'unknown-commune'),
    ];
    const values = [
      v('flow', 'thon-1', '2026-Q4', 100),
      v('flow', 'thon-moi', '2026-10', 100),
      v('flow', 'thon-moi', '2026-11', 1),
      v('flow', 'lac', '2026-11', 2),
    ];
    const results = rollUp(values, { catalogue: [FLOW], places, period: Q4 });
    const at = (id: string) => results.find((r) => r.place === id);
    expect(at('dak-nia')).toMatchObject({
      value: 1,
      completeness: { expected: 4, expectedReports: 3 * 3 + 2 },
    });
    expect(at('thon-1')?.value).toBeNull();
    expect(at('lac')).toMatchObject({ value: 2, level: 'village' });
    expect(results.filter((r) => r.level !== 'village').map((r) => r.place)).toEqual([
      'dak-nong',
      'dak-nia',
    ]);
  });

  it('follows a commune that changed province, and averages a village across communes', () => {
    const avg: Indicator = {
      ...FLOW,
      code: 'avg',
      numerator: { name: { vi: 'Trung bình', en: 'Average' }, aggregation: 'average' },
    };
    const places = [
      place('old-province', 'province'),
      place('new-province', 'province'),
      movingPlace('xa', 'commune', ['old-province', '2026-11-30'], ['new-province', '2026-12-01']),
      place('thon-a', 'village', 'xa'),
    ];
    const values = [
      v('avg', 'thon-a', '2026-10', 2),
      v('avg', 'thon-a', '2026-12', 6),
      v('share', 'thon-a', '2026-10', 1, 10),
      v('share', 'thon-a', '2026-12', 3, 10),
    ];
    const results = rollUp(values, { catalogue: [avg, SHARE], places, period: Q4 });
    const get = (indicator: string, id: string) =>
      results.find((r) => r.indicator === indicator && r.place === id);
    expect(get('avg', 'thon-a')?.value).toBe(4);
    expect(get('avg', 'old-province')).toMatchObject({
      value: 2,
      completeness: { expected: 1, reported: 0, expectedReports: 2, actualReports: 1 },
    });
    expect(get('avg', 'new-province')).toMatchObject({ value: 6 });
    // xa holds thôn a throughout: the village's average over the quarter, counted once.
    expect(get('avg', 'xa')?.value).toBe(4);
    expect(get('share', 'new-province')).toMatchObject({ numerator: 3, denominator: 10 });
    expect(get('share', 'old-province')).toMatchObject({ numerator: null });
  });

  it('counts in "villages meeting" only villages that still exist at the end', () => {
    const derived = {
      ...FLOW,
      code: 'villagesFull',
      numerator: undefined,
      villagesMeeting: { indicator: 'share' },
    } as Indicator;
    const places = [...PLACES, place('thon-cu', 'village', 'dak-nia', { to: '2026-10-15' })];
    const values = [
      v('share', 'thon-cu', '2026-10', 10, 10),
      v('share', 'thon-1', '2026-12', 1, 10),
    ];
    const results = rollUp(values, { catalogue: [SHARE, derived], places, period: Q4 });
    expect(
      results.find((r) => r.indicator === 'villagesFull' && r.place === 'dak-nia'),
    ).toMatchObject({ numerator: 0, value: 0, completeness: { expected: 3, reported: 1 } });
  });
});
