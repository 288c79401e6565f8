import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR } from '../../src/_internal/dates.js';
import { defaultLunarAnchor } from '../../src/calendar/tet-encoding.js';
import { TET_TABLE } from '../../src/calendar/tet-table.js';
import { fromLunarDate, LABOUR_CODE_2019_HOLIDAYS, VIETNAM_CALENDAR } from '../../src/index.js';

describe('the table of Tết and the Hùng Kings’ day (the default calendar’s lunar days)', () => {
  it('gives, for every year 1900–2100, the days the lunar calendar gives', () => {
    expect(TET_TABLE).toHaveLength((LAST_YEAR - FIRST_YEAR + 1) * 2);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      for (const [month, day] of [
        [1, 1],
        [3, 10],
      ] as const) {
        const lunar = fromLunarDate({ year, month, day, leap: false })._unsafeUnwrap();
        expect(defaultLunarAnchor(year, month, day), `${day}/${month} ${year}`).toBe(lunar);
      }
    }
  });

  it('knows the dates a reader checks by hand', () => {
    expect(defaultLunarAnchor(2026, 1, 1)).toBe('2026-02-17');
    expect(defaultLunarAnchor(2026, 3, 10)).toBe('2026-04-26');
    expect(defaultLunarAnchor(2025, 1, 1)).toBe('2025-01-29');
    expect(defaultLunarAnchor(2025, 3, 10)).toBe('2025-04-07');
    expect(defaultLunarAnchor(2100, 1, 1)).toBe(
      fromLunarDate({ year: 2100, month: 1, day: 1, leap: false })._unsafeUnwrap(),
    );
  });

  it('answers nothing outside 1900–2100 or for another lunar day', () => {
    expect(defaultLunarAnchor(1899, 1, 1)).toBeUndefined();
    expect(defaultLunarAnchor(2101, 1, 1)).toBeUndefined();
    expect(defaultLunarAnchor(2026, 8, 15)).toBeUndefined();
  });

  it('answers nothing for a lunar day that shares only its month or its day with Tết or 10/3', () => {
    // Rằm tháng Giêng (15/1), Tết Hàn thực (3/3), Tết Đoan ngọ (5/5), the 1st and 10th of other months.
    for (const [month, day] of [
      [1, 15],
      [3, 3],
      [2, 1],
      [5, 10],
      [1, 10],
      [3, 1],
    ] as const) {
      expect(defaultLunarAnchor(2026, month, day), `${day}/${month}`).toBeUndefined();
    }
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        (year, month, day) => {
          const known = (month === 1 && day === 1) || (month === 3 && day === 10);
          expect(defaultLunarAnchor(year, month, day) !== undefined).toBe(known);
        },
      ),
    );
  });

  it('covers every lunar day of the default calendar’s rules', () => {
    const lunarDays = VIETNAM_CALENDAR.rules.flatMap((rule) =>
      rule.date.calendar === 'lunar' ? [[rule.date.month, rule.date.day]] : [],
    );
    expect(lunarDays).toEqual([
      [1, 1],
      [3, 10],
    ]);
    expect(VIETNAM_CALENDAR.rules).toEqual(LABOUR_CODE_2019_HOLIDAYS);
  });
});
