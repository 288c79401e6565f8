// Comparators and thresholds: "trên 80%" (`>`) is not "đạt 80%" (`≥`).
import * as z from 'zod';
import { lazySchema } from '../_internal/lazy-schema.js';
import { InvalidArgumentError } from '../problems/argument.js';

/**
 * Comparators of a target. `>` is "trên 80%" (strictly more than), `≥` is "đạt 80%" (at
 * least); `>=` and `<=` are accepted on input and stored as `≥` and `≤`.
 *
 * @example
 * ```ts
 * import { ComparatorSchema } from 'to-cong-nghe-so';
 *
 * ComparatorSchema.parse('>='); // '≥'
 * ```
 * @category Indicators
 */
export const ComparatorSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .enum(['>', '≥', '≤', '<', '>=', '<='])
    .transform((value): '>' | '≥' | '≤' | '<' =>
      value === '>=' ? '≥' : value === '<=' ? '≤' : value,
    ),
);

/**
 * A comparator of a target.
 *
 * @category Indicators
 */
export type Comparator = z.output<typeof ComparatorSchema>;

/**
 * A threshold: a comparator and a value.
 *
 * @example
 * ```ts
 * import { ThresholdSchema } from 'to-cong-nghe-so';
 *
 * ThresholdSchema.parse({ comparator: '>=', value: 100 }); // { comparator: '≥', value: 100 }
 * ```
 * @category Indicators
 */
export const ThresholdSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** How a value is compared with `value`. */
      comparator: ComparatorSchema,
      /** The value to compare with, in the indicator's unit. */
      value: z.number().finite(),
    })
    .strict(),
);

/**
 * A comparator and a value.
 *
 * @category Indicators
 */
export type Threshold = z.infer<typeof ThresholdSchema>;

/**
 * Whether a value satisfies a threshold, respecting its comparator: 80 does not satisfy `> 80`
 * but does satisfy `≥ 80`.
 *
 * @param value - The value.
 * @param threshold - The comparator and value.
 * @returns Whether `value` satisfies it.
 * @throws {@link InvalidArgumentError} when `value` is not a number (or is `NaN`), or the
 *   threshold has no known comparator or no finite value.
 * @example
 * ```ts
 * import { meetsThreshold } from 'to-cong-nghe-so';
 *
 * meetsThreshold(80, { comparator: '>', value: 80 }); // false
 * meetsThreshold(80, { comparator: '≥', value: 80 }); // true
 * ```
 * @category Indicators
 */
export function meetsThreshold(value: number, threshold: Threshold): boolean {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new InvalidArgumentError('value', { vi: 'một số', en: 'a number' }, value);
  }
  const { comparator, value: limit } = (threshold ?? {}) as Partial<Threshold>;
  if (!COMPARATORS.includes(comparator as Comparator) || !Number.isFinite(limit)) {
    throw new InvalidArgumentError(
      'threshold',
      {
        vi: 'một ngưỡng { "comparator": ">", "≥", "≤" hoặc "<", "value": một số }',
        en: 'a threshold { "comparator": ">", "≥", "≤" or "<", "value": a number }',
      },
      threshold,
    );
  }
  return compareWith(value, threshold);
}

const COMPARATORS: readonly Comparator[] = ['>', '≥', '≤', '<'];

/** @internal {@link meetsThreshold} without its entry checks, for values already checked. */
export function compareWith(value: number, threshold: Threshold): boolean {
  switch (threshold.comparator) {
    case '>':
      return value > threshold.value;
    case '≥':
      return value >= threshold.value;
    case '≤':
      return value <= threshold.value;
    case '<':
      return value < threshold.value;
  }
}
