/** Names of the reminder sheets, Vietnamese like every sheet of the tracker. */
import { formatVietnameseDate } from "../../domain/calendar-date";
import type { IsoDate } from "../../domain/types";
import { t } from "../../i18n/messages";
import { trackerSheetNames } from "../tracker/geometry";

/** The log and its settings. */
export function reminderLogSheetName(): string {
  return trackerSheetNames().reminderLog;
}

/** The printable reminders of a date: "Đôn đốc 23-12-2019" (a sheet name takes no "/"). */
export function reminderPrintSheetName(asOf: IsoDate): string {
  return `${t("reminders.sheet.printPrefix")} ${formatVietnameseDate(asOf).replace(/\//g, "-")}`;
}
