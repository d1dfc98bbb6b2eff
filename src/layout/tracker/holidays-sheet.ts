/**
 * Ngày nghỉ: the holiday table the working-day rules use (WORKDAY/NETWORKDAYS read it through
 * the NgayNghi name). Preset with Vietnam's public holidays and editable: a fresh build writes
 * it, a rebuild never touches it again.
 */
import { defaultHolidays } from "../../domain/deadline";
import type { IsoDate } from "../../domain/types";
import { t } from "../../i18n/messages";
import { COLUMN_HEADERS } from "./columns";
import type { SheetSpec } from "../sheet-spec";
import { range } from "../excel-rules";
import { date, text } from "./cells";
import { COLORS, DATE_FORMAT, HOLIDAYS_LAYOUT, ROW_CAPACITY, trackerSheetNames } from "./geometry";

export const HOLIDAY_PRESET_YEARS = { from: 2019, to: 2030 } as const;
export const HOLIDAYS_TABLE = "NgayNghi_Bang";

// The preset never changes within a run; computing it (lunar calendar) once saves every build the work.
let preset: ReturnType<typeof defaultHolidays> | null = null;

export function holidaysSheet(): SheetSpec {
  preset ??= defaultHolidays(HOLIDAY_PRESET_YEARS.from, HOLIDAY_PRESET_YEARS.to);
  const holidays = preset;
  const L = HOLIDAYS_LAYOUT;
  const last = L.headerRow + Math.max(holidays.length, 1);
  return {
    name: trackerSheetNames().holidays,
    cells: [
      { at: `A${L.titleRow}`, rows: [[text(t("tracker.holidays.title"))]] },
      { at: `A${L.headerRow}`, rows: [[text(COLUMN_HEADERS.holidayDate), text(COLUMN_HEADERS.holidayName)], ...holidays.map((h) => [date(h.date), text(h.name)])] },
    ],
    styles: [
      { range: `A${L.titleRow}`, style: { font: { bold: true, size: 12 } } },
      { range: range(1, L.headerRow, 2, L.headerRow), style: { font: { bold: true, color: COLORS.headerFont }, fill: COLORS.headerFill } },
      { range: range(1, L.headerRow + 1, 1, L.headerRow + ROW_CAPACITY), style: { numberFormat: DATE_FORMAT, horizontal: "center" } },
    ],
    columns: [
      { index: 1, width: 14 },
      { index: 2, width: 40 },
    ],
    validations: [{ range: range(1, L.headerRow + 1, 1, L.headerRow + ROW_CAPACITY), rule: { kind: "date", min: "2000-01-01" as IsoDate, max: "2099-12-31" as IsoDate }, allowBlank: true }],
    tables: [{ name: HOLIDAYS_TABLE, range: range(1, L.headerRow, 2, last), style: "TableStyleLight9", showFilterButton: true }],
  };
}
