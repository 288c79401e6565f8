import { describe, expect, it } from 'vitest';
import {
  dayCanChi,
  formatLunarDate,
  fromLunarDate,
  InvalidArgumentError,
  type IsoDate,
  isoDate,
  LUNAR_RANGE,
  lunarYear,
  monthCanChi,
  toLunarDate,
  yearCanChi,
} from '../../src/index.js';

const solar = (year: number, month: number, day: number): IsoDate => isoDate(year, month, day);
const lunar = (year: number, month: number, day: number, leap = false) => ({
  year,
  month,
  day,
  leap,
});

describe('DOMAIN.md §5 values at UTC+7', () => {
  const table: [number, IsoDate, IsoDate, number | undefined][] = [
    [2020, '2020-01-25', '2020-04-02', 4],
    [2023, '2023-01-22', '2023-04-29', 2],
    [2024, '2024-02-10', '2024-04-18', undefined],
    [2025, '2025-01-29', '2025-04-07', 6],
    [2026, '2026-02-17', '2026-04-26', undefined],
    [2028, '2028-01-26', '2028-04-04', 5],
    [2033, '2033-01-31', '2033-04-09', 11],
  ];

  it.each(table)('%i: Tết %s, Giỗ Tổ %s, leap month %s', (year, tet, gioTo, leapMonth) => {
    const info = lunarYear(year)._unsafeUnwrap();
    expect(info.newYear).toBe(tet);
    expect(info.leapMonth).toBe(leapMonth);
    expect(fromLunarDate(lunar(year, 1, 1))._unsafeUnwrap()).toBe(tet);
    expect(fromLunarDate(lunar(year, 3, 10))._unsafeUnwrap()).toBe(gioTo);
    expect(toLunarDate(tet)._unsafeUnwrap()).toEqual(lunar(year, 1, 1));
    expect(toLunarDate(gioTo)._unsafeUnwrap()).toEqual(lunar(year, 3, 10));
  });

  it('puts the leap month 11 of 2033 across January 2034', () => {
    const leap = lunarYear(2033)
      ._unsafeUnwrap()
      .months.find((m) => m.leap);
    expect(leap?.month).toBe(11);
    expect(leap?.start).toBe('2033-12-22');
    expect(toLunarDate('2034-01-05')._unsafeUnwrap()).toEqual(lunar(2033, 11, 15, true));
    expect(lunarYear(2034)._unsafeUnwrap().newYear).toBe('2034-02-19');
  });

  it('converts 23/3/2023 to 2/2 leap and 20/5/1990 to 26/4', () => {
    expect(toLunarDate('2023-03-23')._unsafeUnwrap()).toEqual(lunar(2023, 2, 2, true));
    expect(fromLunarDate(lunar(2023, 2, 2, true))._unsafeUnwrap()).toBe('2023-03-23');
    expect(fromLunarDate(lunar(2023, 2, 2))._unsafeUnwrap()).toBe('2023-02-21');
    expect(toLunarDate('1990-05-20')._unsafeUnwrap()).toEqual(lunar(1990, 4, 26));
  });
});

