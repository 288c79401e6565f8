import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromLunarDate,
  type IsoDate,
  type LunarDate,
  LunarDateSchema,
  lunarYear,
  toLunarDate,
} from '../../src/index.js';

const lunar = (year: number, month: number, day: number, leap = false): LunarDate => ({
  year,
  month,
  day,
  leap,
});

/** Whether `YYYY-MM-DD` names a real day, by the platform's own calendar. */
function isReal(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('toLunarDate reads its date', () => {
  it('as a real YYYY-MM-DD day of 1900–2100, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2110 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
          const result = toLunarDate(text);
          if (!isReal(year, month, day)) {
            expect(result._unsafeUnwrapErr().code).toBe('invalid_date');
          } else if (year < 1900 || year > 2100) {
            expect(result._unsafeUnwrapErr().code).toBe('date_out_of_range');
          } else {
            expect(fromLunarDate(result._unsafeUnwrap())._unsafeUnwrap()).toBe(text);
          }
        },
      ),
    );
  });

  it('knows 29 February: in 2000 and 2024, not in 1900 or 2100', () => {
    // Tết 2000 was 5 February, Tết 2024 10 February.
    expect(toLunarDate('2000-02-29')._unsafeUnwrap()).toEqual(lunar(2000, 1, 25));
    expect(toLunarDate('2024-02-29')._unsafeUnwrap()).toEqual(lunar(2024, 1, 20));
    for (const date of ['1900-02-29', '2100-02-29', '2026-02-29', '2026-04-31', '2026-06-31']) {
      const error = toLunarDate(date as IsoDate)._unsafeUnwrapErr();
      expect(error).toMatchObject({
        code: 'invalid_date',
        path: [],
        params: { input: `"${date}"` },
      });
    }
    expect(toLunarDate('2026-12-31')._unsafeUnwrap()).toMatchObject({ year: 2026, month: 11 });
  });

  it('rejects text that only looks like a date', () => {
    for (const text of [
      '2026-1a-01',
      '2026-01-0x',
      '20x6-01-01',
      '2026/01/01',
      '2026-01-01T00:00',
      ' 2026-01-01',
      '2026-00-10',
      '2026-13-01',
      '2026-01-00',
      '2026-1-01',
      '2026-01--1',
      '-026-01-01',
      // '/' and ':' sit just before and after the digits.
      '2026-01-1/',
      '2026-0:-01',
      '20:6-01-01',
      '2026-01/01',
      '2026/01-01',
    ]) {
      const error = toLunarDate(text as IsoDate)._unsafeUnwrapErr();
      expect(error.code, text).toBe('invalid_date');
      expect(error.message.vi).toContain(`"${text}" không phải ngày hợp lệ`);
      expect(error.message.en).toContain(`"${text}" is not a valid date`);
    }
    for (const value of [20260101, null, undefined, new Date(0)]) {
      expect(toLunarDate(value as unknown as IsoDate)._unsafeUnwrapErr().code).toBe('invalid_date');
    }
  });

  it('says which date is outside 1900–2100, in both languages', () => {
    const error = toLunarDate('2101-01-01')._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: 'date_out_of_range',
      params: { start: '1900-01-01', end: '2100-12-31' },
    });
    expect(error.message.vi).toBe(
      'Ngày "2101-01-01" nằm ngoài khoảng thư viện hỗ trợ (1900-01-01 đến 2100-12-31).',
    );
    expect(error.message.en).toBe(
      'Date "2101-01-01" is outside the range the library supports (1900-01-01 to 2100-12-31).',
    );
  });
});

