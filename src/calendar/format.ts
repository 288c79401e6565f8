import { datePartsOf, toUtcDate } from '../_internal/dates.js';
import type { IsoDate } from './date.js';
import { type LunarDate, yearCanChi } from './lunar.js';

/**
 * How {@link formatVietnameseDate} writes a date.
 * - `long`: the administrative form of Nghị định 30/2020, "ngày 05 tháng 01 năm 2020" (days
 *   below 10 and months 1 and 2 zero-padded);
 * - `short`: "27/7/2022", as dates are written in running text.
 *
 * @category Calendar
 */
export type VietnameseDateStyle = 'long' | 'short';

/**
 * Writes a date in Vietnamese.
 *
 * @param date - The date.
 * @param style - `long` (default) or `short`.
 * @returns The Vietnamese text.
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
  const { year, month, day } = datePartsOf(date);
  if (style === 'short') return `${day}/${month}/${year}`;
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

const WEEKDAYS_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The day of the week of a date, 0 = Sunday … 6 = Saturday, whatever the host's time zone.
 *
 * @param date - The date.
 * @returns 0–6.
 * @example
 * ```ts
 * import { weekday } from 'to-cong-nghe-so';
 *
 * weekday('2026-04-26'); // 0 (Sunday)
 * ```
 * @category Calendar
 */
export function weekday(date: IsoDate): number {
  return toUtcDate(date).getUTCDay();
}

/**
 * The name of the day of the week of a date, in Vietnamese or English.
 *
 * @param date - The date.
 * @param language - `vi` (default) or `en`.
 * @returns "thứ Hai" … "thứ Bảy", "Chủ nhật"; or "Monday" … "Sunday".
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
  const names = language === 'vi' ? WEEKDAYS_VI : WEEKDAYS_EN;
  return names[weekday(date)] ?? '';
}

/**
 * Writes a lunar date the Vietnamese way: "mùng 10 tháng 3 năm Bính Ngọ" ("mùng" for days 1–10,
 * "ngày" after), with "nhuận" after a leap month and the year's can–chi name.
 *
 * @param date - The lunar date (from {@link toLunarDate}).
 * @returns The Vietnamese text.
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
  const day = date.day <= 10 ? `mùng ${date.day}` : `ngày ${date.day}`;
  const month = `tháng ${date.month}${date.leap ? ' nhuận' : ''}`;
  return `${day} ${month} năm ${yearCanChi(date.year).name.vi}`;
}
