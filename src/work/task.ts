import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { isoDateOf } from '../_internal/dates.js';
import { type IsoDate, IsoDateSchema } from '../calendar/date.js';
import { DurationSchema, deadlineAfter } from '../calendar/deadline.js';
import {
  nextWorkingDay,
  VIETNAM_CALENDAR,
  type WorkingCalendar,
  workingDaysBetween,
} from '../calendar/holidays.js';
import {
  formatPeriod,
  type PeriodError,
  PeriodIdSchema,
  parsePeriod,
  periodRange,
  periodsWithin,
} from '../calendar/period.js';
import { supervisorOf } from '../chain/chain.js';
import { DUTIES } from '../duties/catalogue.js';
import { BUILT_IN_INDICATORS } from '../indicators/catalogue.js';
import type { Catalogue } from '../indicators/definition.js';
import { type InputProblem, problemsFromZod } from '../problems/input.js';
import type { Problem } from '../problems/problem.js';
import { isActive } from '../team/query.js';
import type { Team } from '../team/schema.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import {
  replayTaskEvents,
  TaskEventSchema,
  type TaskState,
  type TaskTransitionError,
} from './task-state.js';

/**
 * A task's deadline: a date, or a duration from the assigned date — `N` working days
 * (`workingDay`), or calendar days, weeks, months or years counted as the Civil Code counts them
 * (a deadline on a day off moves to the next working day). A date that falls on a day off moves
 * to the next working day too.
 *
 * @example
 * ```ts
 * import { DeadlineSchema } from 'to-cong-nghe-so';
 *
 * DeadlineSchema.parse({ amount: 5, unit: 'workingDay' }); // { amount: 5, unit: 'workingDay' }
 * DeadlineSchema.parse('2025-01-24'); // '2025-01-24'
 * ```
 * @category Work
 */
export const DeadlineSchema = z.union([IsoDateSchema, DurationSchema]);

/**
 * A task's deadline.
 *
 * @category Work
 */
export type Deadline = z.infer<typeof DeadlineSchema>;

/**
 * How a task repeats: once per period of a kind (month, quarter, half, year) within the plan's
 * period, due by a day of the period's last month ("every month by day 25").
 *
 * @example
 * ```ts
 * import { RecurrenceSchema } from 'to-cong-nghe-so';
 *
 * RecurrenceSchema.parse({ every: 'month', byDay: 25 }); // { every: 'month', byDay: 25 }
 * ```
 * @category Work
 */
export const RecurrenceSchema = z
  .object({
    /** The kind of period the task repeats in. */
    every: z.enum(['month', 'quarter', 'half', 'year']),
    /** The day of the period's last month it is due by (past the month's end: its last day). */
    byDay: z.number().int().min(1).max(31),
  })
  .strict();

/**
 * How a task repeats.
 *
 * @category Work
 */
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/**
 * A task of a plan (nhiệm vụ được giao): what to do, the duty it serves, the seats it is
 * assigned to (tasks follow the seat, not the person), the villages and indicators it concerns,
 * who assigned it and when, its deadline or recurrence, and its history.
 *
 * @example
 * ```ts
 * import { TaskSchema } from 'to-cong-nghe-so';
 *
 * TaskSchema.parse({
 *   id: 'vneid',
 *   title: { vi: 'Hỗ trợ cài đặt VNeID', en: 'Help install VNeID' },
 *   duty: 'member.deploy',
 *   assignees: ['village-heads/bon-bu-sir'],
 *   assignedBy: 'leader/1',
 *   assignedOn: '2025-01-06',
 *   deadline: { amount: 10, unit: 'workingDay' },
 * }).villages; // []
 * ```
 * @category Work
 */
export const TaskSchema = z
  .object({
    /** A stable id, unique in the plan. */
    id: TextSchema,
    /** What to do. */
    title: LabelSchema,
    /** The id of the duty it serves, from the duty catalogue (e.g. `member.deploy`). */
    duty: TextSchema,
    /** The seats it is assigned to. */
    assignees: z.array(TextSchema).min(1),
    /** The villages it concerns. */
    villages: z.array(TextSchema).default([]),
    /** The indicators it should move, and by how much (in the indicator's unit). */
    indicators: z
      .array(
        z
          .object({
            /** The indicator's code. */
            indicator: TextSchema,
            /** How much it should move. */
            by: z.number().finite().optional(),
          })
          .strict(),
      )
      .default([]),
    /** The seat that assigned it. */
    assignedBy: TextSchema,
    /** The day it was assigned. */
    assignedOn: IsoDateSchema,
    /** Its deadline; required unless it repeats. */
    deadline: DeadlineSchema.optional(),
    /** How it repeats, for a recurring task. */
    recurrence: RecurrenceSchema.optional(),
    /** What happened to it, oldest first (for a recurring task, each event names its period). */
    events: z.array(TaskEventSchema).default([]),
  })
  .strict();

