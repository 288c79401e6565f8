import { subDays } from 'date-fns';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { fromUtcDate, toUtcDate } from '../_internal/dates.js';
import type { IsoDate } from '../calendar/date.js';
import type { Problem } from '../problems/problem.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { isActive } from './query.js';
import {
  type Decision,
  RoleSchema,
  type Seat,
  SeatFillingSchema,
  type SeatHolding,
  type Team,
} from './schema.js';

/**
 * A change a later decision makes to a team:
 * - `replaceHolder`: a new person holds a named, delegate or village-head seat;
 * - `addSeat`: a new seat (e.g. the head of a village that joined after a merger), optionally
 *   with its holder;
 * - `endSeat`: a seat ends, with its holding and the supervision rows to and from it;
 * - `moveToCommune`: the team now serves another commune (after a merger), and answers to the
 *   bodies `reportsTo` there;
 * - `dissolve`: the team ends.
 *
 * @example
 * ```ts
 * import { TeamChangeSchema } from 'to-cong-nghe-so';
 *
 * TeamChangeSchema.parse({ kind: 'replaceHolder', seatId: 'schools/school-thcs', personId: 'p9' }).kind;
 * // 'replaceHolder'
 * ```
 * @category Team
 */
export const TeamChangeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** A new holder for a seat that is not ex officio. */
      kind: z.literal('replaceHolder'),
      /** The seat. */
      seatId: TextSchema,
      /** The new holder. */
      personId: TextSchema,
    })
    .strict(),
  z
    .object({
      /** A new seat. */
      kind: z.literal('addSeat'),
      /** The new seat's id. */
      seatId: TextSchema,
      /** Its role. */
      role: RoleSchema,
      /** How it is filled. */
      filling: SeatFillingSchema,
      /** Extra titles. */
      titles: z.array(LabelSchema).optional(),
      /** Its first holder, for a seat that is not ex officio. */
      personId: TextSchema.optional(),
      /** The template rule it counts towards. */
      ruleId: TextSchema.optional(),
    })
    .strict(),
  z
    .object({
      /** A seat ends. */
      kind: z.literal('endSeat'),
      /** The seat. */
      seatId: TextSchema,
    })
    .strict(),
  z
    .object({
      /** The team now serves another commune. */
      kind: z.literal('moveToCommune'),
      /** The commune-level place. */
      placeId: TextSchema,
      /** Bodies the leader now answers to, added to the team's `reportsTo`. */
      reportsTo: z.array(TextSchema).default([]),
    })
    .strict(),
  z
    .object({
      /** The team ends. */
      kind: z.literal('dissolve'),
    })
    .strict(),
]);

/**
 * A change a later decision makes to a team.
 *
 * @category Team
 */
export type TeamChange = z.infer<typeof TeamChangeSchema>;

/**
 * The codes of {@link AmendProblem}.
 *
 * @category Team
 */
export type AmendProblemCode =
  | 'duplicate_id'
  | 'unknown_seat'
  | 'unknown_person'
  | 'unknown_place'
  | 'ex_officio_seat'
  | 'seat_not_active'
  | 'dates_out_of_order';

/**
 * Why {@link amendTeam} cannot apply a decision.
 *
 * @category Team
 */
export type AmendProblem = Problem<AmendProblemCode>;

/**
 * Applies a later decision to a team without rewriting history: what it ends gets an end date
 * (the eve of the decision's effective date) and what it starts begins on that date, both
 * pointing to the decision, which is added to the team's decisions. Queries as of an earlier
 * date answer exactly as before. Ending a seat also ends its holding and the supervision rows
 * to and from it; a seat that is not in force on the decision's effective date (already ended,
 * or not yet begun) cannot be ended again nor given a new holder (`seat_not_active`), so an
 * existing end date never moves.
 *
 * @param team - The team.
 * @param decision - The amending or dissolving decision.
 * @param changes - What it changes.
 * @returns `ok(amendedTeam)`, or every problem (paths point into `changes`).
 * @example
 * ```ts
 * import { amendTeam, DecisionSchema, dakNia2022Team, holderOf } from 'to-cong-nghe-so';
 *
 * const team = dakNia2022Team();
 * const decision = DecisionSchema.parse({
 *   id: 'qd-41-2023', kind: 'amending', number: 41, symbol: 'QĐ-UBND', issuerId: 'dak-nia-pc',
 *   place: 'Đắk Nia', date: '2023-09-01', amends: '23-QD-UBND-2022',
 *   summary: 'Về việc kiện toàn Tổ công nghệ số cộng đồng xã Đắk Nia',
 *   signature: { prefix: 'TM', authority: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Trần Đình Tuấn' },
 * });
 * const amended = amendTeam(team, decision, [
 *   { kind: 'replaceHolder', seatId: 'schools/school-thcs', personId: 'luu-thi-yen' },
 * ])._unsafeUnwrap();
 * holderOf(amended, 'schools/school-thcs', '2023-08-31').map((p) => p?.name); // ok('Mai Thị Hương')
 * holderOf(amended, 'schools/school-thcs', '2023-09-01').map((p) => p?.name); // ok('Lưu Thị Yến')
 * ```
 * @category Team
 */
