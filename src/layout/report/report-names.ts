/**
 * How a period reads in the report ("quý IV năm 2019") and the name of its sheet
 * ("BC quý IV-2019"): Vietnamese, the language of the document, and within Excel's sheet-name
 * rules (no "/" — dates in a custom range use dots).
 */
import { dateParts, formatVietnameseDate } from "../../domain/calendar-date";
import { quarterNumeral, type Period } from "../../domain/report";
import type { IsoDate } from "../../domain/types";
import { t } from "../../i18n/messages";
import { REPORT_SHEET_PREFIX, trackerSheetNames } from "../tracker/geometry";

/**
 * The sheet a report is made on before it takes its period's name: a report cut short by Excel
 * midway is left under this name, never under the period's, and the next report deletes it.
 */
export const REPORT_DRAFT_SHEET = "_bc_dang_lap";
/** The same for the register, made with the first report. */
export const REGISTER_DRAFT_SHEET = "_so_bc_dang_lap";

export function periodLabel(period: Period): string {
  switch (period.kind) {
    case "month":
      return t("report.period.month", { month: period.month, year: period.year });
    case "quarter":
      return t("report.period.quarter", { quarter: quarterNumeral(period.quarter), year: period.year });
    case "half":
      return t("report.period.half", { year: period.year });
    case "nineMonths":
      return t("report.period.nineMonths", { year: period.year });
    case "year":
      return t("report.period.year", { year: period.year });
    case "custom":
      return t("report.period.custom", { from: formatVietnameseDate(period.from), to: formatVietnameseDate(period.to) });
  }
}

const dotted = (date: IsoDate): string => formatVietnameseDate(date).replace(/\//g, ".");

export function reportSheetName(period: Period): string {
  const prefix = REPORT_SHEET_PREFIX;
  switch (period.kind) {
    case "month":
      return `${prefix} tháng ${period.month}-${period.year}`;
    case "quarter":
      return `${prefix} quý ${quarterNumeral(period.quarter)}-${period.year}`;
    case "half":
      return `${prefix} 6 tháng-${period.year}`;
    case "nineMonths":
      return `${prefix} 9 tháng-${period.year}`;
    case "year":
      return `${prefix} năm ${period.year}`;
    case "custom":
      // "BC 01.10.2019-31.12.2019": 24 characters, within Excel's 31.
      return `${prefix} ${dotted(period.from)}-${dotted(period.to)}`;
  }
}

/** The register and settings sheet. */
export function registerSheetName(): string {
  return trackerSheetNames().register;
}

/** "ngày 05 tháng 01 năm 2020" parts of a date line. */
export function dateLineParts(date: IsoDate): { day: string; month: string; year: number } {
  const { year, month, day } = dateParts(date);
  return { day: String(day).padStart(2, "0"), month: String(month).padStart(2, "0"), year };
}
