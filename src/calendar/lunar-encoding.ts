/**
 * The encoding of the new-moon and solar-term table (`lunar-table.ts`), shared by the script
 * that writes it and the code that reads it. Internal: the public API is in `lunar.ts`.
 *
 * Moments are whole seconds of Universal Time counted from 2000-01-01 00:00 UT (floored, so the
 * day of a moment at any whole-second time zone offset is exact). Each is stored as its
 * difference from a mean moment, in base-64 digits.
 */

/** The 64 digits, most significant first. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The Julian Day Number of 2000-01-01, the day that second 0 begins. */
export const REFERENCE_DAY = 2451545;

/** The bias added to a new moon's difference from its mean (three digits: 0 … 262 143). */
export const NEW_MOON_BIAS = 131072;

/** The bias added to the first solar term of a year's difference from its mean (four digits). */
export const TERM_FIRST_BIAS = 8388608;

/** The bias added to the difference of a solar-term interval from the mean (three digits). */
export const TERM_BIAS = 131072;

/** The mean interval between two major solar terms, in whole seconds (a tropical year / 12). */
export const MEAN_TERM_INTERVAL = 2629744;

/** The first and last years whose major solar terms the table holds. */
export const TERMS_FIRST_YEAR = 1898;
/** The last year whose major solar terms the table holds. */
export const TERMS_LAST_YEAR = 2102;

/** The mean synodic month in seconds (Meeus 49.1: 29.530588861 days). */
const SYNODIC_SECONDS = 29.530588861 * 86400;

/** The mean new moon of lunation 0 (6 January 2000, 14:20 UT), in seconds from the reference. */
const FIRST_MEAN_NEW_MOON = Math.round((2451550.09766 - 2451544.5) * 86400 - 64);

/** The mean moment of new moon `k`, in whole seconds. */
export function meanNewMoon(k: number): number {
  return Math.round(FIRST_MEAN_NEW_MOON + k * SYNODIC_SECONDS);
}

/** The mean moment of Z12 (the sun at 300°) of 2000: 20 January 2000, 18:00 UT. */
const FIRST_MEAN_TERM = 20 * 86400 + 18 * 3600;

/** The mean moment of major solar term `index` (0 = Z12, … 11 = Z11) of a year, in whole seconds. */
export function meanTerm(year: number, index: number): number {
  return Math.round(FIRST_MEAN_TERM + ((year - 2000) * 12 + index) * (365.24219 / 12) * 86400);
}

/** The last year for which ΔT is observed rather than extrapolated. */
export const DELTA_T_OBSERVED_UNTIL = 2025;

/**
 * The uncertainty, in seconds, of ΔT (TT − UT) extrapolated to a (decimal) year: none for the
 * observed past, then 1 s + 300 s × T², T in centuries after 2025 (about ±30 s in 2057, ±80 s in
 * 2077, ±170 s in 2100). That band holds the published extrapolations (the Swiss Ephemeris' 93 s
 * and Espenak & Meeus's 203 s for 2100 lie within it around the table's value) and the decade
 * fluctuations of the Earth's rotation, which no one can predict.
 */
export function deltaTUncertainty(year: number): number {
  if (year <= DELTA_T_OBSERVED_UNTIL) return 0;
  const centuries = (year - DELTA_T_OBSERVED_UNTIL) / 100;
  return 1 + 300 * centuries * centuries;
}
