// The checks of a template's composition rules on a date: the seats each rule asks for, with the
// role it requires (a school without its delegate, a village without its head, a missing
// mass-organisation deputy …).
import { bodyPlaceOn } from '../../_internal/body-places.js';
import { isActive } from '../../_internal/dated.js';
import { areaPlaceIds, teamIndex, villagesOf } from '../../_internal/team-index.js';
import {
  bodyKindRef,
  bodyRef,
  placeRef,
  quotedLabel,
  roleRef,
  ruleRef,
} from '../../_internal/team-names.js';
import {
  duplicateDelegate,
  duplicateVillageHead,
  missingBodyHead,
  missingBodyKind,
  missingDelegate,
  missingOfficeSeat,
  missingVillageHead,
  recommendationUnmet,
  roleMismatch,
  ruleCount,
} from '../../problems/catalogue/team.js';
import { type ProblemPath, raise } from '../../problems/problem.js';
import type { Body, BodyKind, Rule, Seat } from '../schema.js';
import { type Check, type CheckContext, positionsOf, type TeamProblem } from './context.js';

/** The seats in force of a team grouped by what fills them, and its bodies by kind. */
interface RuleIndex {
  readonly byRule: ReadonlyMap<string, Seat[]>;
  readonly byOffice: ReadonlyMap<string, Seat[]>;
  readonly byBody: ReadonlyMap<string, Seat[]>;
  readonly byVillage: ReadonlyMap<string, Seat[]>;
  /** The bodies in force in the team's area, by kind. */
  readonly areaBodies: ReadonlyMap<string, Body[]>;
  /** The ids of the head offices of each body. */
  readonly headOffices: ReadonlyMap<string, string[]>;
  readonly bodyPosition: ReadonlyMap<Body, number>;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const group = map.get(key);
  if (group) group.push(item);
  else map.set(key, [item]);
}

function ruleIndex({ team, asOf, seats }: CheckContext): RuleIndex {
  const byRule = new Map<string, Seat[]>();
  const byOffice = new Map<string, Seat[]>();
  const byBody = new Map<string, Seat[]>();
  const byVillage = new Map<string, Seat[]>();
  for (const seat of seats) {
    if (seat.ruleId !== undefined) push(byRule, seat.ruleId, seat);
    const filling = seat.filling;
    if (filling.kind === 'exOfficio') push(byOffice, filling.officeId, seat);
    if (filling.kind === 'delegate') push(byBody, filling.bodyId, seat);
    if (filling.kind === 'villageHead') push(byVillage, filling.villageId, seat);
  }
  const area = areaPlaceIds(team, asOf);
  const areaBodies = new Map<string, Body[]>();
  for (const body of team.bodies) {
    if (area.has(bodyPlaceOn(body, asOf)) && isActive(body, asOf)) {
      push(areaBodies, body.kind, body);
    }
  }
  const headOffices = new Map<string, string[]>();
  for (const office of team.offices) if (office.head) push(headOffices, office.bodyId, office.id);
  return {
    byRule,
    byOffice,
    byBody,
    byVillage,
    areaBodies,
    headOffices,
    bodyPosition: positionsOf(team.bodies),
  };
}

/**
 * The seats of a rule that have the rule's role; a seat of the rule with another role is a
 * `role_mismatch` and does not count towards the rule.
 */
function withRole(
  context: CheckContext,
  rule: Rule,
  seats: readonly Seat[] | undefined,
  problems: TeamProblem[],
): Seat[] {
  return (seats ?? []).filter((seat) => {
    if (seat.role === rule.role) return true;
    problems.push(
      raise(roleMismatch, [...context.seatPath(seat), 'role'], {
        seat: context.seatRef(seat),
        rule: ruleRef(rule),
        expected: roleRef(rule.role),
        actual: roleRef(seat.role),
      }),
    );
    return false;
  });
}

type RuleCheck<K extends Rule['kind']> = (
  context: CheckContext,
  rule: Extract<Rule, { kind: K }>,
  at: ProblemPath,
  index: RuleIndex,
) => TeamProblem[];

/** A `named` rule: between `min` and `max` seats, holders from the recommended bodies. */
const namedRule: RuleCheck<'named'> = (context, rule, at, index) => {
  const problems: TeamProblem[] = [];
  const seats = withRole(context, rule, index.byRule.get(rule.id), problems);
  const n = seats.length;
  if (n < rule.min || (rule.max !== undefined && n > rule.max)) {
    problems.push(
      raise(ruleCount, at, { rule: ruleRef(rule), min: rule.min, max: rule.max ?? null, count: n }),
    );
  }
  if (rule.recommendedBodyKinds.length === 0 || n === 0) return problems;
  const kinds = new Set<string>(rule.recommendedBodyKinds);
  const recommended = new Set(
    context.team.bodies.filter((b) => kinds.has(b.kind)).map((b) => b.id),
  );
  const people = teamIndex(context.team).personById;
  const met = seats.some((seat) => {
    const person = people.get(context.holderId(seat) ?? '');
    return person?.memberOf.some((id) => recommended.has(id)) ?? false;
  });
  if (!met) {
    problems.push(
      raise(recommendationUnmet, at, {
        rule: ruleRef(rule),
        bodyKinds: rule.recommendedBodyKinds.map(bodyKindRef),
      }),
    );
  }
  return problems;
};

