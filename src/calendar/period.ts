import {
  addDays,
  addWeeks,
  getISOWeek,
  getISOWeeksInYear,
  getISOWeekYear,
  lastDayOfMonth,
  startOfISOWeekYear,
} from 'date-fns';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { datePartsOf, fromUtcDate, isoDateOf, toUtcDate } from '../_internal/dates.js';
import type { Problem } from '../problems/problem.js';
import type { Label } from '../text/label.js';
import type { IsoDate } from './date.js';

/**
 * The kinds of reporting period (kỳ báo cáo).
 * - `month` `2026-10`, `quarter` `2026-Q4`, `half` (six months) `2026-H2`, `year` `2026`,
 *   `week` (ISO 8601 week) `2026-W48`.
 *
 * @category Calendar
 */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'week';

/**
 * All period kinds, coarsest last.
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from 'to-cong-nghe-so';
 *
 * PERIOD_KINDS.includes('quarter'); // true
 * ```
 * @category Calendar
 */
export const PERIOD_KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter', 'half', 'year'];

/**
 * A parsed reporting period.
 *
 * @example
 * ```ts
 * import type { Period } from 'to-cong-nghe-so';
 *
 * const q4: Period = { kind: 'quarter', year: 2026, index: 4 };
 * ```
 * @category Calendar
 */
export interface Period {
  /** The kind of period. */
  readonly kind: PeriodKind;
  /** The year (for weeks, the ISO week-numbering year). */
  readonly year: number;
  /** Month 1–12, quarter 1–4, half 1–2, ISO week 1–53; always 1 for a year. */
  readonly index: number;
}

/**
 * The error of {@link parsePeriod} and the other period functions.
 *
 * @category Calendar
 */
export type PeriodError = Problem<'invalid_period' | 'period_not_nested'>;

const PATTERN = /^(\d{4})(?:-(?:(\d{2})|Q(\d)|H(\d)|W(\d{2})))?$/u;

function invalid(id: string, why: Label): PeriodError {
  return {
    code: 'invalid_period',
    path: [],
    message: {
      vi: `Kỳ "${id}" không hợp lệ: ${why.vi} Dạng đúng: 2026-10 (tháng), 2026-Q4 (quý), 2026-H2 (6 tháng), 2026 (năm), 2026-W48 (tuần).`,
      en: `Period "${id}" is invalid: ${why.en} Accepted: 2026-10 (month), 2026-Q4 (quarter), 2026-H2 (half year), 2026 (year), 2026-W48 (ISO week).`,
    },
  };
}

/** Why an id does not match {@link PATTERN}, as precisely as the id allows. */
function diagnose(id: string): Label {
  if (id.trim() !== id || id === '')
    return { vi: 'mã kỳ trống hoặc có khoảng trắng.', en: 'it is empty or has spaces.' };
  const [year = '', suffix] = id.split(/-(.*)/su);
  if (!/^\d{4}$/u.test(year))
    return { vi: 'năm phải có đúng 4 chữ số.', en: 'the year must have exactly 4 digits.' };
  if (suffix === undefined || suffix === '')
    return { vi: 'thiếu phần sau dấu "-".', en: 'nothing follows the "-".' };
  if (/^\d+$/u.test(suffix))
    return {
      vi: 'tháng phải có đúng 2 chữ số (01–12).',
      en: 'the month must have exactly 2 digits (01–12).',
    };
  if (/^[qhw]/u.test(suffix))
    return { vi: 'chữ Q, H, W phải viết hoa.', en: 'Q, H and W must be upper case.' };
  if (/^Q/u.test(suffix))
    return { vi: 'quý phải từ Q1 đến Q4.', en: 'the quarter must be Q1 to Q4.' };
  if (/^H/u.test(suffix))
    return { vi: 'nửa năm phải là H1 hoặc H2.', en: 'the half must be H1 or H2.' };
  if (/^W/u.test(suffix))
    return {
      vi: 'tuần phải có đúng 2 chữ số (W01–W53).',
      en: 'the week must have exactly 2 digits (W01–W53).',
    };
  return {
    vi: `phần "${suffix}" không phải tháng, quý, nửa năm hay tuần.`,
    en: `"${suffix}" is not a month, quarter, half or week.`,
  };
}

function weeksInYear(year: number): number {
  return getISOWeeksInYear(toUtcDate(isoDateOf(year, 1, 4)));
}

/**
 * Parses a period id.
 *
 * @param id - `2026-10`, `2026-Q4`, `2026-H2`, `2026` or `2026-W48`.
 * @returns `ok(period)` or an `invalid_period` error that says what is wrong.
 * @example
 * ```ts
 * import { parsePeriod } from 'to-cong-nghe-so';
 *
 * parsePeriod('2026-Q4'); // ok({ kind: 'quarter', year: 2026, index: 4 })
 * parsePeriod('2026-13').isErr(); // true
 * ```
 * @category Calendar
 */
