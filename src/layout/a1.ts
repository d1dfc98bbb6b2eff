/**
 * A1 addresses as Excel writes them, for the layout and both hosts. Excel's grid is 1,048,576 rows × 16,384 columns (XFD);
 * whole columns ("C:C") and whole rows ("5:5") span the grid.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMNS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

function parseCorner(text: string): { row: number | null; col: number | null } | null {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]), col: columnNumber(cell[1]) };
  const col = COLUMNS.exec(text);
  if (col) return { row: null, col: columnNumber(col[1]) };
  const row = ROWS.exec(text);
  if (row) return { row: Number(row[1]), col: null };
  return null;
}

/** Parses "B5", "B5:H64", "$A$1", "C:E", "5:7" (no sheet part); null when malformed or off the grid. */
export function parseRange(address: string): CellRect | null {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts.some((p) => p.length === 0)) return null;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return null;
  // "C:E" and "5:7" need both corners of the same kind; a lone "C" or "5" is not an address.
  if ((a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) return null;
  if (parts.length === 1 && (a.row === null || a.col === null)) return null;
  const rect: CellRect = {
    top: Math.min(a.row ?? 1, b.row ?? 1),
    bottom: a.row === null ? MAX_ROWS : Math.max(a.row, b.row ?? 0),
    left: Math.min(a.col ?? 1, b.col ?? 1),
    right: a.col === null ? MAX_COLUMNS : Math.max(a.col, b.col ?? 0),
  };
  if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS) return null;
  return rect;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "A1" for one cell, "A1:C3" otherwise; whole columns/rows as Excel writes them ("C:C", "5:5"). */
export function formatRange(rect: CellRect): string {
  if (rect.top === 1 && rect.bottom === MAX_ROWS && !(rect.left === 1 && rect.right === MAX_COLUMNS)) {
    return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  }
  if (rect.left === 1 && rect.right === MAX_COLUMNS && !(rect.top === 1 && rect.bottom === MAX_ROWS)) {
    return `${rect.top}:${rect.bottom}`;
  }
  const start = cellAddress(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${cellAddress(rect.bottom, rect.right)}`;
}

export function rectRows(rect: CellRect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: CellRect): number {
  return rect.right - rect.left + 1;
}

export function rectsIntersect(a: CellRect, b: CellRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function rectContains(outer: CellRect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

/** The rectangle of `rows` × `columns` cells whose top-left cell is `at`. */
export function rectFrom(at: string, rows: number, columns: number): CellRect | null {
  const start = parseRange(at);
  if (!start || rows < 1 || columns < 1) return null;
  const rect = { top: start.top, left: start.left, bottom: start.top + rows - 1, right: start.left + columns - 1 };
  return rect.bottom <= MAX_ROWS && rect.right <= MAX_COLUMNS ? rect : null;
}

/**
 * Quotes a sheet name for use in a reference the way Excel does: names that are not a plain
 * identifier (spaces, punctuation, a leading digit, or something that reads as a cell like "A1")
 * are wrapped in apostrophes, and an apostrophe inside is doubled.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]?\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Kế hoạch'!B5", as used in hyperlinks and defined names. */
export function sheetReference(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}
