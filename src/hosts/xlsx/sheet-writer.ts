/**
 * Puts SheetContent on a sheet (the host's cells and exceljs's sheet-level settings), field by
 * field, touching only what the content names (so the same code creates a sheet and patches
 * one). Order matters: values before merges (a merge clears the cells it hides) and before
 * tables (a table takes its header from the cells).
 */
import type { ChartSpec, SheetContent } from "../../layout/sheet-spec";
import { parseCellRange, type CellRect } from "../../layout/excel-rules";
import { existingMerges, type SheetTarget } from "./sheet-target";
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
function rowsToFit(target: SheetTarget, content: SheetContent): Set<number> {
  const rows = new Set<number>();
  if ((content.columns ?? []).some((column) => column.width !== undefined)) {
    for (const r of target.cells.rowNumbers()) if (target.cells.row(r)?.cells.some((record) => record.data.kind !== "blank")) rows.add(r);
    for (const merged of existingMerges(target.ws)) for (let r = merged.top; r <= merged.bottom; r++) rows.add(r);
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

/** The fields after the styles: settings kept by exceljs, and tables over the cells written. */
async function writeLaterSettings(target: SheetTarget, content: SheetContent): Promise<SheetAfterWrite> {
  const ws = target.ws;
  const after: SheetAfterWrite = {};
  if (content.validations) applyValidations(ws, content.validations);
  if (content.conditionalFormats) after.stopIfTrue = replaceConditionalFormats(ws, content.conditionalFormats);
  for (const table of content.tables ?? []) addTable(target, table);
  if (content.freeze) applyFreeze(ws, content.freeze);
  if (content.print) applyPrint(ws, content.print);
  if (content.visibility) ws.state = content.visibility;
  if (content.tabColor !== undefined) applyTabColor(ws, content.tabColor);
  if (content.protection !== undefined) await applyProtection(ws, content.protection);
  if (content.charts) after.charts = content.charts;
  return after;
}

/** Writes `content`; returns what the package fix-up must still add for it. */
export async function writeSheetContent(target: SheetTarget, content: SheetContent): Promise<SheetAfterWrite> {
  if (content.cells) writeCells(target, content.cells);
  if (content.hyperlinks) writeHyperlinks(target, content.hyperlinks);
  if (content.columns) applyColumns(target.ws, content.columns);
  if (content.rows) applyRows(target, content.rows);
  if (content.merges) applyMerges(target, content.merges);
  for (const styled of content.styles ?? []) applyStyle(target, parseCellRange(styled.range) as CellRect, styled.style);
  const after = await writeLaterSettings(target, content);
  fitWrappedRows(target, rowsToFit(target, content));
  return after;
}

/**
 * The settings of a full spec on a new sheet whose cells already are what the spec's cells,
 * rows, styles and merges make of them (a template's, shared by its copy).
 */
export async function writeSheetSettings(target: SheetTarget, content: SheetContent): Promise<SheetAfterWrite> {
  if (content.columns) applyColumns(target.ws, content.columns);
  if (content.merges) applyMerges(target, content.merges, false);
  return writeLaterSettings(target, content);
}
