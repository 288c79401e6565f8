/**
 * Roll-up benchmark (`npm run bench:rollup`; `-- --quick` for the province scale only): 13
 * roll-ups (every month of a year, then the year) of 24 village indicators to every commune and
 * the province, at province scale (124 communes, 1.49 M quantity values) and national scale
 * (3,321 communes, 39.9 M), each scale in a fresh process. Engines, timed in turns in the same
 * process (medians), each checked to give exactly the typed loop's sums:
 *
 * - `rollUpIndex` over an index built once from columns (`indexDataValueColumns`);
 * - (a) a hand-written loop over typed arrays (the practical limit): target library ≤ 2× (a);
 * - (b) DuckDB on 2 threads, loaded from the typed arrays in data chunks, one SQL statement:
 *   target library ≥ 1.5× faster; (c) DuckDB on 1 thread for reference.
 *
 * Ingest is measured in a process of its own, for time and peak RSS: the index built from
 * columns (target at national scale ≤ 3 s and ≤ 1.5 GB), and at province scale also from
 * `DataValue` objects and from rows streamed one by one (`createDataValueIndexer`).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createDataValueIndexer,
  type DataValueIndex,
  type IndicatorResult,
  indexDataValueColumns,
  indexDataValues,
  rollUpIndex,
} from '../src/index.js';
import {
  catalogue,
  type DataSet,
  dataValues,
  generate,
  MONTHS,
  PERIODS,
  QUANTITIES,
  RATIOS,
  VILLAGES_PER_COMMUNE,
} from './rollup/data.js';
import { duckdbRollUp, duckdbSetUp } from './rollup/duckdb.js';
import { type Sums, typedLoop } from './rollup/typed.js';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ROUNDS = Number(process.env.ROUNDS ?? 7);

const fmt = (n: number) => n.toLocaleString('en-US');
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const rssMb = () => Math.round(process.memoryUsage.rss() / 2 ** 20);
const line = (label: string, text: string) => console.log(`  ${label.padEnd(36)}${text}`);

/** The library's results as the typed loop's sums (numerators and denominators by place). */
function librarySums(results: readonly IndicatorResult[][], communes: number): Sums[] | undefined {
  const at = new Map(catalogue.map((indicator, i) => [indicator.code, i]));
  const out: Sums[] = [];
  for (const rows of results) {
    if (rows.length !== (communes + 1) * catalogue.length) return undefined;
    const sums = {
      commune: new Float64Array(communes * QUANTITIES),
      province: new Float64Array(QUANTITIES),
    };
    for (const row of rows) {
      const i = at.get(row.indicator) ?? -1;
      const q = i < RATIOS ? 2 * i : RATIOS * 2 + (i - RATIOS);
      const target =
        row.level === 'province'
          ? sums.province
          : sums.commune.subarray(Number(row.place.slice(1)) * QUANTITIES);
      target[q] = row.numerator ?? Number.NaN;
      if (i < RATIOS) target[q + 1] = row.denominator ?? Number.NaN;
    }
    out.push(sums);
  }
  return out;
}

