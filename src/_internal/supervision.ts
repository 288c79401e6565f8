// The reporting chain as the team, chain, work, reports and render modules all walk it: each
// seat's supervisor on a date, the walk up to the leader, cycles, and the bodies and recipients
// above the leader. Every function costs a few map lookups per seat (see team-index.ts).
import type { Body, Decision, Recipient, Seat, Team } from '../team/schema.js';
import { isActive } from './dated.js';
import type { IsoDate } from './dates.js';
import { activeSeats, communeOf, leaderSeat, teamIndex } from './team-index.js';

/**
 * The supervisor of a seat on a date: the seat assigned by the first supervision row in force
 * whose supervisor seat is in force too (rows pointing at a seat that has ended, or not yet
 * begun, are ignored), else the leader. An assignment to an unknown seat gives `undefined`, so
 * the chain does not reach the leader.
 */
export function supervisorOf(team: Team, seat: Seat, asOf: IsoDate): Seat | undefined {
  const index = teamIndex(team);
  for (const row of index.supervisionOfSeat.get(seat.id) ?? []) {
    if (!isActive(row, asOf)) continue;
    const supervisor = index.seatById.get(row.supervisorSeatId);
    if (!supervisor || isActive(supervisor, asOf)) return supervisor;
  }
  if (seat.role === 'leader') return undefined;
  return leaderSeat(team, asOf);
}

/** The first supervision row in force of a seat on a date, with its position in the team. */
export function assignedRowOf(team: Team, seatId: string, asOf: IsoDate): number | undefined {
  const rows = teamIndex(team).supervisionOfSeat.get(seatId);
  if (rows === undefined) return undefined;
  for (const row of rows) {
    if (isActive(row, asOf)) return rowPositions(team).get(row);
  }
  return undefined;
}

const positions = new WeakMap<object, Map<object, number>>();

function rowPositions(team: Team): Map<object, number> {
  let map = positions.get(team);
  // Stryker disable next-line ConditionalExpression: the map is a cache; building it again gives the same
  if (map === undefined) {
    map = new Map((team.supervision ?? []).map((row, i) => [row as object, i]));
    positions.set(team, map);
  }
  return map;
}

/** The seats from `seat` upwards; `cycleAt` is the seat that comes back, if any. */
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

/**
 * The cycles of the chain on a date: each a list of seats in the order the chain goes round,
 * starting from the first of them in the team's order. One pass over the seats in force: O(n).
 */
export function cyclesOn(team: Team, asOf: IsoDate): Seat[][] {
  const state = new Map<string, 'walking' | 'done'>();
  const cycles: Seat[][] = [];
  for (const start of activeSeats(team, asOf)) {
    // Stryker disable next-line ConditionalExpression: a seat already walked adds nothing to the path
    if (state.has(start.id)) continue;
    // Stryker disable next-line ArrayDeclaration: an entry that is not a seat never matches nor ranks first
    const path: Seat[] = [];
    let current: Seat | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, 'walking');
      path.push(current);
      current = supervisorOf(team, current, asOf);
    }
    if (current && state.get(current.id) === 'walking') {
      // Stryker disable next-line OptionalChaining: current is a seat here
      const at = path.findIndex((seat) => seat.id === current?.id);
      const cycle = path.slice(at);
      const where = teamIndex(team).seatPosition;
      const rank = (seat: Seat) => where.get(seat) ?? Number.MAX_SAFE_INTEGER;
      let first = 0;
      // Stryker disable next-line EqualityOperator: one step past the cycle ranks last and is never first
      for (let i = 1; i < cycle.length; i += 1) {
        // Stryker disable next-line EqualityOperator: two seats never share a position
        if (rank(cycle[i] as Seat) < rank(cycle[first] as Seat)) first = i;
      }
      cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
    }
    // Stryker disable next-line StringLiteral: any mark other than 'walking' means done
    for (const seat of path) state.set(seat.id, 'done');
  }
  return cycles;
}

/**
 * The seats in force on a date that report to each seat, in the team's order: one pass over the
 * seats, so that listing the subordinates of every seat costs O(n).
 */
export function subordinatesOn(team: Team, asOf: IsoDate): Map<string, Seat[]> {
  const below = new Map<string, Seat[]>();
  for (const seat of activeSeats(team, asOf)) {
    const supervisor = supervisorOf(team, seat, asOf);
    if (!supervisor) continue;
    const group = below.get(supervisor.id);
    if (group) group.push(seat);
    else below.set(supervisor.id, [seat]);
  }
  return below;
}

/** The bodies the leader answers to on a date. */
export function committeesOf(team: Team, asOf: IsoDate): Body[] {
  const index = teamIndex(team);
  return (team.reportsTo ?? []).flatMap((id) => {
    const body = index.bodyById.get(id);
    return body && isActive(body, asOf) ? [body] : [];
  });
}

/**
 * The recipients "for report" of the decisions signed by a date. A recipient named without a
 * body ("TT Đảng ủy xã") is kept while the decision is in force: while the team exists and
 * serves the commune it served when the decision took effect.
 */
export function forReportOf(team: Team, asOf: IsoDate): Recipient[] {
  const index = teamIndex(team);
  const seen = new Set<string>();
  const commune = isActive(team, asOf) ? communeOf(team, asOf)?.id : undefined;
  const inForce = (d: Decision) =>
    commune !== undefined && communeOf(team, d.effectiveFrom ?? d.date)?.id === commune;
  const result: Recipient[] = [];
  for (const decision of team.decisions ?? []) {
    if (decision.date > asOf) continue;
    const named = inForce(decision);
    for (const recipient of decision.recipients ?? []) {
      if (!recipient.forReport || (recipient.bodyId === undefined && !named)) continue;
      const key = recipient.bodyId ?? recipient.name;
      const body =
        // Stryker disable next-line ConditionalExpression: no body has an undefined id to look up
        recipient.bodyId === undefined ? undefined : index.bodyById.get(recipient.bodyId);
      if (seen.has(key) || (body && !isActive(body, asOf))) continue;
      seen.add(key);
      result.push(recipient);
    }
  }
  return result;
}
