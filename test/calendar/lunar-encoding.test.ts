import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solarLongitude } from '../../src/calendar/astronomy.js';
import {
  DELTA_T_OBSERVED_UNTIL,
  deltaTUncertainty,
  meanTerm,
  TERMS_FIRST_YEAR,
  TERMS_LAST_YEAR,
} from '../../src/calendar/lunar-encoding.js';

/** A moment of the table's encoding (UT seconds from 2000-01-01 00:00) as a Julian Day (UT). */
const julianDay = (seconds: number) => 2451544.5 + seconds / 86400;

/** A moment of the table's encoding as an ISO date and time (UTC). */
const utc = (seconds: number) => new Date(Date.UTC(2000, 0, 1) + seconds * 1000).toISOString();

/** How far apart two longitudes are, in degrees (0–180). */
const separation = (a: number, b: number) => {
  const d = (((a - b) % 360) + 360) % 360;
  return Math.min(d, 360 - d);
};

describe('the mean moments of the major solar terms', () => {
  it('fall within three days of the equinoxes and solstices of 2024 (USNO)', () => {
    // The sun moves unevenly (fastest in January), so a mean moment is up to about 2.5 days off.
    // Index 0 is Z12 (the sun at 300°): index 2 is the March equinox, 5 the June solstice,
    // 8 the September equinox, 11 the December solstice.
    const published: [number, string][] = [
      [2, '2024-03-20T03:06:00Z'],
      [5, '2024-06-20T20:51:00Z'],
      [8, '2024-09-22T12:44:00Z'],
      [11, '2024-12-21T09:21:00Z'],
    ];
    for (const [index, moment] of published) {
      const mean = Date.UTC(2000, 0, 1) + meanTerm(2024, index) * 1000;
      const days = Math.abs(mean - Date.parse(moment)) / 86_400_000;
      expect(days, `${index}: ${utc(meanTerm(2024, index))}`).toBeLessThan(3);
    }
  });

  it('are the moments the sun is near 300° + 30° × index, every year of the table', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: TERMS_FIRST_YEAR, max: TERMS_LAST_YEAR }),
        fc.integer({ min: 0, max: 11 }),
        (year, index) => {
          const longitude = solarLongitude(julianDay(meanTerm(year, index)));
          // The sun runs ahead of or behind its mean by up to 2.5° (the equation of centre).
          expect(separation(longitude, 300 + 30 * index)).toBeLessThan(2.5);
        },
      ),
    );
  });

  it('are whole seconds, a twelfth of a tropical year apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: TERMS_FIRST_YEAR, max: TERMS_LAST_YEAR }),
        fc.integer({ min: 0, max: 10 }),
        (year, index) => {
          expect(Number.isInteger(meanTerm(year, index))).toBe(true);
          const interval = meanTerm(year, index + 1) - meanTerm(year, index);
          expect(Math.abs(interval - (365.24219 / 12) * 86400)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('the uncertainty of ΔT', () => {
  it('is none up to the last observed year', () => {
    expect(DELTA_T_OBSERVED_UNTIL).toBe(2025);
    expect(deltaTUncertainty(1900)).toBe(0);
    expect(deltaTUncertainty(2000.5)).toBe(0);
    expect(deltaTUncertainty(2025)).toBe(0);
  });

  it('grows as the square of the time after it: about ±30 s in 2057, ±80 s in 2077, ±170 s in 2100', () => {
    expect(deltaTUncertainty(2026)).toBeCloseTo(1.03, 2);
    expect(Math.round(deltaTUncertainty(2057))).toBe(32);
    expect(Math.round(deltaTUncertainty(2077))).toBe(82);
    expect(Math.round(deltaTUncertainty(2100))).toBe(170);
  });

  it('never shrinks as the year moves away from the observed past', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1900, max: 2101, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (year, later) => {
          expect(deltaTUncertainty(year + later)).toBeGreaterThanOrEqual(deltaTUncertainty(year));
        },
      ),
    );
  });
});
