import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { argumentsOrErr } from '../_internal/arguments.js';
import { checkDate, compareDates, FIRST_DATE, LAST_DATE } from '../_internal/dates.js';
import { deepFreeze } from '../_internal/freeze.js';
import { lazySchema } from '../_internal/lazy-schema.js';
import {
  checkKind,
  checkPeriod,
  firstMonthOf,
  idOf,
  KINDS,
  MONTHS_OF,
  type Period,
  type PeriodKind,
  periodOf,
  periodsInYear,
  rangeOf,
  weeksInYear,
} from '../_internal/periods.js';
import {
  type InvalidPeriodParams,
  invalidPeriod,
  type PeriodIdFault,
  periodNotNested,
} from '../problems/catalogue/calendar.js';
import { addProblem } from '../problems/input.js';
import { type Problem, raise } from '../problems/problem.js';
import { excerpt } from '../problems/words.js';
import type { Label } from '../text/label.js';
import type { IsoDate } from './date.js';
import { labelOf } from './period-label.js';

export { periodLabel } from './period-label.js';

export type { InvalidPeriodParams, Period, PeriodIdFault, PeriodKind };

/**
 * All period kinds, finest first.
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from 'to-cong-nghe-so';
 *
 * PERIOD_KINDS; // ['week', 'month', 'quarter', 'half', 'year']
 * ```
 * @category Calendar
 */
export const PERIOD_KINDS: readonly PeriodKind[] = deepFreeze([...KINDS]);

/**
 * The problems of the period functions: `invalid_period` (an id that is not one, from
 * {@link parsePeriod}), `period_not_nested` (from {@link periodsWithin}), and `invalid_argument`
 * (a {@link Period} value that is not one, given to {@link periodsWithin}).
 *
 * @category Calendar
 */
export type PeriodProblem = Problem<'invalid_period' | 'period_not_nested' | 'invalid_argument'>;

/**
 * The former name of {@link PeriodProblem}.
 *
 * @deprecated Use {@link PeriodProblem}.
 * @category Calendar
 */
export type PeriodError = PeriodProblem;

const PATTERN = /^(\d{4})(?:-(?:(\d{2})|Q(\d)|H(\d)|W(\d{2})))?$/u;

/** The longest text read as a period id: anything longer is not one, whatever it holds. */
const MAX_ID_LENGTH = 16;

/** Why an id that does not match {@link PATTERN} is wrong, as precisely as the id allows. */
function diagnose(id: string): PeriodIdFault {
  if (id.trim() !== id || id === '') return 'empty';
  // Four digits alone are a year's id: an id that gets here has a "-" after its year, or no year.
  if (!/^\d{4}-/u.test(id)) return 'year';
  const suffix = id.slice(5);
  if (suffix === '') return 'suffix';
  if (/^\d+$/u.test(suffix)) return 'month';
  if (/^[qhw]/u.test(suffix)) return 'letterCase';
  if (/^Q/u.test(suffix)) return 'quarter';
  if (/^H/u.test(suffix)) return 'half';
  if (/^W/u.test(suffix)) return 'week';
  return 'unknown';
}

/** The period an id names, or what is wrong with it. */
function readPeriodId(id: unknown): Period | Omit<InvalidPeriodParams, 'input'> {
  if (typeof id !== 'string') return { fault: 'notText' };
  if (id.length > MAX_ID_LENGTH) return { fault: 'unknown' };
  const match = PATTERN.exec(id);
  if (!match) return { fault: diagnose(id) };
  const [, y, m, q, h, w] = match;
  const year = Number(y);
  const [kind, index, limit, fault] =
    m !== undefined
      ? (['month', Number(m), 12, 'month'] as const)
      : q !== undefined
        ? (['quarter', Number(q), 4, 'quarter'] as const)
        : h !== undefined
          ? (['half', Number(h), 2, 'half'] as const)
          : w !== undefined
            ? (['week', Number(w), weeksInYear(year), 'weekOfYear'] as const)
            : (['year', 1, 1, 'unknown'] as const);
  if (index < 1 || index > limit) {
    return fault === 'weekOfYear' ? { fault, year, weeks: limit } : { fault };
  }
  const period: Period = { kind, year, index };
  const range = rangeOf(period);
  if (range.start < FIRST_DATE || range.end > LAST_DATE) return { fault: 'range' };
  return period;
}

/**
 * Parses a period id, such as a query parameter or a cell of a file. Never throws, whatever the
 * value.
 *
 * @param id - `2026-10`, `2026-Q4`, `2026-H2`, `2026` or `2026-W48` (any value is accepted and
 *   checked).
 * @returns `ok(period)`, or an `invalid_period` problem that says what is wrong (its `fault`
 *   parameter names it: not text, empty, the year, a month, quarter, half or week out of range, a
 *   period outside 1900–2100 …); the message quotes at most 60 characters of the input.
 * @example
 * ```ts
 * import { parsePeriod } from 'to-cong-nghe-so';
 *
 * parsePeriod('2026-Q4'); // ok({ kind: 'quarter', year: 2026, index: 4 })
 * parsePeriod('2026-13')._unsafeUnwrapErr().params; // { input: '"2026-13"', fault: 'month' }
 * parsePeriod(undefined)._unsafeUnwrapErr().code; // 'invalid_period'
 * parsePeriod('1899')._unsafeUnwrapErr().params; // { input: '"1899"', fault: 'range' }
 * ```
 * @category Calendar
 */
