/**
 * Reading a tracker back in two snapshots, whatever its size: first the sheets that say what the
 * tracker holds (_meta, Kế hoạch, Đơn vị, Ngày nghỉ), then every unit sheet they name (without
 * the task-text column, see unit-sheet-reads.ts) plus any sheet that may be a renamed unit sheet.
 * A third snapshot, rarely, reads again whole the unit sheets where that column was moved.
 */
import type { Problem } from "../../domain/result";
import { sameSheetName, sheetNameKey } from "../excel-rules";
import type { SheetRename, UnitTaskEntry } from "../../domain/tracker";
import { DEFAULT_MEASURES, type IsoDate, type Plan, type TaskCode, type UnitCode } from "../../domain/types";
import type { ReadRequest, WorkbookSnapshot } from "../workbook-host";
import { parseDateCell } from "./cell-parsing";
import { fingerprint } from "./fingerprint";
import { HOLIDAYS_LAYOUT, META_SHEET, SCHEMA_VERSION, TEMPLATE_SHEET, isBuildLeftover, trackerSheetNames } from "./geometry";
import { emptyMeta, parseMeta, type TrackerMeta } from "./meta-sheet";
import { emptyPlanRead, readPlanSheet } from "./read-plan";
import { findUnitCode, readUnitSheet } from "./read-unit-sheet";
import { emptyUnitsRead, readUnitsSheet } from "./read-units";
import { SheetGrid } from "./sheet-grid";
import { type UnitSheetShape, unitSheetRead, unitSheetRereads, unitSheetShape, withRereads } from "./unit-sheet-reads";
import type { LocatedTracker, UnitSheetPositions } from "./positions";

export function trackerFirstReads(): ReadRequest[] {
  const names = trackerSheetNames();
  return [{ sheet: META_SHEET }, { sheet: names.plan, formulas: true }, { sheet: names.units }, { sheet: names.holidays }];
}

function gridOf(snapshot: WorkbookSnapshot, sheet: string): SheetGrid | null {
  const read = snapshot.ranges.find((r) => sameSheetName(r.request.sheet, sheet));
  return read && read.found ? SheetGrid.from(read) : null;
}

/** Sheets that are neither the tracker's own nor (by _meta) a unit's: a renamed unit sheet may be among them. */
function otherSheets(first: WorkbookSnapshot, meta: TrackerMeta | null): string[] {
  const names = trackerSheetNames();
  const own = new Set([names.plan, names.units, names.overview, names.holidays, names.register, META_SHEET, TEMPLATE_SHEET].map(sheetNameKey));
  const units = new Set((meta?.units ?? []).map((u) => sheetNameKey(u.sheet)));
  return first.sheets.map((s) => s.name).filter((name) => !own.has(sheetNameKey(name)) && !units.has(sheetNameKey(name)) && !isBuildLeftover(name));
}

function metaOf(first: WorkbookSnapshot): TrackerMeta | null {
  return gridOf(first, META_SHEET) ? parseMeta(metaReadValues(first)) : null;
}

function unitShape(first: WorkbookSnapshot, meta: TrackerMeta): UnitSheetShape {
  const planRead = first.ranges.find((r) => r.found && sameSheetName(r.request.sheet, trackerSheetNames().plan));
  return unitSheetShape(meta, meta.measures.length > 0 ? meta.measures : DEFAULT_MEASURES, planRead);
}

/**
 * Unit sheets _meta names, without their task text; other sheets (maybe a renamed unit sheet,
 * of unknown layout) whole.
 */
export function trackerSecondReads(first: WorkbookSnapshot): ReadRequest[] {
  const meta = metaOf(first);
  // Neither _meta nor the input sheets: not a tracker, whatever the other sheets hold (readTracker
  // says so), so they are not read. A build cut short before _meta keeps its input sheets.
  const names = trackerSheetNames();
  if (!meta && !gridOf(first, names.plan) && !gridOf(first, names.units)) return [];
  const present = new Set(first.sheets.map((s) => sheetNameKey(s.name)));
  const known = (meta?.units ?? []).map((u) => u.sheet).filter((sheet) => present.has(sheetNameKey(sheet)));
  const shape = meta && known.length > 0 ? unitShape(first, meta) : null;
  return [...known.map((sheet) => (shape ? unitSheetRead(sheet, shape) : { sheet })), ...otherSheets(first, meta).map((sheet) => ({ sheet }))];
}

