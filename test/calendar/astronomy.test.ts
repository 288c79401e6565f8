import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deltaT,
  lunationNear,
  newMoon,
  SYNODIC_MONTH,
  solarLongitude,
} from '../../src/calendar/astronomy.js';
import { fromLunarDate, lunarYear } from '../../src/index.js';

/** A Julian Day's decimal year, as Meeus counts it for ΔT. */
const decimalYear = (jd: number) => 2000 + (jd - 2451545) / 365.25;

/** A Julian Day (UT) as the UTC date it falls on at an offset in hours. */
const dateAt = (jd: number, hours: number) =>
  new Date((jd - 2440587.5) * 86_400_000 + hours * 3_600_000).toISOString().slice(0, 10);

describe('ΔT (Espenak & Meeus, 2006)', () => {
  it('follows the observed values of the twentieth century within half a second', () => {
    // Observed ΔT (IERS; Morrison & Stephenson), seconds.
    const observed: [number, number][] = [
      [1880, -5.4],
      [1890, -5.9],
      [1900, -2.7],
      [1910, 10.5],
      [1920, 21.2],
      [1930, 24.0],
      [1940, 24.4],
      [1950, 29.1],
      [1960, 33.2],
      [1970, 40.2],
      [1980, 50.5],
      [1990, 56.9],
      [2000, 63.8],
      [2005, 64.7],
    ];
    for (const [year, value] of observed) {
      expect(Math.abs(deltaT(year) - value), String(year)).toBeLessThan(0.5);
    }
    expect(Math.abs(deltaT(2010) - 66.1)).toBeLessThan(1);
  });

  it('starts each polynomial at its published constant term', () => {
    // ΔT = c + … with t counted from the year of c: each span begins at its own polynomial.
    expect(deltaT(1860)).toBeCloseTo(7.62, 6);
    expect(deltaT(1900)).toBeCloseTo(-2.79, 6);
    expect(deltaT(1920)).toBeCloseTo(21.2, 6);
    expect(deltaT(1950)).toBeCloseTo(29.07, 6);
    expect(deltaT(1975)).toBeCloseTo(45.45, 6);
    expect(deltaT(2000)).toBeCloseTo(63.86, 6);
    // 1941, 1961, 1986 and 2005 begin a span whose t is counted from another year.
    expect(deltaT(1941)).toBeCloseTo(29.07 + 0.407 * -9 - 81 / 233 - 729 / 2547, 6);
    expect(deltaT(1961)).toBeCloseTo(45.45 + 1.067 * -14 - 196 / 260 + 2744 / 718, 6);
    expect(deltaT(1986)).toBeCloseTo(
      63.86 -
        0.3345 * 14 -
        0.060374 * 14 ** 2 -
        0.0017275 * 14 ** 3 +
        0.000651814 * 14 ** 4 -
        0.00002373599 * 14 ** 5,
      6,
    );
    expect(deltaT(2005)).toBeCloseTo(62.92 + 0.32217 * 5 + 0.005589 * 25, 6);
  });

  it('extrapolates about 93 s for 2050 and 203 s for 2100', () => {
    expect(deltaT(2050)).toBeCloseTo(93, 3);
    expect(deltaT(2100)).toBeCloseTo(202.74, 6);
  });
});

describe('the true new moon (Meeus chapter 49)', () => {
  it('gives Meeus’s example 49.a: the new moon of February 1977, JDE 2443192.65118', () => {
    const k = lunationNear(2443192.65);
    expect(k).toBe(-283);
    const ut = newMoon(k);
    const tt = ut + deltaT(decimalYear(ut)) / 86400;
    expect(Math.abs(tt - 2443192.65118) * 86400).toBeLessThan(1);
    expect(deltaT(decimalYear(ut))).toBeGreaterThan(47);
  });

  it('falls on the first day of each lunar month, in UT before 1968 at UTC+8 and since at UTC+7', () => {
    for (let year = 1901; year <= 2099; year += 7) {
      const { months } = lunarYear(year)._unsafeUnwrap();
      const hours = year >= 1968 ? 7 : year >= 1912 && year <= 1928 ? 27940 / 3600 : 8;
      for (const month of months) {
        const start = Date.parse(month.start) / 86_400_000 + 2440587.5;
        const jd = newMoon(lunationNear(start + 0.5));
        const day = dateAt(jd, hours);
        // The formula is good to seconds; a new moon that near midnight may fall a day either way.
        const near = Math.abs((((jd - 2440587.5) * 24 + hours) % 24) - 0) * 3600;
        if (near > 60 && near < 86340) expect(day, `${year} ${month.month}`).toBe(month.start);
      }
    }
  });

  it('comes every 29.27 to 29.84 days, 29.53 days on average', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1300, max: 1300 }), (k) => {
        const length = newMoon(k + 1) - newMoon(k);
        expect(length).toBeGreaterThan(29.26);
        expect(length).toBeLessThan(29.85);
      }),
    );
    expect((newMoon(1200) - newMoon(-1200)) / 2400).toBeCloseTo(SYNODIC_MONTH, 3);
  });

  it('numbers the lunation nearest a day from the new moon of 6 January 2000', () => {
    expect(lunationNear(2451550.1)).toBe(0);
    expect(lunationNear(2451550.1 + 14)).toBe(0);
    expect(lunationNear(2451550.1 + 15)).toBe(1);
    expect(lunationNear(2451550.1 - 15)).toBe(-1);
    const tet = Date.parse(
      fromLunarDate({ year: 2026, month: 1, day: 1, leap: false })._unsafeUnwrap(),
    );
    expect(dateAt(newMoon(lunationNear(tet / 86_400_000 + 2440587.5)), 7)).toBe('2026-02-17');
  });
});

describe('the sun’s apparent longitude (Meeus chapter 25)', () => {
  it('gives Meeus’s example 25.a: 199.90895° on 1992 October 13.0 TD', () => {
    const jde = 2448908.5;
    const ut = jde - deltaT(decimalYear(jde)) / 86400;
    expect(solarLongitude(ut)).toBeCloseTo(199.90895, 4);
  });

  it('is 0°, 90°, 180° and 270° at the equinoxes and solstices of 2024 (USNO)', () => {
    const moments: [number, string][] = [
      [0, '2024-03-20T03:06:00Z'],
      [90, '2024-06-20T20:51:00Z'],
      [180, '2024-09-22T12:44:00Z'],
      [270, '2024-12-21T09:21:00Z'],
    ];
    for (const [longitude, moment] of moments) {
      const jd = Date.parse(moment) / 86_400_000 + 2440587.5;
      const off = (((solarLongitude(jd) - longitude + 180) % 360) + 360) % 360;
      // A minute of time is about 0.0007° of the sun's course.
      expect(Math.abs(off - 180), moment).toBeLessThan(0.01);
    }
  });

  it('lies in [0°, 360°) and advances about 0.9856° a day', () => {
    fc.assert(
      fc.property(fc.double({ min: 2415020, max: 2488434, noNaN: true }), (jd) => {
        const a = solarLongitude(jd);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThan(360);
        const step = (((solarLongitude(jd + 1) - a) % 360) + 360) % 360;
        expect(step).toBeGreaterThan(0.95);
        expect(step).toBeLessThan(1.02);
      }),
    );
  });
});
