// Data values out to DHIS2: a `dataValueSet` for `POST /api/dataValueSets`, and complete data
// set registrations for `POST /api/completeDataSetRegistrations`.
import * as z from 'zod';
import { checkDocument } from '../../_internal/arguments.js';
import { isSupportedDate } from '../../_internal/dates.js';
import { lazySchema } from '../../_internal/lazy-schema.js';
import { InvalidArgumentError } from '../../problems/argument.js';
import { checkValues } from '../arguments.js';
import { readPeriodId } from '../period-id.js';
import type { DataValue } from '../value-schema.js';
import {
  checkUid,
  type Dhis2Mapping,
  Dhis2MappingSchema,
  type ReadMapping,
  readMapping,
} from './mapping.js';
import { dhis2PeriodOf } from './period.js';
import type {
  Dhis2CompleteRegistration,
  Dhis2CompleteRegistrations,
  Dhis2DataValue,
  Dhis2DataValueSet,
} from './schema.js';

const DateSchema = /* @__PURE__ */ lazySchema(() => z.string().refine(isSupportedDate));

const ExportSchema = /* @__PURE__ */ lazySchema(() =>
  Dhis2MappingSchema.extend({
    dataSet: z.string().min(1).optional(),
    completeDate: DateSchema.optional(),
    attributeOptionCombo: z.string().min(1).optional(),
  }),
);

const RegistrationsSchema = /* @__PURE__ */ lazySchema(() =>
  Dhis2MappingSchema.extend({
    dataSet: z.string().min(1),
    date: DateSchema.optional(),
    attributeOptionCombo: z.string().min(1).optional(),
  }),
);

const EXPECTED = {
  vi: 'các tùy chọn DHIS2 ("dataSet", "completeDate", "attributeOptionCombo", "dataElements", "orgUnits", "idScheme")',
  en: 'DHIS2 options ("dataSet", "completeDate", "attributeOptionCombo", "dataElements", "orgUnits", "idScheme")',
};

/**
 * Options of {@link toDhis2DataValueSet}: the data set, its completion date, the attribute option
 * combination, and how the library's ids map to the DHIS2 instance's.
 *
 * @category Indicators
 */
export interface ToDhis2DataValueSetOptions extends Dhis2Mapping {
  /** The DHIS2 data set the values are captured for: without it, DHIS2 shows no reporting rate. */
  readonly dataSet?: string;
  /**
   * The date the set was completed (`2026-11-03`): DHIS2 registers the data set as complete for
   * the set's period and organisation unit, so the values must be of one period and one place
   * (for more, see {@link toDhis2CompleteDataSetRegistrations}). Needs `dataSet`.
   */
  readonly completeDate?: string;
  /** The attribute option combination of every value (DHIS2's default one when absent). */
  readonly attributeOptionCombo?: string;
}

/**
 * Options of {@link toDhis2CompleteDataSetRegistrations}.
 *
 * @category Indicators
 */
export interface ToDhis2CompleteDataSetRegistrationsOptions
  extends Omit<Dhis2Mapping, 'dataElements'> {
  /** The DHIS2 data set completed. */
  readonly dataSet: string;
  /** The date of completion when no value says when it was reported (`reportedAt`). */
  readonly date?: string;
  /** The attribute option combination of every registration. */
  readonly attributeOptionCombo?: string;
}

/** A value's period as DHIS2 writes it (values are checked, their periods valid). */
function periodOf(value: DataValue): string {
  return readPeriodId(value.period).match(dhis2PeriodOf, () => value.period);
}

function dataValuesOf(values: readonly DataValue[], mapping: ReadMapping): Dhis2DataValue[] {
  const out: Dhis2DataValue[] = [];
  for (const value of values) {
    const orgUnit = mapping.orgUnit(value.place);
    checkUid(mapping.scheme, orgUnit, 'options.orgUnits', value.place);
    for (const quantity of ['numerator', 'denominator'] as const) {
      const amount = value[quantity];
      if (amount === undefined) continue;
      const target = mapping.element(value.indicator, quantity);
      const code = `${value.indicator}.${quantity}`;
      checkUid(mapping.scheme, target.dataElement, 'options.dataElements', code);
      if (target.categoryOptionCombo !== undefined) {
        checkUid(mapping.scheme, target.categoryOptionCombo, 'options.dataElements', code);
      }
      out.push({
        dataElement: target.dataElement,
        period: periodOf(value),
        orgUnit,
        ...(target.categoryOptionCombo === undefined
          ? {}
          : { categoryOptionCombo: target.categoryOptionCombo }),
        value: String(amount + 0),
        ...(value.reportedBy === undefined ? {} : { storedBy: value.reportedBy }),
      });
    }
  }
  return out;
}

