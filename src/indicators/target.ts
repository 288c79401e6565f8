import { differenceInCalendarDays } from 'date-fns';
import type { Result } from 'neverthrow';
import { z } from 'zod';
import { isoDateOf, toUtcDate } from '../_internal/dates.js';
import { type IsoDate, IsoDateSchema } from '../calendar/date.js';
import { type InputProblem, parseWithSchema } from '../problems/input.js';
import { TextSchema } from '../text/label.js';
import { ComparatorSchema, meetsThreshold, SourceSchema } from './definition.js';

/**
 * A target (chỉ tiêu): the value an indicator should reach by a date, for the whole country
 * (no `place`) or for one province, commune or village. `by` is a date, or a year meaning its
 * last day. An optional baseline (the value on a date) lets progress and trajectory be judged.
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
export const TargetSchema = z
  .object({
    /** The code of the indicator. */
    indicator: TextSchema,
    /** The place the target is set for; absent for a national target. */
    place: TextSchema.optional(),
    /** The date to reach it by, or a year (meaning 31 December of that year). */
    by: z
      .union([IsoDateSchema, z.number().int().min(1).max(9999)])
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
  .strict();

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
export type TargetInput = z.input<typeof TargetSchema>;

/**
 * Parses targets (JSON already decoded), reporting every problem at once.
 *
 * @param input - An array of targets.
 * @returns The targets, or the problems with paths starting at the array index.
 * @example
 * ```ts
 * import { parseTargets } from 'to-cong-nghe-so';
 *
 * parseTargets([{ indicator: 'digitalGroupHouseholds', place: 'dak-nia', by: 2026, comparator: '≥', value: 100 }])
 *   .map((targets) => targets[0]?.by); // ok('2026-12-31')
 * ```
 * @category Indicators
 */
export function parseTargets(input: unknown): Result<Target[], InputProblem[]> {
  return parseWithSchema(z.array(TargetSchema), input);
}

/**
 * Picks the target that applies to an indicator at a place for a period ending on a date: the
 * earliest target date on or after `periodEnd` (or, when all are past, the latest one), and
 * for that date the most local target — the place's own, then its nearest ancestor's, then the
 * national one.
 *
 * @param targets - All known targets.
 * @param indicator - The indicator's code.
 * @param chain - The place's id followed by its ancestors' ids, nearest first.
 * @param periodEnd - The last day of the period judged.
 * @returns The applicable target, or `undefined`.
 * @example
 * ```ts
 * import { BUILT_IN_TARGETS, selectTarget } from 'to-cong-nghe-so';
 *
 * const mine = [...BUILT_IN_TARGETS, { indicator: 'fibreHouseholds', place: 'dak-nia', by: '2025-12-31', comparator: '≥', value: 90 } as const];
 * selectTarget(mine, 'fibreHouseholds', ['thon-1', 'dak-nia'], '2025-10-31')?.value; // 90
 * selectTarget(mine, 'fibreHouseholds', ['thon-9', 'other'], '2025-10-31')?.value; // 80
 * ```
 * @category Indicators
 */
export function selectTarget(
  targets: readonly Target[],
  indicator: string,
  chain: readonly string[],
  periodEnd: IsoDate,
): Target | undefined {
  let best: Target | undefined;
  let bestRank = 0;
  for (const target of targets) {
    if (target.indicator !== indicator) continue;
    const rank = target.place === undefined ? chain.length : chain.indexOf(target.place);
    if (rank < 0) continue;
    if (best === undefined || better(target.by, best.by, periodEnd)) {
      best = target;
      bestRank = rank;
    } else if (target.by === best.by && rank < bestRank) {
      best = target;
      bestRank = rank;
    }
  }
  return best;
}

function better(candidate: IsoDate, current: IsoDate, periodEnd: IsoDate): boolean {
  const ahead = candidate >= periodEnd;
  const currentAhead = current >= periodEnd;
  if (ahead !== currentAhead) return ahead;
  return ahead ? candidate < current : candidate > current;
}

/**
 * The status of a value against its target:
 * - `met` — the target is met (respecting its comparator);
 * - `onTrack` — not yet met, but at or past the straight line from baseline to target;
 * - `behind` — below that line, or the target date has passed unmet;
 * - `noData` — no value, or no baseline to judge the trajectory of an unmet target still ahead.
 *
 * @category Indicators
 */
export type ProgressStatus = 'met' | 'onTrack' | 'behind' | 'noData';

/**
 * The assessment of a value against a target.
 *
 * @category Indicators
 */
