import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extendCalendar,
  holidaysIn,
  isWorkingDay,
  LABOUR_CODE_2019_HOLIDAYS,
  makeUpDaysIn,
  parseWorkingCalendar,
  VIETNAM_CALENDAR,
  WorkingCalendarSchema,
  workingDaysBetween,
} from '../../src/index.js';

const cultureDay = {
  id: 'culture-day',
  name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
  date: { calendar: 'solar', month: 11, day: 24 },
  source: 'Đề xuất (ví dụ)',
  from: '2026-01-01',
};
const source = { document: 'Thông báo X', issuer: { vi: 'UBND tỉnh', en: 'Province' } };
const appliesTo = { vi: 'cán bộ', en: 'officials' };

const codesAndPaths = (result: { _unsafeUnwrapErr(): { code: string; path: unknown }[] }) =>
  result._unsafeUnwrapErr().map((p) => [p.code, p.path]);

describe('parseWorkingCalendar', () => {
  it('reads a calendar, frozen, with defaults', () => {
    const calendar = parseWorkingCalendar({
      name: { vi: 'Lịch chỉ theo luật', en: 'Statutory calendar only' },
      rules: LABOUR_CODE_2019_HOLIDAYS,
    })._unsafeUnwrap();
    expect(calendar.weeklyRestDays).toEqual([6, 0]);
    expect(calendar.schedules).toEqual([]);
    expect(Object.isFrozen(calendar.rules[0])).toBe(true);
    expect(calendar.rules[0]).not.toBe(LABOUR_CODE_2019_HOLIDAYS[0]);
    expect(isWorkingDay('2026-02-16', calendar)).toBe(false);
  });

  it('reports every problem at once: shapes and references in the same pass', () => {
    const result = parseWorkingCalendar({
      name: { vi: 'Sai', en: 'Wrong' },
      rules: [cultureDay, cultureDay, { ...cultureDay, id: 'Bad Id', extra: 1 }],
      schedules: [
        {
          year: 2026,
          source: { document: 'X', issuer: { vi: 'X', en: 'X' } },
          appliesTo: { vi: 'X', en: 'X' },
          occasions: [
            { rule: 'no-such-rule', daysOff: [{ start: '2026-02-30', end: '2029-03-01' }] },
          ],
        },
      ],
    });
    expect(codesAndPaths(result)).toEqual([
      ['invalid_format', ['rules', 2, 'id']],
      ['unknown_field', ['rules', 2, 'extra']],
      ['invalid_date', ['schedules', 0, 'occasions', 0, 'daysOff', 0, 'start']],
      ['duplicate_holiday_rule', ['rules', 1, 'id']],
      ['unknown_holiday_rule', ['schedules', 0, 'occasions', 0, 'rule']],
      ['schedule_year_mismatch', ['schedules', 0, 'occasions', 0, 'daysOff', 0, 'end']],
    ]);
  });

  it('words its problems with the holidays’ names, in both languages', () => {
    const [duplicate, unknown] = parseWorkingCalendar({
      name: { vi: 'Sai', en: 'Wrong' },
      rules: [cultureDay, cultureDay],
      schedules: [
        {
          year: 2027,
          source: { document: 'Thông báo 12/TB-UBND', issuer: { vi: 'UBND', en: 'PC' } },
          appliesTo,
          occasions: [{ rule: 'tet', daysOff: [{ start: '2027-02-05', end: '2027-02-09' }] }],
        },
      ],
    })._unsafeUnwrapErr();
    expect(duplicate?.message).toEqual({
      vi: 'Ngày lễ Ngày Văn hóa Việt Nam (culture-day) được khai báo hai lần: mỗi quy tắc cần một mã riêng.',
      en: 'Holiday Vietnam Culture Day (culture-day) is declared twice: each rule needs its own id.',
    });
    expect(duplicate?.params).toEqual({
      ruleId: 'culture-day',
      name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
    });
    expect(unknown?.message).toEqual({
      vi: 'Lịch nghỉ năm 2027 ("Thông báo 12/TB-UBND") nhắc đến ngày lễ "tet", không có trong các quy tắc ngày lễ của lịch.',
      en: 'The 2027 schedule ("Thông báo 12/TB-UBND") refers to holiday "tet", which no holiday rule of the calendar defines.',
    });
  });

  it('refuses a week without a working day, or a rest day listed twice', () => {
    const name = { vi: 'Lịch', en: 'Calendar' };
    expect(
      codesAndPaths(parseWorkingCalendar({ name, weeklyRestDays: [0, 1, 2, 3, 4, 5, 6] })),
    ).toEqual([['too_big', ['weeklyRestDays']]]);
    const twice = parseWorkingCalendar({ name, weeklyRestDays: [0, 6, 0] })._unsafeUnwrapErr();
    expect(twice.map((p) => [p.code, p.path])).toEqual([
      ['duplicate_rest_day', ['weeklyRestDays', 2]],
    ]);
    expect(twice[0]?.message).toEqual({
      vi: 'Ngày nghỉ hằng tuần Chủ nhật (0) được ghi hai lần.',
      en: 'Weekly rest day Sunday (0) is listed twice.',
    });
  });

  it('rejects a span of days off that ends before it starts', () => {
    const problems = parseWorkingCalendar({
      name: { vi: 'Lịch', en: 'Calendar' },
      rules: LABOUR_CODE_2019_HOLIDAYS,
      schedules: [
        {
          year: 2027,
          source,
          appliesTo,
          occasions: [{ rule: 'new-year', daysOff: [{ start: '2027-01-02', end: '2027-01-01' }] }],
        },
      ],
    })._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path, p.message.vi])).toEqual([
      [
        'days_off_reversed',
        ['schedules', 0, 'occasions', 0, 'daysOff', 0, 'end'],
        'Khoảng ngày nghỉ từ 2027-01-02 đến 2027-01-01 bị ngược: ngày bắt đầu phải trước hoặc bằng ngày kết thúc.',
      ],
    ]);
  });

  it('rejects schedule years outside 1900–2100', () => {
    const result = parseWorkingCalendar({
      name: { vi: 'Lịch', en: 'Calendar' },
      schedules: [{ year: 9999, source, appliesTo }],
    });
    expect(codesAndPaths(result)).toEqual([['too_big', ['schedules', 0, 'year']]]);
  });

  it('never throws, whatever the value, and every problem has both messages', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true }),
        (value) => {
          const result = parseWorkingCalendar(value);
          if (result.isErr()) {
            for (const p of result.error) expect(p.message.vi && p.message.en).toBeTruthy();
          }
        },
      ),
    );
    const cyclic: Record<string, unknown> = { name: { vi: 'a', en: 'b' } };
    cyclic.rules = [cyclic];
    expect(parseWorkingCalendar(cyclic)._unsafeUnwrapErr()[0]?.code).toBe('too_deep');
  });

  it('reads NFD text as NFC, and does not change its input', () => {
    const input = {
      name: { vi: 'Lịch của tỉnh'.normalize('NFD'), en: 'Province' },
      rules: [{ ...cultureDay, name: { vi: cultureDay.name.vi.normalize('NFD'), en: 'Day' } }],
    };
    const before = JSON.stringify(input);
    const calendar = parseWorkingCalendar(input)._unsafeUnwrap();
    expect(calendar.name.vi).toBe('Lịch của tỉnh');
    expect(calendar.rules[0]?.name.vi).toBe('Ngày Văn hóa Việt Nam');
    expect(JSON.stringify(input)).toBe(before);
  });

  it('accepts the editor hook "$schema" and "$comment" keys', () => {
    expect(
      parseWorkingCalendar({
        $schema: './calendar.schema.json',
        $comment: 'lịch của tỉnh',
        name: { vi: 'Lịch', en: 'Calendar' },
      }).isOk(),
    ).toBe(true);
  });
});

