import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { argumentsOrErr, checkOptions, conformingDocument } from '../_internal/arguments.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { fieldsOf, itemsOf, leniently, readDocument } from '../_internal/read.js';
import { IsoDateSchema } from '../calendar/date.js';
import { PeriodIdSchema, parsePeriod } from '../calendar/period.js';
import { checkCatalogue } from '../indicators/arguments.js';
import { BUILT_IN_INDICATORS } from '../indicators/catalogue.js';
import type { Catalogue } from '../indicators/definition.js';
import { type InputProblem, limitProblems } from '../problems/input.js';
import type { Problem } from '../problems/problem.js';
import { type Team, TeamSchema } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import { TEAM_ARGUMENT } from './arguments.js';
import {
  checkPlanAuthor,
  checkTaskIds,
  type EventRefs,
  type PlanCheckContext,
  TASK_CHECKS,
  type TaskRefs,
} from './plan-checks.js';
import { DeadlineSchema, type Plan, PlanSchema, RecurrenceSchema } from './plan-schema.js';
import { calendarOf, type TaskCalendarOptions } from './task.js';
import { TaskEventSchema, TaskEventTypeSchema } from './task-state.js';

/**
 * The codes of {@link PlanProblem}.
 *
 * @category Work
 */
export type PlanProblemCode =
  | 'unknown_seat'
  | 'unknown_duty'
  | 'unknown_place'
  | 'not_a_village'
  | 'unknown_indicator'
  | 'assignment_not_allowed'
  | 'missing_deadline'
  | 'deadline_with_recurrence'
  | 'deadline_out_of_range'
  | 'recurrence_outside_plan'
  | 'duplicate_task'
  | 'event_period_mismatch'
  | 'event_not_allowed'
  | 'invalid_transition'
  | 'event_out_of_order';

/**
 * A problem of a plan.
 *
 * @category Work
 */
export type PlanProblem = Problem<PlanProblemCode>;

/**
 * The problems of {@link parsePlan}: of the plan's shape, of its references, or
 * `invalid_argument` for a team or option that does not conform.
 *
 * @category Work
 */
export type ParsePlanProblem = InputProblem | PlanProblem | Problem<'invalid_argument'>;

/**
 * Options of {@link parsePlan}.
 *
 * @category Work
 */
export interface ParsePlanOptions extends TaskCalendarOptions {
  /** The catalogue task indicators are checked against (default {@link BUILT_IN_INDICATORS}). */
  readonly catalogue?: Catalogue;
}

/** An event of a task as written, read field by field. */
function lenientEvent(value: unknown): EventRefs {
  const fields = fieldsOf(value);
  return {
    type: leniently(TaskEventTypeSchema, fields.type),
    on: leniently(IsoDateSchema, fields.on),
    by: leniently(TextSchema, fields.by),
    period: leniently(PeriodIdSchema, fields.period),
  };
}

const EVENT_LIST = /* @__PURE__ */ lazySchema(() => z.array(TaskEventSchema));

/** A task as written, read field by field: what parses is checked against the team. */
function lenientTask(value: unknown): TaskRefs {
  const fields = fieldsOf(value);
  const events = itemsOf(fields.events);
  const text = (item: unknown) => leniently(TextSchema, item);
  return {
    id: text(fields.id),
    duty: text(fields.duty),
    assignees: itemsOf(fields.assignees).map(text),
    villages: itemsOf(fields.villages).map(text),
    indicators: itemsOf(fields.indicators).map((item) => ({
      indicator: text(fieldsOf(item).indicator),
    })),
    assignedBy: text(fields.assignedBy),
    assignedOn: leniently(IsoDateSchema, fields.assignedOn),
    deadline: leniently(DeadlineSchema, fields.deadline),
    recurrence: leniently(RecurrenceSchema, fields.recurrence),
    events: events.map(lenientEvent),
    deadlineWritten: fields.deadline !== undefined,
    recurrenceWritten: fields.recurrence !== undefined,
    eventsIncomplete: !EVENT_LIST.safeParse(fields.events ?? []).success,
  };
}

