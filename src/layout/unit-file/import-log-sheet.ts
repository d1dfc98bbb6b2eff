/**
 * "Nhật ký nhập báo cáo": one row per unit file an import wrote from, so the office can say
 * later which figures came from which file and when. Rows are only ever added below the last
 * row holding anything, so rows staff annotated or sorted are never written over.
 */
import type { IsoDate } from "../../domain/types";
import { t, type MessageKey } from "../../i18n/messages";
import { cell, range } from "../excel-rules";
import type { CellContent, SheetContent, SheetSpec } from "../sheet-spec";
import type { RangeRead } from "../workbook-host";
import { date, num, text } from "../tracker/cells";
import { DATE_FORMAT, TABLE_HEADER_STYLE, trackerSheetNames } from "../tracker/geometry";
import { SheetGrid } from "../tracker/sheet-grid";

/** A sheet name of the tracker's own, so no unit takes it: never translated. */
export const IMPORT_LOG_SHEET = trackerSheetNames().unitImportLog;
const HEADER_ROW = 3;

const COLUMNS: ReadonlyArray<{ header: MessageKey; width: number }> = [
  { header: "unitFile.log.importedOn", width: 13 },
  { header: "unitFile.log.file", width: 44 },
  { header: "unitFile.log.unitCode", width: 11 },
  { header: "unitFile.log.unitName", width: 40 },
  { header: "unitFile.log.cells", width: 12 },
  { header: "unitFile.log.conflicts", width: 14 },
];

export interface ImportLogRow {
  importedOn: IsoDate;
  file: string;
  unit: string;
  unitName: string;
  cellsChanged: number;
  conflictsLeft: number;
}

function rowCells(row: ImportLogRow): CellContent[] {
  return [date(row.importedOn), text(row.file), text(row.unit), text(row.unitName), num(row.cellsChanged), num(row.conflictsLeft)];
}

function rowsContent(rows: readonly ImportLogRow[], first: number): SheetContent {
  return {
    cells: [{ at: cell(1, first), rows: rows.map(rowCells) }],
    styles: [
      { range: range(1, first, COLUMNS.length, first + rows.length - 1), style: { borders: [{ edges: "all", style: "thin", color: "#BFBFBF" }], vertical: "top" } },
      { range: range(1, first, 1, first + rows.length - 1), style: { numberFormat: DATE_FORMAT } },
    ],
  };
}

/** The log made with its first rows. */
export function importLogSheet(rows: readonly ImportLogRow[]): SheetSpec {
  const body = rowsContent(rows, HEADER_ROW + 1);
  return {
    name: IMPORT_LOG_SHEET,
    cells: [
      { at: "A1", rows: [[text(t("unitFile.log.title"))]] },
      { at: cell(1, HEADER_ROW), rows: [COLUMNS.map((c) => text(t(c.header)))] },
      ...(body.cells ?? []),
    ],
    styles: [{ range: "A1", style: { font: { bold: true, size: 14 } } }, { range: range(1, HEADER_ROW, COLUMNS.length, HEADER_ROW), style: TABLE_HEADER_STYLE }, ...(body.styles ?? [])],
    columns: COLUMNS.map((c, i) => ({ index: i + 1, width: c.width })),
    freeze: { rows: HEADER_ROW, columns: 0 },
  };
}

/** Rows added below whatever the log holds now. */
export function importLogPatch(read: RangeRead, rows: readonly ImportLogRow[]): SheetContent {
  const last = Math.max(SheetGrid.from(read).lastRow, HEADER_ROW);
  return rowsContent(rows, last + 1);
}
