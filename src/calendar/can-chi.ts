// The sexagenary cycle (can chi) of years, months and days: ten stems and twelve branches.
import { checkInteger } from '../_internal/arguments.js';
import { checkDate, FIRST_YEAR, LAST_YEAR } from '../_internal/dates.js';
import type { Label } from '../text/label.js';
import type { IsoDate } from './date.js';
import { julianDayNumber } from './julian.js';

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const ELEMENTS = ['Wood', 'Fire', 'Earth', 'Metal', 'Water'];
const BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
];
const ANIMALS = [
  'Rat',
  'Buffalo',
  'Tiger',
  'Cat',
  'Dragon',
  'Snake',
  'Horse',
  'Goat',
  'Monkey',
  'Rooster',
  'Dog',
  'Pig',
];

/**
 * A can–chi (sexagenary) name: a heavenly stem (can) and an earthly branch (chi).
 *
 * @category Calendar
 */
export interface CanChi {
  /** The heavenly stem, 0–9: Giáp, Ất, Bính, Đinh, Mậu, Kỷ, Canh, Tân, Nhâm, Quý. */
  readonly stem: number;
  /** The earthly branch, 0–11: Tý, Sửu, Dần, Mão, Thìn, Tỵ, Ngọ, Mùi, Thân, Dậu, Tuất, Hợi. */
  readonly branch: number;
  /** The name: "Bính Ngọ"; in English with the element and the Vietnamese zodiac animal. */
  readonly name: Label;
}

function canChi(stem: number, branch: number): CanChi {
  const s = ((stem % 10) + 10) % 10;
  const b = ((branch % 12) + 12) % 12;
  // Stryker disable next-line StringLiteral: s is 0–9 and b 0–11, so every name is found and the fallback is never used
  const vi = `${STEMS[s] ?? ''} ${BRANCHES[b] ?? ''}`;
  return {
    stem: s,
    branch: b,
    // Stryker disable next-line StringLiteral: s is 0–9 and b 0–11, so every name is found and the fallback is never used
    name: { vi, en: `${vi} (${ELEMENTS[Math.floor(s / 2)] ?? ''} ${ANIMALS[b] ?? ''})` },
  };
}

/**
 * The can–chi name of a lunar year.
 *
 * @param year - The lunar year, 1899–2100 (the lunar years the supported dates fall in).
 * @returns Its stem, branch and name.
 * @throws {@link InvalidArgumentError} when `year` is not a whole number in that range.
 * @example
 * ```ts
 * import { yearCanChi } from 'to-cong-nghe-so';
 *
 * yearCanChi(2026).name; // { vi: 'Bính Ngọ', en: 'Bính Ngọ (Fire Horse)' }
 * ```
 * @category Calendar
 */
export function yearCanChi(year: number): CanChi {
  checkInteger(year, 'year', FIRST_YEAR - 1, LAST_YEAR);
  return canChi(year + 6, year + 8);
}

/**
 * The can–chi name of a lunar month. Month 1 is always a Dần month; its stem follows the year's.
 * A leap month takes, by the usual convention, the name of the month it repeats.
 *
 * @param year - The lunar year, 1899–2100.
 * @param month - The lunar month, 1–12.
 * @returns Its stem, branch and name.
 * @throws {@link InvalidArgumentError} when `year` or `month` is not a whole number in its range.
 * @example
 * ```ts
 * import { monthCanChi } from 'to-cong-nghe-so';
 *
 * monthCanChi(2026, 1).name.vi; // 'Canh Dần'
 * ```
 * @category Calendar
 */
export function monthCanChi(year: number, month: number): CanChi {
  checkInteger(year, 'year', FIRST_YEAR - 1, LAST_YEAR);
  checkInteger(month, 'month', 1, 12);
  return canChi(year * 12 + month + 3, month + 1);
}

/**
 * The can–chi name of a day (days follow the sexagenary cycle without a break).
 *
 * @param date - The solar date.
 * @returns Its stem, branch and name.
 * @throws {@link InvalidArgumentError} when `date` is not an {@link IsoDate} within
 *   {@link SUPPORTED_DATES}.
 * @example
 * ```ts
 * import { dayCanChi } from 'to-cong-nghe-so';
 *
 * dayCanChi('2000-01-01').name.vi; // 'Mậu Ngọ'
 * ```
 * @category Calendar
 */
export function dayCanChi(date: IsoDate): CanChi {
  const jdn = julianDayNumber(checkDate(date, 'date'));
  return canChi(jdn + 9, jdn + 1);
}
