import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { datePartsOf } from '../_internal/dates.js';
import type { Problem } from '../problems/problem.js';
import type { Label } from '../text/label.js';
import { lunationNear, newMoon, SYNODIC_MONTH, solarLongitude } from './astronomy.js';
import { type IsoDate, parseIsoDate } from './date.js';
import { fromJulianDayNumber, julianDayNumber } from './julian.js';
import type { DateRange } from './period.js';

/**
 * Schema of a date of the Vietnamese lunar calendar (âm lịch).
 *
 * @example
 * ```ts
 * import { LunarDateSchema } from 'to-cong-nghe-so';
 *
 * LunarDateSchema.parse({ year: 2023, month: 2, day: 2, leap: true });
 * ```
 * @category Calendar
 */
export const LunarDateSchema = z
  .object({
    /** The lunar year, numbered as the solar year in which it begins (Tết 2026 begins 2026). */
    year: z.number().int(),
    /** The month, 1–12 (1 is tháng Giêng, 12 tháng Chạp). */
    month: z.number().int().min(1).max(12),
    /** The day of the month, 1–30. */
    day: z.number().int().min(1).max(30),
    /** Whether the month is the leap (nhuận) month that repeats `month`. */
    leap: z.boolean(),
  })
  .strict();

/**
 * A date of the Vietnamese lunar calendar.
 *
 * @category Calendar
 */
export type LunarDate = z.infer<typeof LunarDateSchema>;

/**
 * Options of the lunar calendar functions.
 *
 * @category Calendar
 */
export interface LunarOptions {
  /**
   * The time zone, in hours east of UTC, at which new moons and solar terms are dated: 7 (the
   * default) gives the Vietnamese calendar, 8 the Chinese one.
   */
  readonly timeZoneOffset?: number;
}

/**
 * The error of the lunar calendar functions: `invalid_date` for a solar date that is not a valid
 * `YYYY-MM-DD` date, `lunar_out_of_range` for a date outside {@link LUNAR_RANGE}, `invalid_lunar_date` for a lunar date that does not exist (a 30th in a
 * 29-day month, a leap month in a year without it), `invalid_time_zone_offset`.
 *
 * @category Calendar
 */
export type LunarError = Problem<
  | 'invalid_date'
  | 'date_out_of_range'
  | 'lunar_out_of_range'
  | 'invalid_lunar_date'
  | 'invalid_time_zone_offset'
>;

/**
 * The solar dates the lunar calendar supports: 1 January 1900 to 31 December 2100.
 *
 * @example
 * ```ts
 * import { LUNAR_RANGE } from 'to-cong-nghe-so';
 *
 * LUNAR_RANGE.end; // '2100-12-31'
 * ```
 * @category Calendar
 */
export const LUNAR_RANGE: DateRange = {
  start: '1900-01-01',
  end: '2100-12-31',
};

const FIRST_JDN = julianDayNumber(LUNAR_RANGE.start);
const LAST_JDN = julianDayNumber(LUNAR_RANGE.end);

/** One month of a lunar year: its number, whether leap, and its first day as a Julian Day Number. */
interface LunarMonth {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  readonly start: number;
  readonly end: number;
}

/** The day (Julian Day Number) of a moment (a UT Julian Day) in the zone. */
function localDay(jd: number, offset: number): number {
  return Math.floor(jd + 0.5 + offset / 24);
}

/** The sun's longitude at the local midnight that begins a day. */
function longitudeAtDayStart(jdn: number, offset: number): number {
  return solarLongitude(jdn - 0.5 - offset / 24);
}

function newMoonDay(k: number, offset: number): number {
  return localDay(newMoon(k), offset);
}

/**
 * The lunation that begins month 11 of a solar year: the month whose days include the day of the
 * December solstice (the sun reaching 270°).
 */
function month11Lunation(year: number, offset: number): number {
  let k = lunationNear(julianDayNumber(`${year}-12-21` as IsoDate) - SYNODIC_MONTH / 2);
  while (longitudeAtDayStart(newMoonDay(k + 1, offset), offset) < 270) k += 1;
  while (longitudeAtDayStart(newMoonDay(k, offset), offset) >= 270) k -= 1;
  return k;
}

