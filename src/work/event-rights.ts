// Who may record each event of a task: an assignee starts and completes it; whoever assigned
// it, or the team's leader on the day, returns or cancels it.
import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, checkDocument, conformingDocument } from '../_internal/arguments.js';
import type { IsoDate } from '../_internal/dates.js';
import { leaderOn, seatOf } from '../_internal/team-view.js';
import { unknownSeat } from '../problems/catalogue/team.js';
import { eventNotAllowed, type TaskEventFault } from '../problems/catalogue/work.js';
import { type Problem, type ProblemPath, raise } from '../problems/problem.js';
import { type Team, TeamSchema } from '../team/schema.js';
import { TEAM_ARGUMENT } from './arguments.js';
import { type Task, TaskSchema } from './plan-schema.js';
import {
  TASK_EVENT_LABELS,
  type TaskEvent,
  TaskEventSchema,
  type TaskEventType,
} from './task-state.js';
import { seatRef } from './words.js';

/**
 * The problem of {@link checkTaskEvent}: `unknown_seat`, or `event_not_allowed` with the reason
 * in its `fault` parameter.
 *
 * @category Work
 */
export type TaskEventProblem = Problem<'unknown_seat' | 'event_not_allowed'>;

/**
 * The problems of {@link checkTaskEvent}: those of {@link TaskEventProblem}, or
 * `invalid_argument`.
 *
 * @category Work
 */
export type CheckTaskEventProblem = Problem<
  'unknown_seat' | 'event_not_allowed' | 'invalid_argument'
>;

/** What the rule reads of a task and an event. */
export interface EventRightsParts {
  readonly taskId: string;
  readonly assignees: readonly (string | undefined)[];
  readonly assignedBy: string | undefined;
  readonly type: TaskEventType;
  readonly by: string;
  readonly on: IsoDate;
}

/** The fault of an event by a known seat, or `undefined` when the seat may record it. */
function faultOf(team: Team, parts: EventRightsParts): TaskEventFault | undefined {
  if (parts.type === 'start' || parts.type === 'complete') {
    return parts.assignees.includes(parts.by) ? undefined : 'notAssignee';
  }
  if (parts.by === parts.assignedBy || leaderOn(team, parts.on)?.id === parts.by) return undefined;
  return 'notAssignerOrLeader';
}

/**
 * @internal Whether a checked team lets a seat record an event: the problem, at `path`, or
 * `undefined`.
 */
export function eventRightsProblem(
  team: Team,
  parts: EventRightsParts,
  path: ProblemPath,
): TaskEventProblem | undefined {
  if (seatOf(team, parts.by) === undefined) {
    return raise(unknownSeat, path, { seatId: parts.by });
  }
  const fault = faultOf(team, parts);
  if (fault === undefined) return undefined;
  return raise(eventNotAllowed, path, {
    taskId: parts.taskId,
    event: parts.type,
    eventLabel: TASK_EVENT_LABELS[parts.type],
    by: seatRef(team, parts.by, parts.on),
    on: parts.on,
    fault,
  });
}

/**
 * Whether a seat may record an event of a task: an assignee starts and completes it; whoever
 * assigned it, or the team's leader on the day of the event, returns or cancels it. The rule
 * {@link parsePlan} applies to every event of a plan; an app checks an event with it before
 * adding it. Seats are named in problems as people say them, their ids in parentheses.
 *
 * @param team - The team.
 * @param task - The task.
 * @param event - The event (its `by` is the seat recording it).
 * @returns `ok(true)`; `unknown_seat` when `by` is no seat of the team; `event_not_allowed` with
 *   the reason (`fault`: `notAssignee`, `notAssignerOrLeader`); or `invalid_argument` when
 *   `team`, `task` or `event` does not conform. Never throws.
 * @example
 * ```ts
 * import { checkTaskEvent, TaskSchema } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const task = TaskSchema.parse({
 *   id: 'vneid', title: { vi: 'Hỗ trợ VNeID', en: 'Help with VNeID' }, duty: 'member.deploy',
 *   assignees: ['village-heads/bon-bu-sir'], assignedBy: 'deputies/farmers', assignedOn: '2025-01-06',
 *   deadline: '2025-01-17',
 * });
 * const team = dakNia2022Team();
 * checkTaskEvent(team, task, { type: 'complete', on: '2025-01-15', by: 'village-heads/bon-bu-sir' }); // ok(true)
 * checkTaskEvent(team, task, { type: 'cancel', on: '2025-01-15', by: 'leader/1' }); // ok(true)
 * const problem = checkTaskEvent(team, task, { type: 'cancel', on: '2025-01-15', by: 'village-heads/bon-bu-sir' })._unsafeUnwrapErr();
 * problem.code === 'event_not_allowed' ? problem.params?.fault : undefined; // 'notAssignerOrLeader'
 * ```
 * @category Work
 */
export function checkTaskEvent(
  team: Team,
  task: Task,
  event: TaskEvent,
): Result<true, CheckTaskEventProblem> {
  return conformingDocument(TeamSchema, team, 'team', TEAM_ARGUMENT)
    .andThen((checkedTeam) =>
      argumentsOrErr(() => ({
        team: checkedTeam,
        task: checkDocument(TaskSchema, task, 'task', {
          vi: 'một nhiệm vụ (TaskSchema)',
          en: 'a task (TaskSchema)',
        }),
        event: checkDocument(TaskEventSchema, event, 'event', {
          vi: 'một sự kiện của nhiệm vụ (TaskEventSchema)',
          en: 'a task event (TaskEventSchema)',
        }),
      })),
    )
    .andThen((args) => {
      const problem = eventRightsProblem(
        args.team,
        {
          taskId: args.task.id,
          assignees: args.task.assignees,
          assignedBy: args.task.assignedBy,
          type: args.event.type,
          by: args.event.by,
          on: args.event.on,
        },
        ['by'],
      );
      return problem === undefined ? ok(true as const) : err(problem);
    });
}
