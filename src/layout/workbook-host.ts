/**
 * The contract both hosts (Office.js, .xlsx files) fulfil. The engine talks to a workbook only
 * through it, so a feature is written once and works in Excel and on files alike.
 *
 * Cost model (docs/architecture.md): each `snapshot` is one round trip and each `apply` one round trip,
 * split only where a request would pass the host's payload cap.
 */
import type { A1, Visibility, WorkbookChange } from "./sheet-spec";

/** A value as Excel reports it: dates are serial numbers, empty cells "" or null. */
export type CellValue = string | number | boolean | null;

export interface SheetInfo {
  name: string;
  visibility: Visibility;
  /** 0-based position in the tab order. */
  position: number;
}

export interface ReadRequest {
  sheet: string;
  /** Range to read; omitted: the sheet's used range (from A1). */
  range?: A1;
  /** Also read the formulas (e.g. to notice a user's edit of a formula cell). */
  formulas?: boolean;
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
  /** Lists the sheets and reads the requested ranges in one round trip. */
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
