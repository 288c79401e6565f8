// The default working calendar and the check of a calendar argument: all that counting working
// days needs. Calendars made by the library are registered here, compiled; a calendar read from
// data comes from working-calendar.ts (the reader), so that a bundle of `isWorkingDay` with the
// default calendar carries neither the reader nor the lunar calendar.
import { deepFreeze } from '../_internal/freeze.js';
import { InvalidArgumentError } from '../problems/argument.js';
import type { Label } from '../text/label.js';
import { type CompiledCalendar, compileCalendar, type LunarAnchor } from './holiday-engine.js';
import type { WorkingCalendar } from './holiday-schema.js';
import { LABOUR_CODE_2019_HOLIDAYS } from './labour-code.js';
import { HOLIDAY_SCHEDULES } from './official-schedules.js';
import { defaultLunarAnchor } from './tet-encoding.js';

/**
 * The default working calendar: Monday to Friday, the Labour Code 2019 holidays with Điều 111's
 * compensating days, and the official schedules of {@link HOLIDAY_SCHEDULES} for state bodies'
 * officials, civil servants and public employees. Frozen: build another calendar with
 * {@link extendCalendar}.
 *
 * @example
 * ```ts
 * import { VIETNAM_CALENDAR } from 'to-cong-nghe-so';
 *
 * VIETNAM_CALENDAR.weeklyRestDays; // [6, 0]
 * Object.isFrozen(VIETNAM_CALENDAR.weeklyRestDays); // true
 * ```
 * @category Calendar
 */
export const VIETNAM_CALENDAR: WorkingCalendar = deepFreeze({
  name: {
    vi: 'Lịch làm việc của cơ quan hành chính nhà nước',
    en: 'Working calendar of state administrative bodies',
  },
  weeklyRestDays: [6, 0],
  rules: [...LABOUR_CODE_2019_HOLIDAYS],
  schedules: [...HOLIDAY_SCHEDULES],
});

/** Compiled calendars, by the object the library returned. */
const COMPILED = new WeakMap<object, CompiledCalendar>();

/** @internal Prepares a calendar the library returns for counting (it must be frozen and valid). */
export function registerCalendar(calendar: WorkingCalendar, lunar: LunarAnchor): void {
  COMPILED.set(calendar, compileCalendar(calendar, lunar));
}

/** What a calendar argument must be. */
const CALENDAR_ARGUMENT: Label = {
  vi: 'một lịch làm việc do thư viện tạo: `VIETNAM_CALENDAR`, hoặc lịch mà `parseWorkingCalendar` hay `extendCalendar` trả về (lịch tự viết thì đọc bằng `parseWorkingCalendar` trước)',
  en: 'a working calendar made by the library: `VIETNAM_CALENDAR`, or one that `parseWorkingCalendar` or `extendCalendar` returned (read a hand-written calendar with `parseWorkingCalendar` first)',
};

/**
 * @internal Checks a calendar argument and returns it ready for counting.
 *
 * @throws {@link InvalidArgumentError} when it is not a calendar the library made.
 */
export function calendarArgument(value: unknown, argument: string): CompiledCalendar {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: WeakMap's get answers undefined for null or a primitive, which is then refused below like any unknown object
  if (typeof value === 'object' && value !== null) {
    const compiled = COMPILED.get(value);
    if (compiled !== undefined) return compiled;
    if (value === VIETNAM_CALENDAR) {
      const fresh = compileCalendar(VIETNAM_CALENDAR, defaultLunarAnchor);
      COMPILED.set(VIETNAM_CALENDAR, fresh);
      return fresh;
    }
  }
  throw new InvalidArgumentError(argument, CALENDAR_ARGUMENT, value);
}

/**
 * @internal Checks a calendar argument and returns it as given: the object the library made,
 * not a copy (a copy is not a calendar the library made, and counting refuses it).
 *
 * @throws {@link InvalidArgumentError} when it is not a calendar the library made.
 */
export function checkCalendar(value: unknown, argument: string): WorkingCalendar {
  calendarArgument(value, argument);
  return value as WorkingCalendar;
}
