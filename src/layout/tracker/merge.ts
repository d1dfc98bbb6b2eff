/**
 * What a rebuild must do: which tasks and units are new, which are gone from the plan (marked
 * removed, never deleted: their data stays), which came back, which plan cells the new plan
 * changes, which sheet each unit keeps, and the row each already has (the positions the reader
 * found). The rest of the layout turns the decision into sheet writes; users' entries are never
 * among them, because entries stay in the cells where users typed them.
 */
import type { Problem } from "../../domain/result";
import { assignSheetNames } from "../../domain/sheet-name";
import { sheetNameKey } from "../../domain/sheet-name-key";
import { emptyBuildReport, type BuildReport } from "../../domain/tracker";
import type { Task, TaskCode, Unit, UnitCode } from "../../domain/types";
import type { LocatedTracker } from "./positions";

export interface TaskPlacement {
  task: Task;
  removed: boolean;
  /** Row on the plan sheet when the task is already there; null for a new task. */
  row: number | null;
  /** The task as the workbook has it now (for writing only what changed); null when new. */
  before: { task: Task; removed: boolean } | null;
}

export interface UnitPlacement {
  unit: Unit;
  removed: boolean;
  /** Row on the Đơn vị sheet when the unit is already there. */
  row: number | null;
  before: { unit: Unit; removed: boolean } | null;
  sheet: string;
  /** The sheet exists now (found by name or by its unit-code cell). */
  sheetExists: boolean;
}

export interface TrackerMerge {
  /** Active tasks in plan order, then removed ones in their former order. */
  tasks: TaskPlacement[];
  /** Active units in input order, then removed ones. */
  units: UnitPlacement[];
  report: BuildReport;
}

const TASK_FIELDS = ["text", "deadline", "assignee", "section"] as const;
const UNIT_FIELDS = ["name", "kind", "head", "email", "members"] as const;
const show = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

function firstOfEach<T, K>(items: readonly T[], key: (item: T) => K, duplicate: (item: T) => Problem): { kept: T[]; problems: Problem[] } {
  const seen = new Set<K>();
  const kept: T[] = [];
  const problems: Problem[] = [];
  for (const item of items) {
    if (seen.has(key(item))) problems.push(duplicate(item));
    else {
      seen.add(key(item));
      kept.push(item);
    }
  }
  return { kept, problems };
}

/**
 * Merges the new plan and unit list into the tracker as read. `otherSheets` are sheets no unit
 * may be named like (the tracker's own, and any sheet of the workbook not a unit's).
 */
