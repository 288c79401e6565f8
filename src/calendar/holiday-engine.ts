// The working-day engine. A calendar is compiled once (rest days, schedules by year); each year's
// days off are computed once from the rules and schedules and kept, with the days whose status
// differs from the weekly pattern ("exceptions") sorted and summed. Counting working days over a
// span then costs the whole weeks at once plus a binary search in each year crossed: time in
// proportion to the years (at most 201), never to the days.
import {
  addDaysTo,
  epochDay,
  FIRST_YEAR,
  fromEpochDay,
  type IsoDate,
  isoDateOf,
  isSupportedDate,
  LAST_YEAR,
  weekdayOfEpoch,
} from '../_internal/dates.js';
import type { Label } from '../text/label.js';
import type {
  Holiday,
  HolidayRule,
  HolidaySchedule,
  MakeUpDay,
  WorkingCalendar,
} from './holiday-schema.js';

/** The days off and make-up days that one year's rules and schedules produce. */
interface DaysOff {
  readonly off: Map<IsoDate, Holiday[]>;
  readonly makeUp: Map<IsoDate, MakeUpDay>;
}

/** The days off and make-up days falling in one solar year, with the exceptions to the pattern. */
export interface YearDays extends DaysOff {
  /** Epoch days whose working status differs from the weekly pattern, in order. */
  readonly exceptions: Int32Array;
  /** `prefix[i]`: the sum of the first `i` exceptions (+1 a make-up day, −1 a day off). */
  readonly prefix: Int32Array;
}

/**
 * The solar date of a lunar day (month 1–12, never the leap month) in a lunar year, or
 * `undefined` outside the supported years. The engine takes it from whoever compiles a calendar,
 * so that the default calendar, whose only lunar days are Tết and the Hùng Kings' day, needs no
 * lunar calendar (see tet-table.ts), and a calendar read from data gets the whole one.
 */
export type LunarAnchor = (year: number, month: number, day: number) => IsoDate | undefined;

/** A calendar ready for counting. */
export interface CompiledCalendar {
  /** The calendar. */
  readonly calendar: WorkingCalendar;
  /** Where the lunar days of its rules fall. */
  readonly lunar: LunarAnchor;
  /** `rest[d]`: whether weekday `d` (0 = Sunday) is a weekly rest day. */
  readonly rest: readonly boolean[];
  /** Working days in a week without holidays. */
  readonly workPerWeek: number;
  /** The schedules of each year, in the calendar's order. */
  readonly schedulesByYear: ReadonlyMap<number, readonly HolidaySchedule[]>;
  /** What each year's own rules and schedules give (cache). */
  readonly produced: Map<number, DaysOff>;
  /** The days of each solar year (cache). */
  readonly years: Map<number, YearDays>;
}

/** Prepares a (valid) calendar for counting. */
export function compileCalendar(calendar: WorkingCalendar, lunar: LunarAnchor): CompiledCalendar {
  const rest = Array.from({ length: 7 }, (_, day) => calendar.weeklyRestDays.includes(day));
  const schedulesByYear = new Map<number, HolidaySchedule[]>();
  for (const schedule of calendar.schedules) {
    const list = schedulesByYear.get(schedule.year) ?? [];
    list.push(schedule);
    schedulesByYear.set(schedule.year, list);
  }
  return {
    calendar,
    lunar,
    rest,
    workPerWeek: rest.filter((isRest) => !isRest).length,
    schedulesByYear,
    produced: new Map(),
    years: new Map(),
  };
}

function weekdayOf(date: IsoDate): number {
  return weekdayOfEpoch(epochDay(date));
}

function anchorOf(
  compiled: CompiledCalendar,
  rule: HolidayRule,
  year: number,
): IsoDate | undefined {
  const { month, day } = rule.date;
  if (rule.date.calendar === 'solar') {
    const date = isoDateOf(year, month, day);
    return isSupportedDate(date) ? date : undefined;
  }
  // The lunar year before the first supported one ends in January of that year (its 12th month).
  if (year < FIRST_YEAR - 1 || year > LAST_YEAR) return undefined;
  return compiled.lunar(year, month, day);
}

