import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  createWorkingCalendar,
  extendCalendar,
  HOLIDAY_SCHEDULES,
  holidaysIn,
  type IsoDate,
  isWorkingDay,
  LABOUR_CODE_2019_HOLIDAYS,
  makeUpDaysIn,
  nextWorkingDay,
  VIETNAM_CALENDAR,
  type WorkingCalendar,
  weekday,
  workingDaysBetween,
} from '../../src/index.js';

const daysOff = (year: number, calendar?: WorkingCalendar) =>
  holidaysIn(year, calendar).map((h) => `${h.date} ${h.rule} ${h.kind}`);

const range = (start: IsoDate, days: number): IsoDate[] =>
  Array.from({ length: days }, (_, i) => {
    const d = new Date(`${start}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10) as IsoDate;
  });

describe('official schedules 2025–2026 and the rules for 2027', () => {
  it('2025 follows Thông báo 6150/TB-BLĐTBXH', () => {
    expect(daysOff(2025)).toEqual([
      '2025-01-01 new-year holiday',
      ...range('2025-01-25', 9).map((d) => `${d} lunar-new-year scheduled`),
      '2025-04-07 hung-kings holiday',
      '2025-04-30 reunification-day holiday',
      ...range('2025-05-01', 4).map((d) => `${d} labour-day scheduled`),
      ...range('2025-08-30', 4).map((d) => `${d} national-day scheduled`),
    ]);
    expect(makeUpDaysIn(2025)).toEqual([
      { date: '2025-04-26', replaces: '2025-05-02', source: 'Thông báo 6150/TB-BLĐTBXH' },
    ]);
    expect(isWorkingDay('2025-04-26')).toBe(true);
    expect(isWorkingDay('2025-05-02')).toBe(false);
    expect(isWorkingDay('2025-09-03')).toBe(true);
  });

  it('2026 follows Công văn 12729/VPCP-KGVX and Thông báo 9441/TB-BNV, with Giỗ Tổ compensated', () => {
    expect(daysOff(2026)).toEqual([
      ...range('2026-01-01', 4).map((d) => `${d} new-year scheduled`),
      ...range('2026-02-14', 9).map((d) => `${d} lunar-new-year scheduled`),
      '2026-04-26 hung-kings holiday',
      '2026-04-27 hung-kings compensating',
      '2026-04-30 reunification-day holiday',
      '2026-05-01 labour-day holiday',
      ...range('2026-08-29', 5).map((d) => `${d} national-day scheduled`),
    ]);
    expect(makeUpDaysIn(2026).map((d) => [d.date, d.replaces])).toEqual([
      ['2026-01-10', '2026-01-02'],
      ['2026-08-22', '2026-08-31'],
    ]);
    const tet = holidaysIn(2026).find((h) => h.date === '2026-02-17');
    expect(tet).toEqual({
      date: '2026-02-17',
      rule: 'lunar-new-year',
      name: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
      kind: 'scheduled',
      source: 'Thông báo 9441/TB-BNV (16/10/2025)',
    });
    const compensating = holidaysIn(2026).find((h) => h.kind === 'compensating');
    expect(compensating?.name).toEqual({
      vi: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      en: "Compensating day for Hùng Kings' Commemoration Day",
    });
    expect(compensating?.source).toContain('Điều 111');
  });

  it('2027 has no official schedule yet: the rules and Điều 111 apply', () => {
    expect(HOLIDAY_SCHEDULES.some((s) => s.year === 2027)).toBe(false);
    expect(daysOff(2027)).toEqual([
      '2027-01-01 new-year holiday',
      ...range('2027-02-05', 5).map((d) => `${d} lunar-new-year holiday`),
      '2027-02-10 lunar-new-year compensating',
      '2027-02-11 lunar-new-year compensating',
      '2027-04-16 hung-kings holiday',
      '2027-04-30 reunification-day holiday',
      '2027-05-01 labour-day holiday',
      '2027-05-03 labour-day compensating',
      '2027-09-01 national-day holiday',
      '2027-09-02 national-day holiday',
    ]);
    expect(makeUpDaysIn(2027)).toEqual([]);
  });

  it('has no built-in holidays before the Labour Code 2019 took effect', () => {
    expect(holidaysIn(2020)).toEqual([]);
    expect(holidaysIn(2021).map((h) => h.date)).toContain('2021-01-01');
  });

  it('cites a source for every day off', () => {
    for (const year of [2025, 2026, 2027]) {
      for (const holiday of holidaysIn(year)) {
        expect(holiday.source.length).toBeGreaterThan(10);
        expect(holiday.name.vi && holiday.name.en).toBeTruthy();
      }
    }
  });
});

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
    const day = fc
      .integer({ min: 0, max: 3 * 366 })
      .map((n) => range('2025-01-01', n + 1).at(-1) as IsoDate);
    fc.assert(
      fc.property(day, fc.integer({ min: -40, max: 40 }), (start, n) => {
        const end = addWorkingDays(start, n);
        expect(isWorkingDay(end) || n === 0).toBe(true);
        expect(workingDaysBetween(start, end)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('calendars as data', () => {
  const cultureDay = {
    id: 'culture-day',
    name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
    date: { calendar: 'solar', month: 11, day: 24 },
    source: 'Đề xuất (ví dụ)',
    from: '2026-01-01',
  };

  it('adds a holiday such as 24/11 without code, with Điều 111 compensation', () => {
    const calendar = extendCalendar(VIETNAM_CALENDAR, { rules: [cultureDay] })._unsafeUnwrap();
    expect(isWorkingDay('2026-11-24', calendar)).toBe(false);
    expect(isWorkingDay('2025-11-24', calendar)).toBe(true);
    expect(weekday('2029-11-24')).toBe(6);
    expect(daysOff(2029, calendar).filter((d) => d.includes('culture-day'))).toEqual([
      '2029-11-24 culture-day holiday',
      '2029-11-26 culture-day compensating',
    ]);
    expect(isWorkingDay('2026-11-24')).toBe(true);
  });

  it('lets a later schedule override a rule, and a new rule replace one with the same id', () => {
    const calendar = extendCalendar(VIETNAM_CALENDAR, {
      name: { vi: 'Lịch của tỉnh', en: 'Provincial calendar' },
      rules: [{ ...LABOUR_CODE_2019_HOLIDAYS[4], offset: 0, days: 2 }],
      schedules: [
        {
          year: 2027,
          source: { document: 'Thông báo (ví dụ)', issuer: { vi: 'UBND tỉnh', en: 'Province' } },
          appliesTo: { vi: 'công chức', en: 'civil servants' },
          occasions: [
            { rule: 'lunar-new-year', daysOff: [{ start: '2027-02-04', end: '2027-02-12' }] },
          ],
          makeUpDays: [{ date: '2027-02-20', replaces: '2027-02-04' }],
        },
      ],
    })._unsafeUnwrap();
    expect(calendar.name.en).toBe('Provincial calendar');
    expect(isWorkingDay('2027-09-03', calendar)).toBe(false);
    expect(isWorkingDay('2027-09-01', calendar)).toBe(true);
    expect(isWorkingDay('2027-02-04', calendar)).toBe(false);
    expect(isWorkingDay('2027-02-20', calendar)).toBe(true);
    expect(holidaysIn(2027, calendar).filter((h) => h.kind === 'compensating')).toHaveLength(1);
    expect(VIETNAM_CALENDAR.rules).toHaveLength(6);
  });

  it('refuses a week without a working day, or a rest day listed twice', () => {
    const everyDay = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0, 1, 2, 3, 4, 5, 6] });
    expect(everyDay._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([
      ['too_big', ['weeklyRestDays']],
    ]);
    const twice = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0, 0] });
    expect(twice._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([
      ['invalid_input', ['weeklyRestDays']],
    ]);
  });

  it('supports other weekly rest days', () => {
    const sundayOnly = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0] })._unsafeUnwrap();
    expect(isWorkingDay('2026-11-28', sundayOnly)).toBe(true);
    expect(isWorkingDay('2026-11-29', sundayOnly)).toBe(false);
  });

  it('reports every problem of a calendar at once', () => {
    const result = createWorkingCalendar({
      name: { vi: 'Sai', en: 'Wrong' },
      rules: [cultureDay, cultureDay, { ...cultureDay, id: 'Bad Id', extra: 1 }],
      schedules: [
        {
          year: 2026,
          source: { document: 'X', issuer: { vi: 'X', en: 'X' } },
          appliesTo: { vi: 'X', en: 'X' },
          occasions: [
            { rule: 'no-such-rule', daysOff: [{ start: '2026-03-01', end: '2026-03-01' }] },
          ],
        },
      ],
    });
    expect(result._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([
      ['invalid_format', ['rules', 2, 'id']],
      ['unknown_field', ['rules', 2, 'extra']],
      ['duplicate_holiday_rule', ['rules', 1, 'id']],
    ]);
    const semantic = createWorkingCalendar({
      name: { vi: 'Sai', en: 'Wrong' },
      rules: [cultureDay, cultureDay],
      schedules: [
        {
          year: 2026,
          source: { document: 'X', issuer: { vi: 'X', en: 'X' } },
          appliesTo: { vi: 'X', en: 'X' },
          occasions: [
            { rule: 'no-such-rule', daysOff: [{ start: '2029-03-01', end: '2029-03-01' }] },
          ],
        },
      ],
    })._unsafeUnwrapErr();
    expect(semantic.map((p) => [p.code, p.path])).toEqual([
      ['duplicate_holiday_rule', ['rules', 1, 'id']],
      ['unknown_holiday_rule', ['schedules', 0, 'occasions', 0, 'rule']],
      ['schedule_year_mismatch', ['schedules', 0, 'occasions', 0, 'daysOff', 0, 'start']],
      ['schedule_year_mismatch', ['schedules', 0, 'occasions', 0, 'daysOff', 0, 'end']],
    ]);
    for (const problem of semantic) {
      expect(problem.message.vi).toBeTruthy();
      expect(problem.message.en).toBeTruthy();
    }
  });

  it('rejects a schedule span that ends before it starts', () => {
    const problems = extendCalendar(VIETNAM_CALENDAR, {
      schedules: [
        {
          year: 2027,
          source: { document: 'X', issuer: { vi: 'X', en: 'X' } },
          appliesTo: { vi: 'X', en: 'X' },
          occasions: [{ rule: 'new-year', daysOff: [{ start: '2027-01-02', end: '2027-01-01' }] }],
        },
      ],
    })._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['invalid_input', ['schedules', 3, 'occasions', 0, 'daysOff', 0, 'end']],
    ]);
  });

  it('skips a lunar rule in a year the lunar calendar does not cover, and 29/2 in common years', () => {
    const calendar = createWorkingCalendar({
      name: { vi: 'Thử', en: 'Test' },
      rules: [
        {
          ...cultureDay,
          id: 'leap-day',
          date: { calendar: 'solar', month: 2, day: 29 },
          from: undefined,
        },
        {
          ...cultureDay,
          id: 'lunar',
          date: { calendar: 'lunar', month: 1, day: 15 },
          from: undefined,
        },
      ],
    })._unsafeUnwrap();
    expect(holidaysIn(2024, calendar).map((h) => h.date)).toEqual([
      '2024-02-24',
      '2024-02-26',
      '2024-02-29',
    ]);
    expect(holidaysIn(2026, calendar).map((h) => h.date)).toEqual(['2026-03-03']);
    expect(holidaysIn(2150, calendar)).toEqual([]);
  });

  it('gives every year the same answers in every order of questions (cache)', () => {
    const calendar = extendCalendar(VIETNAM_CALENDAR, {})._unsafeUnwrap();
    const later = holidaysIn(2027, calendar);
    expect(holidaysIn(2026, calendar)).toEqual(holidaysIn(2026));
    expect(holidaysIn(2027, calendar)).toEqual(later);
  });
});

describe('make-up days', () => {
  const source = { document: 'Thông báo X', issuer: { vi: 'UBND tỉnh', en: 'Province' } };
  const appliesTo = { vi: 'cán bộ', en: 'officials' };

  it('makes the day a make-up day replaces a day off', () => {
    const calendar = extendCalendar(VIETNAM_CALENDAR, {
      schedules: [
        {
          year: 2027,
          source,
          appliesTo,
          makeUpDays: [{ date: '2027-04-24', replaces: '2027-04-29' }],
        },
      ],
    })._unsafeUnwrap();
    expect(isWorkingDay('2027-04-24', calendar)).toBe(true);
    expect(isWorkingDay('2027-04-29', calendar)).toBe(false);
    expect(holidaysIn(2027, calendar).find((h) => h.date === '2027-04-29')).toMatchObject({
      rule: 'swapped-day',
      kind: 'scheduled',
      source: 'Thông báo X',
    });
  });

  it('drops the make-up days of a schedule whose occasion a later schedule overrides', () => {
    const calendar = extendCalendar(VIETNAM_CALENDAR, {
      schedules: [
        {
          year: 2026,
          source,
          appliesTo,
          occasions: [
            { rule: 'national-day', daysOff: [{ start: '2026-09-01', end: '2026-09-02' }] },
          ],
        },
      ],
    })._unsafeUnwrap();
    expect(isWorkingDay('2026-08-22', calendar)).toBe(false);
    expect(isWorkingDay('2026-08-31', calendar)).toBe(true);
    expect(makeUpDaysIn(2026, calendar).map((d) => d.date)).toEqual(['2026-01-10']);
    expect(workingDaysBetween('2026-08-16', '2026-08-23', calendar)).toBe(5);
    expect(makeUpDaysIn(2026).map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('rejects make-up days far from the year or not on a weekly rest day', () => {
    const result = extendCalendar(VIETNAM_CALENDAR, {
      schedules: [
        {
          year: 2026,
          source,
          appliesTo,
          makeUpDays: [
            { date: '2031-01-04', replaces: '2031-01-06' },
            { date: '2026-03-04', replaces: '2026-03-07' },
          ],
        },
      ],
    });
    const problems = result._unsafeUnwrapErr();
    const i = VIETNAM_CALENDAR.schedules.length;
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['schedule_year_mismatch', ['schedules', i, 'makeUpDays', 0, 'date']],
      ['schedule_year_mismatch', ['schedules', i, 'makeUpDays', 0, 'replaces']],
      ['make_up_day_not_rest_day', ['schedules', i, 'makeUpDays', 1, 'date']],
    ]);
    for (const p of problems) expect(p.message.vi && p.message.en).toBeTruthy();
  });

  it("checks inherited make-up days against the base calendar's rest days", () => {
    const sundayOnly = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0] })._unsafeUnwrap();
    const result = extendCalendar(sundayOnly, {
      schedules: [
        {
          year: 2027,
          source,
          appliesTo,
          makeUpDays: [{ date: '2027-04-24', replaces: '2027-04-29' }],
        },
      ],
    });
    expect(result._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([
      [
        'make_up_day_not_rest_day',
        ['schedules', sundayOnly.schedules.length, 'makeUpDays', 0, 'date'],
      ],
    ]);
  });

  it('reports duplicate rule ids alongside shape problems', () => {
    const rule = LABOUR_CODE_2019_HOLIDAYS[0];
    const result = createWorkingCalendar({
      name: { vi: 'a', en: 'a' },
      rules: [rule, rule, { ...rule, id: 'Bad Id' }],
    });
    expect(result._unsafeUnwrapErr().map((p) => [p.code, p.path])).toEqual([
      ['invalid_format', ['rules', 2, 'id']],
      ['duplicate_holiday_rule', ['rules', 1, 'id']],
    ]);
  });
});

describe('addWorkingDays with a count that is not a number of days', () => {
  it('counts nothing for NaN and ±Infinity, and truncates fractions', () => {
    expect(addWorkingDays('2026-11-27', Number.POSITIVE_INFINITY)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-27', Number.NEGATIVE_INFINITY)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-27', Number.NaN)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-27', 1.9)).toBe('2026-11-30');
  });
});
