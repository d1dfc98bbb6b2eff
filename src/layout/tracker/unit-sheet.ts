/**
 * Unit sheets. Every unit's sheet is a copy of one template (docs/architecture.md: Excel copies a sheet
 * natively in one small request): the template holds the task rows — codes, the task text and
 * deadline looked up on the plan sheet (one source of truth), the check formulas — and every
 * format, validation and protection; a copy adds only the unit's own cells.
 */
import type { UnitTaskEntry } from "../../domain/tracker";
import { TASK_STATUSES, type IsoDate, type Measure, type Task, type TaskCode, type Unit } from "../../domain/types";
import { t } from "../../i18n/messages";
import type { CellContent, CellBlock, CellStyle, ConditionalFormatSpec, SheetContent, SheetCopy, SheetSpec, StyledRange, ValidationSpec } from "../sheet-spec";
import { cell, columnLetters, range } from "../excel-rules";
import { blank, date, formula, num, text } from "./cells";
import { defaultPositions, unitSheetColumns, type ColumnDef, measureKey } from "./columns";
import { NAMES } from "./defined-names";
import { COLORS, DATE_FORMAT, ROW_CAPACITY, TEMPLATE_SHEET, UNIT_SHEET_LAYOUT, trackerSheetNames, TABLE_HEADER_STYLE } from "./geometry";
import { wrappedRowHeight } from "./row-height";
import { checkFormula, daysFormula, effectiveDeadlineCell, statusFormats } from "./status-formulas";

export const TEMPLATE_TABLE = "tmpl_so_don_vi";
/** Every unit sheet's table, as made and as re-made by a rebuild. */
export const UNIT_TABLE_LOOK = { style: "TableStyleLight9", showFilterButton: true } as const;

const firstRow = UNIT_SHEET_LAYOUT.headerRow + 1;
const lastCapacityRow = UNIT_SHEET_LAYOUT.headerRow + ROW_CAPACITY;

