// Results, obstacles and proposals as they travel up the chain: each keeps the seat that wrote
// it and the village it concerns, and appears once however many reports carry it.
import type { Result } from 'neverthrow';
import * as z from 'zod';
import { conformingDocument, conformingOptions, type ListFields } from '../_internal/arguments.js';
import { TEAM_ARGUMENT } from '../_internal/documents.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { seatOf } from '../_internal/team-view.js';
import type { Problem } from '../problems/problem.js';
import { type Team, TeamSchema } from '../team/schema.js';
import { TextSchema } from '../text/label.js';
import type { Report, ReportNote } from './report-schema.js';

/** The village a seat stands for: a village head's; `undefined` for any other seat. */
export function villageOfSeat(team: Team, seatId: string): string | undefined {
  const filling = seatOf(team, seatId)?.filling;
  return filling?.kind === 'villageHead' ? filling.villageId : undefined;
}

/** A seat's own note: the text, the seat, and its village when it is a village head's. */
export function ownNote(text: string, seatId: string, village: string | undefined): ReportNote {
  return { text, from: seatId, ...(village === undefined ? {} : { place: village }) };
}

/** What names a note once: its origin and its text. */
function noteKey(note: ReportNote): string {
  return JSON.stringify([note.from ?? '', note.place ?? '', note.text]);
}

/** The notes without repeats (same seat, village and text), in their first order. */
export function onceEach(notes: readonly ReportNote[]): ReportNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = noteKey(note);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The notes of received reports with their origin kept: a note that names none comes from the
 * report's sender (and its village, for a village head).
 */
export function carriedNotes(
  team: Team,
  received: readonly Report[],
  pick: (report: Report) => readonly ReportNote[],
): ReportNote[] {
  return received.flatMap((report) => {
    const village = villageOfSeat(team, report.from);
    return pick(report).map((note) => {
      const from = note.from ?? report.from;
      const place = note.place ?? (from === report.from ? village : undefined);
      return { text: note.text, from, ...(place === undefined ? {} : { place }) };
    });
  });
}

/**
 * Checks a team and an options object for a function that returns a Result; the options' lists
 * (`lists`, see `conformingOptions`) are checked once per list.
 */
export function checkedArguments<S extends z.ZodType>(
  team: unknown,
  schema: S,
  lists: ListFields,
  options: unknown,
  argument: string,
): Result<{ team: Team; options: z.output<S> }, Problem<'invalid_argument'>> {
  return conformingDocument(TeamSchema, team, 'team', TEAM_ARGUMENT).andThen((t) =>
    conformingOptions(schema, lists, options, argument, {
      vi: 'các tùy chọn đúng cấu trúc (xem tài liệu của hàm)',
      en: 'options of the right shape (see the function’s documentation)',
    }).map((o) => ({ team: t, options: o })),
  );
}

/** Lines of free text, as options give them. */
export const LinesSchema = /* @__PURE__ */ lazySchema(() => z.array(TextSchema));
