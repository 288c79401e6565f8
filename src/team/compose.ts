import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { type IsoDate, IsoDateSchema } from '../calendar/date.js';
import { PlaceSchema } from '../places/place.js';
import { placeName } from '../places/query.js';
import type { InputProblem } from '../problems/input.js';
import { parseWithSchema } from '../problems/input.js';
import type { Problem } from '../problems/problem.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { isActive, villagesOf } from './query.js';
import {
  BodySchema,
  DecisionSchema,
  OfficeHoldingSchema,
  OfficeSchema,
  PersonSchema,
  type Rule,
  type Seat,
  type SeatHolding,
  SupervisionSchema,
  TEAM_SCHEMA_VERSION,
  type Team,
  type Template,
  type TemplateInput,
  TemplateSchema,
} from './schema.js';

/**
 * The commune's own lists that {@link composeTeam} builds a team from: its places, bodies,
 * offices and people, who holds which office, who is appointed to the named seats, who each
 * unit delegates and who heads each village, and the founding decision.
 *
 * @example
 * ```ts
 * import { TeamListsSchema } from 'to-cong-nghe-so';
 *
 * TeamListsSchema.parse({ id: 'team', communeId: 'dak-nia', from: '2022-07-27' }).people; // []
 * ```
 * @category Team
 */
export const TeamListsSchema = z
  .object({
    /** The id of the team to build. */
    id: TextSchema,
    /** The team's name; "Tổ công nghệ số cộng đồng" and the area's name when absent. */
    name: LabelSchema.optional(),
    /** The commune the team serves. */
    communeId: TextSchema,
    /** The village, for a village-level team. */
    villageId: TextSchema.optional(),
    /** The founding day; the founding decision's effective date when absent. */
    from: IsoDateSchema.optional(),
    /** The founding decision. */
    decision: DecisionSchema.optional(),
    /** The places (province, district, commune, villages). */
    places: z.array(PlaceSchema).default([]),
    /** The bodies (authorities, mass organisations, schools, police, health …). */
    bodies: z.array(BodySchema).default([]),
    /** The offices. */
    offices: z.array(OfficeSchema).default([]),
    /** The people. */
    people: z.array(PersonSchema).default([]),
    /** Who holds which office. */
    officeHoldings: z.array(OfficeHoldingSchema).default([]),
    /** For each `named` rule id, the people appointed, in order. */
    appointments: z.record(z.string(), z.array(TextSchema)).default({}),
    /** For each delegating unit id, the person it delegates. */
    delegates: z.record(z.string(), TextSchema).default({}),
    /** For each village id, its head. */
    villageHeads: z.record(z.string(), TextSchema).default({}),
    /** The bodies the leader answers to; the commune's People's Committee and steering committee when absent. */
    reportsTo: z.array(TextSchema).optional(),
    /** The leader's assignments of seats to supervisors. */
    supervision: z.array(SupervisionSchema).default([]),
  })
  .strict();

/**
 * The commune's lists, as {@link composeTeam} returns them parsed.
 *
 * @category Team
 */
export type TeamLists = z.infer<typeof TeamListsSchema>;

/**
 * The commune's lists as a user writes them (fields with defaults may be left out).
 *
 * @category Team
 */
export type TeamListsInput = z.input<typeof TeamListsSchema>;

/**
 * The codes of {@link ComposeProblem}.
 *
 * @category Team
 */
export type ComposeProblemCode = 'missing_date' | 'unknown_place' | 'unknown_person' | 'scope';

/**
 * A problem that stops {@link composeTeam} from building a team.
 *
 * @category Team
 */
export type ComposeProblem = Problem<ComposeProblemCode> | InputProblem;