/** An `exOfficio` rule: the seat of its office. */
const exOfficioRule: RuleCheck<'exOfficio'> = (context, rule, at, index) => {
  const problems: TeamProblem[] = [];
  if (withRole(context, rule, index.byOffice.get(rule.officeId), problems).length === 0) {
    const office = teamIndex(context.team).officeById.get(rule.officeId);
    problems.push(
      raise(missingOfficeSeat, at, {
        rule: ruleRef(rule),
        office: {
          id: rule.officeId,
          label: office ? quotedLabel(office.title) : { vi: '', en: '' },
        },
      }),
    );
  }
  return problems;
};

/** The bodies of each kind a rule lists, or a `missing_body_kind` for a kind the area lacks. */
function bodiesOfKinds(
  context: CheckContext,
  rule: Rule & { bodyKinds: readonly BodyKind[] },
  at: ProblemPath,
  index: RuleIndex,
  problems: TeamProblem[],
): Body[] {
  return rule.bodyKinds.flatMap((kind, k) => {
    const bodies = index.areaBodies.get(kind) ?? [];
    if (bodies.length === 0) {
      problems.push(
        raise(missingBodyKind, [...at, 'bodyKinds', k], {
          rule: ruleRef(rule),
          bodyKind: bodyKindRef(kind),
          date: context.asOf,
        }),
      );
    }
    return bodies;
  });
}

/** A `headOf` rule: the seat of the head of each body of its kinds in the area. */
const headOfRule: RuleCheck<'headOf'> = (context, rule, at, index) => {
  const problems: TeamProblem[] = [];
  for (const body of bodiesOfKinds(context, rule, at, index, problems)) {
    const heads = (index.headOffices.get(body.id) ?? []).flatMap(
      (officeId) => index.byOffice.get(officeId) ?? [],
    );
    if (withRole(context, rule, heads, problems).length === 0) {
      problems.push(
        raise(missingBodyHead, ['bodies', index.bodyPosition.get(body) ?? 0], {
          rule: ruleRef(rule),
          body: bodyRef(body),
          date: context.asOf,
        }),
      );
    }
  }
  return problems;
};

/** A `delegateOf` rule: one delegate seat for each body of its kinds in the area. */
const delegateOfRule: RuleCheck<'delegateOf'> = (context, rule, at, index) => {
  const problems: TeamProblem[] = [];
  for (const body of bodiesOfKinds(context, rule, at, index, problems)) {
    const delegates = withRole(context, rule, index.byBody.get(body.id), problems);
    if (delegates.length === 0) {
      problems.push(
        raise(missingDelegate, ['bodies', index.bodyPosition.get(body) ?? 0], {
          rule: ruleRef(rule),
          body: bodyRef(body),
          date: context.asOf,
        }),
      );
    }
    for (const extra of delegates.slice(1)) {
      problems.push(
        raise(duplicateDelegate, context.seatPath(extra), {
          body: bodyRef(body),
          seat: context.seatRef(extra),
        }),
      );
    }
  }
  return problems;
};

/** A `villageHeads` rule: one seat for the head of each village of the area. */
const villageHeadsRule: RuleCheck<'villageHeads'> = (context, rule, _at, index) => {
  const problems: TeamProblem[] = [];
  const positions = positionsOf(context.team.places);
  for (const village of villagesOf(context.team, context.asOf)) {
    const heads = withRole(context, rule, index.byVillage.get(village.id), problems);
    if (heads.length === 0) {
      problems.push(
        raise(missingVillageHead, ['places', positions.get(village) ?? 0], {
          village: placeRef(village),
          date: context.asOf,
        }),
      );
    }
    for (const extra of heads.slice(1)) {
      problems.push(
        raise(duplicateVillageHead, context.seatPath(extra), {
          village: placeRef(village),
          seat: context.seatRef(extra),
        }),
      );
    }
  }
  return problems;
};

/** Every rule of the team's template, each checked by the check of its kind. */
export const checkRules: Check = (context) => {
  const rules = context.team.template?.rules ?? [];
  if (rules.length === 0) return [];
  const index = ruleIndex(context);
  return rules.flatMap((rule, i): TeamProblem[] => {
    const at = ['template', 'rules', i];
    switch (rule.kind) {
      case 'named':
        return namedRule(context, rule, at, index);
      case 'exOfficio':
        return exOfficioRule(context, rule, at, index);
      case 'headOf':
        return headOfRule(context, rule, at, index);
      case 'delegateOf':
        return delegateOfRule(context, rule, at, index);
      case 'villageHeads':
        return villageHeadsRule(context, rule, at, index);
      default:
        return [];
    }
  });
};
