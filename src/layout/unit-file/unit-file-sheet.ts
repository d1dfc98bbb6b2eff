/**
 * The file a unit fills in and sends back: its sheet of the tracker standing alone. Task texts
 * and deadlines are values (the file has no tracker to look them up in); the deadline check
 * works from the file's own cells and an as-of cell, so a unit sees in Excel or LibreOffice what
 * the office will see. A very hidden `_meta` sheet keeps what recognises the file when it comes
 * back (plan, unit, the task list's checksum) and what the tracker held when it was exported, so
 * an import can tell a unit's change from a change staff made since.
 */
import { DEADLINE_STATUSES, effectiveDeadline } from "../../domain/deadline";
import { taskListChecksum } from "../../domain/unit-return";
import type { UnitTaskEntry } from "../../domain/tracker";
import { TASK_STATUSES, type IsoDate, type Measure, type PlanSettings, type Task, type Unit } from "../../domain/types";
import { t } from "../../i18n/messages";
import { absCell, absRange, cell, columnLetters, quoteSheetName, range } from "../excel-rules";
import { dayCountFormula, deadlineStatusFormula, dueSoonLimitFormula } from "../deadline-formula";
import type { CellBlock, CellContent, ConditionalFormatSpec, SheetSpec, ValidationSpec } from "../sheet-spec";
import { blank, date, formula, num, text } from "../tracker/cells";
import { COLUMN_HEADERS, defaultPositions, unitSheetColumns } from "../tracker/columns";
import { DATE_FORMAT, TABLE_HEADER_STYLE } from "../tracker/geometry";
import { wrappedRowHeight } from "../tracker/row-height";
import { statusFormats } from "../tracker/status-formulas";
import { entryCells, taskRowStyles, unitSheetProtection } from "../tracker/unit-sheet";

/** The hidden sheet of a unit file. Its own name, not the tracker's `_meta`: a unit file is never a tracker. */
export const UNIT_FILE_META_SHEET = "_meta_don_vi";
/** The first record of the hidden sheet: what says "this is a unit file of Plan Tracker". */
export const UNIT_FILE_MARK = "plan-tracker-unit-file";
export const UNIT_FILE_VERSION = 1;

export const UNIT_FILE_LAYOUT = { titleRow: 1, planRow: 2, codeRow: 3, asOfRow: 4, hintRow: 5, headerRow: 7 } as const;
export const UNIT_FILE_AS_OF = absCell(2, UNIT_FILE_LAYOUT.asOfRow);

/** Helper cells on the hidden sheet, right of its records. */
const HELPER = { statusList: 8, statusLabels: 9, values: 10, holidays: 11 } as const;
const VALUE_ROWS = { dueSoonLimit: 1, workingDays: 2, shiftDeadline: 3, dueSoonDays: 4, planDate: 5 } as const;

export interface UnitFileInput {
  planId: string;
  planTitle: string;
  planDate: IsoDate | null;
  unit: Unit;
  /** The unit's sheet name in the tracker: the file's sheet takes it, so staff recognise it. */
  sheet: string;
  tasks: readonly Task[];
  measures: readonly Measure[];
  settings: PlanSettings;
  holidays: readonly IsoDate[];
  /** What the tracker holds for the unit now: written in the input cells and kept on `_meta`. */
  entries: ReadonlyMap<string, UnitTaskEntry>;
  exportedOn: IsoDate;
}

export interface UnitFileMeta {
  planId: string;
  unit: string;
  sheet: string;
  checksum: string;
  exportedOn: string;
  tasks: Array<{ code: string; deadline: string | null }>;
  /** The entries as exported, by task code. */
  exported: Map<string, UnitTaskEntry>;
}

/** The holiday dates on the hidden sheet; one empty cell when there are none (the formulas want a range). */
function holidayRange(input: UnitFileInput): string {
  return `${quoteSheetName(UNIT_FILE_META_SHEET)}!${absRange(HELPER.holidays, 1, HELPER.holidays, Math.max(input.holidays.length, 1))}`;
}

