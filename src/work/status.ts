import type { Result } from 'neverthrow';
import {
  argumentsOrErr,
  checkInteger,
  checkOptions,
  conformingDocument,
} from '../_internal/arguments.js';
import { checkDate, epochDay, FIRST_DATE, type IsoDate, LAST_DATE } from '../_internal/dates.js';
import { nextWorkingDay, type WorkingCalendar, workingDaysBetween } from '../calendar/holidays.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { INSTANCE_ARGUMENT, TaskInstanceSchema } from './arguments.js';
import { calendarOf, type TaskCalendarOptions, type TaskInstance } from './task.js';
import {
  replayChecked,
  type TaskHistoryProblem,
  type TaskState,
  type TaskTransitionProblem,
} from './task-state.js';

/**
 * Where a task stands against its deadline on a date — computed, never set by hand:
 * `open` (not yet due soon), `dueSoon`, `overdue`, `doneOnTime`, `doneLate`, `cancelled`.
 *
 * @category Work
 */
export type TaskTimeliness =
  | 'open'
  | 'dueSoon'
  | 'overdue'
  | 'doneOnTime'
  | 'doneLate'
  | 'cancelled';

/**
 * The state of a task occurrence on a date and where it stands against its deadline, with two
 * explicit figures: the working days left while it is open, and the working days it is late —
 * at completion for a task done late, to date for an open task past its deadline. Working days
 * follow the calendar ({@link VIETNAM_CALENDAR} by default: weekends, public holidays and their
 * make-up days).
 *
 * @category Work
 */
export interface TaskStatus {
  /** The state reached by the events up to the date. */
  readonly state: TaskState;
  /** Where it stands against the deadline. */
  readonly timeliness: TaskTimeliness;
  /** The deadline. */
  readonly deadline: IsoDate;
  /**
   * While the task is open: the working days after the date up to and including the deadline
   * — 0 on the deadline itself and once it has passed; asked on a day off, the days counted
   * start with the next working day. `null` once the task is done or cancelled.
   */
  readonly workingDaysLeft: number | null;
  /**
   * The working days after the deadline up to the day the task was completed (done late), or
   * up to the date asked about (open and overdue); a completion or a date on a day off counts
   * as the next working day, as the Civil Code moves a deadline that ends on a day off — so a
   * task done on the Saturday after a Friday deadline is 1 working day late. 0 when the task is
   * not late; `null` when it was cancelled.
   */
  readonly workingDaysLate: number | null;
}

/**
 * Options of {@link taskStatus} and {@link followUp}.
 *
 * @category Work
 */
export interface TaskStatusOptions extends TaskCalendarOptions {
  /**
   * A task is due soon when at most this many working days are left (default 3): a whole number
   * from 0 to the number of days the library supports.
   */
  readonly soonWithin?: number;
}

/** The longest "soon" there is: every day of the supported range. */
const MAX_SOON = epochDay(LAST_DATE) - epochDay(FIRST_DATE);

/** @internal Status options, checked. */
export interface CheckedStatusOptions {
  readonly calendar: WorkingCalendar;
  readonly soonWithin: number;
}

/** @internal Checks the options of {@link taskStatus}. */
export function checkStatusOptions(options: TaskStatusOptions | undefined): CheckedStatusOptions {
  const given = checkOptions(options, 'options');
  return {
    calendar: calendarOf(given),
    soonWithin:
      given.soonWithin === undefined
        ? 3
        : checkInteger(given.soonWithin, 'options.soonWithin', 0, MAX_SOON),
  };
}

/**
 * The working days after a deadline up to a later day, that day counted as the next working day
 * when it is a day off: at least 1.
 */
function daysLate(deadline: IsoDate, day: IsoDate, calendar: WorkingCalendar): number {
  let until = day;
  try {
    until = nextWorkingDay(day, calendar);
  } catch (error) {
    // No working day follows within the supported range: count to the day itself.
    if (!(error instanceof InvalidArgumentError)) throw error;
  }
  return Math.max(1, workingDaysBetween(deadline, until, calendar));
}

