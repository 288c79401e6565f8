// Building a team from a template and a commune's lists, step by step: the founding day, the
// team's frame, then the seats of each rule with their holders, and where each came from.
import { bodyPlaceOn } from '../_internal/body-places.js';
import { isActive } from '../_internal/dated.js';
import type { IsoDate } from '../_internal/dates.js';
import { placeNameOf } from '../_internal/names.js';
import { villagesOf } from '../_internal/team-index.js';
import type { Place } from '../places/place.js';
import type { ProblemPath } from '../problems/problem.js';
import type { Label } from '../text/label.js';
import type { TeamLists } from './lists.js';
import type { SeatOrigin, TeamOrigins } from './origins.js';
import {
  type Body,
  type Rule,
  type Seat,
  type SeatHolding,
  TEAM_SCHEMA_VERSION,
  type Team,
  type Template,
} from './schema.js';

/** A seat a rule creates, with its first holder and where it comes from. */
interface SeatDraft {
  readonly seat: Seat;
  readonly holderId: string | undefined;
  readonly entry: ProblemPath;
}

/** What the seat steps read. */
interface BuildContext {
  readonly lists: TeamLists;
  readonly from: IsoDate;
  /** The founding decision's id, cited by every seat and holding. */
  readonly cite: { readonly decisionId?: string };
  /** The bodies in force in the team's area on the founding day, by kind. */
  readonly areaBodies: ReadonlyMap<string, readonly Body[]>;
  /** The position of the first head office of each body in the lists. */
  readonly headOffice: ReadonlyMap<string, number>;
  /** The villages of the team's area on the founding day. */
  readonly villages: readonly Place[];
}

/** The day the team is founded: the lists' `from`, else the founding decision's effective date. */
export function foundingDay(lists: TeamLists): IsoDate | undefined {
  return lists.from ?? lists.decision?.effectiveFrom ?? lists.decision?.date;
}

function foundingDayPath(lists: TeamLists): ProblemPath {
  if (lists.from !== undefined) return ['lists', 'from'];
  if (lists.decision?.effectiveFrom !== undefined) return ['lists', 'decision', 'effectiveFrom'];
  return ['lists', 'decision', 'date'];
}

/** The team's name: the lists' own, else "Tổ công nghệ số cộng đồng" and the area's name. */
function teamName(lists: TeamLists): Label {
  if (lists.name) return lists.name;
  const areaId = lists.villageId ?? lists.communeId;
  const area = lists.places.find((p) => p.id === areaId);
  return {
    vi: `Tổ công nghệ số cộng đồng ${area ? placeNameOf(area, 'vi') : areaId}`,
    en: `Community Digital Technology Team of ${area ? placeNameOf(area, 'en') : areaId}`,
  };
}

/** The bodies the leader answers to, with where each comes from. */
function reportsTo(lists: TeamLists, from: IsoDate): { ids: string[]; origins: ProblemPath[] } {
  if (lists.reportsTo !== undefined) {
    return {
      ids: lists.reportsTo,
      origins: lists.reportsTo.map((_, i) => ['lists', 'reportsTo', i]),
    };
  }
  const ids: string[] = [];
  const origins: ProblemPath[] = [];
  lists.bodies.forEach((body, i) => {
    const kind = body.kind;
    if (bodyPlaceOn(body, from) !== lists.communeId) return;
    if (kind !== 'peoplesCommittee' && kind !== 'steeringCommittee') return;
    ids.push(body.id);
    origins.push(['lists', 'bodies', i]);
  });
  return { ids, origins };
}

/** The team without its seats: the lists' places, bodies, offices, people and decision. */
function frame(template: Template, lists: TeamLists, from: IsoDate, bodies: string[]): Team {
  const decision = lists.decision;
  return {
    schemaVersion: TEAM_SCHEMA_VERSION,
    id: lists.id,
    name: teamName(lists),
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
    reportsTo: bodies,
    decisions: decision === undefined ? [] : [decision],
  };
}

function draft(
  context: BuildContext,
  rule: Rule,
  id: string,
  filling: Seat['filling'],
  holderId: string | undefined,
  entry: ProblemPath,
): SeatDraft {
  const seat: Seat = {
    id,
    role: rule.role,
    filling,
    titles: rule.titles.map((title) => ({ ...title })),
    ruleId: rule.id,
    from: context.from,
    ...context.cite,
  };
  return { seat, holderId, entry };
}

/** A `named` rule: one seat per person appointed, `<ruleId>/1`, `<ruleId>/2` … */
function namedSeats(context: BuildContext, rule: Rule): SeatDraft[] {
  const people = Object.hasOwn(context.lists.appointments, rule.id)
    ? (context.lists.appointments[rule.id] ?? [])
    : [];
  return people.map((personId, i) =>
    draft(context, rule, `${rule.id}/${i + 1}`, { kind: 'named' }, personId, [
      'lists',
      'appointments',
      rule.id,
      i,
    ]),
  );
}

/** The bodies of some kinds in the area, kind by kind. */
function bodiesOfKinds(context: BuildContext, kinds: readonly string[]): Body[] {
  return kinds.flatMap((kind) => context.areaBodies.get(kind) ?? []);
}

