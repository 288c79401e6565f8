// Queries on a working calendar: the days off and make-up days of a year, whether a day is a
// working day, and working-day arithmetic. Every date and count is checked at entry; the engine
// counts whole weeks at once and each year's exceptions from its cache, so a query over two
// centuries costs about as much as one over a month.
import { checkInteger } from '../_internal/arguments.js';
import {
  checkDate,
  epochDay,
  FIRST_DATE,
  FIRST_YEAR,
  fromEpochDay,
  LAST_DATE,
  LAST_YEAR,
} from '../_internal/dates.js';
import { InvalidArgumentError } from '../problems/argument.js';
import type { Label } from '../text/label.js';
import type { IsoDate } from './date.js';
import { calendarArgument, VIETNAM_CALENDAR } from './default-calendar.js';
import { addWorking, countWorking, isWorkingEpoch, yearDays } from './holiday-engine.js';
import type { Holiday, MakeUpDay, WorkingCalendar } from './holiday-schema.js';

export type { WorkingCalendar };
export { VIETNAM_CALENDAR };

/** The most working days a count may ask for: the supported dates hold fewer. */
const MAX_COUNT = epochDay(LAST_DATE) - epochDay(FIRST_DATE);

/**
 * The days off of a year, in date order: holidays from the rules, Điều 111's compensating days,
 * and the days of the official schedules that override the rules for that year.
 *
 * @param year - The solar year, 1900–2100.
 * @param calendar - The working calendar: {@link VIETNAM_CALENDAR} (the default), or one that
 *   {@link parseWorkingCalendar} or {@link extendCalendar} made.
 * @returns Fresh objects: the days off with their names and sources (a day two holidays share
 *   appears twice).
 * @throws {@link InvalidArgumentError} when `year` is not a whole number from 1900 to 2100, or
 *   `calendar` is not a calendar the library made (read your own with
 *   {@link parseWorkingCalendar}).
 * @example
 * ```ts
 * import { holidaysIn } from 'to-cong-nghe-so';
 *
 * holidaysIn(2026)
 *   .filter((h) => h.rule === 'hung-kings')
 *   .map((h) => [h.date, h.kind]);
 * // [['2026-04-26', 'holiday'], ['2026-04-27', 'compensating']]
 * ```
 * @category Calendar
 */
export function holidaysIn(year: number, calendar: WorkingCalendar = VIETNAM_CALENDAR): Holiday[] {
  checkInteger(year, 'year', FIRST_YEAR, LAST_YEAR);
  const days = yearDays(calendarArgument(calendar, 'calendar'), year);
  // Stryker disable ArrayDeclaration: every date read is a key of the map, so the fallback `[]` is never used
  return [...days.off.keys()]
    .sort()
    .flatMap((date) => days.off.get(date) ?? [])
    .map((holiday) => ({ ...holiday, name: { vi: holiday.name.vi, en: holiday.name.en } }));
}

// Stryker restore ArrayDeclaration
/**
 * The make-up working days of a year: weekly rest days that an official schedule makes working
 * days in exchange for a day off.
 *
 * @param year - The solar year, 1900–2100.
 * @param calendar - The working calendar: {@link VIETNAM_CALENDAR} (the default), or one that
 *   {@link parseWorkingCalendar} or {@link extendCalendar} made.
 * @returns The make-up days in date order (fresh objects).
 * @throws {@link InvalidArgumentError} when `year` is not a whole number from 1900 to 2100, or
 *   `calendar` is not a calendar the library made (read your own with
 *   {@link parseWorkingCalendar}).
 * @example
 * ```ts
 * import { makeUpDaysIn } from 'to-cong-nghe-so';
 *
 * makeUpDaysIn(2026).map((d) => d.date); // ['2026-01-10', '2026-08-22']
 * ```
 * @category Calendar
 */
export function makeUpDaysIn(
  year: number,
  calendar: WorkingCalendar = VIETNAM_CALENDAR,
): MakeUpDay[] {
  checkInteger(year, 'year', FIRST_YEAR, LAST_YEAR);
  const days = yearDays(calendarArgument(calendar, 'calendar'), year);
  // Stryker disable EqualityOperator: the dates are keys of one map, never equal, so `<` and `<=` sort alike
  return [...days.makeUp.values()]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((day) => ({ date: day.date, replaces: day.replaces, source: day.source }));
}

// Stryker restore EqualityOperator
/**
 * Whether a date is a working day: not a weekly rest day (unless a schedule makes it a make-up
 * day), and not a holiday, compensating day or scheduled day off.
 *
 * @param date - The date.
 * @param calendar - The working calendar: {@link VIETNAM_CALENDAR} (the default), or one that
 *   {@link parseWorkingCalendar} or {@link extendCalendar} made.
 * @returns `true` on a working day.
 * @throws {@link InvalidArgumentError} when `date` is not an {@link IsoDate} within 1900–2100
 *   (`'garbage'` is never a working day), or `calendar` is not a calendar the library made (read your own with
 *   {@link parseWorkingCalendar}).
 * @example
 * ```ts
 * import { isWorkingDay } from 'to-cong-nghe-so';
 *
 * isWorkingDay('2026-04-27'); // false (compensating day for Giỗ Tổ on Sunday 26/4)
 * isWorkingDay('2026-08-22'); // true (a Saturday worked for Monday 31/8)
 * isWorkingDay('2026-11-27'); // true
 * ```
 * @category Calendar
 */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = VIETNAM_CALENDAR): boolean {
  const day = epochDay(checkDate(date, 'date'));
  return isWorkingEpoch(calendarArgument(calendar, 'calendar'), day);
}

