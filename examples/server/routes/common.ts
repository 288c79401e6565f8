/** Helpers shared by the operations: parameter schemas, commune lookup, caller checks. */
import { type IsoDate, IsoDateSchema, type Label, type Seat, TextSchema } from 'to-cong-nghe-so';
import { z } from 'zod';
import { actorOf, checkCommune, type Principal } from '../access.js';
import type { Call } from '../operation.js';
import { ApiFailure, forbidden, notFound } from '../problems.js';
import type { Commune } from '../teams.js';

/** The commune in the path. */
export const CommuneParams = z.object({ commune: TextSchema }).strict();

/** An optional date to ask about (today in Vietnam by default). */
export const AsOfQuery = z.object({ asOf: IsoDateSchema.optional() }).strict();

/** Labels of what paths name. */
export const WHAT = {
  commune: { vi: 'xã', en: 'commune' },
  seat: { vi: 'vị trí', en: 'seat' },
  place: { vi: 'địa bàn', en: 'place' },
  report: { vi: 'báo cáo', en: 'report' },
  plan: { vi: 'kế hoạch', en: 'plan' },
  task: { vi: 'nhiệm vụ', en: 'task' },
} as const satisfies Record<string, Label>;

/**
 * The commune of the path, if registered and readable by the caller. A seat or body token's own
 * commune was read with the token in this request, and is not read again.
 */
export async function communeOf(
  call: Call<unknown, unknown, unknown>,
  id: string,
): Promise<Commune> {
  const own = call.principal !== undefined && call.principal.kind !== 'province';
  const commune =
    own && call.principal.commune.id === id ? call.principal.commune : await call.env.teams.get(id);
  if (!commune) throw notFound(WHAT.commune, id, ['commune']);
  const denied = checkCommune(call.principal, commune);
  if (denied) throw denied;
  return commune;
}

/** The caller's seat, when the operation is for seats only. */
export function seatOf(principal: Principal): Seat {
  if (principal.kind !== 'seat') {
    throw forbidden(
      'Chỉ thành viên của tổ (mã truy cập của một vị trí) mới làm được việc này.',
      'Only a member of the team (a token of a seat) can do this.',
    );
  }
  return principal.seat;
}

/** The seat or body the caller acts as, when the operation needs one. */
export function actor(principal: Principal): string {
  const id = actorOf(principal);
  if (id === undefined) {
    throw forbidden(
      'Cấp tỉnh chỉ được xem, không thực hiện việc này.',
      'A province reads only; it cannot do this.',
    );
  }
  return id;
}

/** A seat of the team named in the path. */
export function seatIn(commune: Commune, seatId: string): Seat {
  const seat = commune.team.seats.find((s) => s.id === seatId);
  if (!seat) throw notFound(WHAT.seat, seatId, ['seat']);
  return seat;
}

/** The date asked about: the query's, or today. */
export function asOfOf(call: Call<unknown, { asOf?: IsoDate | undefined }, unknown>): IsoDate {
  return call.query.asOf ?? call.today;
}

/** A failure when the caller may not read something. */
export function cannotRead(what: Label, id: string): ApiFailure {
  return forbidden(
    `Mã truy cập này không được xem ${what.vi} "${id}".`,
    `This token may not read ${what.en} "${id}".`,
  );
}

export { ApiFailure };
