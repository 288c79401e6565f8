// Article 2 of a team's decision as data: the working regime and the duties of each role, in the
// decision's own words, with placeholders for what differs from one commune to another.
import * as z from 'zod';
import { lazySchema } from '../_internal/lazy-schema.js';
import { duplicateDutyId, unknownPlaceholder } from '../problems/catalogue/duties.js';
import { addProblem } from '../problems/input.js';
import { LabelSchema, TextSchema } from '../text/label.js';

/**
 * The placeholders a duty's text may use, filled from the team on the date of the decision:
 * - `{commune}`: the generic noun of the team's commune (xã, phường, đặc khu …);
 * - `{area}`: the noun of the team's own area — its commune's for a commune-level team, its
 *   village's (thôn, tổ dân phố …) for a village-level one;
 * - `{villages}`: the nouns of the villages it covers ("thôn, bon", "tổ dân phố");
 * - `{reportsTo}`: the short names of the bodies the leader answers to ("UBND xã, Ban chỉ đạo
 *   chuyển đổi số xã").
 *
 * @example
 * ```ts
 * import { DUTY_PLACEHOLDERS } from 'to-cong-nghe-so';
 *
 * DUTY_PLACEHOLDERS; // ['{commune}', '{area}', '{villages}', '{reportsTo}']
 * ```
 * @category Duties
 */
export const DUTY_PLACEHOLDERS = Object.freeze([
  '{commune}',
  '{area}',
  '{villages}',
  '{reportsTo}',
] as const);

/**
 * The pillar of digital transformation a duty serves: the same values as the indicators'
 * `PillarSchema`.
 *
 * @category Duties
 */
export const DutyPillarSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['digitalGovernment', 'digitalEconomy', 'digitalSociety', 'foundation']),
);

/**
 * The pillar of digital transformation a duty serves.
 *
 * @category Duties
 */
export type DutyPillar = z.infer<typeof DutyPillarSchema>;

/** A text of Article 2 in both languages, its placeholders checked. */
const DutyLabelSchema = /* @__PURE__ */ lazySchema(() =>
  LabelSchema.superRefine((label, ctx) => {
    for (const language of ['vi', 'en'] as const) {
      for (const match of label[language].matchAll(/\{[^{}]*\}/gu)) {
        if (!(DUTY_PLACEHOLDERS as readonly string[]).includes(match[0])) {
          addProblem(ctx, unknownPlaceholder, { placeholder: match[0] }, [language]);
        }
      }
    }
  }),
);

/**
 * A point of a duty (the "+" items under a duty).
 *
 * @example
 * ```ts
 * import { DutyPointSchema } from 'to-cong-nghe-so';
 *
 * DutyPointSchema.parse({
 *   id: 'member.propagate.digital-government',
 *   text: { vi: 'Về chính quyền số: …', en: 'digital government: …' },
 *   pillar: 'digitalGovernment',
 * }).pillar; // 'digitalGovernment'
 * ```
 * @category Duties
 */
export const DutyPointSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id, unique in the Article 2 text (e.g. `member.propagate.digital-economy`). */
      id: TextSchema,
      /** The words of the decision, Vietnamese and English, with placeholders. */
      text: DutyLabelSchema,
      /** The pillar it serves, where it has one. */
      pillar: DutyPillarSchema.optional(),
    })
    .strict(),
);

/**
 * A point of a duty.
 *
 * @category Duties
 */
export type DutyPoint = z.infer<typeof DutyPointSchema>;

/**
 * A duty (a "-" item of Article 2), with its points.
 *
 * @example
 * ```ts
 * import { DutyItemSchema } from 'to-cong-nghe-so';
 *
 * DutyItemSchema.parse({
 *   id: 'deputy.assist',
 *   text: { vi: 'Giúp Tổ trưởng điều hành hoạt động của Tổ.', en: 'Helps the leader direct the team.' },
 * }).points; // []
 * ```
 * @category Duties
 */
export const DutyItemSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable id, unique in the Article 2 text (e.g. `deputy.assist`). */
      id: TextSchema,
      /** The words of the decision, Vietnamese and English, with placeholders. */
      text: DutyLabelSchema,
      /** The pillar it serves, where it has one. */
      pillar: DutyPillarSchema.optional(),
      /** Its points ("+" items), in order. */
      points: z.array(DutyPointSchema).default([]),
    })
    .strict(),
);

