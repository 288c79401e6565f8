// The checks of an amending decision: its own dates and id, the records its changes name, and,
// once every change is applied, that nothing it ends is still needed by a seat.
import { type Dated, isActive } from '../../_internal/dated.js';
import { teamIndex } from '../../_internal/team-index.js';
import { bodyRef, decisionRef, personRef, placeRef, seatRef } from '../../_internal/team-names.js';
import { unknownPlace } from '../../problems/catalogue/places.js';
import {
  decisionBeforeTeam,
  duplicateId,
  type RecordKind,
  recordNotActive,
  seatNotActive,
  stillHasSeat,
  unknownBody,
  unknownOffice,
  unknownPerson,
  unknownSeat,
  unknownVillage,
} from '../../problems/catalogue/team.js';
import { type ProblemPath, raise } from '../../problems/problem.js';
import type { NamedRef } from '../../problems/words.js';
import type { Seat } from '../schema.js';
import { type AmendProblem, type Draft, find } from './draft.js';

/** The decision itself: a new id, taking effect after the team was founded. */
export function checkDecision(draft: Draft): void {
  const { team, decision, from } = draft;
  if (teamIndex(team).decisionById.has(decision.id)) {
    draft.problems.push(
      raise(duplicateId, ['decision', 'id'], { id: decision.id, collection: 'decisions' as const }),
    );
  }
  if (from <= team.from) {
    const at = decision.effectiveFrom === undefined ? 'date' : 'effectiveFrom';
    draft.problems.push(
      raise(decisionBeforeTeam, ['decision', at], {
        decision: decisionRef(decision),
        effectiveFrom: from,
        teamFrom: team.from,
      }),
    );
  }
}

/** A seat a change names, in force on the day the decision takes effect. */
export function seatInForce(draft: Draft, seatId: string, path: ProblemPath): Seat | undefined {
  const seat = find(draft.seats, seatId);
  if (!seat) {
    draft.problems.push(raise(unknownSeat, path, { seatId }));
    return undefined;
  }
  if (!isActive(seat, draft.from)) {
    draft.problems.push(
      raise(seatNotActive, path, {
        seat: seatRef(draft.team, seat, draft.from),
        date: draft.from,
        end: seat.to ?? null,
      }),
    );
  }
  return seat;
}

/** Whether a person a change names is in the team's list (or has no id at all). */
export function knownPerson(
  draft: Draft,
  personId: string | undefined,
  path: ProblemPath,
): boolean {
  if (personId === undefined || draft.people.at.has(personId)) return true;
  draft.problems.push(raise(unknownPerson, path, { personId }));
  return false;
}

/** Whether a place a change names is in the team's list. */
export function knownPlace(draft: Draft, placeId: string, path: ProblemPath): boolean {
  if (draft.places.at.has(placeId)) return true;
  draft.problems.push(raise(unknownPlace, path, { placeId }));
  return false;
}

/** Whether a body a change names is in the team's list. */
export function knownBody(draft: Draft, bodyId: string, path: ProblemPath): boolean {
  if (draft.bodies.at.has(bodyId)) return true;
  draft.problems.push(raise(unknownBody, path, { bodyId }));
  return false;
}

/** A record a change ends or moves must be in force on the effective date. */
export function activeRecord(
  draft: Draft,
  record: Dated,
  kind: RecordKind,
  subject: NamedRef,
  path: ProblemPath,
): boolean {
  if (isActive(record, draft.from)) return true;
  draft.problems.push(
    raise(recordNotActive, path, { kind, subject, date: draft.from, end: record.to ?? null }),
  );
  return false;
}

/** The place, body or office a new seat's filling names, when the team has none such. */
export function fillingProblem(
  draft: Draft,
  filling: Seat['filling'],
  at: ProblemPath,
): AmendProblem[] {
  const path = [...at, 'filling'];
  switch (filling.kind) {
    case 'exOfficio':
      return draft.offices.at.has(filling.officeId)
        ? []
        : [raise(unknownOffice, [...path, 'officeId'], { officeId: filling.officeId })];
    case 'delegate':
      return draft.bodies.at.has(filling.bodyId)
        ? []
        : [raise(unknownBody, [...path, 'bodyId'], { bodyId: filling.bodyId })];
    case 'villageHead':
      return find(draft.places, filling.villageId)?.level === 'village'
        ? []
        : [raise(unknownVillage, [...path, 'villageId'], { villageId: filling.villageId })];
    default:
      return [];
  }
}

/** What a seat in force needs: its body, office (and the office's body) or village. */
function needs(draft: Draft, seat: Seat): [RecordKind, string][] {
  const { filling } = seat;
  switch (filling.kind) {
    case 'exOfficio': {
      const office = find(draft.offices, filling.officeId);
      return office
        ? [
            ['office', office.id],
            ['body', office.bodyId],
          ]
        : [];
    }
    case 'delegate':
      return [['body', filling.bodyId]];
    case 'villageHead':
      return [['place', filling.villageId]];
    default:
      return [];
  }
}

function subjectOf(draft: Draft, kind: RecordKind, id: string): NamedRef {
  const empty = { id, label: { vi: '', en: '' } };
  switch (kind) {
    case 'body': {
      const body = find(draft.bodies, id);
      return body ? bodyRef(body) : empty;
    }
    case 'office': {
      const office = find(draft.offices, id);
      return office ? { id, label: { ...office.title } } : empty;
    }
    case 'place': {
      const place = find(draft.places, id);
      return place ? placeRef(place) : empty;
    }
    default: {
      const person = find(draft.people, id);
      return person ? personRef(person) : empty;
    }
  }
}

/**
 * Once every change is applied: a body, office or village the decision ends that a seat in force
 * on the effective date still needs, and a person it lets go who still holds a seat. One pass
 * over the seats and one over the holdings.
 */
export function checkStillNeeded(draft: Draft): void {
  const { ended, from } = draft;
  const lists = { body: ended.bodies, office: ended.offices, place: ended.places };
  const raiseFor = (kind: RecordKind, id: string, path: ProblemPath, seat: Seat) => {
    draft.problems.push(
      raise(stillHasSeat, path, {
        kind,
        subject: subjectOf(draft, kind, id),
        seat: seatRef(draft.team, seat, from),
        date: from,
      }),
    );
  };
  if (ended.bodies.size + ended.offices.size + ended.places.size > 0) {
    for (const seat of draft.seats.items) {
      if (!isActive(seat, from)) continue;
      for (const [kind, id] of needs(draft, seat)) {
        const path = lists[kind as keyof typeof lists].get(id);
        if (path) raiseFor(kind, id, path, seat);
      }
    }
  }
  if (ended.people.size === 0) return;
  for (const holding of draft.holdings) {
    const path = ended.people.get(holding.personId);
    const seat = find(draft.seats, holding.seatId);
    if (path && seat && isActive(holding, from) && isActive(seat, from)) {
      raiseFor('person', holding.personId, path, seat);
    }
  }
}