export function parsePeriod(id: string): Result<Period, PeriodError> {
  const match = PATTERN.exec(id);
  if (!match) return err(invalid(id, diagnose(id)));
  const [, y, m, q, h, w] = match;
  const year = Number(y);
  if (year < 1)
    return err(invalid(id, { vi: 'năm phải từ 0001.', en: 'the year must be 0001 or later.' }));
  if (m !== undefined) {
    const index = Number(m);
    if (index < 1 || index > 12)
      return err(
        invalid(id, { vi: 'tháng phải từ 01 đến 12.', en: 'the month must be 01 to 12.' }),
      );
    return ok({ kind: 'month', year, index });
  }
  if (q !== undefined) {
    const index = Number(q);
    if (index < 1 || index > 4)
      return err(
        invalid(id, { vi: 'quý phải từ Q1 đến Q4.', en: 'the quarter must be Q1 to Q4.' }),
      );
    return ok({ kind: 'quarter', year, index });
  }
  if (h !== undefined) {
    const index = Number(h);
    if (index < 1 || index > 2)
      return err(
        invalid(id, { vi: 'nửa năm phải là H1 hoặc H2.', en: 'the half must be H1 or H2.' }),
      );
    return ok({ kind: 'half', year, index });
  }
  if (w !== undefined) {
    const index = Number(w);
    const max = weeksInYear(year);
    if (index < 1 || index > max)
      return err(
        invalid(id, {
          vi: `năm ${year} có các tuần W01 đến W${max}.`,
          en: `${year} has ISO weeks W01 to W${max}.`,
        }),
      );
    return ok({ kind: 'week', year, index });
  }
  return ok({ kind: 'year', year, index: 1 });
}

/**
 * Schema of a period id string (validated with {@link parsePeriod}).
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
export const PeriodIdSchema = z
  .string()
  .regex(PATTERN)
  .refine((id) => parsePeriod(id).isOk(), { message: 'invalid period id' });

/**
 * Writes a period as its id.
 *
 * @param period - The period.
 * @returns Its id, e.g. `2026-Q4`.
 * @example
 * ```ts
 * import { formatPeriod } from 'to-cong-nghe-so';
 *
 * formatPeriod({ kind: 'month', year: 2026, index: 3 }); // '2026-03'
 * ```
 * @category Calendar
 */
