// Period ids as the indicators module reads them from outside data: the forms of `parsePeriod`,
// within the years the library supports.
import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod';
import { FIRST_DATE, FIRST_YEAR, LAST_DATE, LAST_YEAR } from '../_internal/dates.js';
import { type Period, parsePeriod } from '../calendar/period.js';
import {
  dateOutOfRange,
  invalidPeriod,
  type PeriodIdFault,
} from '../problems/catalogue/calendar.js';
import { addProblem } from '../problems/input.js';
import { excerpt } from '../problems/words.js';

/** Why a period id cannot be read: a malformed id, or a year outside the supported range. */
export type PeriodIdProblem =
  | {
      readonly kind: 'format';
      readonly params: { readonly input: string; readonly fault: PeriodIdFault };
    }
  | {
      readonly kind: 'range';
      readonly params: { readonly input: string; readonly start: string; readonly end: string };
    };

/** Reads a period id (already text) into a period of the supported years. */
export function readPeriodId(id: string): Result<Period, PeriodIdProblem> {
  const parsed = parsePeriod(id);
  if (parsed.isErr()) {
    const { error } = parsed;
    const fault = error.code === 'invalid_period' ? error.params.fault : undefined;
    return err({
      kind: 'format',
      params: { input: excerpt(id), fault: fault ?? 'unknown' },
    });
  }
  const period = parsed.value;
  if (period.year < FIRST_YEAR || period.year > LAST_YEAR) {
    return err({
      kind: 'range',
      params: { input: excerpt(id), start: FIRST_DATE, end: LAST_DATE },
    });
  }
  return ok(period);
}

/** A zod refinement of period ids that reports the registered problem of a bad one. */
export function refinePeriodId(id: string, ctx: z.core.$RefinementCtx): void {
  const read = readPeriodId(id);
  if (read.isOk()) return;
  const problem = read.error;
  if (problem.kind === 'format') addProblem(ctx, invalidPeriod, problem.params);
  else addProblem(ctx, dateOutOfRange, problem.params);
}
