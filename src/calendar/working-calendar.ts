// Working calendars as data: the reader of a calendar (a province's own JSON) and the extension
// of a calendar by rules and schedules. The default calendar and the check of a calendar argument
// are in default-calendar.ts, which a bundle of `isWorkingDay` needs without this reader.
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { argumentsOrErr } from '../_internal/arguments.js';
import { deepFreeze } from '../_internal/freeze.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { cleanInput, limitProblems, parseWithSchema } from '../problems/input.js';
import { type Label, LabelSchema } from '../text/label.js';
import {
  type CalendarDraft,
  type CalendarProblem,
  checkDraft,
  field,
  items,
  type Part,
} from './calendar-checks.js';
import { calendarArgument, registerCalendar } from './default-calendar.js';
import type { LunarAnchor } from './holiday-engine.js';
import {
  HolidayRuleSchema,
  HolidayScheduleSchema,
  WeeklyRestDaysSchema,
  type WorkingCalendar,
  WorkingCalendarSchema,
} from './holiday-schema.js';
import { fromLunarDate } from './lunar.js';

/** Where a lunar day falls, from the whole lunar calendar (for calendars read from data). */
const lunarAnchor: LunarAnchor = (year, month, day) =>
  fromLunarDate({ year, month, day, leap: false }).unwrapOr(undefined);

/** Freezes a calendar the library returns and prepares it for counting. */
function made(calendar: WorkingCalendar): WorkingCalendar {
  deepFreeze(calendar);
  registerCalendar(calendar, lunarAnchor);
  return calendar;
}

function parts(value: unknown, key: string): Part[] {
  return items(value).map((item, i) => ({ value: item, path: [key, i] }));
}

function ruleIdsOf(rules: readonly unknown[]): string[] {
  // Stryker disable next-line MethodExpression,ConditionalExpression: the ids are only asked whether they hold a rule name, a non-empty text, which no other value equals
  return rules
    .map((rule) => field(rule, 'id'))
    .filter((id): id is string => typeof id === 'string');
}

/** The weekly rest days a raw value gives, when it is a valid list (else `undefined`). */
function restDaysOf(value: unknown, fallback: readonly number[]): Set<number> | undefined {
  if (value === undefined) return new Set(fallback);
  const parsed = WeeklyRestDaysSchema.safeParse(value);
  return parsed.success ? new Set(parsed.data) : undefined;
}

/** Reads a calendar: its shape and, in the same pass, every rule between its parts. */
function readCalendar(input: unknown): Result<WorkingCalendar, CalendarProblem[]> {
  const cleaned = cleanInput(input);
  if (cleaned.isErr()) return err(cleaned.error);
  const raw = cleaned.value;
  const shape = parseWithSchema(WorkingCalendarSchema, raw);
  const restValue = field(raw, 'weeklyRestDays');
  const rest = restDaysOf(restValue, [6, 0]);
  const draft: CalendarDraft = {
    rules: parts(field(raw, 'rules'), 'rules'),
    ruleIds: new Set(ruleIdsOf(items(field(raw, 'rules')))),
    schedules: parts(field(raw, 'schedules'), 'schedules'),
    // Stryker disable next-line ConditionalExpression: with no rest days written, a part holding undefined lists none (always leaving it out is caught)
    ...(restValue === undefined
      ? {}
      : { restDays: { value: restValue, path: ['weeklyRestDays'] } }),
    // Stryker disable next-line ConditionalExpression: the check of make-up days reads an absent and an undefined rest alike (always leaving it out is caught)
    ...(rest === undefined ? {} : { rest }),
  };
  const problems = [...(shape.isErr() ? shape.error : []), ...checkDraft(draft)];
  if (shape.isErr() || problems.length > 0)
    return err(limitProblems(problems) as CalendarProblem[]);
  return ok(made(shape.value));
}

/**
 * Reads a working calendar from outside data (e.g. a province's own JSON): its shape, and in the
 * same pass that rule ids are unique, that every schedule names a rule, that the days of a
 * schedule lie within a year of it and its spans are in order, that make-up days fall on weekly
 * rest days and that no rest day is listed twice. Never throws, whatever the value.
 *
 * @param input - Untrusted data of the {@link WorkingCalendarSchema} shape.
 * @returns `ok(calendar)`, frozen, or every problem found (at most 100, then one saying how many
 *   more), with paths into the input.
 * @example
 * ```ts
 * import { LABOUR_CODE_2019_HOLIDAYS, parseWorkingCalendar } from 'to-cong-nghe-so';
 *
 * parseWorkingCalendar({
 *   name: { vi: 'Lịch chỉ theo luật', en: 'Statutory calendar only' },
 *   rules: LABOUR_CODE_2019_HOLIDAYS,
 * }).isOk(); // true
 * parseWorkingCalendar({ name: { vi: 'Lịch', en: 'Calendar' }, weeklyRestDays: [0, 0] })
 *   ._unsafeUnwrapErr()
 *   .map((p) => p.code); // ['duplicate_rest_day']
 * ```
 * @category Calendar
 */
