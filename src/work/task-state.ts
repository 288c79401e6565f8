import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { type IsoDate, IsoDateSchema } from '../calendar/date.js';
import { PeriodIdSchema } from '../calendar/period.js';
import type { Problem } from '../problems/problem.js';
import { TextSchema } from '../text/label.js';

/**
 * The states a task moves through. "Late" and "overdue" are not states: they are computed from
 * the deadline and the date asked about (see the deadline functions).
 * - `assigned` — given to its seat(s), not started;
 * - `inProgress` — being worked on;
 * - `done` — reported finished;
 * - `returned` — sent back by the assigner for rework (khi chưa đạt yêu cầu);
 * - `cancelled` — withdrawn.
 *
 * @example
 * ```ts
 * import { TaskStateSchema } from 'to-cong-nghe-so';
 *
 * TaskStateSchema.options; // ['assigned', 'inProgress', 'done', 'returned', 'cancelled']
 * ```
 * @category Work
 */
export const TaskStateSchema = z.enum(['assigned', 'inProgress', 'done', 'returned', 'cancelled']);

/**
 * A state of a task.
 *
 * @category Work
 */
export type TaskState = z.infer<typeof TaskStateSchema>;

/**
 * What can happen to a task: `start` it, `complete` it, `return` it for rework, `cancel` it.
 *
 * @example
 * ```ts
 * import { TaskEventTypeSchema } from 'to-cong-nghe-so';
 *
 * TaskEventTypeSchema.parse('return'); // 'return'
 * ```
 * @category Work
 */
export const TaskEventTypeSchema = z.enum(['start', 'complete', 'return', 'cancel']);

/**
 * A kind of task event.
 *
 * @category Work
 */
export type TaskEventType = z.infer<typeof TaskEventTypeSchema>;

/**
 * Something that happened to a task, kept in its history; the task's state is the replay of its
 * events.
 *
 * @example
 * ```ts
 * import { TaskEventSchema } from 'to-cong-nghe-so';
 *
 * TaskEventSchema.parse({ type: 'complete', on: '2026-10-20', by: 'member-thon-1' });
 * ```
 * @category Work
 */
export const TaskEventSchema = z
  .object({
    /** What happened. */
    type: TaskEventTypeSchema,
    /** The date it happened. */
    on: IsoDateSchema,
    /** The seat that did it. */
    by: TextSchema,
    /** A comment, e.g. why the task was returned. */
    note: TextSchema.optional(),
    /** For a recurring task, the period of the occurrence it concerns (e.g. `2025-01`). */
    period: PeriodIdSchema.optional(),
  })
  .strict();

/**
 * An event in a task's history.
 *
 * @category Work
 */
export type TaskEvent = z.infer<typeof TaskEventSchema>;

const TRANSITIONS: Readonly<Record<TaskState, Partial<Record<TaskEventType, TaskState>>>> = {
  assigned: { start: 'inProgress', complete: 'done', cancel: 'cancelled' },
  inProgress: { complete: 'done', cancel: 'cancelled' },
  done: { return: 'returned' },
  returned: { start: 'inProgress', complete: 'done', cancel: 'cancelled' },
  cancelled: {},
};

/**
 * The error of {@link nextTaskState} and {@link replayTaskEvents}: an event that the state
 * machine does not allow, or one dated before the event it follows.
 *
 * @category Work
 */
export type TaskTransitionError = Problem<'invalid_transition' | 'event_out_of_order'>;

const STATE_VI: Record<TaskState, string> = {
  assigned: 'đã giao',
  inProgress: 'đang thực hiện',
  done: 'đã hoàn thành',
  returned: 'bị trả lại',
  cancelled: 'đã hủy',
};

/**
 * The state a task moves to when an event happens.
 *
 * @param state - The current state.
 * @param event - The kind of event.
 * @returns The next state, or an `invalid_transition` error (e.g. completing a cancelled task).
 * @example
 * ```ts
 * import { nextTaskState } from 'to-cong-nghe-so';
 *
 * nextTaskState('assigned', 'start'); // ok('inProgress')
 * nextTaskState('cancelled', 'complete').isErr(); // true
 * ```
 * @category Work
 */
export function nextTaskState(
  state: TaskState,
  event: TaskEventType,
): Result<TaskState, TaskTransitionError> {
  const next = TRANSITIONS[state][event];
  if (next) return ok(next);
  return err({
    code: 'invalid_transition',
    path: [],
    message: {
      vi: `Không thể "${event}" một nhiệm vụ ${STATE_VI[state]}.`,
      en: `Cannot "${event}" a task that is ${state}.`,
    },
  });
}

/**
 * What replaying a task's events gives.
 *
 * @category Work
 */
export interface TaskReplay {
  /** The state after the last event. */
  readonly state: TaskState;
  /** The date of the last `complete` event, when the task is done. */
  readonly completedOn?: IsoDate;
}

/**
 * Replays a task's events from `assigned`, checking each transition and that events are in date
 * order. Only events on or before `asOf` count, when it is given.
 *
 * @param events - The task's history, oldest first.
 * @param asOf - Ignore events after this date (optional).
 * @returns The state reached, or the first error with its path (`['events', i]`).
 * @example
 * ```ts
 * import { replayTaskEvents } from 'to-cong-nghe-so';
 *
 * replayTaskEvents([
 *   { type: 'start', on: '2026-10-02', by: 'member-1' },
 *   { type: 'complete', on: '2026-10-20', by: 'member-1' },
 * ]); // ok({ state: 'done', completedOn: '2026-10-20' })
 * ```
 * @category Work
 */
export function replayTaskEvents(
  events: readonly TaskEvent[],
  asOf?: IsoDate,
): Result<TaskReplay, TaskTransitionError> {
  let replay: TaskReplay = { state: 'assigned' };
  let previous: IsoDate | undefined;
  for (const [i, event] of events.entries()) {
    if (asOf !== undefined && event.on > asOf) break;
    if (previous !== undefined && event.on < previous) {
      return err({
        code: 'event_out_of_order',
        path: ['events', i, 'on'],
        message: {
          vi: `Sự kiện ngày ${event.on} đứng sau sự kiện ngày ${previous}.`,
          en: `The event of ${event.on} comes after the event of ${previous}.`,
        },
      });
    }
    previous = event.on;
    const next = nextTaskState(replay.state, event.type);
    if (next.isErr()) return err({ ...next.error, path: ['events', i, 'type'] });
    replay =
      next.value === 'done' ? { state: 'done', completedOn: event.on } : { state: next.value };
  }
  return ok(replay);
}
