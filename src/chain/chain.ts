import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, checkDocument, checkOptions } from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import { latestCounts } from '../_internal/counts.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
import { MinHeap } from '../_internal/heap.js';
import { checkId } from '../_internal/ids.js';
import { seatInForce } from '../_internal/seat-in-force.js';
import { committeesOf, forReportOf, subordinatesOn, walkUp } from '../_internal/supervision.js';
import { activeSeats, teamIndex } from '../_internal/team-index.js';
import { seatRef, shortSeatRef } from '../_internal/team-names.js';
import { chainCycle, chainNotReachingLeader } from '../problems/catalogue/chain.js';
import { unknownSeat } from '../problems/catalogue/team.js';
import { type Problem, raise } from '../problems/problem.js';
import type { Body, Recipient, Seat, Supervision, Team } from '../team/schema.js';
import { TeamSchema } from '../team/schema.js';
import { compareVietnamese } from '../text/collation.js';

// Kept for the modules that still import the supervisor walk from here; it lives in
// src/_internal/supervision.ts, where new code imports it from.
export { committeesOf, forReportOf, supervisorOf, walkUp } from '../_internal/supervision.js';

/**
 * The codes of {@link ChainProblem}.
 *
 * @category Chain
 */
export type ChainProblemCode =
  | 'unknown_seat'
  | 'seat_not_in_force'
  | 'chain_cycle'
  | 'chain_not_reaching_leader'
  | 'invalid_argument';

/**
 * Why the reporting chain of a seat cannot be followed, or an argument that is not what the
 * query takes.
 *
 * @category Chain
 */
export type ChainProblem = Problem<ChainProblemCode>;

/**
 * Options of {@link chainOf}.
 *
 * @category Chain
 */
export interface ChainOfOptions {
  /** The date asked about; the team's founding day when absent. */
  readonly asOf?: IsoDate;
}

/**
 * Options of {@link subordinatesOf}.
 *
 * @category Chain
 */
export interface SubordinatesOfOptions {
  /** The date asked about; the team's founding day when absent. */
  readonly asOf?: IsoDate;
  /** Whether to include the subordinates' subordinates, and so on (default `false`). */
  readonly transitive?: boolean;
}

/**
 * Options of {@link proposeSupervision}.
 *
 * @category Chain
 */
export interface ProposeSupervisionOptions {
  /** The date of the proposal; the team's founding day when absent. */
  readonly asOf?: IsoDate;
}

/**
 * The reporting chain of a seat: the seats from it up to the leader, then the bodies the leader
 * answers to, then the recipients of the team's decisions "for report" (b/c).
 *
 * @category Chain
 */
export interface Chain {
  /** The seat itself, its supervisor, …, the leader. */
  readonly seats: readonly Seat[];
  /** The bodies the leader answers to (the commune People's Committee, the steering committee). */
  readonly bodies: readonly Body[];
  /** The recipients "for report" of the decisions in force. */
  readonly forReport: readonly Recipient[];
}

/** The team and date of a chain query, checked. */
function checkedQuery(team: Team, options: { readonly asOf?: IsoDate } | undefined) {
  const document = checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  const { asOf } = checkOptions(options, 'options');
  return { document, asOf: asOf === undefined ? document.from : checkDate(asOf, 'options.asOf') };
}

/**
 * The reporting chain of a seat: member → the deputy the leader assigned → the leader → the
 * commune People's Committee and steering committee → the recipients "for report". Costs the
 * length of the chain.
 *
 * @param team - The team.
 * @param seatId - The seat to start from (compared in Unicode NFC).
 * @param options - `asOf`: the date (the team's founding day by default).
 * @returns `ok(chain)`, or `unknown_seat`, `seat_not_in_force` (the seat does not exist yet on
 *   `asOf`, or has ended), `chain_cycle`, `chain_not_reaching_leader` (the team
 *   has no leader, or an assignment names a seat it does not have) or `invalid_argument` (a
 *   `team` that is not a {@link Team}, an `asOf` that is not a supported date).
 * @example
 * ```ts
 * import { chainOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const chain = chainOf(dakNia2022Team(), 'village-heads/bon-bu-sir')._unsafeUnwrap();
 * chain.seats.map((s) => s.id); // ['village-heads/bon-bu-sir', 'deputies/farmers', 'leader/1']
 * chain.bodies.map((b) => b.id); // ['dak-nia-pc', 'dak-nia-steering']
 * chain.forReport[0]?.name; // 'UBND TP Gia Nghĩa'
 * ```
 * @category Chain
 */
export function chainOf(
  team: Team,
  seatId: string,
  options: ChainOfOptions = {},
): Result<Chain, ChainProblem> {
  const checked = argumentsOrErr(() => ({
    ...checkedQuery(team, options),
    id: checkId(seatId, 'seatId'),
  }));
  if (checked.isErr()) return err(checked.error);
  const { document, asOf, id } = checked.value;
  const found = seatInForce(document, id, () => asOf);
  if (found.isErr()) return err(found.error);
  const { seat } = found.value;
  const walk = walkUp(document, seat, asOf);
  if (walk.cycleAt !== undefined) {
    const start = walk.seats.findIndex((s) => s.id === walk.cycleAt);
    const cycle = walk.seats.slice(start);
    return err(
      raise(chainCycle, ['supervision'], {
        seats: cycle.slice(0, 4).map(shortSeatRef),
        more: Math.max(0, cycle.length - 4),
      }),
    );
  }
  // Stryker disable next-line OptionalChaining: the walk always holds the seat it starts from
  if (walk.seats.at(-1)?.role !== 'leader') {
    return err(
      raise(chainNotReachingLeader, ['supervision'], {
        seat: seatRef(document, seat, asOf),
        date: asOf,
      }),
    );
  }
  return ok(
    copyData({
      seats: walk.seats,
      bodies: committeesOf(document, asOf),
      forReport: forReportOf(document, asOf),
    }),
  );
}