/** The one period and organisation unit of the values, for a set with a completion date. */
function oneUnit(values: readonly Dhis2DataValue[], completeDate: string) {
  const periods = new Set(values.map((v) => v.period));
  const orgUnits = new Set(values.map((v) => v.orgUnit));
  if (periods.size !== 1 || orgUnits.size !== 1) {
    throw new InvalidArgumentError(
      'options.completeDate',
      {
        vi: 'số liệu của đúng một kỳ và một địa bàn khi có ngày hoàn thành; với nhiều hơn, dùng hàm "toDhis2CompleteDataSetRegistrations"',
        en: 'values of exactly one period and one place with a completion date; for more, use toDhis2CompleteDataSetRegistrations',
      },
      completeDate,
    );
  }
  return { period: [...periods][0] as string, orgUnit: [...orgUnits][0] as string };
}

/**
 * Exports data values as a DHIS2 `dataValueSet` for `POST /api/dataValueSets`: one data value per
 * quantity, with the data element (and category option combination) and organisation unit the
 * options map to, the period as DHIS2 writes it (`202610`, `2026Q4`, `2026S2`, `2026`, `2026W5`),
 * the value as text and `storedBy` from `reportedBy`; on the set, the data set, the completion
 * date (with the one period and organisation unit it completes) and the attribute option
 * combination. Field names follow DHIS2's Web API guide, "Sending data values" and "Identifier
 * schemes" (https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/data.html#webapi_sending_data_values).
 *
 * With the default `UID` scheme every id written must be a DHIS2 UID: map the library's codes and
 * place ids in `dataElements` and `orgUnits`. With `idScheme: 'CODE'` the ids are DHIS2 codes
 * (the library's own unless mapped) and the payload says so.
 *
 * @param values - The data values.
 * @param options - The data set, completion date, attribute option combination and mapping.
 * @returns The data value set (fresh objects); it conforms to {@link Dhis2DataValueSetSchema}.
 * @throws {@link InvalidArgumentError} when `values` is not a list of data values, an option is
 *   not of its shape, an id written under the `UID` scheme is not a UID, or a completion date
 *   is given for values of several periods or places.
 * @example
 * ```ts
 * import { toDhis2DataValueSet } from 'to-cong-nghe-so';
 *
 * const values = [{ indicator: 'fibreHouseholds', place: 'thon-1', period: '2026-10', numerator: 150, denominator: 200 }];
 * toDhis2DataValueSet(values, { idScheme: 'CODE' }).dataValues[0];
 * // { dataElement: 'fibreHouseholds.numerator', period: '202610', orgUnit: 'thon-1', value: '150' }
 * toDhis2DataValueSet(values, {
 *   dataSet: 'pBOMPrpg1QX',
 *   completeDate: '2026-11-03',
 *   dataElements: {
 *     'fibreHouseholds.numerator': 'f7n9E0hX8qk',
 *     'fibreHouseholds.denominator': { dataElement: 'f7n9E0hX8qk', categoryOptionCombo: 'Prlt0C1RF0s' },
 *   },
 *   orgUnits: { 'thon-1': 'DiszpKrYNg8' },
 * }).dataValues[1];
 * // { dataElement: 'f7n9E0hX8qk', period: '202610', orgUnit: 'DiszpKrYNg8', categoryOptionCombo: 'Prlt0C1RF0s', value: '200' }
 * ```
 * @category Indicators
 */
export function toDhis2DataValueSet(
  values: readonly DataValue[],
  options: ToDhis2DataValueSetOptions = {},
): Dhis2DataValueSet {
  const checked = checkValues(values, 'values');
  const given = checkDocument(ExportSchema, options, 'options', EXPECTED);
  const mapping = readMapping(given);
  const dataValues = dataValuesOf(checked, mapping);
  for (const [name, id] of [
    ['options.dataSet', given.dataSet],
    ['options.attributeOptionCombo', given.attributeOptionCombo],
  ] as const) {
    if (id !== undefined) checkUid(mapping.scheme, id, name, id);
  }
  if (given.completeDate !== undefined && given.dataSet === undefined) {
    throw new InvalidArgumentError(
      'options.dataSet',
      {
        vi: 'một tập dữ liệu DHIS2 khi có ngày hoàn thành',
        en: 'a DHIS2 data set with a completion date',
      },
      given.dataSet,
    );
  }
  const whole =
    given.completeDate === undefined
      ? {}
      : { completeDate: given.completeDate, ...oneUnit(dataValues, given.completeDate) };
  return {
    ...(given.dataSet === undefined ? {} : { dataSet: given.dataSet }),
    ...whole,
    ...(given.attributeOptionCombo === undefined
      ? {}
      : { attributeOptionCombo: given.attributeOptionCombo }),
    ...(mapping.scheme === 'CODE' ? { idScheme: 'CODE' } : {}),
    dataValues,
  };
}

