/**
 * A1 addresses as Excel writes them, for the layouts, both hosts and the change validation.
 * Layouts think in 1-based column and row numbers, sheets in A1 text; this is the one translation.
 * Excel's grid is 1,048,576 rows × 16,384 columns (XFD); whole columns ("C:C") and whole rows
 * ("5:5") span it.
 */
import { columnLetters } from "../../domain/column-letters";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One cell, 1-based. */
export interface CellRef {
  row: number;
  col: number;
}

// Domain names cells too (problems in an imported sheet), so the letters live there.
export { columnLetters };

function lettersToNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based column of "A", "AB" … "XFD" (either case); null for anything else. */
export function columnNumber(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  const n = lettersToNumber(letters);
  return n <= MAX_COLUMNS ? n : null;
}

/** "B5" for column 2, row 5. */
export function cell(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

export function range(left: number, top: number, right: number, bottom: number): string {
  return `${cell(left, top)}:${cell(right, bottom)}`;
}

/** "$B$5": stays put when a formula is filled or copied. */
export function absCell(column: number, row: number): string {
  return `$${columnLetters(column)}$${row}`;
}

export function absRange(left: number, top: number, right: number, bottom: number): string {
  return `${absCell(left, top)}:${absCell(right, bottom)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMNS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

function parseCorner(text: string): { row: number | null; col: number | null } | null {
  const cellMatch = CELL.exec(text);
  if (cellMatch) return { row: Number(cellMatch[2]), col: lettersToNumber(cellMatch[1]) };
  const col = COLUMNS.exec(text);
  if (col) return { row: null, col: lettersToNumber(col[1]) };
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

/** "B5" → {row: 5, col: 2}; null when it is not one cell inside Excel's grid. */
export function parseCell(address: string): CellRef | null {
  if (address.includes(":")) return null;
  const rect = parseRange(address);
  return rect && rect.top === rect.bottom && rect.left === rect.right ? { row: rect.top, col: rect.left } : null;
}

/**
 * "B5:H64" or a single cell "B5", corners in any order; whole rows and columns are refused. A sheet
 * spec addresses cells this way, and a file host writes every cell of a range it is given.
 */
export function parseCellRange(address: string): CellRect | null {
  return address.split(":").every((corner) => parseCell(corner) !== null) ? parseRange(address) : null;
}

/** "A1" for one cell, "A1:C3" otherwise; whole columns/rows as Excel writes them ("C:C", "5:5"). */
export function formatRange(rect: CellRect): string {
  if (rect.top === 1 && rect.bottom === MAX_ROWS && !(rect.left === 1 && rect.right === MAX_COLUMNS)) {
    return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  }
  if (rect.left === 1 && rect.right === MAX_COLUMNS && !(rect.top === 1 && rect.bottom === MAX_ROWS)) {
    return `${rect.top}:${rect.bottom}`;
  }
  const start = cell(rect.left, rect.top);
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${cell(rect.right, rect.bottom)}`;
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
