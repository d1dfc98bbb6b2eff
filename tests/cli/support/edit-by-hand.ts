/**
 * Edits staff make to a saved tracker in Excel (a sheet renamed or deleted, rows sorted, a value
 * typed), made here through the file host: opened, changed, saved.
 */
import { readTrackerFrom } from "../../../src/engine";
import { XlsxHost } from "../../../src/hosts/xlsx";
import type { CellContent, WorkbookOp } from "../../../src/layout/sheet-spec";
import type { UnitCode } from "../../../src/domain/types";

async function open(file: string): Promise<XlsxHost> {
  const opened = await XlsxHost.open(file);
  if (!opened.ok) throw new Error(`cannot open ${file}: ${JSON.stringify(opened.problems)}`);
  return opened.value;
}

/** Opens the file, applies the ops (made from its sheets' names in tab order, when a function), saves it. */
export async function editByHand(file: string, ops: WorkbookOp[] | ((sheets: string[]) => WorkbookOp[])): Promise<void> {
  const host = await open(file);
  const sheets = typeof ops === "function" ? (await host.snapshot([])).sheets.map((s) => s.name) : [];
  await host.apply({ ops: typeof ops === "function" ? ops(sheets) : ops });
  const saved = await host.save(file);
  if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
}

/** Where a unit's entries sit in the saved tracker: its sheet, and the row of each task. */
export async function unitSheetOf(file: string, unit: string): Promise<{ sheet: string; taskRows: ReadonlyMap<string, number> }> {
  const { state } = await readTrackerFrom(await open(file));
  const positions = state?.positions.unitSheets.get(unit as UnitCode);
  if (!positions) throw new Error(`no sheet for ${unit} in ${file}`);
  return { sheet: positions.sheet, taskRows: positions.taskRows };
}

/** A value read back, as what a user would type to put it there again. */
export function asTyped(value: unknown): CellContent {
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "bool", value };
  if (typeof value === "string" && value !== "") return { kind: "text", text: value };
  return { kind: "blank" };
}
