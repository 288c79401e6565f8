/**
 * The data of the roll-up benchmark: a province or the whole country of communes of 25 villages,
 * 24 monthly indicators (16 ratios whose numerator and denominator are stocks, 8 counts that are
 * flows) reported by every village every month of a year. The values are made as columns (ids
 * coded against small dictionaries), never as one object per value, so that the national data
 * set fits in memory; the same quantities are also laid out as long rows (village, quantity,
 * month, value) for the hand-written loop and the database engines.
 */
import type { DataValue, DataValueColumns, Indicator, Period, Place } from '../../src/index.js';

export const VILLAGES_PER_COMMUNE = 25;
/** 16 ratio indicators (numerator and denominator: stocks) = 32 quantities. */
export const RATIOS = 16;
/** 8 count indicators (one quantity each: flows) = 8 quantities. */
export const FLOWS = 8;
export const QUANTITIES = RATIOS * 2 + FLOWS;
export const YEAR = 2026;
export const MONTHS = 12;

/** Whether quantity `q` is a stock (the numerators and denominators of the ratios). */
export const isStock = (q: number): boolean => q < RATIOS * 2;

/** The 13 periods rolled up: every month of the year, then the year. */
export const PERIODS: readonly Period[] = [
  ...Array.from(
    { length: MONTHS },
    (_, m): Period => ({ kind: 'month', year: YEAR, index: m + 1 }),
  ),
  { kind: 'year', year: YEAR, index: 1 },
];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quantity(vi: string, aggregation: 'sum' | 'last') {
  return { name: { vi, en: vi }, aggregation } as const;
}

export const catalogue: Indicator[] = [
  ...Array.from(
    { length: RATIOS },
    (_, i): Indicator => ({
      code: `ratio${i}`,
      pillar: 'digitalSociety',
      name: { vi: `Tỷ lệ ${i}`, en: `Share ${i}` },
      unit: 'percent',
      numerator: quantity(`Tử số ${i}`, 'last'),
      denominator: quantity(`Mẫu số ${i}`, 'last'),
      direction: 'up',
      numeratorMayExceedDenominator: false,
      collectedAt: 'village',
      periodKind: 'month',
      sources: [],
    }),
  ),
  ...Array.from(
    { length: FLOWS },
    (_, i): Indicator => ({
      code: `flow${i}`,
      pillar: 'foundation',
      name: { vi: `Số lượt ${i}`, en: `Count ${i}` },
      unit: 'count',
      numerator: quantity(`Số lượt ${i}`, 'sum'),
      direction: 'up',
      numeratorMayExceedDenominator: false,
      collectedAt: 'village',
      periodKind: 'month',
      sources: [],
    }),
  ),
];

/** Long rows, one per quantity value, ordered by month: village, quantity, month, value. */
export interface LongRows {
  readonly village: Int32Array<ArrayBuffer>;
  readonly q: Int32Array<ArrayBuffer>;
  readonly month: Int32Array<ArrayBuffer>;
  readonly value: Float64Array<ArrayBuffer>;
}

export interface DataSet {
  readonly communes: number;
  readonly villages: number;
  readonly places: Place[];
  /** The villages' ids, in order (village `v` belongs to commune `⌊v / 25⌋`). */
  readonly villageIds: readonly string[];
  /** The period ids of the months. */
  readonly periodIds: readonly string[];
  /** The data values as columns, the place codes pointing into `villageIds`. */
  readonly columns: DataValueColumns & {
    readonly indicator: Uint8Array;
    readonly place: Int32Array;
    readonly period: Uint8Array;
    readonly numerator: Float64Array;
    readonly denominator: Float64Array;
  };
  readonly rows: LongRows;
  /** Rows of month m are at monthStart[m] … monthStart[m + 1] − 1. */
  readonly monthStart: Int32Array;
}

