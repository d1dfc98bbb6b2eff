/**
 * Puts SheetContent on an exceljs worksheet, field by field, touching only what the content
 * names (so the same code creates a sheet and patches one). Order matters: values before
 * merges (exceljs sends a value written to a merged cell to its top-left cell) and before
 * tables (a table takes its header and rows from the cells).
 */
import type { Worksheet } from "exceljs";
import type { ChartSpec, SheetContent } from "../../layout/sheet-spec";
import { parseCellRange, type CellRect } from "../../layout/excel-rules";
import { writeCells, writeHyperlinks } from "./cell-values";
import { applyStyle } from "./cell-styles";
import { applyValidations } from "./data-validations";
import { replaceConditionalFormats } from "./conditional-formats";
import { addTable } from "./excel-tables";
import { applyColumns, applyFreeze, applyMerges, applyPrint, applyProtection, applyRows, applyTabColor } from "./sheet-setup";
import { fitWrappedRows } from "./row-heights";

/** What the package fix-up must still do for this sheet after exceljs has written it. */
export interface SheetAfterWrite {
  /** Priorities of conditional-format rules that stop if true; undefined: unchanged. */
  stopIfTrue?: number[];
  /** Charts of the sheet; undefined: unchanged. */
  charts?: ChartSpec[];
}

/**
 * Rows whose text or wrapping the content sets, so their height may need fitting; every row
 * with a value when a column width changes, since that can re-wrap any row.
 */
function rowsToFit(ws: Worksheet, content: SheetContent): Set<number> {
  const rows = new Set<number>();
  if ((content.columns ?? []).some((column) => column.width !== undefined)) {
    ws.eachRow({ includeEmpty: false }, (_row, n) => rows.add(n));
  } else {
    const addRange = (a1: string, extraRows = 0): void => {
      const range = parseCellRange(a1);
      if (range) for (let r = range.top; r <= range.bottom + extraRows; r++) rows.add(r);
    };
    for (const block of content.cells ?? []) addRange(block.at, block.rows.length - 1);
    for (const styled of content.styles ?? []) if (styled.style.wrap || styled.style.font?.size) addRange(styled.range);
  }
  for (const row of content.rows ?? []) if (row.height !== undefined) rows.delete(row.index);
  return rows;
}

/**
 * `autoRows` are the sheet's rows whose height the host estimated (not set by a spec or a user);
 * they are re-estimated when their content changes.
 */
export async function writeSheetContent(ws: Worksheet, content: SheetContent, autoRows: Set<number>): Promise<SheetAfterWrite> {
  const after: SheetAfterWrite = {};
  if (content.cells) writeCells(ws, content.cells);
  if (content.hyperlinks) writeHyperlinks(ws, content.hyperlinks);
  if (content.columns) applyColumns(ws, content.columns);
  if (content.rows) applyRows(ws, content.rows);
  if (content.merges) applyMerges(ws, content.merges);
  for (const styled of content.styles ?? []) applyStyle(ws, parseCellRange(styled.range) as CellRect, styled.style);
  if (content.validations) applyValidations(ws, content.validations);
  if (content.conditionalFormats) after.stopIfTrue = replaceConditionalFormats(ws, content.conditionalFormats);
  for (const table of content.tables ?? []) addTable(ws, table);
  if (content.freeze) applyFreeze(ws, content.freeze);
  if (content.print) applyPrint(ws, content.print);
  if (content.visibility) ws.state = content.visibility;
  if (content.tabColor !== undefined) applyTabColor(ws, content.tabColor);
  if (content.protection !== undefined) await applyProtection(ws, content.protection);
  if (content.charts) after.charts = content.charts;
  for (const row of content.rows ?? []) if (row.height !== undefined) autoRows.delete(row.index);
  fitWrappedRows(ws, rowsToFit(ws, content), autoRows);
  return after;
}

