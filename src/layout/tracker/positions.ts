/**
 * Where the tracker's sheets keep things, as the layout found them when it read the workbook:
 * rows, columns and fingerprints, so a rebuild writes in place. The layout's own bookkeeping,
 * kept beside the domain's TrackerState, not in it.
 */
import type { SheetRename, TrackerState } from "../../domain/tracker";
import type { TaskCode, UnitCode } from "../../domain/types";

/** Where one unit's sheet keeps things, as found when it was read. */
export interface UnitSheetPositions {
  sheet: string;
  /** 1-based row of the table header. */
  headerRow: number;
  /** 1-based column of each known column, by column key ("status", "measure:total", …). */
  columns: ReadonlyMap<string, number>;
  /** 1-based row of each task. */
  taskRows: ReadonlyMap<TaskCode, number>;
  /** Last row holding anything below the header. */
  lastRow: number;
  /** The full unit name in the title cell. */
  title: string;
  /** Columns a user added (header text and 1-based column). */
  extraColumns: ReadonlyArray<{ column: number; header: string }>;
}

/** Where the plan and unit tables keep their rows, so a rebuild writes in place. */
export interface TablePositions<K extends string> {
  headerRow: number;
  columns: ReadonlyMap<string, number>;
  rows: ReadonlyMap<K, number>;
  lastRow: number;
}

export interface TrackerPositions {
  /** Every sheet of the workbook, in tab order. */
  sheetNames: string[];
  plan: TablePositions<TaskCode>;
  units: TablePositions<UnitCode>;
  unitSheets: ReadonlyMap<UnitCode, UnitSheetPositions>;
  /** Rows and columns `_meta` used (a rewrite blanks what it no longer needs). */
  metaSize: { rows: number; columns: number };
  /** Fingerprint of the Tổng quan sheet as last built; null when absent. */
  overviewKey: string | null;
  /** Fingerprint of _meta's records as read (a rebuild rewrites _meta only when they change). */
  metaKey: string;
  /** Fingerprint of the defined names as last written; null when unknown. */
  namesKey: string | null;
  /** Cells of the plan header and settings block, by field, as found by their labels. */
  planFields: ReadonlyMap<string, { column: number; row: number }>;
  /** Unit sheets a user renamed (found by their unit-code cell). */
  renamed: SheetRename[];
  /** Table name of each unit's sheet, as recorded when it was made. */
  unitTables: ReadonlyMap<UnitCode, string>;
  /** Name keys of sheets the host says are not protected (absent: the host does not say). */
  unprotected?: ReadonlySet<string>;
}

/** The tracker as the layout read it: the domain's state and where each thing was found. */
export interface LocatedTracker extends TrackerState {
  positions: TrackerPositions;
}
