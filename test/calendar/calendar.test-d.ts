import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CalendarProblem,
  type DataWindowPolicy,
  type DateRange,
  type DueDateOptions,
  type DueRule,
  type Duration,
  dataWindow,
  deadlineAfter,
  extendCalendar,
  fromLunarDate,
  type Holiday,
  type HolidayRule,
  type HolidayRuleStatus,
  holidaysIn,
  type IsoDate,
  type LunarDate,
  type LunarError,
  type LunarYearInfo,
  lunarYear,
  type Period,
  type PeriodError,
  type PeriodProblem,
  type Problem,
  parsePeriod,
  parseWorkingCalendar,
  periodsWithin,
  type ReportDueDateOptions,
  reportDueDate,
  toLunarDate,
  VIETNAM_CULTURE_DAY,
  type WorkingCalendar,
} from '../../src/index.js';

describe('calendar types', () => {
  it('returns Results from fallible functions', () => {
    expectTypeOf(toLunarDate).returns.toEqualTypeOf<Result<LunarDate, LunarError>>();
    expectTypeOf(fromLunarDate).returns.toEqualTypeOf<Result<IsoDate, LunarError>>();
    expectTypeOf(lunarYear).returns.toEqualTypeOf<Result<LunarYearInfo, LunarError>>();
    expectTypeOf(parsePeriod).returns.toEqualTypeOf<Result<Period, Problem<'invalid_period'>>>();
    expectTypeOf(periodsWithin).returns.toEqualTypeOf<Result<Period[], PeriodProblem>>();
    expectTypeOf(parseWorkingCalendar).returns.toEqualTypeOf<
      Result<WorkingCalendar, CalendarProblem[]>
    >();
    expectTypeOf(extendCalendar).returns.toEqualTypeOf<
      Result<WorkingCalendar, CalendarProblem[]>
    >();
  });

  it('reads any value as a period id or a calendar', () => {
    expectTypeOf(parsePeriod).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseWorkingCalendar).parameter(0).toEqualTypeOf<unknown>();
  });

  it('names problems *Problem, keeping the former names as aliases', () => {
    expectTypeOf<PeriodError>().toEqualTypeOf<PeriodProblem>();
    expectTypeOf<DueDateOptions>().toEqualTypeOf<ReportDueDateOptions>();
    expectTypeOf<PeriodProblem['code']>().toEqualTypeOf<
      'invalid_period' | 'period_not_nested' | 'invalid_argument'
    >();
    expectTypeOf<Exclude<CalendarProblem['code'], Problem<never>['code']>>().toExtend<string>();
    expectTypeOf<
      | 'duplicate_holiday_rule'
      | 'unknown_holiday_rule'
      | 'schedule_year_mismatch'
      | 'days_off_reversed'
      | 'make_up_day_not_rest_day'
      | 'duplicate_rest_day'
      | 'invalid_argument'
      | 'invalid_type'
    >().toExtend<CalendarProblem['code']>();
  });

  it('types the parameters of calendar problems', () => {
    expectTypeOf<Problem<'invalid_period'>['params']>().toEqualTypeOf<
      | {
          readonly input: string;
          readonly fault:
            | 'notText'
            | 'empty'
            | 'year'
            | 'range'
            | 'suffix'
            | 'month'
            | 'letterCase'
            | 'quarter'
            | 'half'
            | 'week'
            | 'weekOfYear'
            | 'unknown';
          readonly year?: number;
          readonly weeks?: number;
        }
      | undefined
    >();
    expectTypeOf<NonNullable<Problem<'make_up_day_not_rest_day'>['params']>>().toEqualTypeOf<{
      date: string;
      weekday: { vi: string; en: string };
    }>();
    expectTypeOf<
      NonNullable<Problem<'duplicate_holiday_rule'>['params']>['ruleId']
    >().toEqualTypeOf<string>();
  });

  it('types lunar dates, holidays and rules', () => {
    expectTypeOf<LunarDate>().toEqualTypeOf<{
      year: number;
      month: number;
      day: number;
      leap: boolean;
    }>();
    expectTypeOf<Holiday['kind']>().toEqualTypeOf<'holiday' | 'compensating' | 'scheduled'>();
    expectTypeOf<HolidayRule['date']['calendar']>().toEqualTypeOf<'solar' | 'lunar'>();
    expectTypeOf<HolidayRule['status']>().toEqualTypeOf<HolidayRuleStatus>();
    expectTypeOf<HolidayRuleStatus>().toEqualTypeOf<'inForce' | 'proposed'>();
    expectTypeOf(VIETNAM_CULTURE_DAY).toEqualTypeOf<HolidayRule>();
    expectTypeOf(holidaysIn).returns.toEqualTypeOf<Holiday[]>();
    expectTypeOf<LunarError['code']>().toEqualTypeOf<
      | 'invalid_date'
      | 'date_out_of_range'
      | 'lunar_out_of_range'
      | 'invalid_lunar_date'
      | 'invalid_time_zone_offset'
    >();
  });

  it('takes policies, durations and due rules', () => {
    expectTypeOf(dataWindow).parameter(1).toEqualTypeOf<DataWindowPolicy | undefined>();
    expectTypeOf(dataWindow).returns.toEqualTypeOf<DateRange>();
    expectTypeOf<Duration['unit']>().toEqualTypeOf<
      'day' | 'week' | 'month' | 'year' | 'workingDay'
    >();
    expectTypeOf(deadlineAfter).returns.toEqualTypeOf<IsoDate>();
    expectTypeOf<DueRule['kind']>().toEqualTypeOf<
      'daysAfterEnd' | 'workingDaysAfterEnd' | 'dayOfNextMonth' | 'fixedDate'
    >();
    expectTypeOf(reportDueDate).returns.toEqualTypeOf<IsoDate>();
    expectTypeOf(reportDueDate).parameter(2).toEqualTypeOf<ReportDueDateOptions | undefined>();
    // @ts-expect-error a policy must be one of the named ones or a cut-off object
    dataWindow({ kind: 'month', year: 2026, index: 1 }, 'monthly');
  });
});
