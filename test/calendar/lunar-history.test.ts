import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newMoon as meeusNewMoon } from '../../src/calendar/astronomy.js';
import {
  fromLunarDate,
  type IsoDate,
  LUNAR_RANGE,
  type LunarOptions,
  lunarYear,
  PROVISIONAL_LUNAR_MONTHS,
  toLunarDate,
  VIETNAM_LUNAR_ERAS,
} from '../../src/index.js';

const lunar = (year: number, month: number, day: number, leap = false) => ({
  year,
  month,
  day,
  leap,
});

/** Every first day of a month in lunar years 1900–1967 at a reckoning. */
function monthStarts(options: LunarOptions, from: number, to: number): Set<IsoDate> {
  const starts = new Set<IsoDate>();
  for (let year = from; year <= to; year += 1) {
    for (const m of lunarYear(year, options)._unsafeUnwrap().months) starts.add(m.start);
  }
  return starts;
}

describe('the eras of the calendar Vietnam used', () => {
  it('cover 1900 onwards without gap, UTC+7 from 1 January 1968', () => {
    expect(VIETNAM_LUNAR_ERAS[0]?.start).toBe(LUNAR_RANGE.start);
    for (let i = 1; i < VIETNAM_LUNAR_ERAS.length; i += 1) {
      const end = VIETNAM_LUNAR_ERAS[i - 1]?.end ?? '';
      const next = new Date(`${end}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(next.toISOString().slice(0, 10)).toBe(VIETNAM_LUNAR_ERAS[i]?.start);
    }
    expect(VIETNAM_LUNAR_ERAS.at(-1)).toMatchObject({
      start: '1968-01-01',
      utcOffset: '+07:00',
      offsetSeconds: 25200,
    });
    expect(VIETNAM_LUNAR_ERAS.at(-1)?.end).toBeUndefined();
    for (const era of VIETNAM_LUNAR_ERAS) {
      const [h, m, s] = era.utcOffset.slice(1).split(':').map(Number);
      expect((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)).toBe(era.offsetSeconds);
      expect(era.sources.length).toBeGreaterThan(0);
      expect(era.description.vi).not.toBe(era.description.en);
      expect(Object.isFrozen(era)).toBe(true);
    }
    expect(Object.isFrozen(VIETNAM_LUNAR_ERAS)).toBe(true);
  });

  it('put Beijing local mean time, 116°25′ E, at UTC+7:45:40', () => {
    expect(Math.round((116 + 25 / 60) * 240)).toBe(VIETNAM_LUNAR_ERAS[1]?.offsetSeconds);
  });
});

describe('the 26 months of 1900–1967 that begin on different days at UTC+7 and UTC+8', () => {
  const utc7 = monthStarts({ timeZoneOffset: 7 }, 1900, 1968);
  const utc8 = monthStarts({ timeZoneOffset: 8 }, 1900, 1968);
  const historical = monthStarts({}, 1900, 1968);
  // The first day at UTC+8 of each; at UTC+7 each begins the day before.
  const atUtc8: IsoDate[] = [
    '1903-01-29',
    '1905-11-27',
    '1906-04-24',
    '1908-06-29',
    '1911-01-01',
    '1914-11-18',
    '1916-02-04',
    '1916-04-03',
    '1920-11-11',
    '1933-07-23',
    '1933-11-18',
    '1935-02-04',
    '1937-01-13',
    '1939-04-20',
    '1944-06-21',
    '1947-03-23',
    '1950-08-14',
    '1951-06-05',
    '1953-08-10',
    '1956-11-03',
    '1957-03-02',
    '1957-11-22',
    '1961-05-15',
    '1964-10-06',
    '1965-02-02',
    '1967-12-02',
  ];
  // 1912–1928 the calendar was reckoned in Beijing time, where these new moons fell before
  // midnight: the months began on the UTC+7 day.
  const beijing: IsoDate[] = ['1914-11-18', '1916-02-04', '1920-11-11'];
  const dayBefore = (date: IsoDate): IsoDate => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10) as IsoDate;
  };

  it('are exactly these', () => {
    const onlyUtc8 = [...utc8].filter((d) => d < '1968-01-01' && !utc7.has(d)).sort();
    expect(onlyUtc8).toEqual(atUtc8);
    const onlyUtc7 = [...utc7].filter((d) => d < '1968-01-01' && !utc8.has(d)).sort();
    expect(onlyUtc7).toEqual(atUtc8.map(dayBefore));
  });

  it('begin by default on the day Vietnam used: the UTC+8 day, the UTC+7 day in Beijing time', () => {
    for (const date of atUtc8) {
      const used = beijing.includes(date) ? dayBefore(date) : date;
      const other = beijing.includes(date) ? date : dayBefore(date);
      expect(historical.has(used), used).toBe(true);
      expect(historical.has(other), other).toBe(false);
      expect(toLunarDate(used)._unsafeUnwrap().day).toBe(1);
    }
  });

  it('make Tết 1965 fall on 2 February, not 1 February', () => {
    expect(lunarYear(1965)._unsafeUnwrap().newYear).toBe('1965-02-02');
    expect(lunarYear(1965, { timeZoneOffset: 7 })._unsafeUnwrap().newYear).toBe('1965-02-01');
    expect(toLunarDate('1965-02-01')._unsafeUnwrap()).toEqual(lunar(1964, 12, 30));
    expect(fromLunarDate(lunar(1965, 1, 1))._unsafeUnwrap()).toBe('1965-02-02');
  });

  it('agree from 1968 on: the default is UTC+7', () => {
    const utc7Later = monthStarts({ timeZoneOffset: 7 }, 1968, 2100);
    expect(monthStarts({}, 1968, 2100)).toEqual(utc7Later);
    expect(lunarYear(1968)._unsafeUnwrap().newYear).toBe('1968-01-29');
    expect(lunarYear(1968, { timeZoneOffset: 8 })._unsafeUnwrap().newYear).toBe('1968-01-30');
  });
});

describe('new moons seconds from midnight', () => {
  it('starts month 6 of 1967 on 8 July at UTC+7 (new moon 00:00:03), where Meeus’s formula says 7 July', () => {
    expect(toLunarDate('1967-07-08', { timeZoneOffset: 7 })._unsafeUnwrap()).toEqual(
      lunar(1967, 6, 1),
    );
    expect(toLunarDate('1967-07-07', { timeZoneOffset: 7 })._unsafeUnwrap()).toEqual(
      lunar(1967, 5, 30),
    );
    // The formula the library used before: the new moon about five seconds too early.
    const formula = meeusNewMoon(Math.round((Date.UTC(1967, 6, 7) / 86_400_000 - 10962) / 29.53));
    const local = (formula - 2440587.5) * 86_400 + 7 * 3600;
    expect(new Date(local * 1000).toISOString().slice(0, 10)).toBe('1967-07-07');
  });

  it('starts month 9 of 2057 on 29 September at UTC+8 (new moon 00:00:36)', () => {
    expect(toLunarDate('2057-09-29', { timeZoneOffset: 8 })._unsafeUnwrap()).toEqual(
      lunar(2057, 9, 1),
    );
    expect(toLunarDate('2057-09-28', { timeZoneOffset: 8 })._unsafeUnwrap()).toEqual(
      lunar(2057, 8, 30),
    );
  });
});

describe('provisional months', () => {
  it('are the months whose new moon lies within the uncertainty of future ΔT of midnight', () => {
    expect(PROVISIONAL_LUNAR_MONTHS.map((m) => [m.timeZoneOffset, m.start, m.alternative])).toEqual(
      [
        [7, '2072-12-09', '2072-12-10'],
        [7, '2077-11-16', '2077-11-15'],
        [7, '2085-10-19', '2085-10-18'],
        [8, '2089-09-04', '2089-09-05'],
        [8, '2097-08-08', '2097-08-07'],
      ],
    );
    expect(Object.isFrozen(PROVISIONAL_LUNAR_MONTHS)).toBe(true);
    expect(Object.isFrozen(PROVISIONAL_LUNAR_MONTHS[0])).toBe(true);
  });

  it('are marked by lunarYear, in every reckoning, and no others', () => {
    for (const offset of [7, 8]) {
      const marked: IsoDate[] = [];
      for (let year = 1900; year <= 2100; year += 1) {
        const months = lunarYear(year, { timeZoneOffset: offset })._unsafeUnwrap().months;
        for (const m of months) if (m.provisional) marked.push(m.start);
      }
      expect(marked).toEqual(
        PROVISIONAL_LUNAR_MONTHS.filter((m) => m.timeZoneOffset === offset).map((m) => m.start),
      );
    }
    const byDefault = lunarYear(2077)
      ._unsafeUnwrap()
      .months.filter((m) => m.provisional);
    expect(byDefault).toEqual([
      { month: 10, leap: false, start: '2077-11-16', days: 29, provisional: true },
    ]);
    expect(
      lunarYear(2026)
        ._unsafeUnwrap()
        .months.some((m) => 'provisional' in m),
    ).toBe(false);
  });
});

describe('round trips', () => {
  const first = Date.UTC(1900, 0, 1) / 86_400_000;
  const last = Date.UTC(2100, 11, 31) / 86_400_000;
  const day = fc
    .integer({ min: first, max: last })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10) as IsoDate);
  const options = fc.oneof(
    fc.constant<LunarOptions>({}),
    fc.constant<LunarOptions>({ timeZoneOffset: 7 }),
    fc.constant<LunarOptions>({ timeZoneOffset: 8 }),
    fc
      .integer({ min: -48, max: 56 })
      .map((quarters): LunarOptions => ({ timeZoneOffset: quarters / 4 })),
  );

  it('solar → lunar → solar is the identity in every reckoning', () => {
    fc.assert(
      fc.property(day, options, (date, reckoning) => {
        const back = toLunarDate(date, reckoning).andThen((l) => fromLunarDate(l, reckoning));
        expect(back._unsafeUnwrap()).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('lunar → solar → lunar is the identity on every month’s days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.nat(12),
        fc.integer({ min: 1, max: 30 }),
        options,
        (year, index, dayOfMonth, reckoning) => {
          const months = lunarYear(year, reckoning)._unsafeUnwrap().months;
          const month = months[index % months.length];
          if (month === undefined) return;
          const date = lunar(year, month.month, Math.min(dayOfMonth, month.days), month.leap);
          const solar = fromLunarDate(date, reckoning);
          // The end of lunar year 2100 lies after 31 December 2100, outside the range.
          if (solar.isErr()) expect(solar.error.code).toBe('lunar_out_of_range');
          else expect(toLunarDate(solar.value, reckoning)._unsafeUnwrap()).toEqual(date);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('bad input', () => {
  it('never throws or hangs, whatever the arguments', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, options) => {
        const asOptions = options as LunarOptions;
        for (const result of [
          toLunarDate(value as IsoDate, asOptions),
          fromLunarDate(value as never, asOptions),
          lunarYear(value as number, asOptions),
        ]) {
          expect(typeof result.isOk()).toBe('boolean');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('answers problems for dates that are not dates', () => {
    expect(toLunarDate('2023-02-29')._unsafeUnwrapErr().code).toBe('invalid_date');
    expect(toLunarDate(20230101 as unknown as IsoDate)._unsafeUnwrapErr().code).toBe(
      'invalid_date',
    );
    expect(toLunarDate('1899-12-31')._unsafeUnwrapErr().code).toBe('date_out_of_range');
    expect(fromLunarDate(null as never)._unsafeUnwrapErr().code).toBe('invalid_lunar_date');
    expect(fromLunarDate(lunar(2026.5, 1, 1))._unsafeUnwrapErr().code).toBe('invalid_lunar_date');
    expect(fromLunarDate(lunar(2026, 13, 1))._unsafeUnwrapErr().code).toBe('invalid_lunar_date');
    expect(
      toLunarDate('2026-01-01', { timeZoneOffset: '7' as unknown as number })._unsafeUnwrapErr()
        .code,
    ).toBe('invalid_time_zone_offset');
  });
});
