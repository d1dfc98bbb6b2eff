/**
 * Working days and Vietnam's public holidays.
 *
 * Rest days are Saturday and Sunday (the 40-hour week of public offices, Quyết định
 * 188/1999/QĐ-TTg) plus the days of an editable holiday table. Working days are
 * counted the way Excel's WORKDAY and NETWORKDAYS count them, so the sheet formulas and this
 * module agree.
 *
 * The preset table follows the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), Article 112:
 * Tết Dương lịch 1 day (1/1), Tết Âm lịch 5 days, Giỗ Tổ Hùng Vương 1 day (10/3 lunar),
 * Ngày Chiến thắng 1 day (30/4), Quốc tế lao động 1 day (1/5), Quốc khánh 2 days (2/9 and one
 * adjacent day; before 2021 the Labour Code 2012, Article 115, gave 2/9 alone), and Article
 * 111(3): a holiday on a weekly rest day gives a day off on the next working day (nghỉ bù).
 * Which days of Tết and which day next to 2/9 are off is announced each year; the rules below
 * reproduce the announcements of 2019–2026 (see docs/deadline-rules.md) and project them to
 * later years. One-off swaps of a working Saturday are not modelled: users edit the table.
 */
import { addDays, makeDate, toDayNumber, weekday } from "../calendar-date";
import type { IsoDate } from "../types";
import { t, type Language } from "../../i18n/messages";
import { lunarNewYear, lunarToSolar } from "./lunar-calendar";

export interface Holiday {
  date: IsoDate;
  name: string;
}

/** A set of holiday dates; arrays are accepted for convenience. */
export type HolidayCalendar = ReadonlySet<IsoDate> | readonly IsoDate[];

const SATURDAY = 6;
const SUNDAY = 0;

function asSet(holidays: HolidayCalendar): ReadonlySet<IsoDate> {
  return holidays instanceof Set ? holidays : new Set(holidays as readonly IsoDate[]);
}

const isWeekend = (date: IsoDate): boolean => {
  const day = weekday(date);
  return day === SATURDAY || day === SUNDAY;
};

/** Not Saturday, not Sunday, not in the holiday table. */
export function isWorkingDay(date: IsoDate, holidays: HolidayCalendar): boolean {
  return !isWeekend(date) && !asSet(holidays).has(date);
}

/** The first working day strictly after `date` (Excel: WORKDAY(date, 1, holidays)). */
export function nextWorkingDay(date: IsoDate, holidays: HolidayCalendar): IsoDate {
  const set = asSet(holidays);
  let day = addDays(date, 1);
  while (!isWorkingDay(day, set)) day = addDays(day, 1);
  return day;
}

/** `date` itself when it is a working day, else the next one (Excel: WORKDAY(date − 1, 1, holidays)). */
export function onOrNextWorkingDay(date: IsoDate, holidays: HolidayCalendar): IsoDate {
  return isWorkingDay(date, holidays) ? date : nextWorkingDay(date, holidays);
}

/**
 * Working days from `from` to `to`, signed: the number of working days d with from < d ≤ to
 * when to ≥ from, and minus the number with to < d ≤ from otherwise. So it is 0 for the same
 * day, antisymmetric, and additive (a→b plus b→c is a→c).
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: HolidayCalendar): number {
  const set = asSet(holidays);
  const [low, high, sign] = toDayNumber(to) >= toDayNumber(from) ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(low, 1); toDayNumber(day) <= toDayNumber(high); day = addDays(day, 1)) {
    if (isWorkingDay(day, set)) count++;
  }
  return count === 0 ? 0 : sign * count;
}

/** The first Monday-to-Friday day on or after `date`. */
function onOrNextWeekday(date: IsoDate): IsoDate {
  let day = date;
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
}

/**
 * Tết's five days off, as five weekdays: each year the government has given the five working
 * days starting on the first weekday on or after Tết − 2 days (2019: 4–8/2, 2020: 23–29/1, 2021: 10–16/2, 2022: 31/1–4/2, 2023: 20–26/1, 2024: 8–14/2,
 * 2025: 27–31/1, 2026: 16–20/2, weekends in between).
 */
function tetDaysOff(year: number): IsoDate[] {
  const days: IsoDate[] = [];
  let day = onOrNextWeekday(addDays(lunarNewYear(year), -2));
  while (days.length < 5) {
    days.push(day);
    day = onOrNextWeekday(addDays(day, 1));
  }
  return days;
}

/**
 * The day next to 2/9 given since 2021: the one that joins the holiday to a weekend (2021:
 * Thursday 2/9 → Friday 3/9; 2022: Friday → Thursday 1/9; 2024: Monday → Tuesday 3/9; 2025:
 * Tuesday → Monday 1/9); 1/9 when neither does.
 */
function nationalDayExtra(year: number): IsoDate {
  const second = makeDate(year, 9, 2) as IsoDate;
  const day = weekday(second);
  return day === 1 || day === 4 ? addDays(second, 1) : addDays(second, -1);
}

/** Holidays of one solar year without the compensatory days. */
function statutoryHolidays(year: number, lang: Language): Holiday[] {
  const date = (month: number, day: number) => makeDate(year, month, day) as IsoDate;
  const list: Holiday[] = [
    { date: date(1, 1), name: t("deadline.holiday.newYear", {}, lang) },
    ...tetDaysOff(year).map((d) => ({ date: d, name: t("deadline.holiday.lunarNewYear", {}, lang) })),
    { date: lunarToSolar(year, 3, 10), name: t("deadline.holiday.hungKings", {}, lang) },
    { date: date(4, 30), name: t("deadline.holiday.reunification", {}, lang) },
    { date: date(5, 1), name: t("deadline.holiday.labour", {}, lang) },
    { date: date(9, 2), name: t("deadline.holiday.nationalDay", {}, lang) },
  ];
  if (year >= 2021) list.push({ date: nationalDayExtra(year), name: t("deadline.holiday.nationalDayExtra", {}, lang) });
  return list.sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
}

export const PRESET_FIRST_YEAR = 2013;
export const PRESET_LAST_YEAR = 2099;

/**
 * The preset holiday table for solar years fromYear…toYear, in date order: statutory holidays
 * plus a compensatory day (nghỉ bù) on the next free working day for each that falls on a
 * weekend. Names in the user's language (Vietnamese by default): the table is written to a
 * sheet the user can edit.
 */
export function defaultHolidays(fromYear: number, toYear: number, lang: Language = "vi"): Holiday[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(`bad year range ${fromYear}…${toYear}`);
  }
  if (fromYear < PRESET_FIRST_YEAR || toYear > PRESET_LAST_YEAR) {
    throw new RangeError(`holiday preset covers ${PRESET_FIRST_YEAR}…${PRESET_LAST_YEAR}`);
  }
  const result: Holiday[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const statutory = statutoryHolidays(year, lang);
    const taken = new Set(statutory.map((h) => h.date));
    const compensatory: Holiday[] = [];
    for (const holiday of statutory) {
      if (!isWeekend(holiday.date)) continue;
      let day = holiday.date;
      while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
      taken.add(day);
      compensatory.push({ date: day, name: t("deadline.holiday.compensatory", { holiday: holiday.name }, lang) });
    }
    result.push(...[...statutory, ...compensatory].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date)));
  }
  return result;
}
