import { err, ok, type Result } from 'neverthrow';
import { argumentsOrErr, trusted } from '../_internal/arguments.js';
import { valueKey } from '../_internal/data-values.js';
import { checkDate, type IsoDate } from '../_internal/dates.js';
import { keyedBy } from '../_internal/lookup.js';
import { type DateRange, type Period, periodRange } from '../calendar/period.js';
import type { Place } from '../places/place.js';
import { duplicateValue } from '../problems/catalogue/indicators.js';
import { invalidType } from '../problems/catalogue/input.js';
import {
  cleanInput,
  type InputProblem,
  limitProblems,
  problemsFromZod,
} from '../problems/input.js';
import { type Problem, raise } from '../problems/problem.js';
import { excerpt } from '../problems/words.js';
import { TextSchema } from '../text/label.js';
import { checkCatalogue, checkPlaces, checkValues, DataValueListSchema } from './arguments.js';
import type { Catalogue, Indicator } from './definition.js';
import { readPeriodId } from './period-id.js';
import { checkValue, type DataValueProblem, type ValueFacts } from './value-checks.js';
import { type DataValue, DataValueSchema } from './value-schema.js';
import { indicatorRef, periodWords, placeRef } from './words.js';

export type { DataValueProblem, DataValueProblemCode } from './value-checks.js';
export { type DataValue, DataValueSchema, valueKey } from './value-schema.js';

/**
 * What {@link parseDataValues} checks values against.
 *
 * @category Indicators
 */
export interface ParseDataValuesOptions {
  /** The indicators values may be reported for. */
  readonly catalogue: Catalogue;
  /** The known places (e.g. `team.places`). */
  readonly places: readonly Place[];
  /** Values already held; new ones are checked against them for duplicates. */
  readonly existing?: readonly DataValue[];
  /** Let a new value replace an earlier one for the same indicator, place and period. */
  readonly replace?: boolean;
  /**
   * The date values are taken on (today, for a server): a value for a period that begins later
   * is refused with the `future_period` problem. No such check without it.
   */
  readonly asOf?: IsoDate;
}

/**
 * A problem {@link parseDataValues} reports: the shape of the input, a value against the
 * catalogue and places, or options that are not what they should be.
 *
 * @category Indicators
 */
export type ParseDataValuesProblem =
  | InputProblem
  | DataValueProblem
  | Problem<'invalid_timestamp' | 'invalid_argument'>;

/** The lookups values are checked with, built once per call. */
export interface ValueLookups {
  /** Indicators by code. */
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** Places by id. */
  readonly places: ReadonlyMap<string, Place>;
  /** Values already held, by key. */
  readonly held: ReadonlyMap<string, DataValue>;
  /** Whether a new value may replace an earlier one. */
  readonly replace: boolean;
  /** The date values are taken on, when periods that have not begun are refused. */
  readonly asOf: IsoDate | undefined;
  /** The periods read so far, by id (`null` for ids that are not valid periods). */
  readonly periods: Map<string, PeriodFacts | null>;
  /** Whether each timestamp read so far is valid. */
  readonly stamps: Map<string, boolean>;
}

/** A valid period and its dates. */
interface PeriodFacts {
  readonly period: Period;
  readonly range: DateRange;
}

/** A period id read once per call: most files hold a few periods in many rows. */
function periodFacts(id: string, lookups: ValueLookups): PeriodFacts | null {
  let facts = lookups.periods.get(id);
  // Stryker disable next-line ConditionalExpression: a cache; reading the period again gives the same facts
  if (facts === undefined) {
    const read = readPeriodId(id);
    facts = read.isOk() ? { period: read.value, range: periodRange(read.value) } : null;
    lookups.periods.set(id, facts);
  }
  return facts;
}

function validStamp(stamp: string, lookups: ValueLookups): boolean {
  let valid = lookups.stamps.get(stamp);
  // Stryker disable next-line ConditionalExpression: a cache; checking the timestamp again gives the same answer
  if (valid === undefined) {
    valid = DataValueSchema.shape.reportedAt.safeParse(stamp).success;
    lookups.stamps.set(stamp, valid);
  }
  return valid;
}

const FIELDS = new Set([
  'indicator',
  'place',
  'period',
  'numerator',
  'denominator',
  'reportedBy',
  'reportedAt',
]);

/** Non-empty text with no space around it (input text is already in NFC). */
function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.trim() === value;
}

