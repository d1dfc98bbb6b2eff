/**
 * The tracker's use cases over any WorkbookHost: build or rebuild, check deadlines, save the
 * plan or the unit list. Each reads in two snapshots and writes in one apply, handing the host the
 * last snapshot so it need not read again before writing (docs/architecture.md).
 */
import { fail, ok, type Problem, type Result } from "../domain/result";
import type { BuildReport } from "../domain/tracker";
import type { LocatedTracker } from "../layout/tracker";
import { checkTracker, type CheckReport } from "../domain/tracker-check";
import { emptyPlan, type IsoDate, type Plan, type TaskCode, type Unit, type UnitCode } from "../domain/types";
import { defaultReminderSettings, timesReminded } from "../domain/reminders";
import { cell, sameSheetName } from "../layout/excel-rules";
import { readReminderLog, reminderLogSheetName } from "../layout/reminders";
import { SheetGrid } from "../layout/tracker/sheet-grid";
import { savePlanSheetChange, trackerBuildChange, saveUnitsSheetChange, unitTabColor } from "../layout/tracker";
import type { WorkbookOp } from "../layout/sheet-spec";
import type { WorkbookHost } from "../layout/workbook-host";
import { applyChange } from "./apply-change";
import { readTrackerFrom, type TrackerReading } from "./read";

const NOT_A_TRACKER = "tracker.read.notTracker";

/**
 * A workbook that is not a tracker yet is fine for a first build; one whose tracker cannot be
 * read (a deleted Kế hoạch sheet, a newer schema) must not be built over, or users' sheets would
 * be replaced.
 */
function unreadableTracker(reading: TrackerReading): Problem[] | null {
  if (reading.state) return null;
  const blocking = reading.problems.filter((p) => p.key !== NOT_A_TRACKER);
  return blocking.length > 0 ? blocking : null;
}

export interface BuildInput {
  /** The plan to build from; omitted: the plan as the workbook's Kế hoạch sheet holds it. */
  plan?: Plan;
  /** The units; omitted: the units of the workbook's Đơn vị sheet. */
  units?: Unit[];
  today: IsoDate;
}

export async function buildTracker(host: WorkbookHost, input: BuildInput): Promise<Result<BuildReport>> {
  const reading = await readTrackerFrom(host);
  const blocking = unreadableTracker(reading);
  if (blocking) return fail(...blocking);
  const existing = reading.state;
  const plan = input.plan ?? existing?.plan;
  if (!plan) return fail({ key: "engine.noPlan" });
  if (plan.tasks.length === 0) return fail({ key: "engine.noTasks" });
  const units = input.units ?? existing?.units ?? [];
  if (units.length === 0) return fail({ key: "engine.noUnits" });

  const { change, report } = trackerBuildChange({ plan, units, existing, today: input.today });
  const failure = await applyChange(host, reading.latest, change.ops, change.dropTemplates);
  if (failure) return fail(...failure);
  const readProblems = reading.problems.filter((p) => p.key !== NOT_A_TRACKER);
  return ok({ ...report, problems: [...readProblems, ...report.problems] });
}

export interface CheckOptions {
  /** Colour each unit sheet's tab by its worst status (the pane does; `plan-tracker check` only reads). */
  paintTabs: boolean;
}

/** Where a unit's entry for a task is typed: its status cell on the unit's sheet. */
export interface EntryCell {
  sheet: string;
  address: string;
}

export interface CheckResult extends CheckReport {
  /** The status cell of a unit × task as the sheets stand now; null when its sheet or row is gone. */
  statusCell(unit: UnitCode, task: TaskCode): EntryCell | null;
  /** How many times each unit was reminded up to the as-of date (days in the Nhật ký đôn đốc log). */
  reminded: ReadonlyMap<UnitCode, number>;
}

