/**
 * Sheet-level settings: column widths, row heights, merges, freeze panes, print setup, tab
 * colour, visibility and protection.
 */
import type { Worksheet, WorksheetView } from "exceljs";
import type { ColumnSpec, PrintSpec, ProtectionSpec, RowSpec, SheetContent } from "../../layout/sheet-spec";
import { formatRange, parseCellRange, rectsIntersect, type CellRect } from "../../layout/excel-rules";
import { argb } from "./cell-styles";

export function applyColumns(ws: Worksheet, columns: ColumnSpec[]): void {
  for (const spec of columns) {
    const column = ws.getColumn(spec.index);
    if (spec.width !== undefined) column.width = spec.width;
    if (spec.hidden !== undefined) column.hidden = spec.hidden;
  }
}

export function applyRows(ws: Worksheet, rows: RowSpec[]): void {
  for (const spec of rows) {
    const row = ws.getRow(spec.index);
    if (spec.height !== undefined) row.height = spec.height;
    if (spec.hidden !== undefined) row.hidden = spec.hidden;
  }
}

/** exceljs keeps merges in a private map keyed by the top-left address. */
function existingMerges(ws: Worksheet): CellRect[] {
  const merges = (ws as unknown as { _merges: Record<string, { model: CellRect }> })._merges;
  return Object.values(merges).map((m) => m.model);
}

/** Merges each range; a merged area it overlaps (from an earlier layout) is unmerged first. */
export function applyMerges(ws: Worksheet, merges: string[]): void {
  for (const a1 of merges) {
    const range = parseCellRange(a1) as CellRect;
    const current = existingMerges(ws);
    if (current.some((m) => formatRange(m) === formatRange(range))) continue;
    for (const other of current) if (rectsIntersect(other, range)) ws.unMergeCells(formatRange(other));
    if (range.top === range.bottom && range.left === range.right) continue;
    ws.mergeCells(range.top, range.left, range.bottom, range.right);
  }
}

function currentView(ws: Worksheet): Partial<WorksheetView> {
  return ws.views[0] ?? {};
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
