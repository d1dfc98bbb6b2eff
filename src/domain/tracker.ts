/**
 * The tracker's data: what units reported per task, and what a build or rebuild of the tracker
 * workbook changed. Entries are keyed by (unit code, task code), never by row or sheet, so they
 * survive sorting, renamed sheets and moved columns.
 */
import type { Problem } from "./result";
import type { IsoDate, Plan, PlanSettings, Task, TaskCode, TaskStatus, Unit, UnitCode } from "./types";

/** A measure's value as typed: numbers for number measures, text for text measures. */
export type MeasureValue = string | number;

/** What one unit recorded for one task (one row of the unit's sheet). */
export interface UnitTaskEntry {
  unit: UnitCode;
  task: TaskCode;
  status: TaskStatus | null;
  completedOn: IsoDate | null;
  /** By `Measure.key`; a measure left blank is absent. */
  measures: Readonly<Record<string, MeasureValue>>;
  /** The unit's report reference, e.g. "15-BC/ĐU". */
  reportRef: string | null;
  note: string | null;
}

/** True when the user typed nothing in the entry's input cells. */
export function isEmptyEntry(entry: UnitTaskEntry): boolean {
  return (
    entry.status === null &&
    entry.completedOn === null &&
    Object.keys(entry.measures).length === 0 &&
    entry.reportRef === null &&
    entry.note === null
  );
}

export interface TrackerSettings extends PlanSettings {
  /** The as-of date typed by the user; null when the sheet follows today (=TODAY()). */
  asOf: IsoDate | null;
  /** The editable holiday table (rest days besides weekends). */
  holidays: IsoDate[];
}

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

/** The tracker as read from a workbook. */
export interface TrackerState {
  schemaVersion: number;
  /** The plan, its tasks in sheet order, removed tasks excluded; `measures` and `settings` filled. */
  plan: Plan;
  /** Units in the Đơn vị sheet's order, removed units excluded. */
  units: Unit[];
  /** Every entry with something typed in it, of active and removed tasks and units alike. */
  entries: UnitTaskEntry[];
  /** Unit → its sheet's name as found now (a renamed sheet is followed by its unit-code cell). */
  sheets: ReadonlyMap<UnitCode, string>;
  settings: TrackerSettings;
  /** Tasks marked removed ("Đã bỏ"): kept with their data. */
  removedTasks: Task[];
  /** Units marked removed: kept with their sheets. */
  removedUnits: Unit[];
  positions: TrackerPositions;
}

export interface SheetRename {
  unit: UnitCode;
  from: string;
  to: string;
}

export interface PlanFieldChange {
  /** Absent for a header field of the plan. */
  task?: TaskCode;
  field: string;
  from: string;
  to: string;
}

/** What a build or rebuild changed, for the user to read. */
export interface BuildReport {
  fresh: boolean;
  sheetsAdded: string[];
  tasksAdded: TaskCode[];
  tasksMarkedRemoved: TaskCode[];
  /** Removed tasks that came back in the plan. */
  tasksRestored: TaskCode[];
  unitsAdded: UnitCode[];
  unitsMarkedRemoved: UnitCode[];
  unitsRestored: UnitCode[];
  renamedSheets: SheetRename[];
  /** Plan cells the new plan changed (the old value is in the report, so nothing is lost silently). */
  planChanges: PlanFieldChange[];
  /** Unit details (name, head, …) the new unit list changed. */
  unitChanges: Array<{ unit: UnitCode; field: string; from: string; to: string }>;
  /** Entries users typed, all kept in place. */
  userEntriesKept: number;
  /** Rows added again to a unit sheet because a user had deleted them. */
  rowsRestored: Array<{ unit: UnitCode; task: TaskCode }>;
  /** Columns users added, left untouched. */
  extraColumnsKept: Array<{ sheet: string; header: string }>;
  overviewRebuilt: boolean;
  problems: Problem[];
}

export function emptyBuildReport(fresh: boolean): BuildReport {
  return {
    fresh,
    sheetsAdded: [],
    tasksAdded: [],
    tasksMarkedRemoved: [],
    tasksRestored: [],
    unitsAdded: [],
    unitsMarkedRemoved: [],
    unitsRestored: [],
    renamedSheets: [],
    planChanges: [],
    unitChanges: [],
    userEntriesKept: 0,
    rowsRestored: [],
    extraColumnsKept: [],
    overviewRebuilt: false,
    problems: [],
  };
}
