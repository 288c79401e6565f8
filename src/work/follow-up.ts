import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, checkOptions, conformingDocument } from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { byId, groupBy } from '../_internal/lookup.js';
import { holderIdOn, inForce, leaderOn, seatOf, supervisorOn } from '../_internal/team-view.js';
import type { Problem } from '../problems/problem.js';
import { type Person, type Seat, type Team, TeamSchema } from '../team/schema.js';
import { PLAN_ARGUMENT, TEAM_ARGUMENT } from './arguments.js';
import { type Plan, PlanSchema } from './plan-schema.js';
import {
  type CheckedStatusOptions,
  checkStatusOptions,
  statusOf,
  type TaskStatus,
  type TaskStatusOptions,
} from './status.js';
import { copyInstance, occurrencesOfPlan, type TaskInstance } from './task.js';
import type { TaskTransitionProblem } from './task-state.js';

/**
 * A task occurrence that needs following up, for one of its seats.
 *
 * @category Work
 */
export interface FollowUpItem {
  /** The occurrence. */
  readonly task: TaskInstance;
  /** The seat that must do it. */
  readonly seat: Seat;
  /** Who holds the seat on the date asked about (tasks follow the seat). */
  readonly holder: Person | undefined;
  /** Its status on that date: `overdue` or `dueSoon`. */
  readonly status: TaskStatus;
}

/**
 * The follow-up list (danh sách đôn đốc) of one seat: the overdue and soon-due tasks of the
 * seats it supervises, most urgent first.
 *
 * @category Work
 */
export interface FollowUpList {
  /** The seat following up (a deputy or the leader). */
  readonly seat: Seat;
  /** Its holder on the date asked about. */
  readonly holder: Person | undefined;
  /** The tasks, overdue first (longest overdue first), then due soon (nearest first). */
  readonly items: readonly FollowUpItem[];
}

/**
 * What {@link followUp} returns: the leader's list (the whole team) and one per deputy (the
 * members they supervise).
 *
 * @category Work
 */
export interface FollowUp {
  /** The leader's list, for the whole team; `undefined` when the team had no leader that day. */
  readonly leader: FollowUpList | undefined;
  /** One list per deputy, in the team's order. */
  readonly deputies: readonly FollowUpList[];
}

/**
 * Options of {@link followUp}.
 *
 * @category Work
 */
export interface FollowUpOptions extends TaskStatusOptions {
  /** The date asked about. */
  readonly asOf: IsoDate;
}

/**
 * The problems of {@link followUp}: those of the plan's task histories and deadlines, and
 * `invalid_argument`.
 *
 * @category Work
 */
export type FollowUpProblem =
  | TaskTransitionProblem
  | Problem<'recurrence_outside_plan' | 'deadline_out_of_range' | 'invalid_argument'>;

/** How urgent a status is: the most overdue first (negative), then the fewest days left. */
function urgency(status: TaskStatus): number {
  const late = status.workingDaysLate ?? 0;
  return late > 0 ? -late : (status.workingDaysLeft ?? 0);
}

function byUrgency(a: FollowUpItem, b: FollowUpItem): number {
  return (
    urgency(a.status) - urgency(b.status) ||
    (a.status.deadline < b.status.deadline ? -1 : a.status.deadline > b.status.deadline ? 1 : 0) ||
    (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0)
  );
}

/** A plain copy of data taken from a checked (cached) document, so results alias nothing. */
function copy<T>(value: T): T {
  return copyData(value);
}

interface Context {
  readonly team: Team;
  readonly asOf: IsoDate;
  readonly options: CheckedStatusOptions;
}

function holderOf(context: Context, seat: Seat): Person | undefined {
  const id = holderIdOn(context.team, seat, context.asOf);
  return id === undefined ? undefined : copy(byId(context.team.people).get(id));
}

/** The overdue and soon-due items of the plan's occurrences, most urgent first. */
function urgentItems(
  context: Context,
  instances: readonly TaskInstance[],
): Result<FollowUpItem[], TaskTransitionProblem> {
  const items: FollowUpItem[] = [];
  for (const instance of instances) {
    const status = statusOf(instance, context.asOf, context.options);
    if (status.isErr()) return err(status.error);
    if (status.value.timeliness !== 'overdue' && status.value.timeliness !== 'dueSoon') continue;
    const task = copyInstance(instance);
    for (const seatId of instance.task.assignees) {
      const seat = seatOf(context.team, seatId);
      if (seat === undefined || !inForce(seat, context.asOf)) continue;
      items.push({ task, seat: copy(seat), holder: holderOf(context, seat), status: status.value });
    }
  }
  return ok(items.sort(byUrgency));
}

