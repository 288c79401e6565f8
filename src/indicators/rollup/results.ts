// The last pass of a roll-up: one result per indicator and place, judged against its target.
import type { IsoDate } from '../../calendar/date.js';
import type { Place, PlaceLevel } from '../../places/place.js';
import { type Indicator, UNIT_SCALE } from '../definition.js';
import { judgeProgress, type ProgressStatus } from '../progress.js';
import { copyTarget, type TargetIndex } from '../select-target.js';
import type { Target } from '../target.js';
import type { IndexData } from './data-index.js';
import type { Totals } from './totals.js';

/**
 * How complete the data behind a result is: the reporting places expected (villages, or
 * communes for commune-collected indicators), how many reported every period they were
 * expected to, which did not, and the same counted in single reports (village × month).
 *
 * @category Indicators
 */
export interface Completeness {
  /** Reporting places expected. */
  readonly expected: number;
  /** Reporting places that reported for every period they belonged. */
  readonly reported: number;
  /** The ids of the expected places that did not report in full. */
  readonly missing: readonly string[];
  /** Reports expected (one per reporting place and base period). */
  readonly expectedReports: number;
  /** Reports received. */
  readonly actualReports: number;
}

/**
 * One indicator rolled up for one place and period.
 *
 * @category Indicators
 */
export interface IndicatorResult {
  /** The indicator's code. */
  readonly indicator: string;
  /** The place's id. */
  readonly place: string;
  /** The place's level. */
  readonly level: PlaceLevel;
  /** The period id. */
  readonly period: string;
  /** Σ numerators of the reporting places, each first combined over time; `null` without data. */
  readonly numerator: number | null;
  /** Σ denominators likewise; `null` for absolute units or without data. */
  readonly denominator: number | null;
  /** numerator ÷ denominator × the unit's scale, or the numerator for absolute units. */
  readonly value: number | null;
  /** The applicable target, or `null`. */
  readonly target: Target | null;
  /** Progress from baseline to target, 0–100 (%); `null` without a target or value. */
  readonly progress: number | null;
  /** The status against the target; `null` without a target. */
  readonly status: ProgressStatus | null;
  /** How complete the data is. */
  readonly completeness: Completeness;
}

/** What turning totals into results needs. */
export interface ResultContext {
  /** The indexed values. */
  readonly index: IndexData;
  /** The totals. */
  readonly t: Totals;
  /** The period's id. */
  readonly periodId: string;
  /** The period's last day. */
  readonly periodEnd: IsoDate;
  /** The date progress is judged on. */
  readonly asOf: IsoDate;
  /** The levels wanted. */
  readonly levels: ReadonlySet<PlaceLevel>;
  /** The targets. */
  readonly targets: TargetIndex;
  /** A place's id followed by its ancestors' ids on the period's last day. */
  readonly chainIds: (p: number) => readonly string[];
  /** The values of the baseline period, by indicator and place, and its last day. */
  readonly baselines?: {
    readonly values: ReadonlyMap<string, number | null>;
    readonly date: IsoDate;
  };
}

/** The baseline of a result: the target's own, or the value rolled up for the baseline period. */
function baselineOf(
  context: ResultContext,
  target: Target | undefined,
  indicator: string,
  place: string,
) {
  // Stryker disable next-line OptionalChaining: a baseline is looked for only when there is a target
  if (target?.baseline) return target.baseline;
  if (context.baselines === undefined) return undefined;
  const start = context.baselines.values.get(`${indicator}\u0000${place}`);
  if (start === undefined || start === null) return undefined;
  return { date: context.baselines.date, value: start };
}

/** The ids of the places that did not report in full, in the order of the places. */
function missingIds(index: IndexData, positions: number[] | undefined): string[] {
  if (positions === undefined) return [];
  return Int32Array.from(positions)
    .sort()
    .reduce<string[]>((ids, p) => {
      // Stryker disable next-line OptionalChaining,StringLiteral: p is a place of the index
      ids.push(index.places[p]?.id ?? '');
      return ids;
    }, []);
}

/** The value of a result: numerator ÷ denominator × the unit's scale, or the numerator. */
function scaledValue(
  data: boolean,
  scale: number | undefined,
  numerator: number,
  denominator: number,
) {
  if (!data) return null;
  if (scale === undefined) return numerator;
  return denominator === 0 ? null : (numerator / denominator) * scale;
}

/** The result of `indicator` at place `p`, from the totals' cell `q`. */
function resultAt(
  context: ResultContext,
  indicator: Indicator,
  scale: number | undefined,
  p: number,
  q: number,
): IndicatorResult {
  const { index, t } = context;
  const place = index.places[p] as Place;
  const data = t.data[q] === 1;
  const numerator = t.numerator[q] as number;
  const denominator = t.denominator[q] as number;
  const value = scaledValue(data, scale, numerator, denominator);
  const target = context.targets.empty
    ? undefined
    : context.targets.select(indicator.code, context.chainIds(p), context.periodEnd);
  const assessed = target
    ? judgeProgress({
        target,
        value,
        baseline: baselineOf(context, target, indicator.code, place.id),
        asOf: context.asOf,
      })
    : undefined;
  return {
    indicator: indicator.code,
    place: place.id,
    level: place.level,
    period: context.periodId,
    numerator: data ? numerator : null,
    denominator: data && scale !== undefined ? denominator : null,
    value,
    target: target ? copyTarget(target) : null,
    progress: assessed?.progress ?? null,
    status: assessed?.status ?? null,
    completeness: {
      expected: t.expected[q] as number,
      reported: t.reported[q] as number,
      missing: missingIds(index, t.missing.get(q)),
      expectedReports: t.expectedReports[q] as number,
      actualReports: t.actualReports[q] as number,
    },
  };
}

/**
 * The results: by indicator (catalogue order), then by level from the top, then in the order of
 * the places.
 */
export function results(context: ResultContext): IndicatorResult[] {
  const { index, levels, t } = context;
  const { rowOf, present } = t;
  const indicators = index.catalogue.length;
  // Stryker disable next-line ArrayDeclaration: a row that is not a place's is never present
  const rows: number[] = [];
  for (const p of index.order) {
    const place = index.places[p];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: every p is a place; a place without a row is never present
    if (place && (rowOf[p] as number) >= 0 && levels.has(place.level)) rows.push(p);
  }
  const out: IndicatorResult[] = [];
  index.catalogue.forEach((indicator, i) => {
    const scale = UNIT_SCALE[indicator.unit];
    for (const p of rows) {
      const q = (rowOf[p] as number) * indicators + i;
      if (present[q] === 1) out.push(resultAt(context, indicator, scale, p, q));
    }
  });
  return out;
}
