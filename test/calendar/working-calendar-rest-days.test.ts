// Make-up days are checked against the weekly rest days the calendar will have: the default
// Saturday and Sunday, the base calendar's, or none when the rest days written are not valid.
import { describe, expect, it } from 'vitest';
import {
  extendCalendar,
  isWorkingDay,
  parseWorkingCalendar,
  VIETNAM_CALENDAR,
} from '../../src/index.js';

const name = { vi: 'Lịch', en: 'Calendar' };
const saturdayMakeUp = {
  year: 2027,
  source: { document: 'Thông báo X', issuer: { vi: 'UBND tỉnh', en: 'Province' } },
  appliesTo: { vi: 'cán bộ', en: 'officials' },
  makeUpDays: [{ date: '2027-04-24', replaces: '2027-04-29' }],
};
const codesAndPaths = (problems: readonly { code: string; path: unknown }[]) =>
  problems.map((p) => [p.code, p.path]);

describe('make-up days and weekly rest days', () => {
  it('accepts a Saturday make-up day in a calendar that keeps the default rest days', () => {
    const calendar = parseWorkingCalendar({ name, schedules: [saturdayMakeUp] })._unsafeUnwrap();
    expect(calendar.weeklyRestDays).toEqual([6, 0]);
    expect(isWorkingDay('2027-04-24', calendar)).toBe(true);
    expect(isWorkingDay('2027-04-29', calendar)).toBe(false);
  });

  it('checks a make-up day against the rest days written, when they are valid', () => {
    const problems = parseWorkingCalendar({
      name,
      weeklyRestDays: [0],
      schedules: [saturdayMakeUp],
    })._unsafeUnwrapErr();
    expect(codesAndPaths(problems)).toEqual([
      ['make_up_day_not_rest_day', ['schedules', 0, 'makeUpDays', 0, 'date']],
    ]);
    expect(problems[0]?.message).toEqual({
      vi: 'Ngày làm bù 2027-04-24 là thứ Bảy, không phải ngày nghỉ hằng tuần của lịch.',
      en: 'Make-up day 2027-04-24 is a Saturday, not a weekly rest day of the calendar.',
    });
  });

  it('reports only the rest days when they are not valid, not every make-up day', () => {
    for (const weeklyRestDays of [[9], 'weekend', [0, 1, 2, 3, 4, 5, 6]]) {
      const problems = parseWorkingCalendar({
        name,
        weeklyRestDays,
        schedules: [saturdayMakeUp],
      })._unsafeUnwrapErr();
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.filter((p) => p.path[0] !== 'weeklyRestDays')).toEqual([]);
      const extended = extendCalendar(VIETNAM_CALENDAR, {
        weeklyRestDays: weeklyRestDays as never,
        schedules: [saturdayMakeUp],
      })._unsafeUnwrapErr();
      expect(codesAndPaths(extended)).toEqual(codesAndPaths(problems));
    }
  });

  it("checks an added make-up day against the base calendar's rest days", () => {
    expect(extendCalendar(VIETNAM_CALENDAR, { schedules: [saturdayMakeUp] }).isOk()).toBe(true);
    const sundayOnly = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0] })._unsafeUnwrap();
    expect(
      codesAndPaths(extendCalendar(sundayOnly, { schedules: [saturdayMakeUp] })._unsafeUnwrapErr()),
    ).toEqual([['make_up_day_not_rest_day', ['schedules', 0, 'makeUpDays', 0, 'date']]]);
  });

  it('reports a rest day listed twice in an extension', () => {
    const problems = extendCalendar(VIETNAM_CALENDAR, {
      weeklyRestDays: [6, 0, 6],
    })._unsafeUnwrapErr();
    expect(codesAndPaths(problems)).toEqual([['duplicate_rest_day', ['weeklyRestDays', 2]]]);
  });

  it('refuses an extension that nests too deep, without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.rules = [cyclic];
    expect(extendCalendar(VIETNAM_CALENDAR, cyclic)._unsafeUnwrapErr()[0]?.code).toBe('too_deep');
  });
});
