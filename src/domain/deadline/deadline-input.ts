/**
 * What the deadline rules read for one (unit, task): the cells as a spreadsheet holds them,
 * parsed once at the boundary into small unions. Each reader classifies a cell the way the
 * sheet formula (src/layout/deadline-formula.ts) sees it, so both give the same verdict.
 */
import { fromExcelSerial } from "../calendar-date";
import { TASK_STATUSES, type IsoDate, type PlanSettings, type TaskStatus } from "../types";
import { excelMatchIndex } from "./excel-text-match";
import type { HolidayCalendar } from "./holidays";

/** A cell's value as Excel reports it: a date is its serial number; an empty cell is null or "". */
export type SheetValue = string | number | boolean | null;

/** A date cell: empty, a real date, or something else typed there (text such as "20/12/2019", TRUE). */
export type DateCell = { kind: "blank" } | { kind: "date"; date: IsoDate } | { kind: "notDate"; raw: string };

/** A status cell: empty (not reported yet), one of the dropdown's statuses, or anything else. */
export type StatusCell = { kind: "blank" } | { kind: "status"; status: TaskStatus } | { kind: "invalid"; raw: string };

export const BLANK: { kind: "blank" } = { kind: "blank" };

export const dateCell = (date: IsoDate): DateCell => ({ kind: "date", date });

/**
 * Reads a date cell. An empty text counts as empty (Office.js reports empty cells as ""); a
 * number is a date serial, its time of day dropped; text and TRUE/FALSE are not dates, whatever
 * they look like: the formula never parses text, as Excel's parsing depends on the locale.
 */
export function readDateCell(value: SheetValue): DateCell {
  if (value === null || value === "") return BLANK;
  if (typeof value === "number") {
    const date = fromExcelSerial(value);
    return date ? dateCell(date) : { kind: "notDate", raw: String(value) };
  }
  if (typeof value === "boolean") return { kind: "notDate", raw: value ? "TRUE" : "FALSE" };
  return { kind: "notDate", raw: value };
}

/**
 * Reads a status cell as MATCH(status, list, 0) does on the dropdown's list: case-insensitive,
 * with Excel's wildcards; numbers and TRUE/FALSE are never a status.
 */
export function readStatusCell(value: SheetValue): StatusCell {
  if (value === null || value === "") return BLANK;
  if (typeof value !== "string") return { kind: "invalid", raw: String(value) };
  const index = excelMatchIndex(value, TASK_STATUSES);
  return index < 0 ? { kind: "invalid", raw: value } : { kind: "status", status: TASK_STATUSES[index] };
}

/** Everything the rules need for one (unit, task); see docs/deadline-rules.md. */
export interface DeadlineInput {
  /** D: the task's deadline as the plan gives it (inclusive). */
  deadline: DateCell;
  /** S: what the unit reported. */
  status: StatusCell;
  /** C: when the unit completed the task. */
  completed: DateCell;
  /** T: the as-of date (today, or a report's cut-off). */
  asOf: IsoDate;
  /** P: the plan's date; nothing is completed before it. */
  planDate: DateCell;
  /** W (dueSoonDays), the working-days setting and the shift-to-working-day setting. */
  settings: PlanSettings;
  /** The holiday table (used by both the working-days and the shift settings). */
  holidays: HolidayCalendar;
}