/** Whether the month of lunation `k` holds no major solar term (a multiple of 30° of longitude). */
function lacksMajorTerm(k: number, offset: number): boolean {
  const first = Math.floor(longitudeAtDayStart(newMoonDay(k, offset), offset) / 30);
  const next = Math.floor(longitudeAtDayStart(newMoonDay(k + 1, offset), offset) / 30);
  return first === next;
}

/**
 * The months from month 11 of `year` (which holds the December solstice) up to, not including,
 * month 11 of the next year: months 11 and 12 of lunar year `year`, then months 1–10 of the
 * next, with the leap month (the first month without a major solar term) when there are 13.
 */
function computeSui(year: number, offset: number): LunarMonth[] {
  const k11 = month11Lunation(year, offset);
  const kNext = month11Lunation(year + 1, offset);
  let leapAt: number | undefined;
  if (kNext - k11 === 13) {
    for (let k = k11 + 1; k < kNext; k += 1) {
      if (lacksMajorTerm(k, offset)) {
        leapAt = k;
        break;
      }
    }
  }
  const months: LunarMonth[] = [];
  let number = 10;
  let start = newMoonDay(k11, offset);
  for (let k = k11; k < kNext; k += 1) {
    const leap = k === leapAt;
    if (!leap) number = (number % 12) + 1;
    const end = newMoonDay(k + 1, offset) - 1;
    months.push({ year: number >= 11 ? year : year + 1, month: number, leap, start, end });
    start = end + 1;
  }
  return months;
}

const CACHE = new Map<number, Map<number, LunarMonth[]>>();

function sui(year: number, offset: number): LunarMonth[] {
  let byYear = CACHE.get(offset);
  if (byYear === undefined) {
    byYear = new Map();
    CACHE.set(offset, byYear);
  }
  let months = byYear.get(year);
  if (months === undefined) {
    months = computeSui(year, offset);
    byYear.set(year, months);
  }
  return months;
}

function checkOffset(options: LunarOptions): Result<number, LunarError> {
  const offset = options.timeZoneOffset ?? 7;
  if (Number.isFinite(offset) && offset >= -12 && offset <= 14) return ok(offset);
  return err({
    code: 'invalid_time_zone_offset',
    path: ['timeZoneOffset'],
    message: {
      vi: `Độ lệch múi giờ ${offset} không hợp lệ: phải là số giờ từ -12 đến 14 (Việt Nam là 7).`,
      en: `Time zone offset ${offset} is invalid: it must be hours from -12 to 14 (Vietnam is 7).`,
    },
  });
}

function outOfRange(what: string): LunarError {
  return {
    code: 'lunar_out_of_range',
    path: [],
    message: {
      vi: `${what} nằm ngoài khoảng lịch âm được hỗ trợ (${LUNAR_RANGE.start} đến ${LUNAR_RANGE.end}).`,
      en: `${what} is outside the supported lunar calendar range (${LUNAR_RANGE.start} to ${LUNAR_RANGE.end}).`,
    },
  };
}

function monthOfDay(jdn: number, year: number, offset: number): LunarMonth {
  const candidate = sui(year, offset);
  const months = (candidate[0]?.start ?? 0) <= jdn ? candidate : sui(year - 1, offset);
  let found = months[0] as LunarMonth;
  for (const month of months) {
    if (month.start > jdn) break;
    found = month;
  }
  return found;
}

