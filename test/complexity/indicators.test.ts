/**
 * Growth of the indicators module's operations: each is timed at n and 4n (the minimum of a few
 * runs, as the machine is shared) and fails only when the ratio shows clearly worse than
 * n log n (≈ 4.5 for 4n; n² would give 16).
 */
import { describe, expect, it } from 'vitest';
import {
  type DataValue,
  entrySheet,
  type Indicator,
  indexDataValues,
  type Place,
  parseCatalogue,
  parseDataValues,
  parseEntrySheet,
  parseLongCsv,
  parseTargets,
  rollUp,
  rollUpIndex,
  type Target,
  toLongCsv,
} from '../../src/index.js';
import { FLOW, SHARE } from '../indicators/fixtures.js';

const LIMIT = 10;
const catalogue: Indicator[] = [SHARE, FLOW];

/** The time `run` takes, in ms. */
function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * The ratio of the time at 4n to the time at n (inputs prepared outside the timing): both sizes
 * warmed up, then timed in turns so that load from other processes hits both alike, keeping the
 * shortest time of each.
 */
function growth<T>(n: number, prepare: (n: number) => T, run: (input: T) => unknown, runs = 4) {
  const small = prepare(n);
  const large = prepare(4 * n);
  run(small);
  run(large);
  let a = Number.POSITIVE_INFINITY;
  let b = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    a = Math.min(
      a,
      timed(() => run(small)),
    );
    b = Math.min(
      b,
      timed(() => run(large)),
    );
  }
  const ratio = b / Math.max(a, 1);
  console.info(
    `${expect.getState().currentTestName}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms, ×${ratio.toFixed(2)}`,
  );
  return ratio;
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
          .replaceAll(',2026-', ',1899-'),
        places: placesOf(n / 2),
      }),
      ({ text, places }) => parseLongCsv(text, { catalogue, places })._unsafeUnwrapErr(),
    );
    expect(ratio).toBeLessThan(LIMIT);
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