function isFiniteNumber(value: unknown): value is number {
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for anything but a number
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * @internal A cleaned item that is plainly a valid data value, read without the schema (the
 * schema gives the same value, more slowly); `undefined` when the schema must say what is wrong.
 */
export function plainValue(item: unknown, lookups: ValueLookups): DataValue | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const raw = item as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!FIELDS.has(key)) return undefined;
  const { indicator, place, period, numerator, denominator, reportedBy, reportedAt } = raw;
  // Stryker disable next-line ConditionalExpression: a period that is not text is not a period (periodFacts gives null)
  if (!isText(indicator) || !isText(place) || typeof period !== 'string') return undefined;
  if (!isFiniteNumber(numerator) || (denominator !== undefined && !isFiniteNumber(denominator)))
    return undefined;
  if (reportedBy !== undefined && !isText(reportedBy)) return undefined;
  if (
    reportedAt !== undefined &&
    // Stryker disable next-line ConditionalExpression: the timestamp's schema refuses anything but text
    !(typeof reportedAt === 'string' && validStamp(reportedAt, lookups))
  )
    return undefined;
  if (periodFacts(period, lookups) === null) return undefined;
  return {
    indicator,
    place,
    period,
    numerator,
    ...(denominator === undefined ? {} : { denominator }),
    ...(reportedBy === undefined ? {} : { reportedBy }),
    ...(reportedAt === undefined ? {} : { reportedAt: reportedAt as string }),
  };
}

const codeOf = (indicator: Indicator) => indicator.code;
const idOf = (place: Place) => place.id;

/**
 * @internal Checks the options of the data-value readers and builds their lookups.
 */
export function valueLookups(
  options: ParseDataValuesOptions,
): Result<ValueLookups, Problem<'invalid_argument'>> {
  return argumentsOrErr(() => {
    const given = (typeof options === 'object' && options !== null ? options : {}) as Partial<
      Record<keyof ParseDataValuesOptions, unknown>
    >;
    const catalogue = checkCatalogue(given.catalogue, 'options.catalogue');
    const places = checkPlaces(given.places, 'options.places');
    // Checked once per list; a list a reader returned is not checked again.
    const existing = checkValues(given.existing ?? [], 'options.existing');
    return {
      indicators: keyedBy(catalogue, codeOf),
      places: keyedBy(places, idOf),
      held: new Map(existing.map((value) => [valueKey(value), value])),
      replace: given.replace === true,
      asOf: given.asOf === undefined ? undefined : checkDate(given.asOf, 'options.asOf'),
      periods: new Map(),
      stamps: new Map(),
    };
  });
}

/** What could be read of a value that failed its schema: its parts, each on its own. */
function partialFacts(item: unknown, at: number, lookups: ValueLookups): ValueFacts {
  const raw = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  const indicator = TextSchema.safeParse(raw.indicator);
  const place = TextSchema.safeParse(raw.place);
  // Stryker disable next-line ConditionalExpression: a period that is not text is not a period (periodFacts gives null)
  const facts = typeof raw.period === 'string' ? periodFacts(raw.period, lookups) : null;
  const { numerator, denominator } = raw;
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for anything but a number
  const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  const readable = isNumber(numerator) && (denominator === undefined || isNumber(denominator));
  return {
    at,
    indicatorId: indicator.data,
    indicator: indicator.success ? lookups.indicators.get(indicator.data) : undefined,
    placeId: place.data,
    place: place.success ? lookups.places.get(place.data) : undefined,
    periodId: facts ? (raw.period as string) : undefined,
    period: facts?.period,
    range: facts?.range,
    asOf: lookups.asOf,
    ...(readable ? { quantities: { numerator, denominator } } : {}),
  };
}

function factsOf(value: DataValue, at: number, lookups: ValueLookups): ValueFacts {
  const facts = periodFacts(value.period, lookups);
  return {
    at,
    indicatorId: value.indicator,
    indicator: lookups.indicators.get(value.indicator),
    placeId: value.place,
    place: lookups.places.get(value.place),
    periodId: value.period,
    // Stryker disable next-line OptionalChaining: a value that passed its schema has a valid period
    period: facts?.period,
    // Stryker disable next-line OptionalChaining: a value that passed its schema has a valid period
    range: facts?.range,
    asOf: lookups.asOf,
    quantities: { numerator: value.numerator, denominator: value.denominator },
  };
}

/**
 * @internal Checks data values (each any value, already cleaned) against the lookups: shapes,
 * references and quantities of every value in one pass, then duplicates. Problems have paths
 * `[index, field]`. Returns the values to keep (held ones first, as {@link parseDataValues}).
 */