export function parseWorkingCalendar(input: unknown): Result<WorkingCalendar, CalendarProblem[]> {
  return readCalendar(input);
}

/**
 * What {@link extendCalendar} adds to a calendar.
 *
 * @category Calendar
 */
export interface CalendarExtension {
  /** A new name. */
  readonly name?: Label;
  /** Rules to add; one with the id of an existing rule replaces it. */
  readonly rules?: readonly unknown[];
  /** Schedules to add; for the same holiday and year they win over the existing ones. */
  readonly schedules?: readonly unknown[];
  /** New weekly rest days. */
  readonly weeklyRestDays?: readonly number[];
}

const CalendarExtensionSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      name: LabelSchema.optional(),
      rules: z.array(HolidayRuleSchema).optional(),
      schedules: z.array(HolidayScheduleSchema).optional(),
      weeklyRestDays: WeeklyRestDaysSchema.optional(),
    })
    .strict(),
);

/**
 * A new calendar made from another plus rules and schedules (outside data, read like
 * {@link parseWorkingCalendar}). The base calendar is not changed. Never throws, whatever the
 * values.
 *
 * @param base - The calendar to extend, e.g. {@link VIETNAM_CALENDAR}.
 * @param extension - Rules, schedules, rest days or a name to add or replace.
 * @returns `ok(calendar)`, a fresh frozen calendar; or every problem found, with paths into
 *   `extension` (`['schedules', 0, 'year']`); or `invalid_argument` when `base` is not a calendar.
 * @example
 * ```ts
 * import { extendCalendar, isWorkingDay, VIETNAM_CALENDAR } from 'to-cong-nghe-so';
 *
 * const withProvinceDay = extendCalendar(VIETNAM_CALENDAR, {
 *   rules: [
 *     {
 *       id: 'province-day',
 *       name: { vi: 'Ngày thành lập tỉnh', en: 'Province Day' },
 *       date: { calendar: 'solar', month: 7, day: 1 },
 *       source: 'Quyết định của tỉnh (ví dụ)',
 *       from: '2026-01-01',
 *     },
 *   ],
 * })._unsafeUnwrap();
 * isWorkingDay('2026-07-01', withProvinceDay); // false
 * extendCalendar(VIETNAM_CALENDAR, { schedules: 0 } as never)._unsafeUnwrapErr()[0]?.path; // ['schedules']
 * ```
 * @category Calendar
 */
export function extendCalendar(
  base: WorkingCalendar,
  extension: CalendarExtension,
): Result<WorkingCalendar, CalendarProblem[]> {
  const checked = argumentsOrErr(() => calendarArgument(base, 'base'));
  if (checked.isErr()) return err([checked.error]);
  const calendar = checked.value.calendar;
  const cleaned = cleanInput(extension);
  if (cleaned.isErr()) return err(cleaned.error);
  const raw = cleaned.value;
  const shell = parseWithSchema(CalendarExtensionSchema, raw);
  const added = items(field(raw, 'rules'));
  const restValue = field(raw, 'weeklyRestDays');
  const rest = restDaysOf(restValue, calendar.weeklyRestDays);
  const draft: CalendarDraft = {
    rules: parts(added, 'rules'),
    ruleIds: new Set([...calendar.rules.map((rule) => rule.id), ...ruleIdsOf(added)]),
    schedules: parts(field(raw, 'schedules'), 'schedules'),
    // Stryker disable next-line ConditionalExpression: with no rest days written, a part holding undefined lists none (always leaving it out is caught)
    ...(restValue === undefined
      ? {}
      : { restDays: { value: restValue, path: ['weeklyRestDays'] } }),
    // Stryker disable next-line ConditionalExpression: the check of make-up days reads an absent and an undefined rest alike (always leaving it out is caught)
    ...(rest === undefined ? {} : { rest }),
  };
  const problems = [...(shell.isErr() ? shell.error : []), ...checkDraft(draft)];
  if (shell.isErr() || problems.length > 0)
    return err(limitProblems(problems) as CalendarProblem[]);
  const more = shell.value;
  // Stryker disable next-line ArrayDeclaration: an added item without an id replaces no rule
  const replaced = new Set((more.rules ?? []).map((rule) => rule.id));
  const combined = WorkingCalendarSchema.safeParse({
    name: more.name ?? calendar.name,
    weeklyRestDays: more.weeklyRestDays ?? calendar.weeklyRestDays,
    rules: [...calendar.rules.filter((rule) => !replaced.has(rule.id)), ...(more.rules ?? [])],
    schedules: [...calendar.schedules, ...(more.schedules ?? [])],
  });
  // Both parts were read already: the combination is a calendar.
  return ok(made(combined.data as WorkingCalendar));
}
