// A DHIS2 `dataValueSet` in: DHIS2's data values read back into the library's data values.
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { conformingDocument } from '../../_internal/arguments.js';
import { lazySchema } from '../../_internal/lazy-schema.js';
import { formatPeriod } from '../../calendar/period.js';
import {
  duplicateDhis2Value,
  missingNumerator,
  unknownDataElement,
} from '../../problems/catalogue/indicators.js';
import { invalidFormat, missingField } from '../../problems/catalogue/input.js';
import {
  type InputProblem,
  limitProblems,
  parseWithSchema,
  problemsFromZod,
} from '../../problems/input.js';
import { type Problem, type ProblemPath, raise } from '../../problems/problem.js';
import { excerpt, fieldName } from '../../problems/words.js';
import {
  checkDataValues,
  type DataValue,
  type ParseDataValuesOptions,
  type ParseDataValuesProblem,
  type ValueLookups,
  valueLookups,
} from '../value.js';
import { indicatorRef, periodWords, placeRef } from '../words.js';
import { type Dhis2Mapping, Dhis2MappingSchema, type ReadMapping, readMapping } from './mapping.js';
import { parseDhis2Period } from './period.js';
import { type Dhis2DataValue, Dhis2DataValueSchema, Dhis2DataValueSetSchema } from './schema.js';

/**
 * What {@link parseDhis2DataValueSet} checks values against (as {@link parseDataValues}) and how
 * the DHIS2 instance's ids map to the library's.
 *
 * @category Indicators
 */
export interface ParseDhis2DataValueSetOptions extends ParseDataValuesOptions, Dhis2Mapping {}

/**
 * A problem of {@link parseDhis2DataValueSet}.
 *
 * @category Indicators
 */
export type ParseDhis2DataValueSetProblem =
  | ParseDataValuesProblem
  | InputProblem
  | Problem<'invalid_dhis2_period' | 'unknown_data_element' | 'missing_numerator'>
  | Problem<'duplicate_dhis2_value'>;

/** The set with its values left to be read one by one, so that one bad value hides no other. */
const LooseSetSchema = /* @__PURE__ */ lazySchema(() =>
  Dhis2DataValueSetSchema.extend({ dataValues: z.array(z.unknown()) }),
);

const EXPECTED = {
  vi: 'cách ánh xạ DHIS2 ("dataElements", "orgUnits", "idScheme")',
  en: 'a DHIS2 mapping ("dataElements", "orgUnits", "idScheme")',
};

const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/u;

type Quantity = 'numerator' | 'denominator';

/** A library value being gathered from DHIS2 values, with the index of each quantity's value. */
interface Gathered {
  readonly value: Record<string, unknown> & { indicator: string; place: string; period: string };
  readonly at: Partial<Record<Quantity, number>>;
  /** Whether the place and period came from the set rather than from the value. */
  readonly fromSet: { readonly place: boolean; readonly period: boolean };
}

interface SetFacts {
  readonly period?: string | undefined;
  readonly orgUnit?: string | undefined;
}

class Gatherer {
  readonly problems: ParseDhis2DataValueSetProblem[] = [];
  readonly byKey = new Map<string, Gathered>();
  /** Whether the problem of the set's own period is reported (once, however many values use it). */
  private setPeriodReported = false;

  constructor(
    private readonly set: SetFacts,
    private readonly mapping: ReadMapping,
    private readonly lookups: ValueLookups,
  ) {}

  /** The library period id of a value, or a problem at its path. */
  private period(value: Dhis2DataValue, path: ProblemPath): string | undefined {
    const text = value.period ?? this.set.period;
    if (text === undefined) {
      this.problems.push(
        raise(missingField, [...path, 'period'], { field: fieldName([...path, 'period']) }),
      );
      return undefined;
    }
    const fromSet = value.period === undefined;
    const read = parseDhis2Period(text);
    if (read.isOk()) return formatPeriod(read.value);
    if (!fromSet || !this.setPeriodReported) {
      this.problems.push({ ...read.error, path: fromSet ? ['period'] : [...path, 'period'] });
      if (fromSet) this.setPeriodReported = true;
    }
    return undefined;
  }

  private amount(value: Dhis2DataValue, path: ProblemPath): number | undefined {
    const text = typeof value.value === 'number' ? String(value.value) : value.value.trim();
    const amount = NUMBER.test(text) ? Number(text) : Number.NaN;
    if (Number.isFinite(amount)) return amount;
    const at = [...path, 'value'];
    this.problems.push(
      raise(invalidFormat, at, {
        field: fieldName(at),
        expected: { vi: 'một số, ví dụ "150" hoặc "12.5"', en: 'a number such as "150" or "12.5"' },
        received: excerpt(value.value),
      }),
    );
    return undefined;
  }

