/** A1 addresses from 1-based column and row numbers (the layout thinks in numbers, sheets in A1). */

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

/** 1-based column of "A", "AB"…; null for anything else. */
export function columnNumber(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
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
export function parseA1Range(a1: string): { left: number; top: number; right: number; bottom: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!m) return null;
  const left = columnNumber(m[1]) as number;
  const top = Number(m[2]);
  const right = m[3] ? (columnNumber(m[3]) as number) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return { left: Math.min(left, right), top: Math.min(top, bottom), right: Math.max(left, right), bottom: Math.max(top, bottom) };
}
