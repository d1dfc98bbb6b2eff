/**
 * Tổng quan: live figures by formulas, so they follow what staff type even without the add-in.
 * Top: one row per task (done, late, due soon, completion rate) and a chart of the rate.
 * Below: the matrix units × tasks of deadline checks, with per-unit counts, rate and totals of
 * the number measures. Each matrix cell is INDEX(KT_<unit>, MATCH(code, MA_<unit>, 0)) through
 * the unit's defined names: short (docs/architecture.md: 30,000 cells for 500 × 60), and matched by task
 * code, so sorting a unit's table changes nothing.
 *
 * The sheet is generated: a rebuild that changes tasks or units makes it again.
 */
import type { Measure, Task, Unit } from "../../domain/types";
import { t } from "../../i18n/messages";
import { COLUMN_HEADERS } from "./columns";
import type { CellContent, ConditionalFormatSpec, HyperlinkSpec, SheetSpec } from "../sheet-spec";
import { cell, columnLetters, range } from "../excel-rules";
import { blank, formula, text } from "./cells";
import { NAMES, unitChecksName, unitCodesName, unitMeasureName } from "./defined-names";
import { DATE_FORMAT, PERCENT_FORMAT, trackerSheetNames, TABLE_HEADER_STYLE } from "./geometry";
import { DONE_STATUSES, DUE_SOON, LATE, NOT_APPLICABLE, statusFormats } from "./status-formulas";

export interface OverviewInput {
  tasks: readonly Task[];
  units: ReadonlyArray<{ unit: Unit; sheet: string }>;
  measures: readonly Measure[];
}

const TASK_HEADER_ROW = 5;

const countOf = (area: string, statuses: readonly string[]) => statuses.map((s) => `COUNTIF(${area},"${s}")`).join("+");

/** Row where the unit matrix's header sits (below the per-task block and the chart's room). */
export function matrixHeaderRow(taskCount: number): number {
  return TASK_HEADER_ROW + Math.max(taskCount, 16) + 4;
}

