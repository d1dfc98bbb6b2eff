/**
 * A rebuild: only what the new plan and unit list change — new task rows, new unit sheets, flags
 * on removed tasks and units, changed plan cells — written in place, at the rows and columns
 * where the read found things. Users' entries are never written: they stay in their cells.
 * Generated parts (Tổng quan, defined names, _meta) are rewritten only when their fingerprint
 * changes, so building twice with the same input changes nothing the second time.
 */
import type { Measure, Task, Unit } from "../../domain/types";
import { range, sameSheetName, sheetNameKey } from "../excel-rules";
import type { SheetContent, WorkbookOp } from "../sheet-spec";
import { isUnitName, metaOf, type BuildParts } from "./build-parts";
import { text } from "./cells";
import { unitSheetColumns } from "./columns";
import { fingerprint } from "./fingerprint";
import { META_SHEET, TEMPLATE_SHEET, isBuildLeftover, trackerSheetNames } from "./geometry";
import { holidaysSheet } from "./holidays-sheet";
import { metaPatch, provisionalMetaSheet } from "./meta-sheet";
import { overviewSheet } from "./overview-sheet";
import { planSheet, planSheetPatch, tableSpan } from "./plan-sheet";
import { wrappedRowHeight } from "./row-height";
import type { TrackerBuild } from "./tracker-change";
import { rowBlocks, withCodesLast, styledRowCount, taskRowCells, taskRowStyles, UNIT_TABLE_LOOK, unitSheetProtection, unitSheetTemplate } from "./unit-sheet";
import { unitsSheet, unitsSheetPatch } from "./units-sheet";
import type { LocatedTracker, UnitSheetPositions } from "./positions";

export function rebuildDiff(parts: BuildParts, existing: LocatedTracker): TrackerBuild {
  const { plan, measures, merge, report, tasks, tables, names, overviewInput, overviewKey, definedNames, namesKey, helpers, keys, newUnits, copies } = parts;
  const ops: WorkbookOp[] = [];
  // Also the first build over Kế hoạch and Đơn vị sheets users already filled in: each sheet
  // is patched where it exists and made where it does not.
  const has = (name: string) => existing.positions.sheetNames.some((n) => sameSheetName(n, name));
  const added: string[] = [];
  const leftovers = existing.positions.sheetNames.filter(isBuildLeftover);
  for (const name of leftovers) ops.push({ op: "deleteSheet", name });
  if (has(names.plan)) {
    for (const content of planSheetPatch({ ...plan, measures }, existing.plan, merge.tasks, existing.positions.plan, existing.positions.planFields)) {
      ops.push({ op: "patchSheet", name: names.plan, content });
    }
  } else {
    ops.push({ op: "addSheet", sheet: planSheet({ ...plan, measures }, merge.tasks) });
    added.push(names.plan);
  }
  const linked = new Map(existing.sheets);
  for (const r of existing.positions.renamed) linked.set(r.unit, r.from);
  if (has(names.units)) {
    for (const content of unitsSheetPatch(merge.units, existing.positions.units, linked)) ops.push({ op: "patchSheet", name: names.units, content });
  } else {
    ops.push({ op: "addSheet", sheet: unitsSheet(merge.units) });
    added.push(names.units);
  }
  if (!has(names.holidays)) {
    ops.push({ op: "addSheet", sheet: holidaysSheet() });
    added.push(names.holidays);
  }
  // _meta vouches for the unit sheets, tables, Tổng quan and names made below: written last.
  const meta = metaOf(plan, existing, merge.tasks, merge.units, tables, measures, keys);
  let metaRows = existing.positions.metaSize.rows;
  if (!has(META_SHEET)) {
    const provisional = provisionalMetaSheet(meta, helpers, new Set(merge.units.filter((u) => u.sheetExists).map((u) => u.unit.code)));
    metaRows = provisional.rows;
    ops.push({ op: "addSheet", sheet: provisional.sheet });
  }
  // Names before the formulas that use them; unit names once their sheets exist.
  const namesChanged = namesKey !== existing.positions.namesKey;
  if (namesChanged) ops.push({ op: "defineNames", names: definedNames.filter((n) => !isUnitName(n)) });

  for (const p of merge.units) {
    if (p.removed || !p.sheetExists) continue;
    const positions = existing.positions.unitSheets.get(p.unit.code);
    if (!positions) continue;
    const missing = tasks.filter((task) => !positions.taskRows.has(task.code));
    const patches = unitSheetPatch(positions, missing, p.unit, tables.get(p.unit.code), measures);
    // A sheet a batch cut short left unprotected gets its protection back.
    if (patches.length === 0 && existing.positions.unprotected?.has(sheetNameKey(positions.sheet))) patches.push({ protection: unitSheetProtection() });
    for (const content of patches) ops.push({ op: "patchSheet", name: positions.sheet, content });
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
  if (!has(META_SHEET) || fingerprint(meta) !== existing.positions.metaKey) {
    ops.push({ op: "patchSheet", name: META_SHEET, content: metaPatch(meta, helpers, metaRows) });
  }

  if (copies.length > 0 || added.length > 0 || overviewChanged) {
    // The workbook's own order, new unit sheets after the last unit sheet; a new Tổng quan third.
    const unitSheetKeys = new Set([...existing.sheets.values()].map(sheetNameKey));
    const order = orderAfterAdding(existing.positions.sheetNames.filter((n) => !isBuildLeftover(n)), unitSheetKeys, newUnits.map((u) => u.sheet));
    if (!overviewExists) order.splice(Math.min(2, order.length), 0, names.overview);
    const first = [names.plan, names.units].filter((n) => added.includes(n));
    ops.push({ op: "orderSheets", names: [...first, ...order.filter((n) => !first.includes(n))] });
  }
  return { change: { ops, ...(copies.length > 0 ? { dropTemplates: [TEMPLATE_SHEET] } : {}) }, report };
}

const TEXT_WIDTH = unitSheetColumns([]).find((c) => c.key === "text")?.width ?? 50;

/** Rows a unit sheet lacks (new tasks, or rows a user deleted), appended after its last row; their codes last. */
function unitSheetPatch(
  positions: UnitSheetPositions,
  missing: readonly Task[],
  unit: Unit,
  table: string | undefined,
  measures: readonly Measure[],
): SheetContent[] {
  const codeColumn = positions.columns.get("code");
  const rows = missing.map((task, i) => {
    const row = positions.lastRow + 1 + i;
    return { row, cells: taskRowCells(task.code, row, positions.columns).filter((c) => c.column !== codeColumn) };
  });
  const titleChanged = positions.title !== unit.name;
  if (rows.length === 0 && !titleChanged) return [];
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
    // Excel re-creates a resized table (Table.resize needs a newer API): the look goes with it.
    content.tables = [{ name: table, range: range(span.left, positions.headerRow, span.right, positions.lastRow + rows.length), ...UNIT_TABLE_LOOK }];
  }
  // Hosts lift the sheet's protection to write and put it back after (protected without password).
  content.protection = unitSheetProtection();
  if (codeColumn === undefined) return [content];
  return withCodesLast(content, missing.map((task, i) => ({ row: positions.lastRow + 1 + i, cells: [{ column: codeColumn, content: text(task.code) }] })));
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