const RESULT_IN_RANGE: Label = {
  vi: `một số ngày làm việc mà ngày kết quả nằm trong khoảng ${FIRST_DATE} … ${LAST_DATE}`,
  en: `a number of working days whose result lies within ${FIRST_DATE} … ${LAST_DATE}`,
};

/**
 * Counts working days forward (or backward, for a negative count) from a date, not counting the
 * date itself: the deadline of "within N working days". The cost grows with the years crossed,
 * not the days.
 *
 * @param date - The starting day (not counted).
 * @param count - The number of working days, a whole number; 0 returns `date`.
 * @param calendar - The working calendar: {@link VIETNAM_CALENDAR} (the default), or one that
 *   {@link parseWorkingCalendar} or {@link extendCalendar} made.
 * @returns The `count`-th working day after (or before) `date`.
 * @throws {@link InvalidArgumentError} when `date` is not an {@link IsoDate}, `count` is not a
 *   whole number (`NaN`, `Infinity`, `1.5`), the result would fall outside 1900–2100, or
 *   `calendar` is not a calendar the library made (read your own with
 *   {@link parseWorkingCalendar}).
 * @example
 * ```ts
 * import { addWorkingDays } from 'to-cong-nghe-so';
 *
 * addWorkingDays('2026-02-12', 3); // '2026-02-24' (Tết 14/2–22/2 is skipped)
 * addWorkingDays('2026-02-24', -3); // '2026-02-12'
 * ```
 * @category Calendar
 */
export function addWorkingDays(
  date: IsoDate,
  count: number,
  calendar: WorkingCalendar = VIETNAM_CALENDAR,
): IsoDate {
  const start = epochDay(checkDate(date, 'date'));
  checkInteger(count, 'count', -MAX_COUNT, MAX_COUNT);
  const day = addWorking(calendarArgument(calendar, 'calendar'), start, count);
  if (day === undefined) throw new InvalidArgumentError('count', RESULT_IN_RANGE, count);
  return fromEpochDay(day);
}

/**
 * The signed number of working days from one date to another: those after `from` up to and
 * including `to`; when `to` is earlier, minus those from `to` up to but not including `from`. So
 * `addWorkingDays(from, workingDaysBetween(from, to)) === to` whenever `to` is a working day. The
 * cost grows with the years crossed, not the days.
 *
 * @param from - The first date.
 * @param to - The last date.
 * @param calendar - The working calendar: {@link VIETNAM_CALENDAR} (the default), or one that
 *   {@link parseWorkingCalendar} or {@link extendCalendar} made.
 * @returns The count of working days, negative when `to` is before `from`.
 * @throws {@link InvalidArgumentError} when `from` or `to` is not an {@link IsoDate} within
 *   1900–2100, or `calendar` is not a calendar the library made (read your own with
 *   {@link parseWorkingCalendar}).
 * @example
 * ```ts
 * import { workingDaysBetween } from 'to-cong-nghe-so';
 *
 * workingDaysBetween('2026-02-01', '2026-02-28'); // 15 (20 weekdays less 5 days of Tết)
 * workingDaysBetween('2026-02-28', '2026-02-01'); // -15
 * ```
 * @category Calendar
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar = VIETNAM_CALENDAR,
): number {
  const first = epochDay(checkDate(from, 'from'));
  const last = epochDay(checkDate(to, 'to'));
  const compiled = calendarArgument(calendar, 'calendar');
  // Stryker disable next-line EqualityOperator: when from and to are the same day both branches count 0
  return last >= first
    ? countWorking(compiled, first + 1, last)
    : 0 - countWorking(compiled, last, first - 1);
}

const DATE_BEFORE_LAST_WORKING_DAY: Label = {
  vi: `một ngày mà sau nó còn ngày làm việc trước ${LAST_DATE}`,
  en: `a date followed by a working day on or before ${LAST_DATE}`,
};

/**
 * The first working day on or after a date.
 *
 * @param date - The date.
 * @param calendar - The working calendar: {@link VIETNAM_CALENDAR} (the default), or one that
 *   {@link parseWorkingCalendar} or {@link extendCalendar} made.
 * @returns `date` itself if it is a working day, otherwise the next one.
 * @throws {@link InvalidArgumentError} when `date` is not an {@link IsoDate}, no working day
 *   follows it within 2100, or `calendar` is not a calendar the library made (read your own with
 *   {@link parseWorkingCalendar}).
 * @example
 * ```ts
 * import { nextWorkingDay } from 'to-cong-nghe-so';
 *
 * nextWorkingDay('2026-02-14'); // '2026-02-23'
 * ```
 * @category Calendar
 */
export function nextWorkingDay(
  date: IsoDate,
  calendar: WorkingCalendar = VIETNAM_CALENDAR,
): IsoDate {
  const day = epochDay(checkDate(date, 'date'));
  const compiled = calendarArgument(calendar, 'calendar');
  if (isWorkingEpoch(compiled, day)) return fromEpochDay(day);
  const next = addWorking(compiled, day, 1);
  if (next === undefined)
    throw new InvalidArgumentError('date', DATE_BEFORE_LAST_WORKING_DAY, date);
  return fromEpochDay(next);
}
