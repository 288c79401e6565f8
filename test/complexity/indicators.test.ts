/**
 * Growth of the indicators module's operations: each is timed at n and 4n (the minimum of a few
 * runs, as the machine is shared) and fails only when the ratio shows clearly worse than
 * n log n (≈ 4.5 for 4n; n² would give 16).
 */
import { describe, expect, it } from 'vitest';
import { entrySheet, parseEntrySheet, parseLongCsv, toLongCsv } from '../../src/csv/index.js';
import {
  createDataValueIndexer,
  type DataValue,
  type Indicator,
  indexDataValueColumns,
  indexDataValues,
  type Place,
  parseCatalogue,
  parseDataValues,
  parseDhis2DataValueSet,
  parseTargets,
  rollUp,
  rollUpIndex,
  type Target,
  toDhis2CompleteDataSetRegistrations,
  toDhis2DataValueSet,
} from '../../src/index.js';
import { FLOW, SHARE } from '../indicators/fixtures.js';
import { growthRatio, LIMIT } from './growth.js';

const catalogue: Indicator[] = [SHARE, FLOW];

/** The growth of `run` on inputs that `prepare` builds at n and 4n. */
function growth<T>(n: number, prepare: (n: number) => T, run: (input: T) => unknown, runs = 4) {
  return growthRatio(
    (size) => {
      const input = prepare(size);
      return () => run(input);
    },
    n,
    runs,
  );
}

/** A province of communes of 20 villages each, `villages` villages in all; some move on 1 July. */
function placesOf(villages: number, moving = 0): Place[] {
  const communes = Math.ceil(villages / 20);
  const places: Place[] = [
    { id: 'p', level: 'province', kind: 'province', name: 'P', parents: [], counts: [] },
  ];
  for (let c = 0; c < communes; c++) {
    places.push({
      id: `c${c}`,
      level: 'commune',
      kind: 'commune',
      name: `${c}`,
      parents: [{ parentId: 'p' }],
      counts: [],
    });
  }
  for (let v = 0; v < villages; v++) {
    const c = Math.floor(v / 20);
    const parents =
      v < moving
        ? [
            { parentId: `c${c}`, to: '2026-06-30' as const },
            { parentId: `c${(c + 1) % communes}`, from: '2026-07-01' as const },
          ]
        : [{ parentId: `c${c}` }];
    places.push({ id: `v${v}`, level: 'village', kind: 'thon', name: `${v}`, parents, counts: [] });
  }
  return places;
}

/** Two values (a share and a flow) per village and month of 2026, from month `first`. */
function valuesOf(villages: number, months = 12, first = 1): DataValue[] {
  const values: DataValue[] = [];
  for (let m = first; m < first + months; m++) {
    const period = `2026-${String(m).padStart(2, '0')}`;
    for (let v = 0; v < villages; v++) {
      values.push({
        indicator: 'share',
        place: `v${v}`,
        period,
        numerator: v % 50,
        denominator: 50,
      });
      values.push({ indicator: 'flow', place: `v${v}`, period, numerator: v % 7 });
    }
  }
  return values;
}

const YEAR = { kind: 'year', year: 2026, index: 1 } as const;
const OCT = { kind: 'month', year: 2026, index: 10 } as const;

