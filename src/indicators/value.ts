import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { PeriodIdSchema, parsePeriod, periodRange } from '../calendar/period.js';
import type { Place } from '../places/place.js';
import { type InputProblem, problemsFromZod } from '../problems/input.js';
import type { Problem } from '../problems/problem.js';
import { TextSchema } from '../text/label.js';
import { type Catalogue, type Indicator, UNIT_SCALE } from './definition.js';

/**
 * A data value (số liệu): what one place reported for one indicator and period — the
 * numerator and, for ratio indicators, the denominator — with who reported it and when.
 *
 * @example
 * ```ts
 * import { DataValueSchema } from 'to-cong-nghe-so';
 *
 * DataValueSchema.parse({
 *   indicator: 'fibreHouseholds', place: 'thon-1', period: '2026-10', numerator: 150, denominator: 200,
 *   reportedBy: 'Trưởng thôn 1', reportedAt: '2026-11-02T08:30:00+07:00',
 * }).denominator; // 200
 * ```
 * @category Indicators
 */
export const DataValueSchema = z
  .object({
    /** The code of the indicator. */
    indicator: TextSchema,
    /** The id of the village (or commune) the value is for. */
    place: TextSchema,
    /** The period id, of the indicator's period kind (`2026-10` for a monthly indicator). */
    period: PeriodIdSchema,
    /** The numerator (the whole value for absolute units). */
    numerator: z.number().finite(),
    /** The denominator, for ratio units. */
    denominator: z.number().finite().optional(),
    /** Who reported it (a person's name or a seat id), for audit. */
    reportedBy: TextSchema.optional(),
    /** When it was reported: an ISO 8601 timestamp with offset. */
    reportedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

/**
 * A data value.
 *
 * @category Indicators
 */
export type DataValue = z.output<typeof DataValueSchema>;

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

/**
 * What {@link parseDataValues} checks values against.
 *
 * @category Indicators
 */
export interface DataValueContext {
  /** The indicators values may be reported for. */
  readonly catalogue: Catalogue;
  /** The known places (e.g. `team.places`). */
  readonly places: readonly Place[];
  /** Values already held; new ones are checked against them for duplicates. */
  readonly existing?: readonly DataValue[];
  /** Let a new value replace an earlier one for the same indicator, place and period. */
  readonly replace?: boolean;
}

/** @internal The key of a value's indicator, place and period. */
export function valueKey(value: Pick<DataValue, 'indicator' | 'place' | 'period'>): string {
  return `${value.indicator}\u0000${value.place}\u0000${value.period}`;
}

/**
 * Parses data values (JSON already decoded) and checks each against the catalogue and the
 * places, reporting every problem at once with a path `[index, field]`: unknown or derived
 * indicators, unknown places or places of the wrong level or not existing in the period, a
 * period of the wrong kind, negative quantities, a missing or unexpected denominator, a
 * numerator above its denominator, a value out of the indicator's bounds, and duplicates for
 * the same indicator, place and period (unless `replace` is set, when the later value wins).
 *
 * @param input - An array of data values.
 * @param context - The catalogue, the places, values already held and whether to replace.
 * @returns The held values (minus any replaced) followed by the new ones, or all problems.
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
  context: DataValueContext,
): Result<DataValue[], (InputProblem | DataValueProblem)[]> {
  const parsed = z.array(z.unknown()).safeParse(input);
  if (!parsed.success) return err(problemsFromZod(parsed.error));
  const indicators = new Map(context.catalogue.map((indicator) => [indicator.code, indicator]));
  const places = new Map(context.places.map((place) => [place.id, place]));
  const problems: (InputProblem | DataValueProblem)[] = [];
  const held = new Map((context.existing ?? []).map((value) => [valueKey(value), value]));
  const fresh = new Map<string, DataValue>();
  parsed.data.forEach((item, i) => {
    const one = DataValueSchema.safeParse(item);
    if (!one.success) {
      problems.push(
        ...problemsFromZod(one.error, [i]),
        ...checkLookups(item, indicators, places, i),
      );
      return;
    }
    const value = one.data;
    const found = checkValue(value, indicators.get(value.indicator), places.get(value.place), i);
    if (found.length > 0) {
      problems.push(...found);
      return;
    }
    const key = valueKey(value);
    if (!context.replace && (held.has(key) || fresh.has(key))) {
      problems.push(
        problem('duplicate_value', [i], {
          vi: `Đã có số liệu chỉ số "${value.indicator}" của "${value.place}" kỳ ${value.period}; dùng tùy chọn thay thế nếu muốn ghi đè.`,
          en: `A value of "${value.indicator}" for "${value.place}" in ${value.period} already exists; ask to replace it to overwrite.`,
        }),
      );
      return;
    }
    fresh.delete(key);
    fresh.set(key, value);
  });
  if (problems.length > 0) return err(problems);
  return ok([...[...held].filter(([key]) => !fresh.has(key)).map(([, v]) => v), ...fresh.values()]);
}

function problem(
  code: DataValueProblemCode,
  path: readonly (string | number)[],
  message: { vi: string; en: string },
): DataValueProblem {
  return { code, path, message };
}

/** For a value that fails the schema: its indicator and place, when they are text, must be known. */
function checkLookups(
  item: unknown,
  indicators: ReadonlyMap<string, Indicator>,
  places: ReadonlyMap<string, Place>,
  i: number,
): DataValueProblem[] {
  if (typeof item !== 'object' || item === null) return [];
  const raw = item as { indicator?: unknown; place?: unknown };
  const indicator = TextSchema.safeParse(raw.indicator);
  const place = TextSchema.safeParse(raw.place);
  const found: DataValueProblem[] = [];
  if (indicator.success && !indicators.has(indicator.data))
    found.push(unknownIndicator(indicator.data, i));
  if (place.success && !places.has(place.data)) found.push(unknownPlace(place.data, i));
  return found;
}

function unknownIndicator(code: string, i: number): DataValueProblem {
  return problem('unknown_indicator', [i, 'indicator'], {
    vi: `Không có chỉ số "${code}" trong danh mục.`,
    en: `Indicator "${code}" is not in the catalogue.`,
  });
}

function unknownPlace(id: string, i: number): DataValueProblem {
  return problem('unknown_place', [i, 'place'], {
    vi: `Không có địa bàn "${id}".`,
    en: `Place "${id}" is not known.`,
  });
}

function checkValue(
  value: DataValue,
  indicator: Indicator | undefined,
  place: Place | undefined,
  i: number,
): DataValueProblem[] {
  const found: DataValueProblem[] = [];
  if (!indicator) {
    found.push(unknownIndicator(value.indicator, i));
  } else if (indicator.villagesMeeting) {
    found.push(
      problem('derived_indicator', [i, 'indicator'], {
        vi: `Chỉ số "${value.indicator}" được tính từ số liệu các thôn, không nhập trực tiếp.`,
        en: `Indicator "${value.indicator}" is computed from village values and is not reported.`,
      }),
    );
  }
  const period = parsePeriod(value.period);
  if (!place) {
    found.push(unknownPlace(value.place, i));
  } else if (indicator && !indicator.villagesMeeting && place.level !== indicator.collectedAt) {
    found.push(
      problem('wrong_place_level', [i, 'place'], {
        vi: `Chỉ số "${indicator.code}" được báo cáo theo cấp ${indicator.collectedAt}, nhưng "${place.id}" thuộc cấp ${place.level}.`,
        en: `Indicator "${indicator.code}" is reported per ${indicator.collectedAt}, but "${place.id}" is a ${place.level}.`,
      }),
    );
  } else if (period.isOk()) {
    const range = periodRange(period.value);
    const active =
      (place.from === undefined || place.from <= range.end) &&
      (place.to === undefined || place.to >= range.start);
    if (!active) {
      found.push(
        problem('place_inactive', [i, 'place'], {
          vi: `Địa bàn "${place.id}" không tồn tại trong kỳ ${value.period}.`,
          en: `Place "${place.id}" did not exist in ${value.period}.`,
        }),
      );
    }
  }
  if (!indicator || indicator.villagesMeeting) return found;
  if (period.isOk() && period.value.kind !== indicator.periodKind) {
    found.push(
      problem('wrong_period_kind', [i, 'period'], {
        vi: `Chỉ số "${indicator.code}" được báo cáo theo kỳ ${indicator.periodKind}; "${value.period}" là kỳ ${period.value.kind}.`,
        en: `Indicator "${indicator.code}" is reported per ${indicator.periodKind}; "${value.period}" is a ${period.value.kind}.`,
      }),
    );
  }
  return [...found, ...checkQuantities(value, indicator, i)];
}

function checkQuantities(value: DataValue, indicator: Indicator, i: number): DataValueProblem[] {
  const found: DataValueProblem[] = [];
  const { numerator, denominator } = value;
  for (const [name, quantity] of [
    ['numerator', numerator],
    ['denominator', denominator],
  ] as const) {
    if (quantity !== undefined && quantity < 0) {
      found.push(
        problem('negative_quantity', [i, name], {
          vi: `${name === 'numerator' ? 'Tử số' : 'Mẫu số'} không được âm (nhận được ${quantity}).`,
          en: `The ${name} cannot be negative (got ${quantity}).`,
        }),
      );
    }
  }
  for (const [name, quantity, whole] of [
    ['numerator', numerator, indicator.unit === 'count' || indicator.numerator?.integer === true],
    ['denominator', denominator, indicator.denominator?.integer === true],
  ] as const) {
    if (whole && quantity !== undefined && !Number.isInteger(quantity)) {
      found.push(
        problem('not_integer', [i, name], {
          vi: `${name === 'numerator' ? 'Tử số' : 'Mẫu số'} của chỉ số "${indicator.code}" đếm số nguyên (nhận được ${quantity}).`,
          en: `The ${name} of "${indicator.code}" counts whole things (got ${quantity}).`,
        }),
      );
    }
  }
  const scale = UNIT_SCALE[indicator.unit];
  if (scale !== undefined && denominator === undefined) {
    found.push(
      problem('missing_denominator', [i, 'denominator'], {
        vi: `Chỉ số "${indicator.code}" là tỷ lệ, cần có mẫu số.`,
        en: `Indicator "${indicator.code}" is a ratio and needs a denominator.`,
      }),
    );
  }
  if (scale === undefined && denominator !== undefined) {
    found.push(
      problem('unexpected_denominator', [i, 'denominator'], {
        vi: `Chỉ số "${indicator.code}" là số tuyệt đối, không có mẫu số.`,
        en: `Indicator "${indicator.code}" is absolute and takes no denominator.`,
      }),
    );
  }
  if (found.length > 0) return found;
  if (denominator !== undefined && !indicator.numeratorMayExceedDenominator) {
    if (numerator > denominator) {
      found.push(
        problem('numerator_above_denominator', [i, 'numerator'], {
          vi: `Tử số ${numerator} lớn hơn mẫu số ${denominator}.`,
          en: `The numerator ${numerator} is above the denominator ${denominator}.`,
        }),
      );
      return found;
    }
  }
  const shown =
    scale === undefined ? numerator : denominator ? (numerator / denominator) * scale : undefined;
  const { min, max } = indicator.bounds ?? {};
  if (
    shown !== undefined &&
    ((min !== undefined && shown < min) || (max !== undefined && shown > max))
  ) {
    found.push(
      problem('out_of_bounds', [i, 'numerator'], {
        vi: `Giá trị ${shown} nằm ngoài khoảng cho phép [${min ?? '-∞'}, ${max ?? '∞'}] của chỉ số "${indicator.code}".`,
        en: `The value ${shown} is outside the bounds [${min ?? '-∞'}, ${max ?? '∞'}] of indicator "${indicator.code}".`,
      }),
    );
  }
  return found;
}
