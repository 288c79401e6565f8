/**
 * Every day of 1900–2100 against two independent references: `@dqcai/vn-lunar` (Hồ Ngọc Đức's
 * tables: the calendar Vietnam used, UTC+8 before 1968 and UTC+7 from 1968) and
 * `lunar-javascript` (China's calendar: Beijing time before 1929, UTC+8 after). Each
 * disagreement is listed with its reason, by the month (YYYY-MM of the solar date) where it shows.
 */
import { createRequire } from 'node:module';
import { getLunarDate } from '@dqcai/vn-lunar';
import { describe, expect, it } from 'vitest';
import { type IsoDate, type LunarOptions, lunarYear, toLunarDate } from '../../src/index.js';

interface Day {
  iso: IsoDate;
  year: number;
  month: number;
  day: number;
}

function days(from: number, to: number): Day[] {
  const result: Day[] = [];
  for (let t = Date.UTC(from, 0, 1); t <= Date.UTC(to, 11, 31); t += 86_400_000) {
    const date = new Date(t);
    result.push({
      iso: date.toISOString().slice(0, 10) as IsoDate,
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    });
  }
  return result;
}

const label = (year: number, month: number, day: number, leap: boolean): string =>
  `${day}/${month}${leap ? 'L' : ''}/${year}`;

function ours(day: Day, options: LunarOptions): string {
  const lunar = toLunarDate(day.iso, options)._unsafeUnwrap();
  return label(lunar.year, lunar.month, lunar.day, lunar.leap);
}

function vietnamese(day: Day): string {
  const lunar = getLunarDate(day.day, day.month, day.year);
  return label(lunar.year, lunar.month, lunar.day, lunar.leap);
}

interface JavascriptMonth {
  getMonth(): number;
  getFirstJulianDay(): number;
}
// lunar-javascript ships no types: load it through require and type the little used here.
const { LunarYear, Solar } = createRequire(import.meta.url)('lunar-javascript') as {
  LunarYear: { fromYear(year: number): { getMonthsInYear(): JavascriptMonth[] } };
  Solar: { fromJulianDay(jd: number): { toYmd(): string } };
};

/**
 * The first day of every month of lunar years 1900–2100 in China's calendar, from
 * lunar-javascript's year tables (converting each day through it would take minutes; the months
 * follow one another, so their first days fix every day).
 */
function chineseMonths(): Map<string, string> {
  const starts = new Map<string, string>();
  for (let year = 1900; year <= 2100; year += 1) {
    for (const m of LunarYear.fromYear(year).getMonthsInYear()) {
      const month = `${year}-${Math.abs(m.getMonth())}${m.getMonth() < 0 ? 'L' : ''}`;
      starts.set(month, Solar.fromJulianDay(m.getFirstJulianDay()).toYmd());
    }
  }
  return starts;
}

/** The lunar months (year-month[L]) whose first day differs from the reference, from..to. */
function monthDifferences(
  reference: Map<string, string>,
  options: LunarOptions,
  from: number,
  to: number,
): string[] {
  const different: string[] = [];
  for (let year = from; year <= to; year += 1) {
    for (const m of lunarYear(year, options)._unsafeUnwrap().months) {
      const month = `${year}-${m.month}${m.leap ? 'L' : ''}`;
      if (reference.get(month) !== m.start) different.push(month);
    }
  }
  for (const month of reference.keys()) {
    const year = Number(month.slice(0, 4));
    if (year < from || year > to) continue;
    const [number, leap] = [Number.parseInt(month.slice(5), 10), month.endsWith('L')];
    const has = lunarYear(year, options)
      ._unsafeUnwrap()
      .months.some((m) => m.month === number && m.leap === leap);
    if (!has) different.push(month);
  }
  return different;
}

/** The solar months (YYYY-MM) in which any day's lunar date differs. */
function differences(
  range: Day[],
  options: LunarOptions,
  reference: (day: Day) => string,
): string[] {
  const months = new Set<string>();
  for (const day of range) {
    if (ours(day, options) !== reference(day)) months.add(day.iso.slice(0, 7));
  }
  return [...months];
}

const before1968 = days(1900, 1967);
const from1968 = days(1968, 2100);

describe('Hồ Ngọc Đức’s tables (@dqcai/vn-lunar)', () => {
  it('agree with the default from 1900 to 1967 but for two months', () => {
    expect(differences(before1968, {}, vietnamese)).toEqual([
      // Month 4 of 1906: new moon 23 April 16:06 UT — 00:06 on the 24th at UTC+8, 23:52 on the
      // 23rd in Beijing time. The Qing calendar as issued began the month on the 24th (Liu's
      // comparison with the calendars of the time; lunar-javascript agrees); the peer reckons
      // Beijing time.
      '1906-04',
      '1906-05',
      // Tết 1925: new moon 24 January 14:45 UT (22:45 at UTC+8, 22:30 Beijing time): month 1
      // begins on the 24th, as in China's calendar (lunar-javascript, Liu); the peer's table has
      // the 25th.
      '1925-01',
      '1925-02',
    ]);
  });

  it('agree with UTC+7 from 1968 to 2100 but for three months', () => {
    expect(differences(from1968, { timeZoneOffset: 7 }, vietnamese)).toEqual([
      // Month 4 of 2054: new moon at 00:00:53 on 8 May (UTC+7); the peer's formulas put it a
      // minute earlier, on 7 May. Not within the uncertainty of ΔT in 2054 (±26 s).
      '2054-05',
      '2054-06',
      // Provisional months (PROVISIONAL_LUNAR_MONTHS): new moons at 00:00:59 on 16 November 2077
      // and 00:00:58 on 19 October 2085 with ΔT as extrapolated today; the peer's older ΔT puts
      // them on the 15th and the 18th.
      '2077-11',
      '2077-12',
      '2085-10',
      '2085-11',
    ]);
  });

  it('are the default from 1968 on', () => {
    expect(differences(from1968, {}, vietnamese)).toEqual(
      differences(from1968, { timeZoneOffset: 7 }, vietnamese),
    );
  });
});

describe('China’s calendar (lunar-javascript)', () => {
  const china = chineseMonths();

  it('is the default for every month of lunar years 1900–1967', () => {
    expect(monthDifferences(china, {}, 1900, 1967)).toEqual([]);
  });

  it('agrees with UTC+8 on every month of lunar years 1900–2100 but four', () => {
    expect(monthDifferences(china, { timeZoneOffset: 8 }, 1900, 2100)).toEqual([
      // 1912–1928 China reckoned Beijing time (UTC+7:45:40): these new moons, at 00:01:41,
      // 00:05:14 and 00:04:48 UTC+8, fell before midnight in Beijing, and the months began a day
      // earlier (the default follows it; so does Liu's check of the calendars of the time).
      '1914-10',
      '1916-1',
      '1920-10',
      // Provisional: new moon at 00:01:26 on 8 August 2097 (UTC+8) with ΔT as extrapolated
      // today, on the 7th with the larger ΔT the reference assumes.
      '2097-7',
    ]);
  });
});
