// A team's name on a date: an earlier name until the day it changed, then the current one.
import type { Team } from '../team/schema.js';
import type { Label } from '../text/label.js';
import type { IsoDate } from './dates.js';

/** The name a team had on a date. */
export function teamNameOn(team: Team, asOf: IsoDate): Label {
  let name: Label | undefined;
  let until: IsoDate | undefined;
  for (const former of team.formerNames ?? []) {
    if (former.to >= asOf && (until === undefined || former.to < until)) {
      name = former.name;
      until = former.to;
    }
  }
  const chosen = name ?? team.name;
  return { vi: chosen.vi, en: chosen.en };
}