/**
 * Converts a solar (Gregorian) date to the Vietnamese lunar calendar.
 *
 * Written from the published formulas (Meeus, *Astronomical Algorithms*: true new moons and the
 * sun's apparent longitude): a month begins on the day of a new moon at the given time zone;
 * month 11 holds the December solstice; in a year of 13 months the leap month is the first with
 * no major solar term.
 *
 * @param date - A date from 1900-01-01 to 2100-12-31.
 * @param options - `timeZoneOffset` in hours (default 7; 8 gives the Chinese calendar).
 * @returns `ok(lunarDate)`, or `invalid_date` (not a YYYY-MM-DD date) / `lunar_out_of_range` /
 * `invalid_time_zone_offset`.
 * @example
 * ```ts
 * import { toLunarDate } from 'to-cong-nghe-so';
 *
 * toLunarDate('2023-03-23'); // ok({ year: 2023, month: 2, day: 2, leap: true })
 * toLunarDate('2030-02-02'); // ok({ year: 2030, month: 1, day: 1, leap: false })
 * toLunarDate('2030-02-02', { timeZoneOffset: 8 }); // ok({ year: 2029, month: 12, day: 30, leap: false })
 * ```
 * @category Calendar
 */
export function toLunarDate(
  date: IsoDate,
  options: LunarOptions = {},
): Result<LunarDate, LunarError> {
  return checkOffset(options).andThen((offset) =>
    parseIsoDate(String(date)).andThen((day): Result<LunarDate, LunarError> => {
      const jdn = julianDayNumber(day);
      if (jdn < FIRST_JDN || jdn > LAST_JDN) return err(outOfRange(day));
      const month = monthOfDay(jdn, datePartsOf(day).year, offset);
      return ok({
        year: month.year,
        month: month.month,
        day: jdn - month.start + 1,
        leap: month.leap,
      });
    }),
  );
}

function describeLunar(date: LunarDate): string {
  return `${date.day}/${date.month}${date.leap ? 'L' : ''}/${date.year}`;
}

/**
 * Converts a Vietnamese lunar date to the solar (Gregorian) calendar.
 *
 * @param date - The lunar date; `leap: true` for the leap month.
 * @param options - `timeZoneOffset` in hours (default 7).
 * @returns `ok(isoDate)`, or `invalid_lunar_date` (no such day: a 30th of a 29-day month, a leap
 *   month the year does not have), `lunar_out_of_range`, `invalid_time_zone_offset`.
 * @example
 * ```ts
 * import { fromLunarDate } from 'to-cong-nghe-so';
 *
 * fromLunarDate({ year: 2026, month: 3, day: 10, leap: false }); // ok('2026-04-26')
 * fromLunarDate({ year: 2026, month: 3, day: 10, leap: true }).isErr(); // true
 * ```
 * @category Calendar
 */
export function fromLunarDate(
  date: LunarDate,
  options: LunarOptions = {},
): Result<IsoDate, LunarError> {
  return checkOffset(options).andThen((offset): Result<IsoDate, LunarError> => {
    if (date.year < 1899 || date.year > 2100) return err(outOfRange(describeLunar(date)));
    const months = sui(date.month >= 11 ? date.year : date.year - 1, offset);
    const month = months.find((m) => m.month === date.month && m.leap === date.leap);
    const length = month === undefined ? 0 : month.end - month.start + 1;
    if (month === undefined || !Number.isInteger(date.day) || date.day < 1 || date.day > length) {
      return err({
        code: 'invalid_lunar_date',
        path: [],
        message: {
          vi: `Ngày âm lịch ${describeLunar(date)} không có: ${
            month === undefined
              ? `năm âm lịch ${date.year} không có tháng ${date.month}${date.leap ? ' nhuận' : ''}.`
              : `tháng này có ${length} ngày.`
          }`,
          en: `Lunar date ${describeLunar(date)} does not exist: ${
            month === undefined
              ? `lunar year ${date.year} has no ${date.leap ? 'leap ' : ''}month ${date.month}.`
              : `that month has ${length} days.`
          }`,
        },
      });
    }
    const jdn = month.start + date.day - 1;
    if (jdn < FIRST_JDN || jdn > LAST_JDN) return err(outOfRange(describeLunar(date)));
    return ok(fromJulianDayNumber(jdn));
  });
}

/**
 * One month of a lunar year, as {@link lunarYear} lists it.
 *
 * @category Calendar
 */
export interface LunarMonthInfo {
  /** The month number, 1–12. */
  readonly month: number;
  /** Whether it is the leap month. */
  readonly leap: boolean;
  /** Its first day (mùng 1), a new moon. */
  readonly start: IsoDate;
  /** Its length: 29 or 30 days. */
  readonly days: number;
}