describe('Vietnam (UTC+7) and China (UTC+8)', () => {
  it.each([
    [2030, '2030-02-02', '2030-02-03'],
    [1968, '1968-01-29', '1968-01-30'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
  ] as const)('Tết %i is %s in Vietnam and %s in China', (year, vietnam, china) => {
    expect(lunarYear(year)._unsafeUnwrap().newYear).toBe(vietnam);
    expect(lunarYear(year, { timeZoneOffset: 8 })._unsafeUnwrap().newYear).toBe(china);
  });

  it('names 2/2/2030 differently at UTC+8', () => {
    expect(toLunarDate('2030-02-02', { timeZoneOffset: 8 })._unsafeUnwrap()).toEqual(
      lunar(2029, 12, 30),
    );
  });

  it('agrees on Tết and the leap month in years where both calendars match', () => {
    for (const year of [2020, 2023, 2024, 2025, 2026]) {
      const vietnam = lunarYear(year)._unsafeUnwrap();
      const china = lunarYear(year, { timeZoneOffset: 8 })._unsafeUnwrap();
      expect([china.newYear, china.leapMonth]).toEqual([vietnam.newYear, vietnam.leapMonth]);
    }
  });

  it('can start a month a day apart (new moon of 14/12/2020 before midnight at UTC+8)', () => {
    expect(toLunarDate('2020-12-14')._unsafeUnwrap()).toEqual(lunar(2020, 11, 1));
    expect(toLunarDate('2020-12-14', { timeZoneOffset: 8 })._unsafeUnwrap()).toEqual(
      lunar(2020, 10, 30),
    );
  });

  it('does not mistake lunation −1 (December 1999) for a leap month', () => {
    expect(lunarYear(2000)._unsafeUnwrap().leapMonth).toBeUndefined();
    expect(toLunarDate('1999-12-08')._unsafeUnwrap()).toEqual(lunar(1999, 11, 1));
  });
});

describe('whole range 1900–2100', () => {
  it('solar → lunar → solar is the identity on every day, and months have 29 or 30 days', () => {
    const lengths = new Set<number>();
    let day = 0;
    for (let year = 1900; year <= 2100; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (let d = 1; d <= days; d += 1) {
          const date = solar(year, month, d);
          const back = toLunarDate(date).andThen((l) => fromLunarDate(l));
          if (back.isErr() || back.value !== date) expect(back._unsafeUnwrap()).toBe(date);
          day += 1;
        }
      }
    }
    expect(day).toBe(73_414);
    for (let year = 1900; year <= 2100; year += 1) {
      const info = lunarYear(year)._unsafeUnwrap();
      expect([12, 13]).toContain(info.months.length);
      expect(info.months.length === 13).toBe(info.leapMonth !== undefined);
      for (const m of info.months) lengths.add(m.days);
      const numbers = info.months.filter((m) => !m.leap).map((m) => m.month);
      expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    }
    expect([...lengths].sort()).toEqual([29, 30]);
  });

  it('follows each day by the next lunar day, a new month starting after day 29 or 30', () => {
    let previous = toLunarDate(LUNAR_RANGE.start)._unsafeUnwrap();
    for (let d = 2; d <= 73_414; d += 1) {
      const date = new Date(Date.UTC(1900, 0, d)).toISOString().slice(0, 10) as IsoDate;
      const current = toLunarDate(date)._unsafeUnwrap();
      const continues = current.day === previous.day + 1 && current.month === previous.month;
      const turns = current.day === 1 && (previous.day === 29 || previous.day === 30);
      if (!(continues || turns)) expect({ date, previous, current }).toBeUndefined();
      previous = current;
    }
    expect(previous).toEqual(toLunarDate(LUNAR_RANGE.end)._unsafeUnwrap());
  });
});

describe('errors', () => {
  it('rejects solar dates outside 1900–2100', () => {
    const error = toLunarDate('1899-12-31')._unsafeUnwrapErr();
    expect(error.code).toBe('date_out_of_range');
    expect(error.path).toEqual([]);
    expect(error.message.vi).toContain('1899-12-31');
    expect(error.message.en).toContain(LUNAR_RANGE.start);
    expect(toLunarDate('2101-01-01')._unsafeUnwrapErr().code).toBe('date_out_of_range');
    expect(toLunarDate(LUNAR_RANGE.start).isOk()).toBe(true);
    expect(toLunarDate(LUNAR_RANGE.end).isOk()).toBe(true);
  });

  it('rejects lunar dates outside the range', () => {
    expect(fromLunarDate(lunar(1850, 1, 1))._unsafeUnwrapErr().code).toBe('lunar_out_of_range');
    expect(fromLunarDate(lunar(1899, 1, 1))._unsafeUnwrapErr().code).toBe('lunar_out_of_range');
    expect(fromLunarDate(lunar(1899, 12, 1))._unsafeUnwrap()).toBe('1900-01-01');
    expect(fromLunarDate(lunar(2100, 12, 2))._unsafeUnwrapErr().code).toBe('lunar_out_of_range');
    expect(fromLunarDate(lunar(2101, 1, 1))._unsafeUnwrapErr().code).toBe('lunar_out_of_range');
    expect(lunarYear(2101)._unsafeUnwrapErr().code).toBe('lunar_out_of_range');
    expect(lunarYear(2026.5)._unsafeUnwrapErr().code).toBe('lunar_out_of_range');
  });

  it('rejects lunar days that do not exist', () => {
    const noLeap = fromLunarDate(lunar(2026, 3, 10, true))._unsafeUnwrapErr();
    expect(noLeap).toMatchObject({ code: 'invalid_lunar_date', path: [] });
    expect(noLeap.message.vi).toContain('tháng 3 nhuận');
    expect(noLeap.message.en).toContain('leap month 3');
    const shortMonth = lunarYear(2026)
      ._unsafeUnwrap()
      .months.find((m) => m.days === 29);
    const tooLong = fromLunarDate(lunar(2026, shortMonth?.month ?? 1, 30))._unsafeUnwrapErr();
    expect(tooLong.code).toBe('invalid_lunar_date');
    expect(tooLong.message.en).toContain('29 days');
    expect(tooLong.message.vi).toContain('29 ngày');
    expect(fromLunarDate(lunar(2026, 1, 0))._unsafeUnwrapErr().code).toBe('invalid_lunar_date');
  });

  it('rejects a time zone offset that is not a real one', () => {
    for (const timeZoneOffset of [15, -13, Number.NaN]) {
      const error = toLunarDate('2026-01-01', { timeZoneOffset })._unsafeUnwrapErr();
      expect(error).toMatchObject({ code: 'invalid_time_zone_offset', path: ['timeZoneOffset'] });
      expect(error.message.vi).toBeTruthy();
      expect(error.message.en).toBeTruthy();
    }
    expect(fromLunarDate(lunar(2026, 1, 1), { timeZoneOffset: 20 }).isErr()).toBe(true);
    expect(lunarYear(2026, { timeZoneOffset: 20 }).isErr()).toBe(true);
  });
});