function metaRecords(input: UnitFileInput): CellContent[][] {
  const rows: Array<Array<string | number>> = [
    [UNIT_FILE_MARK, UNIT_FILE_VERSION],
    ["plan", input.planId],
    ["unit", input.unit.code],
    ["sheet", input.sheet],
    ["checksum", taskListChecksum(input.tasks)],
    ["exportedOn", input.exportedOn],
    ...input.tasks.map((task) => ["task", task.code, task.deadline ?? ""]),
    ...[...input.entries.values()].map((entry) => ["exported", entry.task, JSON.stringify(entry)]),
  ];
  return rows.map((row) => [0, 1, 2].map((i) => (typeof row[i] === "number" ? num(row[i] as number) : text(row[i] as string | undefined))));
}

function helperBlock(input: UnitFileInput, sheetRef: string): CellBlock[] {
  const meta = quoteSheetName(UNIT_FILE_META_SHEET);
  const holidays = holidayRange(input);
  const values: CellContent[] = [
    formula(
      dueSoonLimitFormula({
        asOf: `${sheetRef}!${UNIT_FILE_AS_OF}`,
        dueSoonDays: `${meta}!${absCell(HELPER.values, VALUE_ROWS.dueSoonDays)}`,
        workingDays: `${meta}!${absCell(HELPER.values, VALUE_ROWS.workingDays)}`,
        holidays,
      }),
    ),
    { kind: "bool", value: input.settings.workingDays },
    { kind: "bool", value: input.settings.shiftDeadlineToWorkingDay },
    num(input.settings.dueSoonDays),
    date(input.planDate),
  ];
  return [
    { at: cell(HELPER.statusList, 1), rows: TASK_STATUSES.map((s) => [text(s)]) },
    { at: cell(HELPER.statusLabels, 1), rows: DEADLINE_STATUSES.map((s) => [text(s)]) },
    { at: cell(HELPER.values, 1), rows: values.map((v) => [v]) },
    ...(input.holidays.length > 0 ? [{ at: cell(HELPER.holidays, 1), rows: input.holidays.map((d) => [date(d)]) }] : []),
  ];
}

