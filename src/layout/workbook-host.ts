/**
 * The contract both hosts (Office.js, .xlsx files) fulfil. The engine talks to a workbook only
 * through it, so a feature is written once and works in Excel and on files alike.
 *
 * Cost model (docs/architecture.md): each `snapshot` is one round trip and each `apply` one round trip,
 * split only where a request, or the answer to it, would pass the host's payload cap.
 */
import { parseRange } from "./excel-rules";
import type { A1, Visibility, WorkbookChange } from "./sheet-spec";

/** A value as Excel reports it: dates are serial numbers, empty cells "" or null. */
export type CellValue = string | number | boolean | null;

export interface SheetInfo {
  name: string;
  visibility: Visibility;
  /** 0-based position in the tab order. */
  position: number;
  /** Whether the sheet is protected, when the host knows (Excel does; a file host need not say). */
  protected?: boolean;
}

export interface ReadRequest {
  sheet: string;
  /** Range to read; omitted: the sheet's used range (from A1). */
  range?: A1;
  /** Also read the formulas (e.g. to notice a user's edit of a formula cell). */
  formulas?: boolean;
  /** Cells the caller has no use for, left out of the answer: they read as "" (values and formulas). */
  skip?: ReadSkip;
  /** What the caller expects the read to hold, so a host can keep each answer under its cap. */
  expected?: ReadSize;
}

/** Columns left out below a row; that row and the rows above it are read whole. */
export interface ReadSkip {
  /** 1-based. */
  belowRow: number;
  /** 1-based, ascending. */
  columns: number[];
}

export interface ReadSize {
  cells: number;
  /** UTF-8 bytes of the text those cells hold. */
  textBytes: number;
}

/**
 * A read with the cells its request skips blanked: what a host that cannot leave cells out of a
 * read (a file host reads them anyway) answers.
 */
export function withoutSkippedCells(read: RangeRead): RangeRead {
  const skip = read.request.skip;
  if (!skip || read.address === null || read.values.length === 0) return read;
  const corner = parseRange(read.address.replace(/^.*!/, ""));
  if (!corner) return read;
  const { top, left } = corner;
  const blank = <T>(rows: T[][]): T[][] =>
    rows.map((row, r) => (top + r <= skip.belowRow ? row : row.map((cell, c) => (skip.columns.includes(left + c) ? ("" as T) : cell))));
  return { ...read, values: blank(read.values), ...(read.formulas ? { formulas: blank(read.formulas) } : {}) };
}

export interface RangeRead {
  request: ReadRequest;
  /** False when the sheet does not exist (renamed or deleted by a user). */
  found: boolean;
  /** Address actually read, e.g. "A1:L64" (used range may be smaller or larger than asked). */
  address: A1 | null;
  values: CellValue[][];
  formulas?: (string | number | boolean | null)[][];
}

export interface WorkbookSnapshot {
  sheets: SheetInfo[];
  ranges: RangeRead[];
}

export interface HostStats {
  syncs: number;
  actions: number;
  largestRequestBytes: number;
  totalRequestBytes: number;
}

export interface WorkbookHost {
  /** Lists the sheets and reads the requested ranges in one round trip (more only past the host's cap). */
  snapshot(requests: ReadRequest[]): Promise<WorkbookSnapshot>;
  /**
   * Applies the change. A change the host refuses (a bad sheet name, a missing sheet…) is
   * rejected before anything is written, with an error carrying `problems: Problem[]`.
   * `known`: the host's latest snapshot, taken for this change; a host may check the change
   * against it instead of reading the workbook again (one round trip fewer). Hosts that read
   * cheaply may ignore it.
   */
  apply(change: WorkbookChange, known?: WorkbookSnapshot): Promise<void>;
}
