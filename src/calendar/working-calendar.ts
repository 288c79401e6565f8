// Working calendars as data: the default calendar, the reader of a calendar (a province's own
// JSON), extension of a calendar by rules and schedules, and the check of a calendar argument.
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { argumentsOrErr } from '../_internal/arguments.js';
import { deepFreeze } from '../_internal/freeze.js';
import { InvalidArgumentError } from '../problems/argument.js';
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
import { type CompiledCalendar, compileCalendar } from './holiday-engine.js';
import {
  HolidayRuleSchema,
  HolidayScheduleSchema,
  WeeklyRestDaysSchema,
  type WorkingCalendar,
  WorkingCalendarSchema,
} from './holiday-schema.js';
import { LABOUR_CODE_2019_HOLIDAYS } from './labour-code.js';
import { HOLIDAY_SCHEDULES } from './official-schedules.js';

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

/** Compiled calendars, by the object the caller holds. */
const COMPILED = new WeakMap<object, CompiledCalendar>();

/** Freezes a calendar the library returns and prepares it for counting. */
function made(calendar: WorkingCalendar): WorkingCalendar {
  deepFreeze(calendar);
  COMPILED.set(calendar, compileCalendar(calendar));
  return calendar;
}

function parts(value: unknown, key: string): Part[] {
  return items(value).map((item, i) => ({ value: item, path: [key, i] }));
}

function ruleIdsOf(rules: readonly unknown[]): string[] {
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

/**
 * Reads a calendar; `checkRestDays: false` skips the check of make-up days against the rest
 * days (for a calendar argument, whose inherited schedules may have been written for other rest
 * days: such a make-up day is simply a working day).
 */
function readCalendar(
  input: unknown,
  checkRestDays: boolean,
): Result<WorkingCalendar, CalendarProblem[]> {
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
    ...(restValue === undefined
      ? {}
      : { restDays: { value: restValue, path: ['weeklyRestDays'] } }),
    ...(checkRestDays && rest !== undefined ? { rest } : {}),
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
  return readCalendar(input, true);
}

/** What a calendar argument must be. */
const CALENDAR_ARGUMENT: Label = {
  vi: 'một lịch làm việc đúng dạng (xem `parseWorkingCalendar`)',
  en: 'a valid working calendar (see `parseWorkingCalendar`)',
};

/**
 * @internal Checks a calendar argument (once per object) and returns it ready for counting.
 *
 * @throws {@link InvalidArgumentError} when it is not a valid calendar, with what is wrong inside.
 */
export function calendarArgument(value: unknown, argument: string): CompiledCalendar {
  if (typeof value === 'object' && value !== null) {
    const compiled = COMPILED.get(value);
    if (compiled !== undefined) return compiled;
  }
  const read = readCalendar(value, false);
  if (read.isErr()) throw new InvalidArgumentError(argument, CALENDAR_ARGUMENT, value, read.error);
  const compiled = COMPILED.get(read.value) as CompiledCalendar;
  if (typeof value === 'object' && value !== null) COMPILED.set(value, compiled);
  return compiled;
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

const CalendarExtensionSchema = z
  .object({
    name: LabelSchema.optional(),
    rules: z.array(HolidayRuleSchema).optional(),
    schedules: z.array(HolidayScheduleSchema).optional(),
    weeklyRestDays: WeeklyRestDaysSchema.optional(),
  })
  .strict();

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
    ...(restValue === undefined
      ? {}
      : { restDays: { value: restValue, path: ['weeklyRestDays'] } }),
    ...(rest === undefined ? {} : { rest }),
  };
  const problems = [...(shell.isErr() ? shell.error : []), ...checkDraft(draft)];
  if (shell.isErr() || problems.length > 0)
    return err(limitProblems(problems) as CalendarProblem[]);
  const more = shell.value;
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
