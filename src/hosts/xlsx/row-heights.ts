/**
 * Heights for rows whose wrapped text needs more than one line. Excel sizes such rows itself
 * when it shows them, but LibreOffice (7.4) keeps the stored or default height when it opens an
 * .xlsx, so wrapped text spills over its neighbours in LibreOffice and in PDFs made with it.
 * The host therefore stores an estimated height, marked as not custom (customHeight absent), so
 * Excel still re-fits the row when its text changes.
 */
import type { Cell, Worksheet } from "exceljs";

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

/** Width of the cell in characters: a merged area spans its columns; null when it spans rows. */
function cellWidth(ws: Worksheet, cell: Cell): number | null {
  if (!cell.isMerged) return columnWidth(ws, Number(cell.col));
  if (cell.master !== cell) return null;
  let width = columnWidth(ws, Number(cell.col));
  let right = Number(cell.col) + 1;
  while (ws.getCell(Number(cell.row), right).master === cell) width += columnWidth(ws, right++);
  if (ws.getCell(Number(cell.row) + 1, Number(cell.col)).master === cell) return null;
  return width;
}

function textOf(cell: Cell): string {
  const value = cell.value;
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) return value.richText.map((run) => run.text).join("");
  return "";
}

/** The height, in points, that the row's wrapped cells need; null when one line suffices. */
export function estimatedRowHeight(ws: Worksheet, rowNumber: number): number | null {
  const row = ws.findRow(rowNumber);
  if (!row) return null;
  let needed = 0;
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (!cell.alignment?.wrapText) return;
    const width = cellWidth(ws, cell);
    const text = textOf(cell);
    if (width === null || text === "") return;
    const size = cell.font?.size ?? DEFAULT_FONT_SIZE;
    const perLine = Math.max(1, Math.floor((width * CHARS_PER_WIDTH_UNIT * DEFAULT_FONT_SIZE) / size));
    const lines = text.split(/\r?\n/).reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
    if (lines > 1) needed = Math.max(needed, Math.ceil(lines * size * LINE_HEIGHT + 2));
  });
  return needed > DEFAULT_ROW_HEIGHT ? needed : null;
}

/** Sets estimated heights on `rows` that have no height of their own; returns the rows it sized. */
export function fitWrappedRows(ws: Worksheet, rows: Iterable<number>, autoRows: Set<number>): void {
  for (const rowNumber of rows) {
    const row = ws.findRow(rowNumber);
    if (!row || (row.height !== undefined && !autoRows.has(rowNumber))) continue;
    const height = estimatedRowHeight(ws, rowNumber);
    if (height !== null) {
      row.height = height;
      autoRows.add(rowNumber);
    } else if (autoRows.has(rowNumber)) {
      row.height = DEFAULT_ROW_HEIGHT;
    }
  }
}

/** Removes customHeight from the rows the host sized, in a saved worksheet part. */
export function unmarkCustomHeights(sheetXml: string, autoRows: ReadonlySet<number>): string {
  if (autoRows.size === 0) return sheetXml;
  return sheetXml.replace(/<row r="(\d+)"([^>]*?) customHeight="1"/g, (whole, row: string, between: string) =>
    autoRows.has(Number(row)) ? `<row r="${row}"${between}` : whole,
  );
}

/** Rows of a worksheet part stored with a height that is not custom (sized by Excel or by us). */
export function autoHeightRows(sheetXml: string): Set<number> {
  const rows = new Set<number>();
  for (const m of sheetXml.matchAll(/<row\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\bht="/.test(tag) || /\bcustomHeight="(1|true)"/.test(tag)) continue;
    const r = /\br="(\d+)"/.exec(tag);
    if (r) rows.add(Number(r[1]));
  }
  return rows;
}
