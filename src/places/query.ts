import type { IsoDate } from '../calendar/date.js';
import type { Problem } from '../problems/problem.js';
import { compareVietnamese } from '../text/collation.js';
import type { Label, Language } from '../text/label.js';
import {
  KIND_NOUNS,
  LEVEL_OF_KIND,
  type Place,
  type PlaceCounts,
  type PlaceLevel,
} from './place.js';

/** @internal Whether a date lies in an open-ended range. */
export function within(asOf: IsoDate, from?: IsoDate, to?: IsoDate): boolean {
  return (from === undefined || from <= asOf) && (to === undefined || asOf <= to);
}

/** @internal A record in force from `from` to `to` (both included; open when absent). */
export interface Dated {
  readonly from?: IsoDate | undefined;
  readonly to?: IsoDate | undefined;
}

/** @internal Whether two open-ended date ranges share at least one day. */
export function overlaps(a: Dated, b: Dated): boolean {
  return (
    (a.to === undefined || b.from === undefined || b.from <= a.to) &&
    (b.to === undefined || a.from === undefined || a.from <= b.to)
  );
}

/**
 * The name of a place with its generic noun, as Nghị định 30/2020 (Phụ lục II) writes it: the
 * noun in lower case before a proper name ("xã Đắk Nia", "bon Bu Sir"), capitalised when the
 * name is a number ("Phường 1", "Tổ dân phố 3").
 *
 * @param place - The place.
 * @param language - `vi` (default) or `en`.
 * @returns The written name.
 * @example
 * ```ts
 * import { placeName } from 'to-cong-nghe-so';
 *
 * placeName({ id: 'x', level: 'commune', kind: 'commune', name: 'Đắk Nia', parents: [], counts: [] });
 * // 'xã Đắk Nia'
 * placeName({ id: 'p1', level: 'commune', kind: 'ward', name: '1', parents: [], counts: [] });
 * // 'Phường 1'
 * placeName({ id: 'x', level: 'commune', kind: 'commune', name: 'Đắk Nia', parents: [], counts: [] }, 'en');
 * // 'Đắk Nia commune'
 * ```
 * @category Places
 */
export function placeName(place: Place, language: Language = 'vi'): string {
  const noun = KIND_NOUNS[place.kind];
  const numbered = /^\d/u.test(place.name);
  if (language === 'en')
    return numbered ? `${capitalise(noun.en)} ${place.name}` : `${place.name} ${noun.en}`;
  return `${numbered ? capitalise(noun.vi) : noun.vi} ${place.name}`;
}

/**
 * {@link placeName} in both languages.
 *
 * @param place - The place.
 * @returns `{ vi, en }`.
 * @example
 * ```ts
 * import { placeLabel } from 'to-cong-nghe-so';
 *
 * placeLabel({ id: 'bs', level: 'village', kind: 'bon', name: 'Bu Sir', parents: [], counts: [] });
 * // { vi: 'bon Bu Sir', en: 'Bu Sir bon (village)' }
 * ```
 * @category Places
 */
