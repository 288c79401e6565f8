import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, checkDocument } from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import { isActive } from '../_internal/dated.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { SEAT_ARGUMENT, TEAM_ARGUMENT } from '../_internal/documents.js';
import { checkId } from '../_internal/ids.js';
import {
  activeSeats,
  communeOf as communeOn,
  holderIdOf,
  holderOfSeat,
  teamIndex,
  villagesOf as villagesOn,
} from '../_internal/team-index.js';
import { describeSeatIn } from '../_internal/team-names.js';
import type { Place } from '../places/place.js';
import { unknownPerson, unknownSeat as unknownSeatProblem } from '../problems/catalogue/team.js';
import { type Problem, type ProblemPath, raise } from '../problems/problem.js';
import type { Label } from '../text/label.js';
import { type Person, type Role, type Seat, SeatSchema, type Team, TeamSchema } from './schema.js';

// Kept for the modules that still import these from here; they live in src/_internal/
// (team-index.ts, dated.ts) and src/team/labels.ts, where new code imports them from.
export { activeSeats, areaPlaceIds, holderIdOf, leaderSeat } from '../_internal/team-index.js';
export { ROLE_LABELS } from './labels.js';
export { isActive };

/**
 * The codes of {@link TeamQueryProblem}.
 *
 * @category Team
 */
export type TeamQueryProblemCode = 'unknown_seat' | 'unknown_person' | 'invalid_argument';

/**
 * The error of a team query given an id the team does not have, or an argument that is not what
 * the query takes.
 *
 * @category Team
 */
export type TeamQueryProblem = Problem<TeamQueryProblemCode>;

/**
 * @internal The problem of an unknown seat id (the helper of the modules that look seats up).
 */
export function unknownSeat(
  seatId: string,
  path: ProblemPath = ['seatId'],
): Problem<'unknown_seat'> {
  return raise(unknownSeatProblem, path, { seatId });
}

/**
 * The person who held a seat on a date. An ex-officio seat is held by whoever held its office
 * that day, so it passes to the new office holder on the day the office changes hands; other
 * seats are held as the team's seat holdings say.
 *
 * @param team - The team.
 * @param seatId - The seat's id (compared in Unicode NFC).
 * @param asOf - The date asked about.
 * @returns `ok(person)`, `ok(undefined)` when nobody held it (or the seat did not exist then), an
 *   `unknown_seat` error, or `invalid_argument` when `team` is not a {@link Team} or `asOf` not a
 *   supported date.
 * @example
 * ```ts
 * import { holderOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const team = dakNia2022Team();
 * holderOf(team, 'leader/1', '2022-07-27').map((p) => p?.name); // ok('Quản Thị Ngọc')
 * holderOf(team, 'leader/9', '2022-07-27')._unsafeUnwrapErr().code; // 'unknown_seat'
 * ```
 * @category Team
 */
export function holderOf(
  team: Team,
  seatId: string,
  asOf: IsoDate,
): Result<Person | undefined, TeamQueryProblem> {
  const checked = argumentsOrErr(() => ({
    document: checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT),
    id: checkId(seatId, 'seatId'),
    date: checkDate(asOf, 'asOf'),
  }));
  if (checked.isErr()) return err(checked.error);
  const { document, id, date } = checked.value;
  const seat = teamIndex(document).seatById.get(id);
  if (!seat) return err(unknownSeat(id));
  return ok(copyData(holderOfSeat(document, seat, date)));
}

/**
 * The seats a person held on a date, ex officio or otherwise, in the team's order.
 *
 * @param team - The team.
 * @param personId - The person's id (compared in Unicode NFC).
 * @param asOf - The date asked about.
 * @returns `ok(seats)` (empty when the person held none), an `unknown_person` error, or
 *   `invalid_argument`.
 * @example
 * ```ts
 * import { seatsOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * seatsOf(dakNia2022Team(), 'quan-thi-ngoc', '2022-07-27').map((s) => s.map((x) => x.id));
 * // ok(['leader/1'])
 * ```
 * @category Team
 */
export function seatsOf(
  team: Team,
  personId: string,
  asOf: IsoDate,
): Result<Seat[], TeamQueryProblem> {
  const checked = argumentsOrErr(() => ({
    document: checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT),
    id: checkId(personId, 'personId'),
    date: checkDate(asOf, 'asOf'),
  }));
  if (checked.isErr()) return err(checked.error);
  const { document, id, date } = checked.value;
  if (!teamIndex(document).personById.has(id)) {
    return err(raise(unknownPerson, ['personId'], { personId: id }));
  }
  return ok(document.seats.filter((seat) => holderIdOf(document, seat, date) === id).map(copyData));
}

