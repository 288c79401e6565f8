/**
 * Roll-up benchmark: a province-scale data set (124 communes × 25 villages × 40 quantities ×
 * 12 months), rolled up to commune and province for every month and the year, by `rollUpIndex`,
 * by a hand-written loop over typed arrays computing the same sums (the practical limit), and by
 * SQLite `GROUP BY` over the same rows in memory. Then the same roll-up at national scale
 * (3,321 communes) in a fresh process, for time and peak memory.
 *
 *   npm run bench:rollup                 # both scales
 *   npm run bench:rollup -- --quick      # province scale only
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import {
  type DataValue,
  type Indicator,
  type IndicatorResult,
  indexDataValues,
  type Period,
  type Place,
  rollUp,
  rollUpIndex,
} from '../src/index.js';

const VILLAGES_PER_COMMUNE = 25;
const RATIOS = 16; // 16 ratio indicators (numerator and denominator: stocks) = 32 quantities
const FLOWS = 8; // 8 count indicators (one quantity each: flows) = 8 quantities
const QUANTITIES = RATIOS * 2 + FLOWS;
const YEAR = 2026;
const MONTHS = 12;

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--communes='));

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

const catalogue: Indicator[] = [
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

interface DataSet {
  readonly communes: number;
  readonly villages: number;
  readonly places: Place[];
  readonly values: DataValue[];
  /** Long rows, one per quantity value, ordered by month: village, quantity, month, value. */
  readonly rows: { village: Int32Array; q: Int32Array; month: Int32Array; value: Float64Array };
  /** For the typed loop: rows of month m are at monthStart[m] … monthStart[m + 1] − 1. */
  readonly monthStart: Int32Array;
}

function generate(communes: number): DataSet {
  const random = mulberry32(20260701 + communes);
  const villages = communes * VILLAGES_PER_COMMUNE;
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
  for (let v = 0; v < villages; v++) {
    const id = `c${Math.floor(v / VILLAGES_PER_COMMUNE)}-v${v % VILLAGES_PER_COMMUNE}`;
    villageIds.push(id);
    places.push({
      id,
      level: 'village',
      kind: 'thon',
      name: `Thôn ${v}`,
      parents: [{ parentId: `c${Math.floor(v / VILLAGES_PER_COMMUNE)}` }],
      counts: [],
    });
  }
  const periods = Array.from(
    { length: MONTHS },
    (_, m) => `${YEAR}-${String(m + 1).padStart(2, '0')}`,
  );
  const size = villages * QUANTITIES * MONTHS;
  const rows = {
    village: new Int32Array(size),
    q: new Int32Array(size),
    month: new Int32Array(size),
    value: new Float64Array(size),
  };
  const values: DataValue[] = [];
  const households = Float64Array.from(
    { length: villages * RATIOS },
    () => 100 + Math.floor(random() * 400),
  );
  let r = 0;
  for (let m = 0; m < MONTHS; m++) {
    const period = periods[m] ?? '';
    for (let v = 0; v < villages; v++) {
      const place = villageIds[v] ?? '';
      for (let i = 0; i < RATIOS; i++) {
        const denominator = households[v * RATIOS + i] ?? 1;
        const numerator = Math.floor(denominator * Math.min(1, (m + 1) / 14 + random() * 0.1));
        values.push({ indicator: `ratio${i}`, place, period, numerator, denominator });
        for (const [q, value] of [
          [2 * i, numerator],
          [2 * i + 1, denominator],
        ] as const) {
          rows.village[r] = v;
          rows.q[r] = q;
          rows.month[r] = m;
          rows.value[r] = value;
          r++;
        }
      }
      for (let i = 0; i < FLOWS; i++) {
        const numerator = Math.floor(random() * 50);
        values.push({ indicator: `flow${i}`, place, period, numerator });
        rows.village[r] = v;
        rows.q[r] = RATIOS * 2 + i;
        rows.month[r] = m;
        rows.value[r] = numerator;
        r++;
      }
    }
  }
  const monthStart = Int32Array.from({ length: MONTHS + 1 }, (_, m) => m * villages * QUANTITIES);
  return { communes, villages, places, values, rows, monthStart };
}

