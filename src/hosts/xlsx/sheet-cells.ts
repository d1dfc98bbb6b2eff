/**
 * A worksheet's cells, held by the host itself rather than by exceljs. exceljs builds an object
 * with its own style object for every cell, and renders each of them through its generic XML
 * writer: for a 500-sheet tracker that was most of half a minute. Here a cell is a small
 * immutable record pointing at a shared style id (StyleBook) and a row keeps its XML, so that:
 *
 * - a sheet of an opened file is parsed only when something reads or writes it, and a row is
 *   written back as the file had it until it changes (what exceljs does not understand stays);
 * - a copy of a template shares the template's rows until it writes one (copy on write), and
 *   every copy reuses the XML rendered once for those rows.
 *
 * exceljs keeps everything else of the sheet (columns, merges, formats, validations, tables,
 * views, print setup, protection), which is small and per sheet.
 */
import type { CellValue } from "../../layout/workbook-host";

/** The cell has no style of its own (written without `s`). */
export const NO_STYLE = -1;

export type CellData =
  | { kind: "blank" }
  /** `sst`: the file's own shared-string entry (possibly rich text), kept while the cell is unchanged. */
  | { kind: "text"; text: string; sst?: number }
  | { kind: "number"; value: number }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "formula"; formula: string; result: CellValue; shared?: { si: string; master: boolean } };

export interface CellRecord {
  /** Id in the workbook's StyleBook, or NO_STYLE. */
  readonly style: number;
  readonly data: CellData;
  /** The cell as the opened file wrote it, written back unchanged while the cell is. */
  readonly xml?: string;
}

/**
 * A row's cells by column, in column order: a sparse array, lighter than a Map for the
 * 650,000 cells of an opened tracker, and already sorted when the row is written.
 */
export class RowCells {
  private readonly items: (CellRecord | undefined)[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(col: number): CellRecord | undefined {
    return this.items[col];
  }

  set(col: number, record: CellRecord): void {
    if (this.items[col] === undefined) this.count++;
    this.items[col] = record;
  }

  /** Each cell, left to right. */
  forEach(visit: (record: CellRecord, col: number) => void): void {
    const items = this.items;
    for (let col = 0; col < items.length; col++) {
      const record = items[col];
      if (record !== undefined) visit(record, col);
    }
  }

  some(test: (record: CellRecord, col: number) => boolean): boolean {
    const items = this.items;
    for (let col = 0; col < items.length; col++) {
      const record = items[col];
      if (record !== undefined && test(record, col)) return true;
    }
    return false;
  }

  /** The first and last columns holding a cell; null for an empty row. */
  span(): { left: number; right: number } | null {
    if (this.count === 0) return null;
    let left = 0;
    while (this.items[left] === undefined) left++;
    let right = this.items.length - 1;
    while (this.items[right] === undefined) right--;
    return { left, right };
  }

  copy(): RowCells {
    const copy = new RowCells();
    this.forEach((record, col) => copy.set(col, record));
    return copy;
  }
}

export interface RowRecord {
  cells: RowCells;
  height?: number;
  /** A height set by a spec or a user; false: estimated for wrapped text, so Excel still re-fits the row. */
  customHeight: boolean;
  hidden: boolean;
  /** The row's own style (`customFormat`), a StyleBook id: cells made in the row start from it. */
  style?: number;
  /** Attributes of a row read from a file that the host does not interpret (row style, outline…). */
  extra: string;
  /** The row as the opened file wrote it, written back unchanged while the row is. */
  xml?: string;
  /** Where `xml` starts in the file's sheetData: rows unchanged side by side are written back in one piece. */
  at?: number;
  /** The row's XML from the last save, reused while neither the row nor the save changes. */
  rendered?: { save: number; xml: string };
}

export interface LinkRecord {
  /** "#'Sheet'!A1" for a place in this workbook, else the external address. */
  target: string;
  tooltip?: string;
  display?: string;
}

/** Rows that no longer change: a template's, shared by its copies. */
export interface FrozenRows {
  readonly rows: ReadonlyMap<number, RowRecord>;
  readonly numbers: readonly number[];
}

/** Parses an opened file's sheetData on first use. */
export type RowParser = (sheetDataXml: string) => Map<number, RowRecord>;

const blankRow = (): RowRecord => ({ cells: new RowCells(), customHeight: false, hidden: false, extra: "" });

export class SheetCells {
  private own = new Map<number, RowRecord>();
  private base: FrozenRows | null = null;
  private pending: { xml: string; parse: RowParser } | null = null;
  /** The opened file's sheetData once parsed: what the rows' positions (`at`) point into. */
  private fileXml: string | null = null;
  /** Hyperlinks by the reference they cover (a cell, or a range in a file). */
  readonly links = new Map<string, LinkRecord>();
  /** The last row and column holding a value, while no row changes. */
  private extent: { bottom: number; right: number } | null = null;

