// The title of the head of each kind of village (thôn, bon, tổ dân phố …), with where the usage
// comes from. A data table, deep-frozen; the places module exports it.
import type { PlaceKind } from '../places/place.js';
import type { Label, Language } from '../text/label.js';
import { deepFreeze } from './freeze.js';
import { KIND_NOUNS, placeNameOf } from './names.js';

/** The kinds of place at village level. */
export type VillageKind = Extract<
  PlaceKind,
  | 'thon'
  | 'lang'
  | 'ap'
  | 'ban'
  | 'buon'
  | 'bon'
  | 'phum'
  | 'soc'
  | 'toDanPho'
  | 'khuPho'
  | 'khoiPho'
  | 'khom'
  | 'tieuKhu'
>;

/** The head of a kind of village: the word before the place, the full title, and its source. */
export interface VillageHeadTitle {
  /** The word written before the place: "Trưởng" ("Trưởng thôn Tân Lập"), "Tổ trưởng". */
  readonly head: Label;
  /** The title with the generic noun: "Trưởng thôn", "Tổ trưởng tổ dân phố". */
  readonly title: Label;
  /** Where the usage is attested. */
  readonly source: string;
  /** Whether the usage was read in an official text (`false`: common usage, by analogy). */
  readonly verified: boolean;
}

const TT04 = 'Thông tư 04/2012/TT-BNV (tổ chức và hoạt động của thôn, tổ dân phố)';
const QB = 'Quyết định 47/2005/QĐ-UBND tỉnh Quảng Bình (Trưởng thôn, bản, tiểu khu)';
const HCM = 'UBND TP Hồ Chí Minh, hướng dẫn về khu phố, ấp (2026): trưởng khu phố, ấp';
const USAGE = 'cách gọi ở địa phương, theo mẫu "Trưởng" + tên gọi (Thông tư 04/2012/TT-BNV)';

function head(vi: string, noun: VillageKind, source: string, verified: boolean): VillageHeadTitle {
  return {
    head: { vi, en: 'Head' },
    title: { vi: `${vi} ${KIND_NOUNS[noun].vi}`, en: `Head of the ${KIND_NOUNS[noun].en}` },
    source,
    verified,
  };
}

/** The title of the head of each kind of village. */
export const VILLAGE_HEAD_TITLES: Readonly<Record<VillageKind, VillageHeadTitle>> = deepFreeze({
  thon: head('Trưởng', 'thon', TT04, true),
  lang: head('Trưởng', 'lang', USAGE, false),
  ap: head('Trưởng', 'ap', HCM, true),
  ban: head('Trưởng', 'ban', QB, true),
  buon: head('Trưởng', 'buon', USAGE, false),
  bon: head('Trưởng', 'bon', USAGE, false),
  phum: head('Trưởng', 'phum', USAGE, false),
  soc: head('Trưởng', 'soc', USAGE, false),
  toDanPho: head('Tổ trưởng', 'toDanPho', TT04, true),
  khuPho: head('Trưởng', 'khuPho', HCM, true),
  khoiPho: head('Trưởng', 'khoiPho', USAGE, false),
  khom: head('Trưởng', 'khom', USAGE, false),
  tieuKhu: head('Trưởng', 'tieuKhu', QB, true),
});

/** The head's title of a kind of place, or `undefined` when it is not a village kind. */
export function headTitleOf(kind: PlaceKind): VillageHeadTitle | undefined {
  return Object.hasOwn(VILLAGE_HEAD_TITLES, kind)
    ? VILLAGE_HEAD_TITLES[kind as VillageKind]
    : undefined;
}

/**
 * The head of a village by name: "Trưởng thôn Tân Lập", "Tổ trưởng Tổ dân phố 1"; in English
 * "Head of Tân Lập village".
 */
export function villageHeadName(
  place: { readonly kind: PlaceKind; readonly name: string },
  language: Language,
): string {
  const word = headTitleOf(place.kind)?.head[language] ?? (language === 'vi' ? 'Trưởng' : 'Head');
  const name = placeNameOf(place, language);
  return language === 'vi' ? `${word} ${name}` : `${word} of ${name}`;
}

/**
 * The heads of every village of some kinds in one line, as Article 1 groups them: "Trưởng các
 * thôn, bon", "Tổ trưởng các tổ dân phố", "Trưởng các thôn và Tổ trưởng các tổ dân phố".
 */
export function villageHeadsLine(kinds: ReadonlySet<string>): string {
  const groups = new Map<string, string[]>();
  for (const kind of Object.keys(KIND_NOUNS) as PlaceKind[]) {
    if (!kinds.has(kind)) continue;
    const word = headTitleOf(kind)?.head.vi ?? 'Trưởng';
    const nouns = groups.get(word);
    if (nouns) nouns.push(KIND_NOUNS[kind].vi);
    else groups.set(word, [KIND_NOUNS[kind].vi]);
  }
  return [...groups].map(([word, nouns]) => `${word} các ${nouns.join(', ')}`).join(' và ');
}
