import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, checkDocument, checkOptions } from '../_internal/arguments.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
import { deepFreeze } from '../_internal/freeze.js';
import { checkId } from '../_internal/ids.js';
import { seatInForce } from '../_internal/seat-in-force.js';
import {
  articleSourceOn,
  type CitedDuty,
  citedDuties,
  layoutDuties,
  placeholderValues,
  ROLE_ORDER,
  rolesOn,
} from '../_internal/team-duties.js';
import type { Pillar } from '../indicators/definition.js';
import type { Problem } from '../problems/problem.js';
import {
  type DutiesText,
  type DutyItem,
  type Role,
  type Team,
  TeamSchema,
} from '../team/schema.js';
import { dakNia2022Template, villageTeam793Template } from '../team/templates.js';
import type { Label } from '../text/label.js';

/**
 * A duty: what a role must do, in the words of the team's decision, with the clause it is
 * printed in. In {@link DUTIES}, the text keeps the placeholders of {@link DUTY_PLACEHOLDERS}
 * (`{area}`, `{villages}` …); {@link dutiesOf} fills them from the team.
 *
 * @category Duties
 */
export interface Duty {
  /** A stable id, e.g. `member.propagate.digital-economy`. */
  readonly id: string;
  /** The roles that have the duty. */
  readonly roles: readonly Role[];
  /** The clause it is printed in, e.g. `Điều 2.2.c`. */
  readonly clause: string;
  /** The text, Vietnamese (the decision's words) and English. */
  readonly text: Label;
  /**
   * The pillar of digital transformation it serves, where it has one: the same
   * {@link Pillar} the indicators use (`digitalGovernment`, `digitalEconomy`, `digitalSociety`;
   * `foundation` for the team's own work).
   */
  readonly pillar?: Pillar;
  /** The duty it is a point of (the "+" items of Điều 2.2.c). */
  readonly parentId?: string;
}

/**
 * The codes of {@link DutiesProblem}.
 *
 * @category Duties
 */
export type DutiesProblemCode = 'unknown_seat' | 'seat_not_in_force' | 'invalid_argument';

/**
 * Why {@link dutiesOf} or {@link dutiesOfTeam} cannot answer.
 *
 * @category Duties
 */
export type DutiesProblem = Problem<DutiesProblemCode>;

/**
 * Options of {@link dutiesOf}.
 *
 * @category Duties
 */
export interface DutiesOfOptions {
  /** The date asked about; the day the seat began when absent. */
  readonly asOf?: IsoDate;
}

/**
 * Options of {@link dutiesOfTeam}.
 *
 * @category Duties
 */
export interface DutiesOfTeamOptions {
  /** The date asked about; the team's founding day when absent. */
  readonly asOf?: IsoDate;
}

/** The Article 2 a team follows when neither its decision nor its template has one. */
function referenceDuties(scope: Team['scope']): DutiesText {
  const template = scope === 'village' ? villageTeam793Template() : dakNia2022Template();
  return template.duties as DutiesText;
}

/**
 * The duties of Decision 23/QĐ-UBND of Đắk Nia commune, Article 2, as that decision prints them:
 * the working regime of the whole team (Điều 2.1) and the duties of the leader (2.2.a), the
 * deputies (2.2.b) and the members (2.2.c), in the decision's order, with the placeholders of
 * {@link DUTY_PLACEHOLDERS} in the text. A team's own duties — its template's or its decision's
 * Article 2, numbered after the roles it has — come from {@link dutiesOf} and
 * {@link dutiesOfTeam}. Deep-frozen.
 *
 * @example
 * ```ts
 * import { DUTIES } from 'to-cong-nghe-so';
 *
 * DUTIES.filter((d) => d.pillar !== undefined).map((d) => d.id);
 * // ['member.propagate.digital-government', 'member.propagate.digital-economy', 'member.propagate.digital-society']
 * ```
 * @category Duties
 */
export const DUTIES: readonly Duty[] = deepFreeze<Duty[]>(
  citedDuties(layoutDuties(referenceDuties('commune'), new Set(ROLE_ORDER)), 2),
);

/**
 * The duties of a team on a date, each citing its clause: for every role of the decision that
 * prints Article 2, as that decision letters it, and for every other role the team has that day
 * (deputies added later by a decision that does not reprint Article 2), with the letter it would
 * have had.
 */