const PERIODS: Period[] = [
  ...Array.from(
    { length: MONTHS },
    (_, m): Period => ({ kind: 'month', year: YEAR, index: m + 1 }),
  ),
  { kind: 'year', year: YEAR, index: 1 },
];

/** Sums per period: [commune × quantity] and [quantity] for the province. */
interface Sums {
  readonly commune: Float64Array;
  readonly province: Float64Array;
}

const isStock = (q: number) => q < RATIOS * 2;

/** (a) The practical limit: one pass per period over typed arrays of the same rows. */
function typedLoop(data: DataSet): Sums[] {
  const { rows, monthStart, communes, villages } = data;
  const out: Sums[] = [];
  const provinceOf = (commune: Float64Array) => {
    const province = new Float64Array(QUANTITIES);
    for (let c = 0; c < communes; c++)
      for (let q = 0; q < QUANTITIES; q++)
        province[q] = (province[q] ?? 0) + (commune[c * QUANTITIES + q] ?? 0);
    return province;
  };
  for (let m = 0; m < MONTHS; m++) {
    const commune = new Float64Array(communes * QUANTITIES);
    const end = monthStart[m + 1] ?? 0;
    for (let r = monthStart[m] ?? 0; r < end; r++) {
      const k =
        Math.floor((rows.village[r] ?? 0) / VILLAGES_PER_COMMUNE) * QUANTITIES + (rows.q[r] ?? 0);
      commune[k] = (commune[k] ?? 0) + (rows.value[r] ?? 0);
    }
    out.push({ commune, province: provinceOf(commune) });
  }
  // the year: flows sum over months; stocks take each village's last reported month
  const commune = new Float64Array(communes * QUANTITIES);
  const lastMonth = new Int32Array(villages * QUANTITIES).fill(-1);
  const lastValue = new Float64Array(villages * QUANTITIES);
  const end = monthStart[MONTHS] ?? 0;
  for (let r = 0; r < end; r++) {
    const v = rows.village[r] ?? 0;
    const q = rows.q[r] ?? 0;
    if (isStock(q)) {
      const k = v * QUANTITIES + q;
      const m = rows.month[r] ?? 0;
      if (m > (lastMonth[k] ?? -1)) {
        lastMonth[k] = m;
        lastValue[k] = rows.value[r] ?? 0;
      }
    } else {
      const k = Math.floor(v / VILLAGES_PER_COMMUNE) * QUANTITIES + q;
      commune[k] = (commune[k] ?? 0) + (rows.value[r] ?? 0);
    }
  }
  for (let v = 0; v < villages; v++) {
    for (let q = 0; q < RATIOS * 2; q++) {
      const k = v * QUANTITIES + q;
      if ((lastMonth[k] ?? -1) < 0) continue;
      const c = Math.floor(v / VILLAGES_PER_COMMUNE) * QUANTITIES + q;
      commune[c] = (commune[c] ?? 0) + (lastValue[k] ?? 0);
    }
  }
  out.push({ commune, province: provinceOf(commune) });
  return out;
}