describe('extendCalendar', () => {
  it('adds a holiday such as 24/11 without code', () => {
    const calendar = extendCalendar(VIETNAM_CALENDAR, { rules: [cultureDay] })._unsafeUnwrap();
    expect(isWorkingDay('2026-11-24', calendar)).toBe(false);
    expect(isWorkingDay('2026-11-24')).toBe(true);
    expect(VIETNAM_CALENDAR.rules).toHaveLength(6);
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
  });

  it('supports other weekly rest days', () => {
    const sundayOnly = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0] })._unsafeUnwrap();
    expect(isWorkingDay('2026-11-28', sundayOnly)).toBe(true);
    expect(isWorkingDay('2026-11-29', sundayOnly)).toBe(false);
  });

  it('never throws on an extension that is not one, and points into the extension', () => {
    expect(codesAndPaths(extendCalendar(VIETNAM_CALENDAR, { schedules: 0 } as never))).toEqual([
      ['invalid_type', ['schedules']],
    ]);
    expect(codesAndPaths(extendCalendar(VIETNAM_CALENDAR, null as never))).toEqual([
      ['invalid_type', []],
    ]);
    expect(codesAndPaths(extendCalendar(VIETNAM_CALENDAR, { holidays: [] } as never))).toEqual([
      ['unknown_field', ['holidays']],
    ]);
    const problems = extendCalendar(VIETNAM_CALENDAR, {
      rules: [cultureDay, cultureDay],
      schedules: [
        { year: 2027, source, appliesTo, makeUpDays: [{ date: '2031-01-04', replaces: 'x' }] },
      ],
    })._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['invalid_date', ['schedules', 0, 'makeUpDays', 0, 'replaces']],
      ['duplicate_holiday_rule', ['rules', 1, 'id']],
      ['schedule_year_mismatch', ['schedules', 0, 'makeUpDays', 0, 'date']],
    ]);
  });

  it('reports a base that is not a calendar as invalid_argument', () => {
    const [problem] = extendCalendar({ name: 1 } as never, {})._unsafeUnwrapErr();
    expect(problem).toMatchObject({ code: 'invalid_argument', path: ['base'] });
  });

  it('returns a fresh calendar that shares nothing with its base', () => {
    const calendar = extendCalendar(VIETNAM_CALENDAR, {})._unsafeUnwrap();
    expect(calendar).toEqual(VIETNAM_CALENDAR);
    expect(calendar.rules[0]).not.toBe(VIETNAM_CALENDAR.rules[0]);
    expect(calendar.schedules[0]?.source).not.toBe(VIETNAM_CALENDAR.schedules[0]?.source);
    expect(Object.isFrozen(calendar.rules[0]?.name)).toBe(true);
    expect(holidaysIn(2026, calendar)).toEqual(holidaysIn(2026));
  });

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
      name: { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' },
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
    const problems = extendCalendar(VIETNAM_CALENDAR, {
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
    })._unsafeUnwrapErr();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['schedule_year_mismatch', ['schedules', 0, 'makeUpDays', 0, 'date']],
      ['schedule_year_mismatch', ['schedules', 0, 'makeUpDays', 0, 'replaces']],
      ['make_up_day_not_rest_day', ['schedules', 0, 'makeUpDays', 1, 'date']],
    ]);
    expect(problems[2]?.message).toEqual({
      vi: 'Ngày làm bù 2026-03-04 là thứ Tư, không phải ngày nghỉ hằng tuần của lịch.',
      en: 'Make-up day 2026-03-04 is a Wednesday, not a weekly rest day of the calendar.',
    });
    expect(problems[0]?.message).toEqual({
      vi: 'Ngày 2031-01-04 cách quá xa năm 2026 của lịch nghỉ: chỉ được là ngày của năm 2026 hoặc năm liền trước, liền sau.',
      en: 'Date 2031-01-04 is too far from the schedule’s year 2026: only days of 2026 or the year before or after are allowed.',
    });
  });

  it("checks added make-up days against the new rest days, not the base's", () => {
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
    expect(codesAndPaths(result)).toEqual([
      ['make_up_day_not_rest_day', ['schedules', 0, 'makeUpDays', 0, 'date']],
    ]);
  });

  it('gives every year the same answers in every order of questions (cache)', () => {
    const calendar = extendCalendar(VIETNAM_CALENDAR, {})._unsafeUnwrap();
    const later = holidaysIn(2027, calendar);
    expect(holidaysIn(2026, calendar)).toEqual(holidaysIn(2026));
    expect(holidaysIn(2027, calendar)).toEqual(later);
  });

  it('keeps WorkingCalendarSchema a shape check that the default calendar passes', () => {
    expect(WorkingCalendarSchema.parse(VIETNAM_CALENDAR)).toEqual(VIETNAM_CALENDAR);
  });
});
