/**
 * Scale benchmark of the indicators module: CSV import at 25,000 and 100,000 rows (long format)
 * and 5,000 and 20,000 villages (entry sheet), data values at 100,000, and a year's roll-up of
 * 5,000 villages, and writing CSV and DHIS2 data value sets of 100,000 values. Each figure is the median of a few runs, with the ratio between the two sizes
 * (4 for linear growth) and, for CSV, the ratio to papaparse reading the same text alone (the
 * cost of the syntax, in the same process).
 *
 *   npx tsx bench/scale/indicators.ts
 */
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { entrySheet, parseEntrySheet, parseLongCsv, toLongCsv } from '../../src/csv/index.js';
import {
  type DataValue,
  type Indicator,
  type Place,
  parseDataValues,
  parseDhis2DataValueSet,
  rollUp,
  toDhis2DataValueSet,
} from '../../src/index.js';

const share: Indicator = {
  code: 'fibreHouseholds',
  pillar: 'foundation',
  name: { vi: 'Tỷ lệ hộ có cáp quang', en: 'Households with fibre' },
  unit: 'percent',
  numerator: { name: { vi: 'Số hộ có cáp quang', en: 'With fibre' }, aggregation: 'last' },
  denominator: { name: { vi: 'Số hộ', en: 'Households' }, aggregation: 'last' },
  direction: 'up',
  numeratorMayExceedDenominator: false,
  collectedAt: 'village',
  periodKind: 'month',
  sources: [],
};
const flow: Indicator = {
  ...share,
  code: 'peopleGuided',
  unit: 'count',
  numerator: { name: { vi: 'Số lượt', en: 'People guided' }, aggregation: 'sum' },
  denominator: undefined,
};
delete (flow as { denominator?: unknown }).denominator;
const catalogue = [share, flow];

/** Communes of 20 villages under one province. */
function placesOf(villages: number): Place[] {
  const places: Place[] = [
    { id: 'tinh', level: 'province', kind: 'province', name: 'Lâm Đồng', parents: [], counts: [] },
  ];
  for (let c = 0; c < Math.ceil(villages / 20); c++) {
    const parents = [{ parentId: 'tinh' }];
    places.push({
      id: `xa-${c}`,
      level: 'commune',
      kind: 'commune',
      name: `${c}`,
      parents,
      counts: [],
    });
  }
  for (let v = 0; v < villages; v++) {
    const parents = [{ parentId: `xa-${Math.floor(v / 20)}` }];
    places.push({
      id: `thon-${v}`,
      level: 'village',
      kind: 'thon',
      name: `${v}`,
      parents,
      counts: [],
    });
  }
  return places;
}

/** A share and a flow per village and month, `months` months from October 2026 backwards. */
function valuesOf(villages: number, months: number): DataValue[] {
  const values: DataValue[] = [];
  for (let m = 0; m < months; m++) {
    const period = `2026-${String(10 - (m % 10)).padStart(2, '0')}`;
    for (let v = 0; v < villages; v++) {
      const place = `thon-${v}`;
      values.push({
        indicator: 'fibreHouseholds',
        place,
        period,
        numerator: v % 90,
        denominator: 90,
      });
      values.push({ indicator: 'peopleGuided', place, period, numerator: v % 13 });
    }
  }
  return values;
}

/** The median of `runs` timings of `run`, in ms (after one run to warm up). */
function median(run: () => unknown, runs = 5): number {
  run();
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? 0;
}

const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

/** Prints the scale figures of the indicators module. */
export function benchIndicatorsScale(log: (line: string) => void = console.log): void {
  log('Indicators at scale (medians of 5 runs; ×4 is linear growth for 4× the input)');
  const long = [25_000, 100_000].map((rows) => {
    // A village gives three rows: the share's numerator and denominator, and the flow.
    const villages = Math.ceil(rows / 3);
    const places = placesOf(villages);
    const text = toLongCsv(valuesOf(villages, 1));
    const actual = villages * 3;
    const library = median(() => parseLongCsv(text, { catalogue, places })._unsafeUnwrap());
    const papa = median(() => Papa.parse(text));
    log(
      `  parseLongCsv, ${actual.toLocaleString('en-US')} rows: ${ms(library)} (${((library * 1000) / actual).toFixed(1)} µs per row; papaparse alone ${ms(papa).trim()}, ×${(library / papa).toFixed(1)})`,
    );
    return library;
  });
  log(`  parseLongCsv growth: ×${((long[1] ?? 0) / (long[0] ?? 1)).toFixed(2)}`);
  const sheets = [5_000, 20_000].map((villages) => {
    const places = placesOf(villages);
    const period = { kind: 'month', year: 2026, index: 10 } as const;
    const text = entrySheet({ catalogue, places, period, values: valuesOf(villages, 1) });
    const library = median(() => parseEntrySheet(text, { catalogue, places })._unsafeUnwrap());
    log(`  parseEntrySheet, ${villages.toLocaleString('en-US')} villages: ${ms(library)}`);
    return library;
  });
  log(`  parseEntrySheet growth: ×${((sheets[1] ?? 0) / (sheets[0] ?? 1)).toFixed(2)}`);
  const places = placesOf(50_000);
  const values = valuesOf(50_000, 1);
  const parsed = median(() => parseDataValues(values, { catalogue, places })._unsafeUnwrap(), 3);
  log(`  parseDataValues, 100,000 values: ${ms(parsed)}`);
  const written = median(() => toLongCsv(values), 3);
  log(
    `  toLongCsv, 100,000 values (150,000 rows, every cell checked for spreadsheets): ${ms(written)}`,
  );
  const set = toDhis2DataValueSet(values, { idScheme: 'CODE' });
  const exported = median(() => toDhis2DataValueSet(values, { idScheme: 'CODE' }), 3);
  const imported = median(
    () => parseDhis2DataValueSet(set, { catalogue, places })._unsafeUnwrap(),
    3,
  );
  log(
    `  DHIS2, 100,000 values (${set.dataValues.length.toLocaleString('en-US')} data values): toDhis2DataValueSet ${ms(exported).trim()}, parseDhis2DataValueSet ${ms(imported).trim()}`,
  );
  const year = { kind: 'year', year: 2026, index: 1 } as const;
  const villages = placesOf(5_000);
  const monthly = valuesOf(5_000, 10);
  const rolled = median(() => rollUp(monthly, { catalogue, places: villages, period: year }), 3);
  log(`  rollUp of a year, 5,000 villages (100,000 values): ${ms(rolled)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchIndicatorsScale();
