/**
 * Sheet-level settings: column widths, row heights, merges, freeze panes, print setup, tab
 * colour, visibility and protection.
 */
import type { Worksheet, WorksheetView } from "exceljs";
import type { ColumnSpec, PrintSpec, ProtectionSpec, RowSpec, SheetContent } from "../../layout/sheet-spec";
import { cell, formatRange, parseCellRange, rectsIntersect, type CellRect } from "../../layout/excel-rules";
import { argb } from "./cell-styles";
import { existingMerges, newCellStyle, type SheetTarget } from "./sheet-target";

export function applyColumns(ws: Worksheet, columns: ColumnSpec[]): void {
  for (const spec of columns) {
    const column = ws.getColumn(spec.index);
    if (spec.width !== undefined) column.width = spec.width;
    if (spec.hidden !== undefined) column.hidden = spec.hidden;
  }
}

/** Heights set here are the spec's own (customHeight): the host never re-estimates them. */
export function applyRows(target: SheetTarget, rows: RowSpec[]): void {
  for (const spec of rows) {
    const row = target.cells.writableRow(spec.index);
    if (spec.height !== undefined) {
      row.height = spec.height;
      row.customHeight = true;
    }
    if (spec.hidden !== undefined) row.hidden = spec.hidden;
  }
}

/**
 * The cells under a merged area other than its top-left one, as exceljs's (un)merge leaves them:
 * no value, and the top-left cell's style once merged, their row's or column's once unmerged.
 */
function markMergedCells(target: SheetTarget, range: CellRect, merged: boolean): void {
  const master = target.cells.cell(range.top, range.left);
  const masterStyle = master ? master.style : newCellStyle(target, range.top, range.left);
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      if (row === range.top && col === range.left) continue;
      const old = target.cells.cell(row, col);
      const style = merged ? masterStyle : newCellStyle(target, row, col);
      if (!merged && !old) continue;
      target.cells.setCell(row, col, { style, data: { kind: "blank" } });
      if (target.cells.links.size > 0) target.cells.links.delete(cell(col, row));
    }
  }
}

/**
 * Merges each range; a merged area it overlaps (from an earlier layout) is unmerged first.
 * `markCells` false: the cells are already as the merges leave them.
 */
export function applyMerges(target: SheetTarget, merges: string[], markCells = true): void {
  const ws = target.ws;
  for (const a1 of merges) {
    const range = parseCellRange(a1) as CellRect;
    const current = existingMerges(ws);
    if (current.some((m) => formatRange(m) === formatRange(range))) continue;
    for (const other of current) {
      if (!rectsIntersect(other, range)) continue;
      ws.unMergeCells(formatRange(other));
      if (markCells) markMergedCells(target, other, false);
    }
    if (range.top === range.bottom && range.left === range.right) continue;
    ws.mergeCells(range.top, range.left, range.bottom, range.right);
    if (markCells) markMergedCells(target, range, true);
  }
}

function currentView(ws: Worksheet): Partial<WorksheetView> {
  return ws.views?.[0] ?? {};
}

export function applyFreeze(ws: Worksheet, freeze: NonNullable<SheetContent["freeze"]>): void {
  const { tabSelected } = currentView(ws) as { tabSelected?: boolean };
  const keep = tabSelected ? { tabSelected } : {};
  if (freeze.rows === 0 && freeze.columns === 0) {
    ws.views = [{ state: "normal", ...keep }];
    return;
  }
  ws.views = [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows, ...keep }];
}

/** OOXML paper size 9 is A4 (ECMA-376 Part 1, 18.3.1.63 pageSetup). */
const PAPER_A4 = 9;

export function applyPrint(ws: Worksheet, print: PrintSpec): void {
  const margins = print.margins;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: print.orientation,
    // "One page wide, as many pages tall as needed" is fitToWidth 1 with fitToHeight 0.
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(print.titleRows ? { printTitlesRow: print.titleRows.replace(/\$/g, "") } : {}),
    ...(print.printArea ? { printArea: print.printArea.replace(/\$/g, "") } : {}),
    ...(print.centerHorizontally !== undefined ? { horizontalCentered: print.centerHorizontally } : {}),
    ...(margins
      ? {
          margins: {
            top: margins.top,
            bottom: margins.bottom,
            left: margins.left,
            right: margins.right,
            header: margins.header ?? 0.3,
            footer: margins.footer ?? 0.3,
          },
        }
      : {}),
  };
  // exceljs puts a manual break below a row: a page that starts at row n breaks after n − 1.
  for (const row of print.pageBreaks ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
  if (print.pageNumbers) {
    // "&C&P": the page number centred in the header; differentFirst leaves page 1 without it.
    const skip = print.pageNumbers.skipFirst;
    ws.headerFooter = { ...ws.headerFooter, differentFirst: skip, oddHeader: "&C&P", ...(skip ? { firstHeader: "" } : {}) };
  }
}

export function applyTabColor(ws: Worksheet, color: string | null): void {
  const properties = ws.properties as { tabColor?: { argb: string } };
  if (color === null) delete properties.tabColor;
  else properties.tabColor = { argb: argb(color) };
}

/**
 * Protection without a password. In the file an attribute such as sort="0" means "not
 * protected", i.e. the action stays allowed (ECMA-376 Part 1, 18.3.1.85 sheetProtection).
 */
export async function applyProtection(ws: Worksheet, protection: ProtectionSpec | null): Promise<void> {
  if (protection === null) {
    ws.unprotect();
    return;
  }
  await ws.protect("", {
    sort: protection.allowSort,
    autoFilter: protection.allowAutoFilter,
    formatColumns: protection.allowFormatColumns,
    formatRows: protection.allowFormatRows,
    insertRows: protection.allowInsertRows,
  });
}
