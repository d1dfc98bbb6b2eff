/**
 * The .xlsx workbook host: applies sheet specs to a workbook through exceljs, and reads it back
 * the way Excel would report it. Free of Node modules, so the task pane can write a standalone
 * file with it in the browser; XlsxHost (xlsx-host.ts) adds opening and saving files in Node.
 */
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import JSZip from "jszip";
import { fail, ok, type Result } from "../../domain/result";
import type { ChartSpec, SheetSpec, WorkbookChange, WorkbookOp } from "../../layout/sheet-spec";
import { type ReadRequest, type WorkbookHost, type WorkbookSnapshot, withoutSkippedCells } from "../../layout/workbook-host";
import { expandCopy } from "../../layout/expand-copy";
import { parseAbsoluteRef, sameSheetName, sheetNameKey, validateChange, type WorkbookState } from "../../layout/excel-rules";
import { WorkbookChangeRejected } from "./change-rejected";
import { writeSheetContent, type SheetAfterWrite } from "./sheet-writer";
import { findWorksheet, snapshotOf } from "./workbook-reading";
import { tableRanges } from "./excel-tables";
import { compactValidations } from "./data-validations";
import { unmarkCustomHeights } from "./row-heights";
import { writeSheetDrawings, type SheetDrawing } from "./sheet-drawings";
import { renameSheetInDrawing, withoutCharts, type KeptDrawing } from "./kept-drawing";
import { chartObjectName } from "./chart-xml";
import { worksheetParts } from "./package-xml";
import { fixInternalLinksInPackage } from "./internal-links";
import { markStopIfTrue } from "./stop-if-true";

interface DefinedNamesInternals {
  matrixMap: Record<string, unknown>;
  model: { name: string; ranges: string[] }[];
  add(locStr: string, name: string): void;
}

export class XlsxWorkbook implements WorkbookHost {
  /** Specs of the sheets created by addSheet, by name key: the templates copySheet expands. */
  private readonly templates = new Map<string, SheetSpec>();
  /** Per worksheet id (stable across renames): what the package fix-up must add on save. */
  private readonly pending = new Map<number, SheetAfterWrite>();
  /** Per worksheet id: rows whose height is an estimate for wrapped text, not a custom height. */
  private readonly autoRows = new Map<number, Set<number>>();
  /** Per worksheet id: the drawing of the opened file (charts, pictures, shapes), put back on save. */
  private readonly kept = new Map<number, KeptDrawing>();
  private activeSheet: string | null = null;

  protected constructor(
    private readonly workbook: ExcelJS.Workbook,
    autoRowsByName = new Map<string, Set<number>>(),
    drawingsByName = new Map<string, KeptDrawing>(),
  ) {
    for (const ws of workbook.worksheets) {
      this.autoRows.set(ws.id, autoRowsByName.get(ws.name) ?? new Set());
      const drawing = drawingsByName.get(ws.name);
      if (drawing) this.kept.set(ws.id, drawing);
    }
    // Formulas are written without cached results: Excel must compute them when it opens the file.
    workbook.calcProperties.fullCalcOnLoad = true;
    const active = workbook.views?.[0]?.activeTab;
    if (active !== undefined) this.activeSheet = workbook.worksheets[active]?.name ?? null;
  }

