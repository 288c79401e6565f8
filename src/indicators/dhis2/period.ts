// Period ids as DHIS2 writes them (Web API, "Date and period format"): `202610` (month),
// `2026Q4` (quarter), `2026S2` (six months), `2026` (year), `2026W5` (ISO week, no zero padding).
import { err, ok, type Result } from 'neverthrow';
import type { Period } from '../../calendar/period.js';
import { InvalidArgumentError } from '../../problems/argument.js';
import {
  type Dhis2PeriodFault,
  type InvalidDhis2PeriodParams,
  invalidDhis2Period,
} from '../../problems/catalogue/indicators.js';
import { type Problem, raise } from '../../problems/problem.js';
import { excerpt } from '../../problems/words.js';
import { checkPeriod } from '../arguments.js';
import { readPeriodId } from '../period-id.js';

export type { Dhis2PeriodFault, InvalidDhis2PeriodParams };

/** DHIS2 period ids of the kinds the library tracks, each with the library's id it stands for. */
const FORMS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^(\d{4})(\d{2})$/u, (m) => `${m[1]}-${m[2]}`],
  [/^(\d{4})Q(\d)$/u, (m) => `${m[1]}-Q${m[2]}`],
  [/^(\d{4})S(\d)$/u, (m) => `${m[1]}-H${m[2]}`],
  [/^(\d{4})W(\d{1,2})$/u, (m) => `${m[1]}-W${(m[2] ?? '').padStart(2, '0')}`],
  [/^(\d{4})$/u, (m) => `${m[1]}`],
];

/**
 * DHIS2 period types the library does not track: days, bi-months, bi-weeks, weeks starting on
 * another day than Monday, six months from April, financial years.
 */
const OTHER_TYPES =
  /^\d{4}(?:\d{4}|\d{2}B|BiW\d{1,2}|(?:Wed|Thu|Sat|Sun)W\d{1,2}|AprilS\d|April|July|Oct|Nov)$/u;

/**
 * The library's period id a DHIS2 period id stands for (not yet checked: `202613` gives
 * `2026-13`), or `undefined` when it is none of the DHIS2 forms of months, quarters, six months,
 * years and ISO weeks.
 */
export function periodIdOfDhis2(text: string): string | undefined {
  for (const [pattern, id] of FORMS) {
    const match = pattern.exec(text);
    if (match) return id(match);
  }
  return undefined;
}

/**
 * A period as DHIS2 writes it: `202610` for a month, `2026Q4` for a quarter, `2026S2` for six
 * months, `2026` for a year and `2026W5` for an ISO week (DHIS2 does not pad weeks with a zero).
 * See DHIS2's Web API guide, "Date and period format"
 * (https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/introduction.html#webapi_date_perid_format).
 *
 * @param period - The period, or its id (`2026-10`, `2026-Q4`, `2026-H2`, `2026`, `2026-W05`).
 * @returns The DHIS2 period id.
 * @throws {@link InvalidArgumentError} when `period` is not a period of 1900–2100 or the id of
 *   one.
 * @example
 * ```ts
 * import { toDhis2Period } from 'to-cong-nghe-so';
 *
 * toDhis2Period('2026-10'); // '202610'
 * toDhis2Period({ kind: 'week', year: 2026, index: 5 }); // '2026W5'
 * toDhis2Period('2026-H2'); // '2026S2'
 * ```
 * @category Indicators
 */
export function toDhis2Period(period: Period | string): string {
  const checked =
    typeof period === 'string'
      ? readPeriodId(period).match(
          (read) => read,
          () => {
            throw new InvalidArgumentError(
              'period',
              {
                vi: 'một kỳ hoặc mã kỳ (2026-10, 2026-Q4, 2026-H2, 2026, 2026-W05) trong 1900–2100',
                en: 'a period or period id (2026-10, 2026-Q4, 2026-H2, 2026, 2026-W05) within 1900–2100',
              },
              period,
            );
          },
        )
      : checkPeriod(period, 'period');
  return dhis2PeriodOf(checked);
}

/** A valid period as DHIS2 writes it. */
export function dhis2PeriodOf(period: Period): string {
  const { kind, year, index } = period;
  switch (kind) {
    case 'month':
      return `${year}${String(index).padStart(2, '0')}`;
    case 'quarter':
      return `${year}Q${index}`;
    case 'half':
      return `${year}S${index}`;
    case 'week':
      return `${year}W${index}`;
    case 'year':
      return String(year);
  }
}

/** Why a DHIS2 period id cannot be read. */
function faultOf(text: string): Dhis2PeriodFault {
  return OTHER_TYPES.test(text) ? 'otherType' : 'invalid';
}

/**
 * Reads a DHIS2 period id: a month `202610`, a quarter `2026Q4`, six months `2026S2`, a year
 * `2026` or an ISO week `2026W5` (also `2026W05`), of the years 1900–2100. DHIS2's other period
 * types (days, bi-months, bi-weeks, weeks starting on another day than Monday, six months from
 * April, financial years) are not periods the library tracks. See DHIS2's Web API guide, "Date
 * and period format".
 *
 * Never throws: any value gives `ok` or `err` with the `invalid_dhis2_period` problem.
 *
 * @param input - The DHIS2 period id (any value is accepted and checked).
 * @returns The period, or the problem.
 * @example
 * ```ts
 * import { parseDhis2Period } from 'to-cong-nghe-so';
 *
 * parseDhis2Period('2026W5'); // ok({ kind: 'week', year: 2026, index: 5 })
 * parseDhis2Period('202610'); // ok({ kind: 'month', year: 2026, index: 10 })
 * parseDhis2Period('2026AprilS1').mapErr((p) => p.params.fault); // err('otherType')
 * ```
 * @category Indicators
 */
export function parseDhis2Period(input: unknown): Result<Period, Problem<'invalid_dhis2_period'>> {
  const text = typeof input === 'string' ? input.trim() : undefined;
  const id = text === undefined ? undefined : periodIdOfDhis2(text);
  const read = id === undefined ? undefined : readPeriodId(id);
  if (read?.isOk()) return ok(read.value);
  const fault = text === undefined ? 'invalid' : faultOf(text);
  return err(raise(invalidDhis2Period, [], { input: excerpt(input), fault }));
}