export function amendTeam(
  team: Team,
  decision: Decision,
  changes: readonly TeamChange[],
): Result<Team, AmendProblem[]> {
  const from: IsoDate = decision.effectiveFrom ?? decision.date;
  const eve = fromUtcDate(subDays(toUtcDate(from), 1));
  const problems: AmendProblem[] = [];
  const problem = (code: AmendProblemCode, path: (string | number)[], vi: string, en: string) =>
    problems.push({ code, path, message: { vi, en } });
  if (team.decisions.some((d) => d.id === decision.id)) {
    problem(
      'duplicate_id',
      ['decision', 'id'],
      `Tổ đã có quyết định "${decision.id}".`,
      `The team already has decision "${decision.id}".`,
    );
  }
  if (from <= team.from) {
    problem(
      'dates_out_of_order',
      ['decision', 'date'],
      `Quyết định có hiệu lực ${from}, không sau ngày thành lập tổ ${team.from}.`,
      `The decision takes effect on ${from}, not after the team was founded on ${team.from}.`,
    );
  }
  let seats = [...team.seats];
  let holdings = [...team.seatHoldings];
  let supervision = [...team.supervision];
  let next: Team = team;
  const cite = { decisionId: decision.id };
  const closeHoldings = (seatId: string) => {
    holdings = holdings.map((h) =>
      h.seatId === seatId && isActive(h, from) ? { ...h, to: eve } : h,
    );
  };
  const closeSupervision = (seatId: string) => {
    supervision = supervision.map((s) =>
      (s.seatId === seatId || s.supervisorSeatId === seatId) && isActive(s, from)
        ? { ...s, to: eve }
        : s,
    );
  };
  const checkPerson = (personId: string | undefined, path: (string | number)[]) => {
    if (personId !== undefined && !team.people.some((p) => p.id === personId)) {
      problem(
        'unknown_person',
        path,
        `Tổ không có người "${personId}".`,
        `The team has no person "${personId}".`,
      );
      return false;
    }
    return true;
  };
  const findSeat = (seatId: string, path: (string | number)[]): Seat | undefined => {
    const seat = seats.find((s) => s.id === seatId);
    if (!seat) {
      problem(
        'unknown_seat',
        path,
        `Tổ không có vị trí "${seatId}".`,
        `The team has no seat "${seatId}".`,
      );
    } else if (!isActive(seat, from)) {
      problem(
        'seat_not_active',
        path,
        `Vị trí "${seatId}" không còn (hoặc chưa có) trong tổ ngày ${from}${seat.to === undefined ? '' : ` (đã kết thúc ${seat.to})`}.`,
        `Seat "${seatId}" is not in force on ${from}${seat.to === undefined ? '' : ` (it ended on ${seat.to})`}.`,
      );
    }
    return seat;
  };
  changes.forEach((change, i) => {
    const at = ['changes', i];
    switch (change.kind) {
      case 'replaceHolder': {
        const seat = findSeat(change.seatId, [...at, 'seatId']);
        if (seat?.filling.kind === 'exOfficio') {
          problem(
            'ex_officio_seat',
            [...at, 'seatId'],
            `Vị trí "${seat.id}" theo chức vụ: hãy ghi người giữ chức vụ mới.`,
            `Seat "${seat.id}" is ex officio: record the new holder of its office instead.`,
          );
        } else if (seat && checkPerson(change.personId, [...at, 'personId'])) {
          closeHoldings(seat.id);
          holdings.push({ seatId: seat.id, personId: change.personId, from, ...cite });
        }
        break;
      }
      case 'addSeat': {
        if (seats.some((s) => s.id === change.seatId)) {
          problem(
            'duplicate_id',
            [...at, 'seatId'],
            `Tổ đã có vị trí "${change.seatId}".`,
            `The team already has seat "${change.seatId}".`,
          );
        } else if (checkPerson(change.personId, [...at, 'personId'])) {
          const { seatId, role, filling, titles, personId, ruleId } = change;
          seats.push({
            id: seatId,
            role,
            filling,
            titles: titles ?? [],
            ...(ruleId === undefined ? {} : { ruleId }),
            from,
            ...cite,
          });
          if (personId !== undefined) holdings.push({ seatId, personId, from, ...cite });
        }
        break;
      }
      case 'endSeat': {
        const seat = findSeat(change.seatId, [...at, 'seatId']);
        if (seat) {
          seats = seats.map((s) =>
            s.id === seat.id ? { ...s, to: eve, endDecisionId: decision.id } : s,
          );
          closeHoldings(seat.id);
          closeSupervision(seat.id);
        }
        break;
      }
      case 'moveToCommune':
        if (!team.places.some((p) => p.id === change.placeId)) {
          problem(
            'unknown_place',
            [...at, 'placeId'],
            `Tổ không có địa bàn "${change.placeId}".`,
            `The team has no place "${change.placeId}".`,
          );
        } else {
          next = {
            ...next,
            communes: [
              ...next.communes.map((c) => (isActive(c, from) ? { ...c, to: eve } : c)),
              { placeId: change.placeId, from },
            ],
            reportsTo: [...next.reportsTo, ...change.reportsTo],
          };
        }
        break;
      case 'dissolve':
        next = { ...next, to: eve };
        break;
    }
  });
  if (problems.length > 0) return err(problems);
  return ok({
    ...next,
    seats,
    seatHoldings: holdings satisfies SeatHolding[],
    supervision,
    decisions: [...team.decisions, decision],
  });
}