/** The two sheets of a unit's file: the visible one to fill in, and `_meta`. */
export function unitFileSheets(input: UnitFileInput): SheetSpec[] {
  const columns = unitSheetColumns(input.measures);
  const positions = defaultPositions(columns);
  const col = (key: string) => positions.get(key) as number;
  const letter = (key: string) => columnLetters(col(key));
  const first = UNIT_FILE_LAYOUT.headerRow + 1;
  const last = UNIT_FILE_LAYOUT.headerRow + Math.max(input.tasks.length, 1);
  const width = columns.length;
  const meta = quoteSheetName(UNIT_FILE_META_SHEET);
  const at = (column: number, row: number) => `${meta}!${absCell(column, row)}`;
  const holidays = holidayRange(input);
  const statusList = `${meta}!${absRange(HELPER.statusList, 1, HELPER.statusList, TASK_STATUSES.length)}`;
  const statusLabels = `${meta}!${absRange(HELPER.statusLabels, 1, HELPER.statusLabels, DEADLINE_STATUSES.length)}`;

  const taskRows: CellContent[][] = input.tasks.map((task, i) => {
    const row = first + i;
    const refs = {
      status: `$${letter("status")}${row}`,
      completed: `$${letter("completedOn")}${row}`,
      asOf: UNIT_FILE_AS_OF,
      planDate: at(HELPER.values, VALUE_ROWS.planDate),
      workingDays: at(HELPER.values, VALUE_ROWS.workingDays),
      holidays,
      effectiveDeadline: `$${letter("deadline")}${row}`,
      dueSoonLimit: at(HELPER.values, VALUE_ROWS.dueSoonLimit),
      statusList,
      statusLabels,
      deadlineStatus: `$${letter("check")}${row}`,
    };
    const due = effectiveDeadline({ deadline: task.deadline ? { kind: "date", date: task.deadline } : { kind: "blank" }, settings: input.settings, holidays: input.holidays });
    const entry = input.entries.get(task.code);
    const typed = entry ? entryCells(entry, input.measures) : new Map<string, CellContent>();
    return columns.map((c): CellContent => {
      switch (c.key) {
        case "code":
          return text(task.code);
        case "text":
          return text(task.text);
        case "deadline":
          // No deadline is an empty text, as the tracker's formula gives it: an empty cell would
          // compare as day 0 and a task done without a deadline would read as done late.
          return due.kind === "date" ? date(due.date) : formula(`""`);
        case "check":
          return formula(deadlineStatusFormula(refs));
        case "days":
          return formula(dayCountFormula(refs));
        default:
          return typed.get(c.key) ?? blank;
      }
    });
  });

  const span = (key: string) => range(col(key), first, col(key), last);
  const validations: ValidationSpec[] = [
    { range: span("status"), rule: { kind: "list", items: [...TASK_STATUSES] }, allowBlank: true, error: { title: COLUMN_HEADERS.status, message: TASK_STATUSES.join(", ") } },
    {
      range: span("completedOn"),
      rule: { kind: "date", min: "2000-01-01" as IsoDate, max: "2099-12-31" as IsoDate },
      allowBlank: true,
      error: { title: COLUMN_HEADERS.completedOn, message: t("tracker.read.badDate", { value: "" }) },
    },
    { range: UNIT_FILE_AS_OF.replace(/\$/g, ""), rule: { kind: "date", min: "2000-01-01" as IsoDate, max: "2099-12-31" as IsoDate }, allowBlank: false },
    ...input.measures
      .filter((m) => m.kind === "number")
      .map((m): ValidationSpec => ({ range: span(`measure:${m.key}`), rule: { kind: "decimal", min: 0 }, allowBlank: true })),
  ];
  const whole = range(1, first, width, last);
  const check = `$${letter("check")}${first}`;
  const formats: ConditionalFormatSpec[] = statusFormats().map((rule) => ({ range: whole, formula: `=${check}="${rule.status}"`, style: { fill: rule.fill, fontColor: rule.font } }));
  const textWidth = columns.find((c) => c.key === "text")?.width ?? 50;
  const L = UNIT_FILE_LAYOUT;

  const sheet: SheetSpec = {
    name: input.sheet,
    cells: [
      { at: cell(1, L.titleRow), rows: [[text(t("unitFile.title", { unit: input.unit.name }))]] },
      { at: cell(1, L.planRow), rows: [[text(t("tracker.unit.planLabel")), text(input.planTitle)]] },
      { at: cell(1, L.codeRow), rows: [[text(t("tracker.unit.codeLabel")), text(input.unit.code)]] },
      { at: cell(1, L.asOfRow), rows: [[text(t("unitFile.asOfLabel")), formula("TODAY()")]] },
      { at: cell(1, L.hintRow), rows: [[text(t("unitFile.instructions"))]] },
      { at: cell(1, L.headerRow), rows: [columns.map((c) => text(c.header))] },
      ...(taskRows.length > 0 ? [{ at: cell(1, first), rows: taskRows }] : []),
    ],
    styles: [
      { range: cell(1, L.titleRow), style: { font: { bold: true, size: 14 }, vertical: "center" } },
      { range: range(1, L.planRow, 1, L.asOfRow), style: { font: { bold: true } } },
      { range: cell(2, L.codeRow), style: { font: { bold: true }, horizontal: "left" } },
      { range: cell(2, L.asOfRow), style: { numberFormat: DATE_FORMAT, horizontal: "left", locked: false, fill: "#FFF2CC" } },
      { range: cell(1, L.hintRow), style: { wrap: true, vertical: "top", font: { italic: true } } },
      { range: range(1, L.headerRow, width, L.headerRow), style: TABLE_HEADER_STYLE },
      ...taskRowStyles(columns, positions, first, last),
    ],
    columns: columns.map((c, i) => ({ index: i + 1, width: c.width })),
    rows: [
      { index: L.titleRow, height: 24 },
      { index: L.hintRow, height: 78 },
      { index: L.headerRow, height: 32 },
      ...input.tasks.map((task, i) => ({ index: first + i, height: wrappedRowHeight(task.text, textWidth) })),
    ],
    merges: [range(1, L.titleRow, width, L.titleRow), range(2, L.planRow, width, L.planRow), range(1, L.hintRow, width, L.hintRow)],
    validations,
    conditionalFormats: formats,
    freeze: { rows: L.headerRow, columns: 1 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: `$${L.headerRow}:$${L.headerRow}` },
    protection: unitSheetProtection(),
  };
  const metaSheet: SheetSpec = {
    name: UNIT_FILE_META_SHEET,
    cells: [{ at: "A1", rows: metaRecords(input) }, ...helperBlock(input, quoteSheetName(input.sheet))],
    visibility: "veryHidden",
  };
  return [sheet, metaSheet];
}
