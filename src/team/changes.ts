import * as z from 'zod';
import { lazySchema } from '../_internal/lazy-schema.js';
import { PlaceSchema } from '../places/place.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { BodySchema, OfficeSchema, PersonSchema, RoleSchema } from './schema-bodies.js';
import { SeatFillingSchema } from './schema-seats.js';

/**
 * A change a later decision makes to a team:
 * - `replaceHolder`: a new person holds a named, delegate or village-head seat;
 * - `addSeat`: a new seat (e.g. the head of a village that joined after a merger), optionally
 *   with its holder;
 * - `endSeat`: a seat ends, with its holding and the supervision rows to and from it;
 * - `moveToCommune`: the team now serves another commune (after a merger), and answers to the
 *   bodies `reportsTo` there;
 * - `rename`, `assignSupervisor`, `dissolve`: a new name, a new supervisor for a seat, the end;
 * - `addBody`, `addOffice` (optionally with its holder), `addPerson`, `addPlace`: a new record
 *   of the team's lists, in force from the decision's effective date unless it gives an earlier
 *   `from` of its own (a school that existed before it joined the area);
 * - `endBody`, `endOffice`, `endPlace`: the record ends on the eve of the effective date, with
 *   its office holdings or parent links — refused while a seat still needs it;
 * - `endPerson`: the person leaves every office they hold — refused while they hold a seat;
 * - `moveBody`: a body belongs to another place from the effective date (a school that
 *   outlives its commune);
 * - `moveVillage`: a village belongs to another commune from the effective date.
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
export const TeamChangeSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
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
    z
      .object({
        /** A new body (the new commune's People's Committee, a school that joined the area). */
        kind: z.literal('addBody'),
        /** The body; its `from` is the decision's effective date when absent. */
        body: BodySchema,
      })
      .strict(),
    z
      .object({
        /** A body ends on the eve of the effective date. */
        kind: z.literal('endBody'),
        /** The body. */
        bodyId: TextSchema,
      })
      .strict(),
    z
      .object({
        /** A body belongs to another place from the effective date. */
        kind: z.literal('moveBody'),
        /** The body. */
        bodyId: TextSchema,
        /** The place it belongs to from then on. */
        placeId: TextSchema,
        /** The act that moved it (a merger resolution). */
        source: TextSchema.optional(),
      })
      .strict(),
    z
      .object({
        /** A new office. */
        kind: z.literal('addOffice'),
        /** The office; its `from` is the decision's effective date when absent. */
        office: OfficeSchema,
        /** Who holds it, from the decision's effective date. */
        personId: TextSchema.optional(),
      })
      .strict(),
    z
      .object({
        /** An office ends on the eve of the effective date, with its holdings. */
        kind: z.literal('endOffice'),
        /** The office. */
        officeId: TextSchema,
      })
      .strict(),
    z
      .object({
        /** A new person. */
        kind: z.literal('addPerson'),
        /** The person. */
        person: PersonSchema,
      })
      .strict(),
    z
      .object({
        /** A person leaves every office they hold, on the eve of the effective date. */
        kind: z.literal('endPerson'),
        /** The person. */
        personId: TextSchema,
      })
      .strict(),
    z
      .object({
        /** A new place (a village formed or joined, a new commune). */
        kind: z.literal('addPlace'),
        /** The place; its `from` is the decision's effective date when absent. */
        place: PlaceSchema,
      })
      .strict(),
    z
      .object({
        /** A place ends on the eve of the effective date, with its parent links. */
        kind: z.literal('endPlace'),
        /** The place. */
        placeId: TextSchema,
      })
      .strict(),
    z
      .object({
        /** A village belongs to another commune from the effective date. */
        kind: z.literal('moveVillage'),
        /** The village. */
        villageId: TextSchema,
        /** The commune it belongs to from then on. */
        communeId: TextSchema,
        /** The act that moved it (a resolution of the province). */
        source: TextSchema.optional(),
      })
      .strict(),
  ]),
);

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
export const TeamChangesSchema = /* @__PURE__ */ lazySchema(() => z.array(TeamChangeSchema));