/** A `headOf` rule: one seat per body of its kinds that has a head office, `<ruleId>/<bodyId>`. */
function headSeats(context: BuildContext, rule: Extract<Rule, { kind: 'headOf' }>): SeatDraft[] {
  return bodiesOfKinds(context, rule.bodyKinds).flatMap((body) => {
    const position = context.headOffice.get(body.id);
    const office = position === undefined ? undefined : context.lists.offices[position];
    if (!office) return [];
    return [
      draft(
        context,
        rule,
        `${rule.id}/${body.id}`,
        { kind: 'exOfficio', officeId: office.id },
        undefined,
        ['lists', 'offices', position as number],
      ),
    ];
  });
}

/** A `delegateOf` rule: one seat per body of its kinds, `<ruleId>/<bodyId>`. */
function delegateSeats(
  context: BuildContext,
  rule: Extract<Rule, { kind: 'delegateOf' }>,
): SeatDraft[] {
  const delegates = context.lists.delegates;
  return bodiesOfKinds(context, rule.bodyKinds).map((body) =>
    draft(
      context,
      rule,
      `${rule.id}/${body.id}`,
      { kind: 'delegate', bodyId: body.id },
      Object.hasOwn(delegates, body.id) ? delegates[body.id] : undefined,
      ['lists', 'delegates', body.id],
    ),
  );
}

/** A `villageHeads` rule: one seat per village of the area, `<ruleId>/<villageId>`. */
function villageHeadSeats(context: BuildContext, rule: Rule): SeatDraft[] {
  const heads = context.lists.villageHeads;
  return context.villages.map((village) =>
    draft(
      context,
      rule,
      `${rule.id}/${village.id}`,
      { kind: 'villageHead', villageId: village.id },
      Object.hasOwn(heads, village.id) ? heads[village.id] : undefined,
      ['lists', 'villageHeads', village.id],
    ),
  );
}

/** The seats one rule creates. */
function seatsOfRule(context: BuildContext, rule: Rule, at: number): SeatDraft[] {
  switch (rule.kind) {
    case 'named':
      return namedSeats(context, rule);
    case 'exOfficio':
      return [
        draft(context, rule, rule.id, { kind: 'exOfficio', officeId: rule.officeId }, undefined, [
          'template',
          'rules',
          at,
          'officeId',
        ]),
      ];
    case 'headOf':
      return headSeats(context, rule);
    case 'delegateOf':
      return delegateSeats(context, rule);
    case 'villageHeads':
      return villageHeadSeats(context, rule);
  }
}

/** What the seat steps read about the area on the founding day. */
function buildContext(base: Team, lists: TeamLists, from: IsoDate): BuildContext {
  const villages = villagesOf(base, from);
  const area = new Set(villages.map((v) => v.id));
  if (base.scope === 'commune') area.add(lists.communeId);
  const areaBodies = new Map<string, Body[]>();
  for (const body of lists.bodies) {
    if (!area.has(bodyPlaceOn(body, from)) || !isActive(body, from)) continue;
    const group = areaBodies.get(body.kind);
    if (group) group.push(body);
    else areaBodies.set(body.kind, [body]);
  }
  const headOffice = new Map<string, number>();
  lists.offices.forEach((office, i) => {
    if (office.head && !headOffice.has(office.bodyId)) headOffice.set(office.bodyId, i);
  });
  const decisionId = lists.decision?.id;
  return {
    lists,
    from,
    cite: decisionId === undefined ? {} : { decisionId },
    areaBodies,
    headOffice,
    villages,
  };
}

/**
 * Builds a team from a template and a commune's lists: one seat per rule, per school, per village
 * …, with the seat holdings the lists give, all from the founding day and citing the founding
 * decision; and where each part comes from. The seat ids follow the rules of {@link composeTeam}.
 */
export function buildTeam(
  template: Template,
  lists: TeamLists,
  from: IsoDate,
): { team: Team; origins: TeamOrigins } {
  const answering = reportsTo(lists, from);
  const base = frame(template, lists, from, answering.ids);
  const context = buildContext(base, lists, from);
  const seats: Seat[] = [];
  const holdings: SeatHolding[] = [];
  const seatOrigins: SeatOrigin[] = [];
  const holdingOrigins: ProblemPath[] = [];
  template.rules.forEach((rule, r) => {
    for (const { seat, holderId, entry } of seatsOfRule(context, rule, r)) {
      seats.push(seat);
      seatOrigins.push({ entry, rule: ['template', 'rules', r] });
      if (holderId === undefined) continue;
      holdings.push({ seatId: seat.id, personId: holderId, from, ...context.cite });
      holdingOrigins.push(entry);
    }
  });
  const leaderRule = template.rules.findIndex((rule) => rule.role === 'leader');
  const leader = template.rules[leaderRule];
  return {
    team: { ...base, seats, seatHoldings: holdings },
    origins: {
      seats: seatOrigins,
      holdings: holdingOrigins,
      from: foundingDayPath(lists),
      leader:
        leader === undefined
          ? ['template', 'rules']
          : leader.kind === 'named'
            ? ['lists', 'appointments', leader.id]
            : ['template', 'rules', leaderRule],
      reportsTo: answering.origins,
      reportsToList: lists.reportsTo === undefined ? ['lists', 'bodies'] : ['lists', 'reportsTo'],
      namedRules: template.rules.map((rule) => (rule.kind === 'named' ? rule.id : undefined)),
    },
  };
}
