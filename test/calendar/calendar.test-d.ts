import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CalendarProblem,
  createWorkingCalendar,
  type DataWindowPolicy,
  type DateRange,
  type DueRule,
  type Duration,
  dataWindow,
  deadlineAfter,
  fromLunarDate,
  type Holiday,
  type HolidayRule,
  holidaysIn,
  type IsoDate,
  type LunarDate,
  type LunarError,
  type LunarYearInfo,
  lunarYear,
  type Period,
  type PeriodError,
  parsePeriod,
  reportDueDate,
  toLunarDate,
  type WorkingCalendar,
} from '../../src/index.js';

describe('calendar types', () => {
  it('returns Results from fallible functions', () => {
    expectTypeOf(toLunarDate).returns.toEqualTypeOf<Result<LunarDate, LunarError>>();
    expectTypeOf(fromLunarDate).returns.toEqualTypeOf<Result<IsoDate, LunarError>>();
    expectTypeOf(lunarYear).returns.toEqualTypeOf<Result<LunarYearInfo, LunarError>>();
    expectTypeOf(parsePeriod).returns.toEqualTypeOf<Result<Period, PeriodError>>();
    expectTypeOf(createWorkingCalendar).returns.toEqualTypeOf<
      Result<WorkingCalendar, CalendarProblem[]>
    >();
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
    // @ts-expect-error a policy must be one of the named ones or a cut-off object
    dataWindow({ kind: 'month', year: 2026, index: 1 }, 'monthly');
  });
});
