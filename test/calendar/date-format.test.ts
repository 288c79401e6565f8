import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  dateParts,
  formatLunarDate,
  formatVietnameseDate,
  InvalidArgumentError,
  type IsoDate,
  IsoDateSchema,
  isIsoDate,
  isoDate,
  parseIsoDate,
  weekday,
  weekdayName,
} from '../../src/index.js';

describe('IsoDate', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('27/7/2022')).toBe(false);
    expect(isIsoDate(20220727)).toBe(false);
    expect(IsoDateSchema.safeParse('2022-07-27').success).toBe(true);
  });

  it('parses with a bilingual error', () => {
    expect(parseIsoDate('2022-07-27')._unsafeUnwrap()).toBe('2022-07-27');
    const error = parseIsoDate('2022-7-27')._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'invalid_date', path: [] });
    expect(error.message.vi).toContain('2022-7-27');
    expect(error.message.en).toContain('2022-7-27');
  });

  it('builds, splits and compares dates', () => {
    expect(isoDate(2026, 2, 17)).toBe('2026-02-17');
    expect(dateParts('2022-07-27')).toEqual({ year: 2022, month: 7, day: 27 });
    expect(compareIsoDates('2022-07-27', '2025-07-01')).toBe(-1);
    expect(compareIsoDates('2025-07-01', '2022-07-27')).toBe(1);
    expect(compareIsoDates('2025-07-01', '2025-07-01')).toBe(0);
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(dateParts(isoDate(y, m, d))).toEqual({ year: y, month: m, day: d });
        },
      ),
    );
  });
});

describe('Vietnamese dates', () => {
  it('writes the long form of Nghị định 30/2020 with its zero-padding', () => {
    expect(formatVietnameseDate('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatVietnameseDate('2022-07-27')).toBe('ngày 27 tháng 7 năm 2022');
    expect(formatVietnameseDate('2026-02-09', 'long')).toBe('ngày 09 tháng 02 năm 2026');
    expect(formatVietnameseDate('2026-03-10')).toBe('ngày 10 tháng 3 năm 2026');
    expect(formatVietnameseDate('2026-12-01')).toBe('ngày 01 tháng 12 năm 2026');
  });

  it('writes the short form without padding', () => {
    expect(formatVietnameseDate('2022-07-27', 'short')).toBe('27/7/2022');
    expect(formatVietnameseDate('2020-01-05', 'short')).toBe('5/1/2020');
  });

  it('names weekdays whatever the host time zone', () => {
    expect(weekday('2026-04-26')).toBe(0);
    expect(weekdayName('2026-04-26')).toBe('Chủ nhật');
    expect(weekdayName('2022-07-27')).toBe('thứ Tư');
    expect(weekdayName('2022-07-27', 'en')).toBe('Wednesday');
    expect(
      ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'].map(
        (d) => weekdayName(d as '2026-11-23'),
      ),
    ).toEqual(['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy']);
  });
});

describe('bad arguments (issue 9)', () => {
  const argumentOf = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      if (error instanceof InvalidArgumentError) return error.argument;
      throw error;
    }
    return undefined;
  };

  it('never prints a day that does not exist', () => {
    expect(argumentOf(() => formatVietnameseDate('2026-02-30' as IsoDate))).toBe('date');
    expect(argumentOf(() => formatVietnameseDate('2026-04-31' as IsoDate, 'short'))).toBe('date');
    expect(argumentOf(() => formatVietnameseDate('2026-02-28', 'full' as never))).toBe('style');
  });

  it('names no weekday of a non-date, and only in vi or en', () => {
    expect(argumentOf(() => weekday('garbage' as IsoDate))).toBe('date');
    expect(argumentOf(() => weekdayName('2026-02-30' as IsoDate))).toBe('date');
    expect(argumentOf(() => weekdayName('2026-02-28', 'fr' as never))).toBe('language');
  });

  it('names every weekday in both languages', () => {
    const week = [
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
    ];
    expect(week.map((d) => weekdayName(d as IsoDate))).toEqual([
      'Chủ nhật',
      'thứ Hai',
      'thứ Ba',
      'thứ Tư',
      'thứ Năm',
      'thứ Sáu',
      'thứ Bảy',
    ]);
    expect(week.map((d) => weekdayName(d as IsoDate, 'en'))).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
    expect(week.map((d) => weekday(d as IsoDate))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('writes no lunar date that does not exist', () => {
    expect(formatLunarDate({ year: 2026, month: 1, day: 1, leap: false })).toBe(
      'mùng 1 tháng 1 năm Bính Ngọ',
    );
    for (const date of [
      { year: 2026, month: 3, day: 10, leap: true },
      { year: 2026, month: 13, day: 1, leap: false },
      { year: 3000, month: 1, day: 1, leap: false },
      { year: 2026, month: 1, day: 1 },
      '2026-01-01',
      null,
    ]) {
      expect(argumentOf(() => formatLunarDate(date as never))).toBe('date');
    }
  });
});