/**
 * The seats that report to a seat on a date: directly, or at any depth with `transitive`. Costs
 * O(n) in the seats of the team.
 *
 * @param team - The team.
 * @param seatId - The supervising seat (compared in Unicode NFC).
 * @param options - `asOf` (the team's founding day by default) and `transitive`.
 * @returns `ok(seats)` in the team's order (nearest first when transitive), `unknown_seat`, or
 *   `invalid_argument`.
 * @example
 * ```ts
 * import { subordinatesOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const team = dakNia2022Team();
 * subordinatesOf(team, 'leader/1').map((s) => s.length); // ok(4)
 * subordinatesOf(team, 'leader/1', { transitive: true }).map((s) => s.length); // ok(16)
 * ```
 * @category Chain
 */
export function subordinatesOf(
  team: Team,
  seatId: string,
  options: SubordinatesOfOptions = {},
): Result<Seat[], ChainProblem> {
  const checked = argumentsOrErr(() => ({
    ...checkedQuery(team, options),
    id: checkId(seatId, 'seatId'),
    // Stryker disable next-line OptionalChaining: checkedQuery has refused an options that is not an object
    transitive: options?.transitive === true,
  }));
  if (checked.isErr()) return err(checked.error);
  const { document, asOf, id, transitive } = checked.value;
  if (!teamIndex(document).seatById.has(id)) {
    return err(raise(unknownSeat, ['seatId'], { seatId: id }));
  }
  const below = subordinatesOn(document, asOf);
  const result: Seat[] = [];
  const seen = new Set([id]);
  const queue = [id];
  // Stryker disable next-line EqualityOperator: one step past the queue looks up no seat and adds none
  for (let next = 0; next < queue.length; next += 1) {
    for (const seat of below.get(queue[next] as string) ?? []) {
      if (seen.has(seat.id)) continue;
      seen.add(seat.id);
      result.push(seat);
      if (transitive) queue.push(seat.id);
    }
  }
  return ok(result.map(copyData));
}

/** A village-head seat of a member and what its village weighs. */
interface Village {
  readonly seat: Seat;
  readonly name: string;
  readonly households: number | undefined;
}

/** Assigns each seat to the deputy with the least weight so far (the first on a tie). */
function balance(
  deputies: readonly Seat[],
  seats: readonly { seat: Seat; weight: number }[],
  assignment: Map<string, string>,
): void {
  const heap = new MinHeap<{ weight: number; index: number }>(
    (a, b) => a.weight - b.weight || a.index - b.index,
  );
  deputies.forEach((_, index) => {
    heap.push({ weight: 0, index });
  });
  for (const { seat, weight } of seats) {
    const lightest = heap.pop() as { weight: number; index: number };
    // Stryker disable next-line OptionalChaining,StringLiteral: the heap holds only indices of deputies
    assignment.set(seat.id, deputies[lightest.index]?.id ?? '');
    heap.push({ weight: lightest.weight + weight, index: lightest.index });
  }
}

/**
 * Proposes how the leader could assign members to deputies on a date: the village heads
 * balanced by households (largest village first, each to the deputy with the fewest households
 * so far; by number of villages when counts are missing), then the other members spread evenly.
 * The leader decides: put the result, edited as needed, in the team's `supervision`. Costs
 * O(n log n).
 *
 * @param team - The team.
 * @param options - `asOf`: the date (the team's founding day by default).
 * @returns One assignment per member seat, from `asOf`; empty when the team has no deputy.
 * @throws {@link InvalidArgumentError} when `team` is not a {@link Team} or `options.asOf` is not
 *   a supported date.
 * @example
 * ```ts
 * import { proposeSupervision } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * proposeSupervision(dakNia2022Team()).length; // 12
 * ```
 * @category Chain
 */
export function proposeSupervision(
  team: Team,
  options: ProposeSupervisionOptions = {},
): Supervision[] {
  const { document, asOf } = checkedQuery(team, options);
  const index = teamIndex(document);
  const seats = activeSeats(document, asOf);
  const deputies = seats.filter((s) => s.role === 'deputy');
  if (deputies.length === 0) return [];
  const members = seats.filter((s) => s.role === 'member');
  const villages: Village[] = members.flatMap((seat) => {
    const filling = seat.filling;
    const village =
      // Stryker disable next-line ConditionalExpression: another filling has no village id to look up
      filling.kind === 'villageHead' ? index.placeById.get(filling.villageId) : undefined;
    if (!village) return [];
    return [{ seat, name: village.name, households: latestCounts(village, asOf)?.households }];
  });
  const weighted = villages.every((v) => v.households !== undefined);
  const weightOf = (v: Village) => (weighted ? (v.households ?? 0) : 1);
  villages.sort((a, b) => weightOf(b) - weightOf(a) || compareVietnamese(a.name, b.name));
  const assignment = new Map<string, string>();
  balance(
    deputies,
    villages.map((v) => ({ seat: v.seat, weight: weightOf(v) })),
    assignment,
  );
  balance(
    deputies,
    members.filter((seat) => !assignment.has(seat.id)).map((seat) => ({ seat, weight: 1 })),
    assignment,
  );
  return members.map((seat) => ({
    seatId: seat.id,
    // Stryker disable next-line StringLiteral: every member has been given a deputy above
    supervisorSeatId: assignment.get(seat.id) ?? '',
    from: asOf,
  }));
}
