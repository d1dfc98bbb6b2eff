/**
 * The Kế hoạch sheet: plan header, settings block, and the task table — all editable by users;
 * the unit sheets look task text and deadlines up here by task code (one source of truth).
 */
import type { TaskPlacement } from "./merge";
import { DEFAULT_SETTINGS, type IsoDate, type Plan, type PlanSettings, type Task, type TaskCode } from "../../domain/types";
import { t } from "../../i18n/messages";
import type { CellContent, SheetContent, SheetSpec, StyledRange } from "../sheet-spec";
import { cell, columnLetters, range } from "../excel-rules";
import { blank, date, sameContent, text } from "./cells";
import { planColumns } from "./columns";
import { COLORS, DATE_FORMAT, PLAN_LAYOUT, ROW_CAPACITY, trackerSheetNames, TABLE_HEADER_STYLE } from "./geometry";
import { AS_OF_TODAY, PLAN_FIELDS, SETTING_FIELDS, planFieldContent, settingContent, type PlanField } from "./plan-fields";
import { wrappedRowHeight } from "./row-height";
import { rowBlocks, tableFirst } from "./unit-sheet";
import type { TablePositions } from "./positions";

export const PLAN_TABLE = "KH_NhiemVu";
const PLAN_TABLE_LOOK = { style: "TableStyleMedium2", showFilterButton: true } as const;

export function planSettings(plan: Plan): PlanSettings {
  return { ...DEFAULT_SETTINGS, ...(plan.settings ?? {}) };
}

/** The cells of a task row, by column key. */
export function taskCells(task: Task, removed: boolean): Map<string, CellContent> {
  return new Map<string, CellContent>([
    ["code", text(task.code)],
    ["text", text(task.text)],
    ["deadline", date(task.deadline)],
    ["assignee", text(task.assignee)],
    ["section", text(task.section)],
    ["flag", removed ? text(t("tracker.flag.removed")) : blank],
  ]);
}

/** The whole sheet for a fresh tracker; `placements` in plan order (removed ones flagged). */
export function planSheet(plan: Plan, placements: readonly TaskPlacement[]): SheetSpec {
  const columns = planColumns();
  const settings = planSettings(plan);
  const L = PLAN_LAYOUT;
  const firstTaskRow = L.headerRow + 1;
  const lastTaskRow = L.headerRow + Math.max(placements.length, 1);
  const fieldRows: CellContent[][] = PLAN_FIELDS.map(({ field, label }) => [text(t(label)), planFieldContent(plan, field)]);
  const settingRows: CellContent[][] = [
    [text(t("tracker.settings.title")), blank],
    ...SETTING_FIELDS.map(({ field, label }) => [text(t(label)), field === "asOf" ? AS_OF_TODAY : settingContent(settings, field)]),
  ];
  const positions = new Map(columns.map((c, i) => [c.key, i + 1]));
  const taskRows = placements.map((p, i) => ({
    row: firstTaskRow + i,
    cells: [...taskCells(p.task, p.removed)].map(([key, content]) => ({ column: positions.get(key) as number, content })),
  }));
  const yesNo = [t("tracker.yes"), t("tracker.no")];
  const settingRow = (i: number) => L.firstFieldRow + 1 + i;
  const capacity = (c: number) => range(c, firstTaskRow, c, L.headerRow + ROW_CAPACITY);
  return {
    name: trackerSheetNames().plan,
    cells: [
      { at: cell(1, L.titleRow), rows: [[text(t("tracker.plan.title"))]] },
      { at: cell(L.labelColumn, L.firstFieldRow), rows: fieldRows },
      { at: cell(L.settingsLabelColumn, L.firstFieldRow), rows: settingRows },
      { at: cell(1, L.tasksTitleRow), rows: [[text(t("tracker.plan.tasksTitle"))]] },
      { at: cell(1, L.headerRow), rows: [columns.map((c) => text(c.header))] },
      ...rowBlocks(taskRows),
    ],
    styles: [
      { range: cell(1, L.titleRow), style: { font: { bold: true, size: 14 } } },
      { range: cell(1, L.tasksTitleRow), style: { font: { bold: true, size: 12 } } },
      { range: range(L.labelColumn, L.firstFieldRow, L.labelColumn, L.firstFieldRow + PLAN_FIELDS.length - 1), style: { font: { bold: true }, fill: COLORS.labelFill, vertical: "top" } },
      { range: range(L.valueColumn, L.firstFieldRow, L.valueColumn, L.firstFieldRow + PLAN_FIELDS.length - 1), style: { wrap: true, vertical: "top" } },
      { range: cell(L.valueColumn, L.firstFieldRow + 2), style: { numberFormat: DATE_FORMAT, horizontal: "left" } },
      { range: cell(L.settingsLabelColumn, L.firstFieldRow), style: { font: { bold: true } } },
      { range: range(L.settingsLabelColumn, settingRow(0), L.settingsLabelColumn, settingRow(3)), style: { font: { bold: true }, fill: COLORS.labelFill, wrap: true } },
      { range: cell(L.settingsValueColumn, settingRow(3)), style: { numberFormat: DATE_FORMAT, horizontal: "left" } },
      { range: range(1, L.headerRow, columns.length, L.headerRow), style: TABLE_HEADER_STYLE },
      // Tall wrapped task texts: every cell of a row starts at the top, beside its text.
      { range: range(1, firstTaskRow, columns.length, L.headerRow + ROW_CAPACITY), style: { vertical: "top" } },
      ...columns.flatMap((c, i): StyledRange[] => [
        ...(c.wrap ? [{ range: capacity(i + 1), style: { wrap: true, vertical: "top" as const } }] : []),
        ...(c.key === "deadline" ? [{ range: capacity(i + 1), style: { numberFormat: DATE_FORMAT, horizontal: "center" as const } }] : []),
      ]),
    ],
    columns: columns.map((c, i) => ({ index: i + 1, width: c.width })),
    rows: [
      { index: L.firstFieldRow + PLAN_FIELDS.findIndex((f) => f.field === "subject"), height: wrappedRowHeight(plan.subject, columns[1].width) },
      ...placements.map((p, i) => ({ index: firstTaskRow + i, height: wrappedRowHeight(p.task.text, columns[1].width) })),
    ],
    merges: [range(1, L.titleRow, 2, L.titleRow)],
    validations: [
      { range: capacity(positions.get("deadline") as number), rule: { kind: "date", min: "2000-01-01" as IsoDate, max: "2099-12-31" as IsoDate }, allowBlank: true },
      { range: capacity(positions.get("flag") as number), rule: { kind: "list", items: [t("tracker.flag.removed")] }, allowBlank: true },
      { range: cell(L.settingsValueColumn, settingRow(0)), rule: { kind: "whole", min: 0, max: 365 }, allowBlank: false },
      { range: range(L.settingsValueColumn, settingRow(1), L.settingsValueColumn, settingRow(2)), rule: { kind: "list", items: yesNo }, allowBlank: false },
      { range: cell(L.settingsValueColumn, settingRow(3)), rule: { kind: "date", min: "2000-01-01" as IsoDate, max: "2099-12-31" as IsoDate }, allowBlank: true },
    ],
    conditionalFormats: [
      {
        range: range(1, firstTaskRow, columns.length, L.headerRow + ROW_CAPACITY),
        formula: `=$${columnLetters(positions.get("flag") as number)}${firstTaskRow}<>""`,
        style: { fontColor: COLORS.removedFont, strike: true },
      },
    ],
    tables: [{ name: PLAN_TABLE, range: range(1, L.headerRow, columns.length, lastTaskRow), ...PLAN_TABLE_LOOK }],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: `$${L.headerRow}:$${L.headerRow}` },
  };
}

