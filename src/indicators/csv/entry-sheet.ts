// The entry sheet: one row per village, one column per quantity, for a village head to fill in.
import { checkOneOf } from '../../_internal/arguments.js';
import { formatPeriod, type Period, periodRange } from '../../calendar/period.js';
import type { Place } from '../../places/place.js';
import { parentIdOf, placeName } from '../../places/query.js';
import { InvalidArgumentError } from '../../problems/argument.js';
import { checkCatalogue, checkPeriod, checkPlaces, checkValues } from '../arguments.js';
import { type Catalogue, type QuantityName, UNIT_SCALE } from '../definition.js';
import type { DataValue } from '../value-schema.js';
import type { CsvDelimiter } from './table.js';
import { writeCsv } from './write.js';

/**
 * What an entry sheet is for.
 *
 * @category Indicators
 */
export interface EntrySheetOptions {
  /** The indicators. Only village-collected ones reported per `period.kind` get columns. */
  readonly catalogue: Catalogue;
  /** The places; one row per village existing in the period. */
  readonly places: readonly Place[];
  /** The period the sheet is for: a month, quarter, half or year. */
  readonly period: Period;
  /** Only the villages of this commune (on the period's last day). */
  readonly commune?: string;
  /** Values to fill in (those of other periods or places are ignored). */
  readonly values?: readonly DataValue[];
  /** The column separator; `,` by default. */
  readonly delimiter?: CsvDelimiter;
}

/** The first three columns of a sheet, in order. */
export const FIXED = ['period', 'place', 'name'] as const;

function sheetColumns(catalogue: Catalogue, period: Period) {
  return catalogue
    .filter(
      (i) => !i.villagesMeeting && i.collectedAt === 'village' && i.periodKind === period.kind,
    )
    .flatMap((indicator) => {
      const quantities: [QuantityName, string][] = [
        ['numerator', indicator.numerator?.name.vi ?? ''],
      ];
      if (UNIT_SCALE[indicator.unit] !== undefined)
        quantities.push(['denominator', indicator.denominator?.name.vi ?? '']);
      return quantities.map(([quantity, name]) => ({
        indicator: indicator.code,
        quantity,
        header: `${indicator.code}.${quantity} (${name})`,
      }));
    });
}

/** The villages of a sheet: those existing in the period, of the commune when one is given. */
function sheetVillages(places: readonly Place[], period: Period, commune: string | undefined) {
  const { start, end } = periodRange(period);
  return places.filter(
    (place) =>
      place.level === 'village' &&
      (place.from === undefined || place.from <= end) &&
      (place.to === undefined || place.to >= start) &&
      (commune === undefined ||
        parentIdOf(place, place.to !== undefined && place.to < end ? place.to : end) === commune),
  );
}

function checkSheetOptions(options: EntrySheetOptions) {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(
      'options',
      { vi: 'một đối tượng tùy chọn { … }', en: 'an options object { … }' },
      options,
    );
  }
  const { commune } = options;
  if (commune !== undefined && typeof commune !== 'string') {
    throw new InvalidArgumentError(
      'options.commune',
      { vi: 'mã một xã', en: 'a commune id' },
      commune,
    );
  }
  return {
    catalogue: checkCatalogue(options.catalogue, 'options.catalogue'),
    places: checkPlaces(options.places, 'options.places'),
    period: checkPeriod(options.period, 'options.period', ['month', 'quarter', 'half', 'year']),
    commune,
    values: checkValues(options.values ?? [], 'options.values'),
    delimiter: checkOneOf(options.delimiter ?? ',', 'options.delimiter', [',', ';'] as const),
  };
}

/**
 * Writes a wide "entry sheet" for a period: one row per village (its id and written name),
 * one column per quantity of each village-collected indicator reported per that kind of
 * period, headed `code.numerator (Vietnamese name)`. A village head fills it in a spreadsheet;
 * {@link parseEntrySheet} reads it back. Cells are empty unless `values` fill them. The period is
 * written after an apostrophe (`'2026-10`), so that a spreadsheet keeps it as text instead of
 * turning it into a date; names that a spreadsheet would run as a formula are marked the same way.
 *
 * @param options - The catalogue, places, period, and optionally a commune, values and delimiter.
 * @returns The CSV text, with a byte-order mark.
 * @throws {@link to-cong-nghe-so!InvalidArgumentError} when the catalogue, places or values are
 *   not valid, the period is not a month, quarter, half or year of 1900–2100, or the delimiter is
 *   not `,` or `;`.
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS } from 'to-cong-nghe-so';
 * import { entrySheet } from 'to-cong-nghe-so/csv';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
 * entrySheet({
 *   catalogue: BUILT_IN_INDICATORS.filter((i) => i.code === 'peopleGuided'),
 *   places,
 *   period: { kind: 'month', year: 2026, index: 10 },
 * });
 * // "\uFEFFperiod,place,name,peopleGuided.numerator (Số lượt người dân được hướng dẫn)\r\n'2026-10,thon-1,Thôn 1,\r\n"
 * ```
 * @category Indicators
 */
export function entrySheet(options: EntrySheetOptions): string {
  const { catalogue, places, period, commune, values, delimiter } = checkSheetOptions(options);
  const periodId = formatPeriod(period);
  const columns = sheetColumns(catalogue, period);
  const filled = new Map<string, DataValue>();
  for (const value of values) {
    if (value.period === periodId) filled.set(`${value.indicator}\u0000${value.place}`, value);
  }
  const rows = sheetVillages(places, period, commune).map((village) => [
    periodId,
    village.id,
    placeName(village),
    ...columns.map(({ indicator, quantity }) => {
      return filled.get(`${indicator}\u0000${village.id}`)?.[quantity];
    }),
  ]);
  return writeCsv([[...FIXED, ...columns.map((c) => c.header)], ...rows], delimiter);
}
