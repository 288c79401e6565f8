/**
 * The calendar at scale: the deadlines and working days left of 10,000 tasks, the due dates of
 * 5,000 seats' monthly reports for a year, the period ids of 100,000 CSV rows, and working days
 * over two centuries. `benchCalendar()` prints each operation's time at full size and its ratio to
 * a quarter of it in the same run (n log n gives about 4.5, n² 16), and the two-century span
 * against a baseline of 201 single-day lookups measured in the same run (day by day would cost
 * about 365 times the baseline). Run alone with `npx tsx bench/scale/calendar.ts`.
 */
import { performance } from 'node:perf_hooks';
import {
  addWorkingDays,
  deadlineAfter,
  type IsoDate,
  isWorkingDay,
  type Period,
  parsePeriod,
  parseWorkingCalendar,
  reportDueDate,
  VIETNAM_CALENDAR,
  workingDaysBetween,
} from '../../src/index.js';

/** The fastest of some runs of an operation, in milliseconds (the machine is shared). */
function fastest(run: () => unknown, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A day of 2020–2029, spread over the decade. */
function dayOf(i: number): IsoDate {
  const date = new Date(Date.UTC(2020, 0, 1 + ((i * 37) % 3650)));
  return date.toISOString().slice(0, 10) as IsoDate;
}

/**
 * The operations measured, each preparing its input for a size outside the timing: `tasks`
 * (deadlines and days left), `seats` (twelve monthly due dates each), `rows` (CSV period ids),
 * `rules` (a province's calendar file).
 */
export function calendarOperations(): Record<string, [number, (n: number) => () => unknown]> {
  return {
    'deadlineAfter, n tasks (15 working days)': [
      10_000,
      (n) => {
        const starts = Array.from({ length: n }, (_, i) => dayOf(i));
        return () => starts.map((day) => deadlineAfter(day, { amount: 15, unit: 'workingDay' }));
      },
    ],
    'workingDaysBetween, n tasks (days left)': [
      10_000,
      (n) => {
        const spans = Array.from({ length: n }, (_, i) => [dayOf(i), dayOf(i * 7 + 3)] as const);
        return () => spans.map(([from, to]) => workingDaysBetween(from, to));
      },
    ],
    'reportDueDate, n seats × 12 months': [
      5_000,
      (n) => {
        const months: Period[] = Array.from({ length: 12 }, (_, i) => ({
          kind: 'month',
          year: 2026,
          index: i + 1,
        }));
        const rule = { kind: 'workingDaysAfterEnd', days: 5 } as const;
        return () => {
          for (let seat = 0; seat < n; seat += 1) {
            for (const month of months) reportDueDate(month, rule);
          }
        };
      },
    ],
    'parsePeriod, n CSV rows': [
      100_000,
      (n) => {
        const ids = Array.from({ length: n }, (_, i) =>
          i % 5 === 0 ? `2026-Q${(i % 4) + 1}` : `2026-${String((i % 12) + 1).padStart(2, '0')}`,
        );
        return () => ids.map((id) => parsePeriod(id));
      },
    ],
    'parseWorkingCalendar, n rules': [
      2_000,
      (n) => {
        const input = {
          name: { vi: 'Lịch của tỉnh', en: 'Provincial calendar' },
          rules: Array.from({ length: n }, (_, i) => ({
            id: `rule-${i}`,
            name: { vi: `Ngày ${i}`, en: `Day ${i}` },
            date: { calendar: 'solar', month: (i % 12) + 1, day: (i % 28) + 1 },
            source: 'Ví dụ',
          })),
        };
        return () => parseWorkingCalendar(input);
      },
    ],
  };
}

/** Prints each operation's time at full size and its ratio to a quarter of it. */
export function benchCalendar(): void {
  console.log('Calendar operations (ratio to a quarter of the size; n log n ≈ 4.5, n² = 16)');
  workingDaysBetween('1900-01-01', '2100-12-31', VIETNAM_CALENDAR);
  for (const [name, [size, prepare]] of Object.entries(calendarOperations())) {
    const small = prepare(Math.round(size / 4));
    const large = prepare(size);
    small();
    large();
    const atSmall = fastest(small);
    const atLarge = fastest(large);
    console.log(
      `  ${name.replace('n ', `${size.toLocaleString('en-US')} `).padEnd(44)} ${atLarge.toFixed(1).padStart(9)} ms   ×${(atLarge / atSmall).toFixed(1)}`,
    );
  }
  const days = Array.from({ length: 201 }, (_, i) => `${1900 + i}-06-15` as IsoDate);
  const baseline = fastest(() => {
    for (let i = 0; i < 100; i += 1) for (const day of days) isWorkingDay(day);
  });
  const span = fastest(() => {
    for (let i = 0; i < 100; i += 1) workingDaysBetween('1900-01-01', '2100-12-31');
  });
  const far = fastest(() => {
    for (let i = 0; i < 100; i += 1) addWorkingDays('1900-01-01', 51_000);
  });
  console.log(
    `  workingDaysBetween 1900–2100 (73,414 days)  ${(span / 100).toFixed(3).padStart(9)} ms   ×${(span / baseline).toFixed(1)} of 201 single-day lookups (day by day ≈ ×365)`,
  );
  console.log(
    `  addWorkingDays 51,000 from 1900-01-01        ${(far / 100).toFixed(3).padStart(9)} ms   ×${(far / baseline).toFixed(1)} of 201 single-day lookups`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) benchCalendar();
