// The checks of who sits on a team on a date: its commune, its leader, one seat per person, and
// seats nobody holds.
import { isActive } from '../../_internal/dated.js';
import { areaPlaceIds, communeOf, parentIdAt, teamIndex } from '../../_internal/team-index.js';
import { personRef, placeRef, shortSeatRef } from '../../_internal/team-names.js';
import {
  communeInactive,
  multipleLeaders,
  noLeader,
  personInTwoSeats,
  vacantLeader,
  vacantSeat,
  villageOutsideArea,
} from '../../problems/catalogue/team.js';
import { raise } from '../../problems/problem.js';
import type { Seat } from '../schema.js';
import type { Check, TeamProblem } from './context.js';

/** How many seats a `person_in_two_seats` problem names; it counts the others. */
const SEATS_NAMED = 3;

/** The team's commune no longer existed on the date (a warning: after a merger). */
export const checkCommune: Check = ({ team, asOf }) => {
  const commune = communeOf(team, asOf);
  if (!commune || isActive(commune, asOf)) return [];
  return [raise(communeInactive, ['communes'], { commune: placeRef(commune), date: asOf })];
};

/**
 * No leader, or more than one, on the date. A leader seat nobody holds (a village-level team whose
 * village has no head) leaves the team without a leader: `vacant_leader`, an error.
 */
export const checkLeaders: Check = (context) => {
  const leaders = context.seats.filter((seat) => seat.role === 'leader');
  if (leaders.length === 0) return [raise(noLeader, ['seats'], { date: context.asOf })];
  const held = leaders.filter((seat) => context.holderId(seat) !== undefined);
  if (held.length === 0) {
    return leaders.map((seat) =>
      raise(vacantLeader, context.seatPath(seat), {
        seat: context.seatRef(seat),
        date: context.asOf,
      }),
    );
  }
  return leaders.slice(1).map((extra) =>
    raise(multipleLeaders, context.seatPath(extra), {
      seat: context.seatRef(extra),
      date: context.asOf,
    }),
  );
};

/** One person in several seats at once, where the template allows one seat per person. */
export const checkOneSeatPerPerson: Check = (context) => {
  const { team } = context;
  if (!team.template?.oneSeatPerPerson) return [];
  const held = new Map<string, Seat[]>();
  for (const seat of context.seats) {
    const personId = context.holderId(seat);
    if (personId === undefined) continue;
    const seats = held.get(personId);
    if (seats) seats.push(seat);
    else held.set(personId, [seat]);
  }
  const problems: TeamProblem[] = [];
  team.people.forEach((person, i) => {
    const seats = held.get(person.id);
    if (seats === undefined || seats.length < 2) return;
    held.delete(person.id);
    problems.push(
      raise(personInTwoSeats, ['people', i], {
        person: personRef(person),
        seats: seats.slice(0, SEATS_NAMED).map(shortSeatRef),
        more: Math.max(0, seats.length - SEATS_NAMED),
        date: context.asOf,
      }),
    );
  });
  return problems;
};

/** Seats nobody holds on the date (a warning; a vacant leader seat is `vacant_leader`). */
export const checkVacantSeats: Check = (context) =>
  context.seats
    .filter((seat) => seat.role !== 'leader' && context.holderId(seat) === undefined)
    .map((seat) =>
      raise(vacantSeat, context.seatPath(seat), {
        seat: context.seatRef(seat),
        date: context.asOf,
      }),
    );

/**
 * Village-head seats in force whose village is not in the team's area on the date: it moved to
 * another commune, or no longer exists. A decision must end the seat.
 */
export const checkVillagesInArea: Check = (context) => {
  const { team, asOf } = context;
  const area = areaPlaceIds(team, asOf);
  const commune = communeOf(team, asOf)?.id;
  const places = teamIndex(team).placeById;
  const problems: TeamProblem[] = [];
  for (const seat of context.seats) {
    const filling = seat.filling;
    if (filling.kind !== 'villageHead') continue;
    const village = places.get(filling.villageId);
    if (village === undefined) continue;
    // A village-level team's village must still be in the team's commune.
    const inCommune = team.scope === 'commune' || parentIdAt(village, asOf) === commune;
    if (area.has(filling.villageId) && inCommune) continue;
    problems.push(
      raise(villageOutsideArea, context.seatPath(seat), {
        seat: context.seatRef(seat),
        village: placeRef(village),
        date: asOf,
      }),
    );
  }
  return problems;
};