/** Table names allow letters, digits and "_" only: the unit code made safe, with a prefix. */
export function unitTableName(code: string): string {
  return `So_${code.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

/** The formulas and key of one task row, at `row`, with columns where the sheet has them. */
export function taskRowCells(task: TaskCode, row: number, columns: ReadonlyMap<string, number>): Array<{ column: number; content: CellContent }> {
  const at = (key: string) => columns.get(key);
  const ref = (key: string) => {
    const c = at(key);
    return c === undefined ? null : `$${columnLetters(c)}${row}`;
  };
  const code = ref("code") as string;
  const cells: Array<{ column: number; content: CellContent }> = [{ column: at("code") as number, content: text(task) }];
  const textColumn = at("text");
  // "&""" turns a blank plan cell into "" instead of 0.
  if (textColumn !== undefined) cells.push({ column: textColumn, content: formula(`IFERROR(INDEX(${NAMES.taskTexts},MATCH(${code},${NAMES.taskCodes},0))&"","")`) });
  const refs = { deadline: ref("deadline"), status: ref("status"), completed: ref("completedOn"), check: ref("check") };
  const deadlineColumn = at("deadline");
  if (deadlineColumn !== undefined && refs.deadline) {
    // The effective deadline (moved off a rest day when the plan says so) of the plan's deadline,
    // looked up by code: INDEX returns the plan cell itself, as the rules want a reference.
    const planDeadline = `INDEX(${NAMES.taskDeadlines},MATCH(${code},${NAMES.taskCodes},0))`;
    cells.push({ column: deadlineColumn, content: formula(effectiveDeadlineCell({ planDeadline, deadline: refs.deadline, status: "", completed: "", check: "" })) });
  }
  if (refs.deadline && refs.status && refs.completed && refs.check) {
    const row = { planDeadline: "", deadline: refs.deadline, status: refs.status, completed: refs.completed, check: refs.check };
    cells.push({ column: at("check") as number, content: formula(checkFormula(row)) });
    const days = at("days");
    if (days !== undefined) cells.push({ column: days, content: formula(daysFormula(row)) });
  }
  return cells;
}

/** Cells placed on a grid as blocks, one block per row (rows of a sheet may have gaps). */
export function rowBlocks(rows: Array<{ row: number; cells: Array<{ column: number; content: CellContent }> }>): CellBlock[] {
  const blocks: CellBlock[] = [];
  for (const { row, cells } of rows) {
    if (cells.length === 0) continue;
    const sorted = [...cells].sort((a, b) => a.column - b.column);
    let run: typeof sorted = [];
    const flush = () => {
      if (run.length === 0) return;
      blocks.push({ at: cell(run[0].column, row), rows: [run.map((c) => c.content)] });
      run = [];
    };
    for (const c of sorted) {
      if (run.length > 0 && c.column !== run[run.length - 1].column + 1) flush();
      run.push(c);
    }
    flush();
  }
  return blocks;
}

/**
 * A unit-sheet patch with the codes of new rows split off into a second patch: a unit sheet's
 * rows are found by their codes alone, so a batch Excel cuts short before the codes leaves rows
 * the next run does not see and writes again whole (cells, heights, styles, the resized table),
 * at the same place.
 */
/**
 * A patch of the Kế hoạch or Đơn vị sheet with its table resized first, before the new rows: their
 * rows count as there as soon as anything is typed in them (a user's row without a code is kept),
 * so the rows must be the last thing a batch cut short could have left out.
 */
export function tableFirst(content: SheetContent): SheetContent[] {
  if (!content.tables?.length) return [content];
  return [{ tables: content.tables }, { ...content, tables: undefined }];
}

export function withCodesLast(content: SheetContent, codes: Array<{ row: number; cells: Array<{ column: number; content: CellContent }> }>): SheetContent[] {
  const codeCells = rowBlocks(codes);
  if (codeCells.length === 0) return [content];
  const hasBody = Object.values(content).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
  return hasBody ? [content, { cells: codeCells }] : [{ cells: codeCells }];
}

function inputValidations(columns: readonly ColumnDef[]): ValidationSpec[] {
  const span = (i: number) => range(i + 1, firstRow, i + 1, lastCapacityRow);
  const validations: ValidationSpec[] = [];
  columns.forEach((column, i) => {
    if (column.input === "status") {
      validations.push({
        range: span(i),
        rule: { kind: "list", items: [...TASK_STATUSES] },
        allowBlank: true,
        error: { title: column.header, message: TASK_STATUSES.join(", ") },
      });
    } else if (column.role === "input" && column.input === "date") {
      validations.push({
        range: span(i),
        rule: { kind: "date", min: "2000-01-01" as IsoDate, max: "2099-12-31" as IsoDate },
        allowBlank: true,
        error: { title: column.header, message: t("tracker.read.badDate", { value: "" }) },
      });
    } else if (column.role === "input" && column.input === "number") {
      validations.push({ range: span(i), rule: { kind: "decimal", min: 0 }, allowBlank: true });
    }
  });
  return validations;
}

/**
 * Row colours by the deadline check (late red, due soon amber, done green, done late
 * orange, data problem purple). A task marked removed on the plan sheet is greyed first and
 * stops there; the rule asks the plan sheet, so marking a task removed needs no write here.
 */
function rowFormats(columns: readonly ColumnDef[]): ConditionalFormatSpec[] {
  const whole = range(1, firstRow, columns.length, lastCapacityRow);
  const code = `$A${firstRow}`;
  const check = `$${columnLetters(columns.findIndex((c) => c.key === "check") + 1)}${firstRow}`;
  return [
    {
      range: whole,
      formula: `=COUNTIFS(${NAMES.taskCodes},${code},${NAMES.taskFlags},"?*")>0`,
      style: { fontColor: COLORS.removedFont, strike: true, fill: COLORS.lockedFill },
      stopIfTrue: true,
    },
    ...statusFormats().map(
      (rule): ConditionalFormatSpec => ({ range: whole, formula: `=${check}="${rule.status}"`, style: { fill: rule.fill, fontColor: rule.font } }),
    ),
  ];
}

/**
 * Task rows are styled in steps of this many rows, so a rebuild that adds a task or two usually
 * finds its rows styled already and writes no formats (each format is a request action in Excel).
 */
const STYLED_ROWS_STEP = 50;

/** Rows styled for a sheet of `taskRows` task rows: the next multiple of the step. */
export function styledRowCount(taskRows: number): number {
  return Math.ceil(Math.max(taskRows, 1) / STYLED_ROWS_STEP) * STYLED_ROWS_STEP;
}

/**
 * Styles of task rows `top`..`bottom`, by column: borders, input cells unlocked (editable on the
 * protected sheet; keys and formulas are not), date and number formats. Only task rows and a
 * margin are styled — a file host writes every styled cell — and a rebuild that outgrows the
 * margin styles the next step.
 */
export function taskRowStyles(columns: readonly ColumnDef[], positions: ReadonlyMap<string, number>, top: number, bottom: number): StyledRange[] {
  const placed = [...positions.values()];
  // Borders once for the whole block: per column they would cost the Office.js host six edges each.
  const styles: StyledRange[] = [
    {
      range: range(Math.min(...placed), top, Math.max(...placed), bottom),
      style: { vertical: "top", borders: [{ edges: "all", style: "thin", color: "#BFBFBF" }] },
    },
  ];
  // Adjacent columns with the same style share one range: fewer ranges, smaller requests.
  const byColumn = columns
    .map((column) => ({ at: positions.get(column.key), style: columnStyle(column) }))
    .filter((c): c is { at: number; style: CellStyle } => c.at !== undefined)
    .sort((a, b) => a.at - b.at);
  let start = 0;
  for (let i = 1; i <= byColumn.length; i++) {
    const run = byColumn[start];
    const next = byColumn[i];
    if (next && next.at === byColumn[i - 1].at + 1 && JSON.stringify(next.style) === JSON.stringify(run.style)) continue;
    styles.push({ range: range(run.at, top, byColumn[i - 1].at, bottom), style: run.style });
    start = i;
  }
  return styles;
}

function columnStyle(column: ColumnDef): CellStyle {
  const dateColumn = column.key === "deadline" || column.input === "date";
  return {
    locked: column.role !== "input",
    ...(column.wrap ? { wrap: true } : {}),
    ...(dateColumn ? { numberFormat: DATE_FORMAT, horizontal: "center" } : {}),
    ...(column.input === "number" ? { numberFormat: "#,##0" } : {}),
    ...(column.role === "formula" ? { fill: COLORS.lockedFill } : {}),
  };
}

function templateStyles(columns: readonly ColumnDef[], lastTaskRow: number): StyledRange[] {
  const width = columns.length;
  return [
    { range: cell(1, UNIT_SHEET_LAYOUT.titleRow), style: { font: { bold: true, size: 14 }, vertical: "center" } },
    { range: range(1, UNIT_SHEET_LAYOUT.planRow, 1, UNIT_SHEET_LAYOUT.codeRow), style: { font: { bold: true } } },
    { range: cell(2, UNIT_SHEET_LAYOUT.codeRow), style: { font: { bold: true }, horizontal: "left" } },
    { range: cell(UNIT_SHEET_LAYOUT.linkColumn, UNIT_SHEET_LAYOUT.codeRow), style: { font: { color: "#0563C1", underline: true } } },
    {
      range: range(1, UNIT_SHEET_LAYOUT.headerRow, width, UNIT_SHEET_LAYOUT.headerRow),
      style: TABLE_HEADER_STYLE,
    },
    ...taskRowStyles(columns, defaultPositions(columns), firstRow, firstRow + styledRowCount(lastTaskRow - firstRow + 1) - 1),
  ];
}

export interface UnitTemplateInput {
  tasks: readonly Task[];
  measures: readonly Measure[];
}

/** The template every new unit sheet is copied from. */
export function unitSheetTemplate({ tasks, measures }: UnitTemplateInput): SheetSpec {
  const columns = unitSheetColumns(measures);
  const positions = new Map(columns.map((c, i) => [c.key, i + 1]));
  const lastTaskRow = UNIT_SHEET_LAYOUT.headerRow + Math.max(tasks.length, 1);
  const names = trackerSheetNames();
  const textWidth = columns.find((c) => c.key === "text")?.width ?? 50;
  const header: CellBlock = { at: cell(1, UNIT_SHEET_LAYOUT.headerRow), rows: [columns.map((c) => text(c.header))] };
  const titleBlock: CellBlock = {
    at: cell(1, UNIT_SHEET_LAYOUT.planRow),
    rows: [
      [text(t("tracker.unit.planLabel")), formula(`${NAMES.planNumber}&""`)],
      [text(t("tracker.unit.codeLabel")), blank],
    ],
  };
  const rows = tasks.map((task, i) => ({ row: firstRow + i, cells: taskRowCells(task.code, firstRow + i, positions) }));
  return {
    name: TEMPLATE_SHEET,
    cells: [titleBlock, header, ...rowBlocks(rows)],
    styles: templateStyles(columns, lastTaskRow),
    columns: columns.map((c, i) => ({ index: i + 1, width: c.width })),
    rows: [
      { index: UNIT_SHEET_LAYOUT.titleRow, height: 24 },
      { index: UNIT_SHEET_LAYOUT.headerRow, height: 32 },
      ...tasks.map((task, i) => ({ index: firstRow + i, height: wrappedRowHeight(task.text, textWidth) })),
    ],
    merges: [range(1, UNIT_SHEET_LAYOUT.titleRow, columns.length, UNIT_SHEET_LAYOUT.titleRow)],
    validations: inputValidations(columns),
    conditionalFormats: rowFormats(columns),
    tables: [{ name: TEMPLATE_TABLE, range: range(1, UNIT_SHEET_LAYOUT.headerRow, columns.length, lastTaskRow), ...UNIT_TABLE_LOOK }],
    hyperlinks: [
      {
        at: cell(UNIT_SHEET_LAYOUT.linkColumn, UNIT_SHEET_LAYOUT.codeRow),
        text: t("tracker.link.backToUnits"),
        target: { sheet: names.units, cell: "A1" },
      },
    ],
    freeze: { rows: UNIT_SHEET_LAYOUT.headerRow, columns: 1 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: `$${UNIT_SHEET_LAYOUT.headerRow}:$${UNIT_SHEET_LAYOUT.headerRow}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
    },
    protection: unitSheetProtection(),
  };
}

