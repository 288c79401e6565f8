import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { argumentsOrErr, checkOneOf, conformingDocument } from '../_internal/arguments.js';
import { checkDate, LAST_DATE } from '../_internal/dates.js';
import { deepFreeze } from '../_internal/freeze.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { type IsoDate, IsoDateSchema } from '../calendar/date.js';
import { PeriodIdSchema } from '../calendar/period.js';
import { eventOutOfOrder, invalidTransition } from '../problems/catalogue/work.js';
import { type Problem, raise } from '../problems/problem.js';
import { type Label, TextSchema } from '../text/label.js';

/**
 * The states a task moves through. "Late" and "overdue" are not states: they are computed from
 * the deadline and the date asked about (see {@link taskStatus}).
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
export const TaskStateSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['assigned', 'inProgress', 'done', 'returned', 'cancelled']),
);

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
export const TaskEventTypeSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['start', 'complete', 'return', 'cancel']),
);

/**
 * A kind of task event.
 *
 * @category Work
 */
export type TaskEventType = z.infer<typeof TaskEventTypeSchema>;

/**
 * The names of the task states, as a commune says them.
 *
 * @example
 * ```ts
 * import { TASK_STATE_LABELS } from 'to-cong-nghe-so';
 *
 * TASK_STATE_LABELS.inProgress; // { vi: 'đang thực hiện', en: 'in progress' }
 * ```
 * @category Work
 */
export const TASK_STATE_LABELS: Readonly<Record<TaskState, Label>> = deepFreeze({
  assigned: { vi: 'đã giao', en: 'assigned' },
  inProgress: { vi: 'đang thực hiện', en: 'in progress' },
  done: { vi: 'đã hoàn thành', en: 'done' },
  returned: { vi: 'bị trả lại để làm lại', en: 'returned for rework' },
  cancelled: { vi: 'đã hủy', en: 'cancelled' },
});

/**
 * The names of the task events, as verbs: "bắt đầu", "hoàn thành", "trả lại", "hủy".
 *
 * @example
 * ```ts
 * import { TASK_EVENT_LABELS } from 'to-cong-nghe-so';
 *
 * TASK_EVENT_LABELS.complete; // { vi: 'hoàn thành', en: 'complete' }
 * ```
 * @category Work
 */
export const TASK_EVENT_LABELS: Readonly<Record<TaskEventType, Label>> = deepFreeze({
  start: { vi: 'bắt đầu', en: 'start' },
  complete: { vi: 'hoàn thành', en: 'complete' },
  return: { vi: 'trả lại', en: 'return' },
  cancel: { vi: 'hủy', en: 'cancel' },
});

/**
 * Something that happened to a task, kept in its history; the task's state is the replay of its
 * events.
 *
 * @example
 * ```ts
 * import { TaskEventSchema } from 'to-cong-nghe-so';
 *
 * TaskEventSchema.parse({ type: 'complete', on: '2026-10-20', by: 'member-thon-1' }).type; // 'complete'
 * ```
 * @category Work
 */
export const TaskEventSchema = /* @__PURE__ */ lazySchema(() =>
  z
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
    .strict(),
);

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
 * The problem of {@link nextTaskState} and {@link replayTaskEvents}: an event that the state
 * machine does not allow (`invalid_transition`), or one dated before the event it follows
 * (`event_out_of_order`).
 *
 * @category Work
 */
export type TaskTransitionProblem = Problem<'invalid_transition' | 'event_out_of_order'>;

/**
 * The problems of {@link nextTaskState}, {@link replayTaskEvents} and {@link taskStatus}: a
 * transition the state machine does not allow, events out of date order, or an argument that
 * does not conform (`invalid_argument`).
 *
 * @category Work
 */
export type TaskHistoryProblem = Problem<
  'invalid_transition' | 'event_out_of_order' | 'invalid_argument'
>;

/** The transition of a checked state and event, or its problem. */
function transition(
  state: TaskState,
  event: TaskEventType,
): Result<TaskState, Problem<'invalid_transition'>> {
  const next = TRANSITIONS[state][event];
  if (next !== undefined) return ok(next);
  return err(
    raise(invalidTransition, [], {
      state,
      stateLabel: TASK_STATE_LABELS[state],
      event,
      eventLabel: TASK_EVENT_LABELS[event],
    }),
  );
}

/**
 * The state a task moves to when an event happens.
 *
 * @param state - The current state, one of {@link TaskStateSchema}'s.
 * @param event - The kind of event, one of {@link TaskEventTypeSchema}'s.
 * @returns The next state; an `invalid_transition` problem for an event the state does not allow
 *   (completing a cancelled task); an `invalid_argument` problem when `state` or `event` is not
 *   one of the names above. Never throws.
 * @example
 * ```ts
 * import { nextTaskState } from 'to-cong-nghe-so';
 *
 * nextTaskState('assigned', 'start'); // ok('inProgress')
 * nextTaskState('cancelled', 'complete')._unsafeUnwrapErr().message.vi; // 'Không thể hoàn thành một nhiệm vụ đã hủy.'
 * nextTaskState('archived' as never, 'start')._unsafeUnwrapErr().code; // 'invalid_argument'
 * ```
 * @category Work
 */
export function nextTaskState(
  state: TaskState,
  event: TaskEventType,
): Result<TaskState, TaskHistoryProblem> {
  return argumentsOrErr(() => ({
    state: checkOneOf(state, 'state', TaskStateSchema.options),
    event: checkOneOf(event, 'event', TaskEventTypeSchema.options),
  })).andThen((checked) => transition(checked.state, checked.event));
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

const EVENTS = /* @__PURE__ */ lazySchema(() => z.array(TaskEventSchema));

const EVENTS_ARGUMENT: Label = {
  vi: 'một danh sách sự kiện của nhiệm vụ',
  en: 'a list of task events',
};

/** @internal Replays checked events: the state reached, or the first problem at `['events', i, …]`. */
export function replayChecked(
  events: readonly TaskEvent[],
  asOf: IsoDate | undefined,
): Result<TaskReplay, TaskTransitionProblem> {
  let replay: TaskReplay = { state: 'assigned' };
  // Without asOf every event counts: none is after the last supported day.
  const until = asOf ?? LAST_DATE;
  // Before the first event, no date to keep to: every date sorts after ''.
  let previous = '';
  for (const [i, event] of events.entries()) {
    if (event.on > until) break;
    if (event.on < previous) {
      return err(raise(eventOutOfOrder, ['events', i, 'on'], { date: event.on, previous }));
    }
    previous = event.on;
    const next = transition(replay.state, event.type);
    if (next.isErr()) return err({ ...next.error, path: ['events', i, 'type'] });
    replay =
      next.value === 'done' ? { state: 'done', completedOn: event.on } : { state: next.value };
  }
  return ok(replay);
}

/**
 * Replays a task's events from `assigned`, checking each transition and that events are in date
 * order. Only events on or before `asOf` count, when it is given.
 *
 * @param events - The task's history, oldest first.
 * @param asOf - Ignore events after this date (optional).
 * @returns The state reached; or the first problem, with its path (`['events', i, 'type']`);
 *   or an `invalid_argument` problem when `events` is not a list of task events or `asOf` not a
 *   supported date. Never throws.
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
): Result<TaskReplay, TaskHistoryProblem> {
  return conformingDocument(EVENTS, events, 'events', EVENTS_ARGUMENT)
    .andThen((checked) =>
      argumentsOrErr(() => ({
        checked,
        asOf: asOf === undefined ? undefined : checkDate(asOf, 'asOf'),
      })),
    )
    .andThen((args) => replayChecked(args.checked, args.asOf));
}
