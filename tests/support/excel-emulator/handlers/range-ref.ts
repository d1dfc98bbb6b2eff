/** Range references and the checks every write through a Range makes. */
import { type CellRect, MAX_COLUMNS, MAX_ROWS, parseRange, rectColumns, rectRows } from "../../../../src/layout/excel-rules";
import { accessDenied, invalidArgument } from "../excel-errors";
import { sameSheetName } from "../sheet-name-rules";
import type { Ref } from "../object-model";
import { cellKey, type EmuSheet, type EmulatedWorkbook } from "../workbook-model";

export const WHOLE_SHEET: CellRect = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

export const rangeRef = (sheet: EmuSheet, rect: CellRect): Ref => ({ type: "Range", sheetId: sheet.id, rect });

/** Worksheet.getRange(address): no address means the whole sheet; a "Sheet!A1" prefix must name this sheet. */
export function resolveRangeArgument(sheet: EmuSheet, address: unknown): Ref {
  if (address === undefined || address === null || address === "") return rangeRef(sheet, WHOLE_SHEET);
  let text = String(address);
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const prefix = text.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    if (!sameSheetName(prefix, sheet.name)) throw invalidArgument();
    text = text.slice(bang + 1);
  }
  const rect = parseRange(text);
  if (!rect) throw invalidArgument();
  return rangeRef(sheet, rect);
}

export function rangeParts(ref: Ref, wb: EmulatedWorkbook): { sheet: EmuSheet; rect: CellRect } {
  return { sheet: wb.sheet(ref.sheetId ?? ""), rect: ref.rect as CellRect };
}

/** The emulator refuses to materialise huge ranges cell by cell (Excel itself caps reads at 5M cells). */
export const CELL_LIMIT = 2_000_000;

export function cellCount(rect: CellRect): number {
  return rectRows(rect) * rectColumns(rect);
}

/**
 * A protected sheet refuses formatting and structural changes (Excel: "The cell or chart you're
 * trying to change is on a protected sheet"); the API reports AccessDenied.
 */
export function assertFormattable(sheet: EmuSheet, allowedBy?: string): void {
  if (!sheet.protection.protected) return;
  if (allowedBy && sheet.protection.options[allowedBy]) return;
  throw accessDenied();
}

/** On a protected sheet only unlocked cells accept values (the "Locked" cell flag, on by default). */
export function assertWritable(wb: EmulatedWorkbook, sheet: EmuSheet, rect: CellRect): void {
  if (!sheet.protection.protected) return;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (wb.formatAt(sheet, r, c).locked) throw accessDenied();
    }
  }
}

export { cellKey };
