// The seats of a team, who held them when, and the leader's assignments of seats to supervisors.
import * as z from 'zod';
import { lazyFields, lazySchema } from '../_internal/lazy-schema.js';
import { IsoDateSchema } from '../calendar/date.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { RoleSchema } from './schema-bodies.js';

const dated = /* @__PURE__ */ lazyFields(() => ({
  /** The first day (included); open when absent. */
  from: IsoDateSchema.optional(),
  /** The last day (included); open when absent. */
  to: IsoDateSchema.optional(),
}));

/**
 * How a seat is filled:
 * - `exOfficio`: by whoever holds the office `officeId` (the holder changes with the office);
 * - `delegate`: by the officer the body `bodyId` (a school, the police …) delegates;
 * - `villageHead`: by the head of the village `villageId`;
 * - `named`: by a person appointed by name.
 * The holders of the last three come from the team's seat holdings.
 *
 * @example
 * ```ts
 * import { SeatFillingSchema } from 'to-cong-nghe-so';
 *
 * SeatFillingSchema.parse({ kind: 'delegate', bodyId: 'school-thcs' }).kind; // 'delegate'
 * ```
 * @category Team
 */
export const SeatFillingSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z
      .object({
        /** Filled by whoever holds an office. */
        kind: z.literal('exOfficio'),
        /** The office. */
        officeId: TextSchema,
      })
      .strict(),
    z
      .object({
        /** Filled by the officer a body delegates. */
        kind: z.literal('delegate'),
        /** The delegating body (a school, the police, the health station …). */
        bodyId: TextSchema,
      })
      .strict(),
    z
      .object({
        /** Filled by the head of a village. */
        kind: z.literal('villageHead'),
        /** The village (a place). */
        villageId: TextSchema,
      })
      .strict(),
    z
      .object({
        /** Filled by a person appointed by name. */
        kind: z.literal('named'),
      })
      .strict(),
  ]),
);

/**
 * How a seat is filled.
 *
 * @category Team
 */
export type SeatFilling = z.infer<typeof SeatFillingSchema>;

/**
 * A seat: a place on the team with a role and the way it is filled. Seats carry effective
 * dates and the decisions that created and ended them, so history is kept.
 *
 * @example
 * ```ts
 * import { SeatSchema } from 'to-cong-nghe-so';
 *
 * SeatSchema.parse({
 *   id: 'leader/1',
 *   role: 'leader',
 *   filling: { kind: 'named' },
 *   titles: [{ vi: 'Phó Trưởng ban Thường trực', en: 'Standing Deputy Head of the steering committee' }],
 * }).role; // 'leader'
 * ```
 * @category Team
 */
export const SeatSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /**
       * A stable id, unique among the team's seats. `composeTeam` writes `<ruleId>/1` … for a
       * rule appointing by name, `<ruleId>` for an ex-officio rule, `<ruleId>/<bodyId>` for heads
       * and delegates of bodies, `<ruleId>/<villageId>` for village heads.
       */
      id: TextSchema,
      /** The role. */
      role: RoleSchema,
      /** How the seat is filled. */
      filling: SeatFillingSchema,
      /** Extra titles the seat carries (e.g. Standing Deputy Head of the steering committee). */
      titles: z.array(LabelSchema).default([]),
      /** The template rule the seat comes from. */
      ruleId: TextSchema.optional(),
      ...dated(),
      /** The decision that created the seat. */
      decisionId: TextSchema.optional(),
      /** The decision that ended the seat. */
      endDecisionId: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A seat on the team.
 *
 * @category Team
 */
export type Seat = z.infer<typeof SeatSchema>;

/**
 * A person's holding of a seat that is not ex officio (named, delegate, village head).
 *
 * @example
 * ```ts
 * import { SeatHoldingSchema } from 'to-cong-nghe-so';
 *
 * SeatHoldingSchema.parse({ seatId: 'leader/1', personId: 'quan-thi-ngoc', from: '2022-07-27', decisionId: '23-QD-UBND-2022' }).personId; // 'quan-thi-ngoc'
 * ```
 * @category Team
 */
export const SeatHoldingSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The seat held. */
      seatId: TextSchema,
      /** The holder. */
      personId: TextSchema,
      /** The first day held. */
      from: IsoDateSchema,
      /** The last day held (included); open when absent. */
      to: IsoDateSchema.optional(),
      /** The team decision that made it so. */
      decisionId: TextSchema.optional(),
      /** Another act that made it so (a unit's letter, a village election …). */
      source: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A holding of a seat.
 *
 * @category Team
 */
export type SeatHolding = z.infer<typeof SeatHoldingSchema>;

/**
 * The leader's assignment of a seat to a supervisor: "the head of bon Bu Sir reports to the
 * Youth Union deputy". Seats without one report to the leader.
 *
 * @example
 * ```ts
 * import { SupervisionSchema } from 'to-cong-nghe-so';
 *
 * SupervisionSchema.parse({ seatId: 'village-heads/bon-bu-sir', supervisorSeatId: 'deputies/youth-union' }).from; // undefined
 * ```
 * @category Team
 */
export const SupervisionSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The supervised seat. */
      seatId: TextSchema,
      /** The seat it reports to. */
      supervisorSeatId: TextSchema,
      ...dated(),
    })
    .strict(),
);

/**
 * An assignment of a seat to its supervisor.
 *
 * @category Team
 */
export type Supervision = z.infer<typeof SupervisionSchema>;
