// The checks of a working calendar beyond its shape, each a small named function testable alone.
// They read the raw (cleaned) input, so that they run in the same pass as the schema: a bad date
// in one schedule never hides an unknown holiday in another.
import { epochDay, isRealDate, weekdayOfEpoch } from '../_internal/dates.js';
import {
  daysOffReversed,
  duplicateHolidayRule,
  duplicateRestDay,
  makeUpDayNotRestDay,
  type RuleRef,
  scheduleYearMismatch,
  unknownHolidayRule,
} from '../problems/catalogue/calendar.js';
import type { InputProblem } from '../problems/input.js';
import { type Problem, type ProblemPath, raise } from '../problems/problem.js';
import { MAX_EXCERPT } from '../problems/words.js';
import type { Label } from '../text/label.js';
import { WEEKDAY_LABELS } from './format.js';

/**
 * The problems of {@link parseWorkingCalendar} and {@link extendCalendar}: a shape problem,
 * `duplicate_holiday_rule`, `unknown_holiday_rule`, `schedule_year_mismatch` (a day off or make-up
 * day more than a year from its schedule's year), `days_off_reversed`, `make_up_day_not_rest_day`,
 * `duplicate_rest_day`, or `invalid_argument` (a base calendar that is not one).
 *
 * @category Calendar
 */
export type CalendarProblem =
  | InputProblem
  | Problem<
      | 'duplicate_holiday_rule'
      | 'unknown_holiday_rule'
      | 'schedule_year_mismatch'
      | 'days_off_reversed'
      | 'make_up_day_not_rest_day'
      | 'duplicate_rest_day'
      | 'invalid_argument'
    >;

/** A part of the input to check, with its path in the user's document. */
export interface Part {
  /** The raw (cleaned) value. */
  readonly value: unknown;
  /** Where it is. */
  readonly path: ProblemPath;
}

/** What the checks look at: the parts the user wrote, and what the resulting calendar holds. */
export interface CalendarDraft {
  /** The rules written, whose ids must be unique among themselves. */
  readonly rules: readonly Part[];
  /** Every rule id the resulting calendar has. */
  readonly ruleIds: ReadonlySet<string>;
  /** The schedules written. */
  readonly schedules: readonly Part[];
  /** The weekly rest days written, if any. */
  readonly restDays?: Part;
  /** The resulting calendar's weekly rest days, when known (make-up days are checked against them). */
  readonly rest?: ReadonlySet<number>;
}

/** One named check. */
export type CalendarCheck = (draft: CalendarDraft) => CalendarProblem[];

