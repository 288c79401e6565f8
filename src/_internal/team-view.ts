// Indexed lookups into a team, for the modules that query it once per task, report or row: the
// same answers as the team and chain queries (`holderIdOf`, `supervisorOf`, `leaderSeat`), in
// O(1) per lookup after one O(n) pass per team instead of a scan of the team each time.
import type { Seat, Team } from '../team/schema.js';
import type { IsoDate } from './dates.js';
import { byId, groupBy } from './lookup.js';

/** Whether a dated record is in force on a date (both ends included; open when absent). */
export function inForce(
  record: { readonly from?: IsoDate | undefined; readonly to?: IsoDate | undefined },
  on: IsoDate,
): boolean {
  return (
    (record.from === undefined || record.from <= on) && (record.to === undefined || on <= record.to)
  );
}

/** The seat of a team with an id, if any. */
export function seatOf(team: Team, id: string): Seat | undefined {
  return byId(team.seats).get(id);
}

const bySeat = (row: { readonly seatId: string }) => row.seatId;
const byOffice = (row: { readonly officeId: string }) => row.officeId;
const byRole = (seat: Seat) => seat.role;

/**
 * The person who holds a seat on a date: whoever holds its office for an ex-officio seat,
 * otherwise the seat holding in force; `undefined` when the seat is not in force or vacant.
 */
export function holderIdOn(team: Team, seat: Seat, on: IsoDate): string | undefined {
  if (!inForce(seat, on)) return undefined;
  const filling = seat.filling;
  const holdings =
    filling.kind === 'exOfficio'
      ? groupBy(team.officeHoldings, byOffice).get(filling.officeId)
      : groupBy(team.seatHoldings, bySeat).get(seat.id);
  return holdings?.find((h) => inForce(h, on))?.personId;
}

/** The first leader seat in force on a date. */
export function leaderOn(team: Team, on: IsoDate): Seat | undefined {
  return groupBy(team.seats, byRole)
    .get('leader')
    ?.find((seat) => inForce(seat, on));
}

/**
 * The supervisor of a seat on a date: the seat named by the first supervision row in force whose
 * supervisor is in force too (rows naming an ended seat are passed over), else the leader (none
 * for the leader itself). A row naming an unknown seat gives `undefined`.
 */
export function supervisorOn(team: Team, seat: Seat, on: IsoDate): Seat | undefined {
  for (const row of groupBy(team.supervision, bySeat).get(seat.id) ?? []) {
    if (!inForce(row, on)) continue;
    const supervisor = seatOf(team, row.supervisorSeatId);
    if (supervisor === undefined || inForce(supervisor, on)) return supervisor;
  }
  return seat.role === 'leader' ? undefined : leaderOn(team, on);
}