export function unitSheetProtection() {
  return { allowSort: true, allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true, allowInsertRows: false };
}

/** The input cells of an entry, by column key. */
export function entryCells(entry: UnitTaskEntry, measures: readonly Measure[]): Map<string, CellContent> {
  const cells = new Map<string, CellContent>();
  if (entry.status !== null) cells.set("status", text(entry.status));
  if (entry.completedOn !== null) cells.set("completedOn", date(entry.completedOn));
  for (const m of measures) {
    const value = entry.measures[m.key];
    if (value === undefined) continue;
    cells.set(measureKey(m), typeof value === "number" ? num(value) : text(value));
  }
  if (entry.reportRef !== null) cells.set("reportRef", text(entry.reportRef));
  if (entry.note !== null) cells.set("note", text(entry.note));
  return cells;
}

export interface UnitCopyInput {
  unit: Unit;
  sheet: string;
  tableName: string;
  tasks: readonly Task[];
  measures: readonly Measure[];
  /** Entries to put back (a sheet made again for data read elsewhere); usually none. */
  entries: readonly UnitTaskEntry[];
  tabColor?: string | null;
}

/** A unit's sheet as a copy of the template: title, unit code, and the unit's entries. */
export function unitSheetCopy(input: UnitCopyInput): SheetCopy {
  const columns = unitSheetColumns(input.measures);
  const positions = new Map(columns.map((c, i) => [c.key, i + 1]));
  const rowOf = new Map(input.tasks.map((task, i) => [task.code, firstRow + i]));
  const entryRows = input.entries
    .filter((entry) => rowOf.has(entry.task))
    .map((entry) => ({
      row: rowOf.get(entry.task) as number,
      cells: [...entryCells(entry, input.measures)].map(([key, content]) => ({ column: positions.get(key) as number, content })),
    }));
  const content: SheetContent = {
    cells: [
      { at: cell(1, UNIT_SHEET_LAYOUT.titleRow), rows: [[text(input.unit.name)]] },
      { at: cell(2, UNIT_SHEET_LAYOUT.codeRow), rows: [[text(input.unit.code)]] },
      ...rowBlocks(entryRows),
    ],
  };
  if (input.tabColor !== undefined) content.tabColor = input.tabColor;
  return { template: TEMPLATE_SHEET, name: input.sheet, tableNames: [input.tableName], content };
}
