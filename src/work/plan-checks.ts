// The checks of a plan against its team, each a small named function over a leniently read plan
// (see plan.ts): they run whether or not the plan's shape is right, on the parts that parsed.
import { byId } from '../_internal/lookup.js';
import type { WorkingCalendar } from '../calendar/holidays.js';
import type { Period } from '../calendar/period.js';
import { formatPeriod, periodRange } from '../calendar/period.js';
import { dutyIdsOn } from '../duties/catalogue.js';
import type { Catalogue } from '../indicators/definition.js';
import { unknownIndicator } from '../problems/catalogue/indicators.js';
import { unknownPlace } from '../problems/catalogue/places.js';
import { unknownSeat } from '../problems/catalogue/team.js';
import {
  deadlineOutOfRange,
  deadlineWithRecurrence,
  duplicateTask,
  eventPeriodMismatch,
  missingDeadline,
  notAVillage,
  recurrenceOutsidePlan,
  unknownDuty,
} from '../problems/catalogue/work.js';
import { type Problem, type ProblemPath, raise } from '../problems/problem.js';
import type { Team } from '../team/schema.js';
import { assignmentProblem } from './assignment.js';
import { eventRightsProblem } from './event-rights.js';
import type { Deadline, Recurrence } from './plan-schema.js';
import { deadlineWithin, occurrencesOf, outOfRange } from './task.js';
import { replayChecked, type TaskEvent } from './task-state.js';
import { periodRef, placeRef } from './words.js';

/** An event of a task, read leniently. */
export interface EventRefs {
  readonly type?: TaskEvent['type'] | undefined;
  readonly on?: TaskEvent['on'] | undefined;
  readonly by?: string | undefined;
  readonly period?: string | undefined;
}

/** A task, read leniently: the fields that parsed; a parsed task is one too. */
export interface TaskRefs {
  readonly id?: string | undefined;
  readonly duty?: string | undefined;
  readonly assignees?: readonly (string | undefined)[];
  readonly villages?: readonly (string | undefined)[];
  readonly indicators?: readonly { readonly indicator?: string | undefined }[];
  readonly assignedBy?: string | undefined;
  readonly assignedOn?: TaskEvent['on'] | undefined;
  readonly deadline?: Deadline | undefined;
  readonly recurrence?: Recurrence | undefined;
  readonly events?: readonly EventRefs[];
  /** Set when the deadline was written but did not parse. */
  readonly deadlineWritten?: boolean;
  /** Set when the recurrence was written but did not parse. */
  readonly recurrenceWritten?: boolean;
  /** Set when some events did not parse: the history is then not replayed. */
  readonly eventsIncomplete?: boolean;
}

/** What the checks look at: the team, the plan's period, the catalogues and the calendar. */
export interface PlanCheckContext {
  readonly team: Team;
  readonly period?: { readonly id: string; readonly period: Period } | undefined;
  readonly catalogue: Catalogue;
  readonly calendar: WorkingCalendar;
}

/** One check of one task: its problems, with paths into the plan. */
export type TaskCheck = (
  task: TaskRefs,
  at: (...rest: (string | number)[]) => ProblemPath,
  context: PlanCheckContext,
) => Problem[];

/** The seat that made the plan is the team's. */
export function checkPlanAuthor(by: string | undefined, context: PlanCheckContext): Problem[] {
  if (by === undefined || byId(context.team.seats).has(by)) return [];
  return [raise(unknownSeat, ['by'], { seatId: by })];
}

