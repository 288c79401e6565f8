import { checkDocument } from '../_internal/arguments.js';
import { endsBeforeStart, overlappingRows } from '../_internal/dated.js';
import { placeLabelOf } from '../_internal/names.js';
import { LEVEL_RANK } from '../_internal/places.js';
import { InvalidArgumentError } from '../problems/argument.js';
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
import { KIND_NOUNS, LEVEL_OF_KIND, type Place, PlaceSchema } from './place.js';

/**
 * The codes of {@link PlaceProblem}.
 *
 * @category Places
 */
export type PlaceProblemCode =
  | 'duplicate_place'
  | 'unknown_parent'
  | 'parent_level'
  | 'overlapping_parents'
  | 'dates_out_of_order'
  | 'kind_level_mismatch'
  | 'duplicate_counts';

/**
 * A problem found by {@link validatePlaces}.
 *
 * @category Places
 */
export type PlaceProblem = Problem<PlaceProblemCode>;

const PlaceListSchema = PlaceSchema.array();

function placeRef(place: Place): NamedRef {
  return { id: place.id, label: placeLabelOf(place) };
}

function checkPath(path: unknown): ProblemPath {
  const valid =
    Array.isArray(path) &&
    path.length <= 64 &&
    path.every((key) => typeof key === 'string' || (typeof key === 'number' && key >= 0));
  if (!valid) {
    throw new InvalidArgumentError(
      'path',
      {
        vi: 'một đường dẫn (danh sách tên trường và chỉ số)',
        en: 'a path (field names and indexes)',
      },
      path,
    );
  }
  return path as ProblemPath;
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

/**
 * Checks a list of places for consistency and returns every problem at once: duplicate ids, a
 * kind that does not belong to the level, a parent that is unknown or not at a higher level,
 * parent links that overlap in time, `from` after `to` and two count records of one day. Each
 * problem names the place by its label ("bon Bu Sir (bon-bu-sir)"). Costs O(n log n) in the
 * number of places and links.
 *
 * @param places - The places to check.
 * @param path - The path of the list in its document (default `['places']`).
 * @returns The problems found; empty when the places are consistent.
 * @throws {@link InvalidArgumentError} when `places` is not a list of {@link Place} (read outside
 *   data with `PlaceSchema` or a document reader first) or `path` is not a path.
 * @example
 * ```ts
 * import { validatePlaces } from 'to-cong-nghe-so';
 *
 * validatePlaces([
 *   { id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [{ parentId: 'nowhere' }], counts: [] },
 * ]).map((p) => p.code); // ['unknown_parent']
 * ```
 * @category Places
 */
export function validatePlaces(
  places: readonly Place[],
  path: readonly (string | number)[] = ['places'],
): PlaceProblem[] {
  const all = checkDocument(PlaceListSchema, places, 'places', {
    vi: 'một danh sách địa bàn (Place[])',
    en: 'a list of places (Place[])',
  });
  const prefix = checkPath(path);
  const problems: PlaceProblem[] = [];
  const byId = new Map<string, Place>();
  all.forEach((place, i) => {
    if (byId.has(place.id)) {
      problems.push(raise(duplicatePlace, [...prefix, i, 'id'], { placeId: place.id }));
    } else byId.set(place.id, place);
  });
  all.forEach((place, i) => {
    const at = [...prefix, i];
    problems.push(
      ...ownProblems(place, at),
      ...parentProblems(place, at, byId),
      ...countProblems(place, at),
    );
  });
  return problems;
}