export function overviewSheet({ tasks, units, measures }: OverviewInput): SheetSpec {
  const numberMeasures = measures.filter((m) => m.kind === "number");
  const taskCount = tasks.length;
  const unitCount = units.length;
  const firstTaskRow = TASK_HEADER_ROW + 1;
  const lastTaskRow = TASK_HEADER_ROW + Math.max(taskCount, 1);
  const headerRow = matrixHeaderRow(taskCount);
  const firstUnitRow = headerRow + 1;
  const lastUnitRow = headerRow + Math.max(unitCount, 1);
  const totalRow = lastUnitRow + 1;
  const firstTaskColumn = 3;
  const lastTaskColumn = firstTaskColumn + Math.max(taskCount, 1) - 1;
  const doneColumn = lastTaskColumn + 1;
  const lateColumn = doneColumn + 1;
  const rateColumn = lateColumn + 1;
  const firstMeasureColumn = rateColumn + 1;

  const taskBlock: CellContent[][] = [
    [
      text(COLUMN_HEADERS.taskCode),
      text(COLUMN_HEADERS.taskText),
      text(t("tracker.overview.done")),
      text(t("tracker.overview.late")),
      text(t("tracker.overview.dueSoon")),
      text(t("tracker.overview.rate")),
    ],
    ...tasks.map((task, i) => {
      const row = firstTaskRow + i;
      const column = columnLetters(firstTaskColumn + i);
      const area = `${column}$${firstUnitRow}:${column}$${lastUnitRow}`;
      return [
        text(task.code),
        formula(`IFERROR(INDEX(${NAMES.taskTexts},MATCH($A${row},${NAMES.taskCodes},0))&"","")`),
        formula(countOf(area, DONE_STATUSES)),
        formula(countOf(area, [LATE])),
        formula(countOf(area, [DUE_SOON])),
        formula(`IFERROR(C${row}/(${unitCount}-${countOf(area, [NOT_APPLICABLE])}),0)`),
      ];
    }),
  ];

  const matrixHeader: CellContent[] = [
    text(COLUMN_HEADERS.unitCode),
    text(COLUMN_HEADERS.unitName),
    ...(taskCount > 0 ? tasks.map((task) => text(task.code)) : [text("")]),
    text(t("tracker.overview.done")),
    text(t("tracker.overview.late")),
    text(t("tracker.overview.rate")),
    ...numberMeasures.map((m) => text(m.label)),
  ];
  const taskArea = (row: number) => `${columnLetters(firstTaskColumn)}${row}:${columnLetters(lastTaskColumn)}${row}`;
  const matrixRows: CellContent[][] = units.map(({ unit }, i) => {
    const row = firstUnitRow + i;
    const area = taskArea(row);
    return [
      text(unit.code),
      text(unit.name),
      ...(taskCount > 0
        ? tasks.map((_, j) => formula(`INDEX(${unitChecksName(unit.code)},MATCH(${columnLetters(firstTaskColumn + j)}$${headerRow},${unitCodesName(unit.code)},0))`))
        : [text("")]),
      formula(countOf(area, DONE_STATUSES)),
      formula(countOf(area, [LATE])),
      formula(`IFERROR(${columnLetters(doneColumn)}${row}/(${taskCount}-${countOf(area, [NOT_APPLICABLE])}),0)`),
      ...numberMeasures.map((_, k) => formula(`SUM(${unitMeasureName(unit.code, k + 1)})`)),
    ];
  });
  // A table keeps its shape without units: one empty row stands in for them.
  if (matrixRows.length === 0) matrixRows.push(matrixHeader.map(() => blank));
  const sumColumn = (c: number) => formula(`SUM(${columnLetters(c)}${firstUnitRow}:${columnLetters(c)}${lastUnitRow})`);
  const totalCells: CellContent[] = [
    text(t("tracker.overview.total")),
    text(""),
    ...Array.from({ length: lastTaskColumn - firstTaskColumn + 1 }, () => text("")),
    sumColumn(doneColumn),
    sumColumn(lateColumn),
    formula(
      `IFERROR(${columnLetters(doneColumn)}${totalRow}/(${unitCount * taskCount}-${countOf(
        `${columnLetters(firstTaskColumn)}${firstUnitRow}:${columnLetters(lastTaskColumn)}${lastUnitRow}`,
        [NOT_APPLICABLE],
      )}),0)`,
    ),
    ...numberMeasures.map((_, k) => sumColumn(firstMeasureColumn + k)),
  ];

  const lastColumn = firstMeasureColumn + numberMeasures.length - 1;
  const matrixArea = range(firstTaskColumn, firstUnitRow, lastTaskColumn, lastUnitRow);
  const conditionalFormats: ConditionalFormatSpec[] = statusFormats().map((rule) => ({
    range: matrixArea,
    formula: `=${cell(firstTaskColumn, firstUnitRow)}="${rule.status}"`,
    style: { fill: rule.fill, fontColor: rule.font },
  }));
  const hyperlinks: HyperlinkSpec[] = units.map(({ unit, sheet }, i) => ({
    at: cell(2, firstUnitRow + i),
    text: unit.name,
    target: { sheet, cell: "A1" },
    tooltip: sheet,
  }));
  const header = TABLE_HEADER_STYLE;

  return {
    name: trackerSheetNames().overview,
    cells: [
      { at: "A1", rows: [[text(t("tracker.overview.title"))]] },
      { at: "A2", rows: [[text(t("tracker.unit.planLabel")), formula(`${NAMES.planNumber}&""`), text(t("tracker.overview.asOf")), formula(NAMES.asOf)]] },
      { at: cell(1, TASK_HEADER_ROW - 1), rows: [[text(t("tracker.overview.byTask"))]] },
      { at: cell(1, TASK_HEADER_ROW), rows: taskBlock },
      { at: cell(1, headerRow - 1), rows: [[text(t("tracker.overview.byUnit"))]] },
      { at: cell(1, headerRow), rows: [matrixHeader, ...matrixRows, totalCells] },
    ],
    styles: [
      { range: "A1", style: { font: { bold: true, size: 14 } } },
      { range: "D2", style: { numberFormat: DATE_FORMAT, horizontal: "left" } },
      { range: range(1, TASK_HEADER_ROW - 1, 1, TASK_HEADER_ROW - 1), style: { font: { bold: true } } },
      { range: range(1, headerRow - 1, 1, headerRow - 1), style: { font: { bold: true } } },
      { range: range(1, TASK_HEADER_ROW, 6, TASK_HEADER_ROW), style: header },
      // One line per task: the full text is on Kế hoạch, and a row height cannot follow a formula's text.
      { range: range(2, firstTaskRow, 2, lastTaskRow), style: { wrap: false, vertical: "top" } },
      { range: range(6, firstTaskRow, 6, lastTaskRow), style: { numberFormat: PERCENT_FORMAT } },
      { range: range(1, headerRow, lastColumn, headerRow), style: header },
      { range: range(rateColumn, firstUnitRow, rateColumn, totalRow), style: { numberFormat: PERCENT_FORMAT } },
      { range: range(1, totalRow, lastColumn, totalRow), style: { font: { bold: true } } },
      { range: range(2, firstUnitRow, 2, lastUnitRow), style: { font: { color: "#0563C1", underline: true } } },
      { range: matrixArea, style: { horizontal: "center", font: { size: 9 } } },
    ],
    columns: [
      { index: 1, width: 10 },
      { index: 2, width: 40 },
      ...Array.from({ length: lastColumn - 2 }, (_, i) => ({ index: i + 3, width: i + 3 <= lastTaskColumn ? 14 : 12 })),
    ],
    // Header rows tall enough for two lines of wrapped headers ("Tỷ lệ hoàn thành").
    rows: [TASK_HEADER_ROW, headerRow].map((index) => ({ index, height: 30 })),
    conditionalFormats,
    hyperlinks,
    charts:
      taskCount > 0
        ? [
            {
              kind: "barClustered",
              title: t("tracker.overview.chartTitle"),
              dataRange: range(6, TASK_HEADER_ROW, 6, lastTaskRow),
              categoryRange: range(1, firstTaskRow, 1, lastTaskRow),
              anchor: { from: cell(8, TASK_HEADER_ROW - 1), to: cell(16, headerRow - 3) },
            },
          ]
        : [],
    freeze: { rows: 0, columns: 2 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

/** What the sheet is built from; the sheet is made again when this changes. */
export function overviewBasis({ tasks, units, measures }: OverviewInput): unknown {
  return {
    tasks: tasks.map((task) => task.code),
    units: units.map(({ unit, sheet }) => [unit.code, unit.name, sheet]),
    measures: measures.filter((m) => m.kind === "number").map((m) => [m.key, m.label]),
  };
}
