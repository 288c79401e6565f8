// The checks of a data value against the catalogue and the places, each small and testable alone.
// They run on the parts of a value that could be read, so that a value whose shape is wrong still
// has its references checked in the same pass.
import type { DateRange, Period } from '../calendar/period.js';
import type { Place } from '../places/place.js';
import {
  derivedIndicator,
  futurePeriod,
  missingDenominator,
  negativeQuantity,
  notInteger,
  numeratorAboveDenominator,
  outOfBounds,
  placeInactive,
  unexpectedDenominator,
  unknownIndicator,
  wrongPeriodKind,
  wrongPlaceLevel,
} from '../problems/catalogue/indicators.js';
import { unknownPlace } from '../problems/catalogue/places.js';
import { type Problem, raise } from '../problems/problem.js';
import { type Indicator, UNIT_SCALE } from './definition.js';
import { indicatorRef, periodWords, placeRef } from './words.js';

/**
 * The codes of {@link DataValueProblem}.
 *
 * @category Indicators
 */
export type DataValueProblemCode =
  | 'unknown_indicator'
  | 'derived_indicator'
  | 'unknown_place'
  | 'wrong_place_level'
  | 'place_inactive'
  | 'wrong_period_kind'
  | 'future_period'
  | 'negative_quantity'
  | 'not_integer'
  | 'missing_denominator'
  | 'unexpected_denominator'
  | 'numerator_above_denominator'
  | 'out_of_bounds'
  | 'duplicate_value';

/**
 * A problem with a data value against the catalogue and the places.
 *
 * @category Indicators
 */
export type DataValueProblem = Problem<DataValueProblemCode>;

/** What could be read of one data value, and what its references name. */
export interface ValueFacts {
  /** Where the value is in its input (the array index). */
  readonly at: number;
  /** The indicator code, when it is text. */
  readonly indicatorId?: string | undefined;
  /** The indicator it names, when known. */
  readonly indicator?: Indicator | undefined;
  /** The place id, when it is text. */
  readonly placeId?: string | undefined;
  /** The place it names, when known. */
  readonly place?: Place | undefined;
  /** The period id, when it is a valid period. */
  readonly periodId?: string | undefined;
  /** The period, when valid. */
  readonly period?: Period | undefined;
  /** The period's dates, when valid. */
  readonly range?: DateRange | undefined;
  /** The date values are taken on: periods that begin later are refused. */
  readonly asOf?: string | undefined;
  /** The quantities, when both could be read (the denominator may be absent). */
  readonly quantities?: { readonly numerator: number; readonly denominator?: number | undefined };
}

/** One check of a data value: the problems it finds. */
export type ValueCheck = (facts: ValueFacts) => DataValueProblem[];

/** Whether an indicator is measured (reported), not derived from villages. */
function measured(indicator: Indicator | undefined): indicator is Indicator {
  return indicator !== undefined && indicator.villagesMeeting === undefined;
}

/** The indicator is in the catalogue and is reported, not derived. */
export const checkIndicator: ValueCheck = ({ at, indicatorId, indicator }) => {
  if (indicatorId === undefined) return [];
  if (!indicator) return [raise(unknownIndicator, [at, 'indicator'], { indicatorId })];
  if (indicator.villagesMeeting) {
    return [
      raise(derivedIndicator, [at, 'indicator'], {
        indicator: indicatorRef(indicatorId, indicator),
      }),
    ];
  }
  return [];
};

/** The place is known, of the level the indicator is reported at, and existed in the period. */
export const checkPlace: ValueCheck = ({
  at,
  placeId,
  place,
  indicator,
  period,
  periodId,
  range,
}) => {
  if (placeId === undefined) return [];
  if (!place) return [raise(unknownPlace, [at, 'place'], { placeId })];
  if (measured(indicator) && place.level !== indicator.collectedAt) {
    return [
      raise(wrongPlaceLevel, [at, 'place'], {
        indicator: indicatorRef(indicator.code, indicator),
        place: placeRef(placeId, place),
        expected: indicator.collectedAt,
        level: place.level,
      }),
    ];
  }
  if (period === undefined || periodId === undefined || range === undefined) return [];
  const existed =
    (place.from === undefined || place.from <= range.end) &&
    (place.to === undefined || place.to >= range.start);
  if (existed) return [];
  return [
    raise(placeInactive, [at, 'place'], {
      place: placeRef(placeId, place),
      period: periodId,
      periodLabel: periodWords(periodId, period),
    }),
  ];
};

/** The period is of the kind the indicator is reported for. */
export const checkPeriodKind: ValueCheck = ({ at, indicator, period, periodId }) => {
  if (!measured(indicator) || period === undefined || periodId === undefined) return [];
  if (period.kind === indicator.periodKind) return [];
  return [
    raise(wrongPeriodKind, [at, 'period'], {
      indicator: indicatorRef(indicator.code, indicator),
      expected: indicator.periodKind,
      period: periodId,
    }),
  ];
};