const byRole = (seat: Seat) => seat.role;

/** The lists: the leader's with every item, each deputy's with its members' items. */
function listsOf(context: Context, items: readonly FollowUpItem[]): FollowUp {
  const { team, asOf } = context;
  const byDeputy = new Map<string, FollowUpItem[]>();
  for (const item of items) {
    const seat = seatOf(team, item.seat.id);
    if (seat === undefined || seat.role !== 'member') continue;
    const supervisor = supervisorOn(team, seat, asOf);
    if (supervisor?.role !== 'deputy') continue;
    const list = byDeputy.get(supervisor.id) ?? [];
    list.push(item);
    byDeputy.set(supervisor.id, list);
  }
  const list = (seat: Seat, own: readonly FollowUpItem[]): FollowUpList => ({
    seat: copy(seat),
    holder: holderOf(context, seat),
    items: own,
  });
  const leader = leaderOn(team, asOf);
  const deputies = (groupBy(team.seats, byRole).get('deputy') ?? []).filter((s) =>
    inForce(s, asOf),
  );
  return {
    leader: leader === undefined ? undefined : list(leader, items),
    deputies: deputies.map((deputy) => list(deputy, byDeputy.get(deputy.id) ?? [])),
  };
}

/**
 * Who must follow up what (đôn đốc) on a date: for each deputy, the overdue and soon-due tasks of
 * the members they supervise that day; for the leader, those of the whole team. Tasks follow
 * the seat: a seat whose holder changed shows its new holder. Deadlines are computed with the
 * calendar, so a deadline in Tết falls on the first working day after it.
 *
 * @param team - The team.
 * @param plan - The plan.
 * @param options - `asOf`, the working calendar and `soonWithin` (working days, default 3).
 * @returns The lists; the problem of a bad task history, recurrence or deadline; or
 *   `invalid_argument` when `team` or `plan` does not conform, `asOf` is not a supported date
 *   (`'24/02/2026'` is refused) or an option is out of range. Never throws. Costs O(n log n) in
 *   the tasks and seats.
 * @example
 * ```ts
 * import { followUp, PlanSchema } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const plan = PlanSchema.parse({
 *   id: 'kh', title: { vi: 'Kế hoạch', en: 'Plan' }, period: '2025-01', by: 'leader/1', adoptedOn: '2025-01-02',
 *   tasks: [{
 *     id: 'vneid', title: { vi: 'Hỗ trợ VNeID', en: 'Help with VNeID' }, duty: 'member.deploy',
 *     assignees: ['village-heads/bon-bu-sir'], assignedBy: 'leader/1', assignedOn: '2025-01-02',
 *     deadline: '2025-01-10',
 *   }],
 * });
 * const lists = followUp(dakNia2022Team(), plan, { asOf: '2025-01-13' })._unsafeUnwrap();
 * lists.deputies.find((d) => d.seat.id === 'deputies/farmers')?.items[0]?.holder?.name; // 'Điểu Bri'
 * lists.leader?.items.length; // 1
 * followUp(dakNia2022Team(), plan, { asOf: '24/02/2026' as never })._unsafeUnwrapErr().code; // 'invalid_argument'
 * ```
 * @category Work
 */
export function followUp(
  team: Team,
  plan: Plan,
  options: FollowUpOptions,
): Result<FollowUp, FollowUpProblem> {
  return conformingDocument(TeamSchema, team, 'team', TEAM_ARGUMENT)
    .andThen((checkedTeam) =>
      conformingDocument(PlanSchema, plan, 'plan', PLAN_ARGUMENT).map((checkedPlan) => ({
        checkedTeam,
        checkedPlan,
      })),
    )
    .andThen(({ checkedTeam, checkedPlan }) =>
      argumentsOrErr(() => {
        const given = checkOptions(options, 'options');
        const context: Context = {
          team: checkedTeam,
          asOf: checkDate(given.asOf, 'options.asOf'),
          options: checkStatusOptions(given),
        };
        return { context, plan: checkedPlan };
      }),
    )
    .andThen(({ context, plan: checked }) =>
      occurrencesOfPlan(checked, context.options.calendar)
        .andThen((instances) => urgentItems(context, instances))
        .map((items) => listsOf(context, items)),
    );
}