function teamDuties(team: Team, asOf: IsoDate): CitedDuty[] {
  const source = articleSourceOn(team, asOf, referenceDuties);
  const printed = rolesOn(team, source.date);
  const values = placeholderValues(team, source.date);
  const cite = (roles: ReadonlySet<Role>) =>
    citedDuties(layoutDuties(source.text, roles, values), source.number);
  const present = new Set([...printed, ...rolesOn(team, asOf)]);
  const duties = cite(present);
  const clauses = new Map(cite(printed).map((duty) => [duty.id, duty.clause]));
  for (const role of present) {
    if (printed.has(role)) continue;
    for (const duty of cite(new Set([...printed, role]))) {
      if (duty.roles.length === 1 && duty.roles[0] === role) clauses.set(duty.id, duty.clause);
    }
  }
  return duties.map((duty) => ({ ...duty, clause: clauses.get(duty.id) ?? duty.clause }));
}

/**
 * The ids of every duty, of every role, in the Article 2 a team is bound by on a date (as
 * {@link dutiesOf} finds it): what a plan's tasks may cite that day.
 *
 * @internal
 */
export function dutyIdsOn(team: Team, asOf: IsoDate): Set<string> {
  const ids = new Set<string>();
  const add = (items: readonly DutyItem[]) => {
    for (const item of items) {
      ids.add(item.id);
      for (const point of item.points) ids.add(point.id);
    }
  };
  for (const clause of articleSourceOn(team, asOf, referenceDuties).text.clauses) {
    if (clause.kind === 'team') add(clause.items);
    else for (const role of ROLE_ORDER) add(clause.roles[role] ?? []);
  }
  return ids;
}

/**
 * The duties of a seat's role on a date, in the words and with the clause of the team's decision
 * that prints Article 2 — the latest in force that day that has one (its own Article 2, else the
 * template's, else the Đắk Nia 2022 text for a commune-level team and the 793 text for a
 * village-level one): the working regime and the role's own point, with the team's commune,
 * village nouns and reporting bodies filled in ("trên địa bàn xã", "trong thôn, bon"; "phường"
 * and "tổ dân phố" for a ward). Points are lettered after the roles that decision's team had, so
 * a team without deputies cites its members' duties as "Điều 2.2.b". A role the decision did not
 * print (deputies added later by a decision that does not reprint Article 2) gets the letter it
 * would have had.
 *
 * @param team - The team.
 * @param seatId - The seat (compared in Unicode NFC).
 * @param options - `asOf`: the date (the day the seat began by default).
 * @returns `ok(duties)` in the decision's order; `unknown_seat`; `seat_not_in_force` when the seat
 *   was not in force on `options.asOf`; `invalid_argument` when `team` is not a {@link Team},
 *   `seatId` not text or `asOf` not a supported date.
 * @example
 * ```ts
 * import { dutiesOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const duties = dutiesOf(dakNia2022Team(), 'leader/1')._unsafeUnwrap();
 * duties.map((d) => d.clause); // ['Điều 2.1', 'Điều 2.1', 'Điều 2.2.a']
 * duties[2]?.text.vi.includes('trên địa bàn xã'); // true
 * ```
 * @category Duties
 */
export function dutiesOf(
  team: Team,
  seatId: string,
  options: DutiesOfOptions = {},
): Result<Duty[], DutiesProblem> {
  const checked = argumentsOrErr(() => {
    const { asOf } = checkOptions(options, 'options');
    return {
      document: checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT),
      id: checkId(seatId, 'seatId'),
      asOf: asOf === undefined ? undefined : checkDate(asOf, 'options.asOf'),
    };
  });
  if (checked.isErr()) return err(checked.error);
  const { document, id } = checked.value;
  const found = seatInForce(
    document,
    id,
    (seat) => checked.value.asOf ?? seat.from ?? document.from,
  );
  if (found.isErr()) return err(found.error);
  const { seat, asOf } = found.value;
  return ok(teamDuties(document, asOf).filter((duty) => duty.roles.includes(seat.role)));
}

/**
 * Every duty of a team on a date — Article 2 of its decision in force that day, as
 * {@link dutiesOf} reads it — for every role the team has that day, including a role that
 * decision did not print, with the letter it would have had: the list a plan's tasks cite.
 *
 * @param team - The team.
 * @param options - `asOf`: the date (the team's founding day by default).
 * @returns The duties in the decision's order.
 * @throws {@link InvalidArgumentError} when `team` is not a {@link Team} or `asOf` is not a
 *   supported date.
 * @example
 * ```ts
 * import { dutiesOfTeam } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * dutiesOfTeam(dakNia2022Team()).map((d) => d.clause).at(-1); // 'Điều 2.2.c'
 * ```
 * @category Duties
 */
export function dutiesOfTeam(team: Team, options: DutiesOfTeamOptions = {}): Duty[] {
  const document = checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  const { asOf } = checkOptions(options, 'options');
  return teamDuties(document, asOf === undefined ? document.from : checkDate(asOf, 'options.asOf'));
}
