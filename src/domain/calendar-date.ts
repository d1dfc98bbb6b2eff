/**
 * Calendar dates without time or time zone. All arithmetic is on day numbers, so a machine's
 * time zone can never shift a deadline by a day.
 */
import type { IsoDate } from "./types";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Builds an IsoDate from parts, or null when the date does not exist (31/02). */
export function makeDate(year: number, month: number, day: number): IsoDate | null {
  if (!isValidYmd(year, month, day)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

/** Parses "YYYY-MM-DD" strictly; null for anything else, including 2019-02-31. */
export function parseIsoDate(text: string): IsoDate | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  return makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO.exec(date);
  if (!m) throw new Error(`not an IsoDate: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Day numbers of dates already seen: a tracker compares the same few hundred dates many thousand times. */
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 (proleptic Gregorian), computed without Date. */
export function toDayNumber(date: IsoDate): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    days = computeDayNumber(date);
    if (dayNumbers.size < 100_000) dayNumbers.set(date, days);
  }
  return days;
}

function computeDayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  // Algorithm from Howard Hinnant's "days_from_civil".
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return makeDate(year, month, day) as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** b − a in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday (Excel's WEEKDAY(d,1) − 1). */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return makeDate(year, month, daysInMonth(year, month)) as IsoDate;
}

// Excel's 1900 date system: serial 25569 is 1970-01-01 (serials after 1900-03-01 are exact).
const EXCEL_EPOCH_OFFSET = 25569;

export function toExcelSerial(date: IsoDate): number {
  return toDayNumber(date) + EXCEL_EPOCH_OFFSET;
}

export function fromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 61) return null;
  return fromDayNumber(Math.floor(serial) - EXCEL_EPOCH_OFFSET);
}

/** dd/mm/yyyy, the way dates are shown to users. */
export function formatVietnameseDate(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** Today's calendar date where the user is (local clock), as an IsoDate. */
export function todayLocal(now: Date = new Date()): IsoDate {
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as IsoDate;
}
