// Data values in DHIS2's `dataValueSet` shape, for provinces that run DHIS2.
import { own } from '../_internal/own.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { checkValues } from './arguments.js';
import type { DataValue } from './value-schema.js';

/**
 * One value in DHIS2's `dataValueSet` shape.
 *
 * @category Indicators
 */
export interface Dhis2DataValue {
  /** The data element: its DHIS2 id, or `code.numerator` / `code.denominator` by default. */
  readonly dataElement: string;
  /** The DHIS2 period: `202610`, `2026Q4`, `2026S2`, `2026`, `2026W5`. */
  readonly period: string;
  /** The organisation unit: its DHIS2 id, or the place id by default. */
  readonly orgUnit: string;
  /** The value, as text. */
  readonly value: string;
}

/**
 * A DHIS2 `dataValueSet`, ready for `POST /api/dataValueSets`.
 *
 * @category Indicators
 */
export interface Dhis2DataValueSet {
  /** The values. */
  readonly dataValues: readonly Dhis2DataValue[];
}

/**
 * Options of {@link toDhis2DataValueSet}: how the library's codes map to a DHIS2 instance's ids.
 *
 * @category Indicators
 */
export interface ToDhis2DataValueSetOptions {
  /** DHIS2 data element ids by `code.numerator` / `code.denominator`. */
  readonly dataElements?: Readonly<Record<string, string>>;
  /** DHIS2 organisation unit ids by place id. */
  readonly orgUnits?: Readonly<Record<string, string>>;
}

/** A period id as DHIS2 writes it: `202610`, `2026Q4`, `2026S2`, `2026`, `2026W5` (no zero). */
function dhis2Period(id: string): string {
  const week = /^(\d{4})-W(\d{2})$/u.exec(id);
  if (week) return `${week[1]}W${Number(week[2])}`;
  return id.replace('-H', 'S').replace('-Q', 'Q').replace('-', '');
}

function checkIds(value: unknown, argument: string): Readonly<Record<string, string>> {
  if (value === undefined) return {};
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((id) => typeof id === 'string');
  if (!ok) {
    throw new InvalidArgumentError(
      argument,
      { vi: 'một bảng mã { "mã": "id DHIS2" }', en: 'a map { "code": "DHIS2 id" }' },
      value,
    );
  }
  return value as Readonly<Record<string, string>>;
}

/**
 * Exports data values as a DHIS2 `dataValueSet` (one data value per quantity), so that
 * provinces running DHIS2 can import them. Codes and place ids pass through unless mapped.
 *
 * @param values - The data values.
 * @param options - DHIS2 ids for data elements and organisation units.
 * @returns The data value set (fresh objects).
 * @throws {@link InvalidArgumentError} when `values` is not a list of data values or a mapping
 *   is not a map of ids.
 * @example
 * ```ts
 * import { toDhis2DataValueSet } from 'to-cong-nghe-so';
 *
 * toDhis2DataValueSet(
 *   [{ indicator: 'fibreHouseholds', place: 'thon-1', period: '2026-Q4', numerator: 150, denominator: 200 }],
 *   { orgUnits: { 'thon-1': 'Ab12Cd34Ef5' } },
 * ).dataValues[0];
 * // { dataElement: 'fibreHouseholds.numerator', period: '2026Q4', orgUnit: 'Ab12Cd34Ef5', value: '150' }
 * ```
 * @category Indicators
 */
export function toDhis2DataValueSet(
  values: readonly DataValue[],
  options: ToDhis2DataValueSetOptions = {},
): Dhis2DataValueSet {
  const checked = checkValues(values, 'values');
  const given = (typeof options === 'object' && options !== null ? options : {}) as Record<
    string,
    unknown
  >;
  const dataElements = checkIds(given.dataElements, 'options.dataElements');
  const orgUnits = checkIds(given.orgUnits, 'options.orgUnits');
  return {
    dataValues: checked.flatMap((value) =>
      (['numerator', 'denominator'] as const).flatMap((quantity) => {
        const amount = value[quantity];
        if (amount === undefined) return [];
        const element = `${value.indicator}.${quantity}`;
        return [
          {
            dataElement: own(dataElements, element) ?? element,
            period: dhis2Period(value.period),
            orgUnit: own(orgUnits, value.place) ?? value.place,
            value: String(amount),
          },
        ];
      }),
    ),
  };
}