/** The table's column span: known columns and any a user added next to them. */
export function tableSpan(positions: { columns: ReadonlyMap<string, number> }, extra: readonly number[] = []): { left: number; right: number } {
  const all = [...positions.columns.values(), ...extra];
  return { left: Math.min(...all), right: Math.max(...all) };
}

/**
 * Writes into an existing Kế hoạch sheet only what differs: header fields the new plan changed,
 * changed task cells, flags of removed or restored tasks, and new tasks after the last row.
 * Cells the plan does not own (users' own columns, formatting) are never written.
 */
export function planSheetPatch(
  plan: Plan,
  before: Plan,
  placements: readonly TaskPlacement[],
  positions: TablePositions<TaskCode>,
  fields: ReadonlyMap<string, { column: number; row: number }>,
): SheetContent[] {
  const cells: Array<{ row: number; cells: Array<{ column: number; content: CellContent }> }> = [];
  for (const { field } of PLAN_FIELDS) {
    const at = fields.get(field);
    if (!at) continue;
    const next = planFieldContent(plan, field as PlanField);
    if (!sameContent(next, planFieldContent(before, field as PlanField))) cells.push({ row: at.row, cells: [{ column: at.column, content: next }] });
  }
  let appendAt = Math.max(positions.lastRow, positions.headerRow) + 1;
  let lastTableRow = positions.lastRow;
  const heights: Array<{ index: number; height: number }> = [];
  for (const p of placements) {
    const next = taskCells(p.task, p.removed);
    const old = p.before ? taskCells(p.before.task, p.before.removed) : null;
    const row = p.row ?? appendAt++;
    lastTableRow = Math.max(lastTableRow, row);
    const changed: Array<{ column: number; content: CellContent }> = [];
    for (const [key, content] of next) {
      const column = positions.columns.get(key);
      if (column === undefined) continue;
      if (p.row === null || !old || !sameContent(content, old.get(key) as CellContent)) changed.push({ column, content });
    }
    if (changed.length > 0) cells.push({ row, cells: changed });
    if (p.row === null) heights.push({ index: row, height: wrappedRowHeight(p.task.text, planColumns()[1].width) });
  }
  if (cells.length === 0) return [];
  const content: SheetContent = { cells: rowBlocks(cells) };
  if (heights.length > 0) content.rows = heights;
  if (lastTableRow > positions.lastRow) {
    const span = tableSpan(positions);
    // Excel re-creates a resized table (Table.resize needs a newer API): the look goes with it.
    content.tables = [{ name: PLAN_TABLE, range: range(span.left, positions.headerRow, span.right, lastTableRow), ...PLAN_TABLE_LOOK }];
  }
  return tableFirst(content);
}
