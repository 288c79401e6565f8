import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  dateParts,
  formatVietnameseDate,
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
