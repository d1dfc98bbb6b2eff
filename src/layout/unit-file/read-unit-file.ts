/**
 * A unit's file read back: its hidden records first (what it was exported for), then its sheet
 * by those records. Anything that makes the rows untrustworthy — another file altogether, task
 * codes or deadlines edited, a formula or a non-date where a value belongs — is a problem, and
 * the engine takes nothing from a file with one.
 */
import type { Problem, Result } from "../../domain/result";
import { fail, ok } from "../../domain/result";
import type { UnitTaskEntry } from "../../domain/tracker";
import { taskListChecksum } from "../../domain/unit-return";
import type { IsoDate, Measure, TaskCode, UnitCode } from "../../domain/types";
import { cell } from "../excel-rules";
import { sameSheetName } from "../excel-rules";
import type { ReadRequest, WorkbookSnapshot } from "../workbook-host";
import { unitSheetColumns } from "../tracker/columns";
import { findUnitCode, readUnitSheet } from "../tracker/read-unit-sheet";
import { SheetGrid } from "../tracker/sheet-grid";
import { UNIT_FILE_MARK, UNIT_FILE_META_SHEET, type UnitFileMeta } from "./unit-file-sheet";

export const unitFileFirstReads = (): ReadRequest[] => [{ sheet: UNIT_FILE_META_SHEET }];

/** The records of the hidden sheet, or why the file is not a unit file. */
export function readUnitFileMeta(snapshot: WorkbookSnapshot): Result<UnitFileMeta> {
  const read = snapshot.ranges.find((r) => sameSheetName(r.request.sheet, UNIT_FILE_META_SHEET) && r.found);
  if (!read) return fail({ key: "unitFile.notUnitFile" });
  const grid = SheetGrid.from(read);
  if (grid.text(1, 1) !== UNIT_FILE_MARK) return fail({ key: "unitFile.notUnitFile" });
  const meta: UnitFileMeta = { planId: "", unit: "", sheet: "", checksum: "", exportedOn: "", tasks: [], exported: new Map() };
  for (let row = 2; row <= grid.lastRow; row++) {
    const kind = grid.text(row, 1);
    const a = grid.text(row, 2);
    const b = grid.text(row, 3);
    if (kind === "plan") meta.planId = a;
    else if (kind === "unit") meta.unit = a;
    else if (kind === "sheet") meta.sheet = a;
    else if (kind === "checksum") meta.checksum = a;
    else if (kind === "exportedOn") meta.exportedOn = a;
    else if (kind === "task") meta.tasks.push({ code: a, deadline: b === "" ? null : b });
    else if (kind === "exported") {
      try {
        meta.exported.set(a, JSON.parse(b) as UnitTaskEntry);
      } catch {
        return fail({ key: "unitFile.tampered", params: { detail: `_meta ${cell(3, row)}` } });
      }
    }
  }
  if (!meta.planId || !meta.unit || !meta.sheet) return fail({ key: "unitFile.notUnitFile" });
  const listed = meta.tasks.map((task) => ({ code: task.code as TaskCode, deadline: task.deadline as IsoDate | null }));
  if (taskListChecksum(listed) !== meta.checksum) return fail({ key: "unitFile.tampered", params: { detail: UNIT_FILE_META_SHEET } });
  return ok(meta);
}

/** The sheet a unit filled in, with its formulas (a formula where a value belongs is refused). */
export function unitFileSheetRead(meta: UnitFileMeta, snapshot: WorkbookSnapshot): ReadRequest | null {
  const name = snapshot.sheets.find((s) => sameSheetName(s.name, meta.sheet))?.name;
  return name ? { sheet: name, formulas: true } : null;
}

/** The entries the unit typed, by task code, or every reason the sheet cannot be taken. */
export function readUnitFileSheet(snapshot: WorkbookSnapshot, meta: UnitFileMeta, measures: readonly Measure[]): Result<Map<TaskCode, UnitTaskEntry>> {
  const read = snapshot.ranges.find((r) => r.found && sameSheetName(r.request.sheet, meta.sheet));
  if (!read) return fail({ key: "unitFile.sheetMissing", params: { sheet: meta.sheet } });
  const grid = SheetGrid.from(read);
  const sheet = read.request.sheet;
  const found = findUnitCode(grid);
  if (found !== meta.unit) return fail({ key: "unitFile.codeCellChanged", params: { unit: meta.unit, found: found ?? "" }, at: { sheet } });
  const columns = unitSheetColumns(measures);
  const taskCodes = meta.tasks.map((task) => task.code as TaskCode);
  const readProblems: Problem[] = [];
  const sheetRead = readUnitSheet(grid, meta.unit as UnitCode, measures, columns.map((c) => ({ key: c.key, header: c.header })), new Set(taskCodes), readProblems);
  // Moved columns are followed by their headers; a column a unit added is its own business.
  const problems = readProblems.filter((p) => p.key !== "tracker.read.columnMoved" && p.key !== "tracker.read.extraColumn");
  if (!sheetRead) return fail(...problems);
  const missing = taskCodes.filter((code) => !sheetRead.positions.taskRows.has(code));
  if (missing.length > 0) problems.push({ key: "unitFile.rowsMissing", params: { codes: missing.join(", ") }, at: { sheet } });
  for (const problem of problems) {
    if (problem.key === "tracker.read.unknownTaskRow" || problem.key === "tracker.read.duplicateTaskRow") problem.key = "unitFile.taskCodeChanged";
  }
  const inputs = columns.filter((c) => c.role === "input").map((c) => sheetRead.positions.columns.get(c.key)).filter((c): c is number => c !== undefined);
  for (const row of sheetRead.positions.taskRows.values()) {
    for (const column of inputs) {
      const source = grid.formula(row, column);
      if (typeof source === "string" && source.startsWith("=") && source !== grid.value(row, column)) {
        problems.push({ key: "unitFile.formulaInInput", params: { formula: source }, at: { sheet, cell: cell(column, row) } });
      }
    }
  }
  if (problems.length > 0) return fail(...problems);
  return ok(new Map(sheetRead.entries.map((entry) => [entry.task, entry])));
}
