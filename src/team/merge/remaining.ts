// The problems a merged team still has on the day of the merger: the seats not carried over, two
// seats for one office, two heads for one village, and whatever validateTeam finds.
import type { IsoDate } from '../../_internal/dates.js';
import { teamIndex } from '../../_internal/team-index.js';
import { placeRef, seatRef } from '../../_internal/team-names.js';
import { duplicateOffice, duplicateVillageHead } from '../../problems/catalogue/team.js';
import { type Problem, raise } from '../../problems/problem.js';
import type { Team } from '../schema.js';
import { teamProblems } from '../validate.js';
import type { MergedSeats } from './seats.js';

/** Carried ex-officio seats for one office (by id or by title), and village heads of one village. */
function duplicates(team: Team, carried: ReadonlySet<string>, from: IsoDate) {
  const index = teamIndex(team);
  const offices = new Set<string>();
  const villages = new Set<string>();
  const problems: Problem<'duplicate_office' | 'duplicate_village_head'>[] = [];
  team.seats.forEach((seat, i) => {
    if (!carried.has(seat.id)) return;
    const { filling } = seat;
    if (filling.kind === 'exOfficio') {
      const office = index.officeById.get(filling.officeId);
      const keys = [`id:${filling.officeId}`, `title:${office?.title.vi ?? filling.officeId}`];
      if (keys.some((key) => offices.has(key))) {
        problems.push(
          raise(duplicateOffice, ['seats', i], {
            office: { id: filling.officeId, label: { ...(office?.title ?? { vi: '', en: '' }) } },
            seat: seatRef(team, seat, from),
          }),
        );
      }
      for (const key of keys) offices.add(key);
    } else if (filling.kind === 'villageHead') {
      const village = index.placeById.get(filling.villageId);
      if (village && villages.has(village.id)) {
        problems.push(
          raise(duplicateVillageHead, ['seats', i], {
            village: placeRef(village),
            seat: seatRef(team, seat, from),
          }),
        );
      }
      villages.add(filling.villageId);
    }
  });
  return problems;
}

/** Every problem left in the merged team on the merger's day, each once. */
export function remainingProblems(team: Team, seats: MergedSeats, from: IsoDate) {
  const own = [...seats.notCarried, ...duplicates(team, seats.carried, from)];
  const seen = new Set(own.map((p) => `${p.code} ${p.path.join('.')}`));
  const validation = teamProblems(team, from).filter(
    (p) => !seen.has(`${p.code} ${p.path.join('.')}`),
  );
  return [...own, ...validation];
}