export function parsePeriod(id: unknown): Result<Period, Problem<'invalid_period'>> {
  const read = readPeriodId(id);
  if ('kind' in read) return ok(read);
  return err(raise(invalidPeriod, [], { input: excerpt(id), ...read }));
}

/**
 * Schema of a period id string: a text that {@link parsePeriod} accepts. Its problem is
 * `invalid_period`, with the reason.
 *
 * @example
 * ```ts
 * import { PeriodIdSchema } from 'to-cong-nghe-so';
 *
 * PeriodIdSchema.safeParse('2026-W48').success; // true
 * PeriodIdSchema.safeParse('2026-Q5').success; // false
 * ```
 * @category Calendar
 */
export const PeriodIdSchema = /* @__PURE__ */ lazySchema(() =>
  z.string().superRefine((id, ctx) => {
    const read = readPeriodId(id);
    if (!('kind' in read)) addProblem(ctx, invalidPeriod, { input: excerpt(id), ...read });
  }),
);

/**
 * Writes a period as its id.
 *
 * @param period - The period.
 * @returns Its id, e.g. `2026-Q4`.
 * @throws {@link InvalidArgumentError} when `period` is not a supported {@link Period}.
 * @example
 * ```ts
 * import { formatPeriod } from 'to-cong-nghe-so';
 *
 * formatPeriod({ kind: 'month', year: 2026, index: 3 }); // '2026-03'
 * formatPeriod({ kind: 'week', year: 2026, index: 5 }); // '2026-W05'
 * ```
 * @category Calendar
 */
export function formatPeriod(period: Period): string {
  return idOf(checkPeriod(period, 'period'));
}

/**
 * A closed range of dates, both ends included.
 *
 * @category Calendar
 */
export interface DateRange {
  /** The first day. */
  readonly start: IsoDate;
  /** The last day (included). */
  readonly end: IsoDate;
}

/**
 * The first and last day of a period.
 *
 * @param period - The period.
 * @returns The dates it spans, a fresh object.
 * @throws {@link InvalidArgumentError} when `period` is not a supported {@link Period}.
 * @example
 * ```ts
 * import { periodRange } from 'to-cong-nghe-so';
 *
 * periodRange({ kind: 'quarter', year: 2026, index: 4 }); // { start: '2026-10-01', end: '2026-12-31' }
 * periodRange({ kind: 'week', year: 2026, index: 1 }); // { start: '2025-12-29', end: '2026-01-04' }
 * ```
 * @category Calendar
 */
export function periodRange(period: Period): DateRange {
  return rangeOf(checkPeriod(period, 'period'));
}

/**
 * The period of a given kind that contains a date.
 *
 * @param date - The date.
 * @param kind - The kind of period wanted.
 * @returns The period.
 * @throws {@link InvalidArgumentError} when `date` is not an {@link IsoDate}, when `kind` is not
 *   a {@link PeriodKind}, or when the period would reach past 2100-12-31 (the ISO week of
 *   27–31 December 2100 ends in 2101).
 * @example
 * ```ts
 * import { periodContaining } from 'to-cong-nghe-so';
 *
 * periodContaining('2026-11-28', 'quarter'); // { kind: 'quarter', year: 2026, index: 4 }
 * periodContaining('2027-01-01', 'week'); // { kind: 'week', year: 2026, index: 53 }
 * ```
 * @category Calendar
 */
export function periodContaining(date: IsoDate, kind: PeriodKind): Period {
  const period = periodOf(checkDate(date, 'date'), checkKind(kind, 'kind'));
  return checkPeriod(period, 'date');
}

/** The period after (step 1) or before (step −1), or an error naming the argument. */
function step(period: Period, by: 1 | -1): Period {
  const count = periodsInYear(period.kind, period.year);
  const index = period.index + by;
  if (index >= 1 && index <= count) return checkPeriod({ ...period, index }, 'period');
  const year = period.year + by;
  const next = { kind: period.kind, year, index: by === 1 ? 1 : periodsInYear(period.kind, year) };
  return checkPeriod(next, 'period');
}

