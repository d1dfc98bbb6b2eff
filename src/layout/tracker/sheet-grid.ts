/**
 * A sheet as read by a host (values from A1 or from the read range's corner), with the helpers
 * readers need: cells by 1-based row and column, header rows found by their text.
 */
import type { CellValue, RangeRead } from "../workbook-host";
import { parseRange } from "../excel-rules";
import { headerKey } from "./columns";

export class SheetGrid {
  readonly top: number;
  readonly left: number;

  constructor(
    readonly sheet: string,
    private readonly values: CellValue[][],
    private readonly formulas: ReadonlyArray<ReadonlyArray<string | number | boolean | null>> | undefined,
    address: string | null,
  ) {
    const corner = address ? parseRange(address.replace(/^.*!/, "")) : null;
    this.top = corner?.top ?? 1;
    this.left = corner?.left ?? 1;
  }

  static from(read: RangeRead): SheetGrid {
    return new SheetGrid(read.request.sheet, read.values, read.formulas, read.address);
  }

  private extent: { lastRow: number; lastColumn: number } | null = null;

  /** Last row and column holding a value (0 when empty), computed once. */
  private get bounds(): { lastRow: number; lastColumn: number } {
    if (this.extent === null) {
      let lastRow = 0;
      let lastColumn = 0;
      this.values.forEach((row, i) =>
        row.forEach((v, j) => {
          if (isBlank(v)) return;
          lastRow = Math.max(lastRow, this.top + i);
          lastColumn = Math.max(lastColumn, this.left + j);
        }),
      );
      this.extent = { lastRow, lastColumn };
    }
    return this.extent;
  }

  get lastRow(): number {
    return this.bounds.lastRow;
  }

  get lastColumn(): number {
    return this.bounds.lastColumn;
  }

  value(row: number, column: number): CellValue {
    const r = this.values[row - this.top];
    if (!r) return null;
    const v = r[column - this.left];
    return v === undefined ? null : v;
  }

  formula(row: number, column: number): string | number | boolean | null {
    const r = this.formulas?.[row - this.top];
    const v = r?.[column - this.left];
    return v === undefined ? null : v;
  }

  /** The cell as trimmed text; "" for blank. */
  text(row: number, column: number): string {
    const v = this.value(row, column);
    if (isBlank(v)) return "";
    return String(v).normalize("NFC").trim();
  }

  /** The first row (from `from`) whose cells contain every header of `required` (by headerKey). */
  findHeaderRow(required: readonly string[], from = 1, to = this.lastRow): number | null {
    const wanted = required.map(headerKey);
    for (let row = Math.max(from, this.top); row <= to; row++) {
      const keys = new Set<string>();
      for (let col = this.left; col <= this.lastColumn; col++) keys.add(headerKey(this.text(row, col)));
      if (wanted.every((w) => keys.has(w))) return row;
    }
    return null;
  }

  /** Headers of a row: 1-based column → text, for non-empty cells. */
  headers(row: number): Map<number, string> {
    const map = new Map<number, string>();
    for (let col = this.left; col <= this.lastColumn; col++) {
      const h = this.text(row, col);
      if (h !== "") map.set(col, h);
    }
    return map;
  }
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