/**
 * A task of a plan.
 *
 * @category Work
 */
export type Task = z.infer<typeof TaskSchema>;

/**
 * A plan (kế hoạch) of the leader for a period, with its tasks.
 *
 * @category Work
 */
export const PlanSchema = z
  .object({
    /** A stable id. */
    id: TextSchema,
    /** Its title. */
    title: LabelSchema,
    /** The period it covers (e.g. `2025-Q1`). */
    period: PeriodIdSchema,
    /** The seat that made it (the leader). */
    by: TextSchema,
    /** The day it was adopted. */
    adoptedOn: IsoDateSchema,
    /** Its tasks. */
    tasks: z.array(TaskSchema).default([]),
  })
  .strict();

/**
 * A plan.
 *
 * @category Work
 */
export type Plan = z.infer<typeof PlanSchema>;

/**
 * A plan as written in JSON (defaults not yet filled in).
 *
 * @category Work
 */
export type PlanInput = z.input<typeof PlanSchema>;

/**
 * The codes of {@link PlanProblem}.
 *
 * @category Work
 */
export type PlanProblemCode =
  | 'unknown_seat'
  | 'unknown_duty'
  | 'unknown_place'
  | 'unknown_indicator'
  | 'assignment_not_allowed'
  | 'missing_deadline'
  | 'duplicate_task'
  | 'invalid_transition'
  | 'event_out_of_order';

/**
 * A problem of a plan.
 *
 * @category Work
 */
export type PlanProblem = Problem<PlanProblemCode>;

/**
 * The error of {@link checkAssignment}.
 *
 * @category Work
 */
export type AssignmentProblem = Problem<'unknown_seat' | 'assignment_not_allowed'>;

function unknownSeatAt(seatId: string, path: readonly (string | number)[]): PlanProblem {
  return {
    code: 'unknown_seat',
    path,
    message: { vi: `Tổ không có vị trí "${seatId}".`, en: `The team has no seat "${seatId}".` },
  };
}

/**
 * Whether one seat may assign a task to another on a date, following the chain: the leader
 * assigns to anyone; a deputy only to the members they supervise that day; a member to nobody.
 * Both seats must be in force that day: a seat that has ended (or not yet begun) neither
 * assigns nor receives tasks.
 *
 * @param team - The team.
 * @param assignerId - The assigning seat.
 * @param assigneeId - The seat given the task.
 * @param on - The day of the assignment.
 * @returns `ok(true)`, or `unknown_seat` / `assignment_not_allowed`.
 * @example
 * ```ts
 * import { checkAssignment, dakNia2022Team } from 'to-cong-nghe-so';
 *
 * const team = dakNia2022Team();
 * checkAssignment(team, 'deputies/farmers', 'village-heads/bon-bu-sir', '2025-01-06'); // ok(true)
 * checkAssignment(team, 'deputies/farmers', 'village-heads/thon-nam-ra', '2025-01-06').isErr(); // true
 * ```
 * @category Work
 */
export function checkAssignment(
  team: Team,
  assignerId: string,
  assigneeId: string,
  on: IsoDate,
): Result<true, AssignmentProblem> {
  const assigner = team.seats.find((s) => s.id === assignerId);
  if (!assigner) return err(unknownSeatAt(assignerId, ['assignedBy']) as AssignmentProblem);
  const assignee = team.seats.find((s) => s.id === assigneeId);
  if (!assignee) return err(unknownSeatAt(assigneeId, ['assignees']) as AssignmentProblem);
  const inactive = [assigner, assignee].find((seat) => !isActive(seat, on));
  if (inactive) {
    return err({
      code: 'assignment_not_allowed',
      path: inactive === assigner ? ['assignedBy'] : ['assignees'],
      message: {
        vi: `Vị trí "${inactive.id}" không còn (hoặc chưa có) trong tổ ngày ${on}: không giao hay nhận việc.`,
        en: `Seat "${inactive.id}" is not in force on ${on}: it neither assigns nor receives tasks.`,
      },
    });
  }
  if (assigner.role === 'leader' && assigneeId !== assignerId) return ok(true);
  if (
    assigner.role === 'deputy' &&
    assignee.role === 'member' &&
    supervisorOf(team, assignee, on)?.id === assignerId
  ) {
    return ok(true);
  }
  const why =
    assigner.role === 'member'
      ? { vi: 'Tổ viên không giao việc.', en: 'A member assigns no tasks.' }
      : assigner.role === 'deputy'
        ? {
            vi: 'Tổ phó chỉ giao việc cho Tổ viên mình phụ trách.',
            en: 'A deputy assigns tasks only to the members they supervise.',
          }
        : { vi: 'Không tự giao việc cho mình.', en: 'A seat does not assign tasks to itself.' };
  return err({
    code: 'assignment_not_allowed',
    path: ['assignees'],
    message: {
      vi: `"${assignerId}" không được giao việc cho "${assigneeId}" ngày ${on}: ${why.vi}`,
      en: `"${assignerId}" may not assign a task to "${assigneeId}" on ${on}: ${why.en}`,
    },
  });
}