/**
 * The period of the same kind that follows.
 *
 * @param period - A period.
 * @returns The next one (`2026-12` → `2027-01`, `2026-W53` → `2027-W01`).
 * @throws {@link InvalidArgumentError} when `period` is not a supported {@link Period}, or is the
 *   last one the library supports (`2100-12`, `2100`, `2100-W51` …).
 * @example
 * ```ts
 * import { nextPeriod, formatPeriod } from 'to-cong-nghe-so';
 *
 * formatPeriod(nextPeriod({ kind: 'quarter', year: 2026, index: 4 })); // '2027-Q1'
 * ```
 * @category Calendar
 */
export function nextPeriod(period: Period): Period {
  return step(checkPeriod(period, 'period'), 1);
}

/**
 * The period of the same kind that comes before.
 *
 * @param period - A period.
 * @returns The previous one (`2027-01` → `2026-12`).
 * @throws {@link InvalidArgumentError} when `period` is not a supported {@link Period}, or is the
 *   first one the library supports (`1900-01`, `1900`, `1900-W01` …).
 * @example
 * ```ts
 * import { previousPeriod, formatPeriod } from 'to-cong-nghe-so';
 *
 * formatPeriod(previousPeriod({ kind: 'month', year: 2027, index: 1 })); // '2026-12'
 * ```
 * @category Calendar
 */
export function previousPeriod(period: Period): Period {
  return step(checkPeriod(period, 'period'), -1);
}

/**
 * Orders periods by their first day, then by their last day (so `2026-10` comes before
 * `2026-Q4`, which comes before `2026`). Use it as a sort comparator: it is antisymmetric
 * (swapping the arguments flips the sign) and 0 only for periods of the same range.
 *
 * @param a - The first period.
 * @param b - The second period.
 * @returns -1, 0 (same range) or 1.
 * @throws {@link InvalidArgumentError} when `a` or `b` is not a supported {@link Period}.
 * @example
 * ```ts
 * import { comparePeriods } from 'to-cong-nghe-so';
 *
 * comparePeriods({ kind: 'month', year: 2026, index: 10 }, { kind: 'quarter', year: 2026, index: 4 }); // -1
 * comparePeriods({ kind: 'quarter', year: 2026, index: 4 }, { kind: 'month', year: 2026, index: 10 }); // 1
 * ```
 * @category Calendar
 */
export function comparePeriods(a: Period, b: Period): number {
  const ra = rangeOf(checkPeriod(a, 'a'));
  const rb = rangeOf(checkPeriod(b, 'b'));
  return compareDates(ra.start, rb.start) || compareDates(ra.end, rb.end);
}

const KIND_WORDS: Record<PeriodKind, Label> = {
  week: { vi: 'tuần', en: 'week' },
  month: { vi: 'tháng', en: 'month' },
  quarter: { vi: 'quý', en: 'quarter' },
  half: { vi: '6 tháng', en: 'half year' },
  year: { vi: 'năm', en: 'year' },
};

/**
 * The periods of a finer kind that make up a period: the months of a quarter, the quarters of a
 * year, and so on. They tile the period with no gap or overlap. ISO weeks do not nest in
 * months, quarters or years, so `week` is only accepted inside a week.
 *
 * @param period - The enclosing period.
 * @param kind - The finer kind wanted.
 * @returns The periods in order, or `period_not_nested` (with the period's label and the kind),
 *   or `invalid_argument` when `period` or `kind` is not one.
 * @example
 * ```ts
 * import { periodsWithin, formatPeriod } from 'to-cong-nghe-so';
 *
 * periodsWithin({ kind: 'quarter', year: 2026, index: 4 }, 'month').map((p) => p.map(formatPeriod));
 * // ok(['2026-10', '2026-11', '2026-12'])
 * periodsWithin({ kind: 'quarter', year: 2026, index: 4 }, 'week')._unsafeUnwrapErr().message.vi;
 * // 'Không chia được quý IV năm 2026 (2026-Q4) thành các kỳ tuần: kỳ tuần không nằm gọn trong kỳ này.'
 * ```
 * @category Calendar
 */
export function periodsWithin(period: Period, kind: PeriodKind): Result<Period[], PeriodProblem> {
  const checked = argumentsOrErr(() => [checkPeriod(period, 'period'), checkKind(kind, 'kind')]);
  if (checked.isErr()) return err(checked.error);
  const [outer, finer] = checked.value as [Period, PeriodKind];
  if (finer === outer.kind) return ok([outer]);
  // Weeks nest in nothing but a week; other kinds nest when they fit a whole number of times.
  if (finer === 'week' || outer.kind === 'week' || MONTHS_OF[outer.kind] % MONTHS_OF[finer] > 0) {
    return err(
      raise(periodNotNested, [], {
        periodId: idOf(outer),
        period: labelOf(outer),
        kind: { ...KIND_WORDS[finer] },
      }),
    );
  }
  const size = MONTHS_OF[finer];
  const first = (firstMonthOf(outer) - 1) / size;
  const count = MONTHS_OF[outer.kind] / size;
  return ok(
    Array.from({ length: count }, (_, i) => ({
      kind: finer,
      year: outer.year,
      index: first + i + 1,
    })),
  );
}
