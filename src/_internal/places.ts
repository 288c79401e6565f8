import type { PlaceLevel } from '../places/place.js';

/** The order of administrative levels, province first. */
export const LEVEL_RANK: Readonly<Record<PlaceLevel, number>> = Object.freeze({
  province: 0,
  district: 1,
  commune: 2,
  village: 3,
});