/**
 * A seat of the team on a date and who held it.
 *
 * @category Team
 */
export interface CompositionEntry {
  /** The seat. */
  readonly seat: Seat;
  /** Its holder that day; `undefined` when vacant. */
  readonly holder: Person | undefined;
}

const ROLE_ORDER: Readonly<Record<Role, number>> = { leader: 0, deputy: 1, member: 2 };

/**
 * The composition of the team on a date: the seats that existed that day, leader first, then
 * deputies, then members (each in the team's order), with their holders.
 *
 * @param team - The team.
 * @param asOf - The date asked about.
 * @returns The seats and holders; empty outside the team's life.
 * @throws {@link InvalidArgumentError} when `team` is not a {@link Team} or `asOf` is not a
 *   supported date.
 * @example
 * ```ts
 * import { compositionOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * compositionOf(dakNia2022Team(), '2022-07-27')[0]?.holder?.name; // 'Quản Thị Ngọc'
 * ```
 * @category Team
 */
export function compositionOf(team: Team, asOf: IsoDate): CompositionEntry[] {
  const document = checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  const date = checkDate(asOf, 'asOf');
  if (!isActive(document, date)) return [];
  return activeSeats(document, date)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])
    .map((seat) => ({
      seat: copyData(seat),
      holder: copyData(holderOfSeat(document, seat, date)),
    }));
}

/**
 * The commune the team served on a date (xã Đắk Nia in 2022; phường Đông Gia Nghĩa after the
 * 2025 merger, if the team was carried over).
 *
 * @param team - The team.
 * @param asOf - The date asked about.
 * @returns The commune-level place, or `undefined` when the team had none that day.
 * @throws {@link InvalidArgumentError} when `team` is not a {@link Team} or `asOf` is not a
 *   supported date.
 * @example
 * ```ts
 * import { communeOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * communeOf(dakNia2022Team(), '2022-07-27')?.name; // 'Đắk Nia'
 * ```
 * @category Team
 */
export function communeOf(team: Team, asOf: IsoDate): Place | undefined {
  const document = checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  return copyData(communeOn(document, checkDate(asOf, 'asOf')));
}

/**
 * The villages the team covered on a date: every village of its commune that day for a
 * commune-level team, its own village for a village-level team.
 *
 * @param team - The team.
 * @param asOf - The date asked about.
 * @returns The villages, sorted by name the Vietnamese way.
 * @throws {@link InvalidArgumentError} when `team` is not a {@link Team} or `asOf` is not a
 *   supported date.
 * @example
 * ```ts
 * import { villagesOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * villagesOf(dakNia2022Team(), '2022-07-27').length; // 6
 * ```
 * @category Team
 */
export function villagesOf(team: Team, asOf: IsoDate): Place[] {
  const document = checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  return villagesOn(document, checkDate(asOf, 'asOf')).map(copyData);
}

/**
 * What a seat stands for, in both languages: the office of an ex-officio seat ("Chủ tịch Hội Nông
 * dân xã"), the body of a delegate, the village of a village head ("bon Bu Sir"), or the offices
 * and extra titles of a named seat's holder on the date.
 *
 * @param team - The team.
 * @param seat - One of its seats.
 * @param asOf - The date asked about (for a named seat's holder).
 * @returns The description; empty texts when the seat refers to nothing known.
 * @throws {@link InvalidArgumentError} when `team` is not a {@link Team}, `seat` not a
 *   {@link Seat} or `asOf` not a supported date.
 * @example
 * ```ts
 * import { describeSeat } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const team = dakNia2022Team();
 * const seat = team.seats.find((s) => s.filling.kind === 'villageHead');
 * if (seat) describeSeat(team, seat, '2022-07-27').vi; // 'bon Bu Sir'
 * ```
 * @category Team
 */
export function describeSeat(team: Team, seat: Seat, asOf: IsoDate): Label {
  const document = checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  const checkedSeat = checkDocument(SeatSchema, seat, 'seat', SEAT_ARGUMENT);
  return describeSeatIn(document, checkedSeat, checkDate(asOf, 'asOf'));
}