describe('the time zone offset of the lunar functions', () => {
  it('is any number of hours from −12 to 14', () => {
    for (const timeZoneOffset of [-12, 14, 0, 5.75]) {
      expect(toLunarDate('2026-02-17', { timeZoneOffset }).isOk(), String(timeZoneOffset)).toBe(
        true,
      );
      expect(lunarYear(2026, { timeZoneOffset }).isOk()).toBe(true);
    }
    for (const timeZoneOffset of [-12.5, 14.5, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(toLunarDate('2026-02-17', { timeZoneOffset })._unsafeUnwrapErr().code).toBe(
        'invalid_time_zone_offset',
      );
    }
  });

  it('must be a number, not text, and says so in both languages', () => {
    const error = toLunarDate('2026-02-17', {
      timeZoneOffset: '7' as unknown as number,
    })._unsafeUnwrapErr();
    expect(error).toEqual({
      code: 'invalid_time_zone_offset',
      severity: 'error',
      path: ['timeZoneOffset'],
      params: { input: '"7"' },
      message: {
        vi: 'Độ lệch múi giờ "7" không hợp lệ: phải là số giờ từ -12 đến 14 (Việt Nam là 7).',
        en: 'Time zone offset "7" is invalid: it must be hours from -12 to 14 (Vietnam is 7).',
      },
    });
    expect(
      fromLunarDate(lunar(2026, 1, 1), { timeZoneOffset: '8' as unknown as number }).isErr(),
    ).toBe(true);
  });

  it('gives each offset its own calendar, however many offsets are used in turn', () => {
    // Tết 2030 is 2 February at UTC+7 and 3 February at UTC+8.
    for (let round = 0; round < 2; round += 1) {
      for (let offset = -12; offset <= 14; offset += 1) {
        const tet = lunarYear(2030, { timeZoneOffset: offset })._unsafeUnwrap().newYear;
        if (offset === 7) expect(tet).toBe('2030-02-02');
        if (offset === 8) expect(tet).toBe('2030-02-03');
      }
    }
  });

  it('reckons fractions of an hour: 27940/3600 h is the Beijing meridian of 1912–1928', () => {
    const beijing = { timeZoneOffset: 27940 / 3600 };
    for (const year of [1914, 1916, 1920, 1925]) {
      expect(lunarYear(year, beijing)._unsafeUnwrap().months).toEqual(
        lunarYear(year)._unsafeUnwrap().months,
      );
    }
    // November 1914 begins a day earlier at Beijing's meridian than at UTC+8.
    const at8 = lunarYear(1914, { timeZoneOffset: 8 })._unsafeUnwrap().months;
    expect(lunarYear(1914, beijing)._unsafeUnwrap().months).not.toEqual(at8);
  });
});

describe('fromLunarDate explains a lunar date that does not exist', () => {
  it('when it is not a lunar date at all', () => {
    const error = fromLunarDate(null as unknown as LunarDate)._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: 'invalid_lunar_date',
      path: [],
      params: { input: 'null', fault: { kind: 'notLunarDate' } },
    });
    expect(error.message).toEqual({
      vi: 'Ngày âm lịch null không có: cần một ngày âm lịch { year, month, day, leap }.',
      en: 'Lunar date null does not exist: a lunar date { year, month, day, leap } is needed.',
    });
    expect(fromLunarDate('2026-01-01' as unknown as LunarDate)._unsafeUnwrapErr().params).toEqual({
      input: '"2026-01-01"',
      fault: { kind: 'notLunarDate' },
    });
  });

  it('when a part is not a whole number or the month is not 1–12', () => {
    const cases: [LunarDate, string][] = [
      [lunar(2026.5, 1, 1), '1/1/2026.5'],
      [lunar(2026, 1.5, 1), '1/1.5/2026'],
      [lunar(2026, 0, 1), '1/0/2026'],
      [lunar(2026, 13, 1), '1/13/2026'],
      [lunar(2026, 3, 1.5), '1.5/3/2026'],
      [{ year: '2026', month: 3, day: 10, leap: true } as unknown as LunarDate, '10/3L/"2026"'],
    ];
    for (const [date, input] of cases) {
      const error = fromLunarDate(date)._unsafeUnwrapErr();
      expect(error.params, input).toEqual({ input, fault: { kind: 'notWhole' } });
      expect(error.message).toEqual({
        vi: `Ngày âm lịch ${input} không có: năm, tháng và ngày phải là số nguyên, tháng từ 1 đến 12.`,
        en: `Lunar date ${input} does not exist: the year, month and day must be whole numbers, the month 1 to 12.`,
      });
    }
    expect(fromLunarDate(lunar(2026, 12, 1)).isOk()).toBe(true);
    expect(fromLunarDate(lunar(2026, 1, 1)).isOk()).toBe(true);
  });

  it('when the year has no such month, leap or not', () => {
    const error = fromLunarDate(lunar(2026, 3, 10, true))._unsafeUnwrapErr();
    expect(error.params).toEqual({
      input: '10/3L/2026',
      fault: { kind: 'noSuchMonth', year: 2026, month: 3, leap: true },
    });
    expect(error.message).toEqual({
      vi: 'Ngày âm lịch 10/3L/2026 không có: năm âm lịch 2026 không có tháng 3 nhuận.',
      en: 'Lunar date 10/3L/2026 does not exist: lunar year 2026 has no leap month 3.',
    });
    // 2025 has a leap month 6 (DOMAIN.md §5); a missing or false `leap` is the ordinary month.
    expect(fromLunarDate(lunar(2025, 6, 1, true))._unsafeUnwrap()).toBe('2025-07-25');
    expect(fromLunarDate(lunar(2025, 6, 1))._unsafeUnwrap()).toBe('2025-06-25');
    const noLeap = { year: 2025, month: 6, day: 1 } as unknown as LunarDate;
    expect(fromLunarDate(noLeap)._unsafeUnwrap()).toBe('2025-06-25');
  });

  it('when the day is not in the month: 0, or the 30th of a 29-day month', () => {
    const months = lunarYear(2026)._unsafeUnwrap().months;
    const short = months.find((m) => m.days === 29);
    const long = months.find((m) => m.days === 30);
    if (short === undefined || long === undefined) throw new Error('2026 has both lengths');
    expect(fromLunarDate(lunar(2026, long.month, 30)).isOk()).toBe(true);
    for (const [day, days, input] of [
      [30, 29, `30/${short.month}/2026`],
      [0, short.days, `0/${short.month}/2026`],
      [31, long.days, `31/${long.month}/2026`],
    ] as const) {
      const month = day === 31 ? long.month : short.month;
      const error = fromLunarDate(lunar(2026, month, day))._unsafeUnwrapErr();
      expect(error.params).toEqual({ input, fault: { kind: 'dayOutOfMonth', days } });
      expect(error.message.vi).toBe(`Ngày âm lịch ${input} không có: tháng này có ${days} ngày.`);
      expect(error.message.en).toBe(
        `Lunar date ${input} does not exist: that month has ${days} days.`,
      );
    }
  });

  it('when it falls outside 1900–2100', () => {
    expect(fromLunarDate(lunar(1899, 12, 1))._unsafeUnwrap()).toBe('1900-01-01');
    for (const [date, input] of [
      [lunar(1899, 11, 1), '1/11/1899'],
      [lunar(1898, 12, 1), '1/12/1898'],
      [lunar(2100, 12, 2), '2/12/2100'],
      [lunar(2101, 1, 1), '1/1/2101'],
      [lunar(2200, 1, 1), '1/1/2200'],
    ] as const) {
      const error = fromLunarDate(date)._unsafeUnwrapErr();
      expect(error.code, input).toBe('lunar_out_of_range');
      expect(error.message).toEqual({
        vi: `Ngày ${input} nằm ngoài khoảng lịch âm được hỗ trợ (1900-01-01 đến 2100-12-31).`,
        en: `Date ${input} is outside the supported lunar calendar (1900-01-01 to 2100-12-31).`,
      });
    }
    expect(fromLunarDate(lunar(2100, 12, 1)).isOk()).toBe(true);
  });
});

