import { checkDate, epochDay } from '../_internal/dates.js';
import type { IsoDate } from '../calendar/date.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { type Comparator, compareWith } from './definition.js';
import type { Target } from './target.js';

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
 * @throws {@link InvalidArgumentError} when the target has no real date of 1900–2100, no known
 *   comparator or no finite value, when the value is neither a finite number nor `null`, or when
 *   the baseline or `asOf` is not a real date of 1900–2100.
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
  return judgeProgress(checkProgressInput(input));
}

/** @internal {@link assessProgress} without the entry checks, for values already checked. */
export function judgeProgress(input: ProgressInput): Progress {
  const { target, value, baseline, asOf } = input;
  const expected = baseline ? expectedOn(baseline, target, asOf) : null;
  if (value == null) {
    return { progress: null, met: false, expected, status: 'noData' };
  }
  const met = compareWith(value, target);
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
  const total = epochDay(target.by) - epochDay(baseline.date);
  if (total <= 0) return target.value;
  const elapsed = epochDay(asOf) - epochDay(baseline.date);
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

const COMPARATORS: readonly Comparator[] = ['>', '≥', '≤', '<'];

function checkNumber(value: unknown, argument: string): number {
  // Number.isFinite is false for anything that is not a number.
  if (!Number.isFinite(value)) {
    throw new InvalidArgumentError(
      argument,
      { vi: 'một số hữu hạn', en: 'a finite number' },
      value,
    );
  }
  return value as number;
}

function objectOf(value: unknown, argument: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgumentError(
      argument,
      { vi: 'một đối tượng { … }', en: 'an object { … }' },
      value,
    );
  }
  return value as Record<string, unknown>;
}

/** Checks what {@link assessProgress} is given; returns a clean copy. */
function checkProgressInput(input: unknown): ProgressInput {
  const given = objectOf(input, 'input');
  const target = objectOf(given.target, 'input.target');
  if (!COMPARATORS.includes(target.comparator as Comparator)) {
    throw new InvalidArgumentError(
      'input.target.comparator',
      { vi: 'một trong ">", "≥", "≤", "<"', en: 'one of ">", "≥", "≤", "<"' },
      target.comparator,
    );
  }
  const value =
    given.value === null || given.value === undefined
      ? null
      : checkNumber(given.value, 'input.value');
  const baseline =
    given.baseline === undefined
      ? undefined
      : (() => {
          const b = objectOf(given.baseline, 'input.baseline');
          return {
            date: checkDate(b.date, 'input.baseline.date'),
            value: checkNumber(b.value, 'input.baseline.value'),
          };
        })();
  return {
    target: {
      by: checkDate(target.by, 'input.target.by'),
      comparator: target.comparator as Comparator,
      value: checkNumber(target.value, 'input.target.value'),
    },
    value,
    baseline,
    asOf: checkDate(given.asOf, 'input.asOf'),
  };
}
