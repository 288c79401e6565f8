// The last pass of a roll-up: one result per indicator and place, judged against its target.
import type { IsoDate } from '../../calendar/date.js';
import type { PlaceLevel } from '../../places/place.js';
import { UNIT_SCALE } from '../definition.js';
import { judgeProgress, type ProgressStatus } from '../progress.js';
import { copyTarget, type TargetIndex } from '../select-target.js';
import type { Target } from '../target.js';
import type { IndexData } from './data-index.js';
import { resultValue, type Totals } from './totals.js';

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
function baselineOf(context: ResultContext, target: Target | undefined, key: string) {
  if (target?.baseline) return target.baseline;
  const start = context.baselines?.values.get(key);
  if (start === undefined || start === null || context.baselines === undefined) return undefined;
  return { date: context.baselines.date, value: start };
}

/** The result of indicator `i` at place `p`, when it has one. */
function resultAt(context: ResultContext, i: number, p: number): IndicatorResult | undefined {
  const { index, t } = context;
  const indicator = index.catalogue[i];
  const place = index.places[p];
  const row = t.rowOf[p] as number;
  const q = row * index.catalogue.length + i;
  if (!indicator || !place || row < 0 || t.present[q] !== 1) return undefined;
  const data = t.data[q] === 1;
  const numerator = t.numerator[q] as number;
  const denominator = t.denominator[q] as number;
  const value = resultValue(indicator, data, numerator, denominator);
  const target = context.targets.empty
    ? undefined
    : context.targets.select(indicator.code, context.chainIds(p), context.periodEnd);
  const baseline = baselineOf(context, target, `${indicator.code}\u0000${place.id}`);
  const assessed = target
    ? judgeProgress({ target, value, baseline, asOf: context.asOf })
    : undefined;
  return {
    indicator: indicator.code,
    place: place.id,
    level: place.level,
    period: context.periodId,
    numerator: data ? numerator : null,
    denominator: data && UNIT_SCALE[indicator.unit] !== undefined ? denominator : null,
    value,
    target: target ? copyTarget(target) : null,
    progress: assessed?.progress ?? null,
    status: assessed?.status ?? null,
    completeness: {
      expected: t.expected[q] as number,
      reported: t.reported[q] as number,
      missing: [...(t.missing.get(q) ?? [])],
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
  const { index, levels } = context;
  const order = index.order.filter((p) => levels.has(index.places[p]?.level ?? 'village'));
  const out: IndicatorResult[] = [];
  for (let i = 0; i < index.catalogue.length; i++) {
    for (const p of order) {
      const result = resultAt(context, i, p);
      if (result) out.push(result);
    }
  }
  return out;
}