function placesOf(communes: number) {
  const places: Place[] = [
    { id: 'province', level: 'province', kind: 'province', name: 'Tỉnh', parents: [], counts: [] },
  ];
  for (let c = 0; c < communes; c++) {
    places.push({
      id: `c${c}`,
      level: 'commune',
      kind: 'commune',
      name: `Xã ${c}`,
      parents: [{ parentId: 'province' }],
      counts: [],
    });
  }
  const villageIds: string[] = [];
  for (let v = 0; v < communes * VILLAGES_PER_COMMUNE; v++) {
    const commune = `c${Math.floor(v / VILLAGES_PER_COMMUNE)}`;
    const id = `${commune}-v${v % VILLAGES_PER_COMMUNE}`;
    villageIds.push(id);
    places.push({
      id,
      level: 'village',
      kind: 'thon',
      name: `Thôn ${v}`,
      parents: [{ parentId: commune }],
      counts: [],
    });
  }
  return { places, villageIds };
}

/**
 * The data set of `communes` communes. With `rows: false` the long rows are left empty (for a
 * process that measures indexing alone).
 */
export function generate(communes: number, options: { rows?: boolean } = {}): DataSet {
  const random = mulberry32(20260701 + communes);
  const villages = communes * VILLAGES_PER_COMMUNE;
  const { places, villageIds } = placesOf(communes);
  const periodIds = Array.from(
    { length: MONTHS },
    (_, m) => `${YEAR}-${String(m + 1).padStart(2, '0')}`,
  );
  const count = villages * catalogue.length * MONTHS;
  const columns = {
    indicators: catalogue.map((indicator) => indicator.code),
    places: villageIds,
    periods: periodIds,
    indicator: new Uint8Array(count),
    place: new Int32Array(count),
    period: new Uint8Array(count),
    numerator: new Float64Array(count),
    denominator: new Float64Array(count),
  };
  const size = options.rows === false ? 0 : villages * QUANTITIES * MONTHS;
  const rows = {
    village: new Int32Array(size),
    q: new Int32Array(size),
    month: new Int32Array(size),
    value: new Float64Array(size),
  };
  const households = Float64Array.from(
    { length: villages * RATIOS },
    () => 100 + Math.floor(random() * 400),
  );
  const row = (r: number, v: number, q: number, m: number, value: number) => {
    if (size === 0) return;
    rows.village[r] = v;
    rows.q[r] = q;
    rows.month[r] = m;
    rows.value[r] = value;
  };
  let k = 0;
  let r = 0;
  for (let m = 0; m < MONTHS; m++) {
    for (let v = 0; v < villages; v++) {
      for (let i = 0; i < RATIOS; i++) {
        const denominator = households[v * RATIOS + i] ?? 1;
        const numerator = Math.floor(denominator * Math.min(1, (m + 1) / 14 + random() * 0.1));
        columns.indicator[k] = i;
        columns.place[k] = v;
        columns.period[k] = m;
        columns.numerator[k] = numerator;
        columns.denominator[k] = denominator;
        k++;
        row(r++, v, 2 * i, m, numerator);
        row(r++, v, 2 * i + 1, m, denominator);
      }
      for (let i = 0; i < FLOWS; i++) {
        const numerator = Math.floor(random() * 50);
        columns.indicator[k] = RATIOS + i;
        columns.place[k] = v;
        columns.period[k] = m;
        columns.numerator[k] = numerator;
        k++;
        row(r++, v, RATIOS * 2 + i, m, numerator);
      }
    }
  }
  const monthStart = Int32Array.from({ length: MONTHS + 1 }, (_, m) =>
    size === 0 ? 0 : m * villages * QUANTITIES,
  );
  return { communes, villages, places, villageIds, periodIds, columns, rows, monthStart };
}

/** The data values of a data set as objects (for the province scale only: they are heavy). */
export function dataValues(data: DataSet): DataValue[] {
  const { columns } = data;
  const values: DataValue[] = [];
  for (let k = 0; k < columns.numerator.length; k++) {
    const i = columns.indicator[k] as number;
    const value = {
      indicator: catalogue[i]?.code ?? '',
      place: data.villageIds[columns.place[k] as number] ?? '',
      period: data.periodIds[columns.period[k] as number] ?? '',
      numerator: columns.numerator[k] as number,
    };
    values.push(i < RATIOS ? { ...value, denominator: columns.denominator[k] as number } : value);
  }
  return values;
}