/** A key of a raw object, or `undefined`. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The items of a raw list, or none. */
export function items(value: unknown): readonly unknown[] {
  // Stryker disable next-line ArrayDeclaration: every check skips a list item that is not an object or a number
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A text cut to the length messages quote. */
function clip(value: string): string {
  return value.length <= MAX_EXCERPT ? value : `${value.slice(0, MAX_EXCERPT - 1)}…`;
}

function isLabel(value: unknown): value is Label {
  return text(field(value, 'vi')) !== undefined && text(field(value, 'en')) !== undefined;
}

function ruleRef(rule: unknown, id: string): RuleRef {
  const name = field(rule, 'name');
  const ruleId = clip(id);
  return isLabel(name) ? { ruleId, name: { vi: clip(name.vi), en: clip(name.en) } } : { ruleId };
}

/** `duplicate_holiday_rule` for every rule whose id an earlier one has. */
export const uniqueRuleIds: CalendarCheck = (draft) => {
  const seen = new Set<string>();
  const problems: CalendarProblem[] = [];
  for (const { value, path } of draft.rules) {
    const id = text(field(value, 'id'));
    if (id === undefined) continue;
    if (seen.has(id))
      problems.push(raise(duplicateHolidayRule, [...path, 'id'], ruleRef(value, id)));
    seen.add(id);
  }
  return problems;
};

function scheduleYear(schedule: unknown): number | undefined {
  const year = field(schedule, 'year');
  // Stryker disable next-line ConditionalExpression: Number.isInteger is false for anything but a number
  return typeof year === 'number' && Number.isInteger(year) ? year : undefined;
}

/** `unknown_holiday_rule` for every occasion of a schedule that names no rule of the calendar. */
export const knownScheduleRules: CalendarCheck = (draft) =>
  draft.schedules.flatMap(({ value, path }) => {
    const year = scheduleYear(value);
    const document = text(field(field(value, 'source'), 'document'));
    return items(field(value, 'occasions')).flatMap((occasion, j) => {
      const rule = text(field(occasion, 'rule'));
      if (rule === undefined || year === undefined || draft.ruleIds.has(rule)) return [];
      const params = {
        ruleId: clip(rule),
        year,
        ...(document === undefined ? {} : { document: clip(document) }),
      };
      return [raise(unknownHolidayRule, [...path, 'occasions', j, 'rule'], params)];
    });
  });

/** The dates a schedule names, each with its path: days off (start, end) and make-up days. */
function scheduleDates(
  schedule: unknown,
  path: ProblemPath,
): { date: string; path: ProblemPath }[] {
  const dates: { date: string; path: ProblemPath }[] = [];
  const add = (value: unknown, at: ProblemPath) => {
    if (isRealDate(value)) dates.push({ date: value, path: at });
  };
  items(field(schedule, 'occasions')).forEach((occasion, j) => {
    items(field(occasion, 'daysOff')).forEach((span, k) => {
      for (const key of ['start', 'end'])
        add(field(span, key), [...path, 'occasions', j, 'daysOff', k, key]);
    });
  });
  items(field(schedule, 'makeUpDays')).forEach((day, j) => {
    for (const key of ['date', 'replaces']) add(field(day, key), [...path, 'makeUpDays', j, key]);
  });
  return dates;
}

/** `schedule_year_mismatch` for every date of a schedule more than a year from its year. */
export const scheduleDatesNearYear: CalendarCheck = (draft) =>
  draft.schedules.flatMap(({ value, path }) => {
    const year = scheduleYear(value);
    // Stryker disable next-line ConditionalExpression: without a year every distance is NaN, which the filter below drops
    if (year === undefined) return [];
    return scheduleDates(value, path)
      .filter(({ date }) => Math.abs(Number(date.slice(0, 4)) - year) > 1)
      .map(({ date, path: at }) => raise(scheduleYearMismatch, at, { date, year }));
  });

/** `days_off_reversed` for every span of days off that starts after it ends. */
export const daysOffInOrder: CalendarCheck = (draft) =>
  draft.schedules.flatMap(({ value, path }) =>
    items(field(value, 'occasions')).flatMap((occasion, j) =>
      items(field(occasion, 'daysOff')).flatMap((span, k) => {
        const start = field(span, 'start');
        const end = field(span, 'end');
        if (!isRealDate(start) || !isRealDate(end) || start <= end) return [];
        return [
          raise(daysOffReversed, [...path, 'occasions', j, 'daysOff', k, 'end'], { start, end }),
        ];
      }),
    ),
  );

function weekdayLabel(day: number): Label {
  // Stryker disable next-line ObjectLiteral,StringLiteral: every day passed is a weekday 0–6, which has a label
  const label = WEEKDAY_LABELS[day] ?? { vi: '', en: '' };
  return { vi: label.vi, en: label.en };
}

/** `make_up_day_not_rest_day` for every make-up day that is a working day of the calendar anyway. */
export const makeUpDaysOnRestDays: CalendarCheck = (draft) => {
  const rest = draft.rest;
  if (rest === undefined) return [];
  return draft.schedules.flatMap(({ value, path }) =>
    items(field(value, 'makeUpDays')).flatMap((day, j) => {
      const date = field(day, 'date');
      if (!isRealDate(date)) return [];
      const weekday = weekdayOfEpoch(epochDay(date));
      if (rest.has(weekday)) return [];
      return [
        raise(makeUpDayNotRestDay, [...path, 'makeUpDays', j, 'date'], {
          date,
          weekday: weekdayLabel(weekday),
        }),
      ];
    }),
  );
};

/** `duplicate_rest_day` for every weekly rest day listed a second time. */
export const uniqueRestDays: CalendarCheck = (draft) => {
  if (draft.restDays === undefined) return [];
  const { value, path } = draft.restDays;
  const seen = new Set<number>();
  return items(value).flatMap((day, i) => {
    // Stryker disable next-line ConditionalExpression: Number.isInteger is false for anything but a number
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 0 || day > 6) return [];
    if (!seen.has(day)) {
      seen.add(day);
      return [];
    }
    return [raise(duplicateRestDay, [...path, i], { day, weekday: weekdayLabel(day) })];
  });
};

/** Every check, in the order their problems are listed. */
export const CALENDAR_CHECKS: readonly CalendarCheck[] = [
  uniqueRuleIds,
  knownScheduleRules,
  scheduleDatesNearYear,
  daysOffInOrder,
  makeUpDaysOnRestDays,
  uniqueRestDays,
];

/** Runs every check. */
export function checkDraft(draft: CalendarDraft): CalendarProblem[] {
  return CALENDAR_CHECKS.flatMap((check) => check(draft));
}
