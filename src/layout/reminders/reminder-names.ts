/** Names of the reminder sheets, Vietnamese like every sheet of the tracker. */
import { formatVietnameseDate } from "../../domain/calendar-date";
import type { IsoDate } from "../../domain/types";
import { REMINDER_SHEET_PREFIX, trackerSheetNames } from "../tracker/geometry";

/** The log and its settings. */
export function reminderLogSheetName(): string {
  return trackerSheetNames().reminderLog;
}

/** The printable reminders of a date: "Đôn đốc 23-12-2019" (a sheet name takes no "/"). */
export function reminderPrintSheetName(asOf: IsoDate): string {
  return `${REMINDER_SHEET_PREFIX} ${formatVietnameseDate(asOf).replace(/\//g, "-")}`;
}
