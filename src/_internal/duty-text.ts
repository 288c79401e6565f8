import type { Duty } from '../duties/catalogue.js';
import type { Team } from '../team/schema.js';
import type { Label } from '../text/label.js';
import type { IsoDate } from './dates.js';
import { KIND_NOUNS } from './names.js';
import { communeOf, villagesOf } from './team-index.js';

/** The kinds of place in the order the library lists them (that of `PlaceKindSchema`). */
const KIND_ORDER = Object.keys(KIND_NOUNS) as (keyof typeof KIND_NOUNS)[];

/** The generic nouns of a team's villages on a date, in the library's order ("thôn, bon"). */
export function villageNouns(kinds: ReadonlySet<string>): string {
  return KIND_ORDER.filter((kind) => kinds.has(kind))
    .map((kind) => KIND_NOUNS[kind].vi)
    .join(', ');
}

/**
 * The text of a duty with a team's nouns: `{commune}` becomes the generic noun of its commune
 * (xã, phường …) and `{villages}` those of its villages (thôn, bon …) on a date.
 */
export function dutyText(duty: Duty, team: Team, asOf: IsoDate): Label {
  const commune = communeOf(team, asOf);
  const kinds = new Set<string>(villagesOf(team, asOf).map((v) => v.kind));
  const fill = (text: string, language: keyof Label) => {
    const communeNoun = KIND_NOUNS[commune?.kind ?? 'commune'][language];
    const nouns = language === 'en' ? 'villages' : villageNouns(kinds) || 'thôn';
    return text.replaceAll('{commune}', communeNoun).replaceAll('{villages}', nouns);
  };
  return { vi: fill(duty.text.vi, 'vi'), en: fill(duty.text.en, 'en') };
}