/**
 * Options of {@link parsePlan}.
 *
 * @category Work
 */
export interface PlanOptions {
  /** The catalogue task indicators are checked against (default {@link BUILT_IN_INDICATORS}). */
  readonly catalogue?: Catalogue;
}

/**
 * Reads a plan and checks it against the team: the shape, the seats, duties, villages and
 * indicators named, that each assignment follows the chain on its date, that each task has a
 * deadline or a recurrence, that task ids are unique and that each history is a valid run of the
 * state machine. Every problem is reported at once.
 *
 * @param input - The plan, e.g. parsed from JSON.
 * @param team - The team.
 * @param options - The indicator catalogue.
 * @returns `ok(plan)` or every problem, each with its path into the plan.
 * @example
 * ```ts
 * import { dakNia2022Team, parsePlan } from 'to-cong-nghe-so';
 *
 * const plan = parsePlan(
 *   {
 *     id: 'kh-2025-q1',
 *     title: { vi: 'Kế hoạch quý I/2025', en: 'Plan for Q1 2025' },
 *     period: '2025-Q1',
 *     by: 'leader/1',
 *     adoptedOn: '2025-01-02',
 *     tasks: [
 *       {
 *         id: 'report',
 *         title: { vi: 'Báo cáo tháng', en: 'Monthly report' },
 *         duty: 'member.report',
 *         assignees: ['village-heads/bon-bu-sir'],
 *         assignedBy: 'member/none',
 *         assignedOn: '2025-01-02',
 *         recurrence: { every: 'month', byDay: 25 },
 *       },
 *     ],
 *   },
 *   dakNia2022Team(),
 * );
 * plan.isErr() && plan.error.map((p) => p.code); // ['unknown_seat']
 * ```
 * @category Work
 */
export function parsePlan(
  input: unknown,
  team: Team,
  options: PlanOptions = {},
): Result<Plan, (InputProblem | PlanProblem)[]> {
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) return err(problemsFromZod(parsed.error));
  const plan = parsed.data;
  const catalogue = options.catalogue ?? BUILT_IN_INDICATORS;
  const problems: PlanProblem[] = [];
  const seatIds = new Set(team.seats.map((s) => s.id));
  if (!seatIds.has(plan.by)) problems.push(unknownSeatAt(plan.by, ['by']));
  const seen = new Set<string>();
  plan.tasks.forEach((task, i) => {
    const at = (...rest: (string | number)[]) => ['tasks', i, ...rest];
    if (seen.has(task.id)) {
      problems.push({
        code: 'duplicate_task',
        path: at('id'),
        message: {
          vi: `Nhiệm vụ "${task.id}" bị trùng mã.`,
          en: `Task id "${task.id}" is used twice.`,
        },
      });
    }
    seen.add(task.id);
    if (!DUTIES.some((d) => d.id === task.duty)) {
      problems.push({
        code: 'unknown_duty',
        path: at('duty'),
        message: {
          vi: `Không có nhiệm vụ "${task.duty}" trong danh mục nhiệm vụ.`,
          en: `Duty "${task.duty}" is not in the duty catalogue.`,
        },
      });
    }
    task.villages.forEach((village, j) => {
      if (!team.places.some((p) => p.id === village && p.level === 'village')) {
        problems.push({
          code: 'unknown_place',
          path: at('villages', j),
          message: { vi: `Không có thôn "${village}".`, en: `There is no village "${village}".` },
        });
      }
    });
    task.indicators.forEach((moved, j) => {
      if (!catalogue.some((c) => c.code === moved.indicator)) {
        problems.push({
          code: 'unknown_indicator',
          path: at('indicators', j, 'indicator'),
          message: {
            vi: `Không có chỉ số "${moved.indicator}" trong danh mục.`,
            en: `Indicator "${moved.indicator}" is not in the catalogue.`,
          },
        });
      }
    });
    if (!seatIds.has(task.assignedBy)) {
      problems.push(unknownSeatAt(task.assignedBy, at('assignedBy')));
    } else {
      task.assignees.forEach((seatId, j) => {
        const checked = checkAssignment(team, task.assignedBy, seatId, task.assignedOn);
        if (checked.isErr()) problems.push({ ...checked.error, path: at('assignees', j) });
      });
    }
    if (task.deadline === undefined && task.recurrence === undefined) {
      problems.push({
        code: 'missing_deadline',
        path: at('deadline'),
        message: {
          vi: `Nhiệm vụ "${task.id}" chưa có thời hạn.`,
          en: `Task "${task.id}" has no deadline.`,
        },
      });
    }
    for (const events of historiesOf(task)) {
      const replay = replayTaskEvents(events.list);
      if (replay.isErr()) {
        const [, index = 0, ...rest] = replay.error.path;
        problems.push({
          ...replay.error,
          path: at('events', events.index[Number(index)] ?? 0, ...rest),
        });
      }
    }
  });
  return problems.length > 0 ? err(problems) : ok(plan);
}

