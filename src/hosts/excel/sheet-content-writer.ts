/**
 * Queues the Office.js calls for one sheet's SheetContent. Nothing here syncs on its own: every
 * call first reserves its estimated request bytes with the RequestBudget, which syncs only when
 * the request would otherwise pass Excel on the web's payload cap.
 *
 * Ranges are untracked. Inside Excel.run, office.js keeps a reference to every Range it creates
 * (a `_KeepReference` action and a second instantiate, about 160 bytes a range, released again in
 * a cleanup request after the run) so that the range stays usable after a sync. The writer never
 * needs that: it reserves everything it will queue on a range before creating it, so no sync can
 * fall between a range's creation and its last use.
 */
import type { CellBlock, CellContent, ChartSpec, ConditionalFormatSpec, RowSpec, SheetContent, StyledRange, ValidationSpec } from "../../layout/sheet-spec";
import { columnLetters, formatRange, parseRange, rectFrom, sheetReference } from "../../layout/excel-rules";
import { DEFAULT_DATE_FORMAT, cellInput, textInput } from "./cell-input";
import {
  CHART_TYPE,
  HORIZONTAL,
  VERTICAL,
  VISIBILITY,
  borderEdges,
  borderLine,
  chartName,
  columnWidthPoints,
  inchesToPoints,
  protectionOptions,
  validationRule,
} from "./office-values";
import { PATH_BYTES, type RequestBudget, estimate, jsonBytes } from "./request-budget";
import type { PlannedSheet } from "./workbook-state";
import type { FeatureGate } from "./api-features";

/**
 * A fresh untracked range costs a second object path and two instantiate actions beyond the path
 * its call counts (seen in office.js 1.1.110's requests: getRange, then untrack()). Negligible
 * beside a large value array, it is a third of a one-cell write.
 */
const RANGE_BYTES = PATH_BYTES;
/** A number-format matrix up to this many cells; beyond, one value for the whole range. */
const MATRIX_FORMAT_CELLS = 4096;
/** How Excel names a table it was not given a name for (Table1, Table2…), upper-cased as planned. */
const DEFAULT_TABLE_NAME = /^TABLE\d+$/;

/** Largest share of the budget one `formulas` write may take; bigger blocks are written in row bands. */
const BLOCK_BYTES = 1024 * 1024;

export class SheetContentWriter {
  constructor(
    private readonly sheet: Excel.Worksheet,
    private readonly planned: PlannedSheet,
    private readonly budget: RequestBudget,
    private readonly features: FeatureGate,
  ) {}

  /**
   * Everything of `content`, in an order Excel accepts, inside one unprotect … protect bracket.
   * `more`: the next op writes into this sheet too, so the bracket stays open for it (a row's
   * code written after the row, say, costs no second unprotect and protect).
   */
  async write(content: SheetContent, more = false): Promise<void> {
    const pending = this.planned.pendingProtection;
    this.planned.pendingProtection = undefined;
    const wasProtected = pending !== undefined ? pending : this.planned.protection;
    // Excel refuses edits of locked cells and formats on a protected sheet (AccessDenied): lift the
    // protection first and put it back at the end, in the same batch.
    if (this.planned.protection && hasEdits(content)) {
      await this.budget.reserve(estimate(2, 1), 1);
      this.sheet.protection.unprotect();
      this.planned.protection = null;
    }
    for (const block of content.cells ?? []) await this.cells(block);
    await this.columnsAndRows(content);
    for (const merge of content.merges ?? []) {
      await this.budget.reserve(estimate(1, 1, merge) + RANGE_BYTES, 1);
      this.range(merge).merge(false);
    }
    for (const styled of content.styles ?? []) await this.style(styled);
    for (const validation of content.validations ?? []) await this.validation(validation);
    if (content.conditionalFormats) await this.conditionalFormats(content.conditionalFormats);
    for (const table of content.tables ?? []) await this.table(table);
    for (const link of content.hyperlinks ?? []) await this.hyperlink(link);
    for (const chart of content.charts ?? []) await this.chart(chart);
    if (content.freeze) await this.freeze(content.freeze);
    if (content.print) await this.print(content.print);
    if (content.tabColor !== undefined) {
      await this.budget.reserve(estimate(0, 1, content.tabColor), 1);
      // ExcelApi 1.7; an empty string removes the colour.
      this.sheet.tabColor = content.tabColor ?? "";
    }
    if (content.visibility) {
      await this.budget.reserve(estimate(0, 1), 1);
      this.sheet.visibility = VISIBILITY[content.visibility] as Excel.SheetVisibility;
      this.planned.veryHidden = content.visibility === "veryHidden";
    }
    const finalProtection = content.protection !== undefined ? content.protection : wasProtected;
    if (more && finalProtection && !this.planned.protection) {
      this.planned.pendingProtection = finalProtection;
      return;
    }
    if (content.protection && this.planned.protection) {
      // Still protected with possibly other options: protect() refuses a protected sheet.
      await this.budget.reserve(estimate(1, 1), 1);
      this.sheet.protection.unprotect();
      this.planned.protection = null;
    }
    if (finalProtection && !this.planned.protection) {
      const options = protectionOptions(finalProtection);
      await this.budget.reserve(estimate(1, 1, options), 1);
      this.sheet.protection.protect(options);
    } else if (!finalProtection && this.planned.protection) {
      await this.budget.reserve(estimate(1, 1), 1);
      this.sheet.protection.unprotect();
    }
    this.planned.protection = finalProtection ?? null;
  }

