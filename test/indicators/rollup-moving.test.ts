// Roll-ups of places whose parents change during the period: reports expected per period kind
// in each part of the period, and the results of such places at the levels asked for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DataValue, type Indicator, type Place, rollUp } from '../../src/index.js';
import { FLOW, movedVillage, movingPlace, place, SHARE } from './fixtures.js';

const YEAR = { kind: 'year', year: 2026, index: 1 } as const;

describe('a village that changes commune mid-year, reporting a quarterly indicator', () => {
  // thôn 3 belongs to xã A until 15/5/2026, then to xã B: on the last day of each month, it is
  // in xã A from January to April, in xã B from May to December
  const places: Place[] = movedVillage('2026-05-15', '2026-05-16');
  const quarterly: Indicator = { ...FLOW, code: 'quarterly', periodKind: 'quarter' };
  const values: DataValue[] = [
    { indicator: 'quarterly', place: 'thon-3', period: '2026-Q1', numerator: 5 },
    { indicator: 'quarterly', place: 'thon-3', period: '2026-Q2', numerator: 7 },
    { indicator: 'quarterly', place: 'thon-3', period: '2026-Q4', numerator: 1 },
  ];

  it('expects of each commune the quarters that ended while the village belonged to it', () => {
    const results = rollUp(values, { catalogue: [quarterly, FLOW], places, period: YEAR });
    const at = (id: string) => results.find((r) => r.indicator === 'quarterly' && r.place === id);
    // xã A: Q1 ends in March; xã B: Q2, Q3 and Q4 end in June, September and December
    expect(at('xa-a')).toMatchObject({
      value: 5,
      completeness: { expected: 1, reported: 1, expectedReports: 1, actualReports: 1 },
    });
    expect(at('xa-b')).toMatchObject({
      value: 8,
      completeness: {
        expected: 1,
        reported: 0,
        missing: ['thon-3'],
        expectedReports: 3,
        actualReports: 2,
      },
    });
    for (const id of ['tinh', 'thon-3']) {
      expect(at(id)).toMatchObject({
        value: 13,
        completeness: { expected: 1, reported: 0, expectedReports: 4, actualReports: 3 },
      });
    }
    // the monthly indicator: 4 months in xã A, 8 in xã B
    const flow = (id: string) => results.find((r) => r.indicator === 'flow' && r.place === id);
    expect(flow('xa-a')?.completeness.expectedReports).toBe(4);
    expect(flow('xa-b')?.completeness.expectedReports).toBe(8);
    expect(flow('thon-3')?.completeness.expectedReports).toBe(12);
  });
});

describe('a commune that changes province, reporting an indicator collected at communes', () => {
  const coverage: Indicator = { ...SHARE, code: 'coverage', collectedAt: 'commune' };
  const places: Place[] = [
    place('old-province', 'province'),
    place('new-province', 'province'),
    movingPlace('xa', 'commune', ['old-province', '2026-11-30'], ['new-province', '2026-12-01']),
  ];
  const values: DataValue[] = [
    { indicator: 'coverage', place: 'xa', period: '2026-10', numerator: 30, denominator: 100 },
    { indicator: 'coverage', place: 'xa', period: '2026-12', numerator: 60, denominator: 100 },
  ];
  const Q4 = { kind: 'quarter', year: 2026, index: 4 } as const;

  it('gives the commune its own result when only communes are asked for', () => {
    const results = rollUp(values, {
      catalogue: [coverage],
      places,
      period: Q4,
      levels: ['commune'],
    });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      place: 'xa',
      level: 'commune',
      numerator: 60,
      denominator: 100,
      value: 60,
      completeness: { expected: 1, reported: 0, expectedReports: 3, actualReports: 2 },
    });
  });

  it('gives each province the months the commune belonged to it', () => {
    const results = rollUp(values, { catalogue: [coverage], places, period: Q4 });
    expect(results.map((r) => [r.place, r.value, r.completeness.expectedReports])).toEqual([
      // a stock counts only in the province the commune belongs to at the end of the period
      ['old-province', null, 2],
      ['new-province', 60, 1],
      ['xa', 60, 3],
    ]);
  });
});

