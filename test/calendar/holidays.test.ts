import { describe, expect, it } from 'vitest';
import {
  extendCalendar,
  HOLIDAY_SCHEDULES,
  HolidayRuleSchema,
  HolidayScheduleSchema,
  holidaysIn,
  type IsoDate,
  isWorkingDay,
  LABOUR_CODE_2019_HOLIDAYS,
  makeUpDaysIn,
  parseWorkingCalendar,
  VIETNAM_CALENDAR,
  VIETNAM_CULTURE_DAY,
  type WorkingCalendar,
  weekday,
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

  it('cites the document and public references of every shipped schedule', () => {
    for (const schedule of HOLIDAY_SCHEDULES) {
      expect(schedule.source.document).toMatch(/^(Thông báo|Công văn) \d+\//u);
      expect(schedule.source.references?.length).toBeGreaterThan(0);
      for (const url of schedule.source.references ?? []) expect(url).toMatch(/^https:\/\//u);
      expect(HolidayScheduleSchema.safeParse(schedule).success).toBe(true);
    }
    const nationalDay2026 = HOLIDAY_SCHEDULES.find(
      (s) => s.year === 2026 && s.occasions.some((o) => o.rule === 'national-day'),
    );
    expect(nationalDay2026?.source).toMatchObject({
      document: 'Thông báo 9441/TB-BNV',
      date: '2025-10-16',
      issuer: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
    });
    expect(nationalDay2026?.occasions.find((o) => o.rule === 'lunar-new-year')?.daysOff).toEqual([
      { start: '2026-02-14', end: '2026-02-22' },
    ]);
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

describe('the Labour Code rules and the proposed Vietnam Culture Day', () => {
  it('ships the Labour Code 2019 rules in force, each citing its point of Điều 112', () => {
    expect(LABOUR_CODE_2019_HOLIDAYS.map((r) => [r.id, r.status, r.source.slice(-6)])).toEqual([
      ['new-year', 'inForce', 'điểm a'],
      ['lunar-new-year', 'inForce', 'điểm b'],
      ['reunification-day', 'inForce', 'điểm c'],
      ['labour-day', 'inForce', 'điểm d'],
      ['national-day', 'inForce', 'điểm đ'],
      ['hung-kings', 'inForce', 'điểm e'],
    ]);
    for (const rule of LABOUR_CODE_2019_HOLIDAYS) {
      expect(HolidayRuleSchema.parse(rule)).toEqual(rule);
    }
  });

  it('models 24/11 as a proposed rule with its sources, outside the default calendar', () => {
    expect(VIETNAM_CULTURE_DAY).toMatchObject({
      id: 'culture-day',
      status: 'proposed',
      date: { calendar: 'solar', month: 11, day: 24 },
    });
    expect(VIETNAM_CULTURE_DAY.source).toContain('Nghị quyết 80-NQ/TW');
    expect(VIETNAM_CULTURE_DAY.source).toContain('Điều 112');
    expect(VIETNAM_CALENDAR.rules.some((rule) => rule.status !== 'inForce')).toBe(false);
    expect(isWorkingDay('2026-11-24')).toBe(true);
    expect(HolidayRuleSchema.parse(VIETNAM_CULTURE_DAY)).toEqual(VIETNAM_CULTURE_DAY);
  });

  it('lets a calendar opt in to the proposed day, with Điều 111 compensation', () => {
    const calendar = extendCalendar(VIETNAM_CALENDAR, {
      rules: [VIETNAM_CULTURE_DAY],
    })._unsafeUnwrap();
    expect(isWorkingDay('2026-11-24', calendar)).toBe(false);
    expect(isWorkingDay('2025-11-24', calendar)).toBe(true);
    expect(weekday('2029-11-24')).toBe(6);
    expect(daysOff(2029, calendar).filter((d) => d.includes('culture-day'))).toEqual([
      '2029-11-24 culture-day holiday',
      '2029-11-26 culture-day compensating',
    ]);
    expect(holidaysIn(2026, calendar).find((h) => h.rule === 'culture-day')?.name).toEqual({
      vi: 'Ngày Văn hóa Việt Nam',
      en: 'Vietnam Culture Day',
    });
  });

  it('is a statutory rule once the law is in force: status and dates are data', () => {
    const inForce = { ...VIETNAM_CULTURE_DAY, status: 'inForce', from: '2027-01-01' };
    const calendar = extendCalendar(VIETNAM_CALENDAR, { rules: [inForce] })._unsafeUnwrap();
    expect(calendar.rules.find((rule) => rule.id === 'culture-day')?.status).toBe('inForce');
    expect(isWorkingDay('2026-11-24', calendar)).toBe(true);
    expect(isWorkingDay('2027-11-24', calendar)).toBe(false);
  });
});

describe('rules at the edges of the years', () => {
  const base = {
    name: { vi: 'Ngày ví dụ', en: 'Example day' },
    source: 'Ví dụ',
  };

  it('skips 29/2 in common years, and a lunar rule whose day a month lacks', () => {
    const calendar = parseWorkingCalendar({
      name: { vi: 'Thử', en: 'Test' },
      rules: [
        { ...base, id: 'leap-day', date: { calendar: 'solar', month: 2, day: 29 } },
        { ...base, id: 'lunar', date: { calendar: 'lunar', month: 1, day: 15 } },
      ],
    })._unsafeUnwrap();
    expect(holidaysIn(2024, calendar).map((h) => h.date)).toEqual([
      '2024-02-24',
      '2024-02-26',
      '2024-02-29',
    ]);
    expect(holidaysIn(2026, calendar).map((h) => h.date)).toEqual(['2026-03-03']);
    expect(holidaysIn(2100, calendar).map((h) => h.date).length).toBeGreaterThan(0);
    expect(holidaysIn(1900, calendar).map((h) => h.date).length).toBeGreaterThan(0);
  });

  it('lets a day off that spills into the next year count in that year', () => {
    const calendar = parseWorkingCalendar({
      name: { vi: 'Thử', en: 'Test' },
      rules: [
        { ...base, id: 'year-end', date: { calendar: 'solar', month: 12, day: 31 }, days: 3 },
      ],
    })._unsafeUnwrap();
    expect(holidaysIn(2027, calendar).map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2027-01-01 holiday',
      '2027-01-02 holiday',
      '2027-01-04 compensating',
      '2027-12-31 holiday',
    ]);
    expect(
      holidaysIn(2028, calendar)
        .map((h) => h.date)
        .slice(0, 2),
    ).toEqual(['2028-01-01', '2028-01-02']);
  });
});
