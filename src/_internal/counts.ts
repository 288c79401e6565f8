import type { PlaceCounts } from '../places/place.js';
import type { IsoDate } from './dates.js';

/** The counts record of a place with the latest `from` not after a date. */
export function latestCounts(
  place: { readonly counts?: readonly PlaceCounts[] },
  asOf: IsoDate,
): PlaceCounts | undefined {
  let best: PlaceCounts | undefined;
  for (const record of place.counts ?? []) {
    if (record.from <= asOf && (best === undefined || record.from > best.from)) best = record;
  }
  return best;
}
