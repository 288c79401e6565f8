import { checkDocument, checkOneOf } from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import { latestCounts } from '../_internal/counts.js';
import { within } from '../_internal/dated.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { checkId } from '../_internal/ids.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { placeLabelOf, placeNameOf } from '../_internal/names.js';
import { compareVietnamese } from '../text/collation.js';
import type { Label, Language } from '../text/label.js';
import { type Place, type PlaceCounts, PlaceSchema } from './place.js';

/** The list schema the place-list arguments are checked against (one object, so checks cache). */
const PlaceListSchema = /* @__PURE__ */ lazySchema(() => PlaceSchema.array());

const PLACE: Label = { vi: 'một địa bàn (Place)', en: 'a place (Place)' };
const PLACES: Label = { vi: 'một danh sách địa bàn (Place[])', en: 'a list of places (Place[])' };

/** Checks a place argument against {@link PlaceSchema}. */
function checkPlace(place: unknown, argument = 'place'): Place {
  return checkDocument(PlaceSchema, place, argument, PLACE);
}

/** Checks a list-of-places argument. */
function checkPlaces(places: unknown, argument = 'places'): Place[] {
  return checkDocument(PlaceListSchema, places, argument, PLACES);
}

/**
 * The name of a place with its generic noun, as Nghị định 30/2020 (Phụ lục II) writes it: the
 * noun in lower case before a proper name ("xã Đắk Nia", "bon Bu Sir"), capitalised when the
 * name is a number ("Phường 1", "Tổ dân phố 3").
 *
 * @param place - The place.
 * @param language - `vi` (default) or `en`.
 * @returns The written name.
 * @throws {@link InvalidArgumentError} when `place` is not a {@link Place} or `language` is not
 *   `vi` or `en`.
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
  const checked = checkPlace(place);
  return placeNameOf(checked, checkOneOf(language, 'language', ['vi', 'en'] as const));
}

/**
 * {@link placeName} in both languages.
 *
 * @param place - The place.
 * @returns `{ vi, en }`.
 * @throws {@link InvalidArgumentError} when `place` is not a {@link Place}.
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
  return placeLabelOf(checkPlace(place));
}

/**
 * Whether a place existed on a date.
 *
 * @param place - The place.
 * @param asOf - The date asked about.
 * @returns `true` when `asOf` is within the place's `from`–`to`.
 * @throws {@link InvalidArgumentError} when `place` is not a {@link Place} or `asOf` is not a
 *   supported date.
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
  const checked = checkPlace(place);
  return within(checkDate(asOf, 'asOf'), checked.from, checked.to);
}

function parentAt(place: Place, asOf: IsoDate): string | undefined {
  return place.parents.find((link) => within(asOf, link.from, link.to))?.parentId;
}

/**
 * The id of a place's parent on a date.
 *
 * @param place - The place.
 * @param asOf - The date asked about.
 * @returns The parent's id, or `undefined` when the place had no parent then.
 * @throws {@link InvalidArgumentError} when `place` is not a {@link Place} or `asOf` is not a
 *   supported date.
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
  return parentAt(checkPlace(place), checkDate(asOf, 'asOf'));
}

/**
 * The chain of a place's parents on a date, nearest first (village → commune → province).
 *
 * @param places - All known places.
 * @param id - The place to start from (compared in Unicode NFC).
 * @returns The ancestors, nearest first; stops at an unknown id or a cycle.
 * @param asOf - The date asked about.
 * @throws {@link InvalidArgumentError} when `places` is not a list of places, `id` is not text or
 *   `asOf` is not a supported date.
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
  const all = checkPlaces(places);
  const start = checkId(id, 'id');
  const date = checkDate(asOf, 'asOf');
  const byId = new Map<string, Place>();
  for (const place of all) if (!byId.has(place.id)) byId.set(place.id, place);
  const result: Place[] = [];
  const seen = new Set([start]);
  let current = byId.get(start);
  while (current) {
    const parentId = parentAt(current, date);
    if (parentId === undefined || seen.has(parentId)) break;
    seen.add(parentId);
    current = byId.get(parentId);
    if (current) result.push(copyData(current));
  }
  return result;
}

/**
 * The places whose parent is a given place on a date, sorted by name the Vietnamese way.
 *
 * @param places - All known places.
 * @param id - The parent's id (compared in Unicode NFC).
 * @param asOf - The date asked about.
 * @returns The children that existed and were linked to `id` on `asOf`.
 * @throws {@link InvalidArgumentError} when `places` is not a list of places, `id` is not text or
 *   `asOf` is not a supported date.
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
  const all = checkPlaces(places);
  const parentId = checkId(id, 'id');
  const date = checkDate(asOf, 'asOf');
  return all
    .filter((place) => within(date, place.from, place.to) && parentAt(place, date) === parentId)
    .sort((a, b) => compareVietnamese(a.name, b.name))
    .map((place) => copyData(place));
}

/**
 * The latest counts of a place known on a date.
 *
 * @param place - The place.
 * @param asOf - The date asked about.
 * @returns The counts record with the latest `from` not after `asOf`, or `undefined`.
 * @throws {@link InvalidArgumentError} when `place` is not a {@link Place} or `asOf` is not a
 *   supported date.
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
  const checked = checkPlace(place);
  const date = checkDate(asOf, 'asOf');
  return copyData(latestCounts(checked, date));
}
