// The consistency checks of a list of places, shared by validatePlaces and the team's
// validation (which reads places already checked against their schema).
import type { Place } from '../places/place.js';
import type { PlaceProblemCode } from '../places/validate.js';
import {
  datesOutOfOrder,
  duplicateCounts,
  duplicatePlace,
  kindLevelMismatch,
  overlappingParents,
  parentLevel,
  unknownParent,
} from '../problems/catalogue/places.js';
import { type Problem, type ProblemPath, raise } from '../problems/problem.js';
import type { NamedRef } from '../problems/words.js';
import { endsBeforeStart, overlappingRows } from './dated.js';
import { KIND_NOUNS, LEVEL_OF_KIND, placeLabelOf } from './names.js';
import { LEVEL_RANK } from './places.js';

type PlaceProblem = Problem<PlaceProblemCode>;

function placeRef(place: Place): NamedRef {
  return { id: place.id, label: placeLabelOf(place) };
}

/** The problems of one place's own fields: its kind and level, its dates, its counts. */
function ownProblems(place: Place, at: ProblemPath): PlaceProblem[] {
  const problems: PlaceProblem[] = [];
  const ref = placeRef(place);
  if (LEVEL_OF_KIND[place.kind] !== place.level) {
    problems.push(
      raise(kindLevelMismatch, [...at, 'kind'], {
        place: ref,
        kind: place.kind,
        kindNoun: { ...KIND_NOUNS[place.kind] },
        level: place.level,
      }),
    );
  }
  if (endsBeforeStart(place)) {
    problems.push(
      raise(datesOutOfOrder, [...at, 'to'], {
        subject: ref,
        start: place.from ?? '',
        end: place.to ?? '',
      }),
    );
  }
  return problems;
}

/** The problems of one place's parent links: order, unknown or lower parents, overlaps. */
function parentProblems(
  place: Place,
  at: ProblemPath,
  byId: ReadonlyMap<string, Place>,
): PlaceProblem[] {
  const problems: PlaceProblem[] = [];
  const ref = placeRef(place);
  const overlapping = new Set(overlappingRows(place.parents, () => ''));
  place.parents.forEach((link, j) => {
    const linkPath = [...at, 'parents', j];
    if (endsBeforeStart(link)) {
      problems.push(
        raise(datesOutOfOrder, [...linkPath, 'to'], {
          subject: ref,
          start: link.from ?? '',
          end: link.to ?? '',
        }),
      );
    }
    const parent = byId.get(link.parentId);
    if (!parent) {
      problems.push(
        raise(unknownParent, [...linkPath, 'parentId'], { place: ref, parentId: link.parentId }),
      );
    } else if (LEVEL_RANK[parent.level] >= LEVEL_RANK[place.level]) {
      problems.push(
        raise(parentLevel, [...linkPath, 'parentId'], {
          place: ref,
          level: place.level,
          parent: placeRef(parent),
          parentLevel: parent.level,
        }),
      );
    }
    if (overlapping.has(j)) {
      problems.push(raise(overlappingParents, linkPath, { place: ref, parentId: link.parentId }));
    }
  });
  return problems;
}

/** Two count records of one place starting on the same day. */
function countProblems(place: Place, at: ProblemPath): PlaceProblem[] {
  const problems: PlaceProblem[] = [];
  const seen = new Set<string>();
  place.counts.forEach((record, j) => {
    if (seen.has(record.from)) {
      problems.push(
        raise(duplicateCounts, [...at, 'counts', j, 'from'], {
          place: placeRef(place),
          date: record.from,
        }),
      );
    }
    seen.add(record.from);
  });
  return problems;
}

/** Every problem of a list of places (already read with its schema), at paths under `prefix`. */
export function placeProblems(places: readonly Place[], prefix: ProblemPath): PlaceProblem[] {
  const problems: PlaceProblem[] = [];
  const byId = new Map<string, Place>();
  places.forEach((place, i) => {
    if (byId.has(place.id)) {
      problems.push(raise(duplicatePlace, [...prefix, i, 'id'], { placeId: place.id }));
    } else byId.set(place.id, place);
  });
  places.forEach((place, i) => {
    const at = [...prefix, i];
    problems.push(
      ...ownProblems(place, at),
      ...parentProblems(place, at, byId),
      ...countProblems(place, at),
    );
  });
  return problems;
}