describe('a stock reported before the village’s parents changed', () => {
  const Q1 = { kind: 'quarter', year: 2026, index: 1 } as const;

  it('counts in the province the village belonged to all quarter, not in the commune it left', () => {
    // thôn 1 stays in xã A; thôn 3 moves from xã A to xã B on 16/2/2026, after its only report
    const places: Place[] = [
      place('tinh', 'province'),
      place('xa-a', 'commune', 'tinh'),
      place('xa-b', 'commune', 'tinh'),
      place('thon-1', 'village', 'xa-a'),
      movingPlace('thon-3', 'village', ['xa-a', '2026-02-15'], ['xa-b', '2026-02-16']),
    ];
    const values: DataValue[] = [
      { indicator: 'share', place: 'thon-1', period: '2026-03', numerator: 5, denominator: 10 },
      { indicator: 'share', place: 'thon-3', period: '2026-01', numerator: 3, denominator: 10 },
    ];
    const results = rollUp(values, { catalogue: [SHARE], places, period: Q1 });
    expect(results.map((r) => [r.place, r.numerator, r.denominator, r.value])).toEqual([
      ['tinh', 8, 20, 40],
      ['xa-a', 5, 10, 50],
      // thôn 3 reported nothing while in xã B
      ['xa-b', null, null, null],
      ['thon-1', 5, 10, 50],
      ['thon-3', 3, 10, 30],
    ]);
  });

  it('counts in its commune when only the commune’s province changed after the report', () => {
    const places: Place[] = [
      place('old-province', 'province'),
      place('new-province', 'province'),
      movingPlace('xa', 'commune', ['old-province', '2026-11-30'], ['new-province', '2026-12-01']),
      place('thon-1', 'village', 'xa'),
      place('thon-2', 'village', 'xa'),
    ];
    const values: DataValue[] = [
      { indicator: 'share', place: 'thon-1', period: '2026-12', numerator: 5, denominator: 10 },
      { indicator: 'share', place: 'thon-2', period: '2026-10', numerator: 3, denominator: 10 },
    ];
    const Q4 = { kind: 'quarter', year: 2026, index: 4 } as const;
    const results = rollUp(values, { catalogue: [SHARE], places, period: Q4 });
    expect(results.map((r) => [r.place, r.numerator, r.denominator])).toEqual([
      // a stock counts only where the village still belongs at the end of the quarter, and only
      // from the months it belonged there: thôn 2's October report was made under the old province
      ['old-province', null, null],
      ['new-province', 5, 10],
      // the commune held both villages all quarter
      ['xa', 8, 20],
      ['thon-1', 5, 10],
      ['thon-2', 3, 10],
    ]);
  });
});

