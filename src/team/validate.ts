import { err, ok, type Result } from 'neverthrow';
import type { IsoDate } from '../calendar/date.js';
import { committeesOf, walkUp } from '../chain/chain.js';
import {
  type Dated,
  isPlaceActive,
  overlaps,
  type PlaceProblemCode,
  validatePlaces,
} from '../places/query.js';
import type { Problem, ProblemPath } from '../problems/problem.js';
import {
  activeSeats,
  areaPlaceIds,
  communeOf,
  holderIdOf,
  isActive,
  ROLE_LABELS,
  villagesOf,
} from './query.js';
import type { Rule, Seat, Team } from './schema.js';

/**
 * The codes of {@link TeamProblem}. Errors: `duplicate_id`, `unknown_place`,
 * `unknown_village`, `unknown_body`, `unknown_office`, `unknown_person`, `unknown_seat`,
 * `unknown_decision`, `dates_out_of_order`, the place codes of {@link validatePlaces},
 * `no_leader`, `multiple_leaders`, `missing_body_head`, `missing_office_seat`,
 * `missing_delegate`, `duplicate_delegate`, `missing_village_head`, `duplicate_village_head`,
 * `rule_count`, `role_mismatch`, `overlapping_holdings`, `overlapping_supervision`,
 * `person_in_two_seats`, `chain_cycle`, `supervisor_inactive`, `chain_not_reaching_committee`.
 * Warnings: `vacant_seat`, `no_supervisor`, `recommendation_unmet`, `team_not_active`,
 * `commune_inactive`.
 *
 * @category Team
 */
export type TeamProblemCode =
  | PlaceProblemCode
  | 'duplicate_id'
  | 'unknown_place'
  | 'unknown_village'
  | 'unknown_body'
  | 'unknown_office'
  | 'unknown_person'
  | 'unknown_seat'
  | 'unknown_decision'
  | 'no_leader'
  | 'multiple_leaders'
  | 'missing_body_head'
  | 'missing_office_seat'
  | 'missing_delegate'
  | 'duplicate_delegate'
  | 'missing_village_head'
  | 'duplicate_village_head'
  | 'rule_count'
  | 'role_mismatch'
  | 'overlapping_holdings'
  | 'overlapping_supervision'
  | 'person_in_two_seats'
  | 'chain_cycle'
  | 'supervisor_inactive'
  | 'chain_not_reaching_committee'
  | 'vacant_seat'
  | 'no_supervisor'
  | 'recommendation_unmet'
  | 'team_not_active'
  | 'commune_inactive';

/**
 * A problem {@link validateTeam} found in a team.
 *
 * @category Team
 */
export type TeamProblem = Problem<TeamProblemCode>;

/**
 * What {@link validateTeam} returns for a valid team: the team and the warnings worth fixing.
 *
 * @category Team
 */
export interface ValidTeam {
  /** The team that was checked. */
  readonly team: Team;
  /** Problems that do not make the team invalid. */
  readonly warnings: readonly TeamProblem[];
}

/**
 * What {@link validateTeam} returns for an invalid team: every error and every warning.
 *
 * @category Team
 */
