/**
 * A small in-memory workbook for the tracker's pure tests: it applies WorkbookChange ops to
 * grids of values and formulas and answers snapshots as a host would (dates as serial numbers,
 * formulas with no computed value). Fast enough for thousands of build → type → rebuild cycles.
 * It also plays the user: typing, sorting, renaming sheets, moving and adding columns.
 */
import { toExcelSerial } from "../../../../src/domain/calendar-date";
import { expandCopy } from "../../../../src/layout/expand-copy";
import type { CellContent, NameSpec, SheetContent, SheetSpec, WorkbookChange, Visibility } from "../../../../src/layout/sheet-spec";
import { type CellValue, type ReadRequest, type WorkbookSnapshot, withoutSkippedCells } from "../../../../src/layout/workbook-host";
import { cell as a1, isValidSheetName, parseRange, sheetNameKey } from "../../../../src/layout/excel-rules";

interface GridCell {
  value: CellValue;
  formula: string | null;
}

export interface GridSheet {
  name: string;
  /** By row * COLUMNS + column. */
  cells: Map<number, GridCell>;
  visibility: Visibility;
  tables: Map<string, string>;
  hyperlinks: Map<string, { sheet: string; cell: string }>;
  tabColor: string | null;
}

const COLUMNS = 4096;
const key = (row: number, column: number) => row * COLUMNS + column;
const split = (k: number): [number, number] => [(k / COLUMNS) | 0, k % COLUMNS];

export class GridWorkbook {
  readonly sheets: GridSheet[] = [];
  readonly names = new Map<string, string>();
  private readonly templates = new Map<string, SheetSpec>();
  opsApplied = 0;

