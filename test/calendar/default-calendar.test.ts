import { describe, expect, it } from 'vitest';
import {
  extendCalendar,
  holidaysIn,
  InvalidArgumentError,
  isWorkingDay,
  parseWorkingCalendar,
  VIETNAM_CALENDAR,
  type WorkingCalendar,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const EXPECTED = {
  vi: 'một lịch làm việc do thư viện tạo: `VIETNAM_CALENDAR`, hoặc lịch mà `parseWorkingCalendar` hay `extendCalendar` trả về (lịch tự viết thì đọc bằng `parseWorkingCalendar` trước)',
  en: 'a working calendar made by the library: `VIETNAM_CALENDAR`, or one that `parseWorkingCalendar` or `extendCalendar` returned (read a hand-written calendar with `parseWorkingCalendar` first)',
};

describe('the default working calendar', () => {
  it('is named for state administrative bodies, in both languages', () => {
    expect(VIETNAM_CALENDAR.name).toEqual({
      vi: 'Lịch làm việc của cơ quan hành chính nhà nước',
      en: 'Working calendar of state administrative bodies',
    });
  });

  it('is used when no calendar is given, and counts the same when given', () => {
    expect(isWorkingDay('2026-02-17')).toBe(false);
    expect(isWorkingDay('2026-02-17', VIETNAM_CALENDAR)).toBe(false);
    expect(holidaysIn(2026, VIETNAM_CALENDAR)).toEqual(holidaysIn(2026));
  });
});

describe('a calendar argument', () => {
  it('is accepted when the library made it', () => {
    const read = parseWorkingCalendar(JSON.parse(JSON.stringify(VIETNAM_CALENDAR)))._unsafeUnwrap();
    const extended = extendCalendar(VIETNAM_CALENDAR, { weeklyRestDays: [0] })._unsafeUnwrap();
    expect(isWorkingDay('2026-02-17', read)).toBe(false);
    expect(isWorkingDay('2026-03-07', read)).toBe(false);
    expect(isWorkingDay('2026-03-07', extended)).toBe(true);
  });

  it('is refused, saying what it must be in both languages, when it is a copy or not a calendar', () => {
    const copy = { ...VIETNAM_CALENDAR } as WorkingCalendar;
    for (const [value, received] of [
      [copy, undefined],
      [null, 'null'],
      [5, '5'],
      ['VIETNAM_CALENDAR', '"VIETNAM_CALENDAR"'],
    ] as const) {
      const error = thrown(() => isWorkingDay('2026-01-01', value as unknown as WorkingCalendar));
      expect(error.code).toBe('invalid_argument');
      expect(error.argument).toBe('calendar');
      expect(error.problem.path).toEqual(['calendar']);
      expect(error.problem.params).toMatchObject({ argument: 'calendar', expected: EXPECTED });
      if (received !== undefined) {
        expect(error.problem.message).toEqual({
          vi: `Đối số "calendar" phải là ${EXPECTED.vi}, nhận được ${received}.`,
          en: `Argument "calendar" must be ${EXPECTED.en}, got ${received}.`,
        });
      }
    }
    expect(() => holidaysIn(2026, copy)).toThrow(InvalidArgumentError);
    expect(extendCalendar(copy, {}).isErr()).toBe(true);
  });
});