export function placeLabel(place: Place): Label {
  return { vi: placeName(place, 'vi'), en: placeName(place, 'en') };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * Whether a place existed on a date.
 *
 * @param place - The place.
 * @param asOf - The date asked about.
 * @returns `true` when `asOf` is within the place's `from`–`to`.
 * @example
 * ```ts
 * import { isPlaceActive, type Place } from 'to-cong-nghe-so';
 *
 * const dakNia: Place = { id: 'dak-nia', level: 'commune', kind: 'commune', name: 'Đắk Nia', to: '2025-06-30', parents: [], counts: [] };
 * isPlaceActive(dakNia, '2022-07-27'); // true
 * isPlaceActive(dakNia, '2025-07-01'); // false
 * ```
 * @category Places
 */
export function isPlaceActive(place: Place, asOf: IsoDate): boolean {
  return within(asOf, place.from, place.to);
}

/**
 * The id of a place's parent on a date.
 *
 * @param place - The place.
 * @param asOf - The date asked about.
 * @returns The parent's id, or `undefined` when the place had no parent then.
 * @example
 * ```ts
 * import { parentIdOf, type Place } from 'to-cong-nghe-so';
 *
 * const village: Place = {
 *   id: 'bon-bu-sir', level: 'village', kind: 'bon', name: 'Bu Sir', counts: [],
 *   parents: [{ parentId: 'dak-nia', to: '2025-06-30' }, { parentId: 'dong-gia-nghia', from: '2025-07-01' }],
 * };
 * parentIdOf(village, '2022-07-27'); // 'dak-nia'
 * parentIdOf(village, '2026-01-01'); // 'dong-gia-nghia'
 * ```
 * @category Places
 */
export function parentIdOf(place: Place, asOf: IsoDate): string | undefined {
  return place.parents.find((link) => within(asOf, link.from, link.to))?.parentId;
}

/**
 * The chain of a place's parents on a date, nearest first (village → commune → province).
 *
 * @param places - All known places.
 * @param id - The place to start from.
 * @param asOf - The date asked about.
 * @returns The ancestors, nearest first; stops at an unknown id or a cycle.
 * @example
 * ```ts
 * import { ancestorsOf, type Place } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [
 *   { id: 'dn', level: 'province', kind: 'province', name: 'Đắk Nông', parents: [], counts: [] },
 *   { id: 'gn', level: 'district', kind: 'provincialCity', name: 'Gia Nghĩa', parents: [{ parentId: 'dn' }], counts: [] },
 *   { id: 'dak-nia', level: 'commune', kind: 'commune', name: 'Đắk Nia', parents: [{ parentId: 'gn' }], counts: [] },
 * ];
 * ancestorsOf(places, 'dak-nia', '2022-07-27').map((p) => p.id); // ['gn', 'dn']
 * ```
 * @category Places
 */
export function ancestorsOf(places: readonly Place[], id: string, asOf: IsoDate): Place[] {
  const byId = new Map(places.map((place) => [place.id, place]));
  const result: Place[] = [];
  const seen = new Set([id]);
  let current = byId.get(id);
  while (current) {
    const parentId = parentIdOf(current, asOf);
    if (parentId === undefined || seen.has(parentId)) break;
    seen.add(parentId);
    current = byId.get(parentId);
    if (current) result.push(current);
  }
  return result;
}

/**
 * The places whose parent is a given place on a date, sorted by name the Vietnamese way.
 *
 * @param places - All known places.
 * @param id - The parent's id.
 * @param asOf - The date asked about.
 * @returns The children that existed and were linked to `id` on `asOf`.
 * @example
 * ```ts
 * import { childrenOf, type Place } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [
 *   { id: 'thon-2', level: 'village', kind: 'thon', name: '2', parents: [{ parentId: 'dak-nia' }], counts: [] },
 *   { id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [{ parentId: 'dak-nia' }], counts: [] },
 * ];
 * childrenOf(places, 'dak-nia', '2022-07-27').map((p) => p.id); // ['thon-1', 'thon-2']
 * ```
 * @category Places
 */
export function childrenOf(places: readonly Place[], id: string, asOf: IsoDate): Place[] {
  return places
    .filter((place) => isPlaceActive(place, asOf) && parentIdOf(place, asOf) === id)
    .sort((a, b) => compareVietnamese(a.name, b.name));
}

/**
 * The latest counts of a place known on a date.
 *
 * @param place - The place.
 * @param asOf - The date asked about.
 * @returns The counts record with the latest `from` not after `asOf`, or `undefined`.
 * @example
 * ```ts
 * import { countsOf, type Place } from 'to-cong-nghe-so';
 *
 * const village: Place = {
 *   id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [],
 *   counts: [{ from: '2022-01-01', households: 200 }, { from: '2024-01-01', households: 215 }],
 * };
 * countsOf(village, '2023-06-30')?.households; // 200
 * ```
 * @category Places
 */
export function countsOf(place: Place, asOf: IsoDate): PlaceCounts | undefined {
  let best: PlaceCounts | undefined;
  for (const record of place.counts) {
    if (record.from <= asOf && (best === undefined || record.from > best.from)) best = record;
  }
  return best;
}

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

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, district: 1, commune: 2, village: 3 };

