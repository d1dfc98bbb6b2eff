/**
 * Reads one unit's sheet back: the unit it belongs to (by its unit-code cell, so a renamed
 * sheet is still found), its columns by header text (so moved columns are followed and a
 * user's own columns are noticed), and its entries by task code (not by row: users sort).
 */
import { readStatusCell } from "../../domain/deadline";
import type { Problem } from "../../domain/result";
import { isEmptyEntry, type MeasureValue, type UnitTaskEntry } from "../../domain/tracker";
import { checkUnitCode } from "../../domain/unit-fields";
import type { Measure, TaskCode, UnitCode } from "../../domain/types";
import { t } from "../../i18n/messages";
import { cell, columnLetters } from "../excel-rules";
import { parseDateCell, parseNumberCell, textCell } from "./cell-parsing";
import { COLUMN_HEADERS, headerKey, measureKey, unitSheetColumns, type ColumnDef } from "./columns";
import { matchColumns } from "./read-plan";
import type { SheetGrid } from "./sheet-grid";
import type { UnitSheetPositions } from "./positions";

/** How far down the title block the unit-code label may have moved (users insert rows). */
const TITLE_SEARCH_ROWS = 12;

/**
 * The unit code in the title block: the first valid code right of the "Mã ĐV" label above the
 * table (a column a user inserted or moved may put a blank or the back link in between).
 */
export function findUnitCode(grid: SheetGrid): UnitCode | null {
  const label = headerKey(t("tracker.unit.codeLabel"));
  const taskHeader = grid.findHeaderRow([COLUMN_HEADERS.taskCode], 1, TITLE_SEARCH_ROWS + 2);
  if (taskHeader === null) return null;
  for (let row = 1; row < taskHeader; row++) {
    for (const [column, textValue] of grid.headers(row)) {
      if (headerKey(textValue) !== label) continue;
      for (const right of grid.headers(row).keys()) {
        if (right <= column) continue;
        const code = checkUnitCode(grid.text(row, right), {});
        if (code.ok) return code.value;
      }
    }
  }
  return null;
}

export interface UnitSheetRead {
  positions: UnitSheetPositions;
  entries: UnitTaskEntry[];
}

/**
 * `built`: the columns as the tracker made them (from _meta), to tell moved columns; matching
 * is by header text against both those and today's headers.
 */
export function readUnitSheet(
  grid: SheetGrid,
  unit: UnitCode,
  measures: readonly Measure[],
  built: ReadonlyArray<{ key: string; header: string }>,
  knownTasks: ReadonlySet<TaskCode>,
  problems: Problem[],
): UnitSheetRead | null {
  const sheet = grid.sheet;
  const current = unitSheetColumns(measures);
  const columns: ColumnDef[] = [...current, ...built.filter((b) => !current.some((c) => headerKey(c.header) === headerKey(b.header))).map((b) => ({ ...b, width: 10, role: "input" as const }))];
  const headerRow = grid.findHeaderRow([COLUMN_HEADERS.taskCode], 1, TITLE_SEARCH_ROWS + 2);
  if (headerRow === null) {
    problems.push({ key: "tracker.read.headerMissing", params: { header: COLUMN_HEADERS.taskCode }, at: { sheet } });
    return null;
  }
  const { found, extra } = matchColumns(grid, headerRow, columns);
  built.forEach((b, i) => {
    const now = found.get(b.key);
    if (now === undefined) problems.push({ key: "tracker.read.columnMissing", params: { header: b.header }, at: { sheet, cell: cell(1, headerRow) } });
    else if (now !== i + 1) problems.push({ key: "tracker.read.columnMoved", params: { header: b.header, from: columnLetters(i + 1), to: columnLetters(now) }, at: { sheet, cell: cell(now, headerRow) } });
  });
  for (const e of extra) problems.push({ key: "tracker.read.extraColumn", params: { header: e.header }, at: { sheet, cell: cell(e.column, headerRow) } });

  const codeColumn = found.get("code") as number;
  const value = (row: number, key: string) => {
    const c = found.get(key);
    return c === undefined ? null : grid.value(row, c);
  };
  const taskRows = new Map<TaskCode, number>();
  const entries: UnitTaskEntry[] = [];
  let lastRow = headerRow;
  for (let row = headerRow + 1; row <= grid.lastRow; row++) {
    const codeText = textCell(grid.value(row, codeColumn));
    if (codeText === null) continue;
    lastRow = row;
    const task = codeText as TaskCode;
    if (!knownTasks.has(task)) {
      problems.push({ key: "tracker.read.unknownTaskRow", params: { code: codeText }, at: { sheet, cell: cell(codeColumn, row) } });
      continue;
    }
    if (taskRows.has(task)) {
      problems.push({ key: "tracker.read.duplicateTaskRow", params: { code: task, first: taskRows.get(task) as number, row }, at: { sheet, cell: cell(codeColumn, row) } });
      continue;
    }
    taskRows.set(task, row);
    const entry = readEntry(grid, row, unit, task, measures, value, found, problems);
    if (!isEmptyEntry(entry)) entries.push(entry);
  }
  const title = textCell(grid.value(1, 1)) ?? "";
  return { positions: { sheet, headerRow, columns: found, taskRows, lastRow, title, extraColumns: extra }, entries };
}

function readEntry(
  grid: SheetGrid,
  row: number,
  unit: UnitCode,
  task: TaskCode,
  measures: readonly Measure[],
  value: (row: number, key: string) => ReturnType<SheetGrid["value"]>,
  found: ReadonlyMap<string, number>,
  problems: Problem[],
): UnitTaskEntry {
  const sheet = grid.sheet;
  const statusCell = readStatusCell(value(row, "status"));
  if (statusCell.kind === "invalid") {
    problems.push({ key: "tracker.read.badStatus", params: { value: statusCell.raw }, at: { sheet, cell: cell(found.get("status") as number, row) } });
  }
  let completedOn = null;
  const completedColumn = found.get("completedOn");
  if (completedColumn !== undefined) {
    const parsed = parseDateCell(grid.value(row, completedColumn), sheet, completedColumn, row);
    if (parsed.ok) completedOn = parsed.value;
    else problems.push(parsed.problem);
  }
  const measureValues: Record<string, MeasureValue> = {};
  for (const m of measures) {
    const column = found.get(measureKey(m));
    if (column === undefined) continue;
    const raw = grid.value(row, column);
    if (m.kind === "number") {
      const parsed = parseNumberCell(raw, sheet, column, row);
      if (parsed.ok) {
        if (parsed.value !== null) measureValues[m.key] = parsed.value;
      } else {
        problems.push(parsed.problem);
        // Kept as typed, so nothing a user wrote disappears from what the engine sees.
        measureValues[m.key] = textCell(raw) as string;
      }
    } else {
      const text = textCell(raw);
      if (text !== null) measureValues[m.key] = text;
    }
  }
  return {
    unit,
    task,
    status: statusCell.kind === "status" ? statusCell.status : null,
    completedOn,
    measures: measureValues,
    reportRef: textCell(value(row, "reportRef")),
    note: textCell(value(row, "note")),
  };
}
