import { err, ok, type Result } from 'neverthrow';
import {
  argumentsOrErr,
  checkDocument,
  checkOptions,
  conformingDocument,
} from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import {
  checkDate,
  datePartsOf,
  daysInMonth,
  epochDay,
  type IsoDate,
  isoDateOf,
  isSupportedDate,
  LAST_DATE,
} from '../_internal/dates.js';
import { PERIOD_KIND_MONTHS } from '../_internal/periods.js';
import { deadlineAfter } from '../calendar/deadline.js';
import { checkCalendar } from '../calendar/default-calendar.js';
import { nextWorkingDay, VIETNAM_CALENDAR, type WorkingCalendar } from '../calendar/holidays.js';
import { formatPeriod, type Period, parsePeriod } from '../calendar/period.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { deadlineOutOfRange, recurrenceOutsidePlan } from '../problems/catalogue/work.js';
import { type Problem, raise } from '../problems/problem.js';
import { PLAN_ARGUMENT } from './arguments.js';
import {
  type Deadline,
  DeadlineSchema,
  type Plan,
  PlanSchema,
  type Recurrence,
  type Task,
} from './plan-schema.js';
import { periodRef } from './words.js';

/**
 * One occurrence of a task: the task itself, or one period of a recurring task, with its
 * deadline computed.
 *
 * @category Work
 */
export interface TaskInstance {
  /** `taskId` for a one-off task, `taskId@period` for an occurrence of a recurring one. */
  readonly id: string;
  /** The task. */
  readonly task: Task;
  /** The period of the occurrence, for a recurring task. */
  readonly period?: string;
  /** The deadline, a working day. */
  readonly deadline: IsoDate;
  /** The history of this occurrence. */
  readonly events: Task['events'];
}

/**
 * Options of the task functions that count working days.
 *
 * @category Work
 */
export interface TaskCalendarOptions {
  /** The working calendar (default {@link VIETNAM_CALENDAR}). */
  readonly calendar?: WorkingCalendar;
}

/** @internal The calendar of options: the default, or the given one checked. */
export function calendarOf(options: TaskCalendarOptions): WorkingCalendar {
  return options.calendar === undefined
    ? VIETNAM_CALENDAR
    : checkCalendar(options.calendar, 'options.calendar');
}

/** The fewest calendar days each unit of a deadline spans. */
const MIN_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 28, year: 365 };

/**
 * The fewest calendar days a duration can span with a calendar: a sound lower bound, so that a
 * deadline past the supported range is ruled out before any counting. In any 7 days at most
 * `7 - r` are working days (r rest days a week), plus the calendar's make-up days.
 */
function fewestDays(duration: Exclude<Deadline, string>, calendar: WorkingCalendar): number {
  const { amount } = duration;
  if (duration.unit !== 'workingDay') return amount * (MIN_DAYS[duration.unit] ?? 1);
  const perWeek = 7 - new Set(calendar.weeklyRestDays).size;
  const makeUp = calendar.schedules.reduce((n, schedule) => n + schedule.makeUpDays.length, 0);
  const beyond = Math.max(0, amount - makeUp);
  if (beyond === 0) return amount > 0 ? 1 : 0;
  if (perWeek <= 0) return Number.POSITIVE_INFINITY;
  return 7 * (Math.ceil(beyond / perWeek) - 1) + 1;
}

