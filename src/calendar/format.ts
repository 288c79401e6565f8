import { checkOneOf } from '../_internal/arguments.js';
import { checkDate, datePartsOf, epochDay, weekdayOfEpoch } from '../_internal/dates.js';
import { InvalidArgumentError } from '../problems/argument.js';
import type { Label } from '../text/label.js';
import { yearCanChi } from './can-chi.js';
import type { IsoDate } from './date.js';
import { fromLunarDate, type LunarDate } from './lunar.js';

/**
 * How {@link formatVietnameseDate} writes a date.
 * - `long`: the administrative form of Nghị định 30/2020, "ngày 05 tháng 01 năm 2020" (days
 *   below 10 and months 1 and 2 zero-padded);
 * - `short`: "27/7/2022", as dates are written in running text.
 *
 * @category Calendar
 */
export type VietnameseDateStyle = 'long' | 'short';

const STYLES: readonly VietnameseDateStyle[] = ['long', 'short'];

/**
 * Writes a date in Vietnamese.
 *
 * @param date - The date.
 * @param style - `long` (default) or `short`.
 * @returns The Vietnamese text.
 * @throws {@link InvalidArgumentError} when `date` is not an {@link IsoDate} (a day that does not
 *   exist, such as `2026-02-30`, is never printed) or `style` is not `long` or `short`.
 * @example
 * ```ts
 * import { formatVietnameseDate } from 'to-cong-nghe-so';
 *
 * formatVietnameseDate('2022-07-27'); // 'ngày 27 tháng 7 năm 2022'
 * formatVietnameseDate('2020-01-05'); // 'ngày 05 tháng 01 năm 2020'
 * formatVietnameseDate('2022-07-27', 'short'); // '27/7/2022'
 * ```
 * @category Calendar
 */
export function formatVietnameseDate(date: IsoDate, style: VietnameseDateStyle = 'long'): string {
  const { year, month, day } = datePartsOf(checkDate(date, 'date'));
  if (checkOneOf(style, 'style', STYLES) === 'short') return `${day}/${month}/${year}`;
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** The names of the days of the week, 0 = Sunday. */
export const WEEKDAY_LABELS: readonly Label[] = [
  { vi: 'Chủ nhật', en: 'Sunday' },
  { vi: 'thứ Hai', en: 'Monday' },
  { vi: 'thứ Ba', en: 'Tuesday' },
  { vi: 'thứ Tư', en: 'Wednesday' },
  { vi: 'thứ Năm', en: 'Thursday' },
  { vi: 'thứ Sáu', en: 'Friday' },
  { vi: 'thứ Bảy', en: 'Saturday' },
];

/**
 * The day of the week of a date, 0 = Sunday … 6 = Saturday, whatever the host's time zone.
 *
 * @param date - The date.
 * @returns 0–6.
 * @throws {@link InvalidArgumentError} when `date` is not an {@link IsoDate}.
 * @example
 * ```ts
 * import { weekday } from 'to-cong-nghe-so';
 *
 * weekday('2026-04-26'); // 0 (Sunday)
 * ```
 * @category Calendar
 */
export function weekday(date: IsoDate): number {
  return weekdayOfEpoch(epochDay(checkDate(date, 'date')));
}

const LANGUAGES: readonly ('vi' | 'en')[] = ['vi', 'en'];

/**
 * The name of the day of the week of a date, in Vietnamese or English.
 *
 * @param date - The date.
 * @param language - `vi` (default) or `en`.
 * @returns "thứ Hai" … "thứ Bảy", "Chủ nhật"; or "Monday" … "Sunday".
 * @throws {@link InvalidArgumentError} when `date` is not an {@link IsoDate} or `language` is
 *   not `vi` or `en`.
 * @example
 * ```ts
 * import { weekdayName } from 'to-cong-nghe-so';
 *
 * weekdayName('2022-07-27'); // 'thứ Tư'
 * weekdayName('2022-07-27', 'en'); // 'Wednesday'
 * ```
 * @category Calendar
 */
export function weekdayName(date: IsoDate, language: 'vi' | 'en' = 'vi'): string {
  const day = weekday(date);
  return (WEEKDAY_LABELS[day] as Label)[checkOneOf(language, 'language', LANGUAGES)];
}

const LUNAR_ARGUMENT: Label = {
  vi: 'một ngày âm lịch có thật `{ year, month, day, leap }` trong khoảng 1900–2100',
  en: 'a lunar date that exists `{ year, month, day, leap }` within 1900–2100',
};

/** Whether a value has the shape of a lunar date (whole numbers in range, `leap` a boolean). */
function isLunarShape(value: unknown): value is LunarDate {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: the fields of a primitive are undefined, and reading null throws into formatLunarDate's catch: refused either way
  if (typeof value !== 'object' || value === null) return false;
  const { year, month, day, leap } = value as Record<string, unknown>;
  const whole = (n: unknown, min: number, max: number) =>
    // Stryker disable next-line ConditionalExpression,LogicalOperator: fromLunarDate refuses the same values (not whole, out of range)
    typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
  return (
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the checks of year, month and day repeat fromLunarDate's (the leap flag's is not, and is caught)
    whole(year, 1899, 2100) && whole(month, 1, 12) && whole(day, 1, 30) && typeof leap === 'boolean'
  );
}

/**
 * Writes a lunar date the Vietnamese way: "mùng 10 tháng 3 năm Bính Ngọ" ("mùng" for days 1–10,
 * "ngày" after), with "nhuận" after a leap month and the year's can–chi name.
 *
 * @param date - The lunar date (from {@link toLunarDate}).
 * @returns The Vietnamese text.
 * @throws {@link InvalidArgumentError} when `date` is not a lunar date that exists within the
 *   supported range (a 30th of a 29-day month, a leap month the year does not have).
 * @example
 * ```ts
 * import { formatLunarDate, toLunarDate } from 'to-cong-nghe-so';
 *
 * formatLunarDate({ year: 2026, month: 3, day: 10, leap: false }); // 'mùng 10 tháng 3 năm Bính Ngọ'
 * toLunarDate('2023-03-23').map(formatLunarDate); // ok('mùng 2 tháng 2 nhuận năm Quý Mão')
 * formatLunarDate({ year: 2026, month: 8, day: 15, leap: false }); // 'ngày 15 tháng 8 năm Bính Ngọ'
 * ```
 * @category Calendar
 */
export function formatLunarDate(date: LunarDate): string {
  let shape: LunarDate | undefined;
  // Stryker disable BlockStatement: emptying the catch body changes nothing (shape is still unset when a field throws); the try body is excluded with it
  try {
    shape = isLunarShape(date)
      ? { year: date.year, month: date.month, day: date.day, leap: date.leap }
      : undefined;
  } catch {
    shape = undefined;
  }
  // Stryker restore BlockStatement
  // Stryker disable next-line ConditionalExpression: fromLunarDate refuses undefined too
  if (shape === undefined || fromLunarDate(shape).isErr()) {
    throw new InvalidArgumentError('date', LUNAR_ARGUMENT, date);
  }
  const day = shape.day <= 10 ? `mùng ${shape.day}` : `ngày ${shape.day}`;
  const month = `tháng ${shape.month}${shape.leap ? ' nhuận' : ''}`;
  return `${day} ${month} năm ${yearCanChi(shape.year).name.vi}`;
}
