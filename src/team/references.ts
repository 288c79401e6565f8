// Ids and references of a team file, or of a template and a commune's lists, checked on plain
// data: the checks read any value defensively, so that they run on a file whose shape is wrong
// too, and a bad date never hides an unknown id in the same file.
import { duplicatePlace, unknownPlace } from '../problems/catalogue/places.js';
import {
  duplicateId,
  type IdCollection,
  unknownBody,
  unknownDecision,
  unknownOffice,
  unknownPerson,
  unknownRule,
  unknownSeat,
  unknownVillage,
} from '../problems/catalogue/team.js';
import { type Problem, type ProblemPath, raise } from '../problems/problem.js';

/** What a reference names. */
export type Target = 'place' | 'village' | 'body' | 'office' | 'person' | 'seat' | 'decision';

/**
 * Where references are in a document: object keys, `*` for every element of a list, `#` for
 * every value of a record (its key goes into the path) and `@` for every key of a record (the key
 * is the reference).
 */
export interface Reference {
  /** The pattern of the referring values. */
  readonly at: readonly string[];
  /** What they name. */
  readonly target: Target;
}

/** The ids a document holds, by what they are. */
export type KnownIds = Readonly<Record<Target, ReadonlySet<string>>>;

/** The codes the reference checks raise. */
export type ReferenceProblemCode =
  | 'unknown_place'
  | 'unknown_village'
  | 'unknown_body'
  | 'unknown_office'
  | 'unknown_person'
  | 'unknown_seat'
  | 'unknown_decision'
  | 'unknown_rule'
  | 'duplicate_id'
  | 'duplicate_place';

/** A problem of the reference checks. */
export type ReferenceProblem = Problem<ReferenceProblemCode>;

/** The references of a team file. */
export const TEAM_REFERENCES: readonly Reference[] = [
  { at: ['communes', '*', 'placeId'], target: 'place' },
  { at: ['villageId'], target: 'village' },
  { at: ['foundingDecisionId'], target: 'decision' },
  { at: ['bodies', '*', 'placeId'], target: 'place' },
  { at: ['bodies', '*', 'moves', '*', 'placeId'], target: 'place' },
  { at: ['bodies', '*', 'parentId'], target: 'body' },
  { at: ['offices', '*', 'bodyId'], target: 'body' },
  { at: ['people', '*', 'memberOf', '*'], target: 'body' },
  { at: ['officeHoldings', '*', 'officeId'], target: 'office' },
  { at: ['officeHoldings', '*', 'personId'], target: 'person' },
  { at: ['seats', '*', 'filling', 'officeId'], target: 'office' },
  { at: ['seats', '*', 'filling', 'bodyId'], target: 'body' },
  { at: ['seats', '*', 'filling', 'villageId'], target: 'village' },
  { at: ['seats', '*', 'decisionId'], target: 'decision' },
  { at: ['seats', '*', 'endDecisionId'], target: 'decision' },
  { at: ['seatHoldings', '*', 'seatId'], target: 'seat' },
  { at: ['seatHoldings', '*', 'personId'], target: 'person' },
  { at: ['seatHoldings', '*', 'decisionId'], target: 'decision' },
  { at: ['supervision', '*', 'seatId'], target: 'seat' },
  { at: ['supervision', '*', 'supervisorSeatId'], target: 'seat' },
  { at: ['reportsTo', '*'], target: 'body' },
  { at: ['decisions', '*', 'issuerId'], target: 'body' },
  { at: ['decisions', '*', 'amends'], target: 'decision' },
  { at: ['decisions', '*', 'recipients', '*', 'bodyId'], target: 'body' },
  { at: ['template', 'rules', '*', 'officeId'], target: 'office' },
];

