import * as z from 'zod';
import { lazySchema } from '../_internal/lazy-schema.js';
import { IsoDateSchema } from '../calendar/date.js';
import { PlaceSchema } from '../places/place.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { BodySchema, OfficeHoldingSchema, OfficeSchema, PersonSchema } from './schema-bodies.js';
import { DecisionSchema } from './schema-decision.js';
import { SupervisionSchema } from './schema-seats.js';

/**
 * The commune's own lists that {@link composeTeam} builds a team from (`lists.json`): its places,
 * bodies, offices and people, who holds which office, who is appointed to the named seats, who
 * each body delegates and who heads each village, the leader's assignments and the founding
 * decision. Every key of `appointments`, `delegates` and `villageHeads` must name a rule, a body
 * or a village that gets a seat, or composing reports it.
 *
 * @example
 * ```ts
 * import { TeamListsSchema } from 'to-cong-nghe-so';
 *
 * TeamListsSchema.parse({ id: 'team', communeId: 'dak-nia', from: '2022-07-27' }).people; // []
 * ```
 * @category Team
 */
export const TeamListsSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The id of the team to build. */
      id: TextSchema,
      /** The team's name; "Tổ công nghệ số cộng đồng" and the area's name when absent. */
      name: LabelSchema.optional(),
      /** The commune the team serves. */
      communeId: TextSchema,
      /** The village, for a village-level team. */
      villageId: TextSchema.optional(),
      /** The founding day; the founding decision's effective date when absent. */
      from: IsoDateSchema.optional(),
      /** The founding decision. */
      decision: DecisionSchema.optional(),
      /** The places (province, district, commune, villages). */
      places: z.array(PlaceSchema).default([]),
      /** The bodies (authorities, mass organisations, schools, police, health …). */
      bodies: z.array(BodySchema).default([]),
      /** The offices. */
      offices: z.array(OfficeSchema).default([]),
      /** The people. */
      people: z.array(PersonSchema).default([]),
      /** Who holds which office. */
      officeHoldings: z.array(OfficeHoldingSchema).default([]),
      /** For each `named` rule id, the people appointed, in order (seats `<ruleId>/1`, `/2` …). */
      appointments: z.record(z.string(), z.array(TextSchema)).default({}),
      /** For each delegating body id, the person it delegates (seat `<ruleId>/<bodyId>`). */
      delegates: z.record(z.string(), TextSchema).default({}),
      /** For each village id, its head (seat `<ruleId>/<villageId>`). */
      villageHeads: z.record(z.string(), TextSchema).default({}),
      /** The bodies the leader answers to; the commune's People's Committee and steering committee when absent. */
      reportsTo: z.array(TextSchema).optional(),
      /** The leader's assignments of seats to supervisors, by the seat ids composing creates. */
      supervision: z.array(SupervisionSchema).default([]),
    })
    .strict(),
);

/**
 * The commune's lists, parsed.
 *
 * @category Team
 */
export type TeamLists = z.infer<typeof TeamListsSchema>;

/**
 * The commune's lists as a user writes them (fields with defaults may be left out).
 *
 * @category Team
 */
export interface TeamListsInput extends z.input<typeof TeamListsSchema> {}