  /** A new, empty workbook (add at least one sheet before saving). */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(newWorkbook());
  }

  async snapshot(requests: ReadRequest[]): Promise<WorkbookSnapshot> {
    const snapshot = snapshotOf(this.workbook, requests);
    // A file answers without a cap: cells a read skips are read, then blanked as the contract says.
    return { ...snapshot, ranges: snapshot.ranges.map(withoutSkippedCells) };
  }

  /** Applies the change, or throws WorkbookChangeRejected (with nothing written). */
  async apply(change: WorkbookChange): Promise<void> {
    const result = await this.tryApply(change);
    if (!result.ok) throw new WorkbookChangeRejected(result.problems);
  }

  /** Applies the change, or returns the problems that stopped it before anything was written. */
  async tryApply(change: WorkbookChange): Promise<Result<void>> {
    const problems = validateChange(change, this.state());
    if (problems.length > 0) return fail(...problems);
    for (const op of change.ops) await this.applyOp(op);
    for (const name of change.dropTemplates ?? []) this.deleteSheet(name);
    return ok(undefined);
  }

  /** The workbook as .xlsx bytes (in Node and in a browser alike). */
  async toBytes(): Promise<Uint8Array> {
    if (this.workbook.worksheets.length === 0) throw new Error("a workbook needs at least one sheet to be saved");
    this.prepareViews();
    for (const ws of this.workbook.worksheets) compactValidations(ws);
    const written = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    return this.fixPackage(written);
  }

  private state(): WorkbookState {
    return {
      sheets: this.workbook.worksheets.map((ws) => ({
        name: ws.name,
        visibility: ws.state ?? "visible",
        tables: tableRanges(ws),
      })),
      templates: new Map([...this.templates.values()].map((spec) => [spec.name, spec])),
    };
  }

  private sheet(name: string): Worksheet {
    const ws = findWorksheet(this.workbook, name);
    // Validation has checked every name an op uses; a miss here is a bug.
    if (!ws) throw new Error(`sheet not found after validation: ${name}`);
    return ws;
  }

  private async writeContent(ws: Worksheet, content: SheetSpec | Parameters<typeof writeSheetContent>[1]): Promise<void> {
    let autoRows = this.autoRows.get(ws.id);
    if (!autoRows) this.autoRows.set(ws.id, (autoRows = new Set()));
    const after = await writeSheetContent(ws, content, autoRows);
    const pending = this.pending.get(ws.id) ?? {};
    this.pending.set(ws.id, { ...pending, ...after, charts: this.replaceCharts(ws, pending.charts ?? [], after.charts ?? []) });
  }

  /**
   * A chart of a change replaces the sheet's chart of the same name (as in the Office.js host),
   * whether an earlier change wrote it or the opened file had it; other charts stay.
   */
  private replaceCharts(ws: Worksheet, pending: ChartSpec[], added: ChartSpec[]): ChartSpec[] {
    if (added.length === 0) return pending;
    const names = new Set(added.map(chartObjectName));
    const kept = this.kept.get(ws.id);
    if (kept) {
      const rest = withoutCharts(kept, names);
      if (rest) this.kept.set(ws.id, rest);
      else this.kept.delete(ws.id);
    }
    return [...pending.filter((chart) => !names.has(chartObjectName(chart))), ...added];
  }

  private async applyOp(op: WorkbookOp): Promise<void> {
    switch (op.op) {
      case "addSheet": {
        const ws = this.workbook.addWorksheet(op.sheet.name);
        await this.writeContent(ws, op.sheet);
        this.templates.set(sheetNameKey(op.sheet.name), op.sheet);
        return;
      }
      case "copySheet": {
        const template = this.templates.get(sheetNameKey(op.copy.template)) as SheetSpec;
        const spec = expandCopy(template, op.copy);
        await this.writeContent(this.workbook.addWorksheet(spec.name), spec);
        return;
      }
      case "patchSheet":
        await this.writeContent(this.sheet(op.name), op.content);
        return;
      case "renameSheet":
        return this.renameSheet(op.from, op.to);
      case "deleteSheet":
        return this.deleteSheet(op.name);
      case "orderSheets":
        return this.orderSheets(op.names);
      case "defineNames":
        return this.defineNames(op.names);
      case "activateSheet":
        this.activeSheet = this.sheet(op.name).name;
        return;
    }
  }

  /**
   * Renames the sheet only. exceljs does not rewrite formulas, defined names or links that
   * name the old sheet (Excel does): after a rename they point at a sheet that no longer
   * exists until the engine rewrites them.
   */
  private renameSheet(from: string, to: string): void {
    const ws = this.sheet(from);
    // Excel rewrites every chart series naming the sheet; what exceljs does not hold, the host must.
    for (const [id, drawing] of this.kept) this.kept.set(id, renameSheetInDrawing(drawing, ws.name, to));
    // exceljs refuses a name equal to any sheet's ignoring case, the sheet itself included,
    // so a change of case goes through a transient name (a control character no typed name has).
    if (sameSheetName(from, to)) ws.name = `\u0001${ws.id}`;
    ws.name = to;
    const template = this.templates.get(sheetNameKey(from));
    if (template) {
      this.templates.delete(sheetNameKey(from));
      this.templates.set(sheetNameKey(to), { ...template, name: to });
    }
    if (this.activeSheet !== null && sameSheetName(this.activeSheet, from)) this.activeSheet = to;
  }

  private deleteSheet(name: string): void {
    const ws = this.sheet(name);
    this.workbook.removeWorksheet(ws.id);
    this.pending.delete(ws.id);
    this.autoRows.delete(ws.id);
    this.kept.delete(ws.id);
    this.templates.delete(sheetNameKey(name));
    // A defined name on a sheet that is gone would make Excel repair the file.
    const names = this.workbook.definedNames as unknown as DefinedNamesInternals;
    const onThisSheet = (r: string): boolean => {
      const sheet = parseAbsoluteRef(r)?.sheet;
      return sheet !== undefined && sameSheetName(sheet, ws.name);
    };
    names.model = names.model.map((n) => ({ ...n, ranges: n.ranges.filter((r) => !onThisSheet(r)) })).filter((n) => n.ranges.length > 0);
  }

  private orderSheets(names: string[]): void {
    const listed = names.map((name) => this.sheet(name));
    const rest = this.workbook.worksheets.filter((ws) => !listed.includes(ws));
    // exceljs lists sheets (and writes them) by their orderNo.
    [...listed, ...rest].forEach((ws, i) => {
      (ws as unknown as { orderNo: number }).orderNo = i + 1;
    });
  }

  private defineNames(specs: { name: string; refersTo: string }[]): void {
    const names = this.workbook.definedNames as unknown as DefinedNamesInternals;
    for (const spec of specs) {
      const ref = parseAbsoluteRef(spec.refersTo);
      if (!ref) continue;
      // Replace, not extend: exceljs would otherwise add the range to an existing name.
      for (const key of Object.keys(names.matrixMap)) if (key.toLowerCase() === spec.name.toLowerCase()) delete names.matrixMap[key];
      names.add(ref.text, spec.name);
    }
  }

  /**
   * One active tab, and it must be visible: Excel shows a hidden active sheet as selected and
   * several tabSelected sheets as a group (edits then go to all of them).
   */
  private prepareViews(): void {
    const sheets = this.workbook.worksheets;
    const visible = (ws: Worksheet): boolean => (ws.state ?? "visible") === "visible";
    const wanted = this.activeSheet === null ? undefined : findWorksheet(this.workbook, this.activeSheet);
    const active = wanted && visible(wanted) ? wanted : sheets.find(visible) ?? sheets[0];
    sheets.forEach((ws) => {
      const view = ws.views[0] ?? {};
      ws.views = [{ ...view, tabSelected: ws === active } as unknown as (typeof ws.views)[number]];
    });
    const firstVisible = Math.max(0, sheets.findIndex(visible));
    const base = this.workbook.views?.[0] ?? { x: 0, y: 0, width: 24000, height: 14000 };
    this.workbook.views = [{ ...base, activeTab: sheets.indexOf(active), firstSheet: firstVisible, visibility: "visible" }];
  }

  /** What exceljs cannot write, added to its output: internal links, stopIfTrue, non-custom row heights, drawings. */
  private async fixPackage(written: Uint8Array): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(written);
    const parts = await worksheetParts(zip);
    await fixInternalLinksInPackage(zip, parts.values());
    const drawings: SheetDrawing[] = [];
    for (const ws of this.workbook.worksheets) {
      const part = parts.get(ws.name);
      const charts = this.pending.get(ws.id)?.charts ?? [];
      const kept = this.kept.get(ws.id) ?? null;
      if (part && (kept || charts.length > 0)) drawings.push({ sheet: ws.name, part, kept, charts });
      const stopIfTrue = new Set(this.pending.get(ws.id)?.stopIfTrue ?? []);
      const autoRows = this.autoRows.get(ws.id) ?? new Set<number>();
      if (!part || (stopIfTrue.size === 0 && autoRows.size === 0)) continue;
      const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
      zip.file(part, unmarkCustomHeights(markStopIfTrue(xml, stopIfTrue), autoRows));
    }
    await writeSheetDrawings(zip, drawings);
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

/** An empty exceljs workbook as the add-in makes them. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Plan Tracker";
  return workbook;
}
