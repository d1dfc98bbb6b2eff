/**
 * The snapshot: sheets in tab order and ranges read the way Excel's `Range.values` and
 * `Range.formulas` report them.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { RangeRead, ReadRequest, SheetInfo, WorkbookSnapshot } from "../../layout/workbook-host";
import type { Visibility } from "../../layout/sheet-spec";
import { formatRange, parseCellRange, sheetNameKey, type CellRect } from "../../layout/excel-rules";
import { readFormula, readValue } from "./cell-values";
import type { SheetCells } from "./sheet-cells";
import { existingMerges, isMergeSlave } from "./sheet-target";

export function sheetInfos(workbook: Workbook): SheetInfo[] {
  return workbook.worksheets.map((ws, position) => ({ name: ws.name, visibility: (ws.state ?? "visible") as Visibility, position }));
}

/** From A1 to the last row and column holding a value (or under a merged area); "A1" alone for an empty sheet. */
export function usedRangeFromA1(ws: Worksheet, cells: SheetCells): CellRect {
  let { bottom, right } = cells.valueExtent();
  for (const merged of existingMerges(ws)) {
    bottom = Math.max(bottom, merged.bottom);
    right = Math.max(right, merged.right);
  }
  return { top: 1, left: 1, bottom, right };
}

/** Sheet names' keys, remembered: a change to a 500-sheet workbook looks sheets up thousands of times. */
const KEYS = new Map<string, string>();

function keyOf(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size > 10_000) KEYS.clear();
    KEYS.set(name, (key = sheetNameKey(name)));
  }
  return key;
}

/**
 * Worksheets by name, as Excel matches names. exceljs lists its sheets by filtering and sorting
 * them on every call; the index is made once and made again when the host adds, renames or
 * deletes a sheet (it says so with `changed`).
 */
export class SheetFinder {
  private byKey: Map<string, Worksheet> | null = null;

  constructor(private readonly workbook: Workbook) {}

  find(name: string): Worksheet | undefined {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const ws of this.workbook.worksheets) if (!this.byKey.has(keyOf(ws.name))) this.byKey.set(keyOf(ws.name), ws);
    }
    return this.byKey.get(keyOf(name));
  }

  changed(): void {
    this.byKey = null;
  }
}

function readRange(sheets: SheetFinder, cellsOf: (ws: Worksheet) => SheetCells, request: ReadRequest): RangeRead {
  const ws = sheets.find(request.sheet);
  if (!ws) return { request, found: false, address: null, values: [] };
  const cells = cellsOf(ws);
  const range = request.range ? parseCellRange(request.range) : usedRangeFromA1(ws, cells);
  // A malformed address is a programming error of the caller, not a user's input.
  if (!range) throw new Error(`not an A1 range: ${request.range}`);
  const merges = existingMerges(ws);
  const values: RangeRead["values"] = [];
  const formulas: NonNullable<RangeRead["formulas"]> = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row = cells.row(r);
    const rowValues: RangeRead["values"][number] = [];
    const rowFormulas: NonNullable<RangeRead["formulas"]>[number] = [];
    for (let c = range.left; c <= range.right; c++) {
      const record = row?.cells.get(c);
      const slave = merges.length > 0 && isMergeSlave(merges, r, c);
      rowValues.push(readValue(record, slave));
      if (request.formulas) rowFormulas.push(readFormula(record, slave));
    }
    values.push(rowValues);
    if (request.formulas) formulas.push(rowFormulas);
  }
  return { request, found: true, address: formatRange(range), values, ...(request.formulas ? { formulas } : {}) };
}

export function snapshotOf(sheets: SheetFinder, workbook: Workbook, cellsOf: (ws: Worksheet) => SheetCells, requests: ReadRequest[]): WorkbookSnapshot {
  return { sheets: sheetInfos(workbook), ranges: requests.map((request) => readRange(sheets, cellsOf, request)) };
}
