/**
 * Who may read and write what: the reporting chain decides. Each rule asks the library (the
 * composition on a date, the chain of a seat) and only compares seat ids.
 *
 * - a member (a village head) writes and reads their own village's data and reports;
 * - a seat reads what the seats below it in the chain send (a deputy: their members');
 * - the leader, the People's Committee and the province read everything in the commune;
 * - a report is reviewed by its receiver only (the library's `reviewReport` decides).
 */
import {
  type Body,
  chainOf,
  compositionOf,
  type IsoDate,
  type Person,
  type Report,
  type Seat,
  type Task,
  type Team,
} from 'to-cong-nghe-so';
import { type ApiFailure, forbidden } from './problems.js';
import type { Commune } from './teams.js';

/** Who is calling, from their token. */
export type Principal =
  | {
      readonly kind: 'seat';
      readonly tokenId: string;
      readonly commune: Commune;
      readonly seat: Seat;
      readonly person: Person;
    }
  | {
      readonly kind: 'body';
      readonly tokenId: string;
      readonly commune: Commune;
      readonly body: Body;
    }
  | { readonly kind: 'province'; readonly tokenId: string; readonly province: string };

/** The id the principal acts as: its seat or body (the province has none). */
export function actorOf(principal: Principal): string | undefined {
  if (principal.kind === 'seat') return principal.seat.id;
  if (principal.kind === 'body') return principal.body.id;
  return undefined;
}

/** Whether the principal may read a commune at all; the failure when not. */
export function checkCommune(principal: Principal, commune: Commune): ApiFailure | undefined {
  const allowed =
    principal.kind === 'province'
      ? commune.province !== null && commune.province === principal.province
      : principal.commune.id === commune.id;
  return allowed
    ? undefined
    : forbidden(
        `Mã truy cập này không dùng được cho xã "${commune.id}".`,
        `This token gives no access to commune "${commune.id}".`,
      );
}

/** Whether the principal reads the whole commune: the leader, a body it reports to, the province. */
export function readsWholeCommune(principal: Principal): boolean {
  return principal.kind !== 'seat' || principal.seat.role === 'leader';
}

/**
 * Answers of the library kept per team object and date: teams are immutable and replaced as a
 * whole when they change, so an answer holds as long as its team object lives.
 */
const memo = new WeakMap<Team, Map<string, unknown>>();

function remember<T>(team: Team, key: string, compute: () => T): T {
  let answers = memo.get(team);
  if (!answers) {
    answers = new Map();
    memo.set(team, answers);
  }
  if (answers.has(key)) return answers.get(key) as T;
  if (answers.size > 10_000) answers.clear();
  const value = compute();
  answers.set(key, value);
  return value;
}

/** The seats from a seat up to the leader on a date (empty when the chain cannot be followed). */
export function chainSeatIds(team: Team, seatId: string, asOf: IsoDate): string[] {
  return remember(team, `chain\u0000${seatId}\u0000${asOf}`, () =>
    chainOf(team, seatId, { asOf }).match(
      (chain) => chain.seats.map((seat) => seat.id),
      () => [],
    ),
  );
}

/**
 * The seat that enters a place's data on a date: the village head of a village, the leader for
 * the commune's own indicators.
 */
export function writerSeatOf(team: Team, placeId: string, asOf: IsoDate): Seat | undefined {
  const place = team.places.find((p) => p.id === placeId);
  if (!place) return undefined;
  const seats = remember(team, `seats\u0000${asOf}`, () =>
    compositionOf(team, asOf).map((entry) => entry.seat),
  );
  if (place.level === 'village') {
    return seats.find((s) => s.filling.kind === 'villageHead' && s.filling.villageId === placeId);
  }
  if (place.level === 'commune') return seats.find((s) => s.role === 'leader');
  return undefined;
}

/** Whether the principal may write a place's data. */
export function canWritePlace(principal: Principal, team: Team, placeId: string, asOf: IsoDate) {
  return principal.kind === 'seat' && writerSeatOf(team, placeId, asOf)?.id === principal.seat.id;
}

/** Whether the principal may read a place's data: its writer and the seats above it. */
export function canReadPlace(principal: Principal, team: Team, placeId: string, asOf: IsoDate) {
  if (readsWholeCommune(principal)) return true;
  if (principal.kind !== 'seat') return false;
  const writer = writerSeatOf(team, placeId, asOf);
  return writer !== undefined && chainSeatIds(team, writer.id, asOf).includes(principal.seat.id);
}

/** Whether the principal may read a report: its sender, its receiver and the seats above it. */
export function canReadReport(principal: Principal, team: Team, report: Report, asOf: IsoDate) {
  if (readsWholeCommune(principal)) return true;
  if (principal.kind !== 'seat') return false;
  const me = principal.seat.id;
  return report.to === me || chainSeatIds(team, report.from, asOf).includes(me);
}

/** Whether the principal may read a task: its assigner, its assignees and the seats above them. */
export function canReadTask(principal: Principal, team: Team, task: Task, asOf: IsoDate) {
  if (readsWholeCommune(principal)) return true;
  if (principal.kind !== 'seat') return false;
  const me = principal.seat.id;
  return (
    task.assignedBy === me ||
    task.assignees.some((seatId) => chainSeatIds(team, seatId, asOf).includes(me))
  );
}
