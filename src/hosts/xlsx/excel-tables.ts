/**
 * Excel tables over cells already written. The table itself (its part, columns, filter buttons,
 * style) is exceljs's to write; its cells are the host's, so the table is given to exceljs as a
 * model, without exceljs's addTable, which would also write every row into exceljs's cells.
 *
 * Header cells follow Excel's own rule when a table is created over a header row (Microsoft
 * support, "Turn Excel table headers on or off"): headers are text, a blank header becomes
 * "ColumnN" and a repeated one gets a number, and the table's column names equal the header
 * cells exactly — a mismatch is what makes Excel "repair" a file.
 */
import type { Worksheet } from "exceljs";
import type { TableSpec } from "../../layout/sheet-spec";
import { cell, formatRange, parseCellRange, type CellRect } from "../../layout/excel-rules";
import { readValue, writeCell } from "./cell-values";
import { existingMerges, isMergeSlave, type SheetTarget } from "./sheet-target";

/** Excel headers as they must be written: non-empty, unique ignoring case. */
export function tableHeaders(raw: string[]): string[] {
  const used = new Set<string>();
  return raw.map((text, i) => {
    const base = text.trim() === "" ? `Column${i + 1}` : text;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * In OOXML attributes a line break would be read back as a space, so table column names write
 * it as the ST_Xstring escape "_x000a_" (and protect a literal "_xHHHH_" with "_x005f_").
 */
export function columnNameInFile(header: string): string {
  return header
    .replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005f_$1")
    .replace(/\r/g, "_x000d_")
    .replace(/\n/g, "_x000a_");
}

interface TableInternals {
  table?: { tableRef?: string; ref?: string; style?: unknown };
}

/** The ranges of the sheet's tables, by name (written by us or read from a file). */
export function tableRanges(ws: Worksheet): { name: string; range: CellRect }[] {
  const tables = (ws as unknown as { tables: Record<string, TableInternals> }).tables;
  const result: { name: string; range: CellRect }[] = [];
  for (const [name, table] of Object.entries(tables)) {
    const ref = table.table?.tableRef ?? table.table?.ref;
    const range = ref ? parseCellRange(ref) : null;
    if (range) result.push({ name, range });
  }
  return result;
}

/** What exceljs's writer reads of a table: its model, as exceljs's Table class holds it. */
interface TableObject {
  table: Record<string, unknown>;
  readonly model: Record<string, unknown>;
}

export function addTable(target: SheetTarget, spec: TableSpec): void {
  const { ws, cells } = target;
  const range = parseCellRange(spec.range) as CellRect;
  for (const existing of tableRanges(ws)) {
    if (existing.name.toLowerCase() === spec.name.toLowerCase()) ws.removeTable(existing.name);
  }
  const merges = existingMerges(ws);
  const raw: string[] = [];
  for (let col = range.left; col <= range.right; col++) {
    const value = readValue(cells.cell(range.top, col), isMergeSlave(merges, range.top, col));
    raw.push(value === null ? "" : String(value));
  }
  const headers = tableHeaders(raw);
  headers.forEach((header, i) => {
    const col = range.left + i;
    const current = cells.cell(range.top, col);
    const isText = current?.data.kind === "text" && current.data.text === header && !cells.links.has(cell(col, range.top));
    if (!isText) writeCell(target, range.top, col, { kind: "text", text: header });
  });
  // A table needs one data row; Excel adds an empty one when a table is made on a header alone.
  const bottom = Math.max(range.bottom, range.top + 1);
  if (range.bottom === range.top) for (let col = range.left; col <= range.right; col++) writeCell(target, bottom, col, { kind: "blank" });
  const ref = formatRange({ ...range, bottom });
  const showButtons = spec.showFilterButton ?? true;
  const model: Record<string, unknown> = {
    name: spec.name,
    displayName: spec.name,
    ref: cell(range.left, range.top),
    headerRow: true,
    totalsRow: false,
    style: { theme: spec.style ?? "TableStyleMedium2", showFirstColumn: false, showLastColumn: false, showRowStripes: true, showColumnStripes: false },
    columns: headers.map((header, i) => ({
      name: columnNameInFile(header),
      filterButton: showButtons,
      ...(i === 0 ? { totalsRowLabel: "Total" } : { totalsRowFunction: "none", totalsRowFormula: null }),
    })),
    rows: [],
    tl: { row: range.top, col: range.left },
    autoFilterRef: ref,
    tableRef: ref,
  };
  const table: TableObject = {
    table: model,
    get model() {
      return this.table;
    },
  };
  (ws as unknown as { tables: Record<string, TableObject> }).tables[spec.name] = table;
}

/**
 * A table read from a file without <tableStyleInfo> (LibreOffice 7.4 writes none) has no style in
 * exceljs, whose writer then fails on it. The element is optional (ECMA-376 Part 1, 18.5.1.5):
 * its absence means no style, which an unnamed style with every option off writes back.
 */
export function completeTableStyles(ws: Worksheet): void {
  const tables = (ws as unknown as { tables: Record<string, TableInternals> }).tables;
  for (const table of Object.values(tables)) {
    if (table.table && !table.table.style) {
      table.table.style = { showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
    }
  }
}
