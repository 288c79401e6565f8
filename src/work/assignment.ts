import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, conformingDocument } from '../_internal/arguments.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { inForce, seatOf, supervisorOn } from '../_internal/team-view.js';
import { checkText } from '../_internal/text-argument.js';
import { unknownSeat } from '../problems/catalogue/team.js';
import { type AssignmentFault, assignmentNotAllowed } from '../problems/catalogue/work.js';
import { type Problem, type ProblemPath, raise } from '../problems/problem.js';
import { type Team, TeamSchema } from '../team/schema.js';
import { TEAM_ARGUMENT } from './arguments.js';
import { seatRef } from './words.js';

/**
 * The problem of {@link checkAssignment}: `unknown_seat`, or `assignment_not_allowed` with the
 * reason in its `fault` parameter.
 *
 * @category Work
 */
export type AssignmentProblem = Problem<'unknown_seat' | 'assignment_not_allowed'>;

/**
 * The problems of {@link checkAssignment}: those of {@link AssignmentProblem}, or
 * `invalid_argument`.
 *
 * @category Work
 */
export type CheckAssignmentProblem = Problem<
  'unknown_seat' | 'assignment_not_allowed' | 'invalid_argument'
>;

/** The fault of an assignment between two known seats, or `undefined` when it is allowed. */
function faultOf(
  team: Team,
  assignerId: string,
  assigneeId: string,
  on: IsoDate,
): AssignmentFault | undefined {
  const assigner = seatOf(team, assignerId);
  const assignee = seatOf(team, assigneeId);
  if (assigner === undefined || assignee === undefined) return undefined;
  if (!inForce(assigner, on)) return 'assignerNotInForce';
  if (!inForce(assignee, on)) return 'assigneeNotInForce';
  if (assigner.role === 'leader') return assigneeId === assignerId ? 'selfAssignment' : undefined;
  if (assigner.role === 'member') return 'memberAssigns';
  const supervised =
    assignee.role === 'member' && supervisorOn(team, assignee, on)?.id === assignerId;
  return supervised ? undefined : 'notSupervised';
}

/**
 * @internal Whether a checked team allows an assignment: the problem, with its path relative to
 * the task (`assignedBy` or `assignees`), or `undefined`.
 */
export function assignmentProblem(
  team: Team,
  assignerId: string,
  assigneeId: string,
  on: IsoDate,
  assigneePath: ProblemPath = ['assignees'],
): AssignmentProblem | undefined {
  if (seatOf(team, assignerId) === undefined) {
    return raise(unknownSeat, ['assignedBy'], { seatId: assignerId });
  }
  if (seatOf(team, assigneeId) === undefined) {
    return raise(unknownSeat, assigneePath, { seatId: assigneeId });
  }
  const fault = faultOf(team, assignerId, assigneeId, on);
  if (fault === undefined) return undefined;
  return raise(
    assignmentNotAllowed,
    fault === 'assignerNotInForce' ? ['assignedBy'] : assigneePath,
    {
      assigner: seatRef(team, assignerId, on),
      assignee: seatRef(team, assigneeId, on),
      on,
      fault,
    },
  );
}

/**
 * Whether one seat may assign a task to another on a date, following the chain: the leader
 * assigns to anyone; a deputy only to the members they supervise that day; a member to nobody.
 * Both seats must be in force that day: a seat that has ended (or not yet begun) neither
 * assigns nor receives tasks. Seats are named in problems as people say them ("Tổ phó — Chủ
 * tịch Hội Nông dân xã"), with their ids in parentheses. Ids are compared in Unicode NFC.
 *
 * @param team - The team.
 * @param assignerId - The assigning seat.
 * @param assigneeId - The seat given the task.
 * @param on - The day of the assignment.
 * @returns `ok(true)`; `unknown_seat` / `assignment_not_allowed`; or `invalid_argument` when
 *   `team` is not a team, an id is not text or `on` not a supported date. Never throws.
 * @example
 * ```ts
 * import { checkAssignment } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const team = dakNia2022Team();
 * checkAssignment(team, 'deputies/farmers', 'village-heads/bon-bu-sir', '2025-01-06'); // ok(true)
 * checkAssignment(team, 'deputies/farmers', 'village-heads/thon-nam-ra', '2025-01-06')._unsafeUnwrapErr().message.vi;
 * // 'Tổ phó — Chủ tịch Hội Nông dân xã (deputies/farmers) không được giao việc cho Tổ viên — thôn Nam Rạ (village-heads/thon-nam-ra) ngày 6/1/2025: Tổ phó chỉ giao việc cho Tổ viên mình phụ trách.'
 * ```
 * @category Work
 */
export function checkAssignment(
  team: Team,
  assignerId: string,
  assigneeId: string,
  on: IsoDate,
): Result<true, CheckAssignmentProblem> {
  return conformingDocument(TeamSchema, team, 'team', TEAM_ARGUMENT)
    .andThen((checked) =>
      argumentsOrErr(() => ({
        team: checked,
        assignerId: checkText(assignerId, 'assignerId'),
        assigneeId: checkText(assigneeId, 'assigneeId'),
        on: checkDate(on, 'on'),
      })),
    )
    .andThen((args) => {
      const problem = assignmentProblem(args.team, args.assignerId, args.assigneeId, args.on);
      return problem === undefined ? ok(true as const) : err(problem);
    });
}