  private async cells(block: CellBlock): Promise<void> {
    const width = block.rows[0]?.length ?? 0;
    if (width === 0) return;
    const start = parseRange(block.at);
    if (!start) throw new Error(`bad cell address ${block.at}`);
    const inputs = block.rows.map((row) => row.map(cellInput));
    // Large blocks go in row bands so no single write approaches the payload cap.
    let first = 0;
    while (first < inputs.length) {
      let bytes = 0;
      let last = first;
      while (last < inputs.length && (last === first || bytes + jsonBytes(inputs[last]) <= BLOCK_BYTES)) bytes += jsonBytes(inputs[last++]);
      const band = inputs.slice(first, last);
      const rect = rectFrom(`${columnLetters(start.left)}${start.top + first}`, band.length, width);
      if (!rect) throw new Error(`block at ${block.at} leaves the grid`);
      await this.budget.reserve(estimate(1, 1) + bytes + RANGE_BYTES, 1);
      this.range(formatRange(rect)).formulas = band;
      first = last;
    }
    await this.dateFormats(start.top, start.left, block.rows);
  }

  /** Date cells get a date format where the spec's styles give none (styles come later and win). */
  private async dateFormats(top: number, left: number, rows: CellContent[][]): Promise<void> {
    const width = rows[0].length;
    for (let c = 0; c < width; c++) {
      let r = 0;
      while (r < rows.length) {
        if (rows[r][c].kind !== "date") {
          r++;
          continue;
        }
        const begin = r;
        while (r < rows.length && rows[r][c].kind === "date") r++;
        const address = formatRange({ top: top + begin, bottom: top + r - 1, left: left + c, right: left + c });
        const formats = Array.from({ length: r - begin }, () => [DEFAULT_DATE_FORMAT]);
        await this.budget.reserve(estimate(1, 1, formats) + RANGE_BYTES, 1);
        this.range(address).numberFormat = formats;
      }
    }
  }

  private async columnsAndRows(content: SheetContent): Promise<void> {
    for (const column of content.columns ?? []) {
      const { width, hidden } = column;
      const calls: QueuedCall[] = [];
      if (width !== undefined) calls.push({ bytes: estimate(2, 1), queue: (range) => (range.format.columnWidth = columnWidthPoints(width)) });
      if (hidden !== undefined) calls.push({ bytes: estimate(1, 1), queue: (range) => (range.columnHidden = hidden) });
      await this.onRange(`${columnLetters(column.index)}:${columnLetters(column.index)}`, calls);
    }
    // Adjacent rows of the same height go in one call: a document sheet sets hundreds of heights.
    for (const run of rowRuns(content.rows ?? [])) {
      const { height, hidden } = run;
      const calls: QueuedCall[] = [];
      if (height !== undefined) calls.push({ bytes: estimate(2, 1), queue: (range) => (range.format.rowHeight = height) });
      if (hidden !== undefined) calls.push({ bytes: estimate(1, 1), queue: (range) => (range.rowHidden = hidden) });
      await this.onRange(`${run.first}:${run.last}`, calls);
    }
  }

