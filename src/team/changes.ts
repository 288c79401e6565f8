import { z } from 'zod';
import { LabelSchema, TextSchema } from '../text/label.js';
import { RoleSchema } from './schema-bodies.js';
import { SeatFillingSchema } from './schema-seats.js';

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
      /** The team takes a new name (after a merger or a renaming); the old one is kept as history. */
      kind: z.literal('rename'),
      /** The new name. */
      name: LabelSchema,
    })
    .strict(),
  z
    .object({
      /** A seat now reports to another seat; its earlier assignment ends the day before. */
      kind: z.literal('assignSupervisor'),
      /** The supervised seat. */
      seatId: TextSchema,
      /** The seat it reports to from the decision's effective date. */
      supervisorSeatId: TextSchema,
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
 * A change as a user writes it (fields with defaults may be left out).
 *
 * @category Team
 */
export type TeamChangeInput = z.input<typeof TeamChangeSchema>;

/** A list of changes, as amendTeam reads it. */
export const TeamChangesSchema = z.array(TeamChangeSchema);