/** The period has begun by the date values are taken on, when one is given. */
export const checkPeriodBegun: ValueCheck = ({ at, asOf, period, periodId, range }) => {
  if (asOf === undefined || period === undefined || periodId === undefined) return [];
  if (range === undefined || range.start <= asOf) return [];
  return [
    raise(futurePeriod, [at, 'period'], {
      period: periodId,
      periodLabel: periodWords(periodId, period),
      start: range.start,
      asOf,
    }),
  ];
};

type QuantityName = 'numerator' | 'denominator';

function eachQuantity(facts: ValueFacts): [QuantityName, number][] {
  const { numerator, denominator } = facts.quantities ?? {};
  // Stryker disable next-line ArrayDeclaration: an entry that is not a [name, number] pair passes no check's filter
  const out: [QuantityName, number][] = [];
  if (numerator !== undefined) out.push(['numerator', numerator]);
  if (denominator !== undefined) out.push(['denominator', denominator]);
  return out;
}

/** No quantity is negative. */
export const checkNotNegative: ValueCheck = (facts) => {
  const { at, indicator } = facts;
  if (!measured(indicator)) return [];
  return eachQuantity(facts)
    .filter(([, value]) => value < 0)
    .map(([quantity, value]) =>
      raise(negativeQuantity, [at, quantity], {
        indicator: indicatorRef(indicator.code, indicator),
        quantity,
        value,
      }),
    );
};

/** Quantities that count whole things (households, people, dossiers) are whole numbers. */
export const checkWholeCounts: ValueCheck = (facts) => {
  const { at, indicator } = facts;
  if (!measured(indicator)) return [];
  const whole: Record<QuantityName, boolean> = {
    // Stryker disable next-line OptionalChaining: a measured indicator always has a numerator (its schema requires one)
    numerator: indicator.unit === 'count' || indicator.numerator?.integer === true,
    denominator: indicator.denominator?.integer === true,
  };
  return eachQuantity(facts)
    .filter(([quantity, value]) => whole[quantity] && !Number.isInteger(value))
    .map(([quantity, value]) =>
      raise(notInteger, [at, quantity], {
        indicator: indicatorRef(indicator.code, indicator),
        quantity,
        value,
      }),
    );
};

/** A ratio indicator's value has a denominator; an absolute one's has none. */
export const checkDenominator: ValueCheck = ({ at, indicator, quantities }) => {
  if (!measured(indicator) || quantities === undefined) return [];
  const ratio = UNIT_SCALE[indicator.unit] !== undefined;
  const ref = indicatorRef(indicator.code, indicator);
  if (ratio && quantities.denominator === undefined)
    return [raise(missingDenominator, [at, 'denominator'], { indicator: ref })];
  if (!ratio && quantities.denominator !== undefined)
    return [raise(unexpectedDenominator, [at, 'denominator'], { indicator: ref })];
  return [];
};

/** A share of a whole has its numerator at most its denominator. */
export const checkShare: ValueCheck = ({ at, indicator, quantities }) => {
  if (!measured(indicator) || quantities === undefined) return [];
  const { numerator, denominator } = quantities;
  if (denominator === undefined || indicator.numeratorMayExceedDenominator) return [];
  if (numerator <= denominator) return [];
  return [
    raise(numeratorAboveDenominator, [at, 'numerator'], {
      indicator: indicatorRef(indicator.code, indicator),
      numerator,
      denominator,
    }),
  ];
};

/** The value (the ratio times its scale, or the number) lies within the indicator's bounds. */
export const checkBounds: ValueCheck = ({ at, indicator, quantities }) => {
  if (!measured(indicator) || quantities === undefined || indicator.bounds === undefined) return [];
  const { numerator, denominator } = quantities;
  const scale = UNIT_SCALE[indicator.unit];
  const shown =
    scale === undefined ? numerator : denominator ? (numerator / denominator) * scale : undefined;
  const { min, max } = indicator.bounds;
  if (shown === undefined) return [];
  if ((min === undefined || shown >= min) && (max === undefined || shown <= max)) return [];
  return [
    raise(outOfBounds, [at, 'numerator'], {
      indicator: indicatorRef(indicator.code, indicator),
      value: shown,
      min: min ?? null,
      max: max ?? null,
    }),
  ];
};

/** The checks of the quantities, in order; the later ones run only when the earlier find nothing. */
const QUANTITY_CHECKS: readonly (readonly ValueCheck[])[] = [
  [checkNotNegative, checkWholeCounts, checkDenominator],
  [checkShare],
  [checkBounds],
];

/** Every check of a data value, in the order their problems are listed. */
export function checkValue(facts: ValueFacts): DataValueProblem[] {
  const found = [
    ...checkIndicator(facts),
    ...checkPlace(facts),
    ...checkPeriodKind(facts),
    ...checkPeriodBegun(facts),
  ];
  for (const stage of QUANTITY_CHECKS) {
    const more = stage.flatMap((check) => check(facts));
    found.push(...more);
    if (more.length > 0) break;
  }
  return found;
}
