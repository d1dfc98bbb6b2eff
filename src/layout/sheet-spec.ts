/**
 * A sheet specification: everything both hosts (Office.js and .xlsx files) need to produce the
 * same sheet. Pure data; the hosts translate it into API calls or file content.
 *
 * Conventions
 * - Addresses are A1 strings on the sheet they belong to ("B5", "B5:H64"); rows/columns 1-based
 *   where numbers are used.
 * - Formulas are Excel A1 formulas in the invariant (English) form with comma separators, as
 *   Office.js `Range.formulas` and the OOXML file format expect: `=IF(A1>0,"x","")`.
 * - Conditional-format and validation formulas are written relative to the top-left cell of
 *   their range, as in Excel's UI.
 * - Text cells are always text: a host must never let a text starting with "=", "+", "-", "@",
 *   tab or CR become a formula (OWASP ASVS 1.2.10).
 * - Dates are calendar dates (IsoDate); hosts convert to Excel serials at their edge.
 */
import type { IsoDate } from "../domain/types";

/** A1 address or range on the owning sheet. */
export type A1 = string;
/** "#RRGGBB" */
export type Color = string;

export type CellContent =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "date"; date: IsoDate }
  | { kind: "bool"; value: boolean }
  | { kind: "formula"; formula: string }
  | { kind: "blank" };

/** A rectangular block of cells whose top-left cell is `at`. Every row has the same length. */
export interface CellBlock {
  at: A1;
  rows: CellContent[][];
}

export type BorderStyle = "thin" | "medium" | "double" | "dotted";
export interface BorderSpec {
  /** Which edges: the outline of the range, every cell edge inside it too, or one side. */
  edges: "all" | "outline" | "top" | "bottom" | "left" | "right" | "insideHorizontal";
  style: BorderStyle;
  color?: Color;
}

export interface FontSpec {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: Color;
}

export interface CellStyle {
  font?: FontSpec;
  fill?: Color;
  numberFormat?: string;
  horizontal?: "left" | "center" | "right" | "justify";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  indent?: number;
  borders?: BorderSpec[];
  /** Cell protection flag; only takes effect when the sheet is protected. Excel's default is locked. */
  locked?: boolean;
}

export interface StyledRange {
  range: A1;
  style: CellStyle;
}

export interface ColumnSpec {
  /** 1-based column index. */
  index: number;
  /** Width in Excel character units (the number Excel's UI shows). */
  width?: number;
  hidden?: boolean;
}

export interface RowSpec {
  /** 1-based row index. */
  index: number;
  /** Height in points. */
  height?: number;
  hidden?: boolean;
}

export type ValidationRule =
  | { kind: "list"; items: string[] }
  /** A list whose source is a formula/reference, e.g. "='_meta'!$B$2:$B$5". */
  | { kind: "listRef"; source: string }
  | { kind: "date"; min?: IsoDate; max?: IsoDate }
  | { kind: "whole"; min?: number; max?: number }
  | { kind: "decimal"; min?: number; max?: number };

export interface ValidationSpec {
  range: A1;
  rule: ValidationRule;
  allowBlank?: boolean;
  prompt?: { title: string; message: string };
  error?: { title: string; message: string };
}

export interface ConditionalFormatSpec {
  range: A1;
  /** Boolean formula relative to the top-left cell of `range`, e.g. `=$K5="Quá hạn"`. */
  formula: string;
  style: { fill?: Color; fontColor?: Color; bold?: boolean; italic?: boolean; strike?: boolean };
  stopIfTrue?: boolean;
}

export interface TableSpec {
  /** Workbook-unique table name (letters, digits, underscore; no spaces). */
  name: string;
  /** Header row included. */
  range: A1;
  style?: string;
  showFilterButton?: boolean;
}

export interface HyperlinkSpec {
  at: A1;
  text: string;
  /** Internal link to a cell of a sheet of this workbook. */
  target: { sheet: string; cell: A1 };
  tooltip?: string;
}

export interface ChartSpec {
  kind: "barClustered" | "columnClustered";
  title: string;
  /** Series values, one series per column, header in first row. */
  dataRange: A1;
  /** Category labels (same rows as dataRange without header). */
  categoryRange: A1;
  /** Where the chart sits: from top-left cell to bottom-right cell. */
  anchor: { from: A1; to: A1 };
}

export interface PrintSpec {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /** Fit all columns on one page width; as many pages tall as needed. */
  fitToWidth?: boolean;
  /** Rows repeated at the top of every printed page, e.g. "$5:$5". */
  titleRows?: string;
  /** Inches. */
  margins?: { top: number; bottom: number; left: number; right: number; header?: number; footer?: number };
  centerHorizontally?: boolean;
  printArea?: A1;
  /** Rows that start a new printed page (manual page breaks above them). */
  pageBreaks?: number[];
  /** The page number centred at the top of each page; `skipFirst`: none on page 1 (party documents number from page 2). */
  pageNumbers?: { skipFirst: boolean };
}

export interface ProtectionSpec {
  /** Protect without password: locked cells refuse edits, unlocked (input) cells accept them. */
  allowSort: boolean;
  allowAutoFilter: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertRows: boolean;
}

export type Visibility = "visible" | "hidden" | "veryHidden";

/** What can be put on a sheet. Everything is optional so it can also patch an existing sheet. */
export interface SheetContent {
  cells?: CellBlock[];
  styles?: StyledRange[];
  columns?: ColumnSpec[];
  rows?: RowSpec[];
  merges?: A1[];
  validations?: ValidationSpec[];
  /** Replaces every conditional format of the sheet (rules in priority order). */
  conditionalFormats?: ConditionalFormatSpec[];
  tables?: TableSpec[];
  hyperlinks?: HyperlinkSpec[];
  charts?: ChartSpec[];
  freeze?: { rows: number; columns: number };
  print?: PrintSpec;
  visibility?: Visibility;
  tabColor?: Color | null;
  /** Present: the sheet is protected (no password). null: protection removed. */
  protection?: ProtectionSpec | null;
}

/** A complete sheet, created from nothing. */
export interface SheetSpec extends SheetContent {
  name: string;
}

/**
 * A sheet made as a copy of a template sheet plus its own cells. Hosts may copy the template's
 * sheet (Office.js `Worksheet.copy`, one small request per sheet) or expand it (`expandCopy`);
 * the result must be the same. Table names of the template are replaced in order by `tableNames`.
 */
export interface SheetCopy {
  template: string;
  name: string;
  tableNames: string[];
  content: SheetContent;
}

export interface NameSpec {
  /** Workbook-level defined name. */
  name: string;
  /** Formula it refers to, e.g. "='Cài đặt'!$B$2". */
  refersTo: string;
}

export type WorkbookOp =
  | { op: "addSheet"; sheet: SheetSpec }
  | { op: "copySheet"; copy: SheetCopy }
  | { op: "patchSheet"; name: string; content: SheetContent }
  | { op: "renameSheet"; from: string; to: string }
  | { op: "deleteSheet"; name: string }
  /** Sheets listed are put in this order, first; unlisted sheets follow in their current order. */
  | { op: "orderSheets"; names: string[] }
  | { op: "defineNames"; names: NameSpec[] }
  | { op: "activateSheet"; name: string };

/** Templates are sheets created by the ops, referenced by `copySheet` and deleted at the end unless kept. */
export interface WorkbookChange {
  ops: WorkbookOp[];
  /** Template sheet names to delete once every copy has been made. */
  dropTemplates?: string[];
}
