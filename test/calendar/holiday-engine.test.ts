import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  extendCalendar,
  fromLunarDate,
  holidaysIn,
  InvalidArgumentError,
  type IsoDate,
  isWorkingDay,
  makeUpDaysIn,
  parseWorkingCalendar,
  VIETNAM_CALENDAR,
  workingDaysBetween,
} from '../../src/index.js';

const base = { name: { vi: 'Ngày ví dụ', en: 'Example day' }, source: 'Ví dụ' };
const issuer = { vi: 'UBND tỉnh', en: 'Province' };
const appliesTo = { vi: 'cán bộ', en: 'officials' };

const DAY = 86_400_000;
const shift = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10) as IsoDate;

describe('the days a rule gives', () => {
  it('stops on the last day of `to`, that day included', () => {
    // 1–5/6/2030, the last day off in force being 3/6.
    const calendar = parseWorkingCalendar({
      name: { vi: 'Thử', en: 'Test' },
      rules: [
        {
          ...base,
          id: 'until',
          date: { calendar: 'solar', month: 6, day: 1 },
          days: 5,
          to: '2030-06-03',
          compensate: false,
        },
      ],
    })._unsafeUnwrap();
    expect(holidaysIn(2030, calendar).map((h) => h.date)).toEqual([
      '2030-06-01',
      '2030-06-02',
      '2030-06-03',
    ]);
    expect(isWorkingDay('2030-06-03', calendar)).toBe(false);
    expect(isWorkingDay('2030-06-04', calendar)).toBe(true);
  });

  it('lists a day two rules share twice, in the order of the rules, and it stays a day off', () => {
    const calendar = parseWorkingCalendar({
      name: { vi: 'Thử', en: 'Test' },
      rules: [
        { ...base, id: 'first', date: { calendar: 'solar', month: 6, day: 4 } },
        {
          id: 'second',
          name: { vi: 'Ngày thứ hai', en: 'Second day' },
          source: 'Ví dụ',
          date: { calendar: 'solar', month: 6, day: 4 },
        },
      ],
    })._unsafeUnwrap();
    expect(holidaysIn(2030, calendar).map((h) => [h.date, h.rule, h.name.vi, h.name.en])).toEqual([
      ['2030-06-04', 'first', 'Ngày ví dụ', 'Example day'],
      ['2030-06-04', 'second', 'Ngày thứ hai', 'Second day'],
    ]);
    expect(isWorkingDay('2030-06-04', calendar)).toBe(false);
  });

  it('gives two rules sharing a Sunday their compensating days in the order of the rules', () => {
    // 2/6/2030 is a Sunday: Monday 3/6 for the first rule, Tuesday 4/6 for the second.
    const calendar = parseWorkingCalendar({
      name: { vi: 'Thử', en: 'Test' },
      rules: [
        { ...base, id: 'first', date: { calendar: 'solar', month: 6, day: 2 } },
        {
          id: 'second',
          name: { vi: 'Ngày thứ hai', en: 'Second day' },
          source: 'Ví dụ',
          date: { calendar: 'solar', month: 6, day: 2 },
        },
      ],
    })._unsafeUnwrap();
    expect(
      holidaysIn(2030, calendar).map((h) => [h.date, h.rule, h.kind, h.name.vi, h.name.en]),
    ).toEqual([
      ['2030-06-02', 'first', 'holiday', 'Ngày ví dụ', 'Example day'],
      ['2030-06-02', 'second', 'holiday', 'Ngày thứ hai', 'Second day'],
      [
        '2030-06-03',
        'first',
        'compensating',
        'Nghỉ bù Ngày ví dụ',
        'Compensating day for Example day',
      ],
      [
        '2030-06-04',
        'second',
        'compensating',
        'Nghỉ bù Ngày thứ hai',
        'Compensating day for Second day',
      ],
    ]);
  });

  it('does not depend on the order of the rules in the calendar', () => {
    const reversed = parseWorkingCalendar({
      ...VIETNAM_CALENDAR,
      rules: [...VIETNAM_CALENDAR.rules].reverse(),
    })._unsafeUnwrap();
    const days = (year: number, calendar = VIETNAM_CALENDAR) =>
      holidaysIn(year, calendar)
        .map((h) => `${h.date} ${h.rule} ${h.kind} ${h.name.vi} / ${h.name.en}`)
        .sort();
    // 30/4/2033 is a Saturday and 1/5 a Sunday: two compensating days, on Monday and Tuesday.
    expect(
      days(2033, reversed).filter((d) => d.startsWith('2033-05') && d.includes('compensating')),
    ).toEqual([
      '2033-05-02 reunification-day compensating Nghỉ bù Ngày Chiến thắng / Compensating day for Reunification Day',
      '2033-05-03 labour-day compensating Nghỉ bù Ngày Quốc tế lao động / Compensating day for International Labour Day',
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        expect(days(year, reversed)).toEqual(days(year));
      }),
      { numRuns: 60 },
    );
  });

  it('counts 31 December of a leap year in its own year', () => {
    // A day off on 31/12 (no compensation): from 30/12 to 31/12 no working day is gained.
    const calendar = parseWorkingCalendar({
      name: { vi: 'Thử', en: 'Test' },
      rules: [
        {
          ...base,
          id: 'year-end',
          date: { calendar: 'solar', month: 12, day: 31 },
          compensate: false,
        },
      ],
    })._unsafeUnwrap();
    for (let year = 1904; year <= 2096; year += 4) {
      if (year === 2000 || year % 100 !== 0) {
        const last = `${year}-12-31` as IsoDate;
        expect(workingDaysBetween(shift(last, -1), last, calendar)).toBe(0);
        expect(workingDaysBetween(last, shift(last, 1), calendar)).toBe(
          isWorkingDay(shift(last, 1), calendar) ? 1 : 0,
        );
      }
    }
  });
});

