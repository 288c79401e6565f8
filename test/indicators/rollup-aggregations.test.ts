// Every pair of time aggregations of a ratio, over villages that report most months: each
// village's numerator and denominator are its values combined over the period, and the commune
// and province add up their villages'.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DataValue,
  type Indicator,
  type Period,
  rollUp,
  type TimeAggregation,
} from '../../src/index.js';
import { place } from './fixtures.js';

const AGGREGATIONS: readonly TimeAggregation[] = ['sum', 'last', 'max', 'average'];
const VILLAGES = ['v1', 'v2', 'v3'];
const PLACES = [
  place('p', 'province'),
  place('c', 'commune', 'p'),
  ...VILLAGES.map((id) => place(id, 'village', 'c')),
];

function ratio(numerator: TimeAggregation, denominator: TimeAggregation): Indicator {
  return {
    code: 'ratio',
    pillar: 'foundation',
    name: { vi: 'Tỷ lệ', en: 'Ratio' },
    unit: 'percent',
    numerator: { name: { vi: 'Tử', en: 'Numerator' }, aggregation: numerator },
    denominator: { name: { vi: 'Mẫu', en: 'Denominator' }, aggregation: denominator },
    direction: 'up',
    numeratorMayExceedDenominator: true,
    collectedAt: 'village',
    periodKind: 'month',
    sources: [],
  };
}

/** Quantities in month order combined over time. */
function overTime(aggregation: TimeAggregation, xs: readonly number[]): number {
  switch (aggregation) {
    case 'sum':
      return xs.reduce((s, x) => s + x, 0);
    case 'last':
      return xs[xs.length - 1] as number;
    case 'max':
      return Math.max(...xs);
    case 'average':
      return xs.reduce((s, x) => s + x, 0) / xs.length;
  }
}

const arbitraryPeriod = fc.constantFrom<Period>(
  { kind: 'quarter', year: 2026, index: 2 },
  { kind: 'half', year: 2026, index: 2 },
  { kind: 'year', year: 2026, index: 1 },
);

/** Per village and month of 2026: a value (numerator, denominator) or none. */
const arbitraryReports = fc.array(
  fc.array(
    fc.option(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 })), {
      freq: 4,
    }),
    { minLength: 12, maxLength: 12 },
  ),
  { minLength: VILLAGES.length, maxLength: VILLAGES.length },
);

describe('rollUp with every pair of time aggregations', () => {
  it('combines each village over time, then adds the villages up', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AGGREGATIONS),
        fc.constantFrom(...AGGREGATIONS),
        arbitraryPeriod,
        arbitraryReports,
        (numAgg, denAgg, period, reports) => {
          const span = { quarter: 3, half: 6, year: 12 }[period.kind as 'quarter'];
          const months = Array.from({ length: span }, (_, k) => (period.index - 1) * span + k);
          const values: DataValue[] = reports.flatMap((row, v) =>
            row.flatMap((cell, m) =>
              cell === null
                ? []
                : [
                    {
                      indicator: 'ratio',
                      place: VILLAGES[v] as string,
                      period: `2026-${String(m + 1).padStart(2, '0')}`,
                      numerator: cell[0],
                      denominator: cell[1],
                    },
                  ],
            ),
          );
          const results = rollUp(values, {
            catalogue: [ratio(numAgg, denAgg)],
            places: PLACES,
            period,
          });
          const at = (id: string) => results.find((r) => r.place === id);
          let n = 0;
          let d = 0;
          let any = false;
          VILLAGES.forEach((id, v) => {
            const mine = months.flatMap((m) => {
              const cell = reports[v]?.[m];
              return cell ? [cell] : [];
            });
            const village = at(id);
            if (mine.length === 0) {
              expect(village).toMatchObject({ numerator: null, denominator: null, value: null });
              return;
            }
            any = true;
            const vn = overTime(
              numAgg,
              mine.map(([x]) => x),
            );
            const vd = overTime(
              denAgg,
              mine.map(([, x]) => x),
            );
            expect(village?.numerator).toBeCloseTo(vn, 9);
            expect(village?.denominator).toBeCloseTo(vd, 9);
            expect(village?.value).toBeCloseTo((vn / vd) * 100, 9);
            expect(village?.completeness.actualReports).toBe(mine.length);
            n += vn;
            d += vd;
          });
          for (const id of ['c', 'p']) {
            const above = at(id);
            if (!any) {
              expect(above).toMatchObject({ numerator: null, denominator: null, value: null });
              continue;
            }
            expect(above?.numerator).toBeCloseTo(n, 9);
            expect(above?.denominator).toBeCloseTo(d, 9);
            expect(above?.value).toBeCloseTo((n / d) * 100, 9);
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
