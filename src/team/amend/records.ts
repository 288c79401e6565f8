// The changes of an amending decision to the team's bodies, offices and people.
import { bodyRef } from '../../_internal/team-names.js';
import { duplicateId, unknownOffice, unknownPerson } from '../../problems/catalogue/team.js';
import { type ProblemPath, raise } from '../../problems/problem.js';
import type { TeamChange } from '../changes.js';
import {
  type Body,
  BodyMoveSchema,
  BodySchema,
  type OfficeHolding,
  OfficeHoldingSchema,
  OfficeSchema,
  PersonSchema,
} from '../schema.js';
import { activeRecord, knownBody, knownPerson, knownPlace } from './checks.js';
import { append, type Draft, endedOn, find, inOrder, push, replace } from './draft.js';

type ChangeOf<K extends TeamChange['kind']> = Extract<TeamChange, { kind: K }>;

/** Whether an id is new in a list, else a `duplicate_id` problem. */
function newId(
  draft: Draft,
  list: { readonly at: ReadonlyMap<string, number> },
  id: string,
  collection: 'bodies' | 'offices' | 'people',
  path: ProblemPath,
): boolean {
  if (!list.at.has(id)) return true;
  draft.problems.push(raise(duplicateId, path, { id, collection }));
  return false;
}

/** Ends the office holdings in force on the effective date under a key, on the eve. */
function endOfficeHoldings(draft: Draft, key: string): void {
  for (const i of draft.openOfficeHoldings.get(key) ?? []) {
    const holding = draft.officeHoldings[i] as OfficeHolding;
    if (holding.to !== undefined && holding.to < draft.from) continue;
    draft.officeHoldings[i] = endedOn(holding, draft.eve, OfficeHoldingSchema);
  }
  draft.openOfficeHoldings.delete(key);
}

/** A new body, from the effective date unless it gives its own first day. */
export function addBody(draft: Draft, change: ChangeOf<'addBody'>, at: ProblemPath): void {
  const { body } = change;
  const path = [...at, 'body'];
  const known = [
    newId(draft, draft.bodies, body.id, 'bodies', [...path, 'id']),
    knownPlace(draft, body.placeId, [...path, 'placeId']),
    body.parentId === undefined || knownBody(draft, body.parentId, [...path, 'parentId']),
    ...(body.moves ?? []).map((move, j) =>
      knownPlace(draft, move.placeId, [...path, 'moves', j, 'placeId']),
    ),
  ];
  if (known.every(Boolean))
    append(draft.bodies, inOrder({ from: draft.from, ...body }, BodySchema));
}

/** A body ends on the eve. */
export function endBody(draft: Draft, change: ChangeOf<'endBody'>, at: ProblemPath): void {
  const path = [...at, 'bodyId'];
  const body = find(draft.bodies, change.bodyId);
  if (!body) {
    knownBody(draft, change.bodyId, path);
  } else if (activeRecord(draft, body, 'body', bodyRef(body), path)) {
    replace(draft.bodies, body.id, endedOn(body, draft.eve, BodySchema));
    draft.ended.bodies.set(body.id, path);
  }
}

/** A body belongs to another place from the effective date. */
export function moveBody(draft: Draft, change: ChangeOf<'moveBody'>, at: ProblemPath): void {
  const body = find(draft.bodies, change.bodyId);
  if (!body) knownBody(draft, change.bodyId, [...at, 'bodyId']);
  const place = knownPlace(draft, change.placeId, [...at, 'placeId']);
  if (!body || !place || !activeRecord(draft, body, 'body', bodyRef(body), [...at, 'bodyId'])) {
    return;
  }
  const move = inOrder(
    { placeId: change.placeId, from: draft.from, source: change.source },
    BodyMoveSchema,
  );
  const moves = [...(body.moves ?? []), move].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
  replace(draft.bodies, body.id, inOrder({ ...body, moves }, BodySchema) as Body);
}

/** A new office, from the effective date unless it gives its own first day, with its holder. */
export function addOffice(draft: Draft, change: ChangeOf<'addOffice'>, at: ProblemPath): void {
  const { office, personId } = change;
  const path = [...at, 'office'];
  const known = [
    newId(draft, draft.offices, office.id, 'offices', [...path, 'id']),
    knownBody(draft, office.bodyId, [...path, 'bodyId']),
    knownPerson(draft, personId, [...at, 'personId']),
  ];
  if (!known.every(Boolean)) return;
  append(draft.offices, inOrder({ from: draft.from, ...office }, OfficeSchema));
  if (personId === undefined) return;
  draft.officeHoldings.push({ officeId: office.id, personId, from: draft.from });
  const i = draft.officeHoldings.length - 1;
  push(draft.openOfficeHoldings, `office:${office.id}`, i);
  push(draft.openOfficeHoldings, `person:${personId}`, i);
}

/** An office ends on the eve, with its holdings. */
export function endOffice(draft: Draft, change: ChangeOf<'endOffice'>, at: ProblemPath): void {
  const path = [...at, 'officeId'];
  const office = find(draft.offices, change.officeId);
  if (!office) {
    draft.problems.push(raise(unknownOffice, path, { officeId: change.officeId }));
    return;
  }
  const subject = { id: office.id, label: { ...office.title } };
  if (!activeRecord(draft, office, 'office', subject, path)) return;
  replace(draft.offices, office.id, endedOn(office, draft.eve, OfficeSchema));
  endOfficeHoldings(draft, `office:${office.id}`);
  draft.ended.offices.set(office.id, path);
}

/** A new person. */
export function addPerson(draft: Draft, change: ChangeOf<'addPerson'>, at: ProblemPath): void {
  const { person } = change;
  const path = [...at, 'person'];
  const known = [
    newId(draft, draft.people, person.id, 'people', [...path, 'id']),
    ...person.memberOf.map((bodyId, j) => knownBody(draft, bodyId, [...path, 'memberOf', j])),
  ];
  if (known.every(Boolean)) append(draft.people, inOrder(person, PersonSchema));
}

/** A person leaves every office they hold, on the eve. */
export function endPerson(draft: Draft, change: ChangeOf<'endPerson'>, at: ProblemPath): void {
  const path = [...at, 'personId'];
  if (!draft.people.at.has(change.personId)) {
    draft.problems.push(raise(unknownPerson, path, { personId: change.personId }));
    return;
  }
  endOfficeHoldings(draft, `person:${change.personId}`);
  draft.ended.people.set(change.personId, path);
}
