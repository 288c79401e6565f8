// The roll-up against a plain reference implementation written out below: for generated places
// (province, optional districts, communes, villages), catalogues (every time aggregation, counts
// and ratios, monthly and quarterly, collected at villages or communes), values (with gaps and
// values no roll-up can use) and periods, every index-building path gives the reference's
// results.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDataValueIndexer,
  type DataValue,
  formatPeriod,
  type Indicator,
  type IndicatorResult,
  indexDataValueColumns,
  indexDataValues,
  type Period,
  type Place,
  rollUp,
  rollUpIndex,
  type TimeAggregation,
} from '../../src/index.js';
import { place } from './fixtures.js';

const AGGREGATIONS: readonly TimeAggregation[] = ['sum', 'last', 'max', 'average'];
const RANK: Record<Place['level'], number> = { province: 0, district: 1, commune: 2, village: 3 };
const SPAN = { month: 1, quarter: 3 } as const;

interface Case {
  readonly places: Place[];
  readonly catalogue: Indicator[];
  readonly values: DataValue[];
  readonly period: Period;
}

const arbitraryPlaces = fc
  .record({
    districts: fc.boolean(),
    villages: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ districts, villages }) => {
    const places: Place[] = [place('p', 'province')];
    if (districts) places.push(place('d', 'district', 'p'));
    villages.forEach((_count, c) => {
      places.push(place(`c${c}`, 'commune', districts && c > 0 ? 'd' : 'p'));
    });
    villages.forEach((count, c) => {
      for (let v = 0; v < count; v++) places.push(place(`c${c}-v${v}`, 'village', `c${c}`));
    });
    return places;
  });

const arbitraryIndicator = (k: number) =>
  fc
    .record({
      ratio: fc.boolean(),
      numAgg: fc.constantFrom(...AGGREGATIONS),
      denAgg: fc.constantFrom(...AGGREGATIONS),
      kind: fc.constantFrom<'month' | 'quarter'>('month', 'quarter'),
      collectedAt: fc.constantFrom<'village' | 'commune'>('village', 'commune'),
    })
    .map(
      ({ ratio, numAgg, denAgg, kind, collectedAt }): Indicator => ({
        code: `x${k}`,
        pillar: 'foundation',
        name: { vi: `Chỉ số ${k}`, en: `Indicator ${k}` },
        unit: ratio ? 'percent' : 'count',
        numerator: { name: { vi: 'Tử', en: 'Numerator' }, aggregation: numAgg },
        ...(ratio
          ? { denominator: { name: { vi: 'Mẫu', en: 'Denominator' }, aggregation: denAgg } }
          : {}),
        direction: 'up',
        numeratorMayExceedDenominator: true,
        collectedAt,
        periodKind: kind,
        sources: [],
      }),
    );

const arbitraryCatalogue = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => arbitraryIndicator(k))));

const arbitraryPeriod = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((index): Period => ({ kind: 'month', year: 2026, index })),
  fc.integer({ min: 1, max: 4 }).map((index): Period => ({ kind: 'quarter', year: 2026, index })),
  fc.integer({ min: 1, max: 2 }).map((index): Period => ({ kind: 'half', year: 2026, index })),
  fc.constant<Period>({ kind: 'year', year: 2026, index: 1 }),
);

/** A period id of 2026 of either kind: `2026-07`, `2026-Q3`. */
const periodId = (kind: 'month' | 'quarter', n: number) =>
  kind === 'month' ? `2026-${String(n).padStart(2, '0')}` : `2026-Q${n}`;