/** The date of a timestamp as written (`2026-11-02T08:30:00+07:00` → `2026-11-02`). */
function dayOf(stamp: string | undefined): string | undefined {
  return stamp?.slice(0, 10);
}

/**
 * Registers data sets as complete in DHIS2, for `POST /api/completeDataSetRegistrations`: one
 * registration per place and period that has values, dated by the latest `reportedAt` of its
 * values (or `options.date`; DHIS2 takes the time of import when neither is given), so that
 * DHIS2's reporting rates and timeliness count what the library tracks. Field names follow
 * DHIS2's Web API guide, "Completing data sets" — note `organisationUnit`, not `orgUnit`
 * (https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/data-validation.html#webapi_completing_data_sets).
 *
 * @param values - The data values (the places and periods that reported).
 * @param options - The data set, a date, the attribute option combination and the mapping of
 *   places to organisation units.
 * @returns The registrations (fresh objects); they conform to
 *   {@link Dhis2CompleteRegistrationsSchema}.
 * @throws {@link InvalidArgumentError} when `values` is not a list of data values, an option is
 *   not of its shape (`dataSet` is required), or an id written under the `UID` scheme is not a
 *   UID.
 * @example
 * ```ts
 * import { toDhis2CompleteDataSetRegistrations } from 'to-cong-nghe-so';
 *
 * toDhis2CompleteDataSetRegistrations(
 *   [{ indicator: 'peopleGuided', place: 'thon-1', period: '2026-10', numerator: 12, reportedAt: '2026-11-02T08:30:00+07:00' }],
 *   { dataSet: 'pBOMPrpg1QX', orgUnits: { 'thon-1': 'DiszpKrYNg8' } },
 * );
 * // { completeDataSetRegistrations: [{ dataSet: 'pBOMPrpg1QX', period: '202610', organisationUnit: 'DiszpKrYNg8', date: '2026-11-02' }] }
 * ```
 * @category Indicators
 */
export function toDhis2CompleteDataSetRegistrations(
  values: readonly DataValue[],
  options: ToDhis2CompleteDataSetRegistrationsOptions,
): Dhis2CompleteRegistrations {
  const checked = checkValues(values, 'values');
  const given = checkDocument(RegistrationsSchema, options, 'options', EXPECTED);
  const mapping = readMapping(given);
  checkUid(mapping.scheme, given.dataSet, 'options.dataSet', given.dataSet);
  if (given.attributeOptionCombo !== undefined) {
    checkUid(
      mapping.scheme,
      given.attributeOptionCombo,
      'options.attributeOptionCombo',
      given.attributeOptionCombo,
    );
  }
  const latest = new Map<string, { place: string; period: string; date: string | undefined }>();
  for (const value of checked) {
    const key = `${value.place}\u0000${value.period}`;
    const date = dayOf(value.reportedAt);
    const held = latest.get(key);
    if (held === undefined) latest.set(key, { place: value.place, period: value.period, date });
    else if (date !== undefined && (held.date === undefined || date > held.date)) held.date = date;
  }
  const registrations: Dhis2CompleteRegistration[] = [];
  for (const { place, period, date } of latest.values()) {
    const organisationUnit = mapping.orgUnit(place);
    checkUid(mapping.scheme, organisationUnit, 'options.orgUnits', place);
    const day = date ?? given.date;
    registrations.push({
      dataSet: given.dataSet,
      period: readPeriodId(period).match(dhis2PeriodOf, () => period),
      organisationUnit,
      ...(given.attributeOptionCombo === undefined
        ? {}
        : { attributeOptionCombo: given.attributeOptionCombo }),
      ...(day === undefined ? {} : { date: day }),
    });
  }
  return {
    ...(mapping.scheme === 'CODE' ? { idScheme: 'CODE' } : {}),
    completeDataSetRegistrations: registrations,
  };
}