/** The plan's period, when its id parses. */
function periodOf(id: string | undefined): PlanCheckContext['period'] {
  if (id === undefined) return undefined;
  const period = parsePeriod(id).unwrapOr(undefined);
  return period === undefined ? undefined : { id, period };
}

/** Every reference problem of a plan, read leniently or parsed. */
function referenceProblems(
  by: string | undefined,
  tasks: readonly TaskRefs[],
  context: PlanCheckContext,
): Problem[] {
  const problems = [...checkTaskIds(tasks)];
  tasks.forEach((task, i) => {
    const at = (...rest: (string | number)[]) => ['tasks', i, ...rest];
    for (const check of TASK_CHECKS) problems.push(...check(task, at, context));
  });
  // Listed in the plan's order: task by task, each task's problems in the order of the checks.
  const taskOf = (problem: Problem) => (problem.path[0] === 'tasks' ? Number(problem.path[1]) : -1);
  return [...checkPlanAuthor(by, context), ...problems.sort((a, b) => taskOf(a) - taskOf(b))];
}

/** The checked options: the catalogue and the calendar. */
function checkPlanOptions(team: Team, options: ParsePlanOptions | undefined) {
  const given = checkOptions(options, 'options');
  return {
    team,
    catalogue:
      given.catalogue === undefined
        ? BUILT_IN_INDICATORS
        : checkCatalogue(given.catalogue, 'options.catalogue'),
    calendar: calendarOf(given),
  };
}

/**
 * Reads a plan and checks it against the team, in one pass: the shape, and — on every part that
 * parsed, whether or not the rest did — the seats, duties, villages and indicators named, that
 * each assignment follows the chain on its date, that each task has a deadline or a recurrence
 * (not both), that deadlines fall by 2100-12-31, that recurrences divide the plan's period, that
 * task ids are unique, that events name the periods of their occurrences and that each history
 * is a valid run of the state machine. Seats are named in messages as people say them, villages
 * by their names, with ids in parentheses.
 *
 * @param input - The plan, e.g. parsed from JSON: any value.
 * @param team - The team.
 * @param options - The indicator catalogue and the working calendar deadlines are counted with.
 * @returns `ok(plan)` or every problem (at most 100, then one saying how many more), each with
 *   its path into the plan; an `invalid_argument` problem when `team` or an option does not
 *   conform. Never throws.
 * @example
 * ```ts
 * import { parsePlan } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
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
 *         assignedOn: '2025-02-30',
 *         recurrence: { every: 'month', byDay: 25 },
 *       },
 *     ],
 *   },
 *   dakNia2022Team(),
 * );
 * plan.isErr() && plan.error.map((p) => p.code); // ['invalid_date', 'unknown_seat']
 * ```
 * @category Work
 */
export function parsePlan(
  input: unknown,
  team: Team,
  options: ParsePlanOptions = {},
): Result<Plan, ParsePlanProblem[]> {
  const checked = conformingDocument(TeamSchema, team, 'team', TEAM_ARGUMENT).andThen((t) =>
    argumentsOrErr(() => checkPlanOptions(t, options)),
  );
  if (checked.isErr()) return err([checked.error]);
  const read = readDocument(PlanSchema, input);
  if (read.cleaned.isErr()) return err(read.cleaned.error);
  const raw = fieldsOf(read.cleaned.value);
  const plan = read.parsed.unwrapOr(undefined);
  const periodId = plan?.period ?? leniently(PeriodIdSchema, raw.period);
  const context: PlanCheckContext = { ...checked.value, period: periodOf(periodId) };
  const references = referenceProblems(
    plan?.by ?? leniently(TextSchema, raw.by),
    plan?.tasks ?? itemsOf(raw.tasks).map(lenientTask),
    context,
  );
  if (plan !== undefined && references.length === 0) return ok(plan);
  const shape = read.parsed.isErr() ? read.parsed.error : [];
  return err(limitProblems([...shape, ...references]) as (InputProblem | PlanProblem)[]);
}