export function formatPeriod(period: Period): string {
  const year = String(period.year).padStart(4, '0');
  const two = String(period.index).padStart(2, '0');
  switch (period.kind) {
    case 'month':
      return `${year}-${two}`;
    case 'quarter':
      return `${year}-Q${period.index}`;
    case 'half':
      return `${year}-H${period.index}`;
    case 'week':
      return `${year}-W${two}`;
    case 'year':
      return year;
  }
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

function firstMonth(period: Period): number {
  switch (period.kind) {
    case 'quarter':
      return (period.index - 1) * 3 + 1;
    case 'half':
      return (period.index - 1) * 6 + 1;
    case 'month':
      return period.index;
    default:
      return 1;
  }
}

function monthCount(kind: Exclude<PeriodKind, 'week'>): number {
  return { month: 1, quarter: 3, half: 6, year: 12 }[kind];
}

/**
 * The first and last day of a period.
 *
 * @param period - The period.
 * @returns The dates it spans.
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
  if (period.kind === 'week') {
    const monday = addWeeks(
      startOfISOWeekYear(toUtcDate(isoDateOf(period.year, 1, 4))),
      period.index - 1,
    );
    return { start: fromUtcDate(monday), end: fromUtcDate(addDays(monday, 6)) };
  }
  const first = firstMonth(period);
  const last = first + monthCount(period.kind) - 1;
  return {
    start: isoDateOf(period.year, first, 1),
    end: fromUtcDate(lastDayOfMonth(toUtcDate(isoDateOf(period.year, last, 1)))),
  };
}

/**
 * The period of a given kind that contains a date.
 *
 * @param date - The date.
 * @param kind - The kind of period wanted.
 * @returns The period.
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
  const { year, month } = datePartsOf(date);
  switch (kind) {
    case 'week': {
      const utc = toUtcDate(date);
      return { kind, year: getISOWeekYear(utc), index: getISOWeek(utc) };
    }
    case 'month':
      return { kind, year, index: month };
    case 'quarter':
      return { kind, year, index: Math.ceil(month / 3) };
    case 'half':
      return { kind, year, index: month <= 6 ? 1 : 2 };
    case 'year':
      return { kind, year, index: 1 };
  }
}

function perYear(period: Period): number {
  switch (period.kind) {
    case 'week':
      return weeksInYear(period.year);
    case 'month':
      return 12;
    case 'quarter':
      return 4;
    case 'half':
      return 2;
    case 'year':
      return 1;
  }
}

/**
 * The period of the same kind that follows.
 *
 * @param period - A period.
 * @returns The next one (`2026-12` → `2027-01`, `2026-W53` → `2027-W01`).
 * @example
 * ```ts
 * import { nextPeriod, formatPeriod } from 'to-cong-nghe-so';
 *
 * formatPeriod(nextPeriod({ kind: 'quarter', year: 2026, index: 4 })); // '2027-Q1'
 * ```
 * @category Calendar
 */
export function nextPeriod(period: Period): Period {
  if (period.index < perYear(period)) return { ...period, index: period.index + 1 };
  return { kind: period.kind, year: period.year + 1, index: 1 };
}

/**
 * The period of the same kind that comes before.
 *
 * @param period - A period.
 * @returns The previous one (`2027-01` → `2026-12`).
 * @example
 * ```ts
 * import { previousPeriod, formatPeriod } from 'to-cong-nghe-so';
 *
 * formatPeriod(previousPeriod({ kind: 'month', year: 2027, index: 1 })); // '2026-12'
 * ```
 * @category Calendar
 */
export function previousPeriod(period: Period): Period {
  if (period.index > 1) return { ...period, index: period.index - 1 };
  const year = period.year - 1;
  const last = perYear({ kind: period.kind, year, index: 1 });
  return { kind: period.kind, year, index: last };
}

/**
 * Orders periods by their first day, then by their last day (so `2026-10` comes before
 * `2026-Q4`, which comes before `2026`). Use it as a sort comparator.
 *
 * @param a - The first period.
 * @param b - The second period.
 * @returns A negative number, zero (same range) or a positive number.
 * @example
 * ```ts
 * import { comparePeriods } from 'to-cong-nghe-so';
 *
 * comparePeriods({ kind: 'month', year: 2026, index: 10 }, { kind: 'quarter', year: 2026, index: 4 }); // -1
 * ```
 * @category Calendar
 */
export function comparePeriods(a: Period, b: Period): number {
  const ra = periodRange(a);
  const rb = periodRange(b);
  if (ra.start !== rb.start) return ra.start < rb.start ? -1 : 1;
  if (ra.end !== rb.end) return ra.end < rb.end ? -1 : 1;
  return 0;
}

const RANK: Record<PeriodKind, number> = { week: 0, month: 1, quarter: 2, half: 3, year: 4 };

/**
 * The periods of a finer kind that make up a period: the months of a quarter, the quarters of a
 * year, and so on. They tile the period with no gap or overlap. ISO weeks do not nest in
 * months, quarters or years, so `week` is only accepted inside a week.
 *
 * @param period - The enclosing period.
 * @param kind - The finer kind wanted.
 * @returns The periods in order, or a `period_not_nested` error.
 * @example
 * ```ts
 * import { periodsWithin, formatPeriod } from 'to-cong-nghe-so';
 *
 * periodsWithin({ kind: 'quarter', year: 2026, index: 4 }, 'month').map((p) => p.map(formatPeriod));
 * // ok(['2026-10', '2026-11', '2026-12'])
 * ```
 * @category Calendar
 */
export function periodsWithin(period: Period, kind: PeriodKind): Result<Period[], PeriodError> {
  if (kind === period.kind) return ok([period]);
  if (kind === 'week' || period.kind === 'week' || RANK[kind] > RANK[period.kind]) {
    const id = formatPeriod(period);
    return err({
      code: 'period_not_nested',
      path: [],
      message: {
        vi: `Kỳ loại "${kind}" không nằm gọn trong kỳ ${id}.`,
        en: `Periods of kind "${kind}" do not nest inside ${id}.`,
      },
    });
  }
  const size = monthCount(kind);
  const first = firstMonth(period);
  const count = monthCount(period.kind) / size;
  return ok(
    Array.from({ length: count }, (_, i) => ({
      kind,
      year: period.year,
      index: (first - 1) / size + i + 1,
    })),
  );
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The Vietnamese and English name of a period, as reports title it.
 *
 * @param period - The period.
 * @returns Its label.
 * @example
 * ```ts
 * import { periodLabel } from 'to-cong-nghe-so';
 *
 * periodLabel({ kind: 'month', year: 2026, index: 10 }); // { vi: 'tháng 10 năm 2026', en: 'October 2026' }
 * periodLabel({ kind: 'quarter', year: 2026, index: 4 }); // { vi: 'quý IV năm 2026', en: 'Q4 2026' }
 * periodLabel({ kind: 'half', year: 2026, index: 2 }); // { vi: '6 tháng cuối năm 2026', en: 'second half of 2026' }
 * ```
 * @category Calendar
 */
export function periodLabel(period: Period): Label {
  const { year, index } = period;
  switch (period.kind) {
    case 'month':
      return { vi: `tháng ${index} năm ${year}`, en: `${MONTHS_EN[index - 1] ?? ''} ${year}` };
    case 'quarter':
      return { vi: `quý ${ROMAN[index - 1] ?? ''} năm ${year}`, en: `Q${index} ${year}` };
    case 'half':
      return index === 1
        ? { vi: `6 tháng đầu năm ${year}`, en: `first half of ${year}` }
        : { vi: `6 tháng cuối năm ${year}`, en: `second half of ${year}` };
    case 'week':
      return { vi: `tuần ${index} năm ${year}`, en: `week ${index} of ${year}` };
    case 'year':
      return { vi: `năm ${year}`, en: String(year) };
  }
}
