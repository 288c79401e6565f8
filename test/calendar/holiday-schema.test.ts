// The shapes of holiday rules, official schedules and working calendars: what they accept, what
// they refuse and the defaults they fill in.
import { describe, expect, it } from 'vitest';
import {
  HolidayDateSchema,
  HolidayRuleSchema,
  HolidayScheduleSchema,
  parseWorkingCalendar,
  WorkingCalendarSchema,
} from '../../src/index.js';

const rule = {
  id: 'province-day',
  name: { vi: 'Ngày thành lập tỉnh', en: 'Province Day' },
  date: { calendar: 'solar', month: 7, day: 1 },
  source: 'Quyết định của tỉnh (ví dụ)',
};
const schedule = {
  year: 2027,
  source: { document: 'Thông báo (ví dụ)', issuer: { vi: 'UBND tỉnh', en: 'Province' } },
  appliesTo: { vi: 'công chức', en: 'civil servants' },
};
const name = { vi: 'Lịch', en: 'Calendar' };

describe('HolidayDateSchema', () => {
  it('accepts solar days 1–31 of months 1–12 and lunar days 1–30', () => {
    for (const date of [
      { calendar: 'solar', month: 1, day: 1 },
      { calendar: 'solar', month: 12, day: 31 },
      { calendar: 'lunar', month: 1, day: 1 },
      { calendar: 'lunar', month: 12, day: 30 },
    ]) {
      expect(HolidayDateSchema.parse(date)).toEqual(date);
    }
  });

  it('refuses other calendars, days, months and fields', () => {
    for (const date of [
      { calendar: 'gregorian', month: 1, day: 1 },
      { calendar: 'solar', month: 0, day: 1 },
      { calendar: 'solar', month: 13, day: 1 },
      { calendar: 'solar', month: 1, day: 32 },
      { calendar: 'solar', month: 1, day: 0 },
      { calendar: 'solar', month: 1.5, day: 1 },
      { calendar: 'lunar', month: 1, day: 31 },
      { calendar: 'lunar', month: 13, day: 1 },
      { calendar: 'lunar', month: 1, day: 1, leap: true },
      { calendar: 'solar', month: 1, day: 1, year: 2026 },
    ]) {
      expect(HolidayDateSchema.safeParse(date).success).toBe(false);
    }
  });
});

describe('HolidayRuleSchema', () => {
  // The schema is built by the first test that reads a rule: this one checks the whole rule.
  it('reads a rule: one day on its anchor, in force and compensated unless written otherwise', () => {
    expect(HolidayRuleSchema.parse(rule)).toEqual({
      ...rule,
      offset: 0,
      days: 1,
      status: 'inForce',
      compensate: true,
    });
    const written = {
      ...rule,
      date: { calendar: 'lunar', month: 3, day: 10 },
      offset: -1,
      days: 5,
      status: 'proposed',
      from: '2026-01-01',
      to: '2030-12-31',
      compensate: false,
      note: { vi: 'Ghi chú', en: 'Note' },
    };
    expect(HolidayRuleSchema.parse(written)).toEqual(written);
    expect(HolidayRuleSchema.parse({ ...rule, status: 'inForce' }).status).toBe('inForce');
    const accepts = (id: string) => HolidayRuleSchema.safeParse({ ...rule, id }).success;
    expect(['a', 'new-year', 'lunar-new-year-2', '30-4'].filter(accepts)).toHaveLength(4);
    expect(
      ['', 'New-Year', 'new year', '-new-year', 'new-year-', 'new--year', 'new_year', 'tết'].filter(
        accepts,
      ),
    ).toEqual([]);
  });

  it('refuses statuses, offsets and lengths outside their ranges, and unknown fields', () => {
    for (const change of [
      { status: 'draft' },
      { offset: 32 },
      { offset: -32 },
      { days: 0 },
      { days: 32 },
      { compensate: 'yes' },
      { from: '2026-02-30' },
      { holiday: true },
    ]) {
      expect(HolidayRuleSchema.safeParse({ ...rule, ...change }).success).toBe(false);
    }
  });
});

