// Entry checks of the typed arguments of the indicators module: catalogues, places, targets,
// data values and periods. Documents are checked once per object (see `checkDocument`).
import * as z from 'zod';
import { checkDocument, conformingDocument } from '../_internal/arguments.js';
import { FIRST_YEAR, isSupportedDate, LAST_YEAR } from '../_internal/dates.js';
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

let catalogueSchema: z.ZodType<Catalogue> | undefined;
let placesSchema: z.ZodType<readonly Place[]> | undefined;
let targetsSchema: z.ZodType<readonly Target[]> | undefined;
let valuesSchema: z.ZodType<readonly DataValue[]> | undefined;

function catalogues(): z.ZodType<Catalogue> {
  catalogueSchema ??= z.array(IndicatorSchema) as unknown as z.ZodType<Catalogue>;
  return catalogueSchema;
}

function placeLists(): z.ZodType<readonly Place[]> {
  placesSchema ??= z.array(PlaceSchema);
  return placesSchema;
}

function targetLists(): z.ZodType<readonly Target[]> {
  targetsSchema ??= z.array(TargetSchema) as unknown as z.ZodType<readonly Target[]>;
  return targetsSchema;
}

function valueLists(): z.ZodType<readonly DataValue[]> {
  valuesSchema ??= z.array(DataValueSchema) as unknown as z.ZodType<readonly DataValue[]>;
  return valuesSchema;
}

/**
 * Checks a catalogue argument.
 *
 * @throws {@link InvalidArgumentError} when it is not a list of valid indicators.
 */
export function checkCatalogue(value: unknown, argument: string): Catalogue {
  return checkDocument(catalogues(), value, argument, EXPECTED.catalogue);
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
  return checkDocument(targetLists(), value, argument, EXPECTED.targets);
}

/**
 * Checks a list of data values (against their schema only, once per list).
 *
 * @throws {@link InvalidArgumentError} when it is not a list of valid data values.
 */
export function checkValues(value: unknown, argument: string): readonly DataValue[] {
  return checkDocument(valueLists(), value, argument, EXPECTED.values);
}

/** {@link checkCatalogue} for functions that return a `Result`. */
export function conformingCatalogue(value: unknown, argument: string) {
  return conformingDocument(catalogues(), value, argument, EXPECTED.catalogue);
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
