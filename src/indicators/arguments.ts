// Entry checks of the typed arguments of the indicators module: catalogues, places, targets,
// data values and periods. Documents are checked once per object (see `checkDocument`).
import * as z from 'zod';
import { argumentsOrErr, checkDocument } from '../_internal/arguments.js';
import { FIRST_YEAR, isSupportedDate, LAST_YEAR } from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import {
  formatPeriod,
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  parsePeriod,
} from '../calendar/period.js';
import { type Place, PlaceKindSchema, PlaceLevelSchema, PlaceSchema } from '../places/place.js';
import { InvalidArgumentError } from '../problems/argument.js';
import type { Problem } from '../problems/problem.js';
import type { Label } from '../text/label.js';
import { BUILT_IN_INDICATORS, BUILT_IN_TARGETS } from './catalogue.js';
import { type Catalogue, IndicatorSchema } from './definition.js';
import { type Target, TargetSchema } from './target.js';
import { type DataValue, DataValueSchema } from './value-schema.js';

const EXPECTED = {
  catalogue: {
    vi: 'một danh mục chỉ số (danh sách chỉ số đúng mẫu)',
    en: 'a catalogue (a list of valid indicators)',
  },
  places: {
    vi: 'một danh sách địa bàn đúng mẫu',
    en: 'a list of valid places',
  },
  targets: { vi: 'một danh sách chỉ tiêu đúng mẫu', en: 'a list of valid targets' },
  values: { vi: 'một danh sách số liệu đúng mẫu', en: 'a list of valid data values' },
  period: {
    vi: `một kỳ { kind, year, index } có thật, năm từ ${FIRST_YEAR} đến ${LAST_YEAR}`,
    en: `a real period { kind, year, index }, year ${FIRST_YEAR} to ${LAST_YEAR}`,
  },
} satisfies Record<string, Label>;

let placesSchema: z.ZodType<readonly Place[]> | undefined;

/** A catalogue: the one schema of catalogues in the library's checks (see `checkDocument`). */
export const CatalogueSchema = /* @__PURE__ */ lazySchema(
  () => z.array(IndicatorSchema) as unknown as z.ZodType<Catalogue>,
);

function placeLists(): z.ZodType<readonly Place[]> {
  placesSchema ??= z.array(PlaceSchema);
  return placesSchema;
}

/** A list of targets: the one schema of such lists in the library's checks. */
export const TargetListSchema = /* @__PURE__ */ lazySchema(
  () => z.array(TargetSchema) as unknown as z.ZodType<readonly Target[]>,
);

/**
 * A list of data values, the one schema of such lists in the library's checks: a list checked
 * against it (or that a reader returned) is not checked again, wherever it is given.
 */
export const DataValueListSchema = /* @__PURE__ */ lazySchema(() => z.array(DataValueSchema));

/**
 * Checks a catalogue argument.
 *
 * @throws {@link InvalidArgumentError} when it is not a list of valid indicators.
 */
export function checkCatalogue(value: unknown, argument: string): Catalogue {
  // The built-in catalogue is the schema's own output (a test checks it), and frozen.
  if (value === BUILT_IN_INDICATORS) return BUILT_IN_INDICATORS;
  return checkDocument(CatalogueSchema, value, argument, EXPECTED.catalogue);
}

/** Non-empty text with no space around it. */
function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.trim() === value;
}

function isOpenDate(value: unknown): boolean {
  return value === undefined || isSupportedDate(value);
}

/** Whether a value is plainly a place, in every field the indicators module reads (cheap). */
function isPlainPlace(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const place = value as Record<string, unknown>;
  if (
    !isText(place.id) ||
    !PlaceLevelSchema.options.includes(place.level as never) ||
    !PlaceKindSchema.options.includes(place.kind as never)
  )
    return false;
  if (!isText(place.name) || !isOpenDate(place.from) || !isOpenDate(place.to)) return false;
  if (!Array.isArray(place.parents) || !Array.isArray(place.counts)) return false;
  return place.parents.every((link: unknown) => {
    if (typeof link !== 'object' || link === null) return false;
    const { parentId, from, to } = link as Record<string, unknown>;
    return isText(parentId) && isOpenDate(from) && isOpenDate(to);
  });
}

/** The place lists that passed the cheap check. */
const plainLists = /* @__PURE__ */ new WeakSet<object>();

/**
 * Checks a list of places: cheaply when every place is plainly one (a national list of 86,000
 * places in milliseconds), otherwise against the schema, which names what is wrong.
 *
 * @throws {@link InvalidArgumentError} when it is not a list of valid places.
 */
export function checkPlaces(value: unknown, argument: string): readonly Place[] {
  if (Array.isArray(value) && (plainLists.has(value) || value.every(isPlainPlace))) {
    plainLists.add(value);
    return value as readonly Place[];
  }
  return checkDocument(placeLists(), value, argument, EXPECTED.places);
}

/**
 * Checks a list of targets.
 *
 * @throws {@link InvalidArgumentError} when it is not a list of valid targets.
 */
export function checkTargets(value: unknown, argument: string): readonly Target[] {
  // The built-in targets are the schema's own output (a test checks it), and frozen.
  if (value === BUILT_IN_TARGETS) return BUILT_IN_TARGETS;
  return checkDocument(TargetListSchema, value, argument, EXPECTED.targets);
}

/**
 * Checks a list of data values (against their schema only, once per list).
 *
 * @throws {@link InvalidArgumentError} when it is not a list of valid data values.
 */
export function checkValues(value: unknown, argument: string): readonly DataValue[] {
  return checkDocument(DataValueListSchema, value, argument, EXPECTED.values);
}

/** {@link checkCatalogue} for functions that return a `Result`. */
export function conformingCatalogue(value: unknown, argument: string) {
  return argumentsOrErr(() => checkCatalogue(value, argument));
}

/** Whether a value is a period of a kind, of the supported years, with an index in range. */
function isPeriod(value: unknown, kinds: readonly PeriodKind[]): value is Period {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, year, index } = value as Partial<Record<keyof Period, unknown>>;
  if (typeof kind !== 'string' || !kinds.includes(kind as PeriodKind)) return false;
  if (typeof year !== 'number' || !Number.isInteger(year)) return false;
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 1) return false;
  const most = { month: 12, quarter: 4, half: 2, year: 1, week: 53 }[kind as PeriodKind];
  if (index > most) return false;
  return kind !== 'week' || parsePeriod(formatPeriod(value as Period)).isOk();
}

/**
 * Checks a period argument: `{ kind, year, index }` of one of `kinds`, a year the library
 * supports and an index the kind has (weeks: 1–53). Returns a fresh copy.
 *
 * @throws {@link InvalidArgumentError} otherwise.
 */
export function checkPeriod(
  value: unknown,
  argument: string,
  kinds: readonly PeriodKind[] = PERIOD_KINDS,
): Period {
  if (!isPeriod(value, kinds)) throw new InvalidArgumentError(argument, EXPECTED.period, value);
  return { kind: value.kind, year: value.year, index: value.index };
}

/** The problem of an argument that is not what it should be, for a `Result`. */
export function argumentProblem(
  argument: string,
  expected: Label,
  value: unknown,
  problems: readonly Problem<string>[] = [],
): Problem<'invalid_argument'> {
  return new InvalidArgumentError(argument, expected, value, problems).problem;
}