  /** A fresh untracked range, for calls whose bytes are already reserved. */
  private range(address?: string): Excel.Range {
    return this.sheet.getRange(address).untrack();
  }

  /** Reserves every call's bytes first, then creates the range and queues the calls on it. */
  private async onRange(address: string, calls: QueuedCall[]): Promise<void> {
    if (calls.length === 0) return;
    await this.budget.reserve(
      calls.reduce((sum, call) => sum + call.bytes, RANGE_BYTES),
      calls.length,
    );
    const range = this.range(address);
    for (const call of calls) call.queue(range);
  }

  private async style({ range: address, style }: StyledRange): Promise<void> {
    const calls: QueuedCall[] = [];
    const set = (paths: number, value: unknown, queue: (format: Excel.RangeFormat) => void) =>
      calls.push({ bytes: estimate(paths, 1, value), queue: (range) => queue(range.format) });
    if (style.font) {
      const { name, size, bold, italic, underline, color } = style.font;
      if (name !== undefined) set(3, name, (f) => (f.font.name = name));
      if (size !== undefined) set(0, size, (f) => (f.font.size = size));
      if (bold !== undefined) set(0, bold, (f) => (f.font.bold = bold));
      if (italic !== undefined) set(0, italic, (f) => (f.font.italic = italic));
      if (underline !== undefined) set(0, null, (f) => (f.font.underline = underline ? "Single" : "None"));
      if (color !== undefined) set(0, color, (f) => (f.font.color = color));
    }
    const { fill, numberFormat, horizontal, vertical, wrap, indent, locked } = style;
    if (fill !== undefined) set(2, fill, (f) => (f.fill.color = fill));
    if (numberFormat !== undefined) calls.push(numberFormatCall(address, numberFormat));
    if (horizontal) set(1, null, (f) => (f.horizontalAlignment = HORIZONTAL[horizontal]));
    if (vertical) set(1, null, (f) => (f.verticalAlignment = VERTICAL[vertical]));
    if (wrap !== undefined) set(1, null, (f) => (f.wrapText = wrap));
    // RangeFormat.indentLevel needs ExcelApi 1.9; without it the text starts at the cell's edge.
    if (indent !== undefined && this.features.uses("printLayout")) set(1, null, (f) => (f.indentLevel = indent));
    for (const border of style.borders ?? []) {
      const line = borderLine(border);
      for (const edge of borderEdges(border)) {
        set(3, line, (f) => {
          const item = f.borders.getItem(edge);
          item.style = line.style as Excel.BorderLineStyle;
          if (line.weight) item.weight = line.weight as Excel.BorderWeight;
          if (border.color) item.color = border.color;
        });
      }
    }
    if (locked !== undefined) set(2, null, (f) => (f.protection.locked = locked));
    await this.onRange(address, calls);
  }

  private async validation(spec: ValidationSpec): Promise<void> {
    // Range.dataValidation is ExcelApi 1.8: older Excel (volume-licensed Office 2019) takes any
    // entry, and the formulas that read the cells judge it as they would a pasted value.
    if (!this.features.uses("dataValidation")) return;
    const rule = validationRule(spec.rule);
    const prompt = spec.prompt ? { showPrompt: true, title: spec.prompt.title, message: spec.prompt.message } : null;
    const alert = spec.error
      ? { showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title: spec.error.title, message: spec.error.message }
      : null;
    const calls: QueuedCall[] = [
      {
        bytes: estimate(2, 3, rule),
        queue: (range) => {
          const validation = range.dataValidation;
          // A range that already has a rule must be cleared before a new rule is set.
          validation.clear();
          validation.rule = rule;
          validation.ignoreBlanks = spec.allowBlank ?? true;
        },
      },
    ];
    if (prompt) calls.push({ bytes: estimate(0, 1, prompt), queue: (range) => (range.dataValidation.prompt = prompt) });
    if (alert) calls.push({ bytes: estimate(0, 1, alert), queue: (range) => (range.dataValidation.errorAlert = alert) });
    await this.onRange(spec.range, calls);
  }

