/**
 * Excel tables over cells already written. exceljs's addTable rewrites the range from the rows
 * it is given, so the rows are taken from the sheet itself and written back unchanged.
 *
 * Header cells follow Excel's own rule when a table is created over a header row (Microsoft
 * support, "Turn Excel table headers on or off"): headers are text, a blank header becomes
 * "ColumnN" and a repeated one gets a number, and the table's column names equal the header
 * cells exactly — a mismatch is what makes Excel "repair" a file.
 */
import type { Worksheet } from "exceljs";
import type { TableSpec } from "../../layout/sheet-spec";
import { parseCellRange, type CellRect } from "../../layout/excel-rules";
import { readValue } from "./cell-values";

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

export function addTable(ws: Worksheet, spec: TableSpec): void {
  const range = parseCellRange(spec.range) as CellRect;
  for (const existing of tableRanges(ws)) {
    if (existing.name.toLowerCase() === spec.name.toLowerCase()) ws.removeTable(existing.name);
  }
  const raw: string[] = [];
  for (let col = range.left; col <= range.right; col++) {
    const value = readValue(ws.getCell(range.top, col));
    raw.push(value === null ? "" : String(value));
  }
  const headers = tableHeaders(raw);
  headers.forEach((header, i) => {
    const cell = ws.getCell(range.top, range.left + i);
    if (cell.value !== header) cell.value = header;
  });
  const rows: unknown[][] = [];
  for (let row = range.top + 1; row <= range.bottom; row++) {
    const values: unknown[] = [];
    for (let col = range.left; col <= range.right; col++) values.push(ws.getCell(row, col).value);
    rows.push(values);
  }
  // A table needs one data row; Excel adds an empty one when a table is made on a header alone.
  if (rows.length === 0) rows.push(headers.map(() => null));
  const showButtons = spec.showFilterButton ?? true;
  ws.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: spec.range.split(":")[0],
    headerRow: true,
    totalsRow: false,
    style: { theme: (spec.style ?? "TableStyleMedium2") as never, showRowStripes: true },
    columns: headers.map((header) => ({ name: columnNameInFile(header), filterButton: showButtons })),
    rows: rows as never,
  });
  // exceljs's store() wrote the (escaped) column names into the header cells: put the text back.
  headers.forEach((header, i) => {
    ws.getCell(range.top, range.left + i).value = header;
  });
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
