// An index of a team's lists by id, built once per team object and kept while the object lives,
// so that every query and check costs a map lookup instead of a scan (a team is an immutable
// value: change it by building a new object, as amendTeam does). Also the team queries every
// module shares, without the entry checks of the public functions.
import type { Place } from '../places/place.js';
import type {
  Body,
  Decision,
  Office,
  OfficeHolding,
  Person,
  Seat,
  SeatHolding,
  Supervision,
  Team,
} from '../team/schema.js';
import { compareVietnamese } from '../text/collation.js';
import { isActive, within } from './dated.js';
import type { IsoDate } from './dates.js';

/** A team's lists by id and by what refers to what. */
export interface TeamIndex {
  /** The first seat of each id. */
  readonly seatById: ReadonlyMap<string, Seat>;
  /** The position of each seat object in `team.seats`. */
  readonly seatPosition: ReadonlyMap<Seat, number>;
  /** The first person of each id. */
  readonly personById: ReadonlyMap<string, Person>;
  /** The first office of each id. */
  readonly officeById: ReadonlyMap<string, Office>;
  /** The first body of each id. */
  readonly bodyById: ReadonlyMap<string, Body>;
  /** The first place of each id. */
  readonly placeById: ReadonlyMap<string, Place>;
  /** The first decision of each id. */
  readonly decisionById: ReadonlyMap<string, Decision>;
  /** The holdings of each office, in the team's order. */
  readonly holdingsOfOffice: ReadonlyMap<string, readonly OfficeHolding[]>;
  /** The office holdings of each person, in the team's order. */
  readonly officeHoldingsOfPerson: ReadonlyMap<string, readonly OfficeHolding[]>;
  /** The holdings of each seat, in the team's order. */
  readonly holdingsOfSeat: ReadonlyMap<string, readonly SeatHolding[]>;
  /** The supervision rows of each supervised seat, in the team's order. */
  readonly supervisionOfSeat: ReadonlyMap<string, readonly Supervision[]>;
  /** The places that have a given place as a parent at some time. */
  readonly childrenOfPlace: ReadonlyMap<string, readonly Place[]>;
  /** The leader seat on each date asked about so far (`null`: none). */
  readonly leaderOn: Map<IsoDate, Seat | null>;
}

const indexes = new WeakMap<object, TeamIndex>();
/** The most dates whose leader is remembered per team. */
const MAX_REMEMBERED_DATES = 4096;

function list<T>(items: readonly T[] | undefined): readonly T[] {
  return Array.isArray(items) ? items : [];
}

function firstById<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = map.get(key);
    if (group) group.push(item);
    else map.set(key, [item]);
  }
  return map;
}

/** The index of a team, built on first use. */
export function teamIndex(team: Team): TeamIndex {
  const known = indexes.get(team);
  if (known) return known;
  const seats = list(team.seats);
  const places = list(team.places);
  const children = new Map<string, Place[]>();
  for (const place of places) {
    const parents = new Set(list(place.parents).map((link) => link.parentId));
    for (const parentId of parents) {
      const group = children.get(parentId);
      if (group) group.push(place);
      else children.set(parentId, [place]);
    }
  }
  const officeHoldings = list(team.officeHoldings);
  const index: TeamIndex = {
    seatById: firstById(seats),
    seatPosition: new Map(seats.map((seat, i) => [seat, i])),
    personById: firstById(list(team.people)),
    officeById: firstById(list(team.offices)),
    bodyById: firstById(list(team.bodies)),
    placeById: firstById(places),
    decisionById: firstById(list(team.decisions)),
    holdingsOfOffice: groupBy(officeHoldings, (h) => h.officeId),
    officeHoldingsOfPerson: groupBy(officeHoldings, (h) => h.personId),
    holdingsOfSeat: groupBy(list(team.seatHoldings), (h) => h.seatId),
    supervisionOfSeat: groupBy(list(team.supervision), (s) => s.seatId),
    childrenOfPlace: children,
    leaderOn: new Map(),
  };
  indexes.set(team, index);
  return index;
}

/** The first record of a list in force on a date. */
function inForce<
  T extends { readonly from?: IsoDate | undefined; readonly to?: IsoDate | undefined },
>(records: readonly T[] | undefined, asOf: IsoDate): T | undefined {
  if (records === undefined) return undefined;
  for (const record of records) if (isActive(record, asOf)) return record;
  return undefined;
}

/** The person a seat resolves to on a date: its office's holder, or its own holder. */
export function holderIdOf(team: Team, seat: Seat, asOf: IsoDate): string | undefined {
  if (!isActive(seat, asOf)) return undefined;
  const index = teamIndex(team);
  const filling = seat.filling;
  if (filling.kind === 'exOfficio') {
    return inForce(index.holdingsOfOffice.get(filling.officeId), asOf)?.personId;
  }
  return inForce(index.holdingsOfSeat.get(seat.id), asOf)?.personId;
}

/** The holder of a seat on a date, as a person of the team. */
export function holderOfSeat(team: Team, seat: Seat, asOf: IsoDate): Person | undefined {
  const personId = holderIdOf(team, seat, asOf);
  return personId === undefined ? undefined : teamIndex(team).personById.get(personId);
}

/** The seats in force on a date, in the team's order. */
export function activeSeats(team: Team, asOf: IsoDate): Seat[] {
  return list(team.seats).filter((seat) => isActive(seat, asOf));
}

/** The leader seat on a date (the first in the team's order when there are several). */
export function leaderSeat(team: Team, asOf: IsoDate): Seat | undefined {
  const index = teamIndex(team);
  const known = index.leaderOn.get(asOf);
  if (known !== undefined) return known ?? undefined;
  const leader = list(team.seats).find((s) => s.role === 'leader' && isActive(s, asOf));
  if (index.leaderOn.size >= MAX_REMEMBERED_DATES) index.leaderOn.clear();
  index.leaderOn.set(asOf, leader ?? null);
  return leader;
}

/** The id of a place's parent on a date. */
export function parentIdAt(place: Place, asOf: IsoDate): string | undefined {
  return list(place.parents).find((link) => within(asOf, link.from, link.to))?.parentId;
}

/** The places that existed on a date under a place, sorted by name the Vietnamese way. */
export function childrenAt(team: Team, id: string, asOf: IsoDate): Place[] {
  return list(teamIndex(team).childrenOfPlace.get(id))
    .filter((place) => isActive(place, asOf) && parentIdAt(place, asOf) === id)
    .sort((a, b) => compareVietnamese(a.name, b.name));
}

/** The commune a team served on a date. */
export function communeOf(team: Team, asOf: IsoDate): Place | undefined {
  const link = list(team.communes).find((c) => isActive(c, asOf));
  return link === undefined ? undefined : teamIndex(team).placeById.get(link.placeId);
}

/** The villages a team covered on a date, sorted by name the Vietnamese way. */
export function villagesOf(team: Team, asOf: IsoDate): Place[] {
  const index = teamIndex(team);
  if (team.scope === 'village') {
    const village = team.villageId === undefined ? undefined : index.placeById.get(team.villageId);
    return village && isActive(village, asOf) ? [village] : [];
  }
  const commune = communeOf(team, asOf);
  if (!commune) return [];
  return childrenAt(team, commune.id, asOf).filter((p) => p.level === 'village');
}

/** The ids of the places whose bodies a team's rules draw from on a date. */
export function areaPlaceIds(team: Team, asOf: IsoDate): Set<string> {
  const ids = new Set(villagesOf(team, asOf).map((p) => p.id));
  const commune = communeOf(team, asOf);
  if (team.scope === 'commune' && commune) ids.add(commune.id);
  return ids;
}