/** Runs a calendar computation; a date it cannot reach within the supported range is `undefined`. */
function withinRange(compute: () => IsoDate): IsoDate | undefined {
  try {
    const date = compute();
    return isSupportedDate(date) ? date : undefined;
  } catch (error) {
    if (error instanceof InvalidArgumentError || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * @internal The deadline of a checked one-off task, or `undefined` when it falls after the last
 * supported day. Never loops past the supported range: a duration that cannot end within it is
 * ruled out before any counting.
 */
export function deadlineWithin(
  assignedOn: IsoDate,
  deadline: Deadline,
  calendar: WorkingCalendar,
): IsoDate | undefined {
  if (typeof deadline === 'string') return withinRange(() => nextWorkingDay(deadline, calendar));
  if (epochDay(assignedOn) + fewestDays(deadline, calendar) > epochDay(LAST_DATE)) return undefined;
  return withinRange(() => deadlineAfter(assignedOn, deadline, calendar));
}

/**
 * @internal The parameters of `deadline_out_of_range` for a deadline that falls after the last
 * supported day: a duration counted from the assigned day, or a date (`due`) that is a day off and
 * moves past it.
 */
export function outOfRange(assignedOn: IsoDate, deadline: Deadline) {
  return typeof deadline === 'string'
    ? { amount: 0, unit: 'day', assignedOn, due: deadline, end: LAST_DATE }
    : { amount: deadline.amount, unit: deadline.unit, assignedOn, end: LAST_DATE };
}

const DEADLINE_ARGUMENT = {
  vi: 'một thời hạn (ngày YYYY-MM-DD, hoặc { amount, unit }) kết thúc trước 31/12/2100',
  en: 'a deadline (a YYYY-MM-DD date, or { amount, unit }) that ends by 2100-12-31',
};

/**
 * The deadline of a one-off task: its date moved to the next working day, or its duration
 * counted from the assigned date with the calendar.
 *
 * @param assignedOn - The day the task was assigned.
 * @param deadline - The deadline as written ({@link DeadlineSchema}).
 * @param calendar - The working calendar (default {@link VIETNAM_CALENDAR}).
 * @returns The deadline, a working day.
 * @throws {@link InvalidArgumentError} when `assignedOn` is not a supported date, `deadline` not
 *   a deadline, `calendar` not a working calendar, or when the deadline falls after 2100-12-31
 *   (the last day the library supports).
 * @example
 * ```ts
 * import { taskDeadline } from 'to-cong-nghe-so';
 *
 * taskDeadline('2025-01-20', { amount: 5, unit: 'workingDay' }); // '2025-02-03' (Tết 25/1–2/2 skipped)
 * taskDeadline('2025-01-20', '2025-01-28'); // '2025-02-03'
 * ```
 * @category Work
 */
export function taskDeadline(
  assignedOn: IsoDate,
  deadline: Deadline,
  calendar: WorkingCalendar = VIETNAM_CALENDAR,
): IsoDate {
  const start = checkDate(assignedOn, 'assignedOn');
  const checked = checkDocument(DeadlineSchema, deadline, 'deadline', DEADLINE_ARGUMENT);
  const working = checkCalendar(calendar, 'calendar');
  const date = deadlineWithin(start, checked, working);
  if (date === undefined) throw new InvalidArgumentError('deadline', DEADLINE_ARGUMENT, deadline);
  return date;
}

/**
 * @internal The periods of a recurring task within a plan's period, or `undefined` when the
 * recurrence does not divide it (monthly in a week, yearly in a quarter).
 */
export function occurrencesOf(plan: Period, every: Recurrence['every']): Period[] | undefined {
  const size = PERIOD_KIND_MONTHS[every];
  if (plan.kind === 'week') return undefined;
  const span = PERIOD_KIND_MONTHS[plan.kind];
  if (size > span) return undefined;
  const firstMonth = (plan.index - 1) * span + 1;
  const periods: Period[] = [];
  for (let month = firstMonth; month < firstMonth + span; month += size) {
    periods.push({ kind: every, year: plan.year, index: (month - 1) / size + 1 });
  }
  return periods;
}

/** The last day of a period of months (not weeks). */
function lastDayOf(period: Period): IsoDate {
  const size = PERIOD_KIND_MONTHS[period.kind === 'week' ? 'month' : period.kind];
  const month = period.index * size;
  return isoDateOf(period.year, month, daysInMonth(period.year, month));
}

/**
 * The problems of {@link planTasks} (and of the plans given to {@link followUp}): a task that
 * repeats in periods that do not divide the plan's, or a deadline after 2100-12-31.
 *
 * @category Work
 */
export type PlanTasksProblem = Problem<
  'recurrence_outside_plan' | 'deadline_out_of_range' | 'invalid_argument'
>;

function oneOff(task: Task, index: number, calendar: WorkingCalendar) {
  const { deadline } = task;
  if (deadline === undefined) return ok([]);
  const date = deadlineWithin(task.assignedOn, deadline, calendar);
  if (date === undefined) {
    return err(
      raise(
        deadlineOutOfRange,
        ['tasks', index, 'deadline'],
        outOfRange(task.assignedOn, deadline),
      ),
    );
  }
  return ok([{ id: task.id, task, deadline: date, events: task.events }]);
}

const PERIOD_WORDS = {
  month: { vi: 'tháng', en: 'month' },
  quarter: { vi: 'quý', en: 'quarter' },
  half: { vi: '6 tháng', en: 'half year' },
  year: { vi: 'năm', en: 'year' },
} as const;

function recurring(
  plan: { id: string; period: Period },
  task: Task,
  recurrence: Recurrence,
  index: number,
  calendar: WorkingCalendar,
): Result<TaskInstance[], PlanTasksProblem> {
  const periods = occurrencesOf(plan.period, recurrence.every);
  if (periods === undefined) {
    return err(
      raise(recurrenceOutsidePlan, ['tasks', index, 'recurrence', 'every'], {
        taskId: task.id,
        every: PERIOD_WORDS[recurrence.every],
        period: periodRef(plan.id, plan.period),
      }),
    );
  }
  const byPeriod = new Map<string, Task['events'][number][]>();
  for (const event of task.events) {
    const list = byPeriod.get(event.period ?? '') ?? [];
    list.push(event);
    byPeriod.set(event.period ?? '', list);
  }
  const instances: TaskInstance[] = [];
  for (const occurrence of periods) {
    const end = lastDayOf(occurrence);
    if (end < task.assignedOn) continue;
    const { year, month, day } = datePartsOf(end);
    const due = isoDateOf(year, month, Math.min(recurrence.byDay, day));
    const deadline = withinRange(() => nextWorkingDay(due, calendar));
    const id = formatPeriod(occurrence);
    if (deadline === undefined) {
      return err(
        raise(deadlineOutOfRange, ['tasks', index, 'recurrence'], outOfRange(task.assignedOn, due)),
      );
    }
    instances.push({
      id: `${task.id}@${id}`,
      task,
      period: id,
      deadline,
      events: byPeriod.get(id) ?? [],
    });
  }
  return ok(instances);
}

/**
 * @internal The occurrences of a checked plan's tasks, or the first problem.
 */
export function occurrencesOfPlan(
  plan: Plan,
  calendar: WorkingCalendar,
): Result<TaskInstance[], PlanTasksProblem> {
  const period = parsePeriod(plan.period).unwrapOr(undefined);
  if (period === undefined) return ok([]);
  const instances: TaskInstance[] = [];
  for (const [index, task] of plan.tasks.entries()) {
    const made =
      task.recurrence === undefined
        ? oneOff(task, index, calendar)
        : recurring({ id: plan.period, period }, task, task.recurrence, index, calendar);
    if (made.isErr()) return err(made.error);
    for (const instance of made.value) instances.push(instance);
  }
  return ok(instances);
}

/**
 * The occurrences of a plan's tasks: one per one-off task, and one per period of a recurring
 * task within the plan's period (starting with the period of its assignment), each with its
 * deadline computed. A recurring task's deadline in each period is its `byDay` of the period's
 * last month, moved to the next working day; a recurring task's own `deadline` is not used.
 *
 * @param plan - The plan ({@link PlanSchema}).
 * @param options - The working calendar.
 * @returns The occurrences in the plan's order; `recurrence_outside_plan` for a task that repeats
 *   in periods that do not divide the plan's; `deadline_out_of_range` for a deadline after
 *   2100-12-31; `invalid_argument` when `plan` is not a plan or the calendar not a calendar.
 *   Never throws.
 * @example
 * ```ts
 * import { PlanSchema, planTasks } from 'to-cong-nghe-so';
 *
 * const plan = PlanSchema.parse({
 *   id: 'kh', title: { vi: 'Kế hoạch', en: 'Plan' }, period: '2025-Q1', by: 'leader/1', adoptedOn: '2025-01-02',
 *   tasks: [{
 *     id: 'report', title: { vi: 'Báo cáo', en: 'Report' }, duty: 'member.report', assignees: ['m'],
 *     assignedBy: 'leader/1', assignedOn: '2025-01-02', recurrence: { every: 'month', byDay: 25 },
 *   }],
 * });
 * planTasks(plan).map((ts) => ts.map((t) => t.deadline)); // ok(['2025-02-03', '2025-02-25', '2025-03-25'])
 * ```
 * @category Work
 */
export function planTasks(
  plan: Plan,
  options: TaskCalendarOptions = {},
): Result<TaskInstance[], PlanTasksProblem> {
  return conformingDocument(PlanSchema, plan, 'plan', PLAN_ARGUMENT)
    .andThen((checked) =>
      argumentsOrErr(() => ({
        plan: checked,
        calendar: calendarOf(checkOptions(options, 'options')),
      })),
    )
    .andThen((args) => occurrencesOfPlan(args.plan, args.calendar))
    .map((instances) => instances.map(copyInstance));
}

/** @internal A fresh copy of an occurrence, sharing nothing with the (cached) checked plan. */
export function copyInstance(instance: TaskInstance): TaskInstance {
  return copyData(instance);
}