/** The references of a template and a commune's lists, read together as `{ template, lists }`. */
export const LISTS_REFERENCES: readonly Reference[] = [
  { at: ['lists', 'communeId'], target: 'place' },
  { at: ['lists', 'villageId'], target: 'village' },
  { at: ['lists', 'bodies', '*', 'placeId'], target: 'place' },
  { at: ['lists', 'bodies', '*', 'moves', '*', 'placeId'], target: 'place' },
  { at: ['lists', 'bodies', '*', 'parentId'], target: 'body' },
  { at: ['lists', 'offices', '*', 'bodyId'], target: 'body' },
  { at: ['lists', 'people', '*', 'memberOf', '*'], target: 'body' },
  { at: ['lists', 'officeHoldings', '*', 'officeId'], target: 'office' },
  { at: ['lists', 'officeHoldings', '*', 'personId'], target: 'person' },
  { at: ['lists', 'appointments', '#', '*'], target: 'person' },
  { at: ['lists', 'delegates', '@'], target: 'body' },
  { at: ['lists', 'delegates', '#'], target: 'person' },
  { at: ['lists', 'villageHeads', '@'], target: 'village' },
  { at: ['lists', 'villageHeads', '#'], target: 'person' },
  { at: ['lists', 'reportsTo', '*'], target: 'body' },
  { at: ['lists', 'supervision', '*', 'seatId'], target: 'seat' },
  { at: ['lists', 'supervision', '*', 'supervisorSeatId'], target: 'seat' },
  { at: ['lists', 'decision', 'issuerId'], target: 'body' },
  { at: ['lists', 'decision', 'recipients', '*', 'bodyId'], target: 'body' },
  { at: ['template', 'rules', '*', 'officeId'], target: 'office' },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own value of a key of plain data, never one inherited from `Object.prototype`. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The elements of a list, or nothing when the value is not a list. */
export function elements(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Calls `visit` with every value a pattern reaches in a document, and its path. The path is the
 * walker's own array, changed as it walks on: copy it to keep it.
 */
export function forEachAt(
  document: unknown,
  pattern: readonly string[],
  visit: (value: unknown, path: readonly (string | number)[]) => void,
): void {
  const path: (string | number)[] = [];
  const walk = (value: unknown, step: number): void => {
    if (step === pattern.length) {
      visit(value, path);
      return;
    }
    const key = pattern[step] as string;
    if (key === '*') {
      const items = elements(value);
      for (let i = 0; i < items.length; i += 1) {
        path.push(i);
        walk(items[i], step + 1);
        path.pop();
      }
    } else if (key === '#' || key === '@') {
      if (!isRecord(value)) return;
      for (const name of Object.keys(value)) {
        path.push(name);
        if (key === '@') visit(name, path);
        else walk(value[name], step + 1);
        path.pop();
      }
    } else if (isRecord(value) && Object.hasOwn(value, key)) {
      path.push(key);
      walk(value[key], step + 1);
      path.pop();
    }
  };
  walk(document, 0);
}

/** The string ids of the elements of a list. */
export function idsOf(list: unknown, keep: (item: unknown) => boolean = () => true): Set<string> {
  const ids = new Set<string>();
  for (const item of elements(list)) {
    const id = field(item, 'id');
    if (typeof id === 'string' && keep(item)) ids.add(id);
  }
  return ids;
}

/** Whether a place is a village. */
export function isVillage(place: unknown): boolean {
  return field(place, 'level') === 'village';
}

function unknownTarget(target: Target, id: string, path: ProblemPath): ReferenceProblem {
  switch (target) {
    case 'place':
      return raise(unknownPlace, path, { placeId: id });
    case 'village':
      return raise(unknownVillage, path, { villageId: id });
    case 'body':
      return raise(unknownBody, path, { bodyId: id });
    case 'office':
      return raise(unknownOffice, path, { officeId: id });
    case 'person':
      return raise(unknownPerson, path, { personId: id });
    case 'seat':
      return raise(unknownSeat, path, { seatId: id });
    case 'decision':
      return raise(unknownDecision, path, { decisionId: id });
  }
}

/** Every reference of a document that names nothing it holds. */
export function unknownReferences(
  document: unknown,
  references: readonly Reference[],
  known: KnownIds,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const reference of references) {
    forEachAt(document, reference.at, (value, path) => {
      if (typeof value === 'string' && !known[reference.target].has(value)) {
        problems.push(unknownTarget(reference.target, value, [...path]));
      }
    });
  }
  return problems;
}

/** The ids used twice in the lists of a document, at the later element. */
export function duplicateIds(
  document: unknown,
  lists: readonly (readonly [readonly string[], IdCollection | 'places'])[],
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const [at, collection] of lists) {
    const seen = new Set<string>();
    forEachAt(document, [...at, '*', 'id'], (id, path) => {
      if (typeof id !== 'string') return;
      if (seen.has(id)) {
        problems.push(
          collection === 'places'
            ? raise(duplicatePlace, [...path], { placeId: id })
            : raise(duplicateId, [...path], { id, collection }),
        );
      }
      seen.add(id);
    });
  }
  return problems;
}

