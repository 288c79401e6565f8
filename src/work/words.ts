// How the work module names the things of a team in its problems: a seat by its role and what it
// stands for ("Tổ phó — Chủ tịch Hội Nông dân xã"), a place by its name ("bon Bu Sir"), a period
// by its label ("tháng 1 năm 2025"), each with its id so an app can word it its own way.
import { seatOf } from '../_internal/team-view.js';
import type { IsoDate } from '../calendar/date.js';
import { type Period, periodLabel } from '../calendar/period.js';
import type { Place } from '../places/place.js';
import { placeLabel } from '../places/query.js';
import type { NamedRef } from '../problems/words.js';
import { describeSeat, ROLE_LABELS } from '../team/query.js';
import type { Team } from '../team/schema.js';
import type { Label } from '../text/label.js';

/** A role label and what the seat stands for: "Tổ phó — Chủ tịch Hội Nông dân xã". */
export function seatLabel(team: Team, seatId: string, on: IsoDate): Label {
  const seat = seatOf(team, seatId);
  if (seat === undefined) return { vi: '', en: '' };
  const role = ROLE_LABELS[seat.role];
  const what = describeSeat(team, seat, on);
  return {
    vi: what.vi === '' ? role.vi : `${role.vi} — ${what.vi}`,
    en: what.en === '' ? role.en : `${role.en} — ${what.en}`,
  };
}

/** A seat as a problem names it: its label, then its id. */
export function seatRef(team: Team, seatId: string, on: IsoDate): NamedRef {
  return { id: seatId, label: seatLabel(team, seatId, on) };
}

/** A place as a problem names it: "bon Bu Sir", then its id. */
export function placeRef(place: Place): NamedRef {
  return { id: place.id, label: placeLabel(place) };
}

/** A period as a problem names it: "tháng 1 năm 2025", then its id. */
export function periodRef(id: string, period: Period): NamedRef {
  return { id, label: periodLabel(period) };
}