/** @internal The status of a checked occurrence on a checked date. */
export function statusOf(
  instance: TaskInstance,
  asOf: IsoDate,
  options: CheckedStatusOptions,
): Result<TaskStatus, TaskTransitionProblem> {
  return replayChecked(instance.events, asOf).map((replay) => {
    const { deadline } = instance;
    const { calendar } = options;
    if (replay.state === 'cancelled') {
      return {
        state: replay.state,
        timeliness: 'cancelled' as const,
        deadline,
        workingDaysLeft: null,
        workingDaysLate: null,
      };
    }
    if (replay.state === 'done') {
      const completedOn = replay.completedOn ?? asOf;
      const late = completedOn > deadline ? daysLate(deadline, completedOn, calendar) : 0;
      return {
        state: replay.state,
        timeliness: late > 0 ? ('doneLate' as const) : ('doneOnTime' as const),
        deadline,
        workingDaysLeft: null,
        workingDaysLate: late,
      };
    }
    if (asOf > deadline) {
      return {
        state: replay.state,
        timeliness: 'overdue' as const,
        deadline,
        workingDaysLeft: 0,
        workingDaysLate: daysLate(deadline, asOf, calendar),
      };
    }
    const left = workingDaysBetween(asOf, deadline, calendar);
    return {
      state: replay.state,
      timeliness: left <= options.soonWithin ? ('dueSoon' as const) : ('open' as const),
      deadline,
      workingDaysLeft: left,
      workingDaysLate: 0,
    };
  });
}

/**
 * The state of a task occurrence on a date, from its events up to that date, and where it stands
 * against its deadline: done on time or late, cancelled, overdue, due soon, or open — with the
 * working days left while it is open and the working days it is late (at completion, or to date
 * while overdue).
 *
 * @param instance - The occurrence (from {@link planTasks}).
 * @param asOf - The date asked about.
 * @param options - The working calendar and how many working days count as "soon".
 * @returns The status; the problem of an invalid history; or `invalid_argument` when `instance`
 *   is not a task occurrence, `asOf` not a supported date, or an option out of range. Never
 *   throws; its cost grows with the working days between `asOf` and the deadline, never beyond
 *   the supported range of dates.
 * @example
 * ```ts
 * import { TaskSchema, taskStatus } from 'to-cong-nghe-so';
 *
 * const task = TaskSchema.parse({
 *   id: 't', title: { vi: 'Việc', en: 'Task' }, duty: 'member.deploy', assignees: ['m'],
 *   assignedBy: 'leader/1', assignedOn: '2025-01-02', deadline: '2025-01-10',
 * });
 * taskStatus({ id: 't', task, deadline: '2025-01-10', events: [] }, '2025-01-13').map((s) => s.timeliness);
 * // ok('overdue')
 * taskStatus(
 *   { id: 't', task, deadline: '2025-01-10', events: [{ type: 'complete', on: '2025-01-09', by: 'm' }] },
 *   '2025-01-13',
 * ).map((s) => s.timeliness); // ok('doneOnTime')
 * // Due Friday 6/2/2026, done Tuesday 24/2 after Tết (14/2–22/2): 7 working days late, for good.
 * taskStatus(
 *   { id: 't', task, deadline: '2026-02-06', events: [{ type: 'complete', on: '2026-02-24', by: 'm' }] },
 *   '2026-03-02',
 * ).map((s) => [s.timeliness, s.workingDaysLeft, s.workingDaysLate]); // ok(['doneLate', null, 7])
 * ```
 * @category Work
 */
export function taskStatus(
  instance: TaskInstance,
  asOf: IsoDate,
  options: TaskStatusOptions = {},
): Result<TaskStatus, TaskHistoryProblem> {
  return conformingDocument(TaskInstanceSchema, instance, 'instance', INSTANCE_ARGUMENT)
    .andThen((checked) =>
      argumentsOrErr(() => ({
        instance: checked as TaskInstance,
        asOf: checkDate(asOf, 'asOf'),
        options: checkStatusOptions(options),
      })),
    )
    .andThen((args) => statusOf(args.instance, args.asOf, args.options));
}