export interface InvalidTeam {
  /** Problems that make the team invalid. */
  readonly errors: readonly TeamProblem[];
  /** Problems that do not make the team invalid. */
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

const WARNINGS: ReadonlySet<TeamProblemCode> = new Set<TeamProblemCode>([
  'vacant_seat',
  'no_supervisor',
  'recommendation_unmet',
  'team_not_active',
  'commune_inactive',
]);

/**
 * Checks a team and returns every problem at once, each with a code, a path into the team and
 * a `{ vi, en }` message, split into errors (the team is not valid) and warnings (valid but
 * worth fixing). It checks ids and references, dates, places, overlapping holdings, the leader,
 * the template's rules (a school without its delegate, a village without its head, a missing
 * mass-organisation deputy …) and the role each rule requires (`role_mismatch`), one person in
 * two seats, vacant seats and the reporting chain: two supervision rows of one seat at once
 * (`overlapping_supervision`), a row in force pointing at a seat that is not
 * (`supervisor_inactive`), cycles.
 *
 * @param team - The team (from {@link parseTeam} or {@link composeTeam}).
 * @param options - `asOf`: the date the composition is checked on (the founding day by default).
 * @returns `ok({ team, warnings })`, or `err({ errors, warnings })`.
 * @example
 * ```ts
 * import { dakNia2022Team, validateTeam } from 'to-cong-nghe-so';
 *
 * validateTeam(dakNia2022Team(), { asOf: '2022-07-27' }).isOk(); // true
 * const cut = { ...dakNia2022Team(), reportsTo: [] };
 * validateTeam(cut)._unsafeUnwrapErr().errors.map((p) => p.code); // ['chain_not_reaching_committee']
 * ```
 * @category Team
 */
export function validateTeam(
  team: Team,
  options: ValidateTeamOptions = {},
): Result<ValidTeam, InvalidTeam> {
  const asOf = options.asOf ?? team.from;
  const problems: TeamProblem[] = [];
  const add = (code: TeamProblemCode, path: ProblemPath, vi: string, en: string) => {
    problems.push({ code, path, message: { vi, en } } as TeamProblem);
  };

  // Ids.
  const collections = {
    bodies: team.bodies,
    offices: team.offices,
    people: team.people,
    seats: team.seats,
    decisions: team.decisions,
  };
  for (const [name, items] of Object.entries(collections)) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        add(
          'duplicate_id',
          [name, i, 'id'],
          `Mã "${item.id}" bị trùng trong "${name}".`,
          `Id "${item.id}" is used twice in "${name}".`,
        );
      }
      seen.add(item.id);
    });
  }
  problems.push(...validatePlaces(team.places));

  // References.
  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const placeIds = ids(team.places);
  const villageIds = ids(team.places.filter((p) => p.level === 'village'));
  const bodyIds = ids(team.bodies);
  const officeIds = ids(team.offices);
  const personIds = ids(team.people);
  const seatIds = ids(team.seats);
  const decisionIds = ids(team.decisions);
  const ref = (
    code: TeamProblemCode,
    known: ReadonlySet<string>,
    id: string | undefined,
    path: ProblemPath,
    what: { vi: string; en: string },
  ) => {
    if (id !== undefined && !known.has(id)) {
      add(code, path, `Không có ${what.vi} "${id}".`, `There is no ${what.en} "${id}".`);
    }
  };
  const PLACE = { vi: 'địa bàn', en: 'place' };
  const VILLAGE = { vi: 'thôn (bon, tổ dân phố…)', en: 'village' };
  const BODY = { vi: 'cơ quan, tổ chức', en: 'body' };
  const OFFICE = { vi: 'chức vụ', en: 'office' };
  const PERSON = { vi: 'người', en: 'person' };
  const SEAT = { vi: 'vị trí', en: 'seat' };
  const DECISION = { vi: 'quyết định', en: 'decision' };
  team.communes.forEach((c, i) => {
    ref('unknown_place', placeIds, c.placeId, ['communes', i, 'placeId'], PLACE);
  });
  ref('unknown_village', villageIds, team.villageId, ['villageId'], VILLAGE);
  ref('unknown_decision', decisionIds, team.foundingDecisionId, ['foundingDecisionId'], DECISION);
  team.bodies.forEach((b, i) => {
    ref('unknown_place', placeIds, b.placeId, ['bodies', i, 'placeId'], PLACE);
    ref('unknown_body', bodyIds, b.parentId, ['bodies', i, 'parentId'], BODY);
  });
  team.offices.forEach((o, i) => {
    ref('unknown_body', bodyIds, o.bodyId, ['offices', i, 'bodyId'], BODY);
  });
  team.people.forEach((p, i) => {
    p.memberOf.forEach((id, j) => {
      ref('unknown_body', bodyIds, id, ['people', i, 'memberOf', j], BODY);
    });
  });
  team.officeHoldings.forEach((h, i) => {
    ref('unknown_office', officeIds, h.officeId, ['officeHoldings', i, 'officeId'], OFFICE);
    ref('unknown_person', personIds, h.personId, ['officeHoldings', i, 'personId'], PERSON);
  });
  team.seats.forEach((s, i) => {
    const f = s.filling;
    const at = ['seats', i, 'filling'];
    if (f.kind === 'exOfficio')
      ref('unknown_office', officeIds, f.officeId, [...at, 'officeId'], OFFICE);
    if (f.kind === 'delegate') ref('unknown_body', bodyIds, f.unitId, [...at, 'unitId'], BODY);
    if (f.kind === 'villageHead') {
      ref('unknown_village', villageIds, f.villageId, [...at, 'villageId'], VILLAGE);
    }
    ref('unknown_decision', decisionIds, s.decisionId, ['seats', i, 'decisionId'], DECISION);
    ref('unknown_decision', decisionIds, s.endDecisionId, ['seats', i, 'endDecisionId'], DECISION);
  });
  team.seatHoldings.forEach((h, i) => {
    ref('unknown_seat', seatIds, h.seatId, ['seatHoldings', i, 'seatId'], SEAT);
    ref('unknown_person', personIds, h.personId, ['seatHoldings', i, 'personId'], PERSON);
    ref('unknown_decision', decisionIds, h.decisionId, ['seatHoldings', i, 'decisionId'], DECISION);
  });
  team.supervision.forEach((s, i) => {
    ref('unknown_seat', seatIds, s.seatId, ['supervision', i, 'seatId'], SEAT);
    ref('unknown_seat', seatIds, s.supervisorSeatId, ['supervision', i, 'supervisorSeatId'], SEAT);
  });
  team.reportsTo.forEach((id, i) => {
    ref('unknown_body', bodyIds, id, ['reportsTo', i], BODY);
  });
  team.decisions.forEach((d, i) => {
    ref('unknown_body', bodyIds, d.issuerId, ['decisions', i, 'issuerId'], BODY);
    ref('unknown_decision', decisionIds, d.amends, ['decisions', i, 'amends'], DECISION);
    d.recipients.forEach((r, j) => {
      ref('unknown_body', bodyIds, r.bodyId, ['decisions', i, 'recipients', j, 'bodyId'], BODY);
    });
  });
  team.template?.rules.forEach((rule, i) => {
    if (rule.kind === 'exOfficio') {
      ref('unknown_office', officeIds, rule.officeId, ['template', 'rules', i, 'officeId'], OFFICE);
    }
  });

  // Dates.
  const order = (record: Dated, path: ProblemPath) => {
    if (record.from !== undefined && record.to !== undefined && record.from > record.to) {
      add(
        'dates_out_of_order',
        [...path, 'to'],
        `Ngày kết thúc ${record.to} trước ngày bắt đầu ${record.from}.`,
        `The end date ${record.to} is before the start date ${record.from}.`,
      );
    }
  };
  order(team, []);
  const dated: [string, readonly Dated[]][] = [
    ['communes', team.communes],
    ['bodies', team.bodies],
    ['offices', team.offices],
    ['officeHoldings', team.officeHoldings],
    ['seats', team.seats],
    ['seatHoldings', team.seatHoldings],
    ['supervision', team.supervision],
  ];
  for (const [name, items] of dated) {
    items.forEach((item, i) => {
      order(item, [name, i]);
    });
  }
  team.decisions.forEach((d, i) => {
    if (d.effectiveFrom !== undefined && d.effectiveFrom < d.date) {
      add(
        'dates_out_of_order',
        ['decisions', i, 'effectiveFrom'],
        `Quyết định "${d.id}" có hiệu lực (${d.effectiveFrom}) trước ngày ký (${d.date}).`,
        `Decision "${d.id}" takes effect (${d.effectiveFrom}) before it was signed (${d.date}).`,
      );
    }
  });

  // Overlapping holdings and supervision.
  const overlapping = (
    code: 'overlapping_holdings' | 'overlapping_supervision',
    name: 'seatHoldings' | 'officeHoldings' | 'supervision',
    rows: readonly (Dated & { key: string })[],
  ) => {
    rows.forEach((row, i) => {
      if (!rows.slice(0, i).some((o) => o.key === row.key && overlaps(o, row))) return;
      const from = row.from ?? '…';
      const [vi, en] =
        code === 'overlapping_holdings'
          ? [
              `"${row.key}" có hai người giữ trong cùng thời gian (từ ${from}).`,
              `"${row.key}" has two holders at the same time (from ${from}).`,
            ]
          : [
              `Vị trí "${row.key}" được phân công cho hai người phụ trách trong cùng thời gian (từ ${from}).`,
              `Seat "${row.key}" is assigned to two supervisors at the same time (from ${from}).`,
            ];
      add(code, [name, i], vi, en);
    });
  };
  overlapping(
    'overlapping_holdings',
    'seatHoldings',
    team.seatHoldings.map((h) => ({ ...h, key: h.seatId })),
  );
  overlapping(
    'overlapping_holdings',
    'officeHoldings',
    team.officeHoldings.map((h) => ({ ...h, key: h.officeId })),
  );
  overlapping(
    'overlapping_supervision',
    'supervision',
    team.supervision.map((s) => ({ ...s, key: s.seatId })),
  );

  if (!isActive(team, asOf)) {
    add(
      'team_not_active',
      ['from'],
      `Tổ không hoạt động vào ngày ${asOf}: chỉ kiểm tra dữ liệu, không kiểm tra thành phần.`,
      `The team did not exist on ${asOf}: only the data was checked, not the composition.`,
    );
    return split(team, problems);
  }
  checkComposition(team, asOf, add);
  return split(team, problems);
}

