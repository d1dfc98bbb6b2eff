/**
 * Heights for rows whose wrapped text needs more than one line. Excel sizes such rows itself
 * when it shows them, but LibreOffice (7.4) keeps the stored or default height when it opens an
 * .xlsx, so wrapped text spills over its neighbours in LibreOffice and in PDFs made with it.
 * The host therefore stores an estimated height, marked as not custom (customHeight absent), so
 * Excel still re-fits the row when its text changes.
 */
import type { Worksheet } from "exceljs";
import { cell as cellAddress, type CellRect } from "../../layout/excel-rules";
import { existingMerges, mergeAt, type SheetTarget } from "./sheet-target";

/** Excel's default column width in characters (Calibri 11) and row height in points. */
const DEFAULT_COLUMN_WIDTH = 8.43;
const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;
/**
 * Characters of ordinary Vietnamese text per unit of column width at 11 pt, measured on
 * LibreOffice's PDF output (Liberation Serif/Carlito); kept low so estimates err on the tall side.
 */
const CHARS_PER_WIDTH_UNIT = 1.2;
/** Line height as a multiple of the font size, as Excel and LibreOffice lay out text. */
const LINE_HEIGHT = 1.3;

function columnWidth(ws: Worksheet, col: number): number {
  return ws.getColumn(col).width ?? DEFAULT_COLUMN_WIDTH;
}

/** Width of the cell in characters: a merged area spans its columns; null when it spans rows or the cell is hidden under it. */
function cellWidth(ws: Worksheet, merges: readonly CellRect[], row: number, col: number): number | null {
  const merged = mergeAt(merges, row, col);
  if (!merged) return columnWidth(ws, col);
  if (merged.top !== row || merged.left !== col || merged.bottom > row) return null;
  let width = 0;
  for (let c = merged.left; c <= merged.right; c++) width += columnWidth(ws, c);
  return width;
}

/** The height, in points, that the row's wrapped cells need; null when one line suffices. */
export function estimatedRowHeight(target: SheetTarget, rowNumber: number, merges = existingMerges(target.ws)): number | null {
  const row = target.cells.row(rowNumber);
  if (!row) return null;
  let needed = 0;
  row.cells.forEach((record, col) => {
    // A link's text is not laid out as wrapped text by the estimate (exceljs held links as objects).
    if (record.data.kind !== "text" || record.data.text === "") return;
    if (target.cells.links.size > 0 && target.cells.links.has(cellAddress(col, rowNumber))) return;
    const style = target.book.model(record.style);
    if (!style.alignment?.wrapText) return;
    const width = cellWidth(target.ws, merges, rowNumber, col);
    if (width === null) return;
    const size = style.font?.size ?? DEFAULT_FONT_SIZE;
    const perLine = Math.max(1, Math.floor((width * CHARS_PER_WIDTH_UNIT * DEFAULT_FONT_SIZE) / size));
    const lines = record.data.text.split(/\r?\n/).reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
    if (lines > 1) needed = Math.max(needed, Math.ceil(lines * size * LINE_HEIGHT + 2));
  });
  return needed > DEFAULT_ROW_HEIGHT ? needed : null;
}

/**
 * Sets estimated heights on `rows` that have no height of their own (none, or one the host
 * estimated earlier); such heights are written without customHeight.
 */
export function fitWrappedRows(target: SheetTarget, rows: Iterable<number>): void {
  const merges = existingMerges(target.ws);
  for (const rowNumber of rows) {
    const row = target.cells.row(rowNumber);
    if (!row || (row.height !== undefined && row.customHeight)) continue;
    const height = estimatedRowHeight(target, rowNumber, merges);
    const next = height ?? (row.height !== undefined ? DEFAULT_ROW_HEIGHT : undefined);
    if (next === undefined || next === row.height) continue;
    const writable = target.cells.writableRow(rowNumber);
    writable.height = next;
    writable.customHeight = false;
  }
}
