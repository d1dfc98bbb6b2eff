/**
 * The emulated Excel's in-memory workbook: what Excel keeps per sheet that the add-in can set
 * through Office.js, plus inspection helpers for tests and a way to seed a workbook "as a user
 * left it". Formats are kept as ordered layers over rectangles (as Excel's format runs), so a
 * style on a whole column costs one entry, not a million cells.
 */
import { MAX_COLUMNS, type CellRect, formatRange, parseRange, quoteSheetName } from "../../../src/layout/excel-rules";
import { coerceInput } from "./cell-coercion";
import { itemNotFound } from "./excel-errors";
import { LookupCalculation } from "./lookup-formulas";
import { checkSheetName, sameSheetName } from "./sheet-name-rules";

export type EmuVisibility = "Visible" | "Hidden" | "VeryHidden";
export type EmuScalar = string | number | boolean;

export interface EmuCell {
  /** Constant value, or the cached result of a formula ("" when never calculated). */
  value: EmuScalar;
  formula: string | null;
  /** An error value typed as its literal ("#N/A"): Range.valueTypes says "Error". */
  error?: true;
}

export interface EmuBorder {
  style: string;
  weight?: string;
  color?: string;
}

/** One cell's resolved format. Keys mirror Office.js names (RangeFormat, RangeFont, RangeFill). */
export interface EmuFormat {
  numberFormat: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  fill: string | null;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  locked: boolean;
  borders: { top?: EmuBorder; bottom?: EmuBorder; left?: EmuBorder; right?: EmuBorder };
}

/** A format property set over a rectangle, e.g. `font.bold` = true. Later layers win. */
export interface FormatLayer {
  rect: CellRect;
  key: string;
  value: unknown;
}

export interface EmuValidation {
  rect: CellRect;
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  prompt: Record<string, unknown> | null;
  errorAlert: Record<string, unknown> | null;
}

export interface EmuConditionalFormat {
  id: string;
  rect: CellRect;
  type: string;
  formula: string | null;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean; strikethrough?: boolean };
  stopIfTrue: boolean;
}

export interface EmuHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface EmuChart {
  id: string;
  name: string;
  type: string;
  source: CellRect;
  seriesBy: string;
  title: string | null;
  /** Category (x-axis) source per series, as the A1 address given to setXAxisValues. */
  categories: (string | null)[];
  position: { from: string; to: string } | null;
}

export interface EmuPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
  printArea: string | null;
  centerHorizontally: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  /** PageLayout.headersFooters (ExcelApi 1.9): which set applies, and each set's six parts. */
  headersFooters: { state: string; pages: Record<EmuHeaderFooterPage, Record<string, string>> };
  /** Rows with a manual page break above them (Worksheet.horizontalPageBreaks). */
  rowBreaks: number[];
}

export type EmuHeaderFooterPage = "defaultForAllPages" | "firstPage" | "evenPages" | "oddPages";

export interface EmuProtection {
  protected: boolean;
  options: Record<string, boolean>;
}

export interface EmuSheet {
  id: string;
  name: string;
  visibility: EmuVisibility;
  tabColor: string | null;
  cells: Map<number, EmuCell>;
  formats: FormatLayer[];
  merges: CellRect[];
  columnWidths: Map<number, number>;
  columnHidden: Set<number>;
  rowHeights: Map<number, number>;
  rowHidden: Set<number>;
  validations: EmuValidation[];
  conditionalFormats: EmuConditionalFormat[];
  hyperlinks: Map<number, EmuHyperlink>;
  freeze: { rows: number; columns: number } | null;
  pageLayout: EmuPageLayout;
  protection: EmuProtection;
  charts: EmuChart[];
}

export interface EmuTable {
  id: string;
  name: string;
  sheetId: string;
  rect: CellRect;
  style: string;
  showFilterButton: boolean;
  showHeaders: boolean;
}

