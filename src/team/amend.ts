import { err, ok, type Result } from 'neverthrow';
import { conformingDocument } from '../_internal/arguments.js';
import { copyData } from '../_internal/copy.js';
import { eveOf, isActive } from '../_internal/dated.js';
import type { IsoDate } from '../_internal/dates.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
import { teamIndex } from '../_internal/team-index.js';
import { decisionRef, seatRef } from '../_internal/team-names.js';
import { unknownPlace } from '../problems/catalogue/places.js';
import {
  decisionBeforeTeam,
  duplicateId,
  exOfficioSeat,
  seatNotActive,
  unknownBody,
  unknownOffice,
  unknownPerson,
  unknownSeat,
  unknownVillage,
} from '../problems/catalogue/team.js';
import { type InputProblemCode, parseWithSchema } from '../problems/input.js';
import { type Problem, type ProblemPath, raise } from '../problems/problem.js';
import type { Label } from '../text/label.js';
import { type TeamChange, type TeamChangeInput, TeamChangesSchema } from './changes.js';
import {
  type Decision,
  type DecisionInput,
  DecisionSchema,
  type FormerName,
  type Seat,
  type SeatHolding,
  type Supervision,
  type Team,
  type TeamCommune,
  TeamSchema,
} from './schema.js';

/**
 * The codes of {@link AmendProblem}.
 *
 * @category Team
 */
export type AmendProblemCode =
  | InputProblemCode
  | 'duplicate_id'
  | 'unknown_seat'
  | 'unknown_person'
  | 'unknown_place'
  | 'unknown_body'
  | 'unknown_office'
  | 'unknown_village'
  | 'ex_officio_seat'
  | 'seat_not_active'
  | 'decision_before_team'
  | 'invalid_argument';

/**
 * Why {@link amendTeam} cannot apply a decision.
 *
 * @category Team
 */
export type AmendProblem = Problem<AmendProblemCode>;

