import { err, ok, type Result } from 'neverthrow';
import type { IsoDate } from '../calendar/date.js';
import type { PeriodError } from '../calendar/period.js';
import { supervisorOf } from '../chain/chain.js';
import { activeSeats, holderIdOf, leaderSeat } from '../team/query.js';
import type { Person, Seat, Team } from '../team/schema.js';
import {
  type Plan,
  planTasks,
  type TaskInstance,
  type TaskStatus,
  type TaskStatusOptions,
  taskStatus,
} from './task.js';
import type { TaskTransitionError } from './task-state.js';

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

function byUrgency(a: FollowUpItem, b: FollowUpItem): number {
  return (
    a.status.workingDaysLeft - b.status.workingDaysLeft ||
    a.status.deadline.localeCompare(b.status.deadline) ||
    a.task.id.localeCompare(b.task.id)
  );
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
 * @returns The lists, or the error of a bad plan period or task history.
 * @example
 * ```ts
 * import { dakNia2022Team, followUp, PlanSchema } from 'to-cong-nghe-so';
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
 * ```
 * @category Work
 */
export function followUp(
  team: Team,
  plan: Plan,
  options: FollowUpOptions,
): Result<FollowUp, PeriodError | TaskTransitionError> {
  const { asOf } = options;
  const instances = planTasks(plan, options);
  if (instances.isErr()) return err(instances.error);
  const seats = activeSeats(team, asOf);
  const person = (seat: Seat) => {
    const id = holderIdOf(team, seat, asOf);
    return team.people.find((p) => p.id === id);
  };
  const items: FollowUpItem[] = [];
  for (const task of instances.value) {
    const status = taskStatus(task, asOf, options);
    if (status.isErr()) return err(status.error);
    if (status.value.timeliness !== 'overdue' && status.value.timeliness !== 'dueSoon') continue;
    for (const seatId of task.task.assignees) {
      const seat = seats.find((s) => s.id === seatId);
      if (seat) items.push({ task, seat, holder: person(seat), status: status.value });
    }
  }
  items.sort(byUrgency);
  const list = (seat: Seat, own: FollowUpItem[]): FollowUpList => ({
    seat,
    holder: person(seat),
    items: own,
  });
  const leader = leaderSeat(team, asOf);
  return ok({
    leader: leader ? list(leader, items) : undefined,
    deputies: seats
      .filter((s) => s.role === 'deputy')
      .map((deputy) =>
        list(
          deputy,
          items.filter(
            (item) =>
              item.seat.role === 'member' && supervisorOf(team, item.seat, asOf)?.id === deputy.id,
          ),
        ),
      ),
  });
}