/** (b) SQLite: the same long rows in an in-memory table, GROUP BY per period. */
function sqliteSetUp(data: DataSet) {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE place (village INTEGER PRIMARY KEY, commune INTEGER NOT NULL);
    CREATE TABLE val (village INTEGER NOT NULL, q INTEGER NOT NULL, stock INTEGER NOT NULL,
                      month INTEGER NOT NULL, value REAL NOT NULL);
  `);
  const insertPlace = db.prepare('INSERT INTO place VALUES (?, ?)');
  const insertValue = db.prepare('INSERT INTO val VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let v = 0; v < data.villages; v++)
      insertPlace.run(v, Math.floor(v / VILLAGES_PER_COMMUNE));
    const { rows } = data;
    for (let r = 0; r < rows.value.length; r++) {
      const q = rows.q[r] ?? 0;
      insertValue.run(rows.village[r], q, isStock(q) ? 1 : 0, rows.month[r], rows.value[r]);
    }
  })();
  db.exec('CREATE INDEX val_month ON val (month)');
  return db;
}

function sqliteRollUp(db: Database.Database, communes: number): Sums[] {
  const month = db.prepare(`
    SELECT p.commune AS c, v.q AS q, SUM(v.value) AS total
    FROM val v JOIN place p ON p.village = v.village
    WHERE v.month = ? GROUP BY p.commune, v.q`);
  const year = db.prepare(`
    SELECT p.commune AS c, v.q AS q, SUM(v.value) AS total
    FROM val v JOIN place p ON p.village = v.village
    WHERE v.stock = 0 GROUP BY p.commune, v.q
    UNION ALL
    SELECT p.commune AS c, x.q AS q, SUM(x.value) AS total
    FROM (SELECT village, q, value,
                 ROW_NUMBER() OVER (PARTITION BY village, q ORDER BY month DESC) AS n
          FROM val WHERE stock = 1) x
    JOIN place p ON p.village = x.village
    WHERE x.n = 1 GROUP BY p.commune, x.q`);
  const collect = (rows: { c: number; q: number; total: number }[]): Sums => {
    const commune = new Float64Array(communes * QUANTITIES);
    const province = new Float64Array(QUANTITIES);
    for (const row of rows) {
      commune[row.c * QUANTITIES + row.q] = row.total;
      province[row.q] = (province[row.q] ?? 0) + row.total;
    }
    return { commune, province };
  };
  type Row = { c: number; q: number; total: number };
  const out = Array.from({ length: MONTHS }, (_, m) => collect(month.all(m) as Row[]));
  out.push(collect(year.all() as Row[]));
  return out;
}

function libraryRollUp(index: ReturnType<typeof indexDataValues>): IndicatorResult[][] {
  return PERIODS.map((period) => rollUpIndex(index, { period, levels: ['commune', 'province'] }));
}

/** Checks the library's results against the sums (exact: all values are integers). */
function agree(results: IndicatorResult[][], sums: Sums[]): boolean {
  const at = new Map(catalogue.map((indicator, i) => [indicator.code, i]));
  return results.every((rows, p) =>
    rows.every((row) => {
      const i = at.get(row.indicator) ?? 0;
      const q = i < RATIOS ? 2 * i : RATIOS * 2 + (i - RATIOS);
      const s = sums[p];
      if (!s) return false;
      const pick = (q: number) =>
        row.level === 'province'
          ? s.province[q]
          : s.commune[Number(row.place.slice(1)) * QUANTITIES + q];
      if (row.numerator !== pick(q)) return false;
      return i >= RATIOS || row.denominator === pick(q + 1);
    }),
  );
}

function time<T>(run: () => T, repeat = 5): { ms: number; result: T } {
  let result = run(); // warm-up
  const times: number[] = [];
  for (let k = 0; k < repeat; k++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, result };
}

/** Times two runs taking turns (so load from other processes hits both alike); medians. */
function duel<A, B>(
  a: () => A,
  b: () => B,
  repeat = 7,
): [{ ms: number; result: A }, { ms: number; result: B }] {
  let ra = a();
  let rb = b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let k = 0; k < repeat; k++) {
    let start = performance.now();
    ra = a();
    ta.push(performance.now() - start);
    start = performance.now();
    rb = b();
    tb.push(performance.now() - start);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
  return [
    { ms: median(ta), result: ra },
    { ms: median(tb), result: rb },
  ];
}

const fmt = (n: number) => n.toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = () => `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;

function header(data: DataSet) {
  const quantities = data.rows.value.length;
  console.log(
    `${fmt(data.communes)} communes × ${VILLAGES_PER_COMMUNE} villages × ${QUANTITIES} quantities × ${MONTHS} months` +
      ` = ${fmt(quantities)} quantity values (${fmt(data.values.length)} data values, ${catalogue.length} indicators)`,
  );
}

function province(): void {
  console.log(`Roll-up benchmark (node ${process.version}, ${new Date().toISOString()})`);
  let start = performance.now();
  const data = generate(124);
  header(data);
  console.log(`  generate:                          ${ms(performance.now() - start)}`);
  start = performance.now();
  const index = indexDataValues(data.values, { catalogue, places: data.places });
  console.log(`  indexDataValues (once):            ${ms(performance.now() - start)}`);
  start = performance.now();
  const db = sqliteSetUp(data);
  console.log(`  SQLite load + index (once):        ${ms(performance.now() - start)}`);
  console.log('13 roll-ups (12 months + the year) to 124 communes and the province, medians:');
  const [library, typed] = duel(
    () => libraryRollUp(index),
    () => typedLoop(data),
  );
  const sqlite = time(() => sqliteRollUp(db, data.communes), 3);
  const end2end = time(() =>
    rollUp(data.values, {
      catalogue,
      places: data.places,
      period: { kind: 'year', year: YEAR, index: 1 },
      levels: ['commune', 'province'],
    }),
  );
  console.log(`  rollUpIndex:                       ${ms(library.ms)}`);
  console.log(`  (a) typed-array loop:              ${ms(typed.ms)}`);
  console.log(`  (b) SQLite GROUP BY:               ${ms(sqlite.ms)}`);
  console.log(
    `  rollUpIndex / (a):                 ${(library.ms / typed.ms).toFixed(2)}×  (target: ≤ 3×)`,
  );
  console.log(
    `  (b) / rollUpIndex:                 ${(sqlite.ms / library.ms).toFixed(1)}× faster than SQLite  (target: > 1×)`,
  );
  console.log(`  rollUp from DataValue[], the year: ${ms(end2end.ms)} (indexing included)`);
  const same = agree(library.result, typed.result) && agree(library.result, sqlite.result);
  console.log(`  results agree (a, b, library):     ${same ? 'yes' : 'NO'}`);
  console.log(`  peak RSS:                          ${mb()}`);
  db.close();
  if (!same) process.exitCode = 1;
}

function scale(communes: number): void {
  let start = performance.now();
  const data = generate(communes);
  header(data);
  console.log(`  generate:                          ${ms(performance.now() - start)}`);
  start = performance.now();
  const index = indexDataValues(data.values, { catalogue, places: data.places });
  const indexMs = performance.now() - start;
  console.log(`  indexDataValues (once):            ${ms(indexMs)}`);
  data.values.length = 0; // the index holds what the roll-ups need: let the objects go
  const [library, typed] = duel(
    () => libraryRollUp(index),
    () => typedLoop(data),
    3,
  );
  const perValue = (library.ms * 1e6) / data.rows.value.length;
  console.log(
    `  13 roll-ups, rollUpIndex:          ${ms(library.ms)} (${perValue.toFixed(1)} ns per quantity value)`,
  );
  console.log(
    `  13 roll-ups, (a) typed loop:       ${ms(typed.ms)}  → ratio ${(library.ms / typed.ms).toFixed(2)}×`,
  );
  console.log(
    `  results agree with (a):            ${agree(library.result, typed.result) ? 'yes' : 'NO'}`,
  );
  console.log(`  peak RSS:                          ${mb()}`);
}

if (only) {
  scale(Number(only.slice('--communes='.length)));
} else {
  province();
  console.log('');
  console.log('Linear growth: the same roll-up in a fresh process at each scale');
  for (const communes of args.includes('--quick') ? [124] : [124, 3321]) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), `--communes=${communes}`],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) process.exitCode = 1;
  }
}
