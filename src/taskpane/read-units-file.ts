/**
 * Reads a unit list the user picked: a .csv (UTF-8 with or without BOM, RFC 4180) or an .xlsx
 * (the sheet named "Đơn vị", else the first visible sheet). Both end in the domain's one unit
 * reader, so a unit is valid or invalid the same way whichever file it came in.
 *
 * The .xlsx is opened with exceljs's browser build, loaded only when an .xlsx is opened, as its
 * own chunk: it is about 1 MB, more than the whole pane. This reads a file the user chose; the
 * workbook itself is only ever touched through the engine and Office.js.
 */
import { fail, type Result } from "../domain/result";
import type { Unit } from "../domain/types";
import { unitsFromRows, type RowCell, type SourceRow } from "../domain/unit-rows";
import { parseUnitsCsv } from "../domain/units-csv";
import { foldVietnamese } from "../domain/unit-fields";
import { decodeText, fileExtension, type PickedFile } from "./picked-file";

/** The tracker's own unit sheet: a file exported from another tracker is read from there. */
const UNITS_SHEET = "đơn vị";

export async function readUnitsFile(file: PickedFile): Promise<Result<Unit[]>> {
  const extension = fileExtension(file.name);
  if (extension !== "csv" && extension !== "xlsx") {
    return fail({ key: "pane.units.fileUnsupported", params: { file: file.name } });
  }
  let bytes: ArrayBuffer;
  let rows: { sheet: string; rows: SourceRow[] } | null = null;
  try {
    bytes = await file.arrayBuffer();
    if (extension === "xlsx") rows = await sheetRows(bytes);
  } catch (error) {
    return fail({ key: "file.unreadable", params: { file: file.name, reason: error instanceof Error ? error.message : String(error) } });
  }
  if (extension === "csv") return parseUnitsCsv(decodeText(bytes), file.name);
  if (!rows) return fail({ key: "pane.units.noSheet", params: { file: file.name } });
  return unitsFromRows(rows.rows, { file: file.name, sheet: rows.sheet });
}

type ExcelJsModule = typeof import("exceljs");
type Worksheet = import("exceljs").Worksheet;

async function loadExcelJs(): Promise<ExcelJsModule> {
  const loaded = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  // The browser build is a UMD bundle: webpack hands it over as the namespace's default.
  return ("default" in loaded && loaded.default ? loaded.default : loaded) as ExcelJsModule;
}

async function sheetRows(bytes: ArrayBuffer): Promise<{ sheet: string; rows: SourceRow[] } | null> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const visible = workbook.worksheets.filter((s) => s.state === undefined || s.state === "visible");
  const sheet = visible.find((s) => foldVietnamese(s.name.normalize("NFC")).trim() === foldVietnamese(UNITS_SHEET)) ?? visible[0];
  if (!sheet) return null;
  return { sheet: sheet.name, rows: rowsOf(sheet) };
}

function rowsOf(sheet: Worksheet): SourceRow[] {
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: RowCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = plainValue(cell.value);
    });
    rows.push({ line, cells });
  });
  return rows;
}

/**
 * A cell as a user sees it: a formula's cached result, the text of rich text or of a link (an
 * email typed in Excel often becomes a mailto link), an error as its code (#N/A).
 */
export function plainValue(value: unknown): RowCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  const v = value as { richText?: Array<{ text: string }>; result?: unknown; formula?: unknown; sharedFormula?: unknown; text?: unknown; error?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((run) => run.text).join("");
  if (v.formula !== undefined || v.sharedFormula !== undefined) return plainValue(v.result);
  if (v.text !== undefined) return plainValue(v.text);
  if (v.error !== undefined) return String(v.error);
  return null;
}