  find(name: string): GridSheet | undefined {
    return this.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(name));
  }

  sheet(name: string): GridSheet {
    const found = this.find(name);
    if (!found) throw new Error(`no sheet "${name}"`);
    return found;
  }

  private add(name: string): GridSheet {
    if (!isValidSheetName(name)) throw new Error(`invalid sheet name "${name}"`);
    if (this.find(name)) throw new Error(`sheet "${name}" exists`);
    const sheet: GridSheet = { name, cells: new Map(), visibility: "visible", tables: new Map(), hyperlinks: new Map(), tabColor: null };
    this.sheets.push(sheet);
    return sheet;
  }

  private write(sheet: GridSheet, content: SheetContent): void {
    for (const block of content.cells ?? []) {
      const at = parseRange(block.at);
      if (!at) throw new Error(`bad address ${block.at}`);
      const width = block.rows[0]?.length ?? 0;
      block.rows.forEach((row, i) => {
        if (row.length !== width) throw new Error(`ragged block at ${block.at}`);
        row.forEach((content, j) => this.put(sheet, at.top + i, at.left + j, content));
      });
    }
    for (const table of content.tables ?? []) {
      for (const other of this.sheets) {
        for (const name of other.tables.keys()) {
          if (other !== sheet && name.toLowerCase() === table.name.toLowerCase()) throw new Error(`table name ${table.name} taken`);
        }
      }
      sheet.tables.set(table.name, table.range);
    }
    for (const link of content.hyperlinks ?? []) {
      sheet.hyperlinks.set(link.at, link.target);
      this.put(sheet, parseRange(link.at)!.top, parseRange(link.at)!.left, { kind: "text", text: link.text });
    }
    if (content.visibility) sheet.visibility = content.visibility;
    if (content.tabColor !== undefined) sheet.tabColor = content.tabColor;
  }

  private put(sheet: GridSheet, row: number, column: number, content: CellContent): void {
    const k = key(row, column);
    switch (content.kind) {
      case "blank":
        sheet.cells.delete(k);
        return;
      case "text":
        sheet.cells.set(k, { value: content.text, formula: null });
        return;
      case "number":
        sheet.cells.set(k, { value: content.value, formula: null });
        return;
      case "bool":
        sheet.cells.set(k, { value: content.value, formula: null });
        return;
      case "date":
        sheet.cells.set(k, { value: toExcelSerial(content.date), formula: null });
        return;
      case "formula":
        sheet.cells.set(k, { value: null, formula: content.formula });
        return;
    }
  }

  apply(change: WorkbookChange): void {
    for (const op of change.ops) {
      this.opsApplied++;
      switch (op.op) {
        case "addSheet": {
          const sheet = this.add(op.sheet.name);
          this.write(sheet, op.sheet);
          this.templates.set(sheetNameKey(op.sheet.name), op.sheet);
          break;
        }
        case "copySheet": {
          const template = this.templates.get(sheetNameKey(op.copy.template));
          if (!template) throw new Error(`no template ${op.copy.template}`);
          const spec = expandCopy(template, op.copy);
          this.write(this.add(spec.name), spec);
          break;
        }
        case "patchSheet":
          this.write(this.sheet(op.name), op.content);
          break;
        case "renameSheet":
          this.renameSheet(op.from, op.to);
          break;
        case "deleteSheet":
          this.deleteSheet(op.name);
          break;
        case "orderSheets": {
          const listed = op.names.map((n) => this.sheet(n));
          const rest = this.sheets.filter((s) => !listed.includes(s));
          this.sheets.splice(0, this.sheets.length, ...listed, ...rest);
          break;
        }
        case "defineNames":
          for (const n of op.names as NameSpec[]) this.names.set(n.name.toLowerCase(), n.refersTo);
          break;
        case "activateSheet":
          this.sheet(op.name);
          break;
      }
    }
    for (const name of change.dropTemplates ?? []) this.deleteSheet(name);
  }

  deleteSheet(name: string): void {
    const index = this.sheets.indexOf(this.sheet(name));
    this.sheets.splice(index, 1);
    this.templates.delete(sheetNameKey(name));
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    if (!isValidSheetName(to)) throw new Error(`invalid sheet name "${to}"`);
    const clash = this.find(to);
    if (clash && clash !== sheet) throw new Error(`sheet "${to}" exists`);
    sheet.name = to;
  }

  snapshot(requests: ReadRequest[]): WorkbookSnapshot {
    return {
      sheets: this.sheets.map((s, position) => ({ name: s.name, visibility: s.visibility, position })),
      ranges: requests.map((request) => {
        const sheet = this.find(request.sheet);
        if (!sheet) return { request, found: false, address: null, values: [] };
        let rows = 0;
        let columns = 0;
        for (const k of sheet.cells.keys()) {
          const [r, c] = split(k);
          if (r > rows) rows = r;
          if (c > columns) columns = c;
        }
        const values: CellValue[][] = [];
        const formulas: (string | number | boolean | null)[][] = [];
        for (let r = 1; r <= rows; r++) {
          const vr: CellValue[] = [];
          const fr: (string | number | boolean | null)[] = [];
          for (let c = 1; c <= columns; c++) {
            const cell = sheet.cells.get(key(r, c));
            vr.push(cell ? cell.value : "");
            fr.push(cell ? (cell.formula ?? cell.value) : "");
          }
          values.push(vr);
          formulas.push(fr);
        }
        return withoutSkippedCells({
          request,
          found: true,
          address: rows > 0 ? `A1:${a1(columns, rows)}` : null,
          values,
          ...(request.formulas ? { formulas } : {}),
        });
      }),
    };
  }

  // ---- what users do ----

  get(sheet: string, row: number, column: number): CellValue {
    return this.sheet(sheet).cells.get(key(row, column))?.value ?? null;
  }

  formulaAt(sheet: string, row: number, column: number): string | null {
    return this.sheet(sheet).cells.get(key(row, column))?.formula ?? null;
  }

  type(sheet: string, row: number, column: number, value: CellValue): void {
    const s = this.sheet(sheet);
    if (value === null || value === "") s.cells.delete(key(row, column));
    else s.cells.set(key(row, column), { value, formula: null });
  }

  /** Moves a column's cells to another column, shifting the ones between (cut and insert). */
  moveColumn(sheet: string, from: number, to: number): void {
    const s = this.sheet(sheet);
    const mapColumn = (c: number): number => {
      if (c === from) return to;
      if (from < to && c > from && c <= to) return c - 1;
      if (from > to && c >= to && c < from) return c + 1;
      return c;
    };
    const moved = new Map<number, GridCell>();
    for (const [k, cell] of s.cells) {
      const [r, c] = split(k);
      moved.set(key(r, mapColumn(c)), cell);
    }
    s.cells = moved;
  }

  /** Reorders the rows first..last by a permutation (a sort). */
  permuteRows(sheet: string, first: number, last: number, order: number[]): void {
    const s = this.sheet(sheet);
    const moved = new Map<number, GridCell>();
    for (const [k, cell] of s.cells) {
      const [r, c] = split(k);
      if (r < first || r > last) moved.set(k, cell);
      else moved.set(key(first + order.indexOf(r - first), c), cell);
    }
    s.cells = moved;
  }

  deleteRow(sheet: string, row: number): void {
    const s = this.sheet(sheet);
    const moved = new Map<number, GridCell>();
    for (const [k, cell] of s.cells) {
      const [r, c] = split(k);
      if (r === row) continue;
      moved.set(key(r > row ? r - 1 : r, c), cell);
    }
    s.cells = moved;
  }
}