  add(value: Dhis2DataValue, index: number): void {
    if (value.deleted === true) return;
    const path = ['dataValues', index];
    const code = this.mapping.quantityOf(value.dataElement, value.categoryOptionCombo);
    if (code === undefined) {
      this.problems.push(
        raise(unknownDataElement, [...path, 'dataElement'], {
          dataElement: excerpt(value.dataElement),
          categoryOptionCombo: value.categoryOptionCombo?.slice(0, 60) ?? null,
        }),
      );
    }
    const period = this.period(value, path);
    const orgUnit = value.orgUnit ?? this.set.orgUnit;
    if (orgUnit === undefined) {
      this.problems.push(
        raise(missingField, [...path, 'orgUnit'], { field: fieldName([...path, 'orgUnit']) }),
      );
    }
    const amount = this.amount(value, path);
    if (
      code === undefined ||
      period === undefined ||
      orgUnit === undefined ||
      amount === undefined
    ) {
      return;
    }
    const dot = code.lastIndexOf('.');
    const indicator = code.slice(0, dot);
    const quantity = code.slice(dot + 1) as Quantity;
    const place = this.mapping.placeOf(orgUnit);
    this.put({ indicator, place, period, quantity, amount, index, value });
  }

  private put(read: {
    indicator: string;
    place: string;
    period: string;
    quantity: Quantity;
    amount: number;
    index: number;
    value: Dhis2DataValue;
  }): void {
    const { indicator, place, period, quantity, index, value } = read;
    const key = `${indicator}\u0000${place}\u0000${period}`;
    let gathered = this.byKey.get(key);
    if (gathered === undefined) {
      gathered = {
        value: { indicator, place, period },
        at: {},
        fromSet: { place: value.orgUnit === undefined, period: value.period === undefined },
      };
      this.byKey.set(key, gathered);
    }
    const first = gathered.at[quantity];
    if (first !== undefined) {
      this.problems.push(
        raise(duplicateDhis2Value, ['dataValues', index], {
          indicator: indicatorRef(indicator, this.lookups.indicators.get(indicator)),
          place: placeRef(place, this.lookups.places.get(place)),
          periodLabel: periodWords(period),
          quantity,
          first,
        }),
      );
      return;
    }
    gathered.at[quantity] = index;
    gathered.value[quantity] = read.amount;
    if (value.storedBy !== undefined && gathered.value.reportedBy === undefined) {
      gathered.value.reportedBy = value.storedBy;
    }
  }

  /** The values with a numerator; a denominator alone is a problem. */
  complete(): Gathered[] {
    const kept: Gathered[] = [];
    for (const gathered of this.byKey.values()) {
      if (gathered.at.numerator !== undefined) {
        kept.push(gathered);
        continue;
      }
      const { indicator, place, period } = gathered.value;
      this.problems.push(
        raise(missingNumerator, ['dataValues', gathered.at.denominator ?? 0, 'dataElement'], {
          indicator: indicatorRef(indicator, this.lookups.indicators.get(indicator)),
          place: placeRef(place, this.lookups.places.get(place)),
          periodLabel: periodWords(period),
        }),
      );
    }
    return kept;
  }
}

/** The path in the DHIS2 payload of a field of a gathered value. */
function payloadPath(gathered: Gathered, field: unknown): ProblemPath {
  const numerator = gathered.at.numerator ?? 0;
  switch (field) {
    case 'numerator':
      return ['dataValues', numerator, 'value'];
    case 'denominator':
      return ['dataValues', gathered.at.denominator ?? numerator, 'value'];
    case 'indicator':
      return ['dataValues', numerator, 'dataElement'];
    case 'place':
      return gathered.fromSet.place ? ['orgUnit'] : ['dataValues', numerator, 'orgUnit'];
    case 'period':
      return gathered.fromSet.period ? ['period'] : ['dataValues', numerator, 'period'];
    case 'reportedBy':
      return ['dataValues', numerator, 'storedBy'];
    default:
      return ['dataValues', numerator];
  }
}

/** Checks the gathered values as data values, with problems at their paths in the payload. */
function checkGathered(
  gathered: readonly Gathered[],
  lookups: ValueLookups,
): Result<DataValue[], ParseDhis2DataValueSetProblem[]> {
  return checkDataValues(
    gathered.map((g) => g.value),
    lookups,
  ).mapErr((problems) =>
    problems.map((problem) => {
      const [at, field] = problem.path;
      const g = typeof at === 'number' ? gathered[at] : undefined;
      return g === undefined ? problem : { ...problem, path: payloadPath(g, field) };
    }),
  );
}

/** The mapping options, read from the options of the call. */
function mappingOf(options: ParseDhis2DataValueSetOptions) {
  const given = (typeof options === 'object' && options !== null ? options : {}) as Dhis2Mapping;
  const picked = Object.fromEntries(
    (['dataElements', 'orgUnits', 'idScheme'] as const)
      .filter((key) => given[key] !== undefined)
      .map((key) => [key, given[key]]),
  );
  return conformingDocument(Dhis2MappingSchema, picked, 'options', EXPECTED);
}

