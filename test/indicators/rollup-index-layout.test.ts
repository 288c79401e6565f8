// An index holds values of every supported month (1900-01 … 2100-12), of indicators of every
// period kind and pair of aggregations side by side, and gives each roll-up only the values of
// its period.
import { describe, expect, it } from 'vitest';
import {
  type DataValue,
  type Indicator,
  indexDataValueColumns,
  indexDataValues,
  type Period,
  rollUpIndex,
} from '../../src/index.js';
import { FLOW, PLACES, place, SHARE } from './fixtures.js';

const QUARTERLY: Indicator = { ...FLOW, code: 'quarterly', periodKind: 'quarter' };
const HALF: Indicator = { ...FLOW, code: 'half', periodKind: 'half' };
const YEARLY: Indicator = {
  ...SHARE,
  code: 'yearly',
  periodKind: 'year',
  numerator: { name: { vi: 'Tử', en: 'Numerator' }, aggregation: 'sum' },
  denominator: { name: { vi: 'Mẫu', en: 'Denominator' }, aggregation: 'sum' },
};
const CATALOGUE = [SHARE, FLOW, QUARTERLY, HALF, YEARLY];

function value(indicator: string, period: string, numerator: number, denominator?: number) {
  const base: DataValue = { indicator, place: 'thon-1', period, numerator };
  return denominator === undefined ? base : { ...base, denominator };
}

function at(index: ReturnType<typeof indexDataValues>, period: Period, indicator: string) {
  const result = rollUpIndex(index, { period, levels: ['commune'] }).find(
    (r) => r.indicator === indicator,
  );
  return result && { numerator: result.numerator, denominator: result.denominator };
}

describe('an index over the whole supported range', () => {
  const values = [
    value('flow', '1900-01', 1),
    value('share', '1900-01', 2, 4),
    value('flow', '2100-12', 8),
    value('share', '2100-12', 3, 6),
    value('quarterly', '2100-Q4', 16),
    value('half', '2100-H2', 32),
    value('yearly', '2100', 5, 10),
    value('yearly', '1900', 7, 10),
  ];
  // indexed in each test, so that each test covers the code it checks
  const indexed = () => indexDataValues(values, { catalogue: CATALOGUE, places: PLACES });

  it('keeps the values of its first and last months', () => {
    const index = indexed();
    expect(index.size).toBe(values.length);
    const first: Period = { kind: 'month', year: 1900, index: 1 };
    const last: Period = { kind: 'month', year: 2100, index: 12 };
    expect(at(index, first, 'flow')).toEqual({ numerator: 1, denominator: null });
    expect(at(index, first, 'share')).toEqual({ numerator: 2, denominator: 4 });
    expect(at(index, last, 'flow')).toEqual({ numerator: 8, denominator: null });
    expect(at(index, last, 'share')).toEqual({ numerator: 3, denominator: 6 });
  });

  it('gives each kind of indicator its own periods, at the end of the range too', () => {
    const index = indexed();
    const year2100: Period = { kind: 'year', year: 2100, index: 1 };
    expect(at(index, year2100, 'flow')).toEqual({ numerator: 8, denominator: null });
    expect(at(index, year2100, 'quarterly')).toEqual({ numerator: 16, denominator: null });
    expect(at(index, year2100, 'half')).toEqual({ numerator: 32, denominator: null });
    expect(at(index, year2100, 'yearly')).toEqual({ numerator: 5, denominator: 10 });
    expect(at(index, { kind: 'year', year: 1900, index: 1 }, 'yearly')).toEqual({
      numerator: 7,
      denominator: 10,
    });
    expect(at(index, { kind: 'half', year: 2100, index: 2 }, 'quarterly')).toEqual({
      numerator: 16,
      denominator: null,
    });
    expect(at(index, { kind: 'half', year: 2100, index: 1 }, 'half')?.numerator).toBeNull();
  });
});

describe('an index of the first supported month only', () => {
  it('keeps its values', () => {
    const index = indexDataValues([value('flow', '1900-01', 3), value('share', '1900-01', 1, 2)], {
      catalogue: CATALOGUE,
      places: PLACES,
    });
    const first: Period = { kind: 'month', year: 1900, index: 1 };
    expect(at(index, first, 'flow')).toEqual({ numerator: 3, denominator: null });
    expect(at(index, first, 'share')).toEqual({ numerator: 1, denominator: 2 });
  });
});

describe('an index without values', () => {
  it('rolls up to results without values', () => {
    const index = indexDataValues([], { catalogue: CATALOGUE, places: PLACES });
    expect(index.size).toBe(0);
    const results = rollUpIndex(index, { period: { kind: 'year', year: 2026, index: 1 } });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.value === null && r.numerator === null)).toBe(true);
  });

  it('rolls up a period outside the months it holds to results without values', () => {
    const index = indexDataValues([value('flow', '2026-10', 3)], {
      catalogue: CATALOGUE,
      places: PLACES,
    });
    expect(at(index, { kind: 'month', year: 2026, index: 9 }, 'flow')?.numerator).toBeNull();
    expect(at(index, { kind: 'month', year: 2026, index: 11 }, 'flow')?.numerator).toBeNull();
    expect(at(index, { kind: 'month', year: 2026, index: 10 }, 'flow')?.numerator).toBe(3);
  });
});

describe('columns whose lists are too long to tabulate', () => {
  it('give the index short lists give', () => {
    const places = [...PLACES, place('thon-moi', 'village', 'dak-nia', { to: '2027-12-31' })];
    const options = { catalogue: CATALOGUE, places };
    const short = {
      indicators: ['flow', 'share', 'quarterly'],
      places: ['thon-1', 'thon-moi', 'dak-nia'],
      periods: ['2026-10', '2026-Q4'],
      indicator: [0, 1, 0, 1, 2, 0],
      place: [0, 0, 1, 1, 1, 2],
      period: [0, 0, 0, 0, 1, 0],
      numerator: [1, 2, 4, 8, 16, 32],
      denominator: [0, 10, 0, 10, 0, 0],
    };
    // the same periods at the end of a list so long that indicators × periods > 2²²
    const padding = Math.floor(2 ** 22 / short.indicators.length) + 1;
    const long = {
      ...short,
      periods: new Array<string>(padding).fill('2026').concat(short.periods),
      period: short.period.map((q) => q + padding),
    };
    const q4: Period = { kind: 'quarter', year: 2026, index: 4 };
    const expected = rollUpIndex(indexDataValueColumns(short, options), { period: q4 });
    const index = indexDataValueColumns(long, options);
    expect(index.size).toBe(5);
    expect(rollUpIndex(index, { period: q4 })).toEqual(expected);
    const at = (indicator: string, id: string) =>
      expected.find((r) => r.indicator === indicator && r.place === id);
    expect(at('flow', 'dak-nia')?.value).toBe(5);
    expect(at('share', 'thon-moi')).toMatchObject({ numerator: 8, denominator: 10 });
    expect(at('quarterly', 'thon-moi')?.value).toBe(16);
  });
});
