// A seat of a team looked up by id and checked to be in force on a date: the first step of every
// question asked about one seat (its chain, its duties).
import { err, ok, type Result } from 'neverthrow';
import { seatNotInForce, unknownSeat } from '../problems/catalogue/team.js';
import { type Problem, raise } from '../problems/problem.js';
import type { Seat, Team } from '../team/schema.js';
import { isActive } from './dated.js';
import type { IsoDate } from './dates.js';
import { teamIndex } from './team-index.js';
import { seatRef } from './team-names.js';

/** The seat with this id, or `unknown_seat`; `seat_not_in_force` when it is not held that day. */
export function seatInForce(
  team: Team,
  id: string,
  asOf: (seat: Seat) => IsoDate,
): Result<{ seat: Seat; asOf: IsoDate }, Problem<'unknown_seat' | 'seat_not_in_force'>> {
  const seat = teamIndex(team).seatById.get(id);
  if (!seat) return err(raise(unknownSeat, ['seatId'], { seatId: id }));
  const date = asOf(seat);
  if (!isActive(seat, date)) {
    return err(
      raise(seatNotInForce, ['seatId'], {
        seat: seatRef(team, seat, date),
        date,
        start: seat.from ?? null,
        end: seat.to ?? null,
      }),
    );
  }
  return ok({ seat, asOf: date });
}