export interface EmuName {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface SavedWorkbook {
  sheets: EmuSheet[];
  tables: EmuTable[];
  names: EmuName[];
  activeSheetId: string | null;
  selection: { sheetId: string; rect: CellRect } | null;
  nextId: number;
}

/** Excel's default column width: 8.43 characters of Calibri 11 = 64 px = 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height for Calibri 11: 15 points. */
export const DEFAULT_ROW_HEIGHT = 15;

export const cellKey = (row: number, col: number): number => (row - 1) * MAX_COLUMNS + (col - 1);
export const keyRow = (key: number): number => Math.floor(key / MAX_COLUMNS) + 1;
export const keyColumn = (key: number): number => (key % MAX_COLUMNS) + 1;

export function rectContains(rect: CellRect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

export function rectsOverlap(a: CellRect, b: CellRect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function defaultPageLayout(): EmuPageLayout {
  // Excel's "Normal" margins: 0.7" left/right, 0.75" top/bottom, 0.3" header/footer, in points.
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
    printArea: null,
    centerHorizontally: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    headersFooters: { state: "Default", pages: { defaultForAllPages: {}, firstPage: {}, evenPages: {}, oddPages: {} } },
    rowBreaks: [],
  };
}

/** A seeded cell: a constant, or a formula written as "=…" with an optional cached result. */
export type SeedCell = EmuScalar | { formula: string; value?: EmuScalar };

export interface SeedSheet {
  name: string;
  cells?: Record<string, SeedCell>;
  visibility?: EmuVisibility;
  protected?: boolean;
  tables?: { name: string; range: string }[];
}

export class EmulatedWorkbook {
  sheets: EmuSheet[] = [];
  tables: EmuTable[] = [];
  names: EmuName[] = [];
  activeSheetId: string | null = null;
  /** The selected range, once something selected one (Range.select). */
  selection: { sheetId: string; rect: CellRect } | null = null;
  /** Workbooks the add-in opened with Excel.createWorkbook: their base64 file, and whether open() ran. */
  createdWorkbooks: Array<{ base64: string; opened: boolean }> = [];
  /** Results of the task-text lookups, the only formulas calculated here. */
  readonly calculation = new LookupCalculation(this);
  private nextId = 1;

  constructor() {
    this.reset();
  }

  /** An empty workbook with one sheet, like Excel's new blank workbook. */
  reset(): void {
    this.sheets = [];
    this.tables = [];
    this.names = [];
    this.createdWorkbooks = [];
    this.nextId = 1;
    const first = this.addSheet("Sheet1");
    this.activeSheetId = first.id;
  }

  /** A deep copy of the workbook's contents, to put back with `restore` (tests that replay a run). */
  save(): SavedWorkbook {
    return structuredClone({ sheets: this.sheets, tables: this.tables, names: this.names, activeSheetId: this.activeSheetId, selection: this.selection, nextId: this.nextId });
  }

  restore(saved: SavedWorkbook): void {
    const copy = structuredClone(saved);
    this.sheets = copy.sheets;
    this.tables = copy.tables;
    this.names = copy.names;
    this.activeSheetId = copy.activeSheetId;
    this.selection = copy.selection;
    this.nextId = copy.nextId;
    this.calculation.invalidate();
  }

  newId(prefix: string): string {
    const n = this.nextId++;
    return `{${prefix}${String(n).padStart(8, "0")}-0000-0000-0000-000000000000}`;
  }

  // ---- sheets -------------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  findSheet(key: string): EmuSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheets.find((s) => sameSheetName(s.name, key));
  }

  /** The sheet by name or id; Excel's ItemNotFound when missing. */
  sheet(key: string): EmuSheet {
    const found = this.findSheet(key);
    if (!found) throw itemNotFound();
    return found;
  }

  addSheet(name: string, position = this.sheets.length): EmuSheet {
    checkSheetName(name, this.sheetNames());
    const sheet: EmuSheet = {
      id: this.newId("S"),
      name,
      visibility: "Visible",
      tabColor: null,
      cells: new Map(),
      formats: [],
      merges: [],
      columnWidths: new Map(),
      columnHidden: new Set(),
      rowHeights: new Map(),
      rowHidden: new Set(),
      validations: [],
      conditionalFormats: [],
      hyperlinks: new Map(),
      freeze: null,
      pageLayout: defaultPageLayout(),
      protection: { protected: false, options: {} },
      charts: [],
    };
    this.sheets.splice(position, 0, sheet);
    return sheet;
  }

  /** A name Excel would give a fresh sheet: Sheet2, Sheet3, … */
  nextSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.findSheet(name)) return name;
    }
  }

  /** Excel's name for a copy: "Name (2)", shortened so the result still fits 31 characters. */
  copyName(source: string): string {
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const name = source.slice(0, 31 - suffix.length) + suffix;
      if (!this.findSheet(name)) return name;
    }
  }

  tableNameTaken(name: string, except?: EmuTable): boolean {
    const upper = name.toUpperCase();
    return (
      this.tables.some((t) => t !== except && t.name.toUpperCase() === upper) ||
      this.names.some((n) => n.name.toUpperCase() === upper)
    );
  }

  /** Worksheet.copy: a deep copy placed at `position`; tables get new workbook-unique names. */
  copySheet(source: EmuSheet, position: number): EmuSheet {
    const copy: EmuSheet = {
      ...source,
      id: this.newId("S"),
      name: this.copyName(source.name),
      cells: new Map([...source.cells].map(([k, c]) => [k, { ...c }])),
      formats: [...source.formats],
      merges: source.merges.map((m) => ({ ...m })),
      columnWidths: new Map(source.columnWidths),
      columnHidden: new Set(source.columnHidden),
      rowHeights: new Map(source.rowHeights),
      rowHidden: new Set(source.rowHidden),
      validations: source.validations.map((v) => ({ ...v })),
      conditionalFormats: source.conditionalFormats.map((c) => ({ ...c, id: this.newId("C"), format: { ...c.format } })),
      hyperlinks: new Map([...source.hyperlinks].map(([k, h]) => [k, { ...h }])),
      freeze: source.freeze ? { ...source.freeze } : null,
      pageLayout: { ...source.pageLayout, zoom: { ...source.pageLayout.zoom }, headersFooters: structuredClone(source.pageLayout.headersFooters), rowBreaks: [...source.pageLayout.rowBreaks] },
      protection: { protected: source.protection.protected, options: { ...source.protection.options } },
      charts: source.charts.map((c) => ({ ...c, id: this.newId("H"), categories: [...c.categories] })),
    };
    this.sheets.splice(position, 0, copy);
    for (const table of this.tables.filter((t) => t.sheetId === source.id)) {
      this.tables.push({ ...table, id: this.newId("T"), sheetId: copy.id, name: this.uniqueTableName(table.name) });
    }
    return copy;
  }

  /** Excel appends a number to a copied table's name until it is unique in the workbook. */
  uniqueTableName(base: string): string {
    for (let n = 2; ; n++) {
      const name = `${base}${n}`;
      if (!this.tableNameTaken(name)) return name;
    }
  }

  deleteSheet(sheet: EmuSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
  }

  moveSheet(sheet: EmuSheet, position: number): void {
    const rest = this.sheets.filter((s) => s !== sheet);
    rest.splice(Math.max(0, Math.min(position, rest.length)), 0, sheet);
    this.sheets = rest;
  }

  // ---- cells ----------------------------------------------------------------------------------

  setCell(sheet: EmuSheet, row: number, col: number, cell: EmuCell | null): void {
    const key = cellKey(row, col);
    if (cell === null || (cell.formula === null && cell.value === "")) sheet.cells.delete(key);
    else sheet.cells.set(key, cell);
  }

  getCell(sheet: EmuSheet, row: number, col: number): EmuCell | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  /** What Range.values answers for the cell: "" when empty. */
  valueAt(sheet: EmuSheet, row: number, col: number): EmuScalar {
    const cell = sheet.cells.get(cellKey(row, col));
    return cell ? this.calculation.value(sheet, cell) : "";
  }

  /** The cell's format: every layer that covers it, applied in order over Excel's defaults. */
  formatAt(sheet: EmuSheet, row: number, col: number): EmuFormat {
    const format: EmuFormat = { numberFormat: "General", font: {}, fill: null, locked: true, borders: {} };
    for (const layer of sheet.formats) {
      if (!rectContains(layer.rect, row, col)) continue;
      applyFormatKey(format, layer.key, layer.value);
    }
    return format;
  }

  addFormat(sheet: EmuSheet, rect: CellRect, key: string, value: unknown): void {
    sheet.formats.push({ rect, key, value });
  }

  /** Smallest rectangle from A1 holding every non-empty cell; null for an empty sheet. */
  usedRect(sheet: EmuSheet): CellRect | null {
    if (sheet.cells.size === 0) return null;
    let bottom = 0;
    let right = 0;
    let top = Infinity;
    let left = Infinity;
    for (const key of sheet.cells.keys()) {
      const row = keyRow(key);
      const col = keyColumn(key);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return { top, left, bottom, right };
  }

  tablesOf(sheet: EmuSheet): EmuTable[] {
    return this.tables.filter((t) => t.sheetId === sheet.id);
  }

  // ---- inspection for tests --------------------------------------------------------------------

  /** A cell as a test wants to see it: value, formula, number format and full format. */
  cell(sheetName: string, a1: string): { value: EmuScalar; formula: string | null; numberFormat: string; format: EmuFormat } {
    const sheet = this.sheet(sheetName);
    const rect = parseRange(a1);
    if (!rect) throw new Error(`not a cell address: ${a1}`);
    const cell = this.getCell(sheet, rect.top, rect.left);
    const format = this.formatAt(sheet, rect.top, rect.left);
    return { value: cell?.value ?? "", formula: cell?.formula ?? null, numberFormat: format.numberFormat, format };
  }

  /** Excel follows a renamed sheet in the references it keeps (chart categories here). */
  renameSheet(sheet: EmuSheet, name: string): void {
    const before = `${quoteSheetName(sheet.name)}!`;
    const after = `${quoteSheetName(name)}!`;
    for (const chart of this.sheets.flatMap((s) => s.charts)) {
      chart.categories = chart.categories.map((c) => (c?.startsWith(before) ? after + c.slice(before.length) : c));
    }
    sheet.name = name;
  }

  /** "'Kế hoạch'!A1:B2" the way Range.address reports it. */
  address(sheet: EmuSheet, rect: CellRect): string {
    return `${quoteSheetName(sheet.name)}!${formatRange(rect)}`;
  }

  /** Puts the workbook in a state a user could have left it in (replaces everything). */
  seed(sheets: SeedSheet[]): void {
    this.calculation.invalidate();
    this.sheets = [];
    this.tables = [];
    this.names = [];
    for (const spec of sheets) {
      const sheet = this.addSheet(spec.name);
      sheet.visibility = spec.visibility ?? "Visible";
      sheet.protection.protected = spec.protected ?? false;
      for (const [a1, seed] of Object.entries(spec.cells ?? {})) {
        const rect = parseRange(a1);
        if (!rect) throw new Error(`not a cell address: ${a1}`);
        if (typeof seed === "object") this.setCell(sheet, rect.top, rect.left, { formula: seed.formula, value: seed.value ?? "" });
        else this.setCell(sheet, rect.top, rect.left, coerceInput(seed));
      }
      for (const table of spec.tables ?? []) {
        const rect = parseRange(table.range);
        if (!rect) throw new Error(`not a range: ${table.range}`);
        this.tables.push({ id: this.newId("T"), name: table.name, sheetId: sheet.id, rect, style: "TableStyleMedium2", showFilterButton: true, showHeaders: true });
      }
    }
    this.activeSheetId = this.sheets[0]?.id ?? null;
  }
}

function applyFormatKey(format: EmuFormat, key: string, value: unknown): void {
  const [group, name] = key.split(".");
  switch (group) {
    case "font":
      (format.font as Record<string, unknown>)[name] = value;
      return;
    case "fill":
      format.fill = value as string | null;
      return;
    case "border":
      format.borders[name as keyof EmuFormat["borders"]] = value as EmuBorder;
      return;
    case "numberFormat":
      format.numberFormat = value as string;
      return;
    case "locked":
      format.locked = value as boolean;
      return;
    default:
      (format as unknown as Record<string, unknown>)[group] = value;
  }
}
