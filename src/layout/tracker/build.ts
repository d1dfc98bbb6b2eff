/**
 * Building and rebuilding the tracker workbook as one WorkbookChange.
 *
 * Fresh (no tracker yet): every sheet, unit sheets copied from one template.
 * Rebuild: only what the new plan and unit list change — new task rows, new unit sheets, flags
 * on removed tasks and units, changed plan cells — written in place, at the rows and columns
 * where the read found things. Users' entries are never written: they stay in their cells.
 * Generated parts (Tổng quan, defined names, _meta) are rewritten only when their fingerprint
 * changes, so building twice with the same input changes nothing the second time (docs/architecture.md).
 */
import { BLANK, dateCell, deadlineStatus } from "../../domain/deadline";
import { mergeTracker, type TaskPlacement, type UnitPlacement } from "../../domain/rebuild/merge";
import { range, sameSheetName, sheetNameKey } from "../excel-rules";
import type { BuildReport, TrackerState, UnitSheetPositions } from "../../domain/tracker";
import type { Problem } from "../../domain/result";
import type { MessageKey } from "../../i18n/messages";
import { DEFAULT_MEASURES, type IsoDate, type Measure, type Plan, type PlanSettings, type Task, type Unit, type UnitCode } from "../../domain/types";
import type { NameSpec, SheetContent, WorkbookChange, WorkbookOp } from "../sheet-spec";
import { text } from "./cells";
import { defaultPositions, measureKey, planColumns, unitSheetColumns } from "./columns";
import { planNames, settingsCellRefs, unitNames, type PlanAnchors } from "./defined-names";
import { fingerprint } from "./fingerprint";
import { META_SHEET, PLAN_LAYOUT, TEMPLATE_SHEET, UNIT_SHEET_LAYOUT, reservedSheetNames, trackerSheetNames } from "./geometry";
import { holidaysSheet } from "./holidays-sheet";
import { wrappedRowHeight } from "./row-height";
import { metaPatch, metaSheet, type TrackerMeta } from "./meta-sheet";
import { normalizePlan, normalizeUnit } from "./normalize-input";
import { overviewBasis, overviewSheet } from "./overview-sheet";
import { defaultFieldCells } from "./plan-fields";
import { planSettings, planSheet, planSheetPatch, tableSpan } from "./plan-sheet";
import { helperBlock, helperNames, unitTabColor } from "./status-formulas";
import { rowBlocks, styledRowCount, taskRowCells, taskRowStyles, unitSheetCopy, unitSheetProtection, unitSheetTemplate, unitTableName } from "./unit-sheet";
import { unitsSheet, unitsSheetPatch } from "./units-sheet";

export interface TrackerBuildInput {
  plan: Plan;
  units: Unit[];
  /** The tracker as read (readTracker); null for a workbook that is not a tracker yet. */
  existing: TrackerState | null;
  /** For the first tab colours of new unit sheets (the engine recolours them on each check). */
  today: IsoDate;
}

export interface TrackerBuild {
  change: WorkbookChange;
  report: BuildReport;
}

const TEXT_WIDTH = unitSheetColumns([]).find((c) => c.key === "text")?.width ?? 50;
const isUnitName = (name: NameSpec): boolean => /^(MA|KT|SL\d+)_/.test(name.name);
const activeTasks = (tasks: readonly TaskPlacement[]) => tasks.filter((t) => !t.removed).map((t) => t.task);

function planAnchors(existing: TrackerState | null): PlanAnchors {
  const fields = existing?.positions.planFields ?? defaultFieldCells();
  const defaults = defaultFieldCells();
  const field = (name: string) => fields.get(name) ?? (defaults.get(name) as { column: number; row: number });
  return {
    sheet: trackerSheetNames().plan,
    docNumber: field("docNumber"),
    issuedOn: field("issuedOn"),
    dueSoonDays: field("dueSoonDays"),
    workingDays: field("workingDays"),
    shiftDeadline: field("shiftDeadline"),
    asOf: field("asOf"),
    headerRow: existing?.positions.plan.headerRow ?? PLAN_LAYOUT.headerRow,
    columns: existing?.positions.plan.columns ?? defaultPositions(planColumns()),
  };
}