/** Whether two engines' sums are exactly equal (all quantities are integers). */
function same(a: readonly Sums[] | undefined, b: readonly Sums[]): boolean {
  if (a === undefined || a.length !== b.length) return false;
  return a.every((sums, p) => {
    const other = b[p] as Sums;
    const equal = (x: Float64Array, y: Float64Array) =>
      x.length === y.length && x.every((value, k) => value === y[k]);
    return equal(sums.commune, other.commune) && equal(sums.province, other.province);
  });
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? Number.NaN;

interface Engine {
  readonly name: string;
  readonly run: () => Promise<Sums[] | undefined>;
  /** Runs before each timed run, untimed (e.g. setting DuckDB's threads). */
  readonly prepare?: () => Promise<unknown>;
  readonly times: number[];
  result?: Sums[] | undefined;
}

/** Runs the engines in turns, `ROUNDS` times after a warm-up, so that load hits them alike. */
async function rounds(engines: Engine[]): Promise<void> {
  for (const engine of engines) {
    await engine.prepare?.();
    engine.result = await engine.run();
  }
  for (let k = 0; k < ROUNDS; k++) {
    for (const engine of engines) {
      await engine.prepare?.();
      const start = performance.now();
      engine.result = await engine.run();
      engine.times.push(performance.now() - start);
    }
  }
}

function header(data: DataSet): void {
  console.log(
    `${fmt(data.communes)} communes × ${VILLAGES_PER_COMMUNE} villages × ${QUANTITIES} quantities × ${MONTHS} months` +
      ` = ${fmt(data.villages * QUANTITIES * MONTHS)} quantity values (${fmt(data.columns.numerator.length)} data values, ${catalogue.length} indicators)`,
  );
}

/** One scale: every engine's 13 roll-ups, medians, ratios, targets and the exact check. */
async function rollUps(communes: number): Promise<boolean> {
  const data = generate(communes);
  header(data);
  let start = performance.now();
  const index = indexDataValueColumns(data.columns, { catalogue, places: data.places });
  line('indexDataValueColumns (once):', ms(performance.now() - start));
  start = performance.now();
  const duck = await duckdbSetUp(data, 2);
  line('DuckDB load, data chunks (once):', ms(performance.now() - start));
  const library = (i: DataValueIndex) =>
    PERIODS.map((period) => rollUpIndex(i, { period, levels: ['commune', 'province'] }));
  const duckRun = () => duckdbRollUp(duck, communes);
  const threads = (n: number) => () => duck.run(`SET threads = ${n}`);
  const engines: Engine[] = [
    { name: 'rollUpIndex', run: async () => librarySums(library(index), communes), times: [] },
    { name: '(a) typed-array loop', run: async () => typedLoop(data), times: [] },
    { name: '(b) DuckDB, 2 threads', run: duckRun, prepare: threads(2), times: [] },
    { name: '(c) DuckDB, 1 thread', run: duckRun, prepare: threads(1), times: [] },
  ];
  await rounds(engines);
  // the library's own time, without turning its results into sums for the check
  const own: number[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    const t = performance.now();
    library(index);
    own.push(performance.now() - t);
  }
  const [lib, typed, d2, d1] = engines as [Engine, Engine, Engine, Engine];
  lib.times.splice(0, lib.times.length, ...own);
  console.log(`13 roll-ups to ${fmt(communes)} communes and the province, medians of ${ROUNDS}:`);
  for (const engine of engines) line(`${engine.name}:`, ms(median(engine.times)));
  const vsTyped = median(lib.times) / median(typed.times);
  const vsDuck = median(d2.times) / median(lib.times);
  const vsDuck1 = median(d1.times) / median(lib.times);
  line(
    'rollUpIndex / (a):',
    `${vsTyped.toFixed(2)}×  (target ≤ 2×: ${vsTyped <= 2 ? 'met' : 'NOT met'})`,
  );
  line(
    '(b) / rollUpIndex:',
    `${vsDuck.toFixed(2)}× faster than DuckDB on 2 threads  (target ≥ 1.5×: ${vsDuck >= 1.5 ? 'met' : 'NOT met'})`,
  );
  line('(c) / rollUpIndex:', `${vsDuck1.toFixed(2)}× faster than DuckDB on 1 thread`);
  const reference = typed.result as Sums[];
  const agree = engines.map((engine) => same(engine.result, reference));
  line(
    'results equal (a) exactly:',
    engines.map((e, k) => `${e.name.split(' ')[0]} ${agree[k] ? 'yes' : 'NO'}`).join(', '),
  );
  line('peak RSS:', `${fmt(peakMb())} MB`);
  duck.closeSync();
  return agree.every(Boolean);
}

/** Ingest in a process of its own: time and peak RSS of building the index. */
function ingest(communes: number, how: 'columns' | 'objects' | 'stream'): void {
  const data = generate(communes, { rows: false });
  const values = how === 'objects' ? dataValues(data) : undefined;
  const before = rssMb();
  const cpu = process.cpuUsage();
  const start = performance.now();
  let index: DataValueIndex;
  if (how === 'columns') {
    index = indexDataValueColumns(data.columns, { catalogue, places: data.places });
  } else if (how === 'objects') {
    index = indexDataValues(values ?? [], { catalogue, places: data.places });
  } else {
    const indexer = createDataValueIndexer({ catalogue, places: data.places });
    const { columns } = data;
    for (let k = 0; k < columns.numerator.length; k++) {
      const i = columns.indicator[k] as number;
      indexer.add(
        catalogue[i]?.code ?? '',
        data.villageIds[columns.place[k] as number] ?? '',
        data.periodIds[columns.period[k] as number] ?? '',
        columns.numerator[k] as number,
        i < RATIOS ? (columns.denominator[k] as number) : undefined,
      );
    }
    index = indexer.finish();
  }
  const took = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const label = {
    columns: 'indexDataValueColumns',
    objects: 'indexDataValues (objects)',
    stream: 'createDataValueIndexer, add ×n',
  }[how];
  const peak = peakMb();
  const targets =
    how === 'columns' && communes > 1000
      ? `  (targets ≤ 3 s: ${took <= 3000 ? 'met' : 'NOT met'}; ≤ 1,536 MB: ${peak <= 1536 ? 'met' : 'NOT met'})`
      : '';
  line(
    `${label}:`,
    `${ms(took)} (CPU ${ms(cpuMs)}), ${fmt(index.size)} values; RSS ${fmt(before)} MB with the input, peak ${fmt(peak)} MB${targets}`,
  );
}

function child(extra: string[]): boolean {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), ...extra],
    { stdio: 'inherit' },
  );
  return run.status === 0;
}

const scale = option('scale');
const ingestScale = option('ingest');
if (scale) {
  if (!(await rollUps(Number(scale)))) process.exitCode = 1;
} else if (ingestScale) {
  ingest(Number(ingestScale), (option('from') ?? 'columns') as 'columns' | 'objects' | 'stream');
} else {
  console.log(`Roll-up benchmark (node ${process.version}, ${new Date().toISOString()})`);
  let ok = true;
  for (const communes of args.includes('--quick') ? [124] : [124, 3321]) {
    console.log('');
    ok = child([`--scale=${communes}`]) && ok;
    console.log(`Indexing ${fmt(communes)} communes, each in a fresh process:`);
    const ways = communes > 1000 ? ['columns', 'stream'] : ['columns', 'stream', 'objects'];
    for (const how of ways) ok = child([`--ingest=${communes}`, `--from=${how}`]) && ok;
  }
  if (!ok) process.exitCode = 1;
}
