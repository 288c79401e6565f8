import { checkDocument } from '../_internal/arguments.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { placeProblems } from '../_internal/place-checks.js';
import { InvalidArgumentError } from '../problems/argument.js';
import type { Problem, ProblemPath } from '../problems/problem.js';
import { type Place, PlaceSchema } from './place.js';

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

const PlaceListSchema = /* @__PURE__ */ lazySchema(() => PlaceSchema.array());

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
  return placeProblems(all, checkPath(path));
}
