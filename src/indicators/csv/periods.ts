// Period cells as spreadsheets save them back. Excel reads a month `2026-10` as the date
// 1 October 2026 and saves it as it shows it: `Oct-26`, `10/1/2026`, `1/10/2026`, `01/10/2026`,
// `2026-10-01` … depending on the language and the cell's format. Those forms, and DHIS2's ids
// (`202610`, `2026Q4`, `2026S2`, `2026W5`), are read as the period they stand for.
import { periodIdOfDhis2 } from '../dhis2/period.js';
import { readPeriodId } from '../period-id.js';

/** The library's own forms: `2026-10`, `2026-Q4`, `2026-H2`, `2026`, `2026-W05`. */
const OWN = /^\d{4}(?:-(?:\d{2}|Q\d|H\d|W\d{2}))?$/u;

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** A year of four digits, or of two meaning 20yy (as `Oct-26` shows October 2026). */
function yearOf(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function monthId(year: number, month: number): string | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** A midnight time Excel may add to a date: ` 0:00`, ` 00:00:00`. */
const MIDNIGHT = '(?:[ T]0?0:00(?::00)?)?';

type Form = readonly [RegExp, (m: RegExpExecArray) => string | undefined];

/** The day must be the first: Excel took the month for its first day. */
const FORMS: readonly Form[] = [
  // 2026-10-01, 2026/10/01, 2026.10.01 (with a midnight time)
  [
    new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${MIDNIGHT}$`, 'u'),
    (m) => (Number(m[3]) === 1 ? monthId(Number(m[1]), Number(m[2])) : undefined),
  ],
  // 10/1/2026 (month first) or 1/10/2026, 01.10.26 (day first): one of the two is the first day
  [
    new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})${MIDNIGHT}$`, 'u'),
    (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const month = a === 1 ? b : b === 1 ? a : undefined;
      return month === undefined ? undefined : monthId(yearOf(m[3] ?? ''), month);
    },
  ],
  // 10/2026, 10-2026 (month and year), 2026/10, 2026-1
  [/^(\d{1,2})[-/.](\d{4})$/u, (m) => monthId(Number(m[2]), Number(m[1]))],
  [/^(\d{4})[-/.](\d{1,2})$/u, (m) => monthId(Number(m[1]), Number(m[2]))],
  // Oct-26, Oct 2026, October 2026
  [
    new RegExp(`^${MONTH_NAME}\\.?[-/ ]+(\\d{4}|\\d{2})$`, 'iu'),
    (m) => monthId(yearOf(m[2] ?? ''), monthNumber(m[1] ?? '')),
  ],
  // 1-Oct-26, 01 Oct 2026
  [
    new RegExp(`^0?1[-/ ]${MONTH_NAME}\\.?[-/ ]+(\\d{4}|\\d{2})$`, 'iu'),
    (m) => monthId(yearOf(m[2] ?? ''), monthNumber(m[1] ?? '')),
  ],
  // Thg10-26, thg 10/2026, T10/2026, tháng 10/2026, tháng 10 năm 2026
  [
    /^(?:thg|th|t|tháng)\.?\s*(\d{1,2})\s*(?:[-/ .,]|\snăm\s)\s*(\d{4}|\d{2})$/iu,
    (m) => monthId(yearOf(m[2] ?? ''), Number(m[1])),
  ],
];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

/**
 * The period id a period cell stands for: the cell itself when it is in one of the library's
 * forms, otherwise the month of a date Excel wrote back for it (its first day, in the forms above),
 * or the period of a DHIS2 id; the cell unchanged when it is none of these (its problem is then
 * reported as for any period id). Two-digit years are read as 20yy.
 */
export function readPeriodCell(cell: string): string {
  if (OWN.test(cell)) return cell;
  const dhis2 = periodIdOfDhis2(cell);
  // A DHIS2 id that names no valid period is reported as written (`202613`, not `2026-13`).
  if (dhis2 !== undefined) return readPeriodId(dhis2).isOk() ? dhis2 : cell;
  for (const [pattern, read] of FORMS) {
    const match = pattern.exec(cell);
    if (match) return read(match) ?? cell;
  }
  return cell;
}
