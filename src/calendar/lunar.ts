import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { FIRST_DATE, LAST_DATE } from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import {
  invalidLunarDate,
  invalidTimeZoneOffset,
  type LunarDateFault,
  lunarOutOfRange,
} from '../problems/catalogue/calendar.js';
import { type Problem, raise } from '../problems/problem.js';
import { excerpt } from '../problems/words.js';
import { type IsoDate, parseIsoDate } from './date.js';
import { fromJulianDayNumber, julianDayNumber } from './julian.js';
import { REFERENCE_DAY } from './lunar-encoding.js';
import { VIETNAM_LUNAR_ERAS } from './lunar-eras.js';
import {
  findMonth,
  isProvisional,
  lunarDateOf,
  monthsOfYear,
  type Reckoning,
  reckoning,
} from './lunar-months.js';
import { PROVISIONAL_MONTHS } from './lunar-table.js';
import type { DateRange } from './period.js';

/**
 * Schema of a date of the Vietnamese lunar calendar (âm lịch).
 *
 * @example
 * ```ts
 * import { LunarDateSchema } from 'to-cong-nghe-so';
 *
 * LunarDateSchema.parse({ year: 2023, month: 2, day: 2, leap: true }); // { year: 2023, month: 2, day: 2, leap: true }
 * ```
 * @category Calendar
 */
export const LunarDateSchema = /* @__PURE__ */ lazySchema(() =>
  z
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
    .strict(),
);

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
   * A fixed time zone, in hours east of UTC, at which to date new moons and solar terms on
   * every date, instead of the calendar Vietnam used on that date (the default, see
   * {@link VIETNAM_LUNAR_ERAS}): 7 gives today's Vietnamese calendar carried back before 1968
   * (proleptic), 8 the calendar at UTC+8 throughout — China's since 1929, and the Republic of
   * Vietnam's until 1975.
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
export const LUNAR_RANGE: DateRange = Object.freeze({ start: FIRST_DATE, end: LAST_DATE });

/** Julian Day Numbers of the first and last supported days (1900-01-01, 2100-12-31). */
const FIRST_JDN = 2415021;
const LAST_JDN = 2488434;

/**
 * One lunar month whose first day depends on how fast the Earth will turn: its new moon falls so
 * near a midnight that the unknown future value of ΔT (the difference between the uniform time of
 * the ephemeris and the Earth's rotation) could move it to the next or the previous day.
 *
 * @category Calendar
 */
export interface ProvisionalLunarMonth {
  /** The fixed time zone offset, in hours, of the calendar concerned (7 Vietnam, 8 China). */
  readonly timeZoneOffset: number;
  /** The first day of the month as the library gives it. */
  readonly start: IsoDate;
  /** The first day it would have if ΔT turned out at the far end of its uncertainty. */
  readonly alternative: IsoDate;
  /** The moment of the new moon, UTC to the second, with ΔT as extrapolated today. */
  readonly newMoon: string;
  /** The uncertainty of ΔT assumed for that year, in seconds. */
  readonly uncertainty: number;
}

/**
 * The months of 1900–2100 whose first day depends on future ΔT, in Vietnam (UTC+7) and at
 * UTC+8: their new moon falls within the uncertainty of ΔT (1 s + 300 s × T², T in centuries
 * after 2025) of a midnight. The library gives the day for ΔT as the Swiss Ephemeris
 * extrapolates it; the calendar authorities will fix these months nearer the time. No month
 * before 2070 is provisional, and no solar term near a midnight changes a month's number.
 * {@link lunarYear} marks such months `provisional: true`, at any time zone.
 *
 * @example
 * ```ts
 * import { PROVISIONAL_LUNAR_MONTHS } from 'to-cong-nghe-so';
 *
 * PROVISIONAL_LUNAR_MONTHS.filter((m) => m.timeZoneOffset === 7).map((m) => m.start); // ['2072-12-09', '2077-11-16', '2085-10-19']
 * ```
 * @category Calendar
 */
