import * as z from 'zod';
import { deepFreeze } from '../_internal/freeze.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { inconsistentIndicator, invalidIndicatorCode } from '../problems/catalogue/indicators.js';
import { addProblem } from '../problems/input.js';
import { excerpt } from '../problems/words.js';
import { LabelSchema, TextSchema } from '../text/label.js';
import { ThresholdSchema } from './threshold.js';

export {
  type Comparator,
  ComparatorSchema,
  compareWith,
  meetsThreshold,
  type Threshold,
  ThresholdSchema,
} from './threshold.js';

/**
 * The pillars of digital transformation (Quyết định 749/QĐ-TTg): `digitalGovernment` (chính
 * quyền số), `digitalEconomy` (kinh tế số), `digitalSociety` (xã hội số), plus `foundation` for
 * the team's own work and infrastructure.
 *
 * @example
 * ```ts
 * import { PillarSchema } from 'to-cong-nghe-so';
 *
 * PillarSchema.options; // ['digitalGovernment', 'digitalEconomy', 'digitalSociety', 'foundation']
 * ```
 * @category Indicators
 */
export const PillarSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['digitalGovernment', 'digitalEconomy', 'digitalSociety', 'foundation']),
);

/**
 * A pillar of digital transformation.
 *
 * @category Indicators
 */
export type Pillar = z.infer<typeof PillarSchema>;

/**
 * The unit an indicator's value is expressed in. Ratio units (`percent`, `per100`, `per1000`,
 * `ratio`) are numerator ÷ denominator × 100, × 100, × 1000 and × 1; absolute units (`count`,
 * `VND`) are the numerator itself.
 *
 * @example
 * ```ts
 * import { UnitSchema } from 'to-cong-nghe-so';
 *
 * UnitSchema.parse('percent'); // 'percent'
 * ```
 * @category Indicators
 */
export const UnitSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['percent', 'per100', 'per1000', 'ratio', 'count', 'VND']),
);

/**
 * The unit of an indicator.
 *
 * @category Indicators
 */
export type Unit = z.infer<typeof UnitSchema>;

/**
 * The factor a ratio unit multiplies numerator ÷ denominator by; `undefined` for absolute units.
 *
 * @example
 * ```ts
 * import { UNIT_SCALE } from 'to-cong-nghe-so';
 *
 * UNIT_SCALE.percent; // 100
 * UNIT_SCALE.count; // undefined
 * ```
 * @category Indicators
 */
export const UNIT_SCALE: Readonly<Record<Unit, number | undefined>> = deepFreeze({
  percent: 100,
  per100: 100,
  per1000: 1000,
  ratio: 1,
  count: undefined,
  VND: undefined,
});

/**
 * How a quantity combines over time within a period (across places it always sums):
 * - `sum` for flows (people guided in the month: a quarter is the sum of its months);
 * - `last` for stocks (households in the group at month end: a quarter is its last reported
 *   month);
 * - `max` for the highest value reported;
 * - `average` for quantities that truly are averages over time.
 *
 * @example
 * ```ts
 * import { TimeAggregationSchema } from 'to-cong-nghe-so';
 *
 * TimeAggregationSchema.options; // ['sum', 'last', 'max', 'average']
 * ```
 * @category Indicators
 */
export const TimeAggregationSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['sum', 'last', 'max', 'average']),
);

/**
 * How a quantity combines over time.
 *
 * @category Indicators
 */
export type TimeAggregation = z.infer<typeof TimeAggregationSchema>;

/**
 * A quantity collected per place and period: the numerator or the denominator of an indicator.
 *
 * @example
 * ```ts
 * import { QuantitySchema } from 'to-cong-nghe-so';
 *
 * QuantitySchema.parse({ name: { vi: 'Số hộ', en: 'Households' }, aggregation: 'last' }).aggregation; // 'last'
 * QuantitySchema.safeParse({ name: { vi: 'Số hộ', en: 'Households' }, aggregation: 'sometimes' }).success; // false
 * ```
 * @category Indicators
 */
export const QuantitySchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** What is counted, in Vietnamese and English. */
      name: LabelSchema,
      /** How it combines over time (across places it always sums). */
      aggregation: TimeAggregationSchema,
      /** Whether it counts whole things (people, households, dossiers), so fractions are errors. */
      integer: z.boolean().optional(),
    })
    .strict(),
);

/**
 * A quantity collected per place and period.
 *
 * @category Indicators
 */
export type Quantity = z.infer<typeof QuantitySchema>;

/**
 * The two quantities a data value carries.
 *
 * @category Indicators
 */
export type QuantityName = 'numerator' | 'denominator';

/**
 * A source for an indicator or a target: the act or document, the clause, and whether the
 * library's authors read it there (`verified: true`) or only saw it widely quoted.
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'to-cong-nghe-so';
 *
 * SourceSchema.parse({ document: 'Quyết định 411/QĐ-TTg', verified: true }).verified; // true
 * ```
 * @category Indicators
 */
export const SourceSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The document: "Quyết định 749/QĐ-TTg", "Kế hoạch … của UBND tỉnh". */
      document: TextSchema,
      /** The clause cited, e.g. `Điều 2.2.c`. */
      clause: TextSchema.optional(),
      /** A link to the text. */
      url: z.url().optional(),
      /** Whether the value was read in the source itself; `false` for widely quoted figures. */
      verified: z.boolean(),
    })
    .strict(),
);