  private async conditionalFormats(specs: ConditionalFormatSpec[]): Promise<void> {
    await this.budget.reserve(estimate(2, 1), 1);
    this.range().conditionalFormats.clearAll();
    // add() puts the new rule at the top of the priority list: add the lowest priority first.
    for (const spec of [...specs].reverse()) {
      await this.budget.reserve(estimate(6, 2, spec) + RANGE_BYTES, 2);
      const cf = this.range(spec.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      const custom = cf.custom;
      custom.rule.formula = spec.formula.startsWith("=") ? spec.formula : `=${spec.formula}`;
      const { fill, fontColor, bold, italic, strike } = spec.style;
      if (fill) custom.format.fill.color = fill;
      if (fontColor) custom.format.font.color = fontColor;
      if (bold !== undefined) custom.format.font.bold = bold;
      if (italic !== undefined) custom.format.font.italic = italic;
      if (strike !== undefined) custom.format.font.strikethrough = strike;
      // ConditionalFormat.stopIfTrue is ExcelApi 1.6, within the add-in's baseline.
      if (spec.stopIfTrue !== undefined) cf.stopIfTrue = spec.stopIfTrue;
    }
  }

  private async table(spec: { name: string; range: string; style?: string; showFilterButton?: boolean }): Promise<void> {
    // Adding a table and naming it are two actions: a batch Excel cut short between them left a
    // table under Excel's default name where this one goes. Made plain cells (their data stays),
    // such tables no longer block the new one.
    const unnamed = [...this.planned.tables].filter((name) => DEFAULT_TABLE_NAME.test(name));
    const replaced = this.planned.tables.has(spec.name.toUpperCase()) ? [spec.name.toUpperCase()] : [];
    for (const name of [...replaced, ...unnamed]) {
      // Re-created from the spec: the old table becomes plain cells first (its data stays).
      await this.budget.reserve(estimate(2, 1, name), 1);
      this.sheet.tables.getItem(name).convertToRange().untrack();
      this.planned.tables.delete(name);
    }
    await this.budget.reserve(estimate(2, 4, spec), 4);
    const table = this.sheet.tables.add(spec.range, true);
    table.name = spec.name;
    if (spec.style) table.style = spec.style;
    if (spec.showFilterButton !== undefined) table.showFilterButton = spec.showFilterButton;
    this.planned.tables.add(spec.name.toUpperCase());
  }

  private async hyperlink(spec: { at: string; text: string; target: { sheet: string; cell: string }; tooltip?: string }): Promise<void> {
    // The cell's own value is the link text, written as text; the hyperlink only adds the target
    // (Range.hyperlink, ExcelApi 1.7) so a name starting with "=" can never become a formula.
    const link: Excel.RangeHyperlink = { documentReference: sheetReference(spec.target.sheet, spec.target.cell) };
    if (spec.tooltip) link.screenTip = spec.tooltip;
    await this.budget.reserve(estimate(1, 2, [spec.text, link]) + RANGE_BYTES, 2);
    const range = this.range(spec.at);
    range.formulas = [[textInput(spec.text)]];
    range.hyperlink = link;
  }

  private async chart(spec: ChartSpec): Promise<void> {
    const name = chartName(spec);
    if (this.planned.charts.has(name)) {
      await this.budget.reserve(estimate(2, 1, name), 1);
      this.sheet.charts.getItem(name).delete();
    }
    const data = parseRange(spec.dataRange);
    const seriesCount = data ? data.right - data.left + 1 : 0;
    await this.budget.reserve(estimate(5 + 2 * seriesCount, 3 + seriesCount, spec), 3 + seriesCount);
    const chart = this.sheet.charts.add(CHART_TYPE[spec.kind] as Excel.ChartType, this.range(spec.dataRange), "Columns" as Excel.ChartSeriesBy);
    chart.name = name;
    chart.title.text = spec.title;
    chart.setPosition(spec.anchor.from, spec.anchor.to);
    // ChartSeries.setXAxisValues is ExcelApi 1.7.
    const categories = this.range(spec.categoryRange);
    for (let i = 0; i < seriesCount; i++) chart.series.getItemAt(i).setXAxisValues(categories);
    this.planned.charts.add(name);
  }

  private async freeze({ rows, columns }: { rows: number; columns: number }): Promise<void> {
    await this.budget.reserve(estimate(3, 1), 1);
    // Worksheet.freezePanes is ExcelApi 1.7.
    const panes = this.sheet.freezePanes;
    if (rows > 0 && columns > 0) panes.freezeAt(this.range(`A1:${columnLetters(columns)}${rows}`));
    else if (rows > 0) panes.freezeRows(rows);
    else if (columns > 0) panes.freezeColumns(columns);
    else panes.unfreeze();
  }

  private async print(spec: NonNullable<SheetContent["print"]>): Promise<void> {
    // Worksheet.pageLayout is ExcelApi 1.9 (Office 2019 has 1.7 or 1.8): without it print setup
    // is skipped and the sheet prints with Excel's defaults.
    if (!this.features.uses("printLayout")) return;
    const layout = this.sheet.pageLayout;
    await this.budget.reserve(estimate(1, 10, spec), 10);
    layout.orientation = (spec.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
    layout.paperSize = spec.paper as Excel.PaperType;
    if (spec.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.titleRows) layout.setPrintTitleRows(spec.titleRows);
    if (spec.printArea) layout.setPrintArea(spec.printArea);
    if (spec.centerHorizontally !== undefined) layout.centerHorizontally = spec.centerHorizontally;
    for (const row of spec.pageBreaks ?? []) {
      // Worksheet.horizontalPageBreaks is ExcelApi 1.9, like pageLayout: a break goes above the row.
      await this.budget.reserve(estimate(2, 1), 1);
      this.sheet.horizontalPageBreaks.add(`A${row}`);
    }
    if (spec.pageNumbers) {
      // "&P" is the page number; FirstAndDefault gives page 1 its own (empty) header.
      const group = layout.headersFooters;
      const skip = spec.pageNumbers.skipFirst;
      await this.budget.reserve(estimate(4, 3), 3);
      group.state = (skip ? "FirstAndDefault" : "Default") as Excel.HeaderFooterState;
      group.defaultForAllPages.centerHeader = "&P";
      if (skip) group.firstPage.centerHeader = "";
    }
    if (spec.margins) {
      const m = spec.margins;
      layout.topMargin = inchesToPoints(m.top);
      layout.bottomMargin = inchesToPoints(m.bottom);
      layout.leftMargin = inchesToPoints(m.left);
      layout.rightMargin = inchesToPoints(m.right);
      if (m.header !== undefined) layout.headerMargin = inchesToPoints(m.header);
      if (m.footer !== undefined) layout.footerMargin = inchesToPoints(m.footer);
    }
  }
}

/** Runs of adjacent rows (in the order given) that take the same height and visibility. */
function rowRuns(rows: readonly RowSpec[]): Array<{ first: number; last: number; height?: number; hidden?: boolean }> {
  const runs: Array<{ first: number; last: number; height?: number; hidden?: boolean }> = [];
  for (const row of rows) {
    const run = runs[runs.length - 1];
    if (run && row.index === run.last + 1 && row.height === run.height && row.hidden === run.hidden) run.last = row.index;
    else runs.push({ first: row.index, last: row.index, height: row.height, hidden: row.hidden });
  }
  return runs;
}

/** One call queued on a range, with the request bytes it adds. */
interface QueuedCall {
  bytes: number;
  queue(range: Excel.Range): void;
}

/** Range.numberFormat for a StyledRange: a matrix for small ranges, one value for large ones. */
function numberFormatCall(address: string, code: string): QueuedCall {
  const rect = parseRange(address);
  if (!rect) throw new Error(`bad range ${address}`);
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (rows * cols <= MATRIX_FORMAT_CELLS) {
    const matrix = Array.from({ length: rows }, () => Array.from({ length: cols }, () => code));
    return { bytes: estimate(0, 1, matrix), queue: (range) => (range.numberFormat = matrix) };
  }
  // A single value for a large range is accepted by Excel though the typings ask for a matrix
  // (Microsoft 365 Developer Platform idea 4211172 shows it working for formulas and values).
  return { bytes: estimate(0, 1, code), queue: (range) => (range.numberFormat = code as unknown as string[][]) };
}

/** Whether content touches cells or formats (which a protected sheet refuses). */
export function hasEdits(content: SheetContent): boolean {
  const keys: (keyof SheetContent)[] = ["cells", "styles", "columns", "rows", "merges", "validations", "conditionalFormats", "tables", "hyperlinks", "charts"];
  return keys.some((k) => {
    const v = content[k];
    return Array.isArray(v) ? v.length > 0 : v !== undefined;
  });
}
