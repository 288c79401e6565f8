// Where a body belongs on a date: its first place, or the place of its latest move by then.
import type { Body } from '../team/schema.js';
import type { IsoDate } from './dates.js';

/** The id of the place a body belongs to on a date (its latest move on or before it). */
export function bodyPlaceOn(body: Body, asOf: IsoDate): string {
  let place = body.placeId;
  let since: IsoDate | undefined;
  for (const move of body.moves ?? []) {
    if (move.from <= asOf && (since === undefined || move.from >= since)) {
      place = move.placeId;
      since = move.from;
    }
  }
  return place;
}
