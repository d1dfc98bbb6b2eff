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