export function checkDataValues(
  items: readonly unknown[],
  lookups: ValueLookups,
  checked: (done: number, total: number) => void = () => {},
): Result<DataValue[], ParseDataValuesProblem[]> {
  const problems: ParseDataValuesProblem[] = [];
  const fresh = new Map<string, DataValue>();
  checked(0, items.length);
  items.forEach((item, at) => {
    checkItem(item, at, lookups, fresh, problems);
    checked(at + 1, items.length);
  });
  if (problems.length > 0) return err(problems);
  const kept = [...lookups.held]
    .filter(([key]) => !fresh.has(key))
    .map(([, value]) => ({ ...value }));
  // The list is the schema's own output: handed back to the library, it is not checked again.
  return ok(trusted(DataValueListSchema, [...kept, ...fresh.values()]));
}

/** Checks one item, adding its problems, or the value to the fresh ones. */
function checkItem(
  item: unknown,
  at: number,
  lookups: ValueLookups,
  fresh: Map<string, DataValue>,
  problems: ParseDataValuesProblem[],
): void {
  const plain = plainValue(item, lookups);
  const one = plain
    ? { success: true as const, data: plain }
    : DataValueSchema.safeParse(item, { reportInput: true });
  if (!one.success) {
    problems.push(
      ...problemsFromZod(one.error, [at]),
      ...checkValue(partialFacts(item, at, lookups)),
    );
    return;
  }
  const found = checkValue(factsOf(one.data, at, lookups));
  if (found.length > 0) {
    problems.push(...found);
    return;
  }
  const duplicate = duplicateOf(one.data, at, lookups, fresh);
  if (duplicate) {
    problems.push(duplicate);
    return;
  }
  fresh.delete(valueKey(one.data));
  fresh.set(valueKey(one.data), one.data);
}

function duplicateOf(
  value: DataValue,
  at: number,
  lookups: ValueLookups,
  fresh: ReadonlyMap<string, DataValue>,
): DataValueProblem | undefined {
  const key = valueKey(value);
  if (lookups.replace || (!lookups.held.has(key) && !fresh.has(key))) return undefined;
  return raise(duplicateValue, [at], {
    indicator: indicatorRef(value.indicator, lookups.indicators.get(value.indicator)),
    place: placeRef(value.place, lookups.places.get(value.place)),
    period: value.period,
    // Stryker disable next-line OptionalChaining: a value that passed its schema has a valid period
    periodLabel: periodWords(value.period, periodFacts(value.period, lookups)?.period),
    source: fresh.has(key) ? ('input' as const) : ('held' as const),
  });
}

/**
 * Parses data values (JSON already decoded) and checks each against the catalogue and the
 * places, reporting every problem at once (at most 100, then one saying how many more) with a
 * path `[index, field]`: the shape of each value (text in Unicode NFC, a period `2026-10`,
 * `2026-Q4`, `2026-H2` or `2026` of the years 1900–2100, finite numbers, a timestamp with an
 * offset), unknown or derived indicators, unknown places or places of the wrong level or not
 * existing in the period, a period of the wrong kind, negative quantities, fractions of counted
 * things, a missing or unexpected denominator, a numerator above its denominator, a value out of
 * the indicator's bounds, and duplicates for the same indicator, place and period (unless
 * `replace` is set, when the later value wins). A value whose shape is wrong still has its
 * indicator, place and period checked.
 *
 * Never throws: any input gives `ok` or `err`; options that are not a catalogue and places give
 * an `err` with the `invalid_argument` problem.
 *
 * @param input - An array of data values (any value is accepted and checked).
 * @param options - The catalogue, the places, values already held and whether to replace.
 * @returns The held values (minus any replaced) followed by the new ones, each a fresh object,
 *   or every problem.
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS, parseDataValues } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [
 *   { id: 'dak-nia', level: 'commune', kind: 'commune', name: 'Đắk Nia', parents: [], counts: [] },
 *   { id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [{ parentId: 'dak-nia' }], counts: [] },
 * ];
 * parseDataValues(
 *   [{ indicator: 'fibreHouseholds', place: 'thon-1', period: '2026-10', numerator: 250, denominator: 200 }],
 *   { catalogue: BUILT_IN_INDICATORS, places },
 * ).mapErr((problems) => problems.map((p) => p.code)); // err(['numerator_above_denominator'])
 * ```
 * @category Indicators
 */
export function parseDataValues(
  input: unknown,
  options: ParseDataValuesOptions,
): Result<DataValue[], ParseDataValuesProblem[]> {
  const lookups = valueLookups(options);
  if (lookups.isErr()) return err([lookups.error]);
  return cleanInput(input)
    .andThen((clean): Result<unknown[], ParseDataValuesProblem[]> => {
      if (Array.isArray(clean)) return ok(clean);
      return err([
        raise(invalidType, [], { field: '', expected: 'list' as const, received: excerpt(input) }),
      ]);
    })
    .andThen((items) => checkDataValues(items, lookups.value))
    .mapErr((problems) => limitProblems(problems) as ParseDataValuesProblem[]);
}