describe('official schedules', () => {
  it('cite their document with the day it was issued, unpadded', () => {
    const calendar = extendCalendar(VIETNAM_CALENDAR, {
      schedules: [
        {
          year: 2030,
          source: { document: 'Thông báo 1/TB', issuer, date: '2029-03-05' },
          appliesTo,
          occasions: [
            { rule: 'national-day', daysOff: [{ start: '2030-08-31', end: '2030-09-03' }] },
          ],
          makeUpDays: [{ date: '2030-09-07', replaces: '2030-09-03' }],
        },
      ],
    })._unsafeUnwrap();
    const national = holidaysIn(2030, calendar).filter((h) => h.rule === 'national-day');
    expect(national.map((h) => [h.date, h.kind, h.source])).toEqual([
      ['2030-08-31', 'scheduled', 'Thông báo 1/TB (5/3/2029)'],
      ['2030-09-01', 'scheduled', 'Thông báo 1/TB (5/3/2029)'],
      ['2030-09-02', 'scheduled', 'Thông báo 1/TB (5/3/2029)'],
      ['2030-09-03', 'scheduled', 'Thông báo 1/TB (5/3/2029)'],
    ]);
    expect(makeUpDaysIn(2030, calendar)).toEqual([
      { date: '2030-09-07', replaces: '2030-09-03', source: 'Thông báo 1/TB (5/3/2029)' },
    ]);
  });

  it('do not list twice a swapped day that is already a holiday', () => {
    // Saturday 5/1/2030 worked for Tuesday 1/1/2030, which is New Year's Day anyway.
    const calendar = extendCalendar(VIETNAM_CALENDAR, {
      schedules: [
        {
          year: 2030,
          source: { document: 'Thông báo 2/TB', issuer },
          appliesTo,
          makeUpDays: [
            { date: '2030-01-05', replaces: '2030-01-01' },
            { date: '2030-01-12', replaces: '2030-01-14' },
          ],
        },
      ],
    })._unsafeUnwrap();
    expect(
      holidaysIn(2030, calendar)
        .filter((h) => h.date < '2030-01-20')
        .map((h) => [h.date, h.rule, h.kind, h.name.vi, h.name.en]),
    ).toEqual([
      ['2030-01-01', 'new-year', 'holiday', 'Tết Dương lịch', "New Year's Day"],
      ['2030-01-14', 'swapped-day', 'scheduled', 'Nghỉ hoán đổi', 'Swapped day off'],
    ]);
  });
});

describe('counting working days at the ends of the supported years', () => {
  const stepped = (from: IsoDate, count: number, calendar = VIETNAM_CALENDAR): IsoDate => {
    let date = from;
    for (let left = Math.abs(count); left > 0; ) {
      date = shift(date, Math.sign(count));
      if (isWorkingDay(date, calendar)) left -= 1;
    }
    return date;
  };

  it('reaches a day in 2100 going forward and a day in 1900 going back', () => {
    for (const count of [1, 5, 40, 100]) {
      expect(addWorkingDays('2100-06-01', count)).toBe(stepped('2100-06-01', count));
      expect(addWorkingDays('1900-06-01', -count)).toBe(stepped('1900-06-01', -count));
    }
    expect(addWorkingDays('2100-12-30', 1)).toBe('2100-12-31');
    expect(addWorkingDays('1900-01-02', -1)).toBe('1900-01-01');
  });

  it('never gives a day of 2101, even when the weekend of 1–2/1/2101 would be worked', () => {
    const sundayOnly = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0] })._unsafeUnwrap();
    expect(addWorkingDays('2100-12-30', 1, sundayOnly)).toBe('2100-12-31');
    expect(() => addWorkingDays('2100-12-31', 1, sundayOnly)).toThrow(InvalidArgumentError);
    expect(() => addWorkingDays('2100-12-30', 2, sundayOnly)).toThrow(InvalidArgumentError);
    const mondayOnly = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [1] })._unsafeUnwrap();
    // 1/1/1900 was a Monday: nothing before it.
    expect(() => addWorkingDays('1900-01-02', -1, mondayOnly)).toThrow(InvalidArgumentError);
  });
});

describe('lunar rules at the ends of the supported range', () => {
  // Ông Công Ông Táo, 23rd of the 12th lunar month: that month of lunar year 1899 is in January
  // 1900, and that of lunar year 2100 in January 2101.
  const calendar = extendCalendar(VIETNAM_CALENDAR, {
    rules: [
      {
        ...base,
        id: 'kitchen-gods',
        date: { calendar: 'lunar', month: 12, day: 23 },
        days: 1,
        compensate: false,
      },
    ],
  })._unsafeUnwrap();
  const kitchen = (year: number) =>
    holidaysIn(year, calendar)
      .filter((h) => h.rule === 'kitchen-gods')
      .map((h) => h.date);

  it('give the day of the lunar year before 1900 that falls in 1900', () => {
    expect(fromLunarDate({ year: 1899, month: 12, day: 23, leap: false })._unsafeUnwrap()).toBe(
      '1900-01-23',
    );
    expect(kitchen(1900)).toEqual(['1900-01-23']);
    expect(isWorkingDay('1900-01-23', calendar)).toBe(false);
  });

  it('give every year its day, and none outside 1900–2100', () => {
    expect(kitchen(1901)).toEqual([
      fromLunarDate({ year: 1900, month: 12, day: 23, leap: false })._unsafeUnwrap(),
    ]);
    expect(kitchen(2100)).toEqual([
      fromLunarDate({ year: 2099, month: 12, day: 23, leap: false })._unsafeUnwrap(),
    ]);
  });
});
