import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { conformingDocument } from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import { eveOf, isActive } from '../_internal/dated.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { decisionRef } from '../_internal/team-names.js';
import { decisionBeforeTeam, duplicateId } from '../problems/catalogue/team.js';
import { type InputProblemCode, parseWithSchema } from '../problems/input.js';
import { type Problem, raise } from '../problems/problem.js';
import type { Label } from '../text/label.js';
import type { TeamProblemCode } from './checks/context.js';
import { type ListProblem, type MergedLists, type MergerDays, mergedLists } from './merge/lists.js';
import { remainingProblems } from './merge/remaining.js';
import { withDistinctIds } from './merge/rename.js';
import { type MergedSeats, mergedSeats } from './merge/seats.js';
import { type Team, type TeamCommune, TeamSchema } from './schema.js';
import { type Merger, type MergerInput, MergerSchema } from './schema-merger.js';

/**
 * The codes of {@link MergeProblem}.
 *
 * @category Team
 */
export type MergeProblemCode =
  | TeamProblemCode
  | InputProblemCode
  | 'duplicate_place'
  | 'decision_before_team'
  | 'seat_not_carried'
  | 'duplicate_office';

/**
 * A problem of a merger: why {@link mergeTeams} cannot merge, or what the merged team still
 * lacks.
 *
 * @category Team
 */
export type MergeProblem = Problem<MergeProblemCode>;

/**
 * What {@link mergeTeams} returns: the merged team and the problems it still has on the day of
 * the merger, errors and warnings alike, each with its `severity`.
 *
 * @category Team
 */
export interface MergedTeam {
  /** The merged team. */
  readonly team: Team;
  /** What is left to fix on the day of the merger (paths into `team`, or into `teams`). */
  readonly problems: readonly MergeProblem[];
}

const TeamsSchema = /* @__PURE__ */ lazySchema(() => z.array(TeamSchema).min(1));

const TEAMS_ARGUMENT: Label = Object.freeze({
  vi: 'danh sách (ít nhất một) tổ của các xã cũ',
  en: "a list of the old communes' teams (at least one)",
});

/** The old teams' ids are distinct, and every team was founded before the merger. */
function checkTeams(teams: readonly Team[], merger: Merger, days: MergerDays): ListProblem[] {
  const problems: (ListProblem | Problem<'decision_before_team'>)[] = [];
  const ids = new Set<string>();
  teams.forEach((team, k) => {
    if (ids.has(team.id)) {
      problems.push(
        raise(duplicateId, ['teams', k, 'id'], { id: team.id, collection: 'teams' as const }),
      );
    }
    ids.add(team.id);
    if (days.from <= team.from) {
      const at = merger.decision.effectiveFrom === undefined ? 'date' : 'effectiveFrom';
      problems.push(
        raise(decisionBeforeTeam, ['merger', 'decision', at], {
          decision: decisionRef(merger.decision),
          effectiveFrom: days.from,
          teamFrom: team.from,
        }),
      );
    }
  });
  return problems as ListProblem[];
}

/** The old teams' links to their communes, ended on the eve, then the new commune. */
function communesOf(teams: readonly Team[], merger: Merger, days: MergerDays): TeamCommune[] {
  const old = teams.flatMap((team) =>
    team.communes.map((c) => (c.to !== undefined && c.to <= days.eve ? c : { ...c, to: days.eve })),
  );
  return [...old, { placeId: merger.commune.id, from: days.from }];
}

/** The merged team, its fields in the order of the team file. */
function assemble(
  teams: readonly Team[],
  merger: Merger,
  days: MergerDays,
  lists: MergedLists,
  seats: MergedSeats,
): Team {
  const [first] = teams as [Team, ...Team[]];
  const from = teams.map((t) => t.from).sort()[0] ?? first.from;
  const formerNames = [
    ...teams.flatMap((t) => t.formerNames ?? []),
    ...teams.map((t) => ({ name: t.name, to: days.eve })),
  ];
  const team: Team = {
    schemaVersion: 1,
    id: merger.teamId,
    name: merger.name,
    formerNames,
    scope: 'commune',
    communes: communesOf(teams, merger, days),
    from,
    ...(first.foundingDecisionId === undefined
      ? {}
      : { foundingDecisionId: first.foundingDecisionId }),
    ...((merger.template ?? first.template) ? { template: merger.template ?? first.template } : {}),
    places: lists.places,
    bodies: lists.bodies,
    offices: lists.offices,
    people: lists.people,
    officeHoldings: lists.officeHoldings,
    seats: seats.seats,
    seatHoldings: seats.seatHoldings,
    supervision: seats.supervision,
    reportsTo: [...new Set([...teams.flatMap((t) => t.reportsTo), ...merger.reportsTo])],
    decisions: lists.decisions,
  };
  return copyData(team);
}