/** The unit sheets of `second` to read again whole: a user moved what was left out of them. */
export function trackerRereads(first: WorkbookSnapshot, second: WorkbookSnapshot): ReadRequest[] {
  const meta = metaOf(first);
  return meta ? unitSheetRereads(second, unitShape(first, meta)) : [];
}

function metaReadValues(first: WorkbookSnapshot) {
  const read = first.ranges.find((r) => r.request.sheet === META_SHEET && r.found);
  return read ? read.values : [];
}

function readHolidays(grid: SheetGrid | null, problems: Problem[]): IsoDate[] {
  if (!grid) return [];
  const dates: IsoDate[] = [];
  for (let row = HOLIDAYS_LAYOUT.headerRow + 1; row <= grid.lastRow; row++) {
    const parsed = parseDateCell(grid.value(row, 1), grid.sheet, 1, row);
    if (!parsed.ok) problems.push(parsed.problem);
    else if (parsed.value !== null) dates.push(parsed.value);
  }
  return dates;
}

export interface TrackerRead {
  state: LocatedTracker | null;
  problems: Problem[];
}

/** `again`: the snapshot of trackerRereads, if any. */
export function readTracker(first: WorkbookSnapshot, taken: WorkbookSnapshot, again: WorkbookSnapshot | null = null): TrackerRead {
  const second = withRereads(taken, again);
  const problems: Problem[] = [];
  const names = trackerSheetNames();
  const metaRead = first.ranges.find((r) => r.request.sheet === META_SHEET);
  const recorded = metaRead && metaRead.found ? parseMeta(metaRead.values) : null;
  const planGrid = gridOf(first, names.plan);
  const unitsGrid = gridOf(first, names.units);
  // Before the first build the Kế hoạch and Đơn vị sheets may already hold what users typed
  // (the pane creates them to be filled in): read them, so the build fills them in place.
  const inputsOnly = recorded === null && (planGrid !== null || unitsGrid !== null);
  if (recorded === null && !inputsOnly) return { state: null, problems: [{ key: "tracker.read.notTracker" }] };
  const meta = recorded ?? emptyMeta();
  if (meta.schemaVersion > SCHEMA_VERSION) return { state: null, problems: [{ key: "tracker.read.newerSchema", params: { version: meta.schemaVersion } }] };

  if (!planGrid && !inputsOnly) problems.push({ key: "tracker.read.sheetMissing", params: { sheet: names.plan } });
  if (!unitsGrid && !inputsOnly) problems.push({ key: "tracker.read.sheetMissing", params: { sheet: names.units } });
  const plan = planGrid ? readPlanSheet(planGrid, problems) : inputsOnly ? emptyPlanRead() : null;
  const units = unitsGrid ? readUnitsSheet(unitsGrid, problems) : inputsOnly ? emptyUnitsRead() : null;
  if (!plan || !units) return { state: null, problems };
  const holidays = readHolidays(gridOf(first, names.holidays), problems);
  const measures = meta.measures.length > 0 ? meta.measures : [...DEFAULT_MEASURES];

  // Unit sheets by their unit-code cell; _meta's name first, so a copy of a sheet does not win.
  const bySheet = new Map(second.ranges.filter((r) => r.found).map((r) => [sheetNameKey(r.request.sheet), SheetGrid.from(r)]));
  const found = new Map<UnitCode, SheetGrid>();
  const claim = (code: UnitCode, grid: SheetGrid) => {
    const first = found.get(code);
    if (first && first !== grid) {
      problems.push({ key: "tracker.read.unitSheetDuplicate", params: { unit: code, first: first.sheet, second: grid.sheet }, at: { sheet: grid.sheet } });
    } else found.set(code, grid);
  };
  for (const u of meta.units) {
    const grid = bySheet.get(sheetNameKey(u.sheet));
    if (grid && findUnitCode(grid) === u.code) claim(u.code, grid);
  }
  const claimed = new Set([...found.values()]);
  for (const grid of bySheet.values()) {
    if (claimed.has(grid)) continue;
    const code = findUnitCode(grid);
    if (code !== null) claim(code, grid);
  }

  const knownTasks = new Set<TaskCode>([...meta.tasks, ...plan.tasks.map((t) => t.code), ...plan.removedTasks.map((t) => t.code)]);
  const activeTasks = plan.tasks.map((t) => t.code);
  const unitSheets = new Map<UnitCode, UnitSheetPositions>();
  const entries: UnitTaskEntry[] = [];
  const sheets = new Map<UnitCode, string>();
  const renamed: SheetRename[] = [];
  const unitTables = new Map<UnitCode, string>();
  const allUnits = [...units.units, ...units.removedUnits];
  const active = new Set(units.units.map((u) => u.code));
  for (const u of meta.units) unitTables.set(u.code, u.table);
  for (const u of meta.units) {
    if (!found.has(u.code) && allUnits.some((x) => x.code === u.code)) {
      problems.push({ key: "tracker.read.unitSheetMissing", params: { unit: u.code, sheet: u.sheet }, at: { sheet: u.sheet } });
    }
  }
  for (const [code, grid] of found) {
    const read = readUnitSheet(grid, code, measures, meta.columns, knownTasks, problems);
    if (!read) continue;
    unitSheets.set(code, read.positions);
    entries.push(...read.entries);
    sheets.set(code, grid.sheet);
    const recorded = meta.units.find((u) => u.code === code);
    if (recorded && recorded.sheet !== grid.sheet) {
      renamed.push({ unit: code, from: recorded.sheet, to: grid.sheet });
      problems.push({ key: "tracker.read.sheetRenamed", params: { unit: code, from: recorded.sheet, to: grid.sheet }, at: { sheet: grid.sheet } });
    }
    if (active.has(code)) {
      for (const task of activeTasks) {
        if (!read.positions.taskRows.has(task)) problems.push({ key: "tracker.read.rowMissing", params: { sheet: grid.sheet, task }, at: { sheet: grid.sheet } });
      }
    }
  }

  const statePlan: Plan = {
    ...plan.header,
    tasks: plan.tasks,
    measures,
    settings: { dueSoonDays: plan.settings.dueSoonDays, workingDays: plan.settings.workingDays, shiftDeadlineToWorkingDay: plan.settings.shiftDeadlineToWorkingDay },
  };
  const metaGrid = metaRead ? SheetGrid.from(metaRead) : null;
  const state: LocatedTracker = {
    schemaVersion: meta.schemaVersion,
    plan: statePlan,
    units: units.units,
    entries,
    sheets,
    settings: { ...statePlan.settings, dueSoonDays: plan.settings.dueSoonDays, workingDays: plan.settings.workingDays, shiftDeadlineToWorkingDay: plan.settings.shiftDeadlineToWorkingDay, asOf: plan.settings.asOf, holidays },
    removedTasks: plan.removedTasks,
    removedUnits: units.removedUnits,
    positions: {
      sheetNames: first.sheets.slice().sort((a, b) => a.position - b.position).map((s) => s.name),
      plan: plan.positions,
      units: units.positions,
      unitSheets,
      metaSize: { rows: metaGrid?.lastRow ?? 0, columns: metaGrid?.lastColumn ?? 0 },
      metaKey: recorded ? fingerprint(meta) : "",
      overviewKey: meta.overviewKey,
      namesKey: meta.namesKey,
      planFields: plan.fields,
      renamed,
      unitTables,
      unprotected: new Set(first.sheets.filter((s) => s.protected === false).map((s) => sheetNameKey(s.name))),
    },
  };
  return { state, problems };
}
