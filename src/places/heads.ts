import { checkDocument, checkOneOf } from '../_internal/arguments.js';
import {
  VILLAGE_HEAD_TITLES as TITLES,
  type VillageHeadTitle,
  type VillageKind,
  villageHeadName,
} from '../_internal/village-heads.js';
import type { Language } from '../text/label.js';
import { type Place, PlaceSchema } from './place.js';

export type { VillageHeadTitle, VillageKind };

/**
 * The title of the head of each kind of village, as official texts and local usage write it:
 * "Trưởng thôn", "Trưởng bon", "Trưởng bản", "Trưởng ấp", "Trưởng khóm", "Trưởng khu phố" … but
 * "Tổ trưởng tổ dân phố" (Thông tư 04/2012/TT-BNV). Each entry gives the word written before the
 * place (`head`), the full title, where the usage is attested and whether it was read in an
 * official text (`verified`). Deep-frozen.
 *
 * @example
 * ```ts
 * import { VILLAGE_HEAD_TITLES } from 'to-cong-nghe-so';
 *
 * VILLAGE_HEAD_TITLES.toDanPho.title.vi; // 'Tổ trưởng tổ dân phố'
 * VILLAGE_HEAD_TITLES.bon.title.vi; // 'Trưởng bon'
 * ```
 * @category Places
 */
export const VILLAGE_HEAD_TITLES: Readonly<Record<VillageKind, VillageHeadTitle>> = TITLES;

/**
 * The head of a village by name, the title following the kind of place: "Trưởng thôn Tân Lập",
 * "Trưởng bon Bu Sir", "Tổ trưởng Tổ dân phố 1"; in English "Head of Tân Lập village".
 *
 * @param place - A village (a place of level `village`; another kind gets "Trưởng").
 * @param language - `vi` (default) or `en`.
 * @returns The title and the place's name.
 * @throws {@link InvalidArgumentError} when `place` is not a {@link Place} or `language` is not
 *   `vi` or `en`.
 * @example
 * ```ts
 * import { villageHeadTitle } from 'to-cong-nghe-so';
 *
 * villageHeadTitle({ id: 't1', level: 'village', kind: 'toDanPho', name: '1', parents: [], counts: [] });
 * // 'Tổ trưởng Tổ dân phố 1'
 * villageHeadTitle({ id: 'bs', level: 'village', kind: 'bon', name: 'Bu Sir', parents: [], counts: [] }, 'en');
 * // 'Head of Bu Sir bon (village)'
 * ```
 * @category Places
 */
export function villageHeadTitle(place: Place, language: Language = 'vi'): string {
  const checked = checkDocument(PlaceSchema, place, 'place', {
    vi: 'một địa bàn (Place)',
    en: 'a place (Place)',
  });
  return villageHeadName(checked, checkOneOf(language, 'language', ['vi', 'en'] as const));
}
