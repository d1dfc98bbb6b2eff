/**
 * The date units are asked to report back by. Offices count such limits in working days
 * whatever the plan's own setting: a week-end or Tết must not eat the time a unit is given.
 */
import { type HolidayCalendar, nextWorkingDay } from "../deadline";
import type { IsoDate } from "../types";

/** `days` working days after `from` (Excel: WORKDAY(from, days, holidays)); `from` itself for 0. */
export function addWorkingDays(from: IsoDate, days: number, holidays: HolidayCalendar): IsoDate {
  const set = holidays instanceof Set ? holidays : new Set(holidays as readonly IsoDate[]);
  let day = from;
  for (let i = 0; i < days; i++) day = nextWorkingDay(day, set);
  return day;
}