/**
 * Builds a team from a template and a commune's own lists: one seat per rule, per school, per
 * village …, with the seat holdings the lists give, all from the founding date and citing the
 * founding decision. Rules the lists cannot meet (a school with no delegate, a missing mass
 * organisation) are left to {@link validateTeam} to report.
 *
 * @param template - The template (e.g. {@link dakNia2022} or {@link villageTeam793}), or its JSON.
 * @param lists - The commune's lists, or their JSON.
 * @returns `ok(team)`, or every problem in the input (paths start with `template` or `lists`).
 * @example
 * ```ts
 * import { composeTeam, dakNia2022, dakNia2022Lists } from 'to-cong-nghe-so';
 *
 * const team = composeTeam(dakNia2022, dakNia2022Lists)._unsafeUnwrap();
 * team.seats.filter((s) => s.role === 'deputy').length; // 4
 * ```
 * @category Team
 */
export function composeTeam(
  template: TemplateInput,
  lists: TeamListsInput,
): Result<Team, ComposeProblem[]> {
  const parsedTemplate = parseWithSchema(TemplateSchema, template, ['template']);
  const parsedLists = parseWithSchema(TeamListsSchema, lists, ['lists']);
  const inputProblems = [
    ...(parsedTemplate.isErr() ? parsedTemplate.error : []),
    ...(parsedLists.isErr() ? parsedLists.error : []),
  ];
  if (parsedTemplate.isErr() || parsedLists.isErr()) return err(inputProblems);
  const built = buildTeam(parsedTemplate.value, parsedLists.value);
  return built.problems.length > 0 ? err(built.problems) : ok(built.team);
}

