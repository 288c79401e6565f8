/**
 * DuckDB as the database engine to beat: the long rows appended in data chunks copied straight
 * from the typed arrays (no value goes through a JavaScript object), then the 13 roll-ups to
 * communes and the province in one SQL statement (grouping sets), the results read back into
 * typed arrays.
 */

import {
  DOUBLE,
  type DuckDBConnection,
  DuckDBDataChunk,
  DuckDBInstance,
  INTEGER,
} from '@duckdb/node-api';
import duckdb from '@duckdb/node-bindings';
import { type DataSet, isStock, MONTHS, QUANTITIES, VILLAGES_PER_COMMUNE } from './data.js';
import type { Sums } from './typed.js';

/** DuckDB's vector size: rows per data chunk. */
const CHUNK = 2048;

/** An in-memory database holding the data set's rows, on `threads` threads. */
export async function duckdbSetUp(data: DataSet, threads: number): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  await connection.run(
    'CREATE TABLE val (commune INTEGER, village INTEGER, q INTEGER, stock INTEGER, month INTEGER, value DOUBLE)',
  );
  const appender = await connection.createAppender('val');
  const { rows } = data;
  const size = rows.value.length;
  const commune = new Int32Array(CHUNK);
  const stock = new Int32Array(CHUNK);
  const chunk = DuckDBDataChunk.create([INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, DOUBLE]);
  const vectors = Array.from({ length: 6 }, (_, c) => duckdb.data_chunk_get_vector(chunk.chunk, c));
  const copy = (
    c: number,
    array: Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>,
    from: number,
    count: number,
  ) => {
    const bytes = array.BYTES_PER_ELEMENT;
    const vector = vectors[c] as duckdb.Vector;
    duckdb.copy_data_to_vector(
      vector,
      0,
      array.buffer,
      array.byteOffset + from * bytes,
      count * bytes,
    );
  };
  for (let from = 0; from < size; from += CHUNK) {
    const count = Math.min(CHUNK, size - from);
    for (let r = 0; r < count; r++) {
      commune[r] = Math.floor((rows.village[from + r] as number) / VILLAGES_PER_COMMUNE);
      stock[r] = isStock(rows.q[from + r] as number) ? 1 : 0;
    }
    copy(0, commune, 0, count);
    copy(1, rows.village, from, count);
    copy(2, rows.q, from, count);
    copy(3, stock, 0, count);
    copy(4, rows.month, from, count);
    copy(5, rows.value, from, count);
    duckdb.data_chunk_set_size(chunk.chunk, count);
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
  return connection;
}

/**
 * The 13 roll-ups in one statement: each month (every value sums), and the year (flows sum;
 * stocks take each village's value of its last month); to each commune and to the province.
 * Period 12 is the year; a null commune is the province.
 */
const ROLL_UP = `
WITH per_village AS (
  SELECT month AS p, commune, q, value FROM val
  UNION ALL
  SELECT ${MONTHS} AS p, commune, q, value FROM val WHERE stock = 0
  UNION ALL
  SELECT ${MONTHS} AS p, commune, q, arg_max(value, month) AS value
  FROM val WHERE stock = 1 GROUP BY village, commune, q
)
SELECT p, commune, q, SUM(value) AS total
FROM per_village
GROUP BY GROUPING SETS ((p, commune, q), (p, q))`;

/** Runs the roll-up statement and reads its result chunks into per-period sums. */
export async function duckdbRollUp(
  connection: DuckDBConnection,
  communes: number,
): Promise<Sums[]> {
  const out: Sums[] = Array.from({ length: MONTHS + 1 }, () => ({
    commune: new Float64Array(communes * QUANTITIES),
    province: new Float64Array(QUANTITIES),
  }));
  const result = await connection.run(ROLL_UP);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const p = chunk.getColumnVector(0);
    const c = chunk.getColumnVector(1);
    const q = chunk.getColumnVector(2);
    const total = chunk.getColumnVector(3);
    for (let r = 0; r < chunk.rowCount; r++) {
      const sums = out[p.getItem(r) as number] as Sums;
      const commune = c.getItem(r) as number | null;
      const k = q.getItem(r) as number;
      const value = total.getItem(r) as number;
      if (commune === null) sums.province[k] = value;
      else sums.commune[commune * QUANTITIES + k] = value;
    }
  }
  return out;
}
