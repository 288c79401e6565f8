import { err, ok, type Result } from 'neverthrow';
import type { IsoDate } from '../calendar/date.js';
import type { Place } from '../places/place.js';
import { childrenOf, type Dated, isPlaceActive, placeLabel, within } from '../places/query.js';
import type { Problem } from '../problems/problem.js';
import type { Label } from '../text/label.js';
import type { Person, Role, Seat, Team } from './schema.js';

/**
 * The labels of the roles, as decisions write them.
 *
 * @example
 * ```ts
 * import { ROLE_LABELS } from 'to-cong-nghe-so';
 *
 * ROLE_LABELS.deputy; // { vi: 'Tổ phó', en: 'Deputy' }
 * ```
 * @category Team
 */
export const ROLE_LABELS: Readonly<Record<Role, Label>> = {
  leader: { vi: 'Tổ trưởng', en: 'Leader' },
  deputy: { vi: 'Tổ phó', en: 'Deputy' },
  member: { vi: 'Tổ viên', en: 'Member' },
};

/**
 * The codes of {@link TeamQueryProblem}.
 *
 * @category Team
 */
export type TeamQueryProblemCode = 'unknown_seat' | 'unknown_person';

/**
 * The error of a team query given an id the team does not have.
 *
 * @category Team
 */
export type TeamQueryProblem = Problem<TeamQueryProblemCode>;

/** @internal The problem of an unknown seat id. */
export function unknownSeat(seatId: string): Problem<'unknown_seat'> {
  return {
    code: 'unknown_seat',
    path: ['seats'],
    message: {
      vi: `Tổ không có vị trí "${seatId}".`,
      en: `The team has no seat "${seatId}".`,
    },
  };
}

/** @internal Whether a dated record is in force on a date. */
export function isActive(record: Dated, asOf: IsoDate): boolean {
  return within(asOf, record.from, record.to);
}

/** @internal The person an ex-officio or other seat resolves to on a date. */
export function holderIdOf(team: Team, seat: Seat, asOf: IsoDate): string | undefined {
  if (!isActive(seat, asOf)) return undefined;
  const filling = seat.filling;
  if (filling.kind === 'exOfficio') {
    return team.officeHoldings.find((h) => h.officeId === filling.officeId && isActive(h, asOf))
      ?.personId;
  }
  return team.seatHoldings.find((h) => h.seatId === seat.id && isActive(h, asOf))?.personId;
}

/**
 * The person who held a seat on a date. An ex-officio seat is held by whoever held its office
 * that day, so it passes to the new office holder on the day the office changes hands; other
 * seats are held as the team's seat holdings say.
 *
 * @param team - The team.
 * @param seatId - The seat's id.
 * @param asOf - The date asked about.
 * @returns `ok(person)`, `ok(undefined)` when nobody held it (or the seat did not exist then), or
 *   an `unknown_seat` error.
 * @example
 * ```ts
 * import { dakNia2022Team, holderOf } from 'to-cong-nghe-so';
 *
 * const team = dakNia2022Team();
 * holderOf(team, 'leader/1', '2022-07-27').map((p) => p?.name); // ok('Quản Thị Ngọc')
 * ```
 * @category Team
 */
export function holderOf(
  team: Team,
  seatId: string,
  asOf: IsoDate,
): Result<Person | undefined, TeamQueryProblem> {
  const seat = team.seats.find((s) => s.id === seatId);
  if (!seat) return err(unknownSeat(seatId));
  const personId = holderIdOf(team, seat, asOf);
  return ok(team.people.find((p) => p.id === personId));
}

/**
 * The seats a person held on a date, ex officio or otherwise, in the team's order.
 *
 * @param team - The team.
 * @param personId - The person's id.
 * @param asOf - The date asked about.
 * @returns `ok(seats)` (empty when the person held none), or an `unknown_person` error.
 * @example
 * ```ts
 * import { dakNia2022Team, seatsOf } from 'to-cong-nghe-so';
 *
 * seatsOf(dakNia2022Team(), 'quan-thi-ngoc', '2022-07-27').map((s) => s.map((x) => x.id));
 * // ok(['leader/1'])
 * ```
 * @category Team
 */
export function seatsOf(
  team: Team,
  personId: string,
  asOf: IsoDate,
): Result<Seat[], TeamQueryProblem> {
  if (!team.people.some((p) => p.id === personId)) {
    return err({
      code: 'unknown_person',
      path: ['people'],
      message: {
        vi: `Tổ không có người "${personId}".`,
        en: `The team has no person "${personId}".`,
      },
    });
  }
  return ok(team.seats.filter((seat) => holderIdOf(team, seat, asOf) === personId));
}

/**
 * A seat of the team on a date and who held it.
 *
 * @category Team
 */
export interface CompositionEntry {
  /** The seat. */
  readonly seat: Seat;
  /** Its holder that day; `undefined` when vacant. */
  readonly holder: Person | undefined;
}

const ROLE_ORDER: Record<Role, number> = { leader: 0, deputy: 1, member: 2 };

