import type { Result } from 'neverthrow';
import {
  argumentsOrErr,
  checkInteger,
  checkOptions,
  conformingDocument,
} from '../_internal/arguments.js';
import { checkDate, epochDay, FIRST_DATE, type IsoDate, LAST_DATE } from '../_internal/dates.js';
import { type WorkingCalendar, workingDaysBetween } from '../calendar/holidays.js';
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
 * The state of a task occurrence on a date and where it stands against its deadline.
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
  /** Working days from the date to the deadline (negative when overdue). */
  readonly workingDaysLeft: number;
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

/** @internal The status of a checked occurrence on a checked date. */
export function statusOf(
  instance: TaskInstance,
  asOf: IsoDate,
  options: CheckedStatusOptions,
): Result<TaskStatus, TaskTransitionProblem> {
  return replayChecked(instance.events, asOf).map((replay) => {
    const { deadline } = instance;
    const workingDaysLeft = workingDaysBetween(asOf, deadline, options.calendar);
    const timeliness: TaskTimeliness =
      replay.state === 'cancelled'
        ? 'cancelled'
        : replay.state === 'done'
          ? (replay.completedOn ?? asOf) <= deadline
            ? 'doneOnTime'
            : 'doneLate'
          : asOf > deadline
            ? 'overdue'
            : workingDaysLeft <= options.soonWithin
              ? 'dueSoon'
              : 'open';
    return { state: replay.state, timeliness, deadline, workingDaysLeft };
  });
}

/**
 * The state of a task occurrence on a date, from its events up to that date, and where it stands
 * against its deadline: done on time or late, cancelled, overdue, due soon, or open.
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