export function mergeTracker(
  plan: { tasks: readonly Task[] },
  unitList: readonly Unit[],
  existing: LocatedTracker | null,
  reservedSheets: readonly string[],
): TrackerMerge {
  const report = emptyBuildReport(existing === null);
  const taskDedup = firstOfEach(plan.tasks, (t) => t.code, (t) => ({ key: "tracker.build.duplicateTask", params: { code: t.code } }));
  const unitDedup = firstOfEach(unitList, (u) => u.code, (u) => ({ key: "tracker.build.duplicateUnit", params: { code: u.code } }));
  report.problems.push(...taskDedup.problems, ...unitDedup.problems);
  const tasks = taskDedup.kept;
  const units = unitDedup.kept;

  // Unit codes become parts of sheet, table and defined names, which Excel compares ignoring case.
  const byFolded = new Map<string, UnitCode>();
  for (const u of units) {
    const other = byFolded.get(u.code.toUpperCase());
    if (other !== undefined) report.problems.push({ key: "tracker.build.unitCodeClash", params: { first: other, second: u.code } });
    else byFolded.set(u.code.toUpperCase(), u.code);
  }

  const beforeTasks = new Map<TaskCode, { task: Task; removed: boolean }>();
  for (const task of existing?.plan.tasks ?? []) beforeTasks.set(task.code, { task, removed: false });
  for (const task of existing?.removedTasks ?? []) if (!beforeTasks.has(task.code)) beforeTasks.set(task.code, { task, removed: true });
  const planRows = existing?.positions.plan.rows ?? new Map<TaskCode, number>();

  const placedTasks: TaskPlacement[] = [];
  const inPlan = new Set(tasks.map((t) => t.code));
  for (const task of tasks) {
    const before = beforeTasks.get(task.code) ?? null;
    placedTasks.push({ task, removed: false, row: planRows.get(task.code) ?? null, before });
    if (existing === null) continue;
    if (before === null) report.tasksAdded.push(task.code);
    else if (before.removed) report.tasksRestored.push(task.code);
    if (before !== null) {
      for (const field of TASK_FIELDS) {
        if (show(before.task[field]) !== show(task[field])) {
          report.planChanges.push({ task: task.code, field, from: show(before.task[field]), to: show(task[field]) });
        }
      }
    }
  }
  for (const [code, before] of beforeTasks) {
    if (inPlan.has(code)) continue;
    placedTasks.push({ task: before.task, removed: true, row: planRows.get(code) ?? null, before });
    if (!before.removed) report.tasksMarkedRemoved.push(code);
  }

  const beforeUnits = new Map<UnitCode, { unit: Unit; removed: boolean }>();
  for (const unit of existing?.units ?? []) beforeUnits.set(unit.code, { unit, removed: false });
  for (const unit of existing?.removedUnits ?? []) if (!beforeUnits.has(unit.code)) beforeUnits.set(unit.code, { unit, removed: true });
  const unitRows = existing?.positions.units.rows ?? new Map<UnitCode, number>();
  const inList = new Set(units.map((u) => u.code));
  const allUnits: Array<{ unit: Unit; removed: boolean }> = [
    ...units.map((unit) => ({ unit, removed: false })),
    ...[...beforeUnits].filter(([code]) => !inList.has(code)).map(([, b]) => ({ unit: b.unit, removed: true })),
  ];

  // Sheets of units keep their names; every other sheet of the workbook is off limits.
  const previous = existing?.sheets ?? new Map<UnitCode, string>();
  const unitSheetKeys = new Set([...previous.values()].map(sheetNameKey));
  const otherSheets = (existing?.positions.sheetNames ?? []).filter((name) => !unitSheetKeys.has(sheetNameKey(name)));
  const names = assignSheetNames(allUnits.map((u) => u.unit), [...reservedSheets, ...otherSheets], previous);
  const existingSheetKeys = new Set((existing?.positions.sheetNames ?? []).map(sheetNameKey));

  const placedUnits: UnitPlacement[] = allUnits.map(({ unit, removed }) => {
    const sheet = names.get(unit.code) as string;
    return {
      unit,
      removed,
      row: unitRows.get(unit.code) ?? null,
      before: beforeUnits.get(unit.code) ?? null,
      sheet,
      sheetExists: existingSheetKeys.has(sheetNameKey(sheet)) && previous.has(unit.code),
    };
  });

  if (existing !== null) {
    for (const placed of placedUnits) {
      const { unit, removed, before } = placed;
      // A unit is added to the tracker when it gets its sheet: new to the list, or typed into
      // Đơn vị by a user since the last build.
      if (!removed && (before === null || !previous.has(unit.code))) report.unitsAdded.push(unit.code);
      else if (before === null) continue;
      else if (removed && !before.removed) report.unitsMarkedRemoved.push(unit.code);
      else if (!removed && before.removed) report.unitsRestored.push(unit.code);
      if (before !== null && !removed) {
        for (const field of UNIT_FIELDS) {
          if (show(before.unit[field]) !== show(unit[field])) report.unitChanges.push({ unit: unit.code, field, from: show(before.unit[field]), to: show(unit[field]) });
        }
      }
    }
    report.renamedSheets.push(...existing.positions.renamed);
    report.userEntriesKept = existing.entries.length;
    for (const [code, positions] of existing.positions.unitSheets) {
      for (const extra of positions.extraColumns) report.extraColumnsKept.push({ sheet: positions.sheet, header: extra.header });
      const active = placedUnits.find((u) => u.unit.code === code && !u.removed);
      if (!active) continue;
      for (const t of placedTasks) {
        if (!t.removed && t.before !== null && !t.before.removed && !positions.taskRows.has(t.task.code)) {
          report.rowsRestored.push({ unit: code, task: t.task.code });
        }
      }
    }
  }
  return { tasks: placedTasks, units: placedUnits, report };
}
