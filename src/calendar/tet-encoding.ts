// The lunar days of the default working calendar without the lunar calendar: Tết (1/1) and the
// Hùng Kings' day (10/3) of each year, as two characters of tet-table.ts (generated). Tết falls
// 20–50 days after 1 January, the Hùng Kings' day 67–98 days after Tết (1900–2100).
import { addDaysTo, FIRST_YEAR, isoDateOf, LAST_YEAR } from '../_internal/dates.js';
import type { LunarAnchor } from './holiday-engine.js';
import { TET_TABLE } from './tet-table.js';

/** @internal The 32 characters of the table, each an offset in days. */
export const TET_TABLE_ALPHABET = '0123456789abcdefghijklmnopqrstuv';
/** @internal The fewest days from 1 January to Tết. */
export const TET_AFTER_NEW_YEAR = 20;
/** @internal The fewest days from Tết to the Hùng Kings' day. */
export const HUNG_KINGS_AFTER_TET = 67;

function offsetAt(index: number): number {
  return TET_TABLE_ALPHABET.indexOf(TET_TABLE.charAt(index));
}

/**
 * @internal Where 1/1 and 10/3 lunar fall in a year of 1900–2100, from the table; `undefined`
 * for any other lunar day (the default calendar has no other).
 */
export const defaultLunarAnchor: LunarAnchor = (year, month, day) => {
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const at = (year - FIRST_YEAR) * 2;
  const tet = addDaysTo(isoDateOf(year, 1, 1), TET_AFTER_NEW_YEAR + offsetAt(at));
  if (month === 1 && day === 1) return tet;
  if (month === 3 && day === 10) return addDaysTo(tet, HUNG_KINGS_AFTER_TET + offsetAt(at + 1));
  return undefined;
};
