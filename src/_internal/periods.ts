// Reporting periods as the whole library reads them: the kinds, the checks of a Period value, and
// the arithmetic on them, on whole numbers of days (no Date objects, no date-fns), so that a
// period function costs a few operations whatever the period.
import * as z from 'zod';
import { InvalidArgumentError } from '../problems/argument.js';
import type { Label } from '../text/label.js';
import {
  daysInMonth,
  epochDay,
  FIRST_DATE,
  FIRST_YEAR,
  fromEpochDay,
  type IsoDate,
  isoDateOf,
  LAST_DATE,
  LAST_YEAR,
  weekdayOfEpoch,
} from './dates.js';
import { lazySchema } from './lazy-schema.js';

/**
 * The kinds of reporting period (kỳ báo cáo).
 * - `month` `2026-10`, `quarter` `2026-Q4`, `half` (six months) `2026-H2`, `year` `2026`,
 *   `week` (ISO 8601 week) `2026-W48`.
 *
 * @category Calendar
 */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'week';

/**
 * A reporting period. A period the library accepts lies wholly within the supported dates
 * (1900-01-01 … 2100-12-31): years 1900 to 2100, and ISO weeks 1900-W01 to 2100-W51.
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
  /** The year, 1900–2100 (for weeks, the ISO week-numbering year). */
  readonly year: number;
  /** Month 1–12, quarter 1–4, half 1–2, ISO week 1–52 or 53; always 1 for a year. */
  readonly index: number;
}

/** The kinds, finest first. */
export const KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter', 'half', 'year'];

/** How many months a period of each month-based kind spans. */
export const MONTHS_OF: Readonly<Record<Exclude<PeriodKind, 'week'>, number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

/** The epoch day of the Monday that starts ISO week 1 of a year (the week holding 4 January). */
function firstMonday(year: number): number {
  const january4 = epochDay(isoDateOf(year, 1, 4));
  return january4 - ((weekdayOfEpoch(january4) + 6) % 7);
}

/** The number of ISO weeks of a year, 52 or 53. */
export function weeksInYear(year: number): number {
  return (firstMonday(year + 1) - firstMonday(year)) / 7;
}

/** How many periods of a kind a year has. */
export function periodsInYear(kind: PeriodKind, year: number): number {
  return kind === 'week' ? weeksInYear(year) : 12 / MONTHS_OF[kind];
}

/** The first month (1–12) of a month-based period. */
export function firstMonthOf(period: Period): number {
  return period.kind === 'week' || period.kind === 'year'
    ? 1
    : (period.index - 1) * MONTHS_OF[period.kind] + 1;
}

/** The first and last day of a period (the period is not checked). */
export function rangeOf(period: Period): { start: IsoDate; end: IsoDate } {
  if (period.kind === 'week') {
    const monday = firstMonday(period.year) + 7 * (period.index - 1);
    return { start: fromEpochDay(monday), end: fromEpochDay(monday + 6) };
  }
  const first = firstMonthOf(period);
  const last = first + MONTHS_OF[period.kind] - 1;
  return {
    start: isoDateOf(period.year, first, 1),
    end: isoDateOf(period.year, last, daysInMonth(period.year, last)),
  };
}

/** The period of a kind holding a date (the date is not checked). */
export function periodOf(date: IsoDate, kind: PeriodKind): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'week': {
      const day = epochDay(date);
      const thursday = day - ((weekdayOfEpoch(day) + 6) % 7) + 3;
      const weekYear = Number(fromEpochDay(thursday).slice(0, 4));
      return { kind, year: weekYear, index: (thursday - 3 - firstMonday(weekYear)) / 7 + 1 };
    }
    case 'year':
      return { kind, year, index: 1 };
    default:
      return { kind, year, index: Math.ceil(month / MONTHS_OF[kind]) };
  }
}

/** Writes a period as its id (the period is not checked). */
export function idOf(period: Period): string {
  const year = String(period.year);
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The period a value is, read once (a getter is called once), when it is one the library
 * supports: a known kind, a whole year and index in range, its days within 1900–2100.
 */
function readPeriod(value: unknown): Period | undefined {
  if (!isRecord(value)) return undefined;
  let kind: unknown;
  let year: unknown;
  let index: unknown;
  try {
    ({ kind, year, index } = value);
  } catch {
    return undefined;
  }
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) return undefined;
  if (typeof year !== 'number' || !Number.isInteger(year)) return undefined;
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  if (typeof index !== 'number' || !Number.isInteger(index)) return undefined;
  const period: Period = { kind: kind as PeriodKind, year, index };
  if (index < 1 || index > periodsInYear(period.kind, year)) return undefined;
  const { start, end } = rangeOf(period);
  return start >= FIRST_DATE && end <= LAST_DATE ? period : undefined;
}

/** Whether a value is a period the library supports. */
export function isSupportedPeriod(value: unknown): value is Period {
  return readPeriod(value) !== undefined;
}

/** What a period argument must be, for {@link checkPeriod}'s message. */
export const PERIOD_ARGUMENT: Label = {
  vi: 'một kỳ `{ kind, year, index }` nằm trong khoảng 1900-01-01 … 2100-12-31, ví dụ `{ kind: "quarter", year: 2026, index: 4 }`',
  en: 'a period `{ kind, year, index }` within 1900-01-01 … 2100-12-31, e.g. `{ kind: "quarter", year: 2026, index: 4 }`',
};

/**
 * Checks a period argument and returns a fresh copy of it (so that a getter or a later change of
 * the caller's object cannot change the answer).
 *
 * @throws {@link InvalidArgumentError} when it is not a supported period.
 */
export function checkPeriod(value: unknown, argument: string): Period {
  const period = readPeriod(value);
  if (period === undefined) throw new InvalidArgumentError(argument, PERIOD_ARGUMENT, value);
  return period;
}

/** What a period-kind argument must be. */
export const KIND_ARGUMENT: Label = {
  vi: `một loại kỳ: ${KINDS.map((kind) => `"${kind}"`).join(', ')}`,
  en: `a period kind: ${KINDS.map((kind) => `"${kind}"`).join(', ')}`,
};

/**
 * Checks a period-kind argument.
 *
 * @throws {@link InvalidArgumentError} otherwise.
 */
export function checkKind(value: unknown, argument: string): PeriodKind {
  if (typeof value !== 'string' || !(KINDS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(argument, KIND_ARGUMENT, value);
  }
  return value as PeriodKind;
}

/** How many months a period of each kind (but weeks) spans. */
export const PERIOD_KIND_MONTHS = MONTHS_OF;

/** A zod schema of a period value, for the entry checks of option objects that hold one. */
export const PeriodValueSchema = /* @__PURE__ */ lazySchema(() =>
  z.custom<Period>((value) => isSupportedPeriod(value)),
);
