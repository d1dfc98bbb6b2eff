/**
 * Where the tracker puts things. Readers never trust these positions for data (they find tables
 * by header text and rows by codes); writers use them for new sheets.
 */
import type { CellStyle } from "../sheet-spec";

export const SCHEMA_VERSION = 1;
/** Very hidden: the stable keys (docs/workbook-layout.md). Not translated: it is the add-in's, not the user's. */
export const META_SHEET = "_meta";
/** Added, copied once per new unit, then dropped in the same change. */
export const TEMPLATE_SHEET = "_mau_so_don_vi";

const LEFTOVER_COPY = /^_mau_so_don_vi \(\d+\)$/i;

/**
 * The template, or a copy of it Excel has not yet seen renamed: what a build cut short leaves
 * behind (a copy takes its unit's name only once complete). Never a user's, so the next build
 * deletes it.
 */
export function isBuildLeftover(name: string): boolean {
  return name.toLowerCase() === TEMPLATE_SHEET || LEFTOVER_COPY.test(name);
}
/** Rows below a header that names, validations and formats cover, so added rows need none of them. */
export const ROW_CAPACITY = 1000;

export const PLAN_LAYOUT = {
  titleRow: 1,
  firstFieldRow: 2,
  labelColumn: 1,
  valueColumn: 2,
  settingsLabelColumn: 4,
  settingsValueColumn: 5,
  tasksTitleRow: 15,
  headerRow: 16,
} as const;

export const UNITS_LAYOUT = { titleRow: 1, hintRow: 2, headerRow: 4 } as const;

export const UNIT_SHEET_LAYOUT = { titleRow: 1, planRow: 2, codeRow: 3, headerRow: 5, linkColumn: 4 } as const;

export const HOLIDAYS_LAYOUT = { titleRow: 1, headerRow: 3 } as const;

export interface TrackerSheetNames {
  plan: string;
  units: string;
  overview: string;
  holidays: string;
  /** Report settings and the register of reports made (added by the first report). */
  register: string;
  /** Reminder settings and the log of reminders sent (added by the first reminder logged). */
  reminderLog: string;
  /** The log of unit files imported (added by the first import that writes). */
  unitImportLog: string;
}

/**
 * The workbook's own sheet names: what the reader looks for and what users and formulas refer
 * to, so they are constants of the layout, in Vietnamese whatever language the pane speaks — a
 * translation edited or switched must never rename a sheet.
 */
const SHEET_NAMES: TrackerSheetNames = Object.freeze({
  plan: "Kế hoạch",
  units: "Đơn vị",
  overview: "Tổng quan",
  holidays: "Ngày nghỉ",
  register: "Sổ báo cáo",
  reminderLog: "Nhật ký đôn đốc",
  unitImportLog: "Nhật ký nhập báo cáo",
});

export function trackerSheetNames(): TrackerSheetNames {
  return SHEET_NAMES;
}

/** First word of a report's sheet name ("BC tháng 12-2019"). */
export const REPORT_SHEET_PREFIX = "BC";
/** First words of a printable reminder sheet's name ("Đôn đốc 23-12-2019"). */
export const REMINDER_SHEET_PREFIX = "Đôn đốc";

/** Sheets no unit may take the name of. */
export function reservedSheetNames(): string[] {
  const names = trackerSheetNames();
  return [names.plan, names.units, names.overview, names.holidays, names.register, names.reminderLog, names.unitImportLog, META_SHEET, TEMPLATE_SHEET];
}

export const COLORS = {
  headerFill: "#1F4E78",
  headerFont: "#FFFFFF",
  labelFill: "#DDEBF7",
  inputFill: "#FFFFFF",
  lockedFill: "#F2F2F2",
  removedFont: "#808080",
} as const;

/** The header row of every table the tracker writes: white bold on dark blue, wrapped, centred. */
export const TABLE_HEADER_STYLE: CellStyle = {
  font: { bold: true, color: COLORS.headerFont },
  fill: COLORS.headerFill,
  wrap: true,
  vertical: "center",
  horizontal: "center",
};

export const DATE_FORMAT = "dd/mm/yyyy";
export const PERCENT_FORMAT = "0.0%";
