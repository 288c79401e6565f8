import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, checkDocument, checkOptions } from '../_internal/arguments.js';
import { isActive } from '../_internal/dated.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
import { teamNotActive } from '../problems/catalogue/team.js';
import { raise } from '../problems/problem.js';
import {
  checkCommittee,
  checkCycles,
  checkSupervisors,
  checkUnassignedMembers,
} from './checks/chain.js';
import {
  type Check,
  checkContext,
  type TeamProblem,
  type TeamProblemCode,
} from './checks/context.js';
import { DATA_CHECKS } from './checks/data.js';
import { checkRules } from './checks/rules.js';
import {
  checkCommune,
  checkLeaders,
  checkOneSeatPerPerson,
  checkVacantSeats,
  checkVillagesInArea,
} from './checks/seats.js';
import { type Team, TeamSchema } from './schema.js';

export type { TeamProblem, TeamProblemCode };

/**
 * What {@link validateTeam} and {@link composeTeam} return for a valid team: the team and the
 * warnings worth fixing.
 *
 * @category Team
 */
export interface ValidTeam {
  /** The team that was checked (or built). */
  readonly team: Team;
  /** Problems that do not make the team invalid (`severity: 'warning'`). */
  readonly warnings: readonly TeamProblem[];
}

/**
 * Options of {@link validateTeam}.
 *
 * @category Team
 */
export interface ValidateTeamOptions {
  /** The date the composition, rules and chain are checked on; the founding day when absent. */
  readonly asOf?: IsoDate;
}

/**
 * The checks of a team's composition and chain on a date, run when the team existed that day,
 * in the order their problems are listed.
 */
export const COMPOSITION_CHECKS: readonly Check[] = [
  checkCommune,
  checkLeaders,
  checkRules,
  checkVillagesInArea,
  checkOneSeatPerPerson,
  checkVacantSeats,
  checkSupervisors,
  checkCycles,
  checkUnassignedMembers,
  checkCommittee,
];

/** @internal Every problem of a team (already checked against its schema) on a date. */
export function teamProblems(team: Team, asOf: IsoDate): TeamProblem[] {
  const context = checkContext(team, asOf);
  const problems = DATA_CHECKS.flatMap((check) => check(context));
  if (!isActive(team, asOf)) {
    problems.push(
      raise(teamNotActive, ['from'], { date: asOf, start: team.from, end: team.to ?? null }),
    );
    return problems;
  }
  return [...problems, ...COMPOSITION_CHECKS.flatMap((check) => check(context))];
}

/** @internal Splits problems into the `ok` value of a valid team or the `err` list. */
export function validity(
  team: Team,
  problems: readonly TeamProblem[],
): Result<ValidTeam, TeamProblem[]> {
  const errors = problems.filter((p) => p.severity !== 'warning');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return errors.length > 0 ? err([...errors, ...warnings]) : ok({ team, warnings });
}

/**
 * Checks a team and returns every problem at once, each with a `code`, a `severity`, a `path`
 * into the team file, `params` and a `{ vi, en }` message that names seats, places and bodies by
 * their labels ("Tổ phó — Bí thư Đoàn phường (deputies/dgn-youth)"). It checks ids and
 * references, dates, places, overlapping holdings, the leader, the template's rules (a school
 * without its delegate, a village without its head, a missing mass-organisation deputy …) and the
 * role each rule requires, one person in two seats, vacant seats and the reporting chain (two
 * assignments of one seat at once, an assignment to a seat not in force, cycles, a chain that
 * does not reach the People's Committee). The "Problem codes" page lists every code. Costs
 * O(n log n) in the size of the team.
 *
 * @param team - The team (from {@link parseTeam}, {@link composeTeam} or {@link amendTeam}).
 * @param options - `asOf`: the date the composition is checked on (the founding day by default).
 * @returns `ok({ team, warnings })` when there is no error; otherwise `err(problems)`: the errors
 *   first, then the warnings. A `team` that is not a {@link Team} or an `asOf` that is not a
 *   supported date gives `err([invalid_argument])`.
 * @example
 * ```ts
 * import { validateTeam } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * validateTeam(dakNia2022Team(), { asOf: '2022-07-27' }).isOk(); // true
 * const cut = { ...dakNia2022Team(), reportsTo: [] };
 * validateTeam(cut)._unsafeUnwrapErr().map((p) => p.code); // ['chain_not_reaching_committee']
 * validateTeam(dakNia2022Team(), { asOf: '2026-02-30' as never })._unsafeUnwrapErr()[0]?.code;
 * // 'invalid_argument'
 * ```
 * @category Team
 */
export function validateTeam(
  team: Team,
  options: ValidateTeamOptions = {},
): Result<ValidTeam, TeamProblem[]> {
  const checked = argumentsOrErr(() => {
    const document = checkDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
    const { asOf } = checkOptions(options, 'options');
    return { document, asOf: asOf === undefined ? document.from : checkDate(asOf, 'options.asOf') };
  });
  if (checked.isErr()) return err([checked.error]);
  const { document, asOf } = checked.value;
  return validity(team, teamProblems(document, asOf));
}
