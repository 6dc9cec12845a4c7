/**
 * The two astronomical quantities the lunisolar calendar needs: the instants of new moon and the Sun's
 * apparent ecliptic longitude. Formulas from Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998):
 * chapter 49 (phases of the Moon: mean new moon plus periodic and planetary terms, error of a few
 * seconds for recent centuries), chapter 25 (solar coordinates, the "lower accuracy" method) refined with the
 * periodic terms of table 27.C (see {@link sunApparentLongitude}), and ΔT = TT − UT from the polynomial expressions of Espenak & Meeus (NASA, "Five Millennium Canon").
 *
 * Times are Julian Days. "JDE" is in Terrestrial Time (the astronomers' uniform scale); civil clocks use UT,
 * and the two differ by ΔT (about a minute today).
 */

const DEG = Math.PI / 180;

function sinDeg(x: number): number {
  return Math.sin(x * DEG);
}

/** Reduce an angle to [0, 360). */
export function normalizeDegrees(x: number): number {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * ΔT = TT − UT in seconds for a (fractional) Gregorian year, Espenak & Meeus polynomials, 1900–2200.
 * Beyond 2005 it is an extrapolation; the uncertainty there (a minute or two by 2200) is far below what
 * could move a new moon or a solar term across midnight in all but freak cases.
 */
export function deltaTSeconds(year: number): number {
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
  const u = (year - 1820) / 100;
  if (year < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - year);
  return -20 + 32 * u * u;
}

/** Converts a JDE (TT) to a Julian Day in UT. */
export function jdeToJdUt(jde: number): number {
  const year = 2000 + (jde - 2_451_545) / 365.25;
  return jde - deltaTSeconds(year) / 86_400;
}

/** Coefficients of the periodic terms for the instant of new moon (Meeus table 49.A, new moon column). */
const NEW_MOON_PLANETARY: ReadonlyArray<readonly [number, number, number]> = [
  // [amplitude (days), phase at k = 0 (degrees), rate per lunation (degrees)]
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * Instant (JDE, Terrestrial Time) of the k-th new moon, k = 0 being the new moon of 6 January 2000.
 * Integer k gives a new moon; k may be negative.
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85; // Julian centuries from J2000.0
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  // Mean new moon.
  let jde = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2; // eccentricity factor of the Earth's orbit
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3; // Sun's mean anomaly
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4; // Moon's
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4; // latitude arg.
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3; // ascending node
  jde +=
    -0.4072 * sinDeg(mp) +
    0.17241 * e * sinDeg(m) +
    0.01608 * sinDeg(2 * mp) +
    0.01039 * sinDeg(2 * f) +
    0.00739 * e * sinDeg(mp - m) -
    0.00514 * e * sinDeg(mp + m) +
    0.00208 * e * e * sinDeg(2 * m) -
    0.00111 * sinDeg(mp - 2 * f) -
    0.00057 * sinDeg(mp + 2 * f) +
    0.00056 * e * sinDeg(2 * mp + m) -
    0.00042 * sinDeg(3 * mp) +
    0.00042 * e * sinDeg(m + 2 * f) +
    0.00038 * e * sinDeg(m - 2 * f) -
    0.00024 * e * sinDeg(2 * mp - m) -
    0.00017 * sinDeg(om) -
    0.00007 * sinDeg(mp + 2 * m) +
    0.00004 * sinDeg(2 * mp - 2 * f) +
    0.00004 * sinDeg(3 * m) +
    0.00003 * sinDeg(mp + m - 2 * f) +
    0.00003 * sinDeg(2 * mp + 2 * f) -
    0.00003 * sinDeg(mp + m + 2 * f) +
    0.00003 * sinDeg(mp - m + 2 * f) -
    0.00002 * sinDeg(mp - m - 2 * f) -
    0.00002 * sinDeg(3 * mp + m) +
    0.00002 * sinDeg(4 * mp);
  // Additional corrections from the planets; A1 also has a T² term.
  for (let i = 0; i < NEW_MOON_PLANETARY.length; i++) {
    const [amplitude, phase, rate] = NEW_MOON_PLANETARY[i]!;
    const arg = phase + rate * k - (i === 0 ? 0.009173 * t2 : 0);
    jde += amplitude * sinDeg(arg);
  }
  return jde;
}

/** Index k of the last new moon at or before a JDE (TT). */
export function newMoonIndexBefore(jde: number): number {
  let k = Math.floor((jde - 2_451_550.09766) / 29.530588861);
  while (newMoonJde(k) > jde) k--;
  while (newMoonJde(k + 1) <= jde) k++;
  return k;
}

/**
 * Periodic terms of Meeus table 27.C (planetary perturbations and the Earth–Moon barycentre), given there
 * as corrections in units of 0.00001 day to the instants of equinoxes and solstices: [A, B°, C°/century] for
 * A·cos(B + C·T). The nutation term of that table (485, 324.96°, 1934.136) is left out: the longitude below
 * already includes nutation. Converted to longitude through the Sun's mean daily motion, they bring the
 * longitude of chapter 25 from about 0.01° (up to ~12 minutes of time at a solar term) to about 0.0005°
 * (within a minute of the published instants of equinoxes and solstices 2000–2025).
 */
const SUN_PERTURBATIONS: ReadonlyArray<readonly [number, number, number]> = [
  [203, 337.23, 32_964.467],
  [199, 342.08, 20.186],
  [182, 27.85, 445_267.112],
  [156, 73.14, 45_036.886],
  [136, 171.52, 22_518.443],
  [77, 222.54, 65_928.934],
  [74, 296.72, 3034.906],
  [70, 243.58, 9037.513],
  [58, 119.81, 33_718.147],
  [52, 297.17, 150.678],
  [50, 21.02, 2281.226],
  [45, 247.54, 29_929.562],
  [44, 325.15, 31_555.956],
  [29, 60.93, 4443.417],
  [18, 155.12, 67_555.328],
  [17, 288.79, 4562.452],
  [16, 198.04, 62_894.029],
  [14, 199.76, 31_436.921],
  [12, 95.39, 14_577.848],
  [12, 287.11, 31_931.756],
  [12, 320.81, 34_777.259],
  [9, 227.73, 1222.114],
  [8, 15.45, 16_859.074],
];

/** Degrees of solar longitude per 0.00001 day of time (mean motion 0.985647°/day). */
const LONGITUDE_PER_TIME_UNIT = 0.00001 * 0.985647;

/** Apparent geocentric ecliptic longitude of the Sun in degrees [0, 360) at a JDE (TT). */
export function sunApparentLongitude(jde: number): number {
  const t = (jde - 2_451_545) / 36_525;
  const l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t; // geometric mean longitude
  const m = 357.52911 + 35_999.05029 * t - 0.0001537 * t * t; // mean anomaly
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(m) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * m) +
    0.000289 * sinDeg(3 * m); // equation of the centre
  const omega = 125.04 - 1934.136 * t;
  let perturbation = 0;
  for (const [a, b, rate] of SUN_PERTURBATIONS) perturbation += a * Math.cos((b + rate * t) * DEG);
  // True longitude, nutation in longitude and aberration, then the perturbations (a term that delays an
  // equinox means the Sun is behind, hence the minus sign).
  return normalizeDegrees(
    l0 + c - 0.00569 - 0.00478 * sinDeg(omega) - LONGITUDE_PER_TIME_UNIT * perturbation,
  );
}

/**
 * The JDE (TT) at which the Sun's apparent longitude reaches `longitude` degrees, found by iterating from
 * a guess within a few weeks of the answer.
 */
export function solarLongitudeInstant(longitude: number, guessJde: number): number {
  let jde = guessJde;
  for (let i = 0; i < 20; i++) {
    let diff = longitude - sunApparentLongitude(jde);
    diff -= 360 * Math.round(diff / 360); // to (−180, 180]
    const step = (diff / 360) * 365.2422;
    jde += step;
    if (Math.abs(step) < 1e-7) break;
  }
  return jde;
}