/** No two tasks share an id. */
export function checkTaskIds(tasks: readonly TaskRefs[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  tasks.forEach((task, i) => {
    if (task.id === undefined) return;
    if (seen.has(task.id))
      problems.push(raise(duplicateTask, ['tasks', i, 'id'], { taskId: task.id }));
    seen.add(task.id);
  });
  return problems;
}

/**
 * The duty a task serves is in the Article 2 the team is bound by on the day the task was
 * assigned (the first day of the plan's period, else the team's founding day, when that day is not
 * known): its decision's own, else its template's, else the reference text.
 */
export const checkTaskDuty: TaskCheck = (task, at, context) => {
  if (task.duty === undefined) return [];
  const day =
    task.assignedOn ??
    (context.period === undefined ? context.team.from : periodRange(context.period.period).start);
  if (dutyIdsOn(context.team, day).has(task.duty)) return [];
  return [raise(unknownDuty, at('duty'), { dutyId: task.duty })];
};

/** The villages a task concerns are the team's villages. */
export const checkTaskVillages: TaskCheck = (task, at, { team }) => {
  const places = byId(team.places);
  const problems: Problem[] = [];
  task.villages?.forEach((id, j) => {
    if (id === undefined) return;
    const place = places.get(id);
    if (place === undefined) problems.push(raise(unknownPlace, at('villages', j), { placeId: id }));
    else if (place.level !== 'village') {
      problems.push(raise(notAVillage, at('villages', j), { place: placeRef(place) }));
    }
  });
  return problems;
};

const codesOf = new WeakMap<Catalogue, ReadonlySet<string>>();

function indicatorCodes(catalogue: Catalogue): ReadonlySet<string> {
  let codes = codesOf.get(catalogue);
  if (codes === undefined) {
    codes = new Set(catalogue.map((indicator) => indicator.code));
    codesOf.set(catalogue, codes);
  }
  return codes;
}

/** The indicators a task should move are in the catalogue. */
export const checkTaskIndicators: TaskCheck = (task, at, { catalogue }) => {
  const codes = indicatorCodes(catalogue);
  const problems: Problem[] = [];
  task.indicators?.forEach((moved, j) => {
    if (moved.indicator === undefined || codes.has(moved.indicator)) return;
    problems.push(
      raise(unknownIndicator, at('indicators', j, 'indicator'), { indicatorId: moved.indicator }),
    );
  });
  return problems;
};

/** The assigning seat is the team's, and each assignment follows the chain on its date. */
export const checkTaskAssignments: TaskCheck = (task, at, { team }) => {
  const seats = byId(team.seats);
  if (task.assignedBy !== undefined && !seats.has(task.assignedBy)) {
    return [raise(unknownSeat, at('assignedBy'), { seatId: task.assignedBy })];
  }
  const problems: Problem[] = [];
  task.assignees?.forEach((seatId, j) => {
    if (seatId === undefined) return;
    if (!seats.has(seatId)) {
      problems.push(raise(unknownSeat, at('assignees', j), { seatId }));
      return;
    }
    if (task.assignedBy === undefined || task.assignedOn === undefined) return;
    const problem = assignmentProblem(team, task.assignedBy, seatId, task.assignedOn);
    if (problem !== undefined) {
      const field = problem.path[0] === 'assignedBy' ? at('assignedBy') : at('assignees', j);
      problems.push({ ...problem, path: field });
    }
  });
  return problems;
};

/** A task has a deadline or a recurrence, not both, and its deadline falls in the supported range. */
export const checkTaskDeadline: TaskCheck = (task, at, { calendar }) => {
  const hasDeadline = task.deadline !== undefined || task.deadlineWritten === true;
  const hasRecurrence = task.recurrence !== undefined || task.recurrenceWritten === true;
  const taskId = task.id ?? '';
  if (!hasDeadline && !hasRecurrence) return [raise(missingDeadline, at('deadline'), { taskId })];
  if (hasDeadline && hasRecurrence)
    return [raise(deadlineWithRecurrence, at('deadline'), { taskId })];
  const { deadline, assignedOn } = task;
  if (deadline === undefined || assignedOn === undefined) return [];
  if (deadlineWithin(assignedOn, deadline, calendar) !== undefined) return [];
  return [raise(deadlineOutOfRange, at('deadline'), outOfRange(assignedOn, deadline))];
};

const EVERY_WORDS = {
  month: { vi: 'tháng', en: 'month' },
  quarter: { vi: 'quý', en: 'quarter' },
  half: { vi: '6 tháng', en: 'half year' },
  year: { vi: 'năm', en: 'year' },
} as const;

/** A recurring task repeats in periods that divide the plan's. */
export const checkTaskRecurrence: TaskCheck = (task, at, { period }) => {
  if (task.recurrence === undefined || period === undefined) return [];
  if (occurrencesOf(period.period, task.recurrence.every) !== undefined) return [];
  return [
    raise(recurrenceOutsidePlan, at('recurrence', 'every'), {
      taskId: task.id ?? '',
      every: EVERY_WORDS[task.recurrence.every],
      period: periodRef(period.id, period.period),
    }),
  ];
};

/** The occurrences' period ids of a recurring task, when its plan's period is known. */
function occurrenceIds(task: TaskRefs, context: PlanCheckContext): ReadonlySet<string> | undefined {
  if (task.recurrence === undefined || context.period === undefined) return undefined;
  const periods = occurrencesOf(context.period.period, task.recurrence.every);
  return periods === undefined ? undefined : new Set(periods.map(formatPeriod));
}

/** The seats named in a task's history are the team's, and its events name the right periods. */
export const checkTaskEvents: TaskCheck = (task, at, context) => {
  const seats = byId(context.team.seats);
  const occurrences = occurrenceIds(task, context);
  const recurring = task.recurrence !== undefined || task.recurrenceWritten === true;
  const taskId = task.id ?? '';
  const problems: Problem[] = [];
  task.events?.forEach((event, j) => {
    if (event.by !== undefined && !seats.has(event.by)) {
      problems.push(raise(unknownSeat, at('events', j, 'by'), { seatId: event.by }));
    }
    if (recurring && event.period === undefined && task.recurrence !== undefined) {
      problems.push(raise(eventPeriodMismatch, at('events', j), { taskId, fault: 'missing' }));
    } else if (!recurring && event.period !== undefined) {
      problems.push(
        raise(eventPeriodMismatch, at('events', j, 'period'), { taskId, fault: 'notRecurring' }),
      );
    } else if (occurrences && event.period !== undefined && !occurrences.has(event.period)) {
      problems.push(
        raise(eventPeriodMismatch, at('events', j, 'period'), {
          taskId,
          periodId: event.period,
          fault: 'notAnOccurrence',
        }),
      );
    }
  });
  return problems;
};

/** Each event is recorded by a seat that may: an assignee, or the assigner or the leader. */
export const checkTaskEventRights: TaskCheck = (task, at, { team }) => {
  const problems: Problem[] = [];
  const seats = byId(team.seats);
  task.events?.forEach((event, j) => {
    const { type, by, on } = event;
    // An unknown seat is checkTaskEvents'; a seat with no rights is this check's.
    if (type === undefined || by === undefined || on === undefined || !seats.has(by)) return;
    const problem = eventRightsProblem(
      team,
      {
        taskId: task.id ?? '',
        assignees: task.assignees ?? [],
        assignedBy: task.assignedBy,
        type,
        by,
        on,
      },
      at('events', j, 'by'),
    );
    if (problem !== undefined) problems.push(problem);
  });
  return problems;
};

/** Each history (one per occurrence of a recurring task) is a valid run of the state machine. */
export const checkTaskHistory: TaskCheck = (task, at) => {
  if (task.eventsIncomplete === true || task.events === undefined) return [];
  const groups = new Map<string, { list: TaskEvent[]; index: number[] }>();
  task.events.forEach((event, i) => {
    if (event.type === undefined || event.on === undefined || event.by === undefined) return;
    const key = event.period ?? '';
    const group = groups.get(key) ?? { list: [], index: [] };
    group.list.push(event as TaskEvent);
    group.index.push(i);
    groups.set(key, group);
  });
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    const replay = replayChecked(group.list, undefined);
    if (replay.isErr()) {
      const [, index = 0, ...rest] = replay.error.path;
      problems.push({
        ...replay.error,
        path: at('events', group.index[Number(index)] ?? 0, ...rest),
      });
    }
  }
  return problems;
};

/** Every check of a task, in the order their problems are listed. */
export const TASK_CHECKS: readonly TaskCheck[] = [
  checkTaskDuty,
  checkTaskVillages,
  checkTaskIndicators,
  checkTaskAssignments,
  checkTaskDeadline,
  checkTaskRecurrence,
  checkTaskEvents,
  checkTaskEventRights,
  checkTaskHistory,
];
