import { err, ok, type Result } from 'neverthrow';
import type { IsoDate } from '../calendar/date.js';
import { countsOf } from '../places/query.js';
import type { Problem } from '../problems/problem.js';
import { activeSeats, communeOf, isActive, leaderSeat, unknownSeat } from '../team/query.js';
import type { Body, Decision, Recipient, Seat, Supervision, Team } from '../team/schema.js';
import { compareVietnamese } from '../text/collation.js';

/**
 * The codes of {@link ChainProblem}.
 *
 * @category Chain
 */
export type ChainProblemCode = 'unknown_seat' | 'chain_cycle' | 'no_leader';

/**
 * Why the reporting chain of a seat cannot be followed.
 *
 * @category Chain
 */
export type ChainProblem = Problem<ChainProblemCode>;

/**
 * Options of the chain queries.
 *
 * @category Chain
 */
export interface ChainOptions {
  /** The date asked about; the team's founding day when absent. */
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

/**
 * @internal The supervisor of a seat on a date: the seat assigned by the first supervision row in
 * force whose supervisor seat is in force too (rows pointing at a seat that has ended, or not
 * yet begun, are ignored), else the leader. An assignment to an unknown seat gives `undefined`,
 * so the chain does not reach the leader.
 */
export function supervisorOf(team: Team, seat: Seat, asOf: IsoDate): Seat | undefined {
  for (const row of team.supervision) {
    if (row.seatId !== seat.id || !isActive(row, asOf)) continue;
    const supervisor = team.seats.find((s) => s.id === row.supervisorSeatId);
    if (!supervisor || isActive(supervisor, asOf)) return supervisor;
  }
  if (seat.role === 'leader') return undefined;
  return leaderSeat(team, asOf);
}

/** @internal The seats from `seat` upwards; `cycleAt` is the seat that comes back, if any. */
export function walkUp(
  team: Team,
  seat: Seat,
  asOf: IsoDate,
): { seats: Seat[]; cycleAt: string | undefined } {
  const seats = [seat];
  const seen = new Set([seat.id]);
  for (let next = supervisorOf(team, seat, asOf); next; next = supervisorOf(team, next, asOf)) {
    if (seen.has(next.id)) return { seats, cycleAt: next.id };
    seen.add(next.id);
    seats.push(next);
  }
  return { seats, cycleAt: undefined };
}

function cycleProblem(seatId: string): ChainProblem {
  return {
    code: 'chain_cycle',
    path: ['supervision'],
    message: {
      vi: `Chuỗi báo cáo của vị trí "${seatId}" bị lặp vòng.`,
      en: `The reporting chain of seat "${seatId}" goes round in a cycle.`,
    },
  };
}

/** @internal The bodies the leader answers to on a date. */
export function committeesOf(team: Team, asOf: IsoDate): Body[] {
  return team.reportsTo.flatMap((id) =>
    team.bodies.filter((b) => b.id === id && isActive(b, asOf)),
  );
}

/**
 * @internal The recipients "for report" of the decisions signed by a date. A recipient named
 * without a body ("TT Đảng ủy xã") is kept while the decision is in force: while the team exists
 * and serves the commune it served when the decision took effect.
 */
export function forReportOf(team: Team, asOf: IsoDate): Recipient[] {
  const seen = new Set<string>();
  const commune = isActive(team, asOf) ? communeOf(team, asOf)?.id : undefined;
  const inForce = (d: Decision) =>
    commune !== undefined && communeOf(team, d.effectiveFrom ?? d.date)?.id === commune;
  return team.decisions
    .filter((d) => d.date <= asOf)
    .flatMap((d) => d.recipients.filter((r) => r.bodyId !== undefined || inForce(d)))
    .filter((r) => {
      const key = r.bodyId ?? r.name;
      const body = team.bodies.find((b) => b.id === r.bodyId);
      if (!r.forReport || seen.has(key) || (body && !isActive(body, asOf))) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The reporting chain of a seat: member → the deputy the leader assigned → the leader → the
 * commune People's Committee and steering committee → the recipients "for report".
 *
 * @param team - The team.
 * @param seatId - The seat to start from.
 * @param options - `asOf`: the date (the team's founding day by default).
 * @returns `ok(chain)`, or `unknown_seat`, `chain_cycle` or `no_leader` (the chain does not
 *   reach a leader).
 * @example
 * ```ts
 * import { chainOf, dakNia2022Team } from 'to-cong-nghe-so';
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
  options: ChainOptions = {},
): Result<Chain, ChainProblem> {
  const asOf = options.asOf ?? team.from;
  const seat = team.seats.find((s) => s.id === seatId);
  if (!seat) return err(unknownSeat(seatId));
  const walk = walkUp(team, seat, asOf);
  if (walk.cycleAt !== undefined) return err(cycleProblem(seatId));
  if (walk.seats.at(-1)?.role !== 'leader') {
    return err({
      code: 'no_leader',
      path: ['seats'],
      message: {
        vi: `Chuỗi báo cáo của vị trí "${seatId}" không lên tới Tổ trưởng.`,
        en: `The reporting chain of seat "${seatId}" does not reach a leader.`,
      },
    });
  }
  return ok({
    seats: walk.seats,
    bodies: committeesOf(team, asOf),
    forReport: forReportOf(team, asOf),
  });
}

/**
 * Options of {@link subordinatesOf}.
 *
 * @category Chain
 */
export interface SubordinatesOptions extends ChainOptions {
  /** Whether to include the subordinates' subordinates, and so on (default `false`). */
  readonly transitive?: boolean;
}

/**
 * The seats that report to a seat on a date: directly, or at any depth with `transitive`.
 *
 * @param team - The team.
 * @param seatId - The supervising seat.
 * @param options - `asOf` (the team's founding day by default) and `transitive`.
 * @returns `ok(seats)` in the team's order (nearest first when transitive), or `unknown_seat`.
 * @example
 * ```ts
 * import { dakNia2022Team, subordinatesOf } from 'to-cong-nghe-so';
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
  options: SubordinatesOptions = {},
): Result<Seat[], ChainProblem> {
  const asOf = options.asOf ?? team.from;
  if (!team.seats.some((s) => s.id === seatId)) return err(unknownSeat(seatId));
  const seats = activeSeats(team, asOf);
  const result: Seat[] = [];
  const seen = new Set([seatId]);
  const queue = [seatId];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const seat of seats) {
      if (!seen.has(seat.id) && supervisorOf(team, seat, asOf)?.id === current) {
        seen.add(seat.id);
        result.push(seat);
        if (options.transitive) queue.push(seat.id);
      }
    }
  }
  return ok(result);
}

/**
 * Proposes how the leader could assign members to deputies on a date: the village heads
 * balanced by households (largest village first, each to the deputy with the fewest households
 * so far; by number of villages when counts are missing), then the other members spread evenly.
 * The leader decides: put the result, edited as needed, in the team's `supervision`.
 *
 * @param team - The team.
 * @param options - `asOf`: the date (the team's founding day by default).
 * @returns One assignment per member seat, from `asOf`; empty when the team has no deputy.
 * @example
 * ```ts
 * import { dakNia2022Team, proposeSupervision } from 'to-cong-nghe-so';
 *
 * proposeSupervision(dakNia2022Team()).length; // 12
 * ```
 * @category Chain
 */
export function proposeSupervision(team: Team, options: ChainOptions = {}): Supervision[] {
  const asOf = options.asOf ?? team.from;
  const seats = activeSeats(team, asOf);
  const deputies = seats.filter((s) => s.role === 'deputy');
  if (deputies.length === 0) return [];
  const members = seats.filter((s) => s.role === 'member');
  const villages = members.flatMap((seat) => {
    const filling = seat.filling;
    const village =
      filling.kind === 'villageHead'
        ? team.places.find((p) => p.id === filling.villageId)
        : undefined;
    return village ? [{ seat, village, households: countsOf(village, asOf)?.households }] : [];
  });
  const weighted = villages.every((v) => v.households !== undefined);
  const weightOf = (v: (typeof villages)[number]) => (weighted ? (v.households ?? 0) : 1);
  villages.sort(
    (a, b) => weightOf(b) - weightOf(a) || compareVietnamese(a.village.name, b.village.name),
  );
  const load = deputies.map(() => 0);
  const count = deputies.map(() => 0);
  const assignment = new Map<string, string>();
  const assign = (seat: Seat, weights: number[], weight: number) => {
    const index = weights.indexOf(Math.min(...weights));
    weights[index] = (weights[index] ?? 0) + weight;
    assignment.set(seat.id, deputies[index]?.id ?? '');
  };
  for (const v of villages) assign(v.seat, load, weightOf(v));
  for (const seat of members) if (!assignment.has(seat.id)) assign(seat, count, 1);
  return members.map((seat) => ({
    seatId: seat.id,
    supervisorSeatId: assignment.get(seat.id) ?? '',
    from: asOf,
  }));
}