describe('indicators: cost grows no faster than n log n', () => {
  it('parseLongCsv of n rows', () => {
    const ratio = growth(
      4_000,
      (n) => ({ text: toLongCsv(valuesOf(n / 2, 1)), places: placesOf(n / 2) }),
      ({ text, places }) => parseLongCsv(text, { catalogue, places })._unsafeUnwrap(),
    );
    expect(ratio).toBeLessThan(LIMIT);
  }, 60_000);

  it('parseLongCsv of n rows, every one of them wrong', () => {
    const ratio = growth(
      400,
      (n) => ({
        text: toLongCsv(valuesOf(n / 2, 1))
          .replaceAll('share', 'nowhere')
          .replaceAll(",'2026-", ",'1899-"),
        places: placesOf(n / 2),
      }),
      ({ text, places }) => parseLongCsv(text, { catalogue, places })._unsafeUnwrapErr(),
    );
    expect(ratio).toBeLessThan(LIMIT);
  }, 60_000);

  it('toDhis2DataValueSet and parseDhis2DataValueSet of n values', () => {
    const ratio = growth(
      2_000,
      (n) => ({
        set: toDhis2DataValueSet(valuesOf(n / 2, 1), { idScheme: 'CODE' }),
        places: placesOf(n / 2),
      }),
      ({ set, places }) => parseDhis2DataValueSet(set, { catalogue, places })._unsafeUnwrap(),
    );
    expect(ratio).toBeLessThan(LIMIT);
    const out = growth(
      4_000,
      (n) => valuesOf(n / 2, 1),
      (values) => {
        toDhis2DataValueSet(values, { idScheme: 'CODE' });
        toDhis2CompleteDataSetRegistrations(values, { dataSet: 'TCNS', idScheme: 'CODE' });
      },
    );
    expect(out).toBeLessThan(LIMIT);
  }, 60_000);

  it('parseEntrySheet of n villages', () => {
    const ratio = growth(
      2_000,
      (n) => {
        const places = placesOf(n);
        return {
          places,
          text: entrySheet({ catalogue, places, period: OCT, values: valuesOf(n, 1, 10) }),
        };
      },
      ({ text, places }) => parseEntrySheet(text, { catalogue, places })._unsafeUnwrap(),
    );
    expect(ratio).toBeLessThan(LIMIT);
  }, 60_000);

  it('parseDataValues of n values against n held ones', () => {
    const ratio = growth(
      8_000,
      (n) => ({
        values: valuesOf(n / 2, 1),
        held: valuesOf(n / 2, 2).slice(n),
        places: placesOf(n / 2),
      }),
      ({ values, held, places }) =>
        parseDataValues(values, { catalogue, places, existing: held })._unsafeUnwrap(),
    );
    expect(ratio).toBeLessThan(LIMIT);
  }, 60_000);

  it('rollUp of n villages, a target for each, and moving villages', () => {
    const ratio = growth(
      2_000,
      (n) => {
        const targets: Target[] = Array.from({ length: n }, (_, v) => ({
          indicator: 'share',
          place: `v${v}`,
          by: '2026-12-31',
          comparator: '≥',
          value: 50,
        }));
        return { values: valuesOf(n), places: placesOf(n, n / 10), targets };
      },
      ({ values, places, targets }) => rollUp(values, { catalogue, places, period: YEAR, targets }),
    );
    expect(ratio).toBeLessThan(LIMIT);
  }, 60_000);

  it('indexDataValues, then rollUpIndex for every month, of n villages', () => {
    const ratio = growth(
      1_000,
      (n) => ({ values: valuesOf(n), places: placesOf(n, n / 10) }),
      ({ values, places }) => {
        const index = indexDataValues(values, { catalogue, places });
        for (let m = 1; m <= 12; m++)
          rollUpIndex(index, { period: { kind: 'month', year: 2026, index: m } });
      },
    );
    expect(ratio).toBeLessThan(LIMIT);
  }, 60_000);

  it('indexDataValueColumns and createDataValueIndexer of n villages', () => {
    const columnsOf = (n: number) => {
      const values = valuesOf(n);
      const ids = Array.from({ length: n }, (_, v) => `v${v}`);
      const periods = Array.from(
        { length: 12 },
        (_, m) => `2026-${String(m + 1).padStart(2, '0')}`,
      );
      return {
        values,
        places: placesOf(n, n / 10),
        columns: {
          indicators: ['share', 'flow'],
          places: ids,
          periods,
          indicator: Uint8Array.from(values, (x) => (x.indicator === 'share' ? 0 : 1)),
          place: Int32Array.from(values, (x) => Number(x.place.slice(1))),
          period: Uint8Array.from(values, (x) => Number(x.period.slice(5)) - 1),
          numerator: Float64Array.from(values, (x) => x.numerator),
          denominator: Float64Array.from(values, (x) => x.denominator ?? 0),
        },
      };
    };
    const ratio = growth(2_000, columnsOf, ({ values, places, columns }) => {
      indexDataValueColumns(columns, { catalogue, places });
      const indexer = createDataValueIndexer({ catalogue, places });
      for (const x of values)
        indexer.add(x.indicator, x.place, x.period, x.numerator, x.denominator);
      indexer.finish();
    });
    expect(ratio).toBeLessThan(LIMIT);
  }, 60_000);

  it('parseCatalogue of n indicators, and parseTargets of n targets', () => {
    const indicators = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...FLOW, code: `flow${i}`, sources: [] }));
    expect(
      growth(2_000, indicators, (input) => parseCatalogue(input)._unsafeUnwrap()),
    ).toBeLessThan(LIMIT);
    const targets = (n: number) => ({
      places: placesOf(n),
      input: Array.from({ length: n }, (_, v) => ({
        indicator: 'flow',
        place: `v${v}`,
        by: 2026,
        comparator: '>',
        value: 1,
      })),
    });
    expect(
      growth(4_000, targets, ({ places, input }) =>
        parseTargets(input, { catalogue, places })._unsafeUnwrap(),
      ),
    ).toBeLessThan(LIMIT);
  }, 60_000);
});