/**
 * A source of an indicator or target.
 *
 * @category Indicators
 */
export type Source = z.infer<typeof SourceSchema>;

const CODE = /^[a-z][A-Za-z0-9]*$/u;

/** An indicator code: one camelCase word of unaccented letters and digits. */
const CodeSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .superRefine((code, ctx) => {
      if (!CODE.test(code)) addProblem(ctx, invalidIndicatorCode, { input: excerpt(code) });
    })
    .meta({ pattern: CODE.source }),
);

/**
 * An indicator definition (chỉ số). Either measured — a `numerator` and, for ratio units, a
 * `denominator` collected per place and period — or derived: `villagesMeeting` counts the
 * villages whose value of another indicator meets a threshold (or, without one, their
 * target), each village judged on its own first.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from 'to-cong-nghe-so';
 *
 * IndicatorSchema.parse({
 *   code: 'zaloHouseholds',
 *   pillar: 'digitalSociety',
 *   name: { vi: 'Tỷ lệ hộ trong nhóm Zalo của thôn', en: 'Households in the village Zalo group' },
 *   unit: 'percent',
 *   numerator: { name: { vi: 'Số hộ trong nhóm', en: 'Households in the group' }, aggregation: 'last' },
 *   denominator: { name: { vi: 'Số hộ', en: 'Households' }, aggregation: 'last' },
 *   sources: [{ document: 'Quyết định 23/QĐ-UBND xã Đắk Nia', clause: 'Điều 2.2.c', verified: true }],
 * }).periodKind; // 'month'
 * ```
 * @category Indicators
 */
export const IndicatorSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** A stable code in camelCase, unique in a catalogue (e.g. `fibreHouseholds`). */
      code: CodeSchema,
      /** The pillar it belongs to. */
      pillar: PillarSchema,
      /** Its name. */
      name: LabelSchema,
      /** What it measures and how, when the name is not enough. */
      description: LabelSchema.optional(),
      /** The unit of its value. */
      unit: UnitSchema,
      /** The quantity counted (the whole value for absolute units). */
      numerator: QuantitySchema.optional(),
      /** The quantity divided by, for ratio units. */
      denominator: QuantitySchema.optional(),
      /** For a derived indicator: the indicator whose villages are counted when they meet `threshold`. */
      villagesMeeting: z
        .object({
          /** The code of the indicator judged per village. */
          indicator: CodeSchema,
          /** The threshold each village must meet; without it, each village's applicable target. */
          threshold: ThresholdSchema.optional(),
        })
        .strict()
        .optional(),
      /** Whether higher values are better (`up`) or lower ones (`down`). */
      direction: z.enum(['up', 'down']).default('up'),
      /** Valid bounds of the value; a `percent` has `max` 100 unless set otherwise. */
      bounds: z
        .object({
          /** The smallest valid value. */
          min: z.number().finite().optional(),
          /** The largest valid value. */
          max: z.number().finite().optional(),
        })
        .strict()
        .optional(),
      /** Whether the numerator may exceed the denominator (false for shares of a whole). */
      numeratorMayExceedDenominator: z.boolean().default(false),
      /** The level of place that reports it: villages (default) or the commune itself. */
      collectedAt: z.enum(['village', 'commune']).default('village'),
      /** The kind of period values are reported for (default `month`). */
      periodKind: z.enum(['month', 'quarter', 'half', 'year']).default('month'),
      /** Where the indicator is defined or required. */
      sources: z.array(SourceSchema).default([]),
    })
    .strict()
    .superRefine((indicator, ctx) => {
      const fault = quantityFault(indicator);
      if (fault === undefined) return;
      addProblem(
        ctx,
        inconsistentIndicator,
        { indicatorId: indicator.code, fault: fault.fault, unit: indicator.unit },
        [fault.field],
      );
    }),
);

/** What is inconsistent between an indicator's unit, numerator, denominator and derivation. */
function quantityFault(indicator: {
  readonly unit: Unit;
  readonly numerator?: unknown;
  readonly denominator?: unknown;
  readonly villagesMeeting?: unknown;
}):
  | {
      fault:
        | 'derivedWithQuantities'
        | 'noNumerator'
        | 'ratioWithoutDenominator'
        | 'absoluteWithDenominator';
      field: string;
    }
  | undefined {
  const ratio = UNIT_SCALE[indicator.unit] !== undefined;
  if (indicator.villagesMeeting) {
    return indicator.numerator || indicator.denominator
      ? { fault: 'derivedWithQuantities', field: 'villagesMeeting' }
      : undefined;
  }
  if (!indicator.numerator) return { fault: 'noNumerator', field: 'numerator' };
  if (ratio && !indicator.denominator)
    return { fault: 'ratioWithoutDenominator', field: 'denominator' };
  if (!ratio && indicator.denominator)
    return { fault: 'absoluteWithDenominator', field: 'denominator' };
  return undefined;
}

/**
 * An indicator definition, as parsed (defaults filled in).
 *
 * @category Indicators
 */
export type Indicator = z.output<typeof IndicatorSchema>;

/**
 * An indicator definition as written in JSON (defaults may be left out).
 *
 * @category Indicators
 */
export interface IndicatorInput extends z.input<typeof IndicatorSchema> {}

/**
 * A catalogue: the indicators a commune works with, codes unique.
 *
 * @category Indicators
 */
export type Catalogue = readonly Indicator[];