  /** The cells of an opened sheet, parsed when first needed. */
  static fromFile(sheetDataXml: string, parse: RowParser): SheetCells {
    const cells = new SheetCells();
    cells.pending = { xml: sheetDataXml, parse };
    return cells;
  }

  /** A copy sharing `rows` until it writes them. */
  static over(rows: FrozenRows, links: ReadonlyMap<string, LinkRecord>): SheetCells {
    const cells = new SheetCells();
    cells.base = rows;
    for (const [ref, link] of links) cells.links.set(ref, link);
    return cells;
  }

  /** The opened file's sheetData, when nothing has read or changed it: it is written back as it was. */
  untouchedXml(): string | null {
    return this.pending?.xml ?? null;
  }

  private parsed(): void {
    if (!this.pending) return;
    this.own = this.pending.parse(this.pending.xml);
    this.fileXml = this.pending.xml;
    this.pending = null;
  }

  /** The opened file's sheetData, once parsed (rows keep their positions in it); null for a sheet the host made. */
  parsedFileXml(): string | null {
    return this.fileXml;
  }

  row(r: number): RowRecord | undefined {
    this.parsed();
    return this.own.get(r) ?? this.base?.rows.get(r);
  }

  /** The row to change (created, or taken over from the shared rows); its saved XML no longer applies. */
  writableRow(r: number): RowRecord {
    this.parsed();
    let row = this.own.get(r);
    if (!row) {
      const shared = this.base?.rows.get(r);
      row = shared ? { ...shared, cells: shared.cells.copy(), xml: undefined, at: undefined, rendered: undefined } : blankRow();
      this.own.set(r, row);
    }
    row.xml = undefined;
    row.at = undefined;
    row.rendered = undefined;
    this.extent = null;
    return row;
  }

  /** The last row and column holding a value (1 and 1 when none does). */
  valueExtent(): { bottom: number; right: number } {
    if (this.extent) return this.extent;
    let bottom = 1;
    let right = 1;
    for (const r of this.rowNumbers()) {
      (this.row(r) as RowRecord).cells.forEach((record, col) => {
        if (record.data.kind === "blank") return;
        bottom = r;
        if (col > right) right = col;
      });
    }
    return (this.extent = { bottom, right });
  }

  cell(r: number, c: number): CellRecord | undefined {
    return this.row(r)?.cells.get(c);
  }

  setCell(r: number, c: number, record: CellRecord): void {
    const old = this.cell(r, c);
    this.writableRow(r).cells.set(c, record);
    // The other cells of a shared formula hold only its index: they need their own formula once it is gone.
    if (record.xml === undefined && old?.data.kind === "formula" && old.data.shared?.master) this.unshare(old.data.shared.si);
  }

  private unshare(si: string): void {
    for (const r of this.rowNumbers()) {
      (this.row(r) as RowRecord).cells.forEach((record, c) => {
        const data = record.data;
        if (data.kind !== "formula" || data.shared?.si !== si) return;
        this.writableRow(r).cells.set(c, { style: record.style, data: { kind: "formula", formula: data.formula, result: data.result } });
      });
    }
  }

  /** Row numbers in order. */
  rowNumbers(): number[] {
    this.parsed();
    const own = [...this.own.keys()].sort((a, b) => a - b);
    if (!this.base) return own;
    const merged: number[] = [];
    const shared = this.base.numbers;
    let i = 0;
    let j = 0;
    while (i < own.length || j < shared.length) {
      if (j >= shared.length || (i < own.length && own[i] < shared[j])) merged.push(own[i++]);
      else if (i >= own.length || shared[j] < own[i]) merged.push(shared[j++]);
      else {
        merged.push(own[i++]);
        j++;
      }
    }
    return merged;
  }

  /**
   * The rows as they are now, shared from here on: this sheet and every copy made from the
   * result take a row over before changing it.
   */
  freeze(): FrozenRows {
    this.parsed();
    const rows = new Map<number, RowRecord>();
    for (const r of this.rowNumbers()) rows.set(r, this.row(r) as RowRecord);
    this.base = { rows, numbers: [...rows.keys()] };
    this.own = new Map();
    return this.base;
  }
}
