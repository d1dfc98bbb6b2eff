/**
 * A1 addresses as numbers: the sheet spec speaks A1 ("B5:H64"), exceljs mostly speaks row and
 * column numbers. Only the forms the spec uses are accepted (optional "$", no sheet prefix).
 */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's grid (Excel specifications and limits): 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function columnLetters(col: number): string {
  let n = col;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B5" → {row: 5, col: 2}; null when it is not a cell inside Excel's grid. */
export function parseCell(a1: string): CellRef | null {
  const m = CELL.exec(a1.trim());
  if (!m) return null;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || col < 1 || col > MAX_COLUMNS) return null;
  return { row, col };
}

/** "B5:H64" or a single cell "B5"; corners may come in any order. */
export function parseRange(a1: string): RangeRef | null {
  const parts = a1.split(":");
  if (parts.length > 2) return null;
  const first = parseCell(parts[0]);
  const second = parts.length === 2 ? parseCell(parts[1]) : first;
  if (!first || !second) return null;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.col, second.col),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.col, second.col),
  };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeAddress(range: RangeRef): string {
  const tl = cellAddress(range.top, range.left);
  const br = cellAddress(range.bottom, range.right);
  return tl === br ? tl : `${tl}:${br}`;
}

export function rangesIntersect(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function rangeContains(outer: RangeRef, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

/** Sheet name as it must appear in a formula or link: always quoted, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