export const PROVISIONAL_LUNAR_MONTHS: readonly ProvisionalLunarMonth[] = PROVISIONAL_MONTHS;

let historical: Reckoning | undefined;
const fixed = new Map<number, Reckoning>();

/** The reckoning of the options, or the problem with them. */
function reckoningOf(options: LunarOptions | undefined): Reckoning | LunarError {
  const offset = options?.timeZoneOffset;
  if (offset === undefined) {
    historical ??= reckoning(
      VIETNAM_LUNAR_ERAS.map((era, i) =>
        i === 0
          ? Number.NEGATIVE_INFINITY
          : (julianDayNumber(era.start) - REFERENCE_DAY) * 86400 - era.offsetSeconds,
      ),
      VIETNAM_LUNAR_ERAS.map((era) => era.offsetSeconds),
    );
    return historical;
  }
  if (typeof offset === 'number' && Number.isFinite(offset) && offset >= -12 && offset <= 14) {
    const seconds = Math.round(offset * 3600);
    let found = fixed.get(seconds);
    if (found === undefined) {
      // Few programs use more than a couple of offsets; keep the memory bounded for those that do.
      // Stryker disable next-line all: the cache only saves rebuilding a reckoning; the months rebuilt are the same
      if (fixed.size >= 8) fixed.clear();
      // Stryker disable next-line ArrayDeclaration: the first moment of a reckoning is never read (dayOf starts from the second)
      found = reckoning([Number.NEGATIVE_INFINITY], [seconds]);
      fixed.set(seconds, found);
    }
    return found;
  }
  return raise(invalidTimeZoneOffset, ['timeZoneOffset'], { input: excerpt(offset) });
}

function isReckoning(value: Reckoning | LunarError): value is Reckoning {
  return 'offsets' in value;
}

function outOfRange(input: string): LunarError {
  return raise(lunarOutOfRange, [], { input, start: LUNAR_RANGE.start, end: LUNAR_RANGE.end });
}