/**
 * A lunar year: its months in order, its Tết and its leap month.
 *
 * @category Calendar
 */
export interface LunarYearInfo {
  /** The lunar year. */
  readonly year: number;
  /** Tết Nguyên đán, its first day (1/1). */
  readonly newYear: IsoDate;
  /** The leap month's number, if the year has one. */
  readonly leapMonth?: number;
  /** Its 12 or 13 months in order. */
  readonly months: readonly LunarMonthInfo[];
}

/**
 * The months of a lunar year, with its Tết and its leap month.
 *
 * @param year - A lunar year, 1900–2100.
 * @param options - `timeZoneOffset` in hours (default 7).
 * @returns `ok(info)`, or `lunar_out_of_range` / `invalid_time_zone_offset`.
 * @example
 * ```ts
 * import { lunarYear } from 'to-cong-nghe-so';
 *
 * lunarYear(2025).map((y) => [y.newYear, y.leapMonth]); // ok(['2025-01-29', 6])
 * ```
 * @category Calendar
 */
export function lunarYear(
  year: number,
  options: LunarOptions = {},
): Result<LunarYearInfo, LunarError> {
  return checkOffset(options).andThen((offset): Result<LunarYearInfo, LunarError> => {
    if (!Number.isInteger(year) || year < 1900 || year > 2100) return err(outOfRange(String(year)));
    const months = [...sui(year - 1, offset), ...sui(year, offset)]
      .filter((m) => m.year === year)
      .map((m) => ({
        month: m.month,
        leap: m.leap,
        start: fromJulianDayNumber(m.start),
        days: m.end - m.start + 1,
      }));
    const leap = months.find((m) => m.leap);
    const newYear = months[0]?.start ?? LUNAR_RANGE.start;
    return ok(
      leap === undefined
        ? { year, newYear, months }
        : { year, newYear, leapMonth: leap.month, months },
    );
  });
}

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
  const vi = `${STEMS[s] ?? ''} ${BRANCHES[b] ?? ''}`;
  return {
    stem: s,
    branch: b,
    name: { vi, en: `${vi} (${ELEMENTS[Math.floor(s / 2)] ?? ''} ${ANIMALS[b] ?? ''})` },
  };
}

/**
 * The can–chi name of a lunar year.
 *
 * @param year - The lunar year.
 * @returns Its stem, branch and name.
 * @example
 * ```ts
 * import { yearCanChi } from 'to-cong-nghe-so';
 *
 * yearCanChi(2026).name; // { vi: 'Bính Ngọ', en: 'Bính Ngọ (Fire Horse)' }
 * ```
 * @category Calendar
 */
export function yearCanChi(year: number): CanChi {
  return canChi(year + 6, year + 8);
}

/**
 * The can–chi name of a lunar month. Month 1 is always a Dần month; its stem follows the year's.
 * A leap month takes, by the usual convention, the name of the month it repeats.
 *
 * @param year - The lunar year.
 * @param month - The lunar month, 1–12.
 * @returns Its stem, branch and name.
 * @example
 * ```ts
 * import { monthCanChi } from 'to-cong-nghe-so';
 *
 * monthCanChi(2026, 1).name.vi; // 'Canh Dần'
 * ```
 * @category Calendar
 */
export function monthCanChi(year: number, month: number): CanChi {
  return canChi(year * 12 + month + 3, month + 1);
}

/**
 * The can–chi name of a day (days follow the sexagenary cycle without a break).
 *
 * @param date - The solar date.
 * @returns Its stem, branch and name.
 * @example
 * ```ts
 * import { dayCanChi } from 'to-cong-nghe-so';
 *
 * dayCanChi('2000-01-01').name.vi; // 'Mậu Ngọ'
 * ```
 * @category Calendar
 */
export function dayCanChi(date: IsoDate): CanChi {
  const jdn = julianDayNumber(date);
  return canChi(jdn + 9, jdn + 1);
}
