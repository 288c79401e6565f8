// The changes of an amending decision to the team's places and the commune it serves.
import { isActive } from '../../_internal/dated.js';
import { placeRef } from '../../_internal/team-names.js';
import { type ParentLink, ParentLinkSchema, type Place, PlaceSchema } from '../../places/place.js';
import { duplicatePlace, unknownPlace } from '../../problems/catalogue/places.js';
import { unknownBody, unknownVillage } from '../../problems/catalogue/team.js';
import { type ProblemPath, raise } from '../../problems/problem.js';
import type { TeamChange } from '../changes.js';
import { activeRecord, knownPlace } from './checks.js';
import { type AmendProblem, append, type Draft, endedOn, find, inOrder, replace } from './draft.js';

type ChangeOf<K extends TeamChange['kind']> = Extract<TeamChange, { kind: K }>;

/** The parent links of a place with those in force on the effective date ended on the eve. */
function endLinks(draft: Draft, place: Place): ParentLink[] {
  return place.parents.map((link) =>
    isActive(link, draft.from) ? endedOn(link, draft.eve, ParentLinkSchema) : link,
  );
}

/** A new place, from the effective date unless it gives its own first day. */
export function addPlace(draft: Draft, change: ChangeOf<'addPlace'>, at: ProblemPath): void {
  const { place } = change;
  const path = [...at, 'place'];
  const fresh = !draft.places.at.has(place.id);
  if (!fresh) draft.problems.push(raise(duplicatePlace, [...path, 'id'], { placeId: place.id }));
  const parents = place.parents.map((link, j) =>
    knownPlace(draft, link.parentId, [...path, 'parents', j, 'parentId']),
  );
  if (fresh && parents.every(Boolean)) {
    append(draft.places, inOrder({ from: draft.from, ...place }, PlaceSchema));
  }
}

/** A place ends on the eve, with its parent links. */
export function endPlace(draft: Draft, change: ChangeOf<'endPlace'>, at: ProblemPath): void {
  const path = [...at, 'placeId'];
  const place = find(draft.places, change.placeId);
  if (!place) {
    knownPlace(draft, change.placeId, path);
  } else if (activeRecord(draft, place, 'place', placeRef(place), path)) {
    const ended = { ...place, parents: endLinks(draft, place) };
    replace(draft.places, place.id, endedOn(ended, draft.eve, PlaceSchema));
    draft.ended.places.set(place.id, path);
  }
}

/** A village belongs to another commune from the effective date. */
export function moveVillage(draft: Draft, change: ChangeOf<'moveVillage'>, at: ProblemPath): void {
  const path = [...at, 'villageId'];
  const village = find(draft.places, change.villageId);
  if (village?.level !== 'village') {
    draft.problems.push(raise(unknownVillage, path, { villageId: change.villageId }));
  }
  const commune = knownPlace(draft, change.communeId, [...at, 'communeId']);
  if (village?.level !== 'village' || !commune) return;
  if (!activeRecord(draft, village, 'place', placeRef(village), path)) return;
  const link = inOrder(
    { parentId: change.communeId, from: draft.from, source: change.source },
    ParentLinkSchema,
  );
  const moved = { ...village, parents: [...endLinks(draft, village), link] };
  replace(draft.places, village.id, moved);
}

/** The team now serves another commune, and answers to more bodies there. */
export function moveToCommune(
  draft: Draft,
  change: ChangeOf<'moveToCommune'>,
  at: ProblemPath,
): void {
  const unknown: AmendProblem[] = change.reportsTo.flatMap((bodyId, j) =>
    draft.bodies.at.has(bodyId) ? [] : [raise(unknownBody, [...at, 'reportsTo', j], { bodyId })],
  );
  if (!draft.places.at.has(change.placeId)) {
    unknown.unshift(raise(unknownPlace, [...at, 'placeId'], { placeId: change.placeId }));
  }
  if (unknown.length > 0) {
    draft.problems.push(...unknown);
    return;
  }
  draft.communes = [
    ...draft.communes.map((c) =>
      isActive(c, draft.from)
        ? { placeId: c.placeId, ...(c.from === undefined ? {} : { from: c.from }), to: draft.eve }
        : c,
    ),
    { placeId: change.placeId, from: draft.from },
  ];
  draft.reportsTo.push(...change.reportsTo);
}
