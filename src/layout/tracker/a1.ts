/** A1 addresses from 1-based column and row numbers (the layout thinks in numbers, sheets in A1). */
import { columnLetters, columnNumber as sharedColumnNumber, parseRange, type CellRect } from "../a1";

export { columnLetters };

/** 1-based column of "A", "AB"…; null for anything else. */
export function columnNumber(letters: string): number | null {
  return /^[A-Za-z]{1,3}$/.test(letters) ? sharedColumnNumber(letters) : null;
}

export function cell(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

export function range(left: number, top: number, right: number, bottom: number): string {
  return `${cell(left, top)}:${cell(right, bottom)}`;
}

export function absCell(column: number, row: number): string {
  return `$${columnLetters(column)}$${row}`;
}

export function absRange(left: number, top: number, right: number, bottom: number): string {
  return `${absCell(left, top)}:${absCell(right, bottom)}`;
}

/** Parses "B5" or "B5:H64" into 1-based numbers. */
export function parseA1Range(a1: string): CellRect | null {
  return parseRange(a1);
}