/** Defined names for every active unit with a sheet, at its columns as found (or as built). */
function allNames(existing: TrackerState | null, units: readonly UnitPlacement[], measures: readonly Measure[]): NameSpec[] {
  const holidays = trackerSheetNames().holidays;
  const names = [...planNames(planAnchors(existing), holidays), ...helperNames()];
  const built = defaultPositions(unitSheetColumns(measures));
  const numberKeys = measures.filter((m) => m.kind === "number").map(measureKey);
  for (const p of units) {
    if (p.removed) continue;
    const found = p.sheetExists ? existing?.positions.unitSheets.get(p.unit.code) : undefined;
    const columns = found?.columns ?? built;
    const code = columns.get("code");
    const check = columns.get("check");
    if (code === undefined || check === undefined) continue;
    const numberMeasures = numberKeys.map((k) => columns.get(k)).filter((c): c is number => c !== undefined);
    if (numberMeasures.length !== numberKeys.length) continue;
    names.push(...unitNames(p.unit.code, p.sheet, found?.headerRow ?? UNIT_SHEET_LAYOUT.headerRow, { code, check, numberMeasures }));
  }
  return names;
}

/** First tab colour of a new sheet: nothing reported yet, so the deadlines alone decide. */
function firstTabColor(tasks: readonly Task[], plan: Plan, today: IsoDate, holidays: readonly IsoDate[]): string | null {
  const settings = planSettings(plan);
  const planDate = plan.issuedOn ? dateCell(plan.issuedOn) : BLANK;
  return unitTabColor(
    tasks.map((task) =>
      deadlineStatus({ deadline: task.deadline ? dateCell(task.deadline) : BLANK, status: BLANK, completed: BLANK, asOf: today, planDate, settings, holidays }),
    ),
  );
}