/** The rules of a template a commune's appointments may name: its `named` rules. */
export function namedRuleIds(template: unknown): string[] {
  return [...idsOf(field(template, 'rules'), (rule) => field(rule, 'kind') === 'named')];
}

/** Every appointments key that names no `named` rule of the template, at that key. */
export function unknownAppointmentRules(
  template: unknown,
  lists: unknown,
  at: ProblemPath,
): ReferenceProblem[] {
  const ruleIds = namedRuleIds(template);
  const known = new Set(ruleIds);
  const appointments = field(lists, 'appointments');
  if (!isRecord(appointments)) return [];
  return Object.keys(appointments)
    .filter((key) => !known.has(key))
    .map((key) => raise(unknownRule, [...at, key], { ruleId: key, ruleIds: ruleIds.slice(0, 8) }));
}

/**
 * Every seat id a template could create from a commune's lists, read loosely: more than it will
 * create (any body or place could be in the area), so that checking a reference against it never
 * reports a seat that composing would create.
 */
export function possibleSeatIds(template: unknown, lists: unknown): Set<string> {
  const ids = new Set<string>();
  const bodyIds = idsOf(field(lists, 'bodies'));
  const placeIds = idsOf(field(lists, 'places'));
  const appointments = field(lists, 'appointments');
  for (const rule of elements(field(template, 'rules'))) {
    const id = field(rule, 'id');
    if (typeof id !== 'string') continue;
    switch (field(rule, 'kind')) {
      case 'named':
        elements(field(appointments, id)).forEach((_, i) => {
          ids.add(`${id}/${i + 1}`);
        });
        break;
      case 'exOfficio':
        ids.add(id);
        break;
      case 'headOf':
      case 'delegateOf':
        for (const bodyId of bodyIds) ids.add(`${id}/${bodyId}`);
        break;
      case 'villageHeads':
        for (const placeId of placeIds) ids.add(`${id}/${placeId}`);
        break;
      default:
        break;
    }
  }
  return ids;
}

/** The ids a team file holds. */
export function teamIds(team: unknown): KnownIds {
  const places = field(team, 'places');
  return {
    place: idsOf(places),
    village: idsOf(places, isVillage),
    body: idsOf(field(team, 'bodies')),
    office: idsOf(field(team, 'offices')),
    person: idsOf(field(team, 'people')),
    seat: idsOf(field(team, 'seats')),
    decision: idsOf(field(team, 'decisions')),
  };
}

/** The ids a template and a commune's lists hold, seats being those the template could create. */
export function listsIds(template: unknown, lists: unknown): KnownIds {
  const places = field(lists, 'places');
  const decisionId = field(field(lists, 'decision'), 'id');
  return {
    place: idsOf(places),
    village: idsOf(places, isVillage),
    body: idsOf(field(lists, 'bodies')),
    office: idsOf(field(lists, 'offices')),
    person: idsOf(field(lists, 'people')),
    seat: possibleSeatIds(template, lists),
    decision: new Set(typeof decisionId === 'string' ? [decisionId] : []),
  };
}

/** The lists of a team file whose ids must be unique (places are checked by validatePlaces). */
export const TEAM_ID_LISTS: readonly (readonly [readonly string[], IdCollection])[] = [
  [['bodies'], 'bodies'],
  [['offices'], 'offices'],
  [['people'], 'people'],
  [['seats'], 'seats'],
  [['decisions'], 'decisions'],
  [['template', 'rules'], 'rules'],
];

/** The lists of `{ template, lists }` whose ids must be unique. */
export const LISTS_ID_LISTS: readonly (readonly [readonly string[], IdCollection | 'places'])[] = [
  [['lists', 'places'], 'places'],
  [['lists', 'bodies'], 'bodies'],
  [['lists', 'offices'], 'offices'],
  [['lists', 'people'], 'people'],
  [['template', 'rules'], 'rules'],
];

/**
 * Every id and reference problem of a template and a commune's lists, read as plain data: ids
 * used twice, unknown places, bodies, offices, people, villages, rules and seats. It runs whether
 * or not the files have the right shape.
 */
export function listsReferenceProblems(template: unknown, lists: unknown): ReferenceProblem[] {
  const document = { template, lists };
  return [
    ...duplicateIds(document, LISTS_ID_LISTS),
    ...unknownReferences(document, LISTS_REFERENCES, listsIds(template, lists)),
    ...unknownAppointmentRules(template, lists, ['lists', 'appointments']),
  ];
}