describe('HolidayScheduleSchema', () => {
  // The schema is built by the first test that reads a schedule: this one checks its lists.
  it('fills in no occasions and no make-up days, and keeps several spans of days off and make-up days', () => {
    expect(HolidayScheduleSchema.parse(schedule)).toEqual({
      ...schedule,
      occasions: [],
      makeUpDays: [],
    });
    const occasions = [
      {
        rule: 'lunar-new-year',
        daysOff: [
          { start: '2027-02-04', end: '2027-02-06' },
          { start: '2027-02-08', end: '2027-02-12' },
        ],
      },
    ];
    const makeUpDays = [{ date: '2027-02-20', replaces: '2027-02-05' }];
    expect(HolidayScheduleSchema.parse({ ...schedule, occasions, makeUpDays })).toEqual({
      ...schedule,
      occasions,
      makeUpDays,
    });
  });

  it('keeps a full schedule as written', () => {
    const full = {
      ...schedule,
      source: {
        ...schedule.source,
        date: '2026-11-20',
        basis: 'Công văn (ví dụ)',
        references: ['https://example.gov.vn/thong-bao'],
      },
      occasions: [{ rule: 'new-year', daysOff: [{ start: '2027-01-01', end: '2027-01-03' }] }],
      makeUpDays: [{ date: '2027-01-09', replaces: '2027-01-04' }],
    };
    expect(HolidayScheduleSchema.parse(full)).toEqual(full);
  });

  it('refuses an occasion without a rule or days off, and years outside 1900–2100', () => {
    for (const change of [
      { occasions: [{ rule: '', daysOff: [{ start: '2027-01-01', end: '2027-01-01' }] }] },
      { occasions: [{ rule: 'new-year', daysOff: [] }] },
      { occasions: [{ rule: 'new-year', daysOff: [{ start: '2027-01-01' }] }] },
      { makeUpDays: [{ date: '2027-01-09' }] },
      { year: 1899 },
      { year: 2101 },
      { year: 2027.5 },
      { source: { ...schedule.source, references: ['not a link'] } },
      { source: { ...schedule.source, number: 1 } },
    ]) {
      expect(HolidayScheduleSchema.safeParse({ ...schedule, ...change }).success).toBe(false);
    }
    expect(HolidayScheduleSchema.safeParse({ ...schedule, year: 1900 }).success).toBe(true);
    expect(HolidayScheduleSchema.safeParse({ ...schedule, year: 2100 }).success).toBe(true);
  });
});

describe('WorkingCalendarSchema', () => {
  // The schema is built by the first test that reads a calendar: this one checks its defaults.
  it('fills in Saturday and Sunday as rest days, no rules and no schedules; takes up to six rest days, 0 to 6', () => {
    expect(WorkingCalendarSchema.parse({ name })).toEqual({
      name,
      weeklyRestDays: [6, 0],
      rules: [],
      schedules: [],
    });
    expect(WorkingCalendarSchema.parse({ name, weeklyRestDays: [] }).weeklyRestDays).toEqual([]);
    expect(
      WorkingCalendarSchema.parse({ name, weeklyRestDays: [0, 1, 2, 3, 4, 5] }).weeklyRestDays,
    ).toEqual([0, 1, 2, 3, 4, 5]);
    for (const weeklyRestDays of [[7], [-1], [0.5], [0, 1, 2, 3, 4, 5, 6]]) {
      expect(WorkingCalendarSchema.safeParse({ name, weeklyRestDays }).success).toBe(false);
    }
    expect(WorkingCalendarSchema.safeParse({ name, holidays: [] }).success).toBe(false);
  });
});

// Last: reading a calendar builds every schema above.
describe('schemas inside a calendar', () => {
  it('names the two calendars a holiday date may use, in both languages', () => {
    const [problem] = parseWorkingCalendar({
      name,
      rules: [{ ...rule, date: { calendar: 'moon', month: 1, day: 1 } }],
    })._unsafeUnwrapErr();
    expect(problem).toMatchObject({
      code: 'invalid_value',
      path: ['rules', 0, 'date', 'calendar'],
      message: {
        vi: 'Trường "rules[0].date.calendar" phải là một trong "solar", "lunar"; nhận được "moon".',
        en: 'Field "rules[0].date.calendar" must be one of "solar", "lunar"; got "moon".',
      },
    });
  });
});