function tableNames(units: readonly UnitPlacement[], existing: TrackerState | null): Map<UnitCode, string> {
  const result = new Map<UnitCode, string>();
  const used = new Set<string>([...(existing?.positions.unitTables.values() ?? [])].map((n) => n.toLowerCase()));
  for (const p of units) {
    const known = existing?.positions.unitTables.get(p.unit.code);
    if (known && p.sheetExists) {
      result.set(p.unit.code, known);
      continue;
    }
    let name = unitTableName(p.unit.code);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${unitTableName(p.unit.code)}_${n}`;
    used.add(name.toLowerCase());
    result.set(p.unit.code, name);
  }
  return result;
}

function metaOf(
  plan: Plan,
  state: TrackerState | null,
  tasks: readonly TaskPlacement[],
  units: readonly UnitPlacement[],
  tables: ReadonlyMap<UnitCode, string>,
  measures: readonly Measure[],
  keys: { overviewKey: string; namesKey: string; helpersKey: string },
): TrackerMeta {
  const settings = state ? state.settings : planSettings(plan);
  return {
    schemaVersion: 1,
    planId: plan.docNumber,
    settings: { dueSoonDays: settings.dueSoonDays, workingDays: settings.workingDays, shiftDeadlineToWorkingDay: settings.shiftDeadlineToWorkingDay },
    measures: measures.map((m) => ({ key: m.key, label: m.label, kind: m.kind })),
    tasks: tasks.map((t) => t.task.code),
    units: units.filter((u) => u.sheetExists || !u.removed).map((u) => ({ code: u.unit.code, sheet: u.sheet, table: tables.get(u.unit.code) as string })),
    columns: unitSheetColumns(measures).map((c) => ({ key: c.key, header: c.header })),
    ...keys,
  };
}

/** Rows a unit sheet lacks (new tasks, or rows a user deleted), appended after its last row. */
function unitSheetPatch(
  positions: UnitSheetPositions,
  missing: readonly Task[],
  unit: Unit,
  table: string | undefined,
  measures: readonly Measure[],
): SheetContent | null {
  const rows = missing.map((task, i) => {
    const row = positions.lastRow + 1 + i;
    return { row, cells: taskRowCells(task.code, row, positions.columns) };
  });
  const titleChanged = positions.title !== unit.name;
  if (rows.length === 0 && !titleChanged) return null;
  const content: SheetContent = { cells: [...(titleChanged ? [{ at: "A1", rows: [[text(unit.name)]] }] : []), ...rowBlocks(rows)] };
  if (rows.length > 0) {
    content.rows = missing.map((task, i) => ({ index: positions.lastRow + 1 + i, height: wrappedRowHeight(task.text, TEXT_WIDTH) }));
    const firstTaskRow = positions.headerRow + 1;
    const styledBefore = styledRowCount(positions.lastRow - positions.headerRow);
    const styledAfter = styledRowCount(positions.lastRow - positions.headerRow + rows.length);
    if (styledAfter > styledBefore) {
      content.styles = taskRowStyles(unitSheetColumns(measures), positions.columns, firstTaskRow + styledBefore, firstTaskRow + styledAfter - 1);
    }
  }
  if (rows.length > 0 && table) {
    const span = tableSpan(positions, positions.extraColumns.map((e) => e.column));
    content.tables = [{ name: table, range: range(span.left, positions.headerRow, span.right, positions.lastRow + rows.length) }];
  }
  // Hosts lift the sheet's protection to write and put it back after (protected without password).
  content.protection = unitSheetProtection();
  return content;
}

/** Tab order after adding sheets: the workbook's order, new unit sheets after the last unit sheet. */
function orderAfterAdding(existingOrder: readonly string[], unitSheets: ReadonlySet<string>, added: readonly string[]): string[] {
  const order = [...existingOrder];
  let at = -1;
  order.forEach((name, i) => {
    if (unitSheets.has(sheetNameKey(name))) at = i;
  });
  if (at < 0) at = order.findIndex((n) => sameSheetName(n, trackerSheetNames().overview));
  if (at < 0) at = order.length - 1;
  order.splice(at + 1, 0, ...added);
  return order;
}

/**
 * A later plan may bring other measures or settings than the tracker has. The tracker keeps its
 * own — columns hold what units typed, and the settings on Kế hoạch are the users' to change —
 * and says so, rather than ignoring the plan silently.
 */
function keptFromSheets(plan: Plan, existing: TrackerState, measures: readonly Measure[]): Problem[] {
  const problems: Problem[] = [];
  const describe = (list: readonly Measure[]) => list.map((m) => m.label).join(", ");
  if (plan.measures && describe(plan.measures) !== describe(measures)) {
    problems.push({ key: "tracker.build.measuresKept", params: { kept: describe(measures), asked: describe(plan.measures) } });
  }
  const sheet = existing.settings;
  const asked = plan.settings ?? {};
  const differs = (Object.keys(asked) as Array<keyof PlanSettings>).filter((k) => asked[k] !== undefined && asked[k] !== sheet[k]);
  const kept: Record<keyof PlanSettings, MessageKey> = {
    dueSoonDays: "tracker.build.dueSoonDaysKept",
    workingDays: "tracker.build.workingDaysKept",
    shiftDeadlineToWorkingDay: "tracker.build.shiftDeadlineKept",
  };
  for (const setting of differs) problems.push({ key: kept[setting] });
  return problems;
}

export function planTrackerBuild(input: TrackerBuildInput): TrackerBuild {
  const plan = normalizePlan(input.plan);
  const units = input.units.map(normalizeUnit);
  const existing = input.existing;
  const merge = mergeTracker(plan, units, existing, reservedSheetNames());
  const report = merge.report;
  const measures = existing?.plan.measures ?? plan.measures ?? [...DEFAULT_MEASURES];
  if (existing) report.problems.push(...keptFromSheets(plan, existing, measures));
  const tasks = activeTasks(merge.tasks);
  const tables = tableNames(merge.units, existing);
  const names = trackerSheetNames();
  const holidays = existing?.settings.holidays ?? [];
  const overviewUnits = merge.units.filter((u) => !u.removed).map((u) => ({ unit: u.unit, sheet: u.sheet }));
  const overviewInput = { tasks, units: overviewUnits, measures };
  const overviewKey = fingerprint(overviewBasis(overviewInput));
  const definedNames = allNames(existing, merge.units, measures);
  const namesKey = fingerprint(definedNames);
  const helpers = helperBlock(settingsCellRefs(planAnchors(existing)));
  const keys = { overviewKey, namesKey, helpersKey: fingerprint(helpers) };
  const newUnits = merge.units.filter((u) => !u.removed && !u.sheetExists);
  const copies = newUnits.map((p) =>
    unitSheetCopy({
      unit: p.unit,
      sheet: p.sheet,
      tableName: tables.get(p.unit.code) as string,
      tasks,
      measures,
      entries: [],
      tabColor: firstTabColor(tasks, plan, input.today, holidays),
    }),
  );
  const ops: WorkbookOp[] = [];

  if (existing === null) {
    ops.push({ op: "addSheet", sheet: planSheet({ ...plan, measures }, merge.tasks) });
    ops.push({ op: "addSheet", sheet: unitsSheet(merge.units) });
    ops.push({ op: "addSheet", sheet: holidaysSheet() });
    ops.push({ op: "addSheet", sheet: metaSheet(metaOf(plan, null, merge.tasks, merge.units, tables, measures, keys), helpers) });
    // Names before the formulas that use them; unit names once their sheets exist.
    ops.push({ op: "defineNames", names: definedNames.filter((n) => !isUnitName(n)) });
    ops.push({ op: "addSheet", sheet: unitSheetTemplate({ tasks, measures }) });
    for (const copy of copies) ops.push({ op: "copySheet", copy });
    ops.push({ op: "defineNames", names: definedNames.filter(isUnitName) });
    ops.push({ op: "addSheet", sheet: overviewSheet(overviewInput) });
    ops.push({ op: "orderSheets", names: [names.plan, names.units, names.overview, ...newUnits.map((u) => u.sheet), names.holidays, META_SHEET] });
    ops.push({ op: "activateSheet", name: names.overview });
    report.sheetsAdded.push(names.plan, names.units, names.overview, ...newUnits.map((u) => u.sheet), names.holidays);
    report.overviewRebuilt = true;
    return { change: { ops, dropTemplates: [TEMPLATE_SHEET] }, report };
  }

  // Rebuild (or the first build over Kế hoạch and Đơn vị sheets users already filled in):
  // each sheet is patched where it exists and made where it does not.
  const has = (name: string) => existing.positions.sheetNames.some((n) => sameSheetName(n, name));
  const added: string[] = [];
  if (has(names.plan)) {
    const planPatch = planSheetPatch({ ...plan, measures }, existing.plan, merge.tasks, existing.positions.plan, existing.positions.planFields);
    if (planPatch) ops.push({ op: "patchSheet", name: names.plan, content: planPatch });
  } else {
    ops.push({ op: "addSheet", sheet: planSheet({ ...plan, measures }, merge.tasks) });
    added.push(names.plan);
  }
  const linked = new Map(existing.sheets);
  for (const r of existing.positions.renamed) linked.set(r.unit, r.from);
  if (has(names.units)) {
    const unitsPatch = unitsSheetPatch(merge.units, existing.positions.units, linked);
    if (unitsPatch) ops.push({ op: "patchSheet", name: names.units, content: unitsPatch });
  } else {
    ops.push({ op: "addSheet", sheet: unitsSheet(merge.units) });
    added.push(names.units);
  }
  if (!has(names.holidays)) {
    ops.push({ op: "addSheet", sheet: holidaysSheet() });
    added.push(names.holidays);
  }
  const meta = metaOf(plan, existing, merge.tasks, merge.units, tables, measures, keys);
  if (!has(META_SHEET)) ops.push({ op: "addSheet", sheet: metaSheet(meta, helpers) });
  else if (fingerprint(meta) !== existing.positions.metaKey) ops.push({ op: "patchSheet", name: META_SHEET, content: metaPatch(meta, helpers, existing.positions.metaSize.rows) });
  // Names before the formulas that use them; unit names once their sheets exist.
  const namesChanged = namesKey !== existing.positions.namesKey;
  if (namesChanged) ops.push({ op: "defineNames", names: definedNames.filter((n) => !isUnitName(n)) });

  for (const p of merge.units) {
    if (p.removed || !p.sheetExists) continue;
    const positions = existing.positions.unitSheets.get(p.unit.code);
    if (!positions) continue;
    const missing = tasks.filter((task) => !positions.taskRows.has(task.code));
    const patch = unitSheetPatch(positions, missing, p.unit, tables.get(p.unit.code), measures);
    if (patch) ops.push({ op: "patchSheet", name: positions.sheet, content: patch });
  }
  if (copies.length > 0) {
    ops.push({ op: "addSheet", sheet: unitSheetTemplate({ tasks, measures }) });
    for (const copy of copies) ops.push({ op: "copySheet", copy });
  }
  if (namesChanged) ops.push({ op: "defineNames", names: definedNames.filter(isUnitName) });

  const overviewExists = has(names.overview);
  const overviewChanged = overviewKey !== existing.positions.overviewKey || !overviewExists;
  if (overviewChanged) {
    if (overviewExists) ops.push({ op: "deleteSheet", name: names.overview });
    ops.push({ op: "addSheet", sheet: overviewSheet(overviewInput) });
    report.overviewRebuilt = true;
    if (!overviewExists) added.push(names.overview);
  }
  report.sheetsAdded.push(...added, ...newUnits.map((u) => u.sheet));

  if (copies.length > 0 || added.length > 0 || overviewChanged) {
    // The workbook's own order, new unit sheets after the last unit sheet; a new Tổng quan third.
    const unitSheetKeys = new Set([...existing.sheets.values()].map(sheetNameKey));
    const order = orderAfterAdding(existing.positions.sheetNames, unitSheetKeys, newUnits.map((u) => u.sheet));
    if (!overviewExists) order.splice(Math.min(2, order.length), 0, names.overview);
    const first = [names.plan, names.units].filter((n) => added.includes(n));
    ops.push({ op: "orderSheets", names: [...first, ...order.filter((n) => !first.includes(n))] });
  }
  return { change: { ops, ...(copies.length > 0 ? { dropTemplates: [TEMPLATE_SHEET] } : {}) }, report };
}

const sheetExists = (existing: TrackerState | null, name: string): boolean =>
  existing !== null && existing.positions.sheetNames.some((n) => sameSheetName(n, name));

/** The task pane's "Nhập kế hoạch" save: only the Kế hoạch sheet (made if missing). */
export function planSavePlan(plan: Plan, existing: TrackerState | null): WorkbookChange {
  const normalized = normalizePlan(plan);
  const merge = mergeTracker(normalized, existing ? [...existing.units] : [], existing, reservedSheetNames());
  const name = trackerSheetNames().plan;
  if (!existing || !sheetExists(existing, name)) return { ops: [{ op: "addSheet", sheet: planSheet(normalized, merge.tasks) }] };
  const patch = planSheetPatch(normalized, existing.plan, merge.tasks, existing.positions.plan, existing.positions.planFields);
  return { ops: patch ? [{ op: "patchSheet", name, content: patch }] : [] };
}

/** A units import: only the Đơn vị sheet (the next rebuild makes the new units' sheets and links). */
export function planUnitsSheet(units: Unit[], existing: TrackerState | null): WorkbookChange {
  const normalized = units.map(normalizeUnit);
  const merge = mergeTracker({ tasks: existing ? [...existing.plan.tasks] : [] }, normalized, existing, reservedSheetNames());
  const name = trackerSheetNames().units;
  if (!existing || !sheetExists(existing, name)) {
    // No unit sheet exists yet: no link may point at one.
    return { ops: [{ op: "addSheet", sheet: { ...unitsSheet(merge.units), hyperlinks: [] } }] };
  }
  const patch = unitsSheetPatch(merge.units, existing.positions.units, new Map(existing.sheets));
  if (!patch) return { ops: [] };
  const linkable = new Set(merge.units.filter((p) => p.sheetExists).map((p) => sheetNameKey(p.sheet)));
  const hyperlinks = (patch.hyperlinks ?? []).filter((h) => linkable.has(sheetNameKey(h.target.sheet)));
  return { ops: [{ op: "patchSheet", name, content: { ...patch, hyperlinks } }] };
}
