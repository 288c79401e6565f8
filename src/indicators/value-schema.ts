import * as z from 'zod';
import { FIRST_DATE, LAST_DATE } from '../_internal/dates.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import { vietnamDateOf } from '../calendar/date.js';
import { dateOutOfRange, invalidTimestamp } from '../problems/catalogue/calendar.js';
import { addProblem } from '../problems/input.js';
import { excerpt } from '../problems/words.js';
import { TextSchema } from '../text/label.js';
import { refinePeriodId } from './period-id.js';

/** A timestamp with an offset, within the supported dates, reported with registered codes. */
const TimestampSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .superRefine((value, ctx) => {
      const read = vietnamDateOf(value);
      if (read.isOk()) return;
      if (read.error.code === 'invalid_timestamp') {
        addProblem(ctx, invalidTimestamp, { input: excerpt(value) });
      } else {
        addProblem(ctx, dateOutOfRange, {
          input: excerpt(value),
          start: FIRST_DATE,
          end: LAST_DATE,
        });
      }
    })
    .meta({ format: 'date-time' }),
);

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
 * DataValueSchema.safeParse({ indicator: 'fibreHouseholds', place: 'thon-1', period: '2026-13', numerator: 1 }).success; // false
 * ```
 * @category Indicators
 */
export const DataValueSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The code of the indicator. */
      indicator: TextSchema,
      /** The id of the village (or commune) the value is for. */
      place: TextSchema,
      /** The period id, of the indicator's period kind (`2026-10` for a monthly indicator), 1900–2100. */
      period: z.string().superRefine(refinePeriodId).meta({
        pattern:
          '^(19\\d\\d|20\\d\\d|2100)(-(0[1-9]|1[0-2]|Q[1-4]|H[12]|W(0[1-9]|[1-4]\\d|5[0-3])))?$',
      }),
      /** The numerator (the whole value for absolute units). */
      numerator: z.number().finite(),
      /** The denominator, for ratio units. */
      denominator: z.number().finite().optional(),
      /** Who reported it (a person's name or a seat id), for audit. */
      reportedBy: TextSchema.optional(),
      /** When it was reported: an ISO 8601 timestamp with offset. */
      reportedAt: TimestampSchema.optional(),
    })
    .strict(),
);

/**
 * A data value.
 *
 * @category Indicators
 */
export type DataValue = z.output<typeof DataValueSchema>;

/** @internal The key of a value's indicator, place and period (see `src/_internal`). */
export { valueKey } from '../_internal/data-values.js';