function applies(rule: HolidayRule, date: IsoDate): boolean {
  return (
    (rule.from === undefined || rule.from <= date) && (rule.to === undefined || date <= rule.to)
  );
}

function describeSource(schedule: HolidaySchedule): string {
  const { document, date } = schedule.source;
  if (date === undefined) return document;
  return `${document} (${Number(date.slice(8))}/${Number(date.slice(5, 7))}/${date.slice(0, 4)})`;
}

function addOff(off: Map<IsoDate, Holiday[]>, holiday: Holiday): void {
  const list = off.get(holiday.date);
  if (list === undefined) off.set(holiday.date, [holiday]);
  else list.push(holiday);
}

/** The days of some spans (each at most about three years long: see `schedule_year_mismatch`). */
function daysIn(ranges: readonly { start: IsoDate; end: IsoDate }[]): IsoDate[] {
  // Stryker disable next-line ArrayDeclaration: a stray first entry is no date of any year, so no query ever reads it
  const days: IsoDate[] = [];
  for (const { start, end } of ranges) {
    const last = epochDay(end);
    for (let day = epochDay(start); day <= last; day += 1) days.push(fromEpochDay(day));
  }
  return days;
}

/** The `rule` of a working day made a day off by a make-up day outside every occasion. */
export const SWAPPED_RULE = 'swapped-day';
const SWAPPED: Label = { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' };
const COMPENSATION_SOURCE = 'Bộ luật Lao động 2019, Điều 111 khoản 3';

interface Owner {
  readonly occasion: object;
  readonly days: readonly IsoDate[];
  readonly source: string;
}

/**
 * For each holiday the last schedule of the year that sets it, with its days; and the make-up
 * days that still count. A make-up day counts while the schedule that sets it still owns the
 * occasion whose span holds the day it replaces (a swap outside every occasion of its schedule
 * always counts); the day it replaces becomes a day off.
 */
function scheduledDays(schedules: readonly HolidaySchedule[]) {
  const owners = new Map<string, Owner>();
  const spans = schedules.map((schedule) =>
    schedule.occasions.map((occasion) => daysIn(occasion.daysOff)),
  );
  schedules.forEach((schedule, i) => {
    const source = describeSource(schedule);
    schedule.occasions.forEach((occasion, j) => {
      // Stryker disable next-line OptionalChaining,ArrayDeclaration: spans is built from these same schedules and occasions
      owners.set(occasion.rule, { occasion, days: spans[i]?.[j] ?? [], source });
    });
  });
  const makeUp = new Map<IsoDate, MakeUpDay>();
  const swapped: { date: IsoDate; source: string }[] = [];
  schedules.forEach((schedule, i) => {
    const source = describeSource(schedule);
    const occasionOf = new Map<IsoDate, (typeof schedule.occasions)[number]>();
    schedule.occasions.forEach((occasion, j) => {
      // Stryker disable next-line OptionalChaining,ArrayDeclaration: spans is built from these same schedules and occasions
      for (const day of spans[i]?.[j] ?? [])
        if (!occasionOf.has(day)) occasionOf.set(day, occasion);
    });
    for (const day of schedule.makeUpDays) {
      const occasion = occasionOf.get(day.replaces);
      // Stryker disable next-line OptionalChaining: every occasion's rule was given an owner above
      if (occasion !== undefined && owners.get(occasion.rule)?.occasion !== occasion) continue;
      makeUp.set(day.date, { date: day.date, replaces: day.replaces, source });
      // Stryker disable next-line ConditionalExpression: a replaced day inside an occasion this schedule owns is already a day off, and a swapped day is only added when it is not
      if (occasion === undefined) swapped.push({ date: day.replaces, source });
    }
  });
  return { owners, makeUp, swapped };
}

/**
 * Gives each holiday that falls on a weekly rest day its compensating day: the next day that is
 * neither off nor a rest day (Điều 111.3).
 */
function compensate(
  holidays: Holiday[],
  off: Map<IsoDate, Holiday[]>,
  makeUp: ReadonlyMap<IsoDate, MakeUpDay>,
  rest: readonly boolean[],
): void {
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // In date order, each search starts after the last compensating day given: the days between
  // were found taken already, so every day off is passed over once in all.
  let last = Number.NEGATIVE_INFINITY;
  for (const holiday of holidays) {
    let day = Math.max(epochDay(holiday.date), last) + 1;
    let date = fromEpochDay(day);
    while (off.has(date) || (rest[weekdayOfEpoch(day)] && !makeUp.has(date))) {
      day += 1;
      date = fromEpochDay(day);
    }
    last = day;
    addOff(off, {
      date,
      rule: holiday.rule,
      name: { vi: `Nghỉ bù ${holiday.name.vi}`, en: `Compensating day for ${holiday.name.en}` },
      kind: 'compensating',
      source: COMPENSATION_SOURCE,
    });
  }
}

/** The days off and make-up days that the rules and schedules of one year produce. */
function produce(compiled: CompiledCalendar, year: number): DaysOff {
  const { calendar, rest } = compiled;
  const { owners, makeUp, swapped } = scheduledDays(compiled.schedulesByYear.get(year) ?? []);
  const off = new Map<IsoDate, Holiday[]>();
  const toCompensate: Holiday[] = [];
  for (const rule of calendar.rules) {
    const owner = owners.get(rule.id);
    if (owner !== undefined) {
      for (const date of owner.days) {
        addOff(off, {
          date,
          rule: rule.id,
          name: rule.name,
          kind: 'scheduled',
          source: owner.source,
        });
      }
      continue;
    }
    const anchor = anchorOf(compiled, rule, year);
    if (anchor === undefined) continue;
    for (let i = 0; i < rule.days; i += 1) {
      const date = addDaysTo(anchor, rule.offset + i);
      if (!applies(rule, date)) continue;
      const holiday: Holiday = {
        date,
        rule: rule.id,
        name: rule.name,
        kind: 'holiday',
        source: rule.source,
      };
      addOff(off, holiday);
      if (rule.compensate && rest[weekdayOf(date)] && !makeUp.has(date)) toCompensate.push(holiday);
    }
  }
  for (const { date, source } of swapped) {
    if (!off.has(date)) {
      addOff(off, { date, rule: SWAPPED_RULE, name: SWAPPED, kind: 'scheduled', source });
    }
  }
  compensate(toCompensate, off, makeUp, rest);
  return { off, makeUp };
}

function producedIn(compiled: CompiledCalendar, year: number): DaysOff {
  let days = compiled.produced.get(year);
  // Stryker disable next-line ConditionalExpression: a cache; producing the year again gives the same days
  if (days === undefined) {
    days = produce(compiled, year);
    compiled.produced.set(year, days);
  }
  return days;
}

/** Whether a day is a working day, given the days of its year. */
function working(compiled: CompiledCalendar, days: DaysOff, date: IsoDate): boolean {
  if (days.off.has(date)) return false;
  return days.makeUp.has(date) || !compiled.rest[weekdayOf(date)];
}

/** The days off and make-up days falling in a solar year (from its rules and its neighbours'). */
export function yearDays(compiled: CompiledCalendar, year: number): YearDays {
  const cached = compiled.years.get(year);
  // Stryker disable next-line ConditionalExpression: a cache; computing the year again gives the same days
  if (cached !== undefined) return cached;
  const off = new Map<IsoDate, Holiday[]>();
  const makeUp = new Map<IsoDate, MakeUpDay>();
  // Stryker disable next-line StringLiteral: the years read, 1899–2101, all have four digits
  const prefix = `${String(year).padStart(4, '0')}-`;
  for (const source of [year - 1, year, year + 1].map((y) => producedIn(compiled, y))) {
    for (const [date, holidays] of source.off) {
      if (date.startsWith(prefix)) for (const holiday of holidays) addOff(off, holiday);
    }
    for (const [date, day] of source.makeUp) if (date.startsWith(prefix)) makeUp.set(date, day);
  }
  const days: DaysOff = { off, makeUp };
  const changed = [...new Set([...off.keys(), ...makeUp.keys()])]
    .filter((date) => working(compiled, days, date) === Boolean(compiled.rest[weekdayOf(date)]))
    .map((date) => epochDay(date))
    .sort((a, b) => a - b);
  const exceptions = Int32Array.from(changed);
  const sums = new Int32Array(exceptions.length + 1);
  exceptions.forEach((day, i) => {
    sums[i + 1] = (sums[i] ?? 0) + (compiled.rest[weekdayOfEpoch(day)] ? 1 : -1);
  });
  const result: YearDays = { off, makeUp, exceptions, prefix: sums };
  compiled.years.set(year, result);
  return result;
}

/** The epoch day of 1 January of a year (proleptic Gregorian; no Date object). */
function firstDayOf(year: number): number {
  const y = year - 1;
  return 365 * (y - 1969) + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 477;
}

/** The year of an epoch day. */
export function yearOfEpoch(day: number): number {
  let year = Math.floor(day / 365.2425) + 1970;
  // Stryker disable next-line EqualityOperator: stepping back from 1 January is undone by the loop below
  while (firstDayOf(year) > day) year -= 1;
  while (firstDayOf(year + 1) <= day) year += 1;
  return year;
}

/** Whether an epoch day is a working day. */
export function isWorkingEpoch(compiled: CompiledCalendar, day: number): boolean {
  const date = fromEpochDay(day);
  return working(compiled, yearDays(compiled, Number(date.slice(0, 4))), date);
}

/** The first index of a sorted array whose value is ≥ (or > when `after`) a day. */
function bound(values: Int32Array, day: number, after: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const value = values[mid] ?? 0;
    if (value < day || (after && value === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The working days from `first` to `last` (epoch days, both included); 0 when `first > last`. */
export function countWorking(compiled: CompiledCalendar, first: number, last: number): number {
  // Stryker disable next-line ConditionalExpression: callers never pass first > last + 1, and first = last + 1 counts 0 without it
  if (first > last) return 0;
  // Stryker disable next-line ArithmeticOperator: a week fewer counted at once is counted day by day in the loop below
  const weeks = Math.floor((last - first + 1) / 7);
  let count = weeks * compiled.workPerWeek;
  for (let day = first + weeks * 7; day <= last; day += 1) {
    if (!compiled.rest[weekdayOfEpoch(day)]) count += 1;
  }
  for (let year = yearOfEpoch(first); year <= yearOfEpoch(last); year += 1) {
    const { exceptions, prefix } = yearDays(compiled, year);
    count +=
      (prefix[bound(exceptions, last, true)] ?? 0) - (prefix[bound(exceptions, first, false)] ?? 0);
  }
  return count;
}

/**
 * The `count`-th working day after (count > 0) or before (count < 0) an epoch day, year by year
 * then by binary search in the last year; `undefined` when it falls outside 1900–2100.
 */
export function addWorking(
  compiled: CompiledCalendar,
  start: number,
  count: number,
): number | undefined {
  if (count === 0) return start;
  let current = start;
  let left = Math.abs(count);
  // Stryker disable next-line EqualityOperator: a count of 0 has returned above
  if (count > 0) {
    for (;;) {
      const year = yearOfEpoch(current + 1);
      if (year > LAST_YEAR) return undefined;
      const end = firstDayOf(year + 1) - 1;
      const available = countWorking(compiled, current + 1, end);
      if (available >= left) {
        // Stryker disable next-line ArithmeticOperator: the span before current + 1 is empty and counts 0, so the search moves past it
        let lo = current + 1;
        let hi = end;
        while (lo < hi) {
          const mid = Math.floor((lo + hi) / 2);
          if (countWorking(compiled, current + 1, mid) >= left) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      }
      left -= available;
      current = end;
    }
  }
  for (;;) {
    const year = yearOfEpoch(current - 1);
    if (year < FIRST_YEAR) return undefined;
    const begin = firstDayOf(year);
    const available = countWorking(compiled, begin, current - 1);
    if (available >= left) {
      let lo = begin;
      // Stryker disable next-line ArithmeticOperator: the span after current - 1 is empty and counts 0, so the search moves past it
      let hi = current - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (countWorking(compiled, mid, current - 1) >= left) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }
    left -= available;
    current = begin;
  }
}
