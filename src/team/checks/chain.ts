// The checks of a team's reporting chain on a date: assignments to seats not in force, cycles,
// members with no deputy, and a chain that stops before the People's Committee.
import { isActive } from '../../_internal/dated.js';
import { assignedRowOf, committeesOf, cyclesOn } from '../../_internal/supervision.js';
import { teamIndex } from '../../_internal/team-index.js';
import { seatIdRef, shortSeatRef } from '../../_internal/team-names.js';
import {
  chainCycle,
  chainNotReachingCommittee,
  noSupervisor,
  supervisorInactive,
} from '../../problems/catalogue/chain.js';
import { raise } from '../../problems/problem.js';
import type { Check, TeamProblem } from './context.js';

/** How many seats of a cycle a `chain_cycle` problem names; it counts the others. */
const CYCLE_SEATS_NAMED = 4;

/** Supervision rows in force that point at a seat not in force on the date. */
export const checkSupervisors: Check = (context) => {
  const { team, asOf } = context;
  const seats = teamIndex(team).seatById;
  const problems: TeamProblem[] = [];
  team.supervision.forEach((row, i) => {
    const supervisor = seats.get(row.supervisorSeatId);
    if (!isActive(row, asOf) || !supervisor || isActive(supervisor, asOf)) return;
    problems.push(
      raise(supervisorInactive, ['supervision', i, 'supervisorSeatId'], {
        seat: seatIdRef(team, row.seatId, asOf),
        supervisor: context.seatRef(supervisor),
        date: asOf,
      }),
    );
  });
  return problems;
};

/** Cycles in the chain: one problem per cycle, at the first assignment that closes it. */
export const checkCycles: Check = (context) => {
  const { team, asOf } = context;
  return cyclesOn(team, asOf).map((cycle) => {
    const row = cycle
      .map((seat) => assignedRowOf(team, seat.id, asOf))
      .find((i) => i !== undefined);
    return raise(chainCycle, row === undefined ? ['supervision'] : ['supervision', row], {
      seats: cycle.slice(0, CYCLE_SEATS_NAMED).map(shortSeatRef),
      more: Math.max(0, cycle.length - CYCLE_SEATS_NAMED),
    });
  });
};

/** Members assigned to no deputy, when the team has deputies (a warning). */
export const checkUnassignedMembers: Check = (context) => {
  if (!context.seats.some((seat) => seat.role === 'deputy')) return [];
  return context.seats
    .filter(
      (seat) =>
        seat.role === 'member' && assignedRowOf(context.team, seat.id, context.asOf) === undefined,
    )
    .map((seat) => raise(noSupervisor, context.seatPath(seat), { seat: context.seatRef(seat) }));
};

/** A chain that does not reach a People's Committee in force. */
export const checkCommittee: Check = ({ team, asOf }) =>
  committeesOf(team, asOf).some((body) => body.kind === 'peoplesCommittee')
    ? []
    : [raise(chainNotReachingCommittee, ['reportsTo'], { date: asOf })];