const arbitraryCase: fc.Arbitrary<Case> = fc
  .tuple(arbitraryPlaces, arbitraryCatalogue, arbitraryPeriod)
  .chain(([places, catalogue, period]) => {
    const row = fc.record({
      place: fc.integer({ min: 0, max: places.length }), // places.length: an unknown place
      indicator: fc.integer({ min: 0, max: catalogue.length - 1 }),
      kind: fc.constantFrom<'month' | 'quarter'>('month', 'month', 'quarter'),
      // mostly months of the period, so that places often report more than once in it
      n: fc.oneof(
        { arbitrary: fc.constantFrom(...monthsOf(period)), weight: 3 },
        { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 1 },
      ),
      numerator: fc.integer({ min: 0, max: 1000 }),
      denominator: fc.integer({ min: 0, max: 1000 }),
    });
    const values = fc
      .uniqueArray(row, {
        selector: (r) =>
          `${r.place}/${r.indicator}/${periodId(r.kind, r.kind === 'month' ? r.n : Math.ceil(r.n / 3))}`,
        maxLength: 80,
      })
      .map((rows) =>
        rows.map((r): DataValue => {
          const indicator = catalogue[r.indicator] as Indicator;
          const value = {
            indicator: indicator.code,
            place: places[r.place]?.id ?? 'nowhere',
            period: periodId(r.kind, r.kind === 'month' ? r.n : Math.ceil(r.n / 3)),
            numerator: r.numerator,
          };
          return indicator.unit === 'percent' ? { ...value, denominator: r.denominator } : value;
        }),
      );
    return values.map((vs) => ({ places, catalogue, values: vs, period }));
  });

/** The months of a period of 2026, 1 … 12. */
function monthsOf(period: Period): number[] {
  const span = { month: 1, quarter: 3, half: 6, year: 12, week: 0 }[period.kind];
  return Array.from({ length: span }, (_, k) => (period.index - 1) * span + k + 1);
}

/** The month a value's period ends in, and the kind of its period. */
function endMonth(id: string): { kind: 'month' | 'quarter'; month: number } {
  const quarter = /^2026-Q(\d)$/.exec(id);
  return quarter
    ? { kind: 'quarter', month: Number(quarter[1]) * 3 }
    : { kind: 'month', month: Number(id.slice(5)) };
}

/** One quantity of a place combined over time: values in month order. */
function overTime(aggregation: TimeAggregation, quantities: number[]): number {
  if (quantities.length === 0) return 0;
  switch (aggregation) {
    case 'sum':
      return quantities.reduce((s, x) => s + x, 0);
    case 'last':
      return quantities[quantities.length - 1] as number;
    case 'max':
      return Math.max(...quantities);
    case 'average':
      return quantities.reduce((s, x) => s + x, 0) / quantities.length;
  }
}

type Compared = Pick<
  IndicatorResult,
  | 'indicator'
  | 'place'
  | 'level'
  | 'period'
  | 'numerator'
  | 'denominator'
  | 'value'
  | 'completeness'
>;

