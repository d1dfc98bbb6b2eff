/**
 * The Vietnamese lunisolar calendar, computed for Vietnam's time zone (UTC+7), to place Tết
 * Nguyên đán and Giỗ Tổ Hùng Vương (10/3 lunar) on solar dates.
 *
 * Rules of the calendar (the common Chinese/Vietnamese reckoning):
 * - a month begins on the local calendar day of a new moon;
 * - month 11 is the month that contains the winter solstice (sun's longitude 270°);
 * - when 13 months lie between two months 11, the first of them (after month 11) that contains
 *   no principal solar term (sun's longitude a multiple of 30°) is a leap month, repeating the
 *   number of the month before it.
 * Because days are counted in UTC+7 instead of China's UTC+8, a new moon or a solar term close to
 * midnight can fall on different days: Vietnam's Tết 1985 was 21/01/1985, China's 20/02/1985.
 *
 * Astronomy: new moons from Jean Meeus, "Astronomical Algorithms" (2nd ed.), chapter 49 (accurate
 * to well under a minute); the sun's apparent longitude from chapter 25's low-precision series
 * (about 0.01°, some 15 minutes of time); ΔT from the Espenak–Meeus polynomials (NASA eclipse site).
 */
import { fromDayNumber, makeDate, toDayNumber } from "../calendar-date";
import type { IsoDate } from "../types";

/** Vietnam's civil time since 1968, in days east of UTC. */
const TIME_ZONE_DAYS = 7 / 24;
/** Julian Day of 1970-01-01 00:00 UT is 2440587.5, so a day number d starts at JD d + 2440587.5. */
const UNIX_EPOCH_JD = 2440587.5;
const SYNODIC_MONTH = 29.530588861;
const RAD = Math.PI / 180;

const sinDeg = (degrees: number): number => Math.sin(degrees * RAD);

/** TT − UT in days (Espenak–Meeus polynomial fits, valid 1961–2150). */
function deltaTDays(jd: number): number {
  const year = 2000 + (jd - 2451545) / 365.25;
  let seconds: number;
  if (year < 1986) {
    const t = year - 1975;
    seconds = 45.45 + 1.067 * t - (t * t) / 260 - (t * t * t) / 718;
  } else if (year < 2005) {
    const t = year - 2000;
    seconds = 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  } else if (year < 2050) {
    const t = year - 2000;
    seconds = 62.92 + 0.32217 * t + 0.005589 * t * t;
  } else {
    seconds = -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
  }
  return seconds / 86400;
}

