import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  dateParts,
  formatVietnameseDate,
  isIsoDate,
  isoDate,
  parseIsoDate,
  weekday,
  weekdayName,
} from '../../src/index.js';

describe('ISO dates', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2023-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-1-1',
      '27/7/2022',
      20220727,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it('parses with a typed bilingual error', () => {
    expect(parseIsoDate('2022-07-27')).toEqual(ok('2022-07-27'));
    expect(parseIsoDate('2022-7-27')).toEqual(
      err(
        expect.objectContaining({
          code: 'invalid_date',
          message: expect.objectContaining({ vi: expect.stringContaining('2022-7-27') }),
        }),
      ),
    );
  });

  it('round-trips parts', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const date = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          expect(isIsoDate(date)).toBe(true);
          const { year, month, day } = dateParts(date);
          expect(isoDate(year, month, day)).toBe(date);
        },
      ),
    );
  });

  it('compares chronologically', () => {
    expect(compareIsoDates('2022-07-27', '2025-07-01')).toBe(-1);
    expect(compareIsoDates('2025-07-01', '2022-07-27')).toBe(1);
    expect(compareIsoDates('2025-07-01', '2025-07-01')).toBe(0);
  });
});

describe('Vietnamese date forms', () => {
  it('zero-pads days below 10 and months 1 and 2 (Nghị định 30/2020)', () => {
    expect(formatVietnameseDate('2022-07-27')).toBe('ngày 27 tháng 7 năm 2022');
    expect(formatVietnameseDate('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatVietnameseDate('2020-02-10')).toBe('ngày 10 tháng 02 năm 2020');
    expect(formatVietnameseDate('2020-03-09')).toBe('ngày 09 tháng 3 năm 2020');
    expect(formatVietnameseDate('2020-12-31')).toBe('ngày 31 tháng 12 năm 2020');
  });

  it('writes the short form without padding', () => {
    expect(formatVietnameseDate('2022-07-27', 'short')).toBe('27/7/2022');
    expect(formatVietnameseDate('2020-01-05', 'short')).toBe('5/1/2020');
  });

  it('names weekdays whatever the host time zone', () => {
    expect(weekday('2026-04-26')).toBe(0);
    expect(weekdayName('2022-07-27')).toBe('thứ Tư');
    expect(weekdayName('2026-04-26')).toBe('Chủ nhật');
    expect(weekdayName('2026-04-27', 'en')).toBe('Monday');
  });
});
