/**
 * A1 addresses for the file host: the shared parser (src/layout/a1.ts) under the names this host
 * uses (exceljs speaks row and column numbers), plus its own quoting.
 */
import { parseRange as parseA1, type CellRect } from "../../layout/a1";

export { MAX_COLUMNS, MAX_ROWS, cellAddress, columnLetters, columnNumber } from "../../layout/a1";
export { formatRange as rangeAddress, rectsIntersect as rangesIntersect, rectContains as rangeContains } from "../../layout/a1";

export interface CellRef {
  row: number;
  col: number;
}

export type RangeRef = CellRect;

/** "B5" → {row: 5, col: 2}; null when it is not one cell inside Excel's grid. */
export function parseCell(a1: string): CellRef | null {
  if (a1.includes(":")) return null;
  const rect = parseA1(a1);
  return rect && rect.top === rect.bottom && rect.left === rect.right ? { row: rect.top, col: rect.left } : null;
}

/** "B5:H64" or a single cell "B5"; corners may come in any order. Whole rows/columns are refused. */
export function parseRange(a1: string): RangeRef | null {
  return a1.split(":").every((corner) => parseCell(corner) !== null) ? parseA1(a1) : null;
}

/** Sheet name as this host writes it in formulas and links: always quoted, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