export async function checkDeadlines(
  host: WorkbookHost,
  asOf: IsoDate,
  options: CheckOptions = { paintTabs: true },
): Promise<Result<CheckResult>> {
  const logName = reminderLogSheetName();
  // The reminder log comes with the first snapshot: no extra round trip.
  const reading = await readTrackerFrom(host, [{ sheet: logName }]);
  if (!reading.state) return fail(...reading.problems);
  const state = reading.state;
  const report = checkTracker(state, asOf);
  const logRead = reading.first.ranges.find((r) => r.found && sameSheetName(r.request.sheet, logName));
  const reminded = logRead ? timesReminded(readReminderLog(SheetGrid.from(logRead), defaultReminderSettings(state.plan), []).entries, asOf) : new Map<UnitCode, number>();
  if (options.paintTabs) {
    const failure = await applyChange(host, reading.latest, tabColourOps(report));
    if (failure) return fail(...failure);
  }
  return ok({ ...report, reminded, statusCell: (unit, task) => statusCellOf(state, unit, task) }, reading.problems);
}

function statusCellOf(state: LocatedTracker, unit: UnitCode, task: TaskCode): EntryCell | null {
  const sheet = state.sheets.get(unit);
  const positions = sheet ? state.positions.unitSheets.get(unit) : undefined;
  const row = positions?.taskRows.get(task);
  const column = positions?.columns.get("status");
  if (!sheet || row === undefined || column === undefined) return null;
  return { sheet, address: cell(column, row) };
}

function tabColourOps(report: CheckReport): WorkbookOp[] {
  const ops: WorkbookOp[] = [];
  for (const unit of report.units) {
    if (!unit.sheet) continue;
    const statuses = report.rows.filter((r) => r.unit === unit.unit).map((r) => r.result);
    ops.push({ op: "patchSheet", name: unit.sheet, content: { tabColor: unitTabColor(statuses) } });
  }
  return ops;
}

export async function savePlan(host: WorkbookHost, plan: Plan): Promise<Result<void>> {
  const reading = await readTrackerFrom(host);
  const blocking = unreadableTracker(reading);
  if (blocking) return fail(...blocking);
  const change = savePlanSheetChange(plan, reading.state);
  const failure = await applyChange(host, reading.latest, change.ops, change.dropTemplates);
  return failure ? fail(...failure) : ok(undefined);
}

export async function saveUnits(host: WorkbookHost, units: Unit[]): Promise<Result<void>> {
  const reading = await readTrackerFrom(host);
  const blocking = unreadableTracker(reading);
  if (blocking) return fail(...blocking);
  const change = saveUnitsSheetChange(units, reading.state);
  const failure = await applyChange(host, reading.latest, change.ops, change.dropTemplates);
  return failure ? fail(...failure) : ok(undefined);
}

/** Creates the empty Kế hoạch and Đơn vị sheets for users to fill before the first build. */
export async function createInputSheets(host: WorkbookHost): Promise<Result<void>> {
  const reading = await readTrackerFrom(host);
  const blocking = unreadableTracker(reading);
  if (blocking) return fail(...blocking);
  const plan = savePlanSheetChange(reading.state?.plan ?? emptyPlan(), reading.state);
  const failure = await applyChange(host, reading.latest, plan.ops, plan.dropTemplates);
  if (failure) return fail(...failure);
  const afterPlan = await readTrackerFrom(host);
  const units = saveUnitsSheetChange(afterPlan.state?.units ?? [], afterPlan.state);
  const unitsFailure = await applyChange(host, afterPlan.latest, units.ops, units.dropTemplates);
  return unitsFailure ? fail(...unitsFailure) : ok(undefined);
}

export interface WorkbookInputs {
  plan: Plan | null;
  units: Unit[];
  /** True once the tracker's sheets exist in this workbook (a build then updates it in place). */
  hasTracker: boolean;
  state: LocatedTracker | null;
  /** Every sheet of the workbook, in tab order, as the read found them. */
  sheetNames: string[];
}

/** What the workbook holds now: the plan and units as its sheets give them, with located problems. */
export async function readWorkbookInputs(host: WorkbookHost): Promise<Result<WorkbookInputs>> {
  const reading = await readTrackerFrom(host);
  const blocking = unreadableTracker(reading);
  if (blocking) return fail(...blocking);
  const state = reading.state;
  return ok(
    { plan: state?.plan ?? null, units: state?.units ?? [], hasTracker: (state?.sheets.size ?? 0) > 0, state, sheetNames: reading.latest.sheets.map((s) => s.name) },
    reading.problems.filter((p) => p.key !== NOT_A_TRACKER),
  );
}
