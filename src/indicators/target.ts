import * as z from 'zod';
import { FIRST_YEAR, isoDateOf, LAST_YEAR } from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { type IsoDate, IsoDateSchema } from '../calendar/date.js';
import { TextSchema } from '../text/label.js';
import { ComparatorSchema, SourceSchema } from './definition.js';

/**
 * A target (chỉ tiêu): the value an indicator should reach by a date, for the whole country
 * (no `place`) or for one province, commune or village. `by` is a date, or a year (1900–2100)
 * meaning its last day. An optional baseline (the value on a date) lets progress and trajectory be judged.
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'to-cong-nghe-so';
 *
 * TargetSchema.parse({ indicator: 'fibreHouseholds', place: 'dak-nia', by: 2026, comparator: '>=', value: 90 });
 * // { indicator: 'fibreHouseholds', place: 'dak-nia', by: '2026-12-31', comparator: '≥', value: 90 }
 * ```
 * @category Indicators
 */
export const TargetSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The code of the indicator. */
      indicator: TextSchema,
      /** The place the target is set for; absent for a national target. */
      place: TextSchema.optional(),
      /** The date to reach it by, or a year (meaning 31 December of that year). */
      by: z
        .union([IsoDateSchema, z.number().int().min(FIRST_YEAR).max(LAST_YEAR)])
        .transform((by): IsoDate => (typeof by === 'number' ? isoDateOf(by, 12, 31) : by)),
      /** How the value is compared with `value`: "trên 80%" is `>`, "đạt 80%" is `≥`. */
      comparator: ComparatorSchema,
      /** The target value, in the indicator's unit. */
      value: z.number().finite(),
      /** The value the place started from, and when. */
      baseline: z
        .object({
          /** The date of the baseline value. */
          date: IsoDateSchema,
          /** The baseline value, in the indicator's unit. */
          value: z.number().finite(),
        })
        .strict()
        .optional(),
      /** The act that sets the target. */
      source: SourceSchema.optional(),
    })
    .strict(),
);

/**
 * A target, as parsed.
 *
 * @category Indicators
 */
export type Target = z.output<typeof TargetSchema>;

/**
 * A target as written in JSON.
 *
 * @category Indicators
 */
export interface TargetInput extends z.input<typeof TargetSchema> {}
