/**
 * `to-cong-nghe-so/calendar` — dates, working days, public holidays, the lunar calendar, periods and
 * deadlines. Also exported by `to-cong-nghe-so` itself.
 *
 * @module to-cong-nghe-so/calendar
 */
export type { CalendarProblem } from './calendar-checks.js';
export { type CanChi, dayCanChi, monthCanChi, yearCanChi } from './can-chi.js';
export {
  compareIsoDates,
  type DateParts,
  type DateProblem,
  dateParts,
  type IsoDate,
  IsoDateSchema,
  isIsoDate,
  isoDate,
  parseIsoDate,
  SUPPORTED_DATES,
  type TimestampProblem,
  vietnamDateOf,
} from './date.js';
export { type Duration, DurationSchema, deadlineAfter } from './deadline.js';
export { VIETNAM_CALENDAR } from './default-calendar.js';
export {
  formatLunarDate,
  formatVietnameseDate,
  type VietnameseDateStyle,
  weekday,
  weekdayName,
} from './format.js';
export {
  type Holiday,
  HolidayDateSchema,
  type HolidayRule,
  HolidayRuleSchema,
  type HolidayRuleStatus,
  type HolidaySchedule,
  HolidayScheduleSchema,
  type MakeUpDay,
  type WorkingCalendar,
  WorkingCalendarSchema,
} from './holiday-schema.js';
export {
  addWorkingDays,
  holidaysIn,
  isWorkingDay,
  makeUpDaysIn,
  nextWorkingDay,
  workingDaysBetween,
} from './holidays.js';
export { LABOUR_CODE_2019_HOLIDAYS, VIETNAM_CULTURE_DAY } from './labour-code.js';
export {
  fromLunarDate,
  LUNAR_RANGE,
  type LunarDate,
  LunarDateSchema,
  type LunarError,
  type LunarMonthInfo,
  type LunarOptions,
  type LunarYearInfo,
  lunarYear,
  PROVISIONAL_LUNAR_MONTHS,
  type ProvisionalLunarMonth,
  toLunarDate,
} from './lunar.js';
export { type LunarEra, VIETNAM_LUNAR_ERAS } from './lunar-eras.js';
export { HOLIDAY_SCHEDULES } from './official-schedules.js';
export {
  comparePeriods,
  type DateRange,
  formatPeriod,
  type InvalidPeriodParams,
  nextPeriod,
  PERIOD_KINDS,
  type Period,
  type PeriodError,
  type PeriodIdFault,
  PeriodIdSchema,
  type PeriodKind,
  type PeriodProblem,
  parsePeriod,
  periodContaining,
  periodLabel,
  periodRange,
  periodsWithin,
  previousPeriod,
} from './period.js';
export {
  type CutoffPolicy,
  CutoffPolicySchema,
  type DataWindowPolicy,
  DataWindowPolicySchema,
  DECREE_09_CUTOFF,
  type DueDateOptions,
  type DueRule,
  DueRuleSchema,
  dataWindow,
  type ReportDueDateOptions,
  reportDueDate,
} from './window.js';
export {
  type CalendarExtension,
  extendCalendar,
  parseWorkingCalendar,
} from './working-calendar.js';