/** Moment (Julian Day, UT) of the k-th new moon after the one of 6 January 2000 (Meeus 49.1). */
export function newMoonJd(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mm = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  const periodic =
    -0.4072 * sinDeg(mm) +
    0.17241 * e * sinDeg(m) +
    0.01608 * sinDeg(2 * mm) +
    0.01039 * sinDeg(2 * f) +
    0.00739 * e * sinDeg(mm - m) -
    0.00514 * e * sinDeg(mm + m) +
    0.00208 * e * e * sinDeg(2 * m) -
    0.00111 * sinDeg(mm - 2 * f) -
    0.00057 * sinDeg(mm + 2 * f) +
    0.00056 * e * sinDeg(2 * mm + m) -
    0.00042 * sinDeg(3 * mm) +
    0.00042 * e * sinDeg(m + 2 * f) +
    0.00038 * e * sinDeg(m - 2 * f) -
    0.00024 * e * sinDeg(2 * mm - m) -
    0.00017 * sinDeg(omega) -
    0.00007 * sinDeg(mm + 2 * m) +
    0.00004 * sinDeg(2 * mm - 2 * f) +
    0.00004 * sinDeg(3 * m) +
    0.00003 * sinDeg(mm + m - 2 * f) +
    0.00003 * sinDeg(2 * mm + 2 * f) -
    0.00003 * sinDeg(mm + m + 2 * f) +
    0.00003 * sinDeg(mm - m + 2 * f) -
    0.00002 * sinDeg(mm - m - 2 * f) -
    0.00002 * sinDeg(3 * mm + m) +
    0.00002 * sinDeg(4 * mm);
  // Planetary arguments A1…A14 (Meeus table 49.B).
  const planetary: readonly [number, number, number][] = [
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
  let additional = 0;
  planetary.forEach(([coefficient, base, rate], index) => {
    // A1 alone also has a T² term.
    const argument = base + rate * k + (index === 0 ? -0.009173 * t2 : 0);
    additional += coefficient * sinDeg(argument);
  });
  const jdTT = jde + periodic + additional;
  return jdTT - deltaTDays(jdTT);
}

/** Sun's apparent longitude in degrees [0, 360) at a moment given as Julian Day (Meeus ch. 25). */
export function sunLongitude(jd: number): number {
  const t = (jd - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(m) + (0.019993 - 0.000101 * t) * sinDeg(2 * m) + 0.000289 * sinDeg(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const apparent = l0 + center - 0.00569 - 0.00478 * sinDeg(omega);
  return ((apparent % 360) + 360) % 360;
}

/** Local (UTC+7) day number of the k-th new moon: the first day of a lunar month. */
function monthStartDay(k: number): number {
  return Math.floor(newMoonJd(k) + TIME_ZONE_DAYS - UNIX_EPOCH_JD);
}

/** Index (0…11) of the last principal term passed at local midnight starting day number `day`. */
function termAtStartOf(day: number): number {
  const midnightUt = day + UNIX_EPOCH_JD - TIME_ZONE_DAYS;
  return Math.floor(sunLongitude(midnightUt) / 30);
}

/** The k of the lunar month containing local day number `day`. */
function monthContaining(day: number): number {
  let k = Math.round((day + UNIX_EPOCH_JD - 2451550.09766) / SYNODIC_MONTH);
  while (monthStartDay(k) > day) k--;
  while (monthStartDay(k + 1) <= day) k++;
  return k;
}

/** k of month 11 of lunar year `year` (the month containing the December solstice of `year`). */
function month11(year: number): number {
  const k = monthContaining(toDayNumber(makeDate(year, 12, 31) as IsoDate));
  // Terms at the month's first midnight: 9 means the sun already passed 270°, so the solstice
  // fell in the month before.
  return termAtStartOf(monthStartDay(k)) >= 9 ? k - 1 : k;
}

interface LunarYearMonths {
  /** k of month 11 of the previous lunar year. */
  firstK: number;
  /** Position (1…12) after month 11 of the leap month, or null in a 12-month year. */
  leapPosition: number | null;
}

function lunarYearMonths(year: number): LunarYearMonths {
  const firstK = month11(year - 1);
  const nextK = month11(year);
  if (nextK - firstK <= 12) return { firstK, leapPosition: null };
  for (let position = 1; position <= 12; position++) {
    const start = monthStartDay(firstK + position);
    const end = monthStartDay(firstK + position + 1);
    if (termAtStartOf(start) === termAtStartOf(end)) return { firstK, leapPosition: position };
  }
  return { firstK, leapPosition: null };
}

/**
 * Solar date of day `day` of lunar month `month` (1…12, the regular month, not its leap repeat)
 * of the lunar year that begins in solar year `year`. Months 11 and 12 are those at the end of
 * that lunar year (in solar year `year` or early `year + 1`).
 */
export function lunarToSolar(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`lunar month out of range: ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`lunar day out of range: ${day}`);
  // Months 1…10 of lunar year Y are counted from month 11 of Y − 1; months 11 and 12 of Y
  // open the run of months that leads to month 11 of Y + 1.
  const { firstK, leapPosition } = lunarYearMonths(month >= 11 ? year + 1 : year);
  let position = month >= 11 ? month - 11 : month + 1;
  // A leap month at or before this position pushes the regular month one further.
  if (leapPosition !== null && leapPosition <= position) position++;
  const start = monthStartDay(firstK + position);
  const length = monthStartDay(firstK + position + 1) - start;
  if (day > length) throw new RangeError(`lunar month ${month}/${year} has ${length} days`);
  return fromDayNumber(start + day - 1);
}

/** Solar date of Tết Nguyên đán (1/1 lunar) of the lunar year beginning in solar year `year`. */
export function lunarNewYear(year: number): IsoDate {
  return lunarToSolar(year, 1, 1);
}
