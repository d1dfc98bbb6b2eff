/**
 * Workbook-level names the tracker's formulas use. Names keep formulas short (30,000 cells on
 * Tổng quan for 500 units × 60 tasks) and follow a user's cut-and-paste of a column or a
 * renamed sheet, because Excel rewrites a name's reference when its cells move.
 *
 * Names refer to absolute ranges only: the .xlsx host keeps no other kind (exceljs), and
 * Excel's "Names in formulas" rules forbid anything that reads as a cell reference ("DV001"),
 * hence the prefixes.
 */
import { quoteSheetName, absCell, absRange } from "../excel-rules";
import type { UnitCode } from "../../domain/types";
import type { NameSpec } from "../sheet-spec";
import { ROW_CAPACITY, HOLIDAYS_LAYOUT } from "./geometry";

export const NAMES = {
  planNumber: "KH_So",
  planDate: "KH_NgayKH",
  dueSoonDays: "KH_SoNgay",
  /** TRUE/FALSE helper cells on _meta (see status-formulas), not the Có/Không cells users edit. */
  workingDays: "KH_NgayLV",
  shiftDeadline: "KH_DoiHan",
  asOf: "KH_NgayDC",
  taskCodes: "NV_Ma",
  taskTexts: "NV_ND",
  taskDeadlines: "NV_Han",
  taskFlags: "NV_TT",
  holidays: "NgayNghi",
} as const;

/** The unit code as a name part: names allow letters, digits, "_" and ".", codes also "-". */
export function unitNamePart(code: UnitCode): string {
  return code.replace(/[^A-Za-z0-9_]/g, ".");
}

export const unitCodesName = (code: UnitCode): string => `MA_${unitNamePart(code)}`;
export const unitChecksName = (code: UnitCode): string => `KT_${unitNamePart(code)}`;
/** `index` counts the plan's number measures from 1. */
export const unitMeasureName = (code: UnitCode, index: number): string => `SL${index}_${unitNamePart(code)}`;

const ref = (sheet: string, a1: string): string => `=${quoteSheetName(sheet)}!${a1}`;

/** Where the plan sheet keeps what names point at (found by labels and headers when read). */
export interface PlanAnchors {
  sheet: string;
  docNumber: { column: number; row: number };
  issuedOn: { column: number; row: number };
  dueSoonDays: { column: number; row: number };
  workingDays: { column: number; row: number };
  shiftDeadline: { column: number; row: number };
  asOf: { column: number; row: number };
  headerRow: number;
  columns: ReadonlyMap<string, number>;
}

/** The settings cells users edit, as references for the helper cells on _meta. */
export function settingsCellRefs(anchors: PlanAnchors): { workingDays: string; shiftDeadline: string } {
  const at = (p: { column: number; row: number }) => `${quoteSheetName(anchors.sheet)}!${absCell(p.column, p.row)}`;
  return { workingDays: at(anchors.workingDays), shiftDeadline: at(anchors.shiftDeadline) };
}

export function planNames(anchors: PlanAnchors, holidaysSheet: string): NameSpec[] {
  const { sheet } = anchors;
  const at = (p: { column: number; row: number }) => ref(sheet, absCell(p.column, p.row));
  const column = (key: string): string => {
    const c = anchors.columns.get(key) as number;
    return ref(sheet, absRange(c, anchors.headerRow + 1, c, anchors.headerRow + ROW_CAPACITY));
  };
  const firstHoliday = HOLIDAYS_LAYOUT.headerRow + 1;
  return [
    { name: NAMES.planNumber, refersTo: at(anchors.docNumber) },
    { name: NAMES.planDate, refersTo: at(anchors.issuedOn) },
    { name: NAMES.dueSoonDays, refersTo: at(anchors.dueSoonDays) },
    { name: NAMES.asOf, refersTo: at(anchors.asOf) },
    { name: NAMES.taskCodes, refersTo: column("code") },
    { name: NAMES.taskTexts, refersTo: column("text") },
    { name: NAMES.taskDeadlines, refersTo: column("deadline") },
    { name: NAMES.taskFlags, refersTo: column("flag") },
    { name: NAMES.holidays, refersTo: ref(holidaysSheet, absRange(1, firstHoliday, 1, firstHoliday + ROW_CAPACITY - 1)) },
  ];
}

/** Names of one unit sheet's code, check and number-measure columns (for Tổng quan). */
export function unitNames(
  code: UnitCode,
  sheet: string,
  headerRow: number,
  columns: { code: number; check: number; numberMeasures: number[] },
): NameSpec[] {
  const span = (c: number) => ref(sheet, absRange(c, headerRow + 1, c, headerRow + ROW_CAPACITY));
  return [
    { name: unitCodesName(code), refersTo: span(columns.code) },
    { name: unitChecksName(code), refersTo: span(columns.check) },
    ...columns.numberMeasures.map((c, i) => ({ name: unitMeasureName(code, i + 1), refersTo: span(c) })),
  ];
}
