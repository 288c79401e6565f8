// The seats of a merged team: every seat of every old team kept as history under the id
// `<old team id>:<seat id>`, ended on the eve of the merger; the seats in force on the merger's
// day whose village, body or office is part of the new commune carried over under their own id
// (`<seat id>@<old team id>` when an earlier team's carried seat has it), with their holders and
// supervisors, from the day of the merger.
import { isActive } from '../../_internal/dated.js';
import type { IsoDate } from '../../_internal/dates.js';
import { seatRef } from '../../_internal/team-names.js';
import { seatNotCarried } from '../../problems/catalogue/team.js';
import { type Problem, raise } from '../../problems/problem.js';
import { inOrder } from '../amend/draft.js';
import {
  type Body,
  type Office,
  type Seat,
  type SeatHolding,
  SeatHoldingSchema,
  SeatSchema,
  type Supervision,
  SupervisionSchema,
  type Team,
} from '../schema.js';
import type { Merger } from '../schema-merger.js';
import type { MergedLists, MergerDays } from './lists.js';

/** The seats, holdings and supervision rows of the merged team. */
export interface MergedSeats {
  readonly seats: Seat[];
  readonly seatHoldings: SeatHolding[];
  readonly supervision: Supervision[];
  /** The carried seats, by their id in the merged team. */
  readonly carried: ReadonlySet<string>;
  /** The seats in force on the merger's day that are not carried over. */
  readonly notCarried: Problem<'seat_not_carried'>[];
}

/** The id of an old team's seat kept as history in the merged team. */
export function historyId(teamId: string, seatId: string): string {
  return `${teamId}:${seatId}`;
}

const earlier = (a: IsoDate | undefined, b: IsoDate): IsoDate => (a === undefined || a > b ? b : a);
const later = (a: IsoDate | undefined, b: IsoDate): IsoDate => (a === undefined || a < b ? b : a);
const startsBy = (record: { readonly from?: IsoDate | undefined }, eve: IsoDate) =>
  record.from === undefined || record.from <= eve;
const endsFrom = (record: { readonly to?: IsoDate | undefined }, from: IsoDate) =>
  record.to === undefined || record.to >= from;

/** What a carried seat may stand for: the merged lists by id, the villages that move. */
interface Subjects {
  readonly bodies: ReadonlyMap<string, Body>;
  readonly offices: ReadonlyMap<string, Office>;
  readonly villages: ReadonlySet<string>;
}

/** Whether what a seat stands for is part of the merged team on the merger's day. */
function carries(seat: Seat, subjects: Subjects, from: IsoDate): boolean {
  const { filling } = seat;
  const body = (id: string) => subjects.bodies.get(id);
  switch (filling.kind) {
    case 'exOfficio': {
      const office = subjects.offices.get(filling.officeId);
      const of = office && body(office.bodyId);
      return (
        office !== undefined && isActive(office, from) && (of === undefined || isActive(of, from))
      );
    }
    case 'delegate': {
      const unit = body(filling.bodyId);
      return unit !== undefined && isActive(unit, from);
    }
    case 'villageHead':
      return subjects.villages.has(filling.villageId);
    default:
      return true;
  }
}

/** The seats of one old team: as history, and carried over; `taken` holds the carried ids. */
function seatsOf(
  team: Team,
  k: number,
  context: { subjects: Subjects; merger: Merger; days: MergerDays; taken: Set<string> },
  out: MergedSeats & { seats: Seat[] },
): Map<string, string> {
  const { subjects, merger, days, taken } = context;
  const { from, eve } = days;
  const ids = new Map<string, string>();
  team.seats.forEach((seat, i) => {
    if (startsBy(seat, eve)) {
      const open = endsFrom(seat, from);
      out.seats.push(
        inOrder(
          {
            ...seat,
            id: historyId(team.id, seat.id),
            to: earlier(seat.to, eve),
            endDecisionId: open ? merger.decision.id : seat.endDecisionId,
          },
          SeatSchema,
        ),
      );
    }
    if (!endsFrom(seat, from)) return;
    if (!carries(seat, subjects, from)) {
      out.notCarried.push(
        raise(seatNotCarried, ['teams', k, 'seats', i], {
          seat: seatRef(team, seat, eve),
          team: { id: team.id, label: { ...team.name } },
          date: from,
        }),
      );
      return;
    }
    const id = taken.has(seat.id) ? `${seat.id}@${team.id}` : seat.id;
    taken.add(id);
    ids.set(seat.id, id);
    const start = later(seat.from, from);
    out.seats.push(
      inOrder({ ...seat, id, from: start, decisionId: merger.decision.id }, SeatSchema),
    );
  });
  return ids;
}

/** The holdings of one old team's seats, as history and carried over. */
function holdingsOf(
  team: Team,
  ids: ReadonlyMap<string, string>,
  days: MergerDays,
  decisionId: string,
) {
  const { from, eve } = days;
  return team.seatHoldings.flatMap((h): SeatHolding[] => {
    const rows: SeatHolding[] = [];
    if (startsBy(h, eve)) {
      rows.push(
        inOrder(
          { ...h, seatId: historyId(team.id, h.seatId), to: earlier(h.to, eve) },
          SeatHoldingSchema,
        ),
      );
    }
    const carried = ids.get(h.seatId);
    if (carried !== undefined && endsFrom(h, from)) {
      const cut = h.from < from;
      rows.push(
        inOrder(
          {
            ...h,
            seatId: carried,
            from: later(h.from, from),
            decisionId: cut ? decisionId : h.decisionId,
          },
          SeatHoldingSchema,
        ),
      );
    }
    return rows;
  });
}

/** The supervision rows of one old team, as history and carried over. */
function rowsOf(team: Team, ids: ReadonlyMap<string, string>, days: MergerDays) {
  const { from, eve } = days;
  return team.supervision.flatMap((row): Supervision[] => {
    const rows: Supervision[] = [];
    if (startsBy(row, eve)) {
      const seatId = historyId(team.id, row.seatId);
      const supervisorSeatId = historyId(team.id, row.supervisorSeatId);
      rows.push(
        inOrder({ ...row, seatId, supervisorSeatId, to: earlier(row.to, eve) }, SupervisionSchema),
      );
    }
    const seatId = ids.get(row.seatId);
    const supervisorSeatId = ids.get(row.supervisorSeatId);
    if (seatId !== undefined && supervisorSeatId !== undefined && endsFrom(row, from)) {
      rows.push(
        inOrder(
          { ...row, seatId, supervisorSeatId, from: later(row.from, from) },
          SupervisionSchema,
        ),
      );
    }
    return rows;
  });
}

/** The seats, holdings and supervision of the merged team. */
export function mergedSeats(
  teams: readonly Team[],
  lists: MergedLists,
  merger: Merger,
  days: MergerDays,
): MergedSeats {
  const out = {
    seats: [] as Seat[],
    seatHoldings: [] as SeatHolding[],
    supervision: [] as Supervision[],
    carried: new Set<string>(),
    notCarried: [] as Problem<'seat_not_carried'>[],
  };
  const subjects: Subjects = {
    bodies: new Map(lists.bodies.map((b) => [b.id, b])),
    offices: new Map(lists.offices.map((o) => [o.id, o])),
    villages: new Set(merger.villages),
  };
  const context = { subjects, merger, days, taken: out.carried };
  teams.forEach((team, k) => {
    const ids = seatsOf(team, k, context, out);
    out.seatHoldings.push(...holdingsOf(team, ids, days, merger.decision.id));
    out.supervision.push(...rowsOf(team, ids, days));
  });
  return out;
}