/** @internal Builds a team; the problems say what stops it from being usable. */
export function buildTeam(
  template: Template,
  lists: TeamLists,
): { team: Team; problems: Problem<ComposeProblemCode>[] } {
  const problems: Problem<ComposeProblemCode>[] = [];
  const decision = lists.decision;
  const from: IsoDate = lists.from ?? decision?.effectiveFrom ?? decision?.date ?? '1970-01-01';
  if (lists.from === undefined && decision === undefined) {
    problems.push({
      code: 'missing_date',
      path: ['lists', 'from'],
      message: {
        vi: 'Cần ngày thành lập tổ ("from") hoặc quyết định thành lập ("decision").',
        en: 'The founding day ("from") or the founding decision ("decision") is needed.',
      },
    });
  }
  const placeIds = new Set(lists.places.map((p) => p.id));
  const checkPlace = (id: string | undefined, field: string) => {
    if (id !== undefined && !placeIds.has(id)) {
      problems.push({
        code: 'unknown_place',
        path: ['lists', field],
        message: {
          vi: `Không có địa bàn "${id}" trong danh sách địa bàn.`,
          en: `Place "${id}" is not in the list of places.`,
        },
      });
    }
  };
  checkPlace(lists.communeId, 'communeId');
  checkPlace(lists.villageId, 'villageId');
  if (template.scope === 'village' && lists.villageId === undefined) {
    problems.push({
      code: 'scope',
      path: ['lists', 'villageId'],
      message: {
        vi: `Mẫu "${template.id}" dành cho tổ cấp thôn: cần "villageId".`,
        en: `Template "${template.id}" is for a village-level team: "villageId" is needed.`,
      },
    });
  }
  const personIds = new Set(lists.people.map((p) => p.id));
  const checkPerson = (id: string, path: (string | number)[]) => {
    if (!personIds.has(id)) {
      problems.push({
        code: 'unknown_person',
        path: ['lists', ...path],
        message: {
          vi: `Không có người "${id}" trong danh sách người.`,
          en: `Person "${id}" is not in the list of people.`,
        },
      });
    }
  };
  for (const [ruleId, ids] of Object.entries(lists.appointments)) {
    ids.forEach((id, i) => {
      checkPerson(id, ['appointments', ruleId, i]);
    });
  }
  for (const [unitId, id] of Object.entries(lists.delegates))
    checkPerson(id, ['delegates', unitId]);
  for (const [villageId, id] of Object.entries(lists.villageHeads)) {
    checkPerson(id, ['villageHeads', villageId]);
  }

  const commune = lists.places.find((p) => p.id === lists.communeId);
  const area = lists.places.find((p) => p.id === (lists.villageId ?? lists.communeId));
  const name = lists.name ?? {
    vi: `Tổ công nghệ số cộng đồng ${area ? placeName(area, 'vi') : lists.communeId}`,
    en: `Community Digital Technology Team of ${area ? placeName(area, 'en') : lists.communeId}`,
  };
  const base: Team = {
    schemaVersion: TEAM_SCHEMA_VERSION,
    id: lists.id,
    name,
    scope: template.scope,
    communes: [{ placeId: lists.communeId }],
    ...(lists.villageId === undefined ? {} : { villageId: lists.villageId }),
    from,
    ...(decision === undefined ? {} : { foundingDecisionId: decision.id }),
    template,
    places: lists.places,
    bodies: lists.bodies,
    offices: lists.offices,
    people: lists.people,
    officeHoldings: lists.officeHoldings,
    seats: [],
    seatHoldings: [],
    supervision: lists.supervision,
    reportsTo:
      lists.reportsTo ??
      lists.bodies
        .filter(
          (b) =>
            b.placeId === commune?.id &&
            (b.kind === 'peoplesCommittee' || b.kind === 'steeringCommittee'),
        )
        .map((b) => b.id),
    decisions: decision === undefined ? [] : [decision],
  };
  const seats: Seat[] = [];
  const holdings: SeatHolding[] = [];
  const addSeat = (rule: Rule, id: string, filling: Seat['filling'], holderId?: string) => {
    const seat: Seat = {
      id,
      role: rule.role,
      filling,
      titles: rule.titles,
      ruleId: rule.id,
      from,
      ...(decision === undefined ? {} : { decisionId: decision.id }),
    };
    seats.push(seat);
    if (holderId !== undefined) {
      holdings.push({
        seatId: seat.id,
        personId: holderId,
        from,
        ...(decision === undefined ? {} : { decisionId: decision.id }),
      });
    }
  };
  const bodiesOfKind = (kind: string, places: Set<string>) =>
    lists.bodies.filter((b) => b.kind === kind && places.has(b.placeId) && isActive(b, from));
  const villages = villagesOf(base, from);
  const areaIds = new Set(villages.map((v) => v.id));
  if (template.scope === 'commune') areaIds.add(lists.communeId);

  for (const rule of template.rules) {
    switch (rule.kind) {
      case 'named':
        (lists.appointments[rule.id] ?? []).forEach((personId, i) => {
          addSeat(rule, `${rule.id}/${i + 1}`, { kind: 'named' }, personId);
        });
        break;
      case 'exOfficio':
        addSeat(rule, rule.id, { kind: 'exOfficio', officeId: rule.officeId });
        break;
      case 'headOf':
        for (const kind of rule.bodyKinds) {
          for (const body of bodiesOfKind(kind, areaIds)) {
            const office = lists.offices.find((o) => o.bodyId === body.id && o.head);
            if (office)
              addSeat(rule, `${rule.id}/${body.id}`, { kind: 'exOfficio', officeId: office.id });
          }
        }
        break;
      case 'delegateOf':
        for (const kind of rule.unitKinds) {
          for (const unit of bodiesOfKind(kind, areaIds)) {
            addSeat(
              rule,
              `${rule.id}/${unit.id}`,
              { kind: 'delegate', unitId: unit.id },
              lists.delegates[unit.id],
            );
          }
        }
        break;
      case 'villageHeads':
        for (const village of villages) {
          addSeat(
            rule,
            `${rule.id}/${village.id}`,
            { kind: 'villageHead', villageId: village.id },
            lists.villageHeads[village.id],
          );
        }
        break;
    }
  }
  return { team: { ...base, seats, seatHoldings: holdings }, problems };
}
