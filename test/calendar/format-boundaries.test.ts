// Writing dates at the edges: the last day of a lunar month, the first and last supported lunar
// years, and the message of a lunar date that cannot be written.
import { describe, expect, it } from 'vitest';
import { formatLunarDate, formatVietnameseDate, type LunarDate } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const lunar = (year: number, month: number, day: number, leap = false): LunarDate => ({
  year,
  month,
  day,
  leap,
});

describe('formatLunarDate at the edges', () => {
  it('writes the 30th of a full month and the 12th month', () => {
    expect(formatLunarDate(lunar(2026, 1, 30))).toBe('ngày 30 tháng 1 năm Bính Ngọ');
    expect(formatLunarDate(lunar(2025, 11, 30))).toBe('ngày 30 tháng 11 năm Ất Tỵ');
    expect(formatLunarDate(lunar(2025, 12, 29))).toBe('ngày 29 tháng 12 năm Ất Tỵ');
  });

  it('writes the first and last supported lunar years', () => {
    // 1900-01-01 and 2100-12-31, the first and last supported solar days.
    expect(formatLunarDate(lunar(1899, 12, 1))).toBe('mùng 1 tháng 12 năm Kỷ Hợi');
    expect(formatLunarDate(lunar(2100, 12, 1))).toBe('mùng 1 tháng 12 năm Canh Thân');
  });

  it('refuses a leap flag that is not a boolean, and a date whose fields cannot be read', () => {
    expect(
      thrown(() => formatLunarDate({ ...lunar(2026, 1, 1), leap: 'no' } as never)).argument,
    ).toBe('date');
    const trap = {
      year: 2026,
      month: 1,
      get day(): number {
        throw new Error('no day');
      },
      leap: false,
    };
    expect(thrown(() => formatLunarDate(trap)).argument).toBe('date');
  });

  it('says what a lunar date must be, in both languages', () => {
    expect(thrown(() => formatLunarDate(lunar(2026, 13, 1))).problem.message).toEqual({
      vi: 'Đối số "date" phải là một ngày âm lịch có thật `{ year, month, day, leap }` trong khoảng 1900–2100, nhận được {"year":2026,"month":13,"day":1,"leap":false}.',
      en: 'Argument "date" must be a lunar date that exists `{ year, month, day, leap }` within 1900–2100, got {"year":2026,"month":13,"day":1,"leap":false}.',
    });
  });
});

describe('formatVietnameseDate at the edges', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatVietnameseDate('2026-02-10')).toBe('ngày 10 tháng 02 năm 2026');
    expect(formatVietnameseDate('2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
    expect(formatVietnameseDate('1900-01-01')).toBe('ngày 01 tháng 01 năm 1900');
    expect(formatVietnameseDate('2100-12-31', 'short')).toBe('31/12/2100');
  });
});