export interface Progress {
  /**
   * How far from baseline to target the value is, in %: 100 only when met, at most 99.9 otherwise,
   * 0 when the baseline is already past the target or the value moved away from it; `null`
   * without a value, or for a lower-is-better target (`≤`, `<`) without a baseline.
   */
  readonly progress: number | null;
  /** Whether the target is met. */
  readonly met: boolean;
  /** The value the straight line from baseline to target expects on `asOf`; `null` without a baseline. */
  readonly expected: number | null;
  /** The status. */
  readonly status: ProgressStatus;
}

/**
 * What {@link assessProgress} needs.
 *
 * @category Indicators
 */
export interface ProgressInput {
  /** The target. */
  readonly target: Pick<Target, 'by' | 'comparator' | 'value'>;
  /** The current value; `null` or absent when nothing was reported. */
  readonly value?: number | null;
  /** The starting point; when absent, progress towards a `≥`/`>` target counts from 0, a `≤`/`<` target has none, and the trajectory is unknown. */
  readonly baseline?:
    | {
        /** The date of the baseline value. */
        readonly date: IsoDate;
        /** The baseline value. */
        readonly value: number;
      }
    | undefined;
  /** The date the value stands for (usually the end of its period). */
  readonly asOf: IsoDate;
}

/**
 * Assesses a value against a target: progress from baseline to target (0–100 %, 100 only when
 * met; without a baseline, a `≥`/`>` target counts from 0 and a `≤`/`<` target has no progress),
 * whether it is met (80 is not met under `> 80`, but is under `≥ 80`), the value the straight
 * line from the baseline date to the target date expects on `asOf`, and a status.
 *
 * @param input - The target, the value, the baseline and the date.
 * @returns The assessment.
 * @example
 * ```ts
 * import { assessProgress } from 'to-cong-nghe-so';
 *
 * const target = { by: '2025-12-31', comparator: '>', value: 80 } as const;
 * assessProgress({ target, value: 80, asOf: '2025-12-31' }).met; // false
 * assessProgress({ target: { ...target, comparator: '≥' }, value: 80, asOf: '2025-12-31' }).status; // 'met'
 * const by2026 = { by: '2026-12-31', comparator: '≥', value: 80 } as const;
 * assessProgress({ target: by2026, value: 50, baseline: { date: '2024-12-31', value: 40 }, asOf: '2025-12-31' });
 * // { progress: 25, met: false, expected: 60, status: 'behind' }
 * const atMost5 = { by: '2026-12-31', comparator: '≤', value: 5 } as const;
 * assessProgress({ target: atMost5, value: 10, asOf: '2026-06-30' }).progress; // null
 * assessProgress({ target: atMost5, value: 10, baseline: { date: '2025-12-31', value: 15 }, asOf: '2026-06-30' }).progress; // 50
 * ```
 * @category Indicators
 */
export function assessProgress(input: ProgressInput): Progress {
  const { target, value, baseline, asOf } = input;
  const expected = baseline ? expectedOn(baseline, target, asOf) : null;
  if (value === null || value === undefined) {
    return { progress: null, met: false, expected, status: 'noData' };
  }
  const met = meetsThreshold(value, target);
  const up = target.comparator === '>' || target.comparator === '≥';
  const progress = met
    ? 100
    : progressFrom(baseline?.value ?? (up ? 0 : null), target.value, value, up);
  if (met) return { progress, met, expected, status: 'met' };
  if (asOf >= target.by) return { progress, met, expected, status: 'behind' };
  if (expected === null) return { progress, met, expected, status: 'noData' };
  const onTrack = up ? value >= expected : value <= expected;
  return { progress, met, expected, status: onTrack ? 'onTrack' : 'behind' };
}

function expectedOn(
  baseline: { readonly date: IsoDate; readonly value: number },
  target: Pick<Target, 'by' | 'value'>,
  asOf: IsoDate,
): number {
  const total = differenceInCalendarDays(toUtcDate(target.by), toUtcDate(baseline.date));
  if (total <= 0) return target.value;
  const elapsed = differenceInCalendarDays(toUtcDate(asOf), toUtcDate(baseline.date));
  const fraction = Math.min(1, Math.max(0, elapsed / total));
  return baseline.value + (target.value - baseline.value) * fraction;
}

/** The highest progress of a value that does not meet its target. */
const UNMET_MAX = 99.9;

/**
 * Progress of an unmet value from `start` towards `goal`: `null` without a start, 0 when the
 * start is already on the far side of the goal or the value moved away from it, never 100.
 */
function progressFrom(
  start: number | null,
  goal: number,
  value: number,
  up: boolean,
): number | null {
  if (start === null) return null;
  const span = goal - start;
  if (up ? span <= 0 : span >= 0) return 0;
  return Math.min(UNMET_MAX, Math.max(0, ((value - start) / span) * 100));
}