describe('lunarYear', () => {
  it('covers lunar years 1900 to 2100: Tết 1900 was 31 January, with a leap month 8', () => {
    const first = lunarYear(1900)._unsafeUnwrap();
    expect(first.newYear).toBe('1900-01-31');
    expect(first.leapMonth).toBe(8);
    expect(first.months).toHaveLength(13);
    expect(first.months[0]).toEqual({ month: 1, leap: false, start: '1900-01-31', days: 29 });
    const last = lunarYear(2100)._unsafeUnwrap();
    expect(last.newYear).toBe(last.months[0]?.start);
    expect(last.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect('leapMonth' in last).toBe(false);
  });

  it('says which year is outside the range, in both languages', () => {
    for (const [year, input] of [
      [1899, '1899'],
      [2101, '2101'],
      [1999.5, '1999.5'],
    ] as const) {
      const error = lunarYear(year)._unsafeUnwrapErr();
      expect(error).toMatchObject({ code: 'lunar_out_of_range', path: [], params: { input } });
      expect(error.message.vi).toBe(
        `Ngày ${input} nằm ngoài khoảng lịch âm được hỗ trợ (1900-01-01 đến 2100-12-31).`,
      );
      expect(error.message.en).toBe(
        `Date ${input} is outside the supported lunar calendar (1900-01-01 to 2100-12-31).`,
      );
    }
  });
});

describe('LunarDateSchema', () => {
  it('accepts a lunar date: whole year, month 1–12, day 1–30, and whether the month is leap', () => {
    for (const date of [lunar(2023, 2, 2, true), lunar(2026, 1, 1), lunar(2026, 12, 30)]) {
      expect(LunarDateSchema.parse(date)).toEqual(date);
    }
  });

  it('rejects each part out of its range, a missing part and an unknown one, at its path', () => {
    const cases: [unknown, PropertyKey[]][] = [
      [lunar(2026, 0, 1), ['month']],
      [lunar(2026, 13, 1), ['month']],
      [lunar(2026, 1.5, 1), ['month']],
      [lunar(2026, 1, 0), ['day']],
      [lunar(2026, 1, 31), ['day']],
      [lunar(2026, 1, 2.5), ['day']],
      [lunar(2026.5, 1, 1), ['year']],
      [{ year: 2026, month: 1, day: 1 }, ['leap']],
      [{ ...lunar(2026, 1, 1), leap: 'no' }, ['leap']],
      [{ ...lunar(2026, 1, 1), era: 'Bính Ngọ' }, []],
    ];
    for (const [value, path] of cases) {
      const result = LunarDateSchema.safeParse(value);
      expect(result.success, JSON.stringify(value)).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([path]);
    }
  });
});
