/**
 * Astronomical formulas for the lunisolar calendar, written from Jean Meeus, *Astronomical
 * Algorithms* (2nd ed., 1998): the true new moon (chapter 49) and the sun's apparent longitude
 * at low accuracy (chapter 25), with ΔT after Espenak & Meeus (NASA, 2006). Internal: the
 * public API is in `lunar.ts`.
 */

const RAD = Math.PI / 180;

function sin(degrees: number): number {
  return Math.sin(degrees * RAD);
}

/** Meeus table 49.A: coefficients of the new-moon correction and the terms they multiply. */
type Args = { readonly m: number; readonly mp: number; readonly f: number; readonly om: number };
const NEW_MOON_TERMS: readonly (readonly [number, number, (a: Args) => number])[] = [
  [-0.4072, 0, (a) => a.mp],
  [0.17241, 1, (a) => a.m],
  [0.01608, 0, (a) => 2 * a.mp],
  [0.01039, 0, (a) => 2 * a.f],
  [0.00739, 1, (a) => a.mp - a.m],
  [-0.00514, 1, (a) => a.mp + a.m],
  [0.00208, 2, (a) => 2 * a.m],
  [-0.00111, 0, (a) => a.mp - 2 * a.f],
  [-0.00057, 0, (a) => a.mp + 2 * a.f],
  [0.00056, 1, (a) => 2 * a.mp + a.m],
  [-0.00042, 0, (a) => 3 * a.mp],
  [0.00042, 1, (a) => a.m + 2 * a.f],
  [0.00038, 1, (a) => a.m - 2 * a.f],
  [-0.00024, 1, (a) => 2 * a.mp - a.m],
  [-0.00017, 0, (a) => a.om],
  [-0.00007, 0, (a) => a.mp + 2 * a.m],
  [0.00004, 0, (a) => 2 * a.mp - 2 * a.f],
  [0.00004, 0, (a) => 3 * a.m],
  [0.00003, 0, (a) => a.mp + a.m - 2 * a.f],
  [0.00003, 0, (a) => 2 * a.mp + 2 * a.f],
  [-0.00003, 0, (a) => a.mp + a.m + 2 * a.f],
  [0.00003, 0, (a) => a.mp - a.m + 2 * a.f],
  [-0.00002, 0, (a) => a.mp - a.m - 2 * a.f],
  [-0.00002, 0, (a) => 3 * a.mp + a.m],
  [0.00002, 0, (a) => 4 * a.mp],
];

/**
 * Meeus chapter 49: the planetary arguments A1–A14 as [A0, rate per lunation, coefficient];
 * A1 also has a −0.009173 T² term, added in {@link newMoon}.
 */
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/** The mean synodic month in days (Meeus 49.1). */
export const SYNODIC_MONTH = 29.530588861;

/** The Julian Ephemeris Day of the mean new moon of lunation 0 (6 January 2000). */
const NEW_MOON_EPOCH = 2451550.09766;

/**
 * ΔT = TT − UT in seconds for a decimal year, by the polynomials of Espenak & Meeus (2006) for
 * 1860–2150; outside that span the nearest polynomial is used.
 */
export function deltaT(year: number): number {
  if (year < 1900) {
    const t = year - 1860;
    return (
      7.62 +
      0.5737 * t -
      0.251754 * t ** 2 +
      0.01680668 * t ** 3 -
      0.0004473624 * t ** 4 +
      t ** 5 / 233174
    );
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
}

function decimalYear(jd: number): number {
  return 2000 + (jd - 2451545) / 365.25;
}

/**
 * The moment of the true new moon of lunation `k` (k = 0 is the new moon of 6 January 2000;
 * negative before), as a Julian Day in Universal Time (Meeus 49.1 with all periodic and
 * planetary corrections, less ΔT).
 */
export function newMoon(k: number): number {
  const t = k / 1236.85;
  const jde =
    // Stryker disable next-line ArithmeticOperator: the t³ and t⁴ terms move a new moon by under 0.1 s over 1900–2100 (|t| ≤ 1), far below the formula's accuracy
    NEW_MOON_EPOCH +
    SYNODIC_MONTH * k +
    0.00015437 * t ** 2 -
    0.00000015 * t ** 3 +
    0.00000000073 * t ** 4;
  // Stryker disable next-line ArithmeticOperator: the t² term of E changes it by under 0.00001
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const args: Args = {
    // Stryker disable next-line ArithmeticOperator: newMoon only seeds the table generator's root search; the t² to t⁴ terms move it by seconds at most in 1900–2100
    m: 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3,
    mp:
      // Stryker disable next-line ArithmeticOperator: newMoon only seeds the table generator's root search; the t² to t⁴ terms move it by seconds at most in 1900–2100
      201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4,
    f:
      // Stryker disable next-line ArithmeticOperator: newMoon only seeds the table generator's root search; the t² to t⁴ terms move it by seconds at most in 1900–2100
      160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4,
    // Stryker disable next-line ArithmeticOperator: newMoon only seeds the table generator's root search; the t² to t⁴ terms move it by seconds at most in 1900–2100
    om: 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3,
  };
  let correction = 0;
  for (const [coefficient, power, argument] of NEW_MOON_TERMS) {
    correction += coefficient * e ** power * sin(argument(args));
  }
  PLANETARY_TERMS.forEach(([a0, rate, coefficient], i) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: A1's t² term (0.009° × t²) moves a new moon by far under a second over 1900–2100
    const quadratic = i === 0 ? -0.009173 * t ** 2 : 0;
    // Stryker disable next-line ArithmeticOperator: A1's t² term (0.009° × t²) moves a new moon by far under a second over 1900–2100
    correction += coefficient * sin(a0 + rate * k + quadratic);
  });
  const tt = jde + correction;
  return tt - deltaT(decimalYear(tt)) / 86400;
}

/**
 * The lunation number whose mean new moon is nearest to a Julian Day.
 */
export function lunationNear(jd: number): number {
  return Math.round((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/**
 * The sun's apparent ecliptic longitude in degrees [0, 360) at a moment given as a Julian Day
 * in Universal Time (Meeus chapter 25, low accuracy: about 0.01°).
 */
export function solarLongitude(jdUt: number): number {
  const jde = jdUt + deltaT(decimalYear(jdUt)) / 86400;
  const t = (jde - 2451545) / 36525;
  // Stryker disable next-line ArithmeticOperator: the t² terms (under 0.0004° for |t| ≤ 1) are far below this low-accuracy formula's 0.01°
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2;
  // Stryker disable next-line ArithmeticOperator: the t² terms (under 0.0004° for |t| ≤ 1) are far below this low-accuracy formula's 0.01°
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t ** 2;
  const c =
    // Stryker disable next-line ArithmeticOperator: the t² terms (under 0.0004° for |t| ≤ 1) are far below this low-accuracy formula's 0.01°
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * sin(m) +
    // Stryker disable next-line ArithmeticOperator: the 0.000101° × t term is far below this low-accuracy formula's 0.01°
    (0.019993 - 0.000101 * t) * sin(2 * m) +
    0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const apparent = l0 + c - 0.00569 - 0.00478 * sin(omega);
  return ((apparent % 360) + 360) % 360;
}
