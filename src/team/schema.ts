// The team file (`team.json`) and the parts it is made of.
import * as z from 'zod';
import { lazyFields, lazySchema } from '../_internal/lazy-schema.js';
import { IsoDateSchema } from '../calendar/date.js';
import { PlaceSchema } from '../places/place.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { BodySchema, OfficeHoldingSchema, OfficeSchema, PersonSchema } from './schema-bodies.js';
import { DecisionSchema } from './schema-decision.js';
import { SeatHoldingSchema, SeatSchema, SupervisionSchema } from './schema-seats.js';
import { TemplateSchema } from './schema-template.js';

export * from './schema-bodies.js';
export * from './schema-decision.js';
export * from './schema-duties.js';
export * from './schema-seats.js';
export * from './schema-template.js';

const dated = /* @__PURE__ */ lazyFields(() => ({
  /** The first day (included); open when absent. */
  from: IsoDateSchema.optional(),
  /** The last day (included); open when absent. */
  to: IsoDateSchema.optional(),
}));

/**
 * The version of the team file format this library reads and writes.
 *
 * @category Team
 */
export const TEAM_SCHEMA_VERSION = 1;

/**
 * An effective-dated link from a team to the commune it serves: a team founded in xã Đắk Nia in
 * 2022 serves phường Đông Gia Nghĩa after the 2025 merger, and keeps its 2022 context.
 *
 * @category Team
 */
export const TeamCommuneSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The commune-level place. */
      placeId: TextSchema,
      ...dated(),
    })
    .strict(),
);

/**
 * A team's link to its commune.
 *
 * @category Team
 */
export type TeamCommune = z.infer<typeof TeamCommuneSchema>;

/**
 * An earlier name of a team, held until a date: "Tổ công nghệ số cộng đồng xã Đắk Nia" until the
 * team became that of phường Đông Gia Nghĩa.
 *
 * @example
 * ```ts
 * import { FormerNameSchema } from 'to-cong-nghe-so';
 *
 * FormerNameSchema.parse({ name: { vi: 'Tổ công nghệ số cộng đồng xã Đắk Nia', en: 'Đắk Nia team' }, to: '2025-06-30' }).to;
 * // '2025-06-30'
 * ```
 * @category Team
 */
export const FormerNameSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The name. */
      name: LabelSchema,
      /** The last day it was the team's name. */
      to: IsoDateSchema,
    })
    .strict(),
);

/**
 * An earlier name of a team.
 *
 * @category Team
 */
export type FormerName = z.infer<typeof FormerNameSchema>;

/**
 * The team file (`team.json`): everything a commune keeps about its Community Digital Technology
 * Team — its places, bodies, offices, people, seats and who held them when, the leader's
 * assignments, the decisions, and the template it follows.
 *
 * @category Team
 */
export const TeamSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The JSON Schema the file follows, for editors (e.g. "./schema/team.schema.json"). */
      $schema: z.string().optional(),
      /** The version of the file format; always 1 for now. */
      schemaVersion: z.literal(TEAM_SCHEMA_VERSION),
      /** A stable id. */
      id: TextSchema,
      /** The team's name ("Tổ công nghệ số cộng đồng xã Đắk Nia"). */
      name: LabelSchema,
      /** Its earlier names, each until a date (after a merger or a renaming); none when absent. */
      formerNames: z.array(FormerNameSchema).optional(),
      /** Whether it serves a whole commune or one village. */
      scope: z.enum(['commune', 'village']),
      /** The commune it serves, over time. */
      communes: z.array(TeamCommuneSchema).min(1),
      /** The village it serves, for a village-level team. */
      villageId: TextSchema.optional(),
      /** The day the team was founded. */
      from: IsoDateSchema,
      /** The last day of the team, when dissolved. */
      to: IsoDateSchema.optional(),
      /** The founding decision. */
      foundingDecisionId: TextSchema.optional(),
      /** The template the team follows, checked by validation. */
      template: TemplateSchema.optional(),
      /** The places: province, district (history), commune(s) and villages. */
      places: z.array(PlaceSchema).default([]),
      /** The bodies. */
      bodies: z.array(BodySchema).default([]),
      /** The offices. */
      offices: z.array(OfficeSchema).default([]),
      /** The people. */
      people: z.array(PersonSchema).default([]),
      /** Who held which office when. */
      officeHoldings: z.array(OfficeHoldingSchema).default([]),
      /** The seats, in the order Article 1 lists them. */
      seats: z.array(SeatSchema).default([]),
      /** Who held which seat (not ex officio) when. */
      seatHoldings: z.array(SeatHoldingSchema).default([]),
      /** The leader's assignments of seats to supervisors. */
      supervision: z.array(SupervisionSchema).default([]),
      /** The bodies the leader answers to (the commune People's Committee, the steering committee). */
      reportsTo: z.array(TextSchema).default([]),
      /** The decisions about the team, founding one first. */
      decisions: z.array(DecisionSchema).default([]),
      /** A free note. */
      note: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A team, as read from a team file.
 *
 * @category Team
 */
export type Team = z.infer<typeof TeamSchema>;

/**
 * The team file as a user may write it (fields with defaults may be left out).
 *
 * @category Team
 */
export interface TeamInput extends z.input<typeof TeamSchema> {}
