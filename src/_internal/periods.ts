// Entry checks of reporting periods given as values ({ kind, year, index }): cheap, and the same
// everywhere. A value that does not conform is a programmer's error (InvalidArgumentError).
import { z } from 'zod';
import type { Period, PeriodKind } from '../calendar/period.js';
import { InvalidArgumentError } from '../problems/argument.js';
import type { Label } from '../text/label.js';
import { epochDay, FIRST_YEAR, isoDateOf, LAST_YEAR } from './dates.js';

const MAX_INDEX: Readonly<Record<Exclude<PeriodKind, 'week'>, number>> = {
  month: 12,
  quarter: 4,
  half: 2,
  year: 1,
};

/** How many months a period of each kind (but weeks) spans. */
export const PERIOD_KIND_MONTHS: Readonly<Record<Exclude<PeriodKind, 'week'>, number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

/** The number of ISO weeks of a year: 53 when 1 January is a Thursday, or a Wednesday in a leap year. */
export function isoWeeksIn(year: number): number {
  const weekday = (epochDay(isoDateOf(year, 1, 1)) + 4) % 7; // 1970-01-01 was a Thursday (4)
  const day = (weekday + 7) % 7;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day === 4 || (leap && day === 3) ? 53 : 52;
}

/** What a period argument must be, for the messages. */
export const PERIOD_ARGUMENT: Label = {
  vi: `một kỳ \`{ kind, year, index }\` có thật, năm từ ${FIRST_YEAR} đến ${LAST_YEAR}`,
  en: `a real period \`{ kind, year, index }\` with a year from ${FIRST_YEAR} to ${LAST_YEAR}`,
};

/** Whether a value is a period of a known kind, a supported year and an index that exists. */
export function isPeriod(value: unknown): value is Period {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, year, index } = value as Record<string, unknown>;
  if (typeof year !== 'number' || !Number.isInteger(year)) return false;
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 1) return false;
  if (kind === 'week') return index <= isoWeeksIn(year);
  if (typeof kind !== 'string' || !Object.hasOwn(MAX_INDEX, kind)) return false;
  return index <= MAX_INDEX[kind as keyof typeof MAX_INDEX];
}

/**
 * Checks a period argument and returns a fresh copy of it.
 *
 * @throws {@link InvalidArgumentError} when it is not a real period in the supported years.
 */
export function checkPeriod(value: unknown, argument: string): Period {
  if (!isPeriod(value)) throw new InvalidArgumentError(argument, PERIOD_ARGUMENT, value);
  return { kind: value.kind, year: value.year, index: value.index };
}

/** A zod schema of a period value, for the entry checks of option objects that hold one. */
export const PeriodValueSchema = z.custom<Period>((value) => isPeriod(value), {
  message: 'a real period { kind, year, index } of the supported years',
});
