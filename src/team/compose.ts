import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod';
import { argumentsOrErr, checkOptions } from '../_internal/arguments.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { placeLabelOf } from '../_internal/names.js';
import { teamIndex } from '../_internal/team-index.js';
import { bodyRef } from '../_internal/team-names.js';
import { unreadableInput } from '../problems/catalogue/input.js';
import { entryWithoutSeat, missingDate, missingVillage } from '../problems/catalogue/team.js';
import {
  cleanInput,
  type InputProblemCode,
  limitProblems,
  problemsFromZod,
} from '../problems/input.js';
import { type Problem, raise } from '../problems/problem.js';
import { buildTeam, foundingDay } from './build.js';
import type { TeamProblemCode } from './checks/context.js';
import { type TeamLists, type TeamListsInput, TeamListsSchema } from './lists.js';
import { sourcePath, type TeamOrigins } from './origins.js';
import { field, listsReferenceProblems } from './references.js';
import { type Team, type Template, type TemplateInput, TemplateSchema } from './schema.js';
import { teamProblems, type ValidTeam } from './validate.js';

/**
 * The codes of {@link ComposeProblem}: those of reading the two files, of the lists' own keys,
 * and every code of {@link validateTeam}.
 *
 * @category Team
 */
export type ComposeProblemCode =
  | InputProblemCode
  | TeamProblemCode
  | 'missing_date'
  | 'missing_village'
  | 'entry_without_seat'
  | 'too_many_problems';

/**
 * A problem {@link composeTeam} found in a template or a commune's lists; its path starts with
 * `template` or `lists`, the file it is in.
 *
 * @category Team
 */
export type ComposeProblem = Problem<ComposeProblemCode>;

/**
 * Options of {@link composeTeam}.
 *
 * @category Team
 */
export interface ComposeTeamOptions {
  /** The date the composed team is checked on; its founding day when absent. */
  readonly asOf?: IsoDate;
}

/** The two files, read: their shape problems, their plain data, and their parsed values. */
interface Documents {
  readonly problems: ComposeProblem[];
  readonly template: unknown;
  readonly lists: unknown;
  readonly parsedTemplate: Template | undefined;
  readonly parsedLists: TeamLists | undefined;
}

/** Reads one file: its plain data (NFC, editor keys dropped) and its value, or its problems. */
function readDocument<T>(
  schema: z.ZodType,
  value: unknown,
  name: string,
  problems: ComposeProblem[],
): { plain: unknown; parsed: T | undefined } {
  const cleaned = cleanInput(value);
  if (cleaned.isErr()) {
    problems.push(...cleaned.error.map((p) => ({ ...p, path: [name, ...p.path] })));
    return { plain: undefined, parsed: undefined };
  }
  let parsed: z.ZodSafeParseResult<unknown>;
  try {
    parsed = schema.safeParse(cleaned.value, { reportInput: true });
  } catch {
    problems.push(raise(unreadableInput, [name], { field: name }));
    return { plain: cleaned.value, parsed: undefined };
  }
  if (!parsed.success) problems.push(...problemsFromZod(parsed.error, [name]));
  return { plain: cleaned.value, parsed: parsed.success ? (parsed.data as T) : undefined };
}

function readDocuments(template: unknown, lists: unknown): Documents {
  const problems: ComposeProblem[] = [];
  const t = readDocument<Template>(TemplateSchema, template, 'template', problems);
  const l = readDocument<TeamLists>(TeamListsSchema, lists, 'lists', problems);
  return {
    problems,
    template: t.plain,
    lists: l.plain,
    parsedTemplate: t.parsed,
    parsedLists: l.parsed,
  };
}

/** A founding day and, for a village-level template, a village: what composing cannot do without. */
function frameProblems(template: unknown, lists: unknown): ComposeProblem[] {
  const problems: ComposeProblem[] = [];
  if (typeof lists === 'object' && lists !== null && !Array.isArray(lists)) {
    if (field(lists, 'from') === undefined && field(lists, 'decision') === undefined) {
      problems.push(raise(missingDate, ['lists', 'from'], {}));
    }
    if (field(template, 'scope') === 'village' && field(lists, 'villageId') === undefined) {
      const id = field(template, 'id');
      const name = field(template, 'name');
      const label = {
        vi: typeof field(name, 'vi') === 'string' ? (field(name, 'vi') as string) : '',
        en: typeof field(name, 'en') === 'string' ? (field(name, 'en') as string) : '',
      };
      problems.push(
        raise(missingVillage, ['lists', 'villageId'], {
          template: { id: typeof id === 'string' ? id : '', label },
        }),
      );
    }
  }
  return problems;
}

/**
 * Keys of `delegates` and `villageHeads` that name a known body or village for which the template
 * creates no seat (a body of a kind no rule delegates, a village outside the area): they would be
 * dropped in silence.
 */