describe('a village moving between two communes of one province', () => {
  const AGGREGATIONS = ['sum', 'last', 'max', 'average'] as const;
  const months = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 12 });
  const reports = fc.array(fc.record({ month: fc.integer({ min: 1, max: 12 }), n: fc.nat(50) }), {
    maxLength: 12,
  });

  it('gives the province the same result as if it had not moved', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AGGREGATIONS),
        fc.integer({ min: 2, max: 12 }),
        reports,
        months,
        (aggregation, moveMonth, moving, staying) => {
          const stock: Indicator = {
            ...SHARE,
            numerator: { name: { vi: 'Tử', en: 'Numerator' }, aggregation },
            denominator: { name: { vi: 'Mẫu', en: 'Denominator' }, aggregation },
          };
          const month = (m: number) =>
            `2026-${String(m).padStart(2, '0')}` as `${number}-${number}`;
          const values: DataValue[] = [
            ...[...new Map(moving.map((r) => [r.month, r.n]))].map(([m, n]) => ({
              indicator: 'share',
              place: 'thon-3',
              period: month(m),
              numerator: n,
              denominator: 50,
            })),
            ...staying.map((m) => ({
              indicator: 'share',
              place: 'thon-1',
              period: month(m),
              numerator: m,
              denominator: 12,
            })),
          ];
          const common = [
            place('tinh', 'province'),
            place('xa-a', 'commune', 'tinh'),
            place('xa-b', 'commune', 'tinh'),
            place('thon-1', 'village', 'xa-a'),
          ];
          const moved: Place = {
            ...place('thon-3', 'village'),
            parents: [
              { parentId: 'xa-a', to: `${month(moveMonth - 1)}-15` },
              { parentId: 'xa-b', from: `${month(moveMonth - 1)}-16` },
            ],
          };
          const province = (places: Place[]) =>
            rollUp(values, { catalogue: [stock], places, period: YEAR }).find(
              (r) => r.place === 'tinh',
            );
          const fixed = province([...common, place('thon-3', 'village', 'xa-a')]);
          const { completeness, ...result } = province([...common, moved]) ?? {};
          expect(result).toEqual(omit(fixed));
          expect(completeness?.expectedReports).toBe(fixed?.completeness.expectedReports);
          expect(completeness?.actualReports).toBe(fixed?.completeness.actualReports);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function omit<T extends { completeness: unknown }>(result: T | undefined) {
  if (result === undefined) return {};
  const { completeness: _, ...rest } = result;
  return rest;
}

describe('a village that changes commune, with its own result', () => {
  // thôn 3 belongs to xã A until 15/2/2026, then to xã B: January is xã A's, February and March xã B's
  const places: Place[] = movedVillage('2026-02-15', '2026-02-16');
  // a ratio of two flows: sessions attended of sessions held
  const attendance: Indicator = {
    ...SHARE,
    code: 'attendance',
    numerator: { name: { vi: 'Buổi tham dự', en: 'Sessions attended' }, aggregation: 'sum' },
    denominator: { name: { vi: 'Buổi tổ chức', en: 'Sessions held' }, aggregation: 'sum' },
  };
  const values: DataValue[] = [
    { indicator: 'attendance', place: 'thon-3', period: '2026-01', numerator: 3, denominator: 10 },
    { indicator: 'attendance', place: 'thon-3', period: '2026-02', numerator: 4, denominator: 10 },
    { indicator: 'attendance', place: 'thon-3', period: '2026-03', numerator: 5, denominator: 10 },
  ];
  // rolled up in each test, so that each test covers the code it checks
  const results = () =>
    rollUp(values, {
      catalogue: [attendance, FLOW],
      places,
      period: { kind: 'quarter', year: 2026, index: 1 },
    });
  const at = (indicator: string, id: string) =>
    results().find((r) => r.indicator === indicator && r.place === id);

  it('gives the commune it left the sums of both quantities over its months', () => {
    expect(at('attendance', 'xa-a')).toMatchObject({ numerator: 3, denominator: 10, value: 30 });
    expect(at('attendance', 'xa-b')).toMatchObject({ numerator: 9, denominator: 20, value: 45 });
    expect(at('attendance', 'tinh')).toMatchObject({ numerator: 12, denominator: 30, value: 40 });
  });

  it('counts the village as reporting in full when it reported every month', () => {
    expect(at('attendance', 'thon-3')).toMatchObject({
      numerator: 12,
      denominator: 30,
      value: 40,
      completeness: {
        expected: 1,
        reported: 1,
        missing: [],
        expectedReports: 3,
        actualReports: 3,
      },
    });
  });

  it('gives the village no value for an indicator it never reported', () => {
    expect(at('flow', 'thon-3')).toMatchObject({
      numerator: null,
      value: null,
      completeness: {
        expected: 1,
        reported: 0,
        missing: ['thon-3'],
        expectedReports: 3,
        actualReports: 0,
      },
    });
  });
});

describe('a commune given without its province, dissolved during the period', () => {
  // xã ends on 15/11/2026 (merged away); its villages are given, its province is not
  const coverage: Indicator = { ...SHARE, code: 'coverage', collectedAt: 'commune' };
  const places: Place[] = [
    place('xa', 'commune', undefined, { to: '2026-11-15' }),
    place('thon', 'village', 'xa'),
  ];
  const values: DataValue[] = [
    { indicator: 'coverage', place: 'xa', period: '2026-10', numerator: 60, denominator: 100 },
    { indicator: 'flow', place: 'thon', period: '2026-10', numerator: 6 },
  ];

  it('keeps its own result for what it reported, beside its villages’ sums', () => {
    const results = rollUp(values, {
      catalogue: [coverage, FLOW],
      places,
      period: { kind: 'quarter', year: 2026, index: 4 },
    });
    expect(results.map((r) => [r.indicator, r.place, r.value])).toEqual([
      ['coverage', 'xa', 60],
      ['flow', 'xa', 6],
      ['flow', 'thon', 6],
    ]);
    expect(results[0]?.completeness).toMatchObject({ actualReports: 1 });
  });
});

describe('a village dissolved during the period, with a value dated after its end', () => {
  // thôn cũ ends on 31/10/2026; a value for December is still given for it
  const places: Place[] = [
    place('xa', 'commune'),
    place('thon-cu', 'village', 'xa', { to: '2026-10-31' }),
    place('thon-1', 'village', 'xa'),
  ];
  const values: DataValue[] = [
    { indicator: 'flow', place: 'thon-cu', period: '2026-10', numerator: 4 },
    { indicator: 'flow', place: 'thon-cu', period: '2026-12', numerator: 100 },
    { indicator: 'flow', place: 'thon-1', period: '2026-12', numerator: 6 },
  ];

  it('leaves the value out of every result, its neighbours’ included', () => {
    const results = rollUp(values, {
      catalogue: [FLOW],
      places,
      period: { kind: 'quarter', year: 2026, index: 4 },
    });
    expect(results.map((r) => [r.place, r.value])).toEqual([
      ['xa', 10],
      ['thon-cu', 4],
      ['thon-1', 6],
    ]);
  });
});
