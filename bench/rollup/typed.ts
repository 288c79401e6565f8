/**
 * The practical limit of a roll-up: a hand-written loop over typed arrays of the long rows,
 * computing the sums the library's roll-up gives communes and the province (no completeness, no
 * result objects), one pass per period.
 */

import type { DataSet } from './data.js';
import * as shape from './data.js';

// Local copies: a loop must not read imported bindings (a module loader may turn each read into
// a call).
const MONTHS = shape.MONTHS;
const QUANTITIES = shape.QUANTITIES;
const RATIOS = shape.RATIOS;
const VILLAGES_PER_COMMUNE = shape.VILLAGES_PER_COMMUNE;
const STOCKS = RATIOS * 2;

/** Sums per period: [commune × quantity] and [quantity] for the province. */
export interface Sums {
  readonly commune: Float64Array;
  readonly province: Float64Array;
}

function provinceOf(commune: Float64Array, communes: number): Float64Array {
  const province = new Float64Array(QUANTITIES);
  for (let c = 0; c < communes; c++)
    for (let q = 0; q < QUANTITIES; q++)
      province[q] = (province[q] ?? 0) + (commune[c * QUANTITIES + q] ?? 0);
  return province;
}

/** The 13 roll-ups: each month, then the year (flows sum; stocks take each village's last month). */
export function typedLoop(data: DataSet): Sums[] {
  const { rows, monthStart, communes, villages } = data;
  const out: Sums[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const commune = new Float64Array(communes * QUANTITIES);
    const end = monthStart[m + 1] ?? 0;
    for (let r = monthStart[m] ?? 0; r < end; r++) {
      const k =
        Math.floor((rows.village[r] ?? 0) / VILLAGES_PER_COMMUNE) * QUANTITIES + (rows.q[r] ?? 0);
      commune[k] = (commune[k] ?? 0) + (rows.value[r] ?? 0);
    }
    out.push({ commune, province: provinceOf(commune, communes) });
  }
  const commune = new Float64Array(communes * QUANTITIES);
  const lastMonth = new Int32Array(villages * QUANTITIES).fill(-1);
  const lastValue = new Float64Array(villages * QUANTITIES);
  const end = monthStart[MONTHS] ?? 0;
  for (let r = 0; r < end; r++) {
    const v = rows.village[r] ?? 0;
    const q = rows.q[r] ?? 0;
    if (q < STOCKS) {
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
    for (let q = 0; q < STOCKS; q++) {
      const k = v * QUANTITIES + q;
      if ((lastMonth[k] ?? -1) < 0) continue;
      const c = Math.floor(v / VILLAGES_PER_COMMUNE) * QUANTITIES + q;
      commune[c] = (commune[c] ?? 0) + (lastValue[k] ?? 0);
    }
  }
  out.push({ commune, province: provinceOf(commune, communes) });
  return out;
}
