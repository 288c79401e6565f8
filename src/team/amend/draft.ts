// The team an amending decision works on: its lists copied and indexed by id, changed in place
// by the changes in their order, then written back in the order of the team file.
import { copyData } from '../../_internal/copy.js';
import { eveOf, isActive } from '../../_internal/dated.js';
import type { IsoDate } from '../../_internal/dates.js';
import type { Place } from '../../places/place.js';
import type { InputProblemCode } from '../../problems/input.js';
import type { Problem } from '../../problems/problem.js';
import type { Label } from '../../text/label.js';
import {
  type Body,
  type Decision,
  type FormerName,
  type Office,
  type OfficeHolding,
  type Person,
  type Seat,
  type SeatHolding,
  type Supervision,
  type Team,
  type TeamCommune,
  TeamSchema,
} from '../schema.js';

/**
 * The codes of {@link AmendProblem}.
 *
 * @category Team
 */
export type AmendProblemCode =
  | InputProblemCode
  | 'duplicate_id'
  | 'duplicate_place'
  | 'unknown_seat'
  | 'unknown_person'
  | 'unknown_place'
  | 'unknown_body'
  | 'unknown_office'
  | 'unknown_village'
  | 'ex_officio_seat'
  | 'seat_not_active'
  | 'record_not_active'
  | 'still_has_seat'
  | 'decision_before_team'
  | 'invalid_argument';

/**
 * Why {@link amendTeam} cannot apply a decision.
 *
 * @category Team
 */
export type AmendProblem = Problem<AmendProblemCode>;

/** A list of the team being amended, with the position of the first record of each id. */
export interface Listed<T> {
  readonly items: T[];
  readonly at: Map<string, number>;
}

function listed<T extends { readonly id: string }>(items: readonly T[]): Listed<T> {
  const at = new Map<string, number>();
  items.forEach((item, i) => {
    if (!at.has(item.id)) at.set(item.id, i);
  });
  return { items: [...items], at };
}

/** The record of an id in a list, if any. */
export function find<T>(list: Listed<T>, id: string): T | undefined {
  const i = list.at.get(id);
  return i === undefined ? undefined : list.items[i];
}

/** Replaces the record of an id in a list. */
export function replace<T>(list: Listed<T>, id: string, item: T): void {
  const i = list.at.get(id);
  if (i !== undefined) list.items[i] = item;
}

/** Appends a record of a new id. */
export function append<T extends { readonly id: string }>(list: Listed<T>, item: T): void {
  list.at.set(item.id, list.items.length);
  list.items.push(item);
}

/** What a decision ends that a seat may still need, for the final check. */
export interface Ended {
  readonly bodies: Map<string, readonly (string | number)[]>;
  readonly offices: Map<string, readonly (string | number)[]>;
  readonly places: Map<string, readonly (string | number)[]>;
  readonly people: Map<string, readonly (string | number)[]>;
}

/** The team being amended. */
export interface Draft {
  readonly team: Team;
  readonly decision: Decision;
  /** The day the decision takes effect, and the eve, the last day of what it ends. */
  readonly from: IsoDate;
  readonly eve: IsoDate;
  readonly seats: Listed<Seat>;
  readonly places: Listed<Place>;
  readonly bodies: Listed<Body>;
  readonly offices: Listed<Office>;
  readonly people: Listed<Person>;
  readonly officeHoldings: OfficeHolding[];
  /** The office holdings in force on `from`, by `office:<id>` and by `person:<id>`. */
  readonly openOfficeHoldings: Map<string, number[]>;
  readonly holdings: SeatHolding[];
  /** The holdings in force on `from`, by seat: those a change may end. */
  readonly openHoldings: Map<string, number[]>;
  readonly supervision: Supervision[];
  /** The supervision rows in force on `from`, by supervised and by supervising seat. */
  readonly openRows: Map<string, number[]>;
  communes: TeamCommune[];
  reportsTo: string[];
  name: Label;
  formerNames: FormerName[];
  to: IsoDate | undefined;
  /** What the changes end, with the path of the change, checked once they are all applied. */
  readonly ended: Ended;
  readonly problems: AmendProblem[];
}

/** Adds a value to the list of a key. */
export function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The draft of a team and the decision amending it. */
export function draftOf(team: Team, decision: Decision): Draft {
  const from = decision.effectiveFrom ?? decision.date;
  const openHoldings = new Map<string, number[]>();
  team.seatHoldings.forEach((h, i) => {
    if (isActive(h, from)) push(openHoldings, h.seatId, i);
  });
  const openOfficeHoldings = new Map<string, number[]>();
  team.officeHoldings.forEach((h, i) => {
    if (!isActive(h, from)) return;
    push(openOfficeHoldings, `office:${h.officeId}`, i);
    push(openOfficeHoldings, `person:${h.personId}`, i);
  });
  const openRows = new Map<string, number[]>();
  team.supervision.forEach((row, i) => {
    if (!isActive(row, from)) return;
    push(openRows, row.seatId, i);
    if (row.supervisorSeatId !== row.seatId) push(openRows, row.supervisorSeatId, i);
  });
  return {
    team,
    decision,
    from,
    eve: eveOf(from),
    seats: listed(team.seats),
    places: listed(team.places),
    bodies: listed(team.bodies),
    offices: listed(team.offices),
    people: listed(team.people),
    officeHoldings: [...team.officeHoldings],
    openOfficeHoldings,
    holdings: [...team.seatHoldings],
    openHoldings,
    supervision: [...team.supervision],
    openRows,
    communes: [...team.communes],
    reportsTo: [...team.reportsTo],
    name: team.name,
    formerNames: [...(team.formerNames ?? [])],
    to: team.to,
    ended: { bodies: new Map(), offices: new Map(), places: new Map(), people: new Map() },
    problems: [],
  };
}

/** The amended team, its fields in the order of the team file. */
export function amended(draft: Draft): Team {
  const { to: _to, ...team } = draft.team;
  const result: Record<string, unknown> = {
    ...team,
    name: draft.name,
    formerNames: draft.formerNames.length > 0 ? draft.formerNames : undefined,
    communes: draft.communes,
    places: draft.places.items,
    bodies: draft.bodies.items,
    offices: draft.offices.items,
    people: draft.people.items,
    officeHoldings: draft.officeHoldings,
    seats: draft.seats.items,
    seatHoldings: draft.holdings,
    supervision: draft.supervision,
    reportsTo: draft.reportsTo,
    decisions: [...draft.team.decisions, draft.decision],
  };
  if (draft.to !== undefined) result.to = draft.to;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(TeamSchema.shape)) {
    if (result[key] !== undefined) ordered[key] = result[key];
  }
  return copyData(ordered as Team);
}

/** A schema of records, whose keys give the order of a record's fields. */
export type RecordSchema = { readonly shape: object };

/** A record with its fields in the order of its schema's keys (so a team file reads the same). */
export function inOrder<T extends object>(record: T, schema: RecordSchema): T {
  const source = record as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    if (source[key] !== undefined) ordered[key] = source[key];
  }
  return ordered as T;
}

/** A dated record ended on a day, its fields in the order of its schema. */
export function endedOn<T extends { readonly to?: IsoDate | undefined }>(
  record: T,
  to: IsoDate,
  schema: RecordSchema,
): T {
  return inOrder({ ...record, to }, schema);
}