/**
 * A duty as Article 2 words it.
 *
 * @category Duties
 */
export type DutyItem = z.infer<typeof DutyItemSchema>;

/**
 * A clause of Article 2 ("1. Chế độ làm việc:", "2. Nhiệm vụ:"):
 * - `team`: items that bind every member of the team (the working regime), printed as bullets;
 * - `roles`: the duties of each role, printed as lettered points a), b), c) — one per role the
 *   team has on the decision's date, so the letters follow the roles actually present.
 *
 * @example
 * ```ts
 * import { DutyClauseSchema } from 'to-cong-nghe-so';
 *
 * DutyClauseSchema.parse({
 *   kind: 'roles',
 *   heading: { vi: 'Nhiệm vụ', en: 'Duties' },
 *   roles: { leader: [{ id: 'leader.direct', text: { vi: 'Điều hành hoạt động của Tổ.', en: 'Directs the team.' } }] },
 * }).kind; // 'roles'
 * ```
 * @category Duties
 */
export const DutyClauseSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z
      .object({
        /** Items for the whole team. */
        kind: z.literal('team'),
        /** The clause's heading, without its number and colon ("Chế độ làm việc"). */
        heading: LabelSchema,
        /** Its items, in order. */
        items: z.array(DutyItemSchema).min(1),
      })
      .strict(),
    z
      .object({
        /** The duties of each role. */
        kind: z.literal('roles'),
        /** The clause's heading, without its number and colon ("Nhiệm vụ"). */
        heading: LabelSchema,
        /** The duties of each role; a role left out has no point of its own. */
        roles: z
          .object({
            /** The leader's duties (Tổ trưởng). */
            leader: z.array(DutyItemSchema).optional(),
            /** The deputies' duties (Tổ phó). */
            deputy: z.array(DutyItemSchema).optional(),
            /** The members' duties (Tổ viên). */
            member: z.array(DutyItemSchema).optional(),
          })
          .strict(),
      })
      .strict(),
  ]),
);

/**
 * A clause of Article 2.
 *
 * @category Duties
 */
export type DutyClause = z.infer<typeof DutyClauseSchema>;

/**
 * Article 2 of a team's decision as data — "Chế độ làm việc và nhiệm vụ": its clauses in order.
 * Numbering is not data: clauses are numbered 1, 2 … in order and the role points lettered a),
 * b) … after the roles the team has, so a team without deputies gets "a) Tổ trưởng", "b) Tổ
 * viên", and `dutiesOf` cites the clause where each duty is printed in that team's decision.
 * Each duty id must be unique in the text.
 *
 * @example
 * ```ts
 * import { DutiesTextSchema, dakNia2022Template } from 'to-cong-nghe-so';
 *
 * DutiesTextSchema.parse(dakNia2022Template().duties).clauses.map((c) => c.heading.vi);
 * // ['Chế độ làm việc', 'Nhiệm vụ']
 * ```
 * @category Duties
 */
export const DutiesTextSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** Where the words come from (a decision, an official letter, the library's own wording). */
      source: TextSchema.optional(),
      /** The clauses, in order. */
      clauses: z.array(DutyClauseSchema).min(1),
    })
    .strict()
    .superRefine((text, ctx) => {
      const seen = new Set<string>();
      const check = (id: string, path: (string | number)[]) => {
        if (seen.has(id)) addProblem(ctx, duplicateDutyId, { id }, path);
        seen.add(id);
      };
      text.clauses.forEach((clause, c) => {
        const lists: [string[], DutyItem[]][] =
          clause.kind === 'team'
            ? [[['items'], clause.items]]
            : (['leader', 'deputy', 'member'] as const).map((role) => [
                ['roles', role],
                clause.roles[role] ?? [],
              ]);
        for (const [at, items] of lists) {
          items.forEach((item, i) => {
            check(item.id, ['clauses', c, ...at, i, 'id']);
            item.points.forEach((point, j) => {
              check(point.id, ['clauses', c, ...at, i, 'points', j, 'id']);
            });
          });
        }
      });
    }),
);

/**
 * Article 2 of a team's decision as data.
 *
 * @category Duties
 */
export type DutiesText = z.infer<typeof DutiesTextSchema>;

/**
 * Article 2 as a user writes it (fields with defaults may be left out).
 *
 * @category Duties
 */
export interface DutiesTextInput extends z.input<typeof DutiesTextSchema> {}