function entriesWithoutSeat(team: Team, lists: TeamLists): ComposeProblem[] {
  const index = teamIndex(team);
  const seated = new Set<string>();
  for (const seat of team.seats) {
    if (seat.filling.kind === 'delegate') seated.add(`delegates ${seat.filling.bodyId}`);
    if (seat.filling.kind === 'villageHead') seated.add(`villageHeads ${seat.filling.villageId}`);
  }
  const problems: ComposeProblem[] = [];
  for (const key of Object.keys(lists.delegates)) {
    const body = index.bodyById.get(key);
    if (!body || seated.has(`delegates ${key}`)) continue;
    problems.push(
      raise(entryWithoutSeat, ['lists', 'delegates', key], {
        list: 'delegates',
        subject: bodyRef(body),
        date: team.from,
      }),
    );
  }
  for (const key of Object.keys(lists.villageHeads)) {
    const village = index.placeById.get(key);
    if (village?.level !== 'village' || seated.has(`villageHeads ${key}`)) continue;
    problems.push(
      raise(entryWithoutSeat, ['lists', 'villageHeads', key], {
        list: 'villageHeads',
        subject: { id: village.id, label: placeLabelOf(village) },
        date: team.from,
      }),
    );
  }
  return problems;
}

/** The problems of a built team, with their paths in the template and the lists. */
function validationProblems(team: Team, origins: TeamOrigins, asOf: IsoDate): ComposeProblem[] {
  return teamProblems(team, asOf).map((problem) => ({
    ...problem,
    // A member with no deputy is fixed by a row of the lists' supervision.
    path:
      problem.code === 'no_supervisor'
        ? ['lists', 'supervision']
        : sourcePath(problem.path, origins),
  }));
}

/** Problems listed once each (the same code at the same path is found by two checks). */
function once(problems: readonly ComposeProblem[]): ComposeProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.code} ${JSON.stringify(problem.path)} ${problem.message.vi}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Builds a team from a template and a commune's lists, and checks it: one seat per rule, per
 * school, per village …, with the seat holdings the lists give, all from the founding day and
 * citing the founding decision. Every problem is reported at once with its path in the file the
 * user edits — the template (`['template', 'rules', 2]`) or the lists
 * (`['lists', 'appointments', 'leader', 0]`, `['lists', 'villageHeads', 'bon-bu-sir']`): the
 * shape of both files, every reference (an unknown person, body, village, seat, rule), every key
 * of `appointments`, `delegates` and `villageHeads` that names nothing or gets no seat, and every
 * problem of {@link validateTeam} on the founding day (or `options.asOf`). A bad date never hides
 * a reference problem of the same file. Never throws, whatever the values.
 *
 * The seats' ids follow fixed rules, so that `lists.supervision` can name them before composing:
 * - `named` rule: `<ruleId>/1`, `<ruleId>/2` … in the order of `appointments[ruleId]`;
 * - `exOfficio` rule: `<ruleId>`;
 * - `headOf` and `delegateOf` rules: `<ruleId>/<bodyId>`;
 * - `villageHeads` rule: `<ruleId>/<villageId>`.
 *
 * @param template - The template (e.g. {@link dakNia2022Template}), or its JSON value.
 * @param lists - The commune's lists (e.g.
 *   {@link to-cong-nghe-so/samples!dakNia2022Lists}), or their JSON value.
 * @param options - `asOf`: the date the team is checked on (its founding day by default).
 * @returns `ok({ team, warnings })`, or `err(problems)`: the errors, then the warnings (at most
 *   100, then one saying how many more).
 * @example
 * ```ts
 * import { composeTeam, dakNia2022Template } from 'to-cong-nghe-so';
 * import { dakNia2022Lists } from 'to-cong-nghe-so/samples';
 *
 * const { team } = composeTeam(dakNia2022Template(), dakNia2022Lists())._unsafeUnwrap();
 * team.seats.filter((s) => s.role === 'deputy').length; // 4
 * team.seats[0]?.id; // 'leader/1'
 * const typo = { ...dakNia2022Lists(), appointments: { leaders: ['quan-thi-ngoc'] } };
 * composeTeam(dakNia2022Template(), typo)._unsafeUnwrapErr()[0]?.path;
 * // ['lists', 'appointments', 'leaders']
 * ```
 * @category Team
 */
export function composeTeam(
  template: TemplateInput,
  lists: TeamListsInput,
  options: ComposeTeamOptions = {},
): Result<ValidTeam, ComposeProblem[]> {
  const checked = argumentsOrErr(() => {
    const { asOf } = checkOptions(options, 'options');
    return asOf === undefined ? undefined : checkDate(asOf, 'options.asOf');
  });
  if (checked.isErr()) return err([checked.error]);
  const documents = readDocuments(template, lists);
  const frame = frameProblems(documents.template, documents.lists);
  const problems: ComposeProblem[] = [
    ...documents.problems,
    ...frame,
    ...listsReferenceProblems(documents.template, documents.lists),
  ];
  const { parsedTemplate, parsedLists } = documents;
  const from = parsedLists && foundingDay(parsedLists);
  let team: Team | undefined;
  if (parsedTemplate && parsedLists && from !== undefined && frame.length === 0) {
    const built = buildTeam(parsedTemplate, parsedLists, from);
    team = built.team;
    problems.push(
      ...entriesWithoutSeat(built.team, parsedLists),
      ...validationProblems(built.team, built.origins, checked.value ?? from),
    );
  }
  const all = once(problems);
  const errors = all.filter((p) => p.severity !== 'warning');
  const warnings = all.filter((p) => p.severity === 'warning');
  if (team === undefined || errors.length > 0) {
    return err(limitProblems([...errors, ...warnings]) as ComposeProblem[]);
  }
  return ok({ team, warnings: warnings as ValidTeam['warnings'] });
}
