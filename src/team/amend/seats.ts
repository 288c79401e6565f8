// The changes of an amending decision to the team's seats, their holders and supervisors.
import { isActive } from '../../_internal/dated.js';
import { seatRef } from '../../_internal/team-names.js';
import { duplicateId, exOfficioSeat } from '../../problems/catalogue/team.js';
import { type ProblemPath, raise } from '../../problems/problem.js';
import type { TeamChange } from '../changes.js';
import {
  type SeatHolding,
  SeatHoldingSchema,
  SeatSchema,
  type Supervision,
  SupervisionSchema,
} from '../schema.js';
import { fillingProblem, knownPerson, seatInForce } from './checks.js';
import { append, type Draft, endedOn, inOrder, push, replace } from './draft.js';

type ChangeOf<K extends TeamChange['kind']> = Extract<TeamChange, { kind: K }>;

/** Ends the holdings of a seat in force on the decision's day, on the eve. */
function endHoldings(draft: Draft, seatId: string): void {
  for (const i of draft.openHoldings.get(seatId) ?? []) {
    draft.holdings[i] = endedOn(draft.holdings[i] as SeatHolding, draft.eve, SeatHoldingSchema);
  }
  draft.openHoldings.delete(seatId);
}

/** A new holding of a seat from the decision's day. */
function addHolding(draft: Draft, seatId: string, personId: string): void {
  draft.holdings.push({ seatId, personId, from: draft.from, decisionId: draft.decision.id });
  push(draft.openHoldings, seatId, draft.holdings.length - 1);
}

/** A new holder for a seat that is not ex officio. */
export function replaceHolder(draft: Draft, change: ChangeOf<'replaceHolder'>, at: ProblemPath) {
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

/** A new seat from the decision's day, with its first holder. */
export function addSeat(draft: Draft, change: ChangeOf<'addSeat'>, at: ProblemPath): void {
  if (draft.seats.at.has(change.seatId)) {
    draft.problems.push(
      raise(duplicateId, [...at, 'seatId'], { id: change.seatId, collection: 'seats' as const }),
    );
    return;
  }
  const filling = fillingProblem(draft, change.filling, at);
  draft.problems.push(...filling);
  if (!knownPerson(draft, change.personId, [...at, 'personId']) || filling.length > 0) return;
  const { seatId, role, titles, personId, ruleId } = change;
  append(draft.seats, {
    id: seatId,
    role,
    filling: change.filling,
    titles: titles ?? [],
    ...(ruleId === undefined ? {} : { ruleId }),
    from: draft.from,
    decisionId: draft.decision.id,
  });
  if (personId !== undefined) addHolding(draft, seatId, personId);
}

/** Ends a seat, its holdings and the supervision rows to and from it, on the eve. */
export function endSeat(draft: Draft, change: ChangeOf<'endSeat'>, at: ProblemPath): void {
  const seat = seatInForce(draft, change.seatId, [...at, 'seatId']);
  if (!seat || !isActive(seat, draft.from)) return;
  replace(
    draft.seats,
    seat.id,
    inOrder({ ...seat, to: draft.eve, endDecisionId: draft.decision.id }, SeatSchema),
  );
  endHoldings(draft, seat.id);
  for (const i of draft.openRows.get(seat.id) ?? []) {
    const row = draft.supervision[i] as Supervision;
    if (isActive(row, draft.from))
      draft.supervision[i] = endedOn(row, draft.eve, SupervisionSchema);
  }
  draft.openRows.delete(seat.id);
}

/** A seat reports to another from the effective date: its open assignment ends the eve. */
export function assignSupervisor(
  draft: Draft,
  change: ChangeOf<'assignSupervisor'>,
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
  draft.supervision.push({ seatId: seat.id, supervisorSeatId: supervisor.id, from: draft.from });
}