/**
 * Merges the teams of communes that become one (the 2025 reform merged most communes in twos
 * and threes) into the team of the new commune, in one operation that keeps history:
 * - every seat of every old team is kept, under the id `<old team id>:<seat id>`, with its
 *   holders and supervisors, and ends on the eve of the merger (the decision's effective date);
 * - the seats in force on the merger's day whose village moves, whose body lives on or whose
 *   office remains are carried into the new team under their own id (`<seat id>@<old team id>`
 *   when an earlier team already carries that id), with their holders and supervisors, from the
 *   merger's day; the others are listed as `seat_not_carried`;
 * - the villages in `merger.villages` belong to the new commune from the merger's day; the old
 *   communes end on the eve, with their authorities (People's Committee, People's Council, Party
 *   committee, steering committee) and those bodies' offices; their other bodies (the office,
 *   schools, police, health station, mass organisations) move to the new commune;
 * - people, places, bodies, offices and decisions of the teams are merged by id (the same record
 *   in two teams is kept once), the new commune's own bodies, offices and people added; a body,
 *   office, person or decision of a later team whose id an earlier team uses for another record
 *   (two communes composed from one template have the same office ids) is renamed
 *   `<id>@<old team id>` in the merged team — give one person the same record in every team;
 *   two different places with one id stop the merger.
 * The problems left on the merger's day — seats without holders, two seats for one office, two
 * heads for one village, two leaders, rules of the template not met, and everything else
 * {@link validateTeam} finds — come with the team, each with its `severity`. Costs O(n log n)
 * in the size of the teams.
 *
 * @param teams - The old communes' teams, the team whose ids should win first.
 * @param merger - The merger (read like a file: its problems have paths starting with `merger`).
 * @returns `ok({ team, problems })`; `err(problems)` when the merger cannot be made (a place id
 *   used for two different places, a village no team has, a team id used twice, a merger before a team was founded, a
 *   merger that does not read); `teams` that is not a non-empty list of {@link Team}s gives
 *   `err([invalid_argument])`.
 * @example
 * ```ts
 * import { holderOf, mergeTeams } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const old = dakNia2022Team();
 * const { team, problems } = mergeTeams([old], {
 *   teamId: 'to-cnscd-dong-gia-nghia',
 *   name: { vi: 'Tổ công nghệ số cộng đồng phường Đông Gia Nghĩa', en: 'Đông Gia Nghĩa ward team' },
 *   commune: { id: 'dong-gia-nghia', kind: 'ward', name: 'Đông Gia Nghĩa' },
 *   decision: {
 *     id: 'qd-1-2025', kind: 'founding', number: 1, symbol: 'QĐ-UBND', issuerId: 'dgn-pc',
 *     place: 'Đông Gia Nghĩa', date: '2025-07-15', effectiveFrom: '2025-07-01',
 *     summary: 'Về việc kiện toàn Tổ công nghệ số cộng đồng phường Đông Gia Nghĩa',
 *     signature: { authorities: [{ prefix: 'TM', authority: 'Ủy ban nhân dân' }], title: 'Chủ tịch', name: 'Người Ký' },
 *   },
 *   villages: old.places.filter((p) => p.level === 'village').map((p) => p.id),
 *   bodies: [{ id: 'dgn-pc', kind: 'peoplesCommittee', name: { vi: 'UBND phường Đông Gia Nghĩa', en: 'Ward PC' }, placeId: 'dong-gia-nghia' }],
 *   reportsTo: ['dgn-pc'],
 * })._unsafeUnwrap();
 * holderOf(team, 'to-cong-nghe-so-dak-nia:leader/1', '2025-06-30').map((p) => p?.name); // ok('Quản Thị Ngọc')
 * holderOf(team, 'leader/1', '2025-07-01').map((p) => p?.name); // ok('Quản Thị Ngọc')
 * problems.filter((p) => p.code === 'seat_not_carried').length; // 7
 * ```
 * @category Team
 */
export function mergeTeams(
  teams: readonly Team[],
  merger: MergerInput,
): Result<MergedTeam, MergeProblem[]> {
  const checked = conformingDocument(TeamsSchema, teams, 'teams', TEAMS_ARGUMENT);
  if (checked.isErr()) return err([checked.error]);
  const parsed = parseWithSchema(MergerSchema, merger, ['merger']);
  if (parsed.isErr()) return err(parsed.error);
  const old = withDistinctIds(checked.value);
  const from = parsed.value.decision.effectiveFrom ?? parsed.value.decision.date;
  const days: MergerDays = { from, eve: eveOf(from) };
  const problems = checkTeams(old, parsed.value, days);
  const oldCommunes = new Set(
    old.flatMap((t) => t.communes.filter((c) => isActive(c, days.eve)).map((c) => c.placeId)),
  );
  const lists = mergedLists(old, parsed.value, days, oldCommunes, problems);
  if (problems.length > 0) return err(problems);
  const seats = mergedSeats(old, lists, parsed.value, days);
  const team = assemble(old, parsed.value, days, lists, seats);
  return ok({ team, problems: remainingProblems(team, seats, from) });
}
