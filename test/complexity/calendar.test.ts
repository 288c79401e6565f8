// How the cost of the calendar's operations grows: each is timed at n and 4n (the minimum of
// several runs, as the machine is shared), and fails only when the ratio is clearly worse than
// n log n (≈ 4.5 at 4n; n² would give 16). Working-day arithmetic is also timed against a baseline
// of single-day lookups, to show it costs the years crossed, not the days.
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  extendCalendar,
  holidaysIn,
  type IsoDate,
  isWorkingDay,
  parseWorkingCalendar,
  VIETNAM_CALENDAR,
  type WorkingCalendar,
  workingDaysBetween,
} from '../../src/index.js';

/** The shortest time of `runs` runs of `work`, in milliseconds. */
function fastest(work: () => void, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Repeats a call enough times for a measurable duration. */
function repeat(times: number, call: () => unknown): () => void {
  return () => {
    for (let i = 0; i < times; i += 1) call();
  };
}

/**
 * The time at 4n over the time at n, each built fresh by `setup`: both warmed up, then timed in
 * turns (so that a busy moment of the machine hits both), keeping each one's fastest run.
 */
function ratio(setup: (n: number) => () => void, n: number, runs = 7): number {
  const small = setup(n);
  const large = setup(4 * n);
  small();
  large();
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    bestSmall = Math.min(bestSmall, fastest(small, 1));
    bestLarge = Math.min(bestLarge, fastest(large, 1));
  }
  return bestLarge / Math.max(bestSmall, 1e-3);
}

const LIMIT = 10;

function rules(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `rule-${i}`,
    name: { vi: `Ngày ${i}`, en: `Day ${i}` },
    date: { calendar: 'solar', month: (i % 12) + 1, day: (i % 28) + 1 },
    source: 'Ví dụ',
  }));
}

function schedules(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    year: 1900 + (i % 200),
    source: { document: `Thông báo ${i}`, issuer: { vi: 'UBND', en: 'PC' } },
    appliesTo: { vi: 'công chức', en: 'civil servants' },
    occasions: [
      {
        rule: `rule-${i}`,
        daysOff: [{ start: `${1900 + (i % 200)}-03-02`, end: `${1900 + (i % 200)}-03-04` }],
      },
    ],
  }));
}

function calendarWith(n: number): WorkingCalendar {
  return parseWorkingCalendar({
    name: { vi: 'Lịch thử', en: 'Test calendar' },
    rules: rules(n),
  })._unsafeUnwrap();
}

describe('complexity of the calendar', () => {
  it('parseWorkingCalendar: n rules and n schedules, every check in one pass', () => {
    const r = ratio((n) => {
      const input = {
        name: { vi: 'Lịch', en: 'Calendar' },
        rules: rules(n),
        schedules: schedules(n),
      };
      return () => {
        parseWorkingCalendar(input);
      };
    }, 300);
    expect(r).toBeLessThan(LIMIT);
  });

  it('extendCalendar: n added rules and schedules', () => {
    const r = ratio((n) => {
      const extension = { rules: rules(n), schedules: schedules(n) };
      return () => {
        extendCalendar(VIETNAM_CALENDAR, extension);
      };
    }, 300);
    expect(r).toBeLessThan(LIMIT);
  });

  it('holidaysIn: a year of a calendar with n rules, computed from cold', () => {
    const r = ratio((n) => {
      const input = { name: { vi: 'Lịch', en: 'Calendar' }, rules: rules(n) };
      return () => {
        holidaysIn(2027, parseWorkingCalendar(input)._unsafeUnwrap());
      };
    }, 100);
    expect(r).toBeLessThan(LIMIT);
  });

  it('workingDaysBetween: a year of a calendar with n holidays (warm)', () => {
    const r = ratio((n) => {
      const calendar = calendarWith(n);
      workingDaysBetween('2027-01-01', '2027-12-31', calendar);
      return repeat(2000, () => workingDaysBetween('2027-01-05', '2027-11-20', calendar));
    }, 50);
    expect(r).toBeLessThan(LIMIT);
  });

  it('addWorkingDays: n and 4n working days (warm)', () => {
    workingDaysBetween('1900-01-01', '2100-12-31');
    const r = ratio((n) => repeat(200, () => addWorkingDays('1950-01-03', n)), 2_500);
    expect(r).toBeLessThan(LIMIT);
  });

  it('workingDaysBetween costs the years crossed, not the days', () => {
    workingDaysBetween('1900-01-01', '2100-12-31');
    const span = fastest(repeat(50, () => workingDaysBetween('1900-01-01', '2100-12-31')));
    // Day by day, 201 years would cost about 73,000 single-day lookups; by weeks and years it
    // costs about as much as 201 of them.
    const days = Array.from({ length: 201 }, (_, i) => `${1900 + i}-06-15` as IsoDate);
    const lookups = fastest(
      repeat(50, () =>
        days.forEach((day) => {
          isWorkingDay(day);
        }),
      ),
    );
    expect(span / lookups).toBeLessThan(50);
  });

  it('addWorkingDays over two centuries costs about as much as a few lookups per year', () => {
    workingDaysBetween('1900-01-01', '2100-12-31');
    const far = fastest(repeat(20, () => addWorkingDays('1900-01-01', 51_000)));
    const days = Array.from({ length: 201 }, (_, i) => `${1900 + i}-06-15` as IsoDate);
    const lookups = fastest(
      repeat(20, () =>
        days.forEach((day) => {
          isWorkingDay(day);
        }),
      ),
    );
    expect(far / lookups).toBeLessThan(100);
  });
});
