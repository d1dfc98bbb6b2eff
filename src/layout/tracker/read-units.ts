/**
 * Reads the Đơn vị sheet back, rows typed or pasted by users included, with the same field
 * rules as the CSV import (domain/unit-fields) so a unit is valid the same way wherever typed.
 */
import type { Problem } from "../../domain/result";
import { checkEmail, checkMembers, checkUnitCode, checkUnitKind } from "../../domain/unit-fields";
import type { Unit, UnitCode } from "../../domain/types";
import { cell } from "../excel-rules";
import { textCell } from "./cell-parsing";
import { defaultPositions, unitListColumns } from "./columns";
import { UNITS_LAYOUT } from "./geometry";
import { matchColumns } from "./read-plan";
import type { SheetGrid } from "./sheet-grid";
import type { TablePositions } from "./positions";

export interface UnitsRead {
  units: Unit[];
  removedUnits: Unit[];
  positions: TablePositions<UnitCode>;
}

export function readUnitsSheet(grid: SheetGrid, problems: Problem[]): UnitsRead | null {
  const sheet = grid.sheet;
  const columns = unitListColumns();
  const required = columns.filter((c) => c.key === "code" || c.key === "name").map((c) => c.header);
  const headerRow = grid.findHeaderRow(required);
  if (headerRow === null) {
    problems.push({ key: "tracker.read.headerMissing", params: { header: required[0] }, at: { sheet } });
    return null;
  }
  const { found, extra } = matchColumns(grid, headerRow, columns);
  for (const c of columns) if (!found.has(c.key) && c.role !== "link") problems.push({ key: "tracker.read.columnMissing", params: { header: c.header }, at: { sheet, cell: cell(1, headerRow) } });
  const value = (row: number, key: string) => {
    const c = found.get(key);
    return c === undefined ? null : grid.value(row, c);
  };
  const at = (row: number, key: string) => ({ sheet, cell: cell(found.get(key) ?? 1, row) });

  const units: Unit[] = [];
  const removedUnits: Unit[] = [];
  const rows = new Map<UnitCode, number>();
  let lastRow = headerRow;
  for (let row = headerRow + 1; row <= grid.lastRow; row++) {
    const owned = [...found.entries()].filter(([key]) => key !== "sheet").map(([, c]) => c);
    if ([...owned, ...extra.map((e) => e.column)].some((c) => textCell(grid.value(row, c)) !== null)) lastRow = row;
    if (!owned.some((c) => textCell(grid.value(row, c)) !== null)) continue;
    const rowProblems: Problem[] = [];
    const code = checkUnitCode(textCell(value(row, "code")) ?? "", at(row, "code"));
    const name = textCell(value(row, "name"));
    if (name === null) rowProblems.push({ key: "units.missingName", at: at(row, "name") });
    const kind = checkUnitKind(textCell(value(row, "kind")) ?? "", at(row, "kind"));
    const email = checkEmail(textCell(value(row, "email")) ?? "", at(row, "email"));
    const membersValue = value(row, "members");
    const members = checkMembers(typeof membersValue === "number" ? membersValue : textCell(membersValue) ?? "", at(row, "members"));
    for (const check of [code, kind, email, members]) if (!check.ok) rowProblems.push(check.problem);
    if (!code.ok || !kind.ok || !email.ok || !members.ok || name === null) {
      problems.push(...rowProblems);
      continue;
    }
    if (rows.has(code.value)) {
      problems.push({ key: "units.duplicateCode", params: { value: code.value, first: rows.get(code.value) as number }, at: at(row, "code") });
      continue;
    }
    rows.set(code.value, row);
    const unit: Unit = { code: code.value, name, kind: kind.value, head: textCell(value(row, "head")), email: email.value, members: members.value };
    if (textCell(value(row, "flag")) !== null) removedUnits.push(unit);
    else units.push(unit);
  }
  return { units, removedUnits, positions: { headerRow, columns: found, rows, lastRow } };
}

/** A unit list not made yet. */
export function emptyUnitsRead(): UnitsRead {
  return { units: [], removedUnits: [], positions: { headerRow: UNITS_LAYOUT.headerRow, columns: defaultPositions(unitListColumns()), rows: new Map(), lastRow: UNITS_LAYOUT.headerRow } };
}
