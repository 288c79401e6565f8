// What every check of a team sees: the team, the date and the seats in force, with the labels and
// paths problems name seats by, computed once per validation.
import type { IsoDate } from '../../_internal/dates.js';
import { activeSeats, holderIdOf, teamIndex } from '../../_internal/team-index.js';
import { seatRef } from '../../_internal/team-names.js';
import type { PlaceProblemCode } from '../../places/validate.js';
import type { Problem, ProblemPath } from '../../problems/problem.js';
import type { NamedRef } from '../../problems/words.js';
import type { Seat, Team } from '../schema.js';

/**
 * The codes of {@link TeamProblem}. The "Problem codes" page of the docs gives each one's
 * severity, parameters and messages.
 *
 * @category Team
 */
export type TeamProblemCode =
  | PlaceProblemCode
  | 'unknown_place'
  | 'unknown_village'
  | 'unknown_body'
  | 'unknown_office'
  | 'unknown_person'
  | 'unknown_seat'
  | 'unknown_decision'
  | 'unknown_rule'
  | 'duplicate_id'
  | 'effective_before_signed'
  | 'overlapping_holdings'
  | 'overlapping_supervision'
  | 'no_leader'
  | 'multiple_leaders'
  | 'missing_body_kind'
  | 'missing_body_head'
  | 'missing_office_seat'
  | 'missing_delegate'
  | 'duplicate_delegate'
  | 'missing_village_head'
  | 'duplicate_village_head'
  | 'rule_count'
  | 'role_mismatch'
  | 'person_in_two_seats'
  | 'chain_cycle'
  | 'supervisor_inactive'
  | 'chain_not_reaching_committee'
  | 'vacant_seat'
  | 'no_supervisor'
  | 'recommendation_unmet'
  | 'team_not_active'
  | 'commune_inactive'
  | 'vacant_leader'
  | 'village_outside_area'
  | 'invalid_argument';

/**
 * A problem {@link validateTeam} found in a team: an error (the team is not valid) or a warning
 * (valid but worth fixing), as its `severity` says.
 *
 * @category Team
 */
export type TeamProblem = Problem<TeamProblemCode>;

/** What a check reads. */
export interface CheckContext {
  /** The team, as its schema reads it. */
  readonly team: Team;
  /** The date the composition and the chain are checked on. */
  readonly asOf: IsoDate;
  /** The seats in force on that date, in the team's order. */
  readonly seats: readonly Seat[];
  /** A seat as problems name it. */
  seatRef(seat: Seat): NamedRef;
  /** The path of a seat in the team file. */
  seatPath(seat: Seat): ProblemPath;
  /** The person who holds a seat on the date. */
  holderId(seat: Seat): string | undefined;
}

/** A check: a function of the team that returns the problems it finds. */
export type Check = (context: CheckContext) => TeamProblem[];

/** The context of the checks of a team on a date. */
export function checkContext(team: Team, asOf: IsoDate): CheckContext {
  const refs = new Map<Seat, NamedRef>();
  const holders = new Map<Seat, string | undefined>();
  const positions = teamIndex(team).seatPosition;
  return {
    team,
    asOf,
    seats: activeSeats(team, asOf),
    seatRef(seat) {
      let ref = refs.get(seat);
      if (ref === undefined) {
        ref = seatRef(team, seat, asOf);
        refs.set(seat, ref);
      }
      return { id: ref.id, label: { vi: ref.label.vi, en: ref.label.en } };
    },
    seatPath: (seat) => ['seats', positions.get(seat) ?? 0],
    holderId(seat) {
      if (!holders.has(seat)) holders.set(seat, holderIdOf(team, seat, asOf));
      return holders.get(seat);
    },
  };
}

/** The position of each item of a list. */
export function positionsOf<T>(items: readonly T[]): Map<T, number> {
  return new Map(items.map((item, i) => [item, i]));
}
