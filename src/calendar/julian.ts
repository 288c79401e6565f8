import { datePartsOf, isoDateOf } from '../_internal/dates.js';
import type { IsoDate } from './date.js';

/**
 * @internal The Julian Day Number of a Gregorian calendar date (the day count astronomers use;
 * 2000-01-01 is 2451545). Pure integer arithmetic, so no time zone can change it.
 */
export function julianDayNumber(date: IsoDate): number {
  const { year, month, day } = datePartsOf(date);
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** @internal The Gregorian calendar date of a Julian Day Number. */
export function fromJulianDayNumber(jdn: number): IsoDate {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return isoDateOf(year, month, day);
}