describe('can–chi', () => {
  it('names years', () => {
    expect(yearCanChi(2026).name).toEqual({ vi: 'Bính Ngọ', en: 'Bính Ngọ (Fire Horse)' });
    expect(yearCanChi(2025).name.vi).toBe('Ất Tỵ');
    expect(yearCanChi(2024).name.vi).toBe('Giáp Thìn');
    expect(yearCanChi(2023).name).toEqual({ vi: 'Quý Mão', en: 'Quý Mão (Water Cat)' });
    expect(yearCanChi(1975).name.vi).toBe('Ất Mão');
    expect(yearCanChi(1945).name.vi).toBe('Ất Dậu');
    expect(yearCanChi(2026)).toMatchObject({ stem: 2, branch: 6 });
  });

  it('names months: month 1 is a Dần month whose stem follows the year', () => {
    expect(monthCanChi(2024, 1).name.vi).toBe('Bính Dần');
    expect(monthCanChi(2025, 1).name.vi).toBe('Mậu Dần');
    expect(monthCanChi(2026, 1).name.vi).toBe('Canh Dần');
    expect(monthCanChi(2026, 12).name.vi).toBe('Tân Sửu');
    expect(monthCanChi(2026, 11).branch).toBe(0);
  });

  it('names days in an unbroken sixty-day cycle', () => {
    expect(dayCanChi('2000-01-01').name.vi).toBe('Mậu Ngọ');
    expect(dayCanChi('2000-03-01').name.vi).toBe(dayCanChi('2000-01-01').name.vi);
    expect(dayCanChi('1900-01-01').name.vi).toBe('Giáp Tuất');
    expect(dayCanChi('2100-12-31').name.vi).toBe(dayCanChi('2100-12-31').name.vi);
    expect(() => dayCanChi('1899-12-31')).toThrow(InvalidArgumentError);
    expect(() => yearCanChi(2101)).toThrow(InvalidArgumentError);
    expect(() => monthCanChi(2026, 13)).toThrow(InvalidArgumentError);
    expect(yearCanChi(1899).name.vi).toBe('Kỷ Hợi');
  });
});

describe('formatLunarDate', () => {
  it('writes "mùng" up to the 10th, "ngày" after, and "nhuận" for leap months', () => {
    expect(formatLunarDate(lunar(2026, 3, 10))).toBe('mùng 10 tháng 3 năm Bính Ngọ');
    expect(formatLunarDate(lunar(2026, 1, 1))).toBe('mùng 1 tháng 1 năm Bính Ngọ');
    expect(formatLunarDate(lunar(2026, 8, 15))).toBe('ngày 15 tháng 8 năm Bính Ngọ');
    expect(formatLunarDate(lunar(2026, 3, 11))).toBe('ngày 11 tháng 3 năm Bính Ngọ');
    expect(toLunarDate('2023-03-23').map(formatLunarDate)._unsafeUnwrap()).toBe(
      'mùng 2 tháng 2 nhuận năm Quý Mão',
    );
  });
});
