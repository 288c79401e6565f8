// A merger of communes as data: the new commune, the decision, the villages that move and the
// new commune's own bodies, offices and people.
import * as z from 'zod';
import { lazySchema } from '../_internal/lazy-schema.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { BodySchema, OfficeHoldingSchema, OfficeSchema, PersonSchema } from './schema-bodies.js';
import { DecisionSchema } from './schema-decision.js';
import { TemplateSchema } from './schema-template.js';

/**
 * The commune a merger forms: its id, kind and name, its official code and the province it
 * belongs to (the province of the first old commune when absent). It exists from the merger's
 * effective date.
 *
 * @example
 * ```ts
 * import { MergerCommuneSchema } from 'to-cong-nghe-so';
 *
 * MergerCommuneSchema.parse({ id: 'hoa-an', kind: 'ward', name: 'Hòa An' }).kind; // 'ward'
 * ```
 * @category Team
 */
export const MergerCommuneSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id, new among the places of the old teams. */
      id: TextSchema,
      /** The kind: `commune` (xã, when absent), `ward` (phường) or `specialZone` (đặc khu). */
      kind: z.enum(['commune', 'ward', 'specialZone']).optional(),
      /** The proper name without the generic noun ("Hòa An"). */
      name: TextSchema,
      /** The official code (5 digits, QĐ 19/2025/QĐ-TTg). */
      code: z
        .string()
        .regex(/^\d{2,7}$/u)
        .optional(),
      /** The province it belongs to; the province of the first old commune when absent. */
      parentId: TextSchema.optional(),
    })
    .strict(),
);

/**
 * The commune a merger forms.
 *
 * @category Team
 */
export type MergerCommune = z.infer<typeof MergerCommuneSchema>;

/**
 * A merger of communes, as {@link mergeTeams} reads it: the merged team's id and name, the new
 * commune, the decision that establishes the merged team (its effective date is the day of the
 * merger), the villages that move to the new commune, and what the new commune brings of its
 * own: bodies (its People's Committee, its steering committee …), offices, people and office
 * holdings, each in force from the effective date unless it gives an earlier first day.
 *
 * @example
 * ```ts
 * import { MergerSchema } from 'to-cong-nghe-so';
 *
 * MergerSchema.shape.villages.element.parse('thon-1'); // 'thon-1'
 * ```
 * @category Team
 */
export const MergerSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The merged team's id, new among the old teams. */
      teamId: TextSchema,
      /** The merged team's name ("Tổ công nghệ số cộng đồng xã Hòa An"). */
      name: LabelSchema,
      /** The new commune. */
      commune: MergerCommuneSchema,
      /** The decision establishing the merged team; its effective date is the day of the merger. */
      decision: DecisionSchema,
      /** The villages (of the old teams' places) that move to the new commune. */
      villages: z.array(TextSchema),
      /** The new commune's bodies. */
      bodies: z.array(BodySchema).default([]),
      /** Their offices. */
      offices: z.array(OfficeSchema).default([]),
      /** People not on any old team (the new office holders …). */
      people: z.array(PersonSchema).default([]),
      /** Who holds the new offices. */
      officeHoldings: z.array(OfficeHoldingSchema).default([]),
      /** Bodies the merged team answers to, added to the old teams' ones. */
      reportsTo: z.array(TextSchema).default([]),
      /** The template the merged team follows; the first old team's when absent. */
      template: TemplateSchema.optional(),
      /** The act that merged the communes (a resolution of the National Assembly's Standing Committee). */
      source: TextSchema.optional(),
    })
    .strict(),
);

/**
 * A merger, as {@link mergeTeams} reads it.
 *
 * @category Team
 */
export type Merger = z.infer<typeof MergerSchema>;

/**
 * A merger as a user writes it (fields with defaults may be left out).
 *
 * @category Team
 */
export interface MergerInput extends z.input<typeof MergerSchema> {}
