import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  extendCalendar,
  holidaysIn,
  type IsoDate,
  isWorkingDay,
  makeUpDaysIn,
  nextWorkingDay,
  parseWorkingCalendar,
  VIETNAM_CALENDAR,
  type WorkingCalendar,
  workingDaysBetween,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const DAY = 86_400_000;
const epoch = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10) as IsoDate;

/** The simple reference: working days by asking isWorkingDay about each day. */
function reference(calendar: WorkingCalendar, first: string, last: string) {
  const start = epoch(first);
  const working = Array.from({ length: epoch(last) - start + 1 }, (_, i) =>
    isWorkingDay(iso(start + i), calendar),
  );
  const at = (day: number) => working[day - start] === true;
  return {
    between(from: number, to: number): number {
      let count = 0;
      if (to >= from) for (let d = from + 1; d <= to; d += 1) count += at(d) ? 1 : 0;
      else for (let d = to; d < from; d += 1) count -= at(d) ? 1 : 0;
      return count;
    },
    add(from: number, n: number): number {
      let day = from;
      for (let left = Math.abs(n); left > 0; ) {
        day += n < 0 ? -1 : 1;
        if (day < start || day >= start + working.length) throw new Error('outside the reference');
        if (at(day)) left -= 1;
      }
      return day;
    },
  };
}

/** A calendar unlike the default one: Sundays only, a lunar rule, a make-up day, swapped days. */
const unusual = parseWorkingCalendar({
  name: { vi: 'Lịch thử', en: 'Test calendar' },
  weeklyRestDays: [0],
  rules: [
    ...VIETNAM_CALENDAR.rules,
    {
      id: 'mid-autumn',
      name: { vi: 'Tết Trung thu', en: 'Mid-Autumn' },
      date: { calendar: 'lunar', month: 8, day: 15 },
      days: 2,
      source: 'Ví dụ',
    },
  ],
  schedules: [
    {
      year: 2027,
      source: { document: 'Thông báo (ví dụ)', issuer: { vi: 'UBND tỉnh', en: 'Province' } },
      appliesTo: { vi: 'công chức', en: 'civil servants' },
      occasions: [
        { rule: 'lunar-new-year', daysOff: [{ start: '2027-02-04', end: '2027-02-12' }] },
      ],
      makeUpDays: [{ date: '2027-02-21', replaces: '2027-03-01' }],
    },
  ],
})._unsafeUnwrap();