/** The team being amended: its lists copied, indexed by seat id, changed in place. */
interface Draft {
  readonly team: Team;
  readonly decision: Decision;
  /** The day the decision takes effect, and the eve, the last day of what it ends. */
  readonly from: IsoDate;
  readonly eve: IsoDate;
  readonly seats: Seat[];
  readonly seatAt: Map<string, number>;
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
  readonly problems: AmendProblem[];
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function draftOf(team: Team, decision: Decision): Draft {
  const from = decision.effectiveFrom ?? decision.date;
  const seatAt = new Map<string, number>();
  team.seats.forEach((seat, i) => {
    if (!seatAt.has(seat.id)) seatAt.set(seat.id, i);
  });
  const openHoldings = new Map<string, number[]>();
  team.seatHoldings.forEach((h, i) => {
    if (isActive(h, from)) push(openHoldings, h.seatId, i);
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
    seats: [...team.seats],
    seatAt,
    holdings: [...team.seatHoldings],
    openHoldings,
    supervision: [...team.supervision],
    openRows,
    communes: [...team.communes],
    reportsTo: [...team.reportsTo],
    name: team.name,
    formerNames: [...(team.formerNames ?? [])],
    to: team.to,
    problems: [],
  };
}

/** The decision itself: a new id, taking effect after the team was founded. */
function checkDecision(draft: Draft): void {
  const { team, decision, from } = draft;
  if (teamIndex(team).decisionById.has(decision.id)) {
    draft.problems.push(
      raise(duplicateId, ['decision', 'id'], { id: decision.id, collection: 'decisions' as const }),
    );
  }
  if (from <= team.from) {
    const at = decision.effectiveFrom === undefined ? 'date' : 'effectiveFrom';
    draft.problems.push(
      raise(decisionBeforeTeam, ['decision', at], {
        decision: decisionRef(decision),
        effectiveFrom: from,
        teamFrom: team.from,
      }),
    );
  }
}

/** A seat a change names, in force on the day the decision takes effect. */
function seatInForce(draft: Draft, seatId: string, path: ProblemPath): Seat | undefined {
  const at = draft.seatAt.get(seatId);
  const seat = at === undefined ? undefined : draft.seats[at];
  if (!seat) {
    draft.problems.push(raise(unknownSeat, path, { seatId }));
    return undefined;
  }
  if (!isActive(seat, draft.from)) {
    draft.problems.push(
      raise(seatNotActive, path, {
        seat: seatRef(draft.team, seat, draft.from),
        date: draft.from,
        end: seat.to ?? null,
      }),
    );
  }
  return seat;
}

function knownPerson(draft: Draft, personId: string | undefined, path: ProblemPath): boolean {
  if (personId === undefined || teamIndex(draft.team).personById.has(personId)) return true;
  draft.problems.push(raise(unknownPerson, path, { personId }));
  return false;
}

/** Ends the holdings of a seat in force on the decision's day, on the eve. */
function endHoldings(draft: Draft, seatId: string): void {
  for (const i of draft.openHoldings.get(seatId) ?? []) {
    const h = draft.holdings[i] as SeatHolding;
    draft.holdings[i] = {
      seatId: h.seatId,
      personId: h.personId,
      from: h.from,
      to: draft.eve,
      ...(h.decisionId === undefined ? {} : { decisionId: h.decisionId }),
      ...(h.source === undefined ? {} : { source: h.source }),
    };
  }
  draft.openHoldings.delete(seatId);
}

/** A new holding of a seat from the decision's day. */
function addHolding(draft: Draft, seatId: string, personId: string): void {
  draft.holdings.push({ seatId, personId, from: draft.from, decisionId: draft.decision.id });
  push(draft.openHoldings, seatId, draft.holdings.length - 1);
}

function replaceHolder(
  draft: Draft,
  change: Extract<TeamChange, { kind: 'replaceHolder' }>,
  at: ProblemPath,
): void {
  const seat = seatInForce(draft, change.seatId, [...at, 'seatId']);
  if (seat?.filling.kind === 'exOfficio') {
    draft.problems.push(
      raise(exOfficioSeat, [...at, 'seatId'], { seat: seatRef(draft.team, seat, draft.from) }),
    );
  } else if (seat && knownPerson(draft, change.personId, [...at, 'personId'])) {
    endHoldings(draft, seat.id);
    addHolding(draft, seat.id, change.personId);
  }
}

/** The place, body or office a new seat's filling names, when the team has none such. */
function fillingProblem(draft: Draft, filling: Seat['filling'], at: ProblemPath): AmendProblem[] {
  const index = teamIndex(draft.team);
  const path = [...at, 'filling'];
  switch (filling.kind) {
    case 'exOfficio':
      return index.officeById.has(filling.officeId)
        ? []
        : [raise(unknownOffice, [...path, 'officeId'], { officeId: filling.officeId })];
    case 'delegate':
      return index.bodyById.has(filling.bodyId)
        ? []
        : [raise(unknownBody, [...path, 'bodyId'], { bodyId: filling.bodyId })];
    case 'villageHead':
      return index.placeById.get(filling.villageId)?.level === 'village'
        ? []
        : [raise(unknownVillage, [...path, 'villageId'], { villageId: filling.villageId })];
    default:
      return [];
  }
}

function addSeat(draft: Draft, change: Extract<TeamChange, { kind: 'addSeat' }>, at: ProblemPath) {
  if (draft.seatAt.has(change.seatId)) {
    draft.problems.push(
      raise(duplicateId, [...at, 'seatId'], { id: change.seatId, collection: 'seats' as const }),
    );
    return;
  }
  const filling = fillingProblem(draft, change.filling, at);
  draft.problems.push(...filling);
  if (!knownPerson(draft, change.personId, [...at, 'personId']) || filling.length > 0) return;
  const { seatId, role, titles, personId, ruleId } = change;
  draft.seats.push({
    id: seatId,
    role,
    filling: change.filling,
    titles: titles ?? [],
    ...(ruleId === undefined ? {} : { ruleId }),
    from: draft.from,
    decisionId: draft.decision.id,
  });
  draft.seatAt.set(seatId, draft.seats.length - 1);
  if (personId !== undefined) addHolding(draft, seatId, personId);
}

/** Ends a seat, its holdings and the supervision rows to and from it, on the eve. */
function endSeat(draft: Draft, change: Extract<TeamChange, { kind: 'endSeat' }>, at: ProblemPath) {
  const seat = seatInForce(draft, change.seatId, [...at, 'seatId']);
  if (!seat || !isActive(seat, draft.from)) return;
  const position = draft.seatAt.get(seat.id) as number;
  const { to: _to, endDecisionId: _end, decisionId, ...rest } = seat;
  draft.seats[position] = {
    ...rest,
    to: draft.eve,
    ...(decisionId === undefined ? {} : { decisionId }),
    endDecisionId: draft.decision.id,
  };
  endHoldings(draft, seat.id);
  for (const i of draft.openRows.get(seat.id) ?? []) {
    const row = draft.supervision[i] as Supervision;
    if (!isActive(row, draft.from)) continue;
    draft.supervision[i] = {
      seatId: row.seatId,
      supervisorSeatId: row.supervisorSeatId,
      ...(row.from === undefined ? {} : { from: row.from }),
      to: draft.eve,
    };
  }
  draft.openRows.delete(seat.id);
}

function moveToCommune(
  draft: Draft,
  change: Extract<TeamChange, { kind: 'moveToCommune' }>,
  at: ProblemPath,
): void {
  const index = teamIndex(draft.team);
  const unknown: AmendProblem[] = change.reportsTo.flatMap((bodyId, j) =>
    index.bodyById.has(bodyId) ? [] : [raise(unknownBody, [...at, 'reportsTo', j], { bodyId })],
  );
  if (!index.placeById.has(change.placeId)) {
    unknown.unshift(raise(unknownPlace, [...at, 'placeId'], { placeId: change.placeId }));
  }
  if (unknown.length > 0) {
    draft.problems.push(...unknown);
    return;
  }
  draft.communes = [
    ...draft.communes.map((c) =>
      isActive(c, draft.from)
        ? { placeId: c.placeId, ...(c.from === undefined ? {} : { from: c.from }), to: draft.eve }
        : c,
    ),
    { placeId: change.placeId, from: draft.from },
  ];
  draft.reportsTo.push(...change.reportsTo);
}

/** A seat reports to another from the effective date: its open assignment ends the eve. */
function assignSupervisor(
  draft: Draft,
  change: Extract<TeamChange, { kind: 'assignSupervisor' }>,
  at: ProblemPath,
): void {
  const seat = seatInForce(draft, change.seatId, [...at, 'seatId']);
  const supervisor = seatInForce(draft, change.supervisorSeatId, [...at, 'supervisorSeatId']);
  if (!seat || !supervisor) return;
  for (const i of draft.openRows.get(seat.id) ?? []) {
    const row = draft.supervision[i];
    if (row?.seatId === seat.id && row.to === undefined) {
      draft.supervision[i] = { ...row, to: draft.eve };
    }
  }
  draft.supervision.push({
    seatId: seat.id,
    supervisorSeatId: supervisor.id,
    from: draft.from,
  });
}

function apply(draft: Draft, change: TeamChange, i: number): void {
  const at = ['changes', i];
  switch (change.kind) {
    case 'replaceHolder':
      replaceHolder(draft, change, at);
      break;
    case 'addSeat':
      addSeat(draft, change, at);
      break;
    case 'endSeat':
      endSeat(draft, change, at);
      break;
    case 'moveToCommune':
      moveToCommune(draft, change, at);
      break;
    case 'rename':
      draft.formerNames.push({ name: draft.name, to: draft.eve });
      draft.name = change.name;
      break;
    case 'assignSupervisor':
      assignSupervisor(draft, change, at);
      break;
    case 'dissolve':
      draft.to = draft.eve;
      break;
  }
}

/** The amended team, its fields in the order of the team file. */
function amended(draft: Draft): Team {
  const { to: _to, ...team } = draft.team;
  const result: Record<string, unknown> = {
    ...team,
    name: draft.name,
    formerNames: draft.formerNames.length > 0 ? draft.formerNames : undefined,
    communes: draft.communes,
    seats: draft.seats,
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

/**
 * Applies a later decision to a team without rewriting history: what it ends gets an end date
 * (the eve of the decision's effective date) and what it starts begins on that date, both
 * pointing to the decision, which is added to the team's decisions. Queries as of an earlier
 * date answer exactly as before. Ending a seat also ends its holding and the supervision rows
 * to and from it; a seat that is not in force on the decision's effective date (already ended,
 * or not yet begun) cannot be ended again nor given a new holder (`seat_not_active`), so an
 * existing end date never moves. The result is written in the order of the team file, so that
 * `serializeTeam` of it reads back to the same text. Costs O(n + k) for a team of n records and
 * k changes.
 *
 * @param team - The team.
 * @param decision - The amending or dissolving decision (read like a file: its problems have
 *   paths starting with `decision`).
 * @param changes - What it changes (read like a file: an unknown change kind is a problem at
 *   `['changes', i, 'kind']`).
 * @returns `ok(amendedTeam)`, or every problem (paths start with `decision` or `changes`); a
 *   `team` that is not a {@link Team} gives `err([invalid_argument])`.
 * @example
 * ```ts
 * import { amendTeam, type DecisionInput, holderOf } from 'to-cong-nghe-so';
 * import { dakNia2022Team } from 'to-cong-nghe-so/samples';
 *
 * const team = dakNia2022Team();
 * const decision: DecisionInput = {
 *   id: 'qd-41-2023', kind: 'amending', number: 41, symbol: 'QĐ-UBND', issuerId: 'dak-nia-pc',
 *   place: 'Đắk Nia', date: '2023-09-01', amends: '23-QD-UBND-2022',
 *   summary: 'Về việc kiện toàn Tổ công nghệ số cộng đồng xã Đắk Nia',
 *   signature: { authorities: [{ prefix: 'TM', authority: 'Ủy ban nhân dân' }], title: 'Chủ tịch', name: 'Trần Đình Tuấn' },
 * };
 * const amended = amendTeam(team, decision, [
 *   { kind: 'replaceHolder', seatId: 'schools/school-thcs', personId: 'luu-thi-yen' },
 * ])._unsafeUnwrap();
 * holderOf(amended, 'schools/school-thcs', '2023-08-31').map((p) => p?.name); // ok('Mai Thị Hương')
 * holderOf(amended, 'schools/school-thcs', '2023-09-01').map((p) => p?.name); // ok('Lưu Thị Yến')
 * amendTeam(team, decision, [{ kind: 'renameSeat' } as never])._unsafeUnwrapErr()[0]?.path;
 * // ['changes', 0, 'kind']
 * ```
 * @category Team
 */
export function amendTeam(
  team: Team,
  decision: DecisionInput,
  changes: readonly TeamChangeInput[],
): Result<Team, AmendProblem[]> {
  const checked = conformingDocument(TeamSchema, team, 'team', TEAM_ARGUMENT);
  if (checked.isErr()) return err([checked.error]);
  const parsedDecision = parseWithSchema(DecisionSchema, decision, ['decision']);
  const parsedChanges = parseWithSchema(TeamChangesSchema, changes, ['changes']);
  if (parsedDecision.isErr() || parsedChanges.isErr()) {
    return err([
      ...(parsedDecision.isErr() ? parsedDecision.error : []),
      ...(parsedChanges.isErr() ? parsedChanges.error : []),
    ]);
  }
  const draft = draftOf(checked.value, parsedDecision.value);
  checkDecision(draft);
  parsedChanges.value.forEach((change, i) => {
    apply(draft, change, i);
  });
  return draft.problems.length > 0 ? err(draft.problems) : ok(amended(draft));
}