type Add = (code: TeamProblemCode, path: ProblemPath, vi: string, en: string) => void;

function checkComposition(team: Team, asOf: IsoDate, add: Add): void {
  const seats = activeSeats(team, asOf);
  const seatIndex = (seat: Seat) => team.seats.indexOf(seat);
  const commune = communeOf(team, asOf);
  if (commune && !isPlaceActive(commune, asOf)) {
    add(
      'commune_inactive',
      ['communes'],
      `Địa bàn "${commune.id}" của tổ không còn tồn tại vào ngày ${asOf} (sáp nhập?): cần quyết định kiện toàn.`,
      `The team's commune "${commune.id}" no longer existed on ${asOf} (merged?): an amending decision is needed.`,
    );
  }

  const leaders = seats.filter((s) => s.role === 'leader');
  if (leaders.length === 0) {
    add(
      'no_leader',
      ['seats'],
      `Tổ chưa có Tổ trưởng vào ngày ${asOf}.`,
      `The team has no leader on ${asOf}.`,
    );
  }
  for (const extra of leaders.slice(1)) {
    add(
      'multiple_leaders',
      ['seats', seatIndex(extra)],
      `Tổ có nhiều hơn một Tổ trưởng: "${extra.id}".`,
      `The team has more than one leader: "${extra.id}".`,
    );
  }

  const area = areaPlaceIds(team, asOf);
  const bodiesOfKind = (kind: string) =>
    team.bodies.filter((b) => b.kind === kind && area.has(b.placeId) && isActive(b, asOf));
  const holder = (seat: Seat) => holderIdOf(team, seat, asOf);
  // The seats of a rule that have the rule's role; a seat of the rule with another role is an
  // error and does not count towards the rule.
  const withRole = (rule: Rule, ruleSeats: readonly Seat[]): Seat[] =>
    ruleSeats.filter((seat) => {
      if (seat.role === rule.role) return true;
      const want = ROLE_LABELS[rule.role];
      const got = ROLE_LABELS[seat.role];
      add(
        'role_mismatch',
        ['seats', seatIndex(seat), 'role'],
        `Vị trí "${seat.id}" theo quy tắc "${rule.id}" phải là ${want.vi}, không phải ${got.vi}.`,
        `Seat "${seat.id}" of rule "${rule.id}" must be a ${want.en.toLowerCase()}, not a ${got.en.toLowerCase()}.`,
      );
      return false;
    });
  team.template?.rules.forEach((rule, i) => {
    const rulePath = ['template', 'rules', i];
    switch (rule.kind) {
      case 'named': {
        const ruleSeats = withRole(
          rule,
          seats.filter((s) => s.ruleId === rule.id),
        );
        const n = ruleSeats.length;
        if (n < rule.min || (rule.max !== undefined && n > rule.max)) {
          const range = rule.max === undefined ? `≥ ${rule.min}` : `${rule.min}–${rule.max}`;
          add(
            'rule_count',
            rulePath,
            `Quy tắc "${rule.id}" cần ${range} vị trí, hiện có ${n}.`,
            `Rule "${rule.id}" needs ${range} seats, the team has ${n}.`,
          );
        }
        if (rule.recommendedBodyKinds.length > 0 && n > 0) {
          const kinds = new Set<string>(rule.recommendedBodyKinds);
          const recommended = new Set(
            team.bodies.filter((b) => kinds.has(b.kind)).map((b) => b.id),
          );
          const met = ruleSeats.some((s) => {
            const person = team.people.find((p) => p.id === holder(s));
            return person?.memberOf.some((id) => recommended.has(id)) ?? false;
          });
          if (!met) {
            add(
              'recommendation_unmet',
              rulePath,
              `Quy tắc "${rule.id}": nên có thành viên thuộc ${rule.recommendedBodyKinds.join(', ')}.`,
              `Rule "${rule.id}": a member from ${rule.recommendedBodyKinds.join(', ')} is recommended.`,
            );
          }
        }
        break;
      }
      case 'exOfficio':
        if (
          withRole(
            rule,
            seats.filter(
              (s) => s.filling.kind === 'exOfficio' && s.filling.officeId === rule.officeId,
            ),
          ).length === 0
        ) {
          add(
            'missing_office_seat',
            rulePath,
            `Thiếu vị trí theo chức vụ "${rule.officeId}".`,
            `The ex-officio seat of office "${rule.officeId}" is missing.`,
          );
        }
        break;
      case 'headOf':
        rule.bodyKinds.forEach((kind, k) => {
          const bodies = bodiesOfKind(kind);
          if (bodies.length === 0) {
            add(
              'missing_body_head',
              [...rulePath, 'bodyKinds', k],
              `Quy tắc "${rule.id}": địa bàn không có tổ chức loại "${kind}".`,
              `Rule "${rule.id}": the area has no body of kind "${kind}".`,
            );
          }
          for (const body of bodies) {
            const heads = seats.filter((s) => {
              const f = s.filling;
              if (f.kind !== 'exOfficio') return false;
              const office = team.offices.find((o) => o.id === f.officeId);
              return office?.bodyId === body.id && office.head;
            });
            if (withRole(rule, heads).length === 0) {
              add(
                'missing_body_head',
                ['bodies', team.bodies.indexOf(body)],
                `Thiếu vị trí của người đứng đầu "${body.name.vi}".`,
                `The seat of the head of "${body.name.en}" is missing.`,
              );
            }
          }
        });
        break;
      case 'delegateOf':
        rule.unitKinds.forEach((kind, k) => {
          const units = bodiesOfKind(kind);
          if (units.length === 0) {
            add(
              'missing_delegate',
              [...rulePath, 'unitKinds', k],
              `Quy tắc "${rule.id}": địa bàn không có đơn vị loại "${kind}".`,
              `Rule "${rule.id}": the area has no unit of kind "${kind}".`,
            );
          }
          for (const unit of units) {
            const delegates = withRole(
              rule,
              seats.filter((s) => s.filling.kind === 'delegate' && s.filling.unitId === unit.id),
            );
            if (delegates.length === 0) {
              add(
                'missing_delegate',
                ['bodies', team.bodies.indexOf(unit)],
                `"${unit.name.vi}" chưa cử cán bộ tham gia tổ.`,
                `"${unit.name.en}" has no delegate on the team.`,
              );
            }
            for (const extra of delegates.slice(1)) {
              add(
                'duplicate_delegate',
                ['seats', seatIndex(extra)],
                `"${unit.name.vi}" có hơn một vị trí đại diện: "${extra.id}".`,
                `"${unit.name.en}" has more than one delegate seat: "${extra.id}".`,
              );
            }
          }
        });
        break;
      case 'villageHeads':
        for (const village of villagesOf(team, asOf)) {
          const heads = withRole(
            rule,
            seats.filter(
              (s) => s.filling.kind === 'villageHead' && s.filling.villageId === village.id,
            ),
          );
          if (heads.length === 0) {
            add(
              'missing_village_head',
              ['places', team.places.indexOf(village)],
              `Trưởng "${village.name}" chưa có vị trí trong tổ.`,
              `The head of "${village.name}" has no seat on the team.`,
            );
          }
          for (const extra of heads.slice(1)) {
            add(
              'duplicate_village_head',
              ['seats', seatIndex(extra)],
              `"${village.name}" có hơn một vị trí trưởng thôn: "${extra.id}".`,
              `"${village.name}" has more than one village-head seat: "${extra.id}".`,
            );
          }
        }
        break;
    }
  });

  const holders = seats.map((seat) => ({ seat, personId: holder(seat) }));
  if (team.template?.oneSeatPerPerson) {
    team.people.forEach((person, i) => {
      const held = holders.filter((h) => h.personId === person.id);
      if (held.length > 1) {
        const list = held.map((h) => h.seat.id).join(', ');
        add(
          'person_in_two_seats',
          ['people', i],
          `${person.name} giữ nhiều vị trí cùng lúc (${list}), mẫu tổ không cho phép.`,
          `${person.name} holds several seats at once (${list}); the template forbids it.`,
        );
      }
    });
  }
  for (const { seat, personId } of holders) {
    if (personId === undefined) {
      add(
        'vacant_seat',
        ['seats', seatIndex(seat)],
        `Vị trí "${seat.id}" không có người giữ vào ngày ${asOf}.`,
        `Seat "${seat.id}" is held by nobody on ${asOf}.`,
      );
    }
  }

  // The chain.
  team.supervision.forEach((row, i) => {
    const supervisor = team.seats.find((s) => s.id === row.supervisorSeatId);
    if (isActive(row, asOf) && supervisor && !isActive(supervisor, asOf)) {
      add(
        'supervisor_inactive',
        ['supervision', i, 'supervisorSeatId'],
        `"${row.seatId}" được phân công cho vị trí "${supervisor.id}", vị trí này không còn (hoặc chưa có) ngày ${asOf}: cần phân công lại.`,
        `"${row.seatId}" is assigned to seat "${supervisor.id}", which is not in force on ${asOf}: assign it again.`,
      );
    }
  });
  const hasDeputies = seats.some((s) => s.role === 'deputy');
  for (const seat of seats) {
    const assigned = team.supervision.findIndex((s) => s.seatId === seat.id && isActive(s, asOf));
    const walk = walkUp(team, seat, asOf);
    if (assigned >= 0 && walk.cycleAt === seat.id) {
      add(
        'chain_cycle',
        ['supervision', assigned],
        `Chuỗi báo cáo của "${seat.id}" bị lặp vòng: ${walk.seats.map((s) => s.id).join(' → ')} → ${seat.id}.`,
        `The reporting chain of "${seat.id}" is a cycle: ${walk.seats.map((s) => s.id).join(' → ')} → ${seat.id}.`,
      );
    }
    if (seat.role === 'member' && hasDeputies && assigned < 0) {
      add(
        'no_supervisor',
        ['seats', seatIndex(seat)],
        `Tổ viên "${seat.id}" chưa được phân công cho Tổ phó nào: báo cáo trực tiếp Tổ trưởng.`,
        `Member "${seat.id}" is not assigned to a deputy: they report to the leader.`,
      );
    }
  }
  if (!committeesOf(team, asOf).some((b) => b.kind === 'peoplesCommittee')) {
    add(
      'chain_not_reaching_committee',
      ['reportsTo'],
      `Chuỗi báo cáo không lên tới Ủy ban nhân dân vào ngày ${asOf}.`,
      `The reporting chain does not reach a People's Committee on ${asOf}.`,
    );
  }
}

function split(team: Team, problems: readonly TeamProblem[]): Result<ValidTeam, InvalidTeam> {
  const errors = problems.filter((p) => !WARNINGS.has(p.code));
  const warnings = problems.filter((p) => WARNINGS.has(p.code));
  return errors.length > 0 ? err({ errors, warnings }) : ok({ team, warnings });
}
