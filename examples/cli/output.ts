/**
 * Small pieces of output the commands share.
 */
import type { Context, Outcome } from './context.js';
import {
  describeSeat,
  holderOf,
  type IsoDate,
  ROLE_LABELS,
  type Seat,
  type Team,
} from './library.js';
import type { Words } from './text.js';

/** "Đã ghi X" / "Wrote X", for stderr. */
export function wrote(context: Context, path: string): string {
  const shown = context.showPath(path);
  return context.paintError('green', context.t({ vi: `Đã ghi ${shown}`, en: `Wrote ${shown}` }));
}

/** Writes a document to `--out` atomically, or returns it for stdout. */
export async function documentOutcome(
  context: Context,
  text: string,
  data: Record<string, unknown> = {},
): Promise<Outcome> {
  const out = context.string('out');
  if (out === undefined) return { text, data: { ...data, text } };
  const path = context.resolvePath(out);
  await context.host.files.writeAtomic(path, text);
  return { data: { ...data, file: context.showPath(path) }, notes: [wrote(context, path)] };
}

/** The name of a seat's holder on a date, or "(trống)" / "(vacant)". */
export function holderName(team: Team, seat: Seat, asOf: IsoDate, context: Context): string {
  const person = holderOf(team, seat.id, asOf).unwrapOr(undefined);
  return person?.name ?? context.t(VACANT);
}

/** "(trống)" / "(vacant)". */
export const VACANT: Words = { vi: '(trống)', en: '(vacant)' };

/** A seat as one line: "Tổ viên — bon Bu Sir (Điểu Bri)". */
export function seatLine(
  team: Team,
  seat: Seat,
  holder: string,
  asOf: IsoDate,
  context: Context,
): string {
  const role = ROLE_LABELS[seat.role][context.lang];
  const what = describeSeat(team, seat, asOf)[context.lang];
  return `${role} — ${what || seat.id} (${holder})`;
}

/** A heading line, bold on a terminal. */
export function heading(context: Context, words: Words): string {
  return context.paint('bold', context.t(words));
}