describe('working days', () => {
  it('knows weekends, holidays, compensating and make-up days', () => {
    expect(isWorkingDay('2026-11-27')).toBe(true);
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
    expect(isWorkingDay('2026-04-27')).toBe(false);
    expect(isWorkingDay('2026-01-10')).toBe(true);
    expect(isWorkingDay('2026-01-02')).toBe(false);
  });

  it('adds and counts working days', () => {
    expect(addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-24', -3)).toBe('2026-02-12');
    expect(addWorkingDays('2026-11-27', 0)).toBe('2026-11-27');
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    expect(workingDaysBetween('2026-02-01', '2026-02-28')).toBe(15);
    expect(workingDaysBetween('2026-02-28', '2026-02-01')).toBe(-15);
    expect(workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween('2026-11-29', '2026-11-27')).toBe(-1);
    expect(workingDaysBetween('2026-11-27', '2026-11-29')).toBe(0);
    expect(nextWorkingDay('2026-02-14')).toBe('2026-02-23');
    expect(nextWorkingDay('2026-02-23')).toBe('2026-02-23');
  });

  it('round-trips addWorkingDays and workingDaysBetween', () => {
    const day = fc.integer({ min: epoch('2025-01-01'), max: epoch('2028-01-01') }).map(iso);
    fc.assert(
      fc.property(day, fc.integer({ min: -40, max: 40 }), (start, n) => {
        const end = addWorkingDays(start, n);
        expect(isWorkingDay(end) || n === 0).toBe(true);
        expect(workingDaysBetween(start, end)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['the default calendar', VIETNAM_CALENDAR],
    ['a calendar with Sunday rest, a lunar rule and a make-up day', unusual],
  ])('equal the day-by-day reference count on %s', (_, calendar) => {
    const ref = reference(calendar, '2019-06-01', '2032-06-30');
    const day = fc.integer({ min: epoch('2020-02-01'), max: epoch('2031-11-30') });
    fc.assert(
      fc.property(day, day, fc.integer({ min: -25, max: 25 }), (a, b, n) => {
        expect(workingDaysBetween(iso(a), iso(b), calendar)).toBe(ref.between(a, b));
        expect(addWorkingDays(iso(a), n, calendar)).toBe(iso(ref.add(a, n)));
      }),
      { numRuns: 300 },
    );
  });

  it('counts two centuries at once, and agrees with the sum of the years', () => {
    const total = workingDaysBetween('1900-01-01', '2100-12-31');
    let sum = workingDaysBetween('1900-01-01', '1900-12-31');
    for (let year = 1901; year <= 2100; year += 1) {
      sum += workingDaysBetween(`${year - 1}-12-31` as IsoDate, `${year}-12-31` as IsoDate);
    }
    expect(total).toBe(sum);
    expect(workingDaysBetween('2100-12-31', '1900-01-01')).toBe(
      -total - (isWorkingDay('1900-01-01') ? 1 : 0) + (isWorkingDay('2100-12-31') ? 1 : 0),
    );
  });
});

describe('bad dates and counts (issue 9)', () => {
  it('never loops on a date that is not one: empty, out of range, garbage', () => {
    expect(thrown(() => workingDaysBetween('' as IsoDate, '2026-02-28')).argument).toBe('from');
    expect(
      thrown(() => workingDaysBetween('9999-12-31' as IsoDate, '9999-12-31' as IsoDate)).argument,
    ).toBe('from');
    expect(thrown(() => workingDaysBetween('2026-02-01', '2026-02-30' as IsoDate)).argument).toBe(
      'to',
    );
    expect(thrown(() => nextWorkingDay('0000-01-01' as IsoDate)).argument).toBe('date');
  });

  it('gives no confident wrong answer: garbage is not a working day, "" + 3 is not a date', () => {
    const garbage = thrown(() => isWorkingDay('garbage' as IsoDate));
    expect(garbage.code).toBe('invalid_argument');
    expect(garbage.problem.message.vi).toContain('"garbage"');
    expect(garbage.problem.message.en).toContain('a real YYYY-MM-DD day');
    expect(thrown(() => addWorkingDays('' as IsoDate, 3)).argument).toBe('date');
  });

  it('takes whole counts only', () => {
    for (const count of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.9]) {
      expect(thrown(() => addWorkingDays('2026-11-27', count)).argument).toBe('count');
    }
    expect(thrown(() => addWorkingDays('2026-11-27', '3' as unknown as number)).argument).toBe(
      'count',
    );
  });

  it('refuses a result outside 1900–2100, quickly, whatever the count', () => {
    expect(thrown(() => addWorkingDays('2026-11-27', 5e8)).argument).toBe('count');
    expect(thrown(() => addWorkingDays('2100-12-30', 5)).argument).toBe('count');
    expect(thrown(() => addWorkingDays('1900-01-02', -5)).argument).toBe('count');
    expect(addWorkingDays('1900-01-01', 51_000)).toMatch(/^20\d\d-/u);
    expect(workingDaysBetween('1900-01-01', '2100-12-31')).toBeGreaterThan(51_000);
  });

  it('refuses a next working day past 2100', () => {
    const everyDayOff = extendCalendar(VIETNAM_CALENDAR, {
      rules: [
        {
          id: 'year-end',
          name: { vi: 'Nghỉ cuối năm', en: 'Year-end break' },
          date: { calendar: 'solar', month: 12, day: 25 },
          days: 7,
          source: 'Ví dụ',
          compensate: false,
        },
      ],
    })._unsafeUnwrap();
    expect(nextWorkingDay('2100-12-24', everyDayOff)).toBe('2100-12-24');
    expect(thrown(() => nextWorkingDay('2100-12-25', everyDayOff)).argument).toBe('date');
  });

  it('takes only calendars the library made, and says how to make one', () => {
    const error = thrown(() => isWorkingDay('2026-11-27', { name: 'x' } as never));
    expect(error.argument).toBe('calendar');
    expect(error.problem.message.en).toContain('parseWorkingCalendar');
    expect(error.problem.message.vi).toContain('parseWorkingCalendar');
    // A calendar saved as JSON is a plain object: it is read back first.
    const plain = JSON.parse(JSON.stringify(VIETNAM_CALENDAR)) as WorkingCalendar;
    expect(thrown(() => isWorkingDay('2026-04-27', plain)).argument).toBe('calendar');
    expect(thrown(() => workingDaysBetween('2026-02-01', '2026-02-28', plain)).argument).toBe(
      'calendar',
    );
    const read = parseWorkingCalendar(plain)._unsafeUnwrap();
    expect(isWorkingDay('2026-04-27', read)).toBe(false);
    expect(workingDaysBetween('2026-02-01', '2026-02-28', read)).toBe(15);
    expect(thrown(() => holidaysIn(2026.5)).argument).toBe('year');
    expect(thrown(() => holidaysIn(2101)).argument).toBe('year');
    expect(thrown(() => makeUpDaysIn(1899)).argument).toBe('year');
  });

  it('counts with an extended calendar whose inherited make-up days fall on working days', () => {
    const sundayOnly = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0] })._unsafeUnwrap();
    expect(isWorkingDay('2026-11-28', sundayOnly)).toBe(true);
    expect(isWorkingDay('2026-08-31', sundayOnly)).toBe(false);
  });
});

describe('shared state (issue 9)', () => {
  it('returns fresh holidays: changing one changes no later result nor the constants', () => {
    const first = holidaysIn(2031);
    (first[0] as { name: { vi: string } }).name.vi = 'X';
    (first[0] as { date: string }).date = '2031-06-01';
    expect(holidaysIn(2031)[0]?.name.vi).toBe('Tết Dương lịch');
    expect(holidaysIn(2031)[0]?.date).toBe('2031-01-01');
    expect(VIETNAM_CALENDAR.rules[0]?.name.vi).toBe('Tết Dương lịch');
    const makeUp = makeUpDaysIn(2026);
    (makeUp[0] as { date: string }).date = '2026-01-11';
    expect(makeUpDaysIn(2026)[0]?.date).toBe('2026-01-10');
  });

  it('freezes the default calendar: pushing a rest day throws and changes nothing', () => {
    expect(() => (VIETNAM_CALENDAR.weeklyRestDays as number[]).push(3)).toThrow(TypeError);
    expect(VIETNAM_CALENDAR.weeklyRestDays).toEqual([6, 0]);
    expect(isWorkingDay('2026-11-25')).toBe(true);
    expect(Object.isFrozen(VIETNAM_CALENDAR.rules[1]?.date)).toBe(true);
    expect(Object.isFrozen(VIETNAM_CALENDAR.schedules[0]?.occasions[0]?.daysOff[0])).toBe(true);
  });
});

describe('what the working-day functions say when an argument is wrong', () => {
  it('names the calendar argument of every function that takes one', () => {
    const notMade = { name: 'x' } as never;
    const calls: (() => unknown)[] = [
      () => holidaysIn(2026, notMade),
      () => makeUpDaysIn(2026, notMade),
      () => isWorkingDay('2026-11-27', notMade),
      () => addWorkingDays('2026-11-27', 1, notMade),
      () => workingDaysBetween('2026-11-27', '2026-11-30', notMade),
      () => nextWorkingDay('2026-11-27', notMade),
    ];
    for (const call of calls) expect(thrown(call).argument).toBe('calendar');
    expect(thrown(() => isWorkingDay('2026-02-30' as IsoDate)).argument).toBe('date');
  });

  it('says in both languages that the result of a count must stay within 1900–2100', () => {
    const error = thrown(() => addWorkingDays('2100-12-30', 5));
    expect(error.problem.params?.received).toBe('5');
    expect(error.problem.message).toEqual({
      vi: 'Đối số "count" phải là một số ngày làm việc mà ngày kết quả nằm trong khoảng 1900-01-01 … 2100-12-31, nhận được 5.',
      en: 'Argument "count" must be a number of working days whose result lies within 1900-01-01 … 2100-12-31, got 5.',
    });
  });

  it('says in both languages that no working day follows the date within 2100', () => {
    // 31/12/2100 is a Friday: a calendar that makes it a day off leaves no working day after it.
    const lastDayOff = extendCalendar(VIETNAM_CALENDAR, {
      rules: [
        {
          id: 'last-day',
          name: { vi: 'Ngày cuối', en: 'Last day' },
          date: { calendar: 'solar', month: 12, day: 31 },
          source: 'Ví dụ',
        },
      ],
    })._unsafeUnwrap();
    expect(nextWorkingDay('2100-12-31')).toBe('2100-12-31');
    const error = thrown(() => nextWorkingDay('2100-12-31', lastDayOff));
    expect(error.argument).toBe('date');
    expect(error.problem.message).toEqual({
      vi: 'Đối số "date" phải là một ngày mà sau nó còn ngày làm việc trước 2100-12-31, nhận được "2100-12-31".',
      en: 'Argument "date" must be a date followed by a working day on or before 2100-12-31, got "2100-12-31".',
    });
  });
});

describe('make-up days of a schedule listed out of order', () => {
  it('are returned in date order, each with the day it replaces', () => {
    const source = { document: 'Thông báo X', issuer: { vi: 'UBND tỉnh', en: 'Province' } };
    // Saturdays 5/1, 12/1 and 19/1/2030 worked for the Mondays after them, listed backwards.
    const calendar = extendCalendar(VIETNAM_CALENDAR, {
      schedules: [
        {
          year: 2030,
          source,
          appliesTo: { vi: 'cán bộ', en: 'officials' },
          makeUpDays: [
            { date: '2030-01-19', replaces: '2030-01-21' },
            { date: '2030-01-05', replaces: '2030-01-07' },
            { date: '2030-01-12', replaces: '2030-01-14' },
          ],
        },
      ],
    })._unsafeUnwrap();
    expect(makeUpDaysIn(2030, calendar)).toEqual([
      { date: '2030-01-05', replaces: '2030-01-07', source: 'Thông báo X' },
      { date: '2030-01-12', replaces: '2030-01-14', source: 'Thông báo X' },
      { date: '2030-01-19', replaces: '2030-01-21', source: 'Thông báo X' },
    ]);
    expect(isWorkingDay('2030-01-12', calendar)).toBe(true);
    expect(isWorkingDay('2030-01-14', calendar)).toBe(false);
  });
});