/** The reference: each reporting place over time, then Σ over the reporting places below. */
function reference({ places, catalogue, values, period }: Case): Compared[] {
  const months = monthsOf(period);
  const parentOf = new Map(places.map((p) => [p.id, p.parents[0]?.parentId]));
  const above = (id: string): string[] => {
    const parent = parentOf.get(id);
    return parent === undefined ? [] : [parent, ...above(parent)];
  };
  const ordered = places
    .map((p, i) => ({ p, i }))
    .sort((a, b) => RANK[a.p.level] - RANK[b.p.level] || a.i - b.i)
    .map(({ p }) => p);
  const out: Compared[] = [];
  for (const indicator of catalogue) {
    const span = SPAN[indicator.periodKind as 'month' | 'quarter'];
    if (span > months.length) continue;
    const ratio = indicator.unit === 'percent';
    const expected = Math.floor(months.length / span);
    const own = new Map<string, { r: number; n: number; d: number }>();
    for (const reporting of places.filter((p) => p.level === indicator.collectedAt)) {
      const mine = values
        .filter((x) => x.indicator === indicator.code && x.place === reporting.id)
        .map((x) => ({ x, at: endMonth(x.period) }))
        .filter(({ at }) => at.kind === indicator.periodKind && months.includes(at.month))
        .sort((a, b) => a.at.month - b.at.month)
        .map(({ x }) => x);
      own.set(reporting.id, {
        r: mine.length,
        n: overTime(
          indicator.numerator?.aggregation ?? 'sum',
          mine.map((x) => x.numerator),
        ),
        d: overTime(
          indicator.denominator?.aggregation ?? 'sum',
          mine.map((x) => x.denominator ?? 0),
        ),
      });
    }
    for (const at of ordered) {
      const below = [...own.keys()].filter((id) => id === at.id || above(id).includes(at.id));
      if (below.length === 0) continue;
      const parts = below.map((id) => ({
        id,
        ...(own.get(id) as { r: number; n: number; d: number }),
      }));
      const data = parts.some((x) => x.r > 0);
      const n = parts.reduce((s, x) => s + x.n, 0);
      const d = parts.reduce((s, x) => s + x.d, 0);
      const incomplete = parts.filter((x) => x.r < expected).map((x) => x.id);
      out.push({
        indicator: indicator.code,
        place: at.id,
        level: at.level,
        period: formatPeriod(period),
        numerator: data ? n : null,
        denominator: data && ratio ? d : null,
        value: !data ? null : !ratio ? n : d === 0 ? null : (n / d) * 100,
        completeness: {
          expected: parts.length,
          reported: parts.length - incomplete.length,
          missing: incomplete,
          expectedReports: parts.length * expected,
          actualReports: parts.reduce((s, x) => s + x.r, 0),
        },
      });
    }
  }
  return out;
}

/** The compared fields of the results, quantities rounded to 9 significant digits. */
function compared(results: readonly IndicatorResult[] | readonly Compared[]): Compared[] {
  const round = (x: number | null) => (x === null ? null : Number(x.toPrecision(9)));
  return results.map((r) => ({
    indicator: r.indicator,
    place: r.place,
    level: r.level,
    period: r.period,
    numerator: round(r.numerator),
    denominator: round(r.denominator),
    value: round(r.value),
    completeness: r.completeness,
  }));
}

/** The values of a case as columns, coded against lists of the distinct ids. */
function asColumns(values: readonly DataValue[]) {
  const coder = () => {
    const list: string[] = [];
    const at = new Map<string, number>();
    const code = (id: string) => {
      let k = at.get(id);
      if (k === undefined) {
        k = list.length;
        at.set(id, k);
        list.push(id);
      }
      return k;
    };
    return { list, code };
  };
  const [indicators, places, periods] = [coder(), coder(), coder()];
  return {
    indicators: indicators.list,
    places: places.list,
    periods: periods.list,
    indicator: Uint16Array.from(values, (x) => indicators.code(x.indicator)),
    place: Int32Array.from(values, (x) => places.code(x.place)),
    period: values.map((x) => periods.code(x.period)),
    numerator: Float64Array.from(values, (x) => x.numerator),
    denominator: Float64Array.from(values, (x) => x.denominator ?? 0),
  };
}

describe('rollUp against a reference implementation', () => {
  it('rollUp gives the reference results, in the reference order', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const results = rollUp(c.values, {
          catalogue: c.catalogue,
          places: c.places,
          period: c.period,
        });
        expect(compared(results)).toEqual(compared(reference(c)));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('rollUpIndex gives them from every way of building the index', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const options = { catalogue: c.catalogue, places: c.places };
        const expected = compared(reference(c));
        const indexer = createDataValueIndexer(options);
        for (const x of c.values) {
          indexer.add(x.indicator, x.place, x.period, x.numerator, x.denominator);
        }
        const streamed = createDataValueIndexer(options);
        streamed.addColumns(asColumns(c.values));
        for (const index of [
          indexDataValues(c.values, options),
          indexDataValueColumns(asColumns(c.values), options),
          indexer.finish(),
          streamed.finish(),
        ]) {
          expect(compared(rollUpIndex(index, { period: c.period }))).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
