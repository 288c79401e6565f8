// Templates: a team's composition rules as data.
import * as z from 'zod';
import { lazyFields, lazySchema } from '../_internal/lazy-schema.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { BodyKindSchema, RoleSchema } from './schema-bodies.js';
import { DutiesTextSchema } from './schema-duties.js';

const ruleBase = /* @__PURE__ */ lazyFields(() => ({
  /** A stable id, unique in the template. */
  id: TextSchema,
  /** The role of the seats the rule creates. */
  role: RoleSchema,
  /** How Article 1 words the rule in one line; one line per seat when absent. */
  line: LabelSchema.optional(),
  /** Extra titles given to the seats. */
  titles: z.array(LabelSchema).default([]),
}));

/**
 * A composition rule of a template:
 * - `named`: between `min` and `max` seats appointed by name (bodies in
 *   `recommendedBodyKinds` are recommended, e.g. the Youth Union);
 * - `exOfficio`: one seat held by whoever holds the office `officeId`;
 * - `headOf`: one seat for the head of each body of the listed kinds, each kind required
 *   ("one deputy per listed mass organisation");
 * - `delegateOf`: one delegate per body of the listed kinds ("one per school", "1 from police,
 *   1 from health"), each kind required;
 * - `villageHeads`: the head of every village of the team's area.
 *
 * @example
 * ```ts
 * import { RuleSchema } from 'to-cong-nghe-so';
 *
 * RuleSchema.parse({ id: 'schools', kind: 'delegateOf', role: 'member', bodyKinds: ['school'] }).kind;
 * // 'delegateOf'
 * ```
 * @category Team
 */
export const RuleSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z
      .object({
        ...ruleBase(),
        /** Seats appointed by name. */
        kind: z.literal('named'),
        /** The fewest seats. */
        min: z.number().int().nonnegative().default(1),
        /** The most seats; no limit when absent. */
        max: z.number().int().positive().optional(),
        /** Kinds of body the holders are recommended to come from (a warning when none does). */
        recommendedBodyKinds: z.array(BodyKindSchema).default([]),
      })
      .strict(),
    z
      .object({
        ...ruleBase(),
        /** One seat held ex officio. */
        kind: z.literal('exOfficio'),
        /** The office. */
        officeId: TextSchema,
      })
      .strict(),
    z
      .object({
        ...ruleBase(),
        /** The head of each body of some kinds. */
        kind: z.literal('headOf'),
        /** The kinds of body; each must be present. */
        bodyKinds: z.array(BodyKindSchema).min(1),
      })
      .strict(),
    z
      .object({
        ...ruleBase(),
        /** One delegate per body of some kinds. */
        kind: z.literal('delegateOf'),
        /** The kinds of delegating body (school, police, health …); each must be present. */
        bodyKinds: z.array(BodyKindSchema).min(1),
      })
      .strict(),
    z
      .object({
        ...ruleBase(),
        /** The head of every village of the team's area. */
        kind: z.literal('villageHeads'),
      })
      .strict(),
  ]),
);

/**
 * A composition rule.
 *
 * @category Team
 */
export type Rule = z.infer<typeof RuleSchema>;

/**
 * A template: composition rules (Article 1) and duties (Article 2) as data, for a commune-level
 * team (like Đắk Nia 2022, or a commune from 2025) or a village-level one (Công văn
 * 793/BTTTT-THH). Communes write their own as JSON.
 *
 * @example
 * ```ts
 * import { TemplateSchema } from 'to-cong-nghe-so';
 *
 * TemplateSchema.parse({
 *   id: 'mini',
 *   name: { vi: 'Tổ tối thiểu', en: 'Minimal team' },
 *   scope: 'commune',
 *   rules: [{ id: 'leader', kind: 'named', role: 'leader', min: 1, max: 1 }],
 * }).oneSeatPerPerson; // true
 * ```
 * @category Team
 */
export const TemplateSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id. */
      id: TextSchema,
      /** Its name. */
      name: LabelSchema,
      /** Whether it composes a team for a whole commune or for one village. */
      scope: z.enum(['commune', 'village']),
      /** Where the rules come from (a decision, an official letter). */
      source: TextSchema.optional(),
      /** Whether one person may hold only one seat at a time. */
      oneSeatPerPerson: z.boolean().default(true),
      /** The rules, in the order Article 1 lists them. */
      rules: z.array(RuleSchema).min(1),
      /**
       * Article 2 — the working regime and the duties of each role — in the words the decision
       * prints; the Đắk Nia 2022 text (or, for a village-level template, the 793 text) when absent.
       */
      duties: DutiesTextSchema.optional(),
    })
    .strict(),
);

/**
 * A template.
 *
 * @category Team
 */
export type Template = z.infer<typeof TemplateSchema>;

/**
 * A template as a user writes it (fields with defaults may be left out).
 *
 * @category Team
 */
export interface TemplateInput extends z.input<typeof TemplateSchema> {}