/**
 * The composition of the team on a date: the seats that existed that day, leader first, then
 * deputies, then members (each in the team's order), with their holders.
 *
 * @param team - The team.
 * @param asOf - The date asked about.
 * @returns The seats and holders; empty outside the team's life.
 * @example
 * ```ts
 * import { compositionOf, dakNia2022Team } from 'to-cong-nghe-so';
 *
 * compositionOf(dakNia2022Team(), '2022-07-27')[0]?.holder?.name; // 'Quản Thị Ngọc'
 * ```
 * @category Team
 */
export function compositionOf(team: Team, asOf: IsoDate): CompositionEntry[] {
  if (!isActive(team, asOf)) return [];
  return activeSeats(team, asOf)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])
    .map((seat) => {
      const personId = holderIdOf(team, seat, asOf);
      return { seat, holder: team.people.find((p) => p.id === personId) };
    });
}

/** @internal The seats in force on a date, in the team's order. */
export function activeSeats(team: Team, asOf: IsoDate): Seat[] {
  return team.seats.filter((seat) => isActive(seat, asOf));
}

/**
 * The commune the team served on a date (xã Đắk Nia in 2022; phường Đông Gia Nghĩa after the
 * 2025 merger, if the team was carried over).
 *
 * @param team - The team.
 * @param asOf - The date asked about.
 * @returns The commune-level place, or `undefined` when the team had none that day.
 * @example
 * ```ts
 * import { communeOf, dakNia2022Team } from 'to-cong-nghe-so';
 *
 * communeOf(dakNia2022Team(), '2022-07-27')?.name; // 'Đắk Nia'
 * ```
 * @category Team
 */
export function communeOf(team: Team, asOf: IsoDate): Place | undefined {
  const link = team.communes.find((c) => isActive(c, asOf));
  return team.places.find((p) => p.id === link?.placeId);
}

/**
 * The villages the team covered on a date: every village of its commune that day for a
 * commune-level team, its own village for a village-level team.
 *
 * @param team - The team.
 * @param asOf - The date asked about.
 * @returns The villages, sorted by name the Vietnamese way.
 * @example
 * ```ts
 * import { dakNia2022Team, villagesOf } from 'to-cong-nghe-so';
 *
 * villagesOf(dakNia2022Team(), '2022-07-27').length; // 6
 * ```
 * @category Team
 */
export function villagesOf(team: Team, asOf: IsoDate): Place[] {
  if (team.scope === 'village') {
    return team.places.filter((p) => p.id === team.villageId && isPlaceActive(p, asOf));
  }
  const commune = communeOf(team, asOf);
  if (!commune) return [];
  return childrenOf(team.places, commune.id, asOf).filter((p) => p.level === 'village');
}

/** @internal The ids of the places whose bodies a team's rules draw from on a date. */
export function areaPlaceIds(team: Team, asOf: IsoDate): Set<string> {
  const ids = new Set(villagesOf(team, asOf).map((p) => p.id));
  const commune = communeOf(team, asOf);
  if (team.scope === 'commune' && commune) ids.add(commune.id);
  return ids;
}

/** @internal The leader seat on a date (the first when there are several). */
export function leaderSeat(team: Team, asOf: IsoDate): Seat | undefined {
  return activeSeats(team, asOf).find((s) => s.role === 'leader');
}

/**
 * What a seat stands for, in both languages: the office of an ex-officio seat ("Chủ tịch Hội Nông
 * dân xã"), the unit of a delegate, the village of a village head ("bon Bu Sir"), or the offices
 * and extra titles of a named seat's holder on the date.
 *
 * @param team - The team.
 * @param seat - One of its seats.
 * @param asOf - The date asked about (for a named seat's holder).
 * @returns The description; empty texts when the seat refers to nothing known.
 * @example
 * ```ts
 * import { dakNia2022Team, describeSeat } from 'to-cong-nghe-so';
 *
 * const team = dakNia2022Team();
 * const seat = team.seats.find((s) => s.filling.kind === 'villageHead');
 * if (seat) describeSeat(team, seat, '2022-07-27').vi; // 'bon Bu Sir'
 * ```
 * @category Team
 */
export function describeSeat(team: Team, seat: Seat, asOf: IsoDate): Label {
  const filling = seat.filling;
  switch (filling.kind) {
    case 'exOfficio':
      return team.offices.find((o) => o.id === filling.officeId)?.title ?? EMPTY;
    case 'delegate':
      return team.bodies.find((b) => b.id === filling.unitId)?.name ?? EMPTY;
    case 'villageHead': {
      const village = team.places.find((p) => p.id === filling.villageId);
      return village ? placeLabel(village) : EMPTY;
    }
    case 'named': {
      const personId = holderIdOf(team, seat, asOf);
      const titles = [
        ...team.officeHoldings
          .filter((h) => h.personId === personId && isActive(h, asOf))
          .flatMap((h) => team.offices.filter((o) => o.id === h.officeId).map((o) => o.title)),
        ...seat.titles,
      ];
      return {
        vi: titles.map((t) => t.vi).join(' - '),
        en: titles.map((t) => t.en).join(' - '),
      };
    }
  }
}

const EMPTY: Label = { vi: '', en: '' };
