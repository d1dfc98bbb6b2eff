/**
 * A worksheet as the host writes it: exceljs's sheet for the sheet-level settings, the host's
 * own cells (SheetCells), and the workbook's styles. Merges live in exceljs (it writes
 * <mergeCells>) and decide which cells take values.
 */
import type { Style, Worksheet } from "exceljs";
import type { CellRect } from "../../layout/excel-rules";
import { NO_STYLE, type SheetCells } from "./sheet-cells";
import type { StyleBook } from "./style-book";

export interface SheetTarget {
  ws: Worksheet;
  cells: SheetCells;
  book: StyleBook;
}

/** exceljs keeps merges in a private map keyed by the top-left address. */
export function existingMerges(ws: Worksheet): CellRect[] {
  const merges = (ws as unknown as { _merges: Record<string, { model: CellRect }> })._merges;
  return Object.values(merges).map((m) => m.model);
}

/** The merged area `(row, col)` lies in, or null. */
export function mergeAt(merges: readonly CellRect[], row: number, col: number): CellRect | null {
  for (const m of merges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  return null;
}

/** A cell under a merged area other than its top-left one: Excel keeps no value there. */
export function isMergeSlave(merges: readonly CellRect[], row: number, col: number): boolean {
  const m = mergeAt(merges, row, col);
  return m !== null && (m.top !== row || m.left !== col);
}

function columnStyle(ws: Worksheet, col: number): Partial<Style> | undefined {
  const style = (ws as unknown as { _columns: ({ style?: Partial<Style> } | undefined)[] | null })._columns?.[col - 1]?.style;
  return style && Object.keys(style).length > 0 ? style : undefined;
}

/**
 * The style a cell starts with when first written: its row's style, else its column's, part by
 * part, as exceljs gives a cell it creates.
 */
export function newCellStyle(target: SheetTarget, row: number, col: number): number {
  const rowStyleId = target.cells.row(row)?.style;
  const rowStyle = rowStyleId === undefined ? undefined : target.book.model(rowStyleId);
  const colStyle = columnStyle(target.ws, col);
  if (!rowStyle && !colStyle) return NO_STYLE;
  const style: Partial<Style> = {};
  for (const part of ["numFmt", "font", "alignment", "border", "fill", "protection"] as const) {
    const value = rowStyle?.[part] ?? colStyle?.[part];
    if (value) (style as Record<string, unknown>)[part] = value;
  }
  return target.book.idOf(style);
}