function historiesOf(task: Task): { list: Task['events']; index: number[] }[] {
  const groups = new Map<string, { list: Task['events']; index: number[] }>();
  task.events.forEach((event, i) => {
    const key = event.period ?? '';
    const group = groups.get(key) ?? { list: [], index: [] };
    group.list.push(event);
    group.index.push(i);
    groups.set(key, group);
  });
  return [...groups.values()];
}

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

/**
 * The deadline of a one-off task: its date moved to the next working day, or its duration
 * counted from the assigned date with the calendar.
 *
 * @param assignedOn - The day the task was assigned.
 * @param deadline - The deadline as written.
 * @param calendar - The working calendar (default {@link VIETNAM_CALENDAR}).
 * @returns The deadline, a working day.
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
  return typeof deadline === 'string'
    ? nextWorkingDay(deadline, calendar)
    : deadlineAfter(assignedOn, deadline, calendar);
}

/**
 * The occurrences of a plan's tasks: one per one-off task, and one per period of a recurring
 * task within the plan's period (starting with the period of its assignment), each with its
 * deadline computed.
 *
 * @param plan - The plan.
 * @param options - The working calendar.
 * @returns The occurrences in the plan's order, or `invalid_period` for a bad plan period.
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
): Result<TaskInstance[], PeriodError> {
  const calendar = options.calendar ?? VIETNAM_CALENDAR;
  return parsePeriod(plan.period).andThen((period) => {
    const instances: TaskInstance[] = [];
    for (const task of plan.tasks) {
      const { recurrence, deadline } = task;
      if (recurrence === undefined) {
        if (deadline !== undefined) {
          instances.push({
            id: task.id,
            task,
            deadline: taskDeadline(task.assignedOn, deadline, calendar),
            events: task.events,
          });
        }
        continue;
      }
      const periods =
        period.kind === recurrence.every ? ok([period]) : periodsWithin(period, recurrence.every);
      if (periods.isErr()) return err(periods.error);
      for (const occurrence of periods.value) {
        const range = periodRange(occurrence);
        if (range.end < task.assignedOn) continue;
        const [year, month] = range.end.split('-').map(Number) as [number, number];
        const last = Number(range.end.slice(8));
        const id = formatPeriod(occurrence);
        instances.push({
          id: `${task.id}@${id}`,
          task,
          period: id,
          deadline: nextWorkingDay(
            isoDateOf(year, month, Math.min(recurrence.byDay, last)),
            calendar,
          ),
          events: task.events.filter((e) => e.period === id),
        });
      }
    }
    return ok(instances);
  });
}

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
  /** A task is due soon when at most this many working days are left (default 3). */
  readonly soonWithin?: number;
}

/**
 * The state of a task occurrence on a date, from its events up to that date, and where it stands
 * against its deadline: done on time or late, cancelled, overdue, due soon, or open.
 *
 * @param instance - The occurrence (from {@link planTasks}).
 * @param asOf - The date asked about.
 * @param options - The working calendar and how many working days count as "soon".
 * @returns The status, or the error of an invalid history.
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
): Result<TaskStatus, TaskTransitionError> {
  const calendar = options.calendar ?? VIETNAM_CALENDAR;
  const soonWithin = options.soonWithin ?? 3;
  return replayTaskEvents(instance.events, asOf).map((replay) => {
    const { deadline } = instance;
    const workingDaysLeft = workingDaysBetween(asOf, deadline, calendar);
    const timeliness: TaskTimeliness =
      replay.state === 'cancelled'
        ? 'cancelled'
        : replay.state === 'done'
          ? (replay.completedOn ?? asOf) <= deadline
            ? 'doneOnTime'
            : 'doneLate'
          : asOf > deadline
            ? 'overdue'
            : workingDaysLeft <= soonWithin
              ? 'dueSoon'
              : 'open';
    return { state: replay.state, timeliness, deadline, workingDaysLeft };
  });
}