/**
 * Checks a list of places for consistency and returns every problem at once: duplicate ids, a
 * kind that does not belong to the level, a parent that is unknown or not at a higher level,
 * parent links that overlap in time, and `from` after `to`.
 *
 * @param places - The places to check.
 * @param path - The path of the list in its document (default `['places']`).
 * @returns The problems found; empty when the places are consistent.
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
  const problems: PlaceProblem[] = [];
  const byId = new Map<string, Place>();
  places.forEach((place, i) => {
    if (byId.has(place.id)) {
      problems.push({
        code: 'duplicate_place',
        path: [...path, i, 'id'],
        message: {
          vi: `Mã địa bàn "${place.id}" bị trùng.`,
          en: `Place id "${place.id}" is used twice.`,
        },
      });
    } else byId.set(place.id, place);
  });
  places.forEach((place, i) => {
    const at = [...path, i];
    if (LEVEL_OF_KIND[place.kind] !== place.level) {
      problems.push({
        code: 'kind_level_mismatch',
        path: [...at, 'kind'],
        message: {
          vi: `"${place.id}": loại "${place.kind}" không thuộc cấp "${place.level}".`,
          en: `"${place.id}": kind "${place.kind}" is not of level "${place.level}".`,
        },
      });
    }
    if (place.from !== undefined && place.to !== undefined && place.from > place.to) {
      problems.push(outOfOrder([...at, 'to'], place.id));
    }
    place.parents.forEach((link, j) => {
      const linkPath = [...at, 'parents', j];
      if (link.from !== undefined && link.to !== undefined && link.from > link.to) {
        problems.push(outOfOrder([...linkPath, 'to'], place.id));
      }
      const parent = byId.get(link.parentId);
      if (!parent) {
        problems.push({
          code: 'unknown_parent',
          path: [...linkPath, 'parentId'],
          message: {
            vi: `"${place.id}": không có địa bàn cấp trên "${link.parentId}".`,
            en: `"${place.id}": parent "${link.parentId}" is not a known place.`,
          },
        });
      } else if (LEVEL_RANK[parent.level] >= LEVEL_RANK[place.level]) {
        problems.push({
          code: 'parent_level',
          path: [...linkPath, 'parentId'],
          message: {
            vi: `"${place.id}" (${place.level}) không thể trực thuộc "${parent.id}" (${parent.level}).`,
            en: `"${place.id}" (${place.level}) cannot be under "${parent.id}" (${parent.level}).`,
          },
        });
      }
      place.parents.slice(j + 1).forEach((other, k) => {
        if (overlaps(link, other)) {
          problems.push({
            code: 'overlapping_parents',
            path: [...at, 'parents', j + 1 + k],
            message: {
              vi: `"${place.id}": hai địa bàn cấp trên có thời gian chồng nhau.`,
              en: `"${place.id}": two parent links overlap in time.`,
            },
          });
        }
      });
    });
    const seenFrom = new Set<string>();
    place.counts.forEach((record, j) => {
      if (seenFrom.has(record.from)) {
        problems.push({
          code: 'duplicate_counts',
          path: [...at, 'counts', j, 'from'],
          message: {
            vi: `"${place.id}": có hai bản số liệu cùng ngày ${record.from}.`,
            en: `"${place.id}": two count records start on ${record.from}.`,
          },
        });
      }
      seenFrom.add(record.from);
    });
  });
  return problems;
}

function outOfOrder(path: readonly (string | number)[], id: string): PlaceProblem {
  return {
    code: 'dates_out_of_order',
    path,
    message: {
      vi: `"${id}": ngày kết thúc trước ngày bắt đầu.`,
      en: `"${id}": the end date is before the start date.`,
    },
  };
}
