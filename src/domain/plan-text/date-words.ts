/**
 * Dates as Vietnamese documents write them: "30/5/2019", "20-12-2019", "29.8.2019",
 * "ngày 28 tháng 02 năm 2020", quarters in Roman numerals ("quý II/2020").
 */
import { makeDate } from "../calendar-date";
import type { IsoDate } from "../types";

/** A date read from text: a real day, or day/month numbers that name no day (31/02). */
export type DateReading = { ok: true; date: IsoDate } | { ok: false };

/** Reads day, month, year numbers; null when they are out of any calendar range (so not a date at all). */
export function readDayMonthYear(day: number, month: number, year: number): DateReading | null {
  if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1900 || year > 9999) return null;
  const date = makeDate(year, month, day);
  return date ? { ok: true, date } : { ok: false };
}

/** "30/5/2019", "20-12-2019", "29.8.2019" (4-digit years only: "30/6/20" is ambiguous). */
export const NUMERIC_DATE = /(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/u;

/** "ngày 28 tháng 02 năm 2020" (the long form of Hướng dẫn 36's date line). */
export const WORDED_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

const ROMAN_QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Quarter number from "II" or "2"; null otherwise. */
export function quarterNumber(text: string): number | null {
  return ROMAN_QUARTERS[text.toUpperCase()] ?? null;
}

/** Reads the first date in a fragment ("ngày 30/5/2019", "ngày 30 tháng 5 năm 2019"). */
export function firstDateIn(text: string): { reading: DateReading; index: number; length: number } | null {
  const numeric = NUMERIC_DATE.exec(text);
  const worded = WORDED_DATE.exec(text);
  const candidates: Array<{ m: RegExpExecArray; day: number; month: number; year: number }> = [];
  if (numeric) candidates.push({ m: numeric, day: Number(numeric[1]), month: Number(numeric[3]), year: Number(numeric[4]) });
  if (worded) candidates.push({ m: worded, day: Number(worded[1]), month: Number(worded[2]), year: Number(worded[3]) });
  candidates.sort((a, b) => a.m.index - b.m.index);
  for (const c of candidates) {
    const reading = readDayMonthYear(c.day, c.month, c.year);
    if (reading) return { reading, index: c.m.index, length: c.m[0].length };
  }
  return null;
}