/**
 * Reads a DHIS2 `dataValueSet` (JSON already decoded, as `GET /api/dataValueSets` gives it or
 * {@link toDhis2DataValueSet} writes it) into the library's data values, then checks them as
 * {@link parseDataValues} does. Each DHIS2 value is one quantity: its data element (and category
 * option combination) is mapped back through `dataElements` (or is written `code.numerator`), its
 * organisation unit through `orgUnits` (or is the place id), its period read from DHIS2's forms
 * (`202610`, `2026Q4`, `2026S2`, `2026`, `2026W5`; the set's `period` and `orgUnit` stand for
 * values that name none), its value as a number, `storedBy` as `reportedBy`; deleted values are
 * skipped. Field names follow DHIS2's Web API guide, "Sending data values"
 * (https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/data.html#webapi_sending_data_values).
 *
 * Every problem comes back at once (at most 100, then one saying how many more), each at its path
 * in the payload (`['dataValues', 3, 'period']`): the shape of the set and of each value, a data
 * element that stands for no quantity, a period DHIS2 writes but the library does not track, a
 * value that is not a number, the same quantity twice, a denominator without its numerator, and
 * every problem of the values themselves (unknown places, wrong period kinds, a numerator above
 * its denominator …).
 *
 * Never throws: any input gives `ok` or `err`; options that are not valid give an `err` with the
 * `invalid_argument` problem.
 *
 * @param input - The data value set (any value is accepted and checked).
 * @param options - The catalogue, places, held values, `replace`, `asOf`, and the mapping.
 * @returns The values (held ones first, as {@link parseDataValues}), or the problems.
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS, parseDhis2DataValueSet } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
 * const set = { dataValues: [{ dataElement: 'f7n9E0hX8qk', period: '202610', orgUnit: 'DiszpKrYNg8', value: '12' }] };
 * const mapping = { dataElements: { 'peopleGuided.numerator': 'f7n9E0hX8qk' }, orgUnits: { 'thon-1': 'DiszpKrYNg8' } };
 * parseDhis2DataValueSet(set, { catalogue: BUILT_IN_INDICATORS, places, ...mapping });
 * // ok([{ indicator: 'peopleGuided', place: 'thon-1', period: '2026-10', numerator: 12 }])
 * parseDhis2DataValueSet({ dataValues: [{ ...set.dataValues[0], period: '2026BiW1' }] }, { catalogue: BUILT_IN_INDICATORS, places, ...mapping })
 *   .mapErr((problems) => problems.map((p) => [p.code, p.path])); // err([['invalid_dhis2_period', ['dataValues', 0, 'period']]])
 * ```
 * @category Indicators
 */
export function parseDhis2DataValueSet(
  input: unknown,
  options: ParseDhis2DataValueSetOptions,
): Result<DataValue[], ParseDhis2DataValueSetProblem[]> {
  const lookups = valueLookups(options);
  if (lookups.isErr()) return err([lookups.error]);
  const mapping = mappingOf(options);
  if (mapping.isErr()) return err([mapping.error]);
  const set = parseWithSchema(LooseSetSchema, input);
  if (set.isErr()) return err(set.error);
  const gatherer = new Gatherer(set.value, readMapping(mapping.value), lookups.value);
  const problems: ParseDhis2DataValueSetProblem[] = [];
  set.value.dataValues.forEach((item, index) => {
    // The whole input is cleaned already (NFC text, safe keys): each value only needs its shape.
    const plain = plainValue(item);
    if (plain !== undefined) {
      gatherer.add(plain, index);
      return;
    }
    const one = Dhis2DataValueSchema.safeParse(item, { reportInput: true });
    if (one.success) gatherer.add(one.data, index);
    else problems.push(...problemsFromZod(one.error, ['dataValues', index]));
  });
  const kept = gatherer.complete();
  problems.push(...gatherer.problems);
  const checked = checkGathered(kept, lookups.value);
  if (checked.isOk() && problems.length === 0) return ok(checked.value);
  if (checked.isErr()) problems.push(...checked.error);
  return err(limitProblems(problems) as ParseDhis2DataValueSetProblem[]);
}

/** The text fields of a DHIS2 value, and its flags. */
const TEXT_FIELDS = new Set([
  'dataElement',
  'period',
  'orgUnit',
  'categoryOptionCombo',
  'attributeOptionCombo',
  'storedBy',
  'comment',
  'created',
  'lastUpdated',
]);
const FLAG_FIELDS = new Set(['followup', 'deleted']);
const ID_FIELDS = ['dataElement', 'orgUnit', 'categoryOptionCombo', 'attributeOptionCombo'];

/**
 * A value of the plain shape DHIS2 writes, taken as it is (the schema would give the same), or
 * `undefined` for the schema to check and report.
 */
function plainValue(item: unknown): Dhis2DataValue | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  const { value } = record;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  if (typeof record.dataElement !== 'string') return undefined;
  for (const key of Object.keys(record)) {
    if (key === 'value') continue;
    const field = record[key];
    if (TEXT_FIELDS.has(key)) {
      if (typeof field !== 'string') return undefined;
    } else if (!FLAG_FIELDS.has(key) || typeof field !== 'boolean') return undefined;
  }
  for (const key of ID_FIELDS) if (record[key] === '') return undefined;
  return record as Dhis2DataValue;
}