// Stryker disable next-line ArrayDeclaration: an empty table only declines the date or numbers it below zero, and toLunarDate then reads it with parseIsoDate
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  // Stryker disable next-line EqualityOperator,BlockStatement: reading no digit or one too many only declines the date or numbers it below zero, and toLunarDate then reads it with parseIsoDate
  for (let i = 0; i < count; i += 1) {
    // Stryker disable next-line ArithmeticOperator: a wrong character code only declines the date or numbers it below zero, and toLunarDate then reads it with parseIsoDate
    const c = text.charCodeAt(at + i) - 48;
    // Stryker disable next-line EqualityOperator: declining more characters only sends the date to parseIsoDate, which reads it the same
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * The Julian Day Number of a `YYYY-MM-DD` string naming a real day, read without allocating;
 * −1 for anything else.
 */
function dayNumber(date: unknown): number {
  // Stryker disable next-line StringLiteral,UnaryOperator: declining every string or answering 1 only declines the date or numbers it below zero, and toLunarDate then reads it with parseIsoDate
  if (typeof date !== 'string' || date.length !== 10) return -1;
  // Stryker disable next-line UnaryOperator: answering 1 for a declined date only declines the date or numbers it below zero, and toLunarDate then reads it with parseIsoDate
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  // Stryker disable next-line EqualityOperator,UnaryOperator: declining more dates, or answering 1 for them, only sends them to parseIsoDate, which reads them the same
  if (year < 0 || month < 1 || month > 12 || day < 1) return -1;
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  // Stryker disable next-line UnaryOperator: answering 1 for a declined date only declines the date or numbers it below zero, and toLunarDate then reads it with parseIsoDate
  if (day > (month === 2 && leapYear ? 29 : (MONTH_DAYS[month - 1] ?? 0))) return -1;
  const a = month <= 2 ? 1 : 0;
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

/**
 * Converts a solar (Gregorian) date to the Vietnamese lunar calendar.
 *
 * A month begins on the day of a new moon; month 11 holds the December solstice; in a year of
 * 13 months the leap month is the first with no major solar term. New moons and solar terms
 * come from a table computed once, to the second, from the Swiss Ephemeris (JPL DE431), so a
 * new moon seconds from midnight still falls on the right day (8 July 1967, 00:00:04 at UTC+7).
 * By default the day is reckoned as Vietnam did on that date ({@link VIETNAM_LUNAR_ERAS}): UTC+7
 * from 1968, UTC+8 before (Beijing time 1912–1928), so 25 months before 1968 begin a day later
 * than today's rule carried back would say; `timeZoneOffset` fixes one time zone throughout.
 *
 * @param date - A date from 1900-01-01 to 2100-12-31.
 * @param options - `timeZoneOffset` in hours for one fixed time zone (7: today's Vietnamese
 *   calendar carried back; 8: China's, the Republic of Vietnam's to 1975).
 * @returns `ok(lunarDate)`, or `invalid_date` (not a YYYY-MM-DD date) / `lunar_out_of_range` /
 * `invalid_time_zone_offset`.
 * @example
 * ```ts
 * import { toLunarDate } from 'to-cong-nghe-so';
 *
 * toLunarDate('2023-03-23'); // ok({ year: 2023, month: 2, day: 2, leap: true })
 * toLunarDate('2030-02-02'); // ok({ year: 2030, month: 1, day: 1, leap: false })
 * toLunarDate('2030-02-02', { timeZoneOffset: 8 }); // ok({ year: 2029, month: 12, day: 30, leap: false })
 * toLunarDate('1965-02-02'); // ok({ year: 1965, month: 1, day: 1, leap: false })
 * toLunarDate('1965-02-01', { timeZoneOffset: 7 }); // ok({ year: 1965, month: 1, day: 1, leap: false })
 * ```
 * @category Calendar
 */
export function toLunarDate(
  date: IsoDate,
  options: LunarOptions = {},
): Result<LunarDate, LunarError> {
  const found = reckoningOf(options);
  if (!isReckoning(found)) return err(found);
  let jdn = dayNumber(date);
  // Stryker disable next-line all: a date the fast reading declines is not a real date, and the range check below parses it again for its problem
  if (jdn < 0) {
    const parsed = parseIsoDate(date);
    if (parsed.isErr()) return err(parsed.error);
    jdn = julianDayNumber(parsed.value);
  }
  if (jdn < FIRST_JDN || jdn > LAST_JDN) {
    // Outside the supported dates, whose range is the lunar calendar's.
    const parsed = parseIsoDate(date);
    return err(parsed.isErr() ? parsed.error : outOfRange(excerpt(date)));
  }
  const month = lunarDateOf(found, jdn);
  if (month === undefined) return err(outOfRange(excerpt(date)));
  return ok({ year: month.year, month: month.month, day: jdn - month.start + 1, leap: month.leap });
}

/** A lunar date as people write it (day/month/year, L for a leap month), or the value quoted. */
function describeLunar(date: LunarDate): string {
  if (typeof date !== 'object' || date === null) return excerpt(date);
  // Stryker disable next-line StringLiteral: excerpt writes a number as String does
  const part = (value: unknown) => (typeof value === 'number' ? String(value) : excerpt(value));
  return `${part(date.day)}/${part(date.month)}${date.leap === true ? 'L' : ''}/${part(date.year)}`;
}

function noSuchDate(date: LunarDate, fault: LunarDateFault): LunarError {
  return raise(invalidLunarDate, [], { input: describeLunar(date), fault });
}

/**
 * Converts a Vietnamese lunar date to the solar (Gregorian) calendar.
 *
 * @param date - The lunar date; `leap: true` for the leap month.
 * @param options - `timeZoneOffset` in hours for one fixed time zone (by default, the calendar
 *   Vietnam used at that date, see {@link toLunarDate}).
 * @returns `ok(isoDate)`, or `invalid_lunar_date` (no such day: a 30th of a 29-day month, a leap
 *   month the year does not have), `lunar_out_of_range`, `invalid_time_zone_offset`.
 * @example
 * ```ts
 * import { fromLunarDate } from 'to-cong-nghe-so';
 *
 * fromLunarDate({ year: 2026, month: 3, day: 10, leap: false }); // ok('2026-04-26')
 * fromLunarDate({ year: 2026, month: 3, day: 10, leap: true }).isErr(); // true
 * fromLunarDate({ year: 1965, month: 1, day: 1, leap: false }); // ok('1965-02-02')
 * ```
 * @category Calendar
 */
export function fromLunarDate(
  date: LunarDate,
  options: LunarOptions = {},
): Result<IsoDate, LunarError> {
  const found = reckoningOf(options);
  if (!isReckoning(found)) return err(found);
  if (typeof date !== 'object' || date === null) {
    return err(noSuchDate(date, { kind: 'notLunarDate' }));
  }
  const { year, month: number, day, leap } = date;
  if (!Number.isInteger(year) || !Number.isInteger(number) || number < 1 || number > 12) {
    return err(noSuchDate(date, { kind: 'notWhole' }));
  }
  if (year < 1899 || year > 2100) return err(outOfRange(describeLunar(date)));
  const month = findMonth(found, year, number, leap === true);
  const length = month === undefined ? 0 : month.days;
  if (month === undefined || !Number.isInteger(day) || day < 1 || day > length) {
    return err(
      noSuchDate(
        date,
        month === undefined
          ? { kind: 'noSuchMonth', year, month: number, leap: leap === true }
          : Number.isInteger(day)
            ? { kind: 'dayOutOfMonth', days: length }
            : { kind: 'notWhole' },
      ),
    );
  }
  const jdn = month.start + day - 1;
  if (jdn < FIRST_JDN || jdn > LAST_JDN) return err(outOfRange(describeLunar(date)));
  return ok(fromJulianDayNumber(jdn));
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
  /**
   * Present (true) when its first day depends on ΔT not yet known (see
   * {@link PROVISIONAL_LUNAR_MONTHS}).
   */
  readonly provisional?: true;
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
 * @param options - `timeZoneOffset` in hours for one fixed time zone (by default, the calendar
 *   Vietnam used at that date, see {@link toLunarDate}).
 * @returns `ok(info)`, or `lunar_out_of_range` / `invalid_time_zone_offset`.
 * @example
 * ```ts
 * import { lunarYear } from 'to-cong-nghe-so';
 *
 * lunarYear(2025).map((y) => [y.newYear, y.leapMonth]); // ok(['2025-01-29', 6])
 * lunarYear(1965).map((y) => y.newYear); // ok('1965-02-02')
 * lunarYear(1965, { timeZoneOffset: 7 }).map((y) => y.newYear); // ok('1965-02-01')
 * ```
 * @category Calendar
 */
export function lunarYear(
  year: number,
  options: LunarOptions = {},
): Result<LunarYearInfo, LunarError> {
  const found = reckoningOf(options);
  if (!isReckoning(found)) return err(found);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return err(outOfRange(excerpt(year)));
  const months: LunarMonthInfo[] = monthsOfYear(found, year).map((m) => {
    const info = {
      month: m.month,
      leap: m.leap,
      start: fromJulianDayNumber(m.start),
      days: m.days,
    };
    return isProvisional(found, m) ? { ...info, provisional: true } : info;
  });
  const leap = months.find((m) => m.leap);
  // Stryker disable next-line OptionalChaining: every lunar year 1900–2100 has its months
  const newYear = months[0]?.start ?? LUNAR_RANGE.start;
  return ok(
    leap === undefined
      ? { year, newYear, months }
      : { year, newYear, leapMonth: leap.month, months },
  );
}
