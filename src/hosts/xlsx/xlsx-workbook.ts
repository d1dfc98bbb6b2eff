/**
 * The .xlsx workbook host: applies sheet specs to a workbook and reads it back the way Excel
 * would report it. exceljs holds the workbook and each sheet's settings (columns, merges,
 * formats, validations, tables, views, print setup, protection) and writes the package; the
 * cells are the host's own (SheetCells), written into exceljs's package on save
 * (docs/architecture.md, "The file host's cells"). Free of Node modules, so the task pane can
 * write a standalone file with it in the browser; XlsxHost (xlsx-host.ts) adds opening and
 * saving files in Node.
 */
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import JSZip from "jszip";
import { fail, ok, type Problem, type Result } from "../../domain/result";
import type { ChartSpec, SheetContent, SheetCopy, SheetSpec, Visibility, WorkbookChange, WorkbookOp } from "../../layout/sheet-spec";
import { type ReadRequest, type WorkbookHost, type WorkbookSnapshot, withoutSkippedCells } from "../../layout/workbook-host";
import { expandCopy } from "../../layout/expand-copy";
import { cell, formatRange, parseAbsoluteRef, parseCell, parseCellRange, sameSheetName, sheetNameKey, validateChange, type CellRect, type WorkbookState } from "../../layout/excel-rules";
import { WorkbookChangeRejected } from "./change-rejected";
import { loadWorkbook } from "./open-workbook";
import { writeSheetContent, writeSheetSettings, type SheetAfterWrite } from "./sheet-writer";
import { SheetFinder, snapshotOf } from "./workbook-reading";
import { tableRanges } from "./excel-tables";
import { compactValidations } from "./data-validations";
import { writeSheetDrawings, type SheetDrawing } from "./sheet-drawings";
import { renameSheetInDrawing, withoutCharts, type KeptDrawing } from "./kept-drawing";
import { chartObjectName } from "./chart-xml";
import { addRelationship, EMPTY_RELS, partText, relationships, relsPathOf, workbookPartPath, worksheetParts } from "./package-xml";
import { markStopIfTrue } from "./stop-if-true";
import { SheetCells, type FrozenRows, type LinkRecord } from "./sheet-cells";
import { renderSheetData, type RenderContext } from "./sheet-data-xml";
import { StyleBook, withDifferentialFormats, type WrittenStyles } from "./style-book";
import { SharedStrings, SHARED_STRINGS_REL, SHARED_STRINGS_TYPE } from "./shared-strings";
import { spliceWorksheet, type SplitWorksheet } from "./worksheet-xml";
import { ContentTypes } from "./content-types";
import { writeCells } from "./cell-values";
import { fitWrappedRows } from "./row-heights";
import type { SheetTarget } from "./sheet-target";
import { definedNameList, useDefinedNameList, type DefinedName } from "./defined-name-list";
import { putBackNames, renameSheetInNames, type KeptName } from "./kept-names";
import { putBackChartSheets, renameSheetInChartSheets, type KeptChartSheet } from "./kept-chart-sheets";
import { putBackExternalLinks } from "./kept-external-links";
import type { PartGraph } from "./part-graph";

/** A sheet of an opened file, as the host keeps it beside exceljs's. */
export interface OpenedSheet {
  cells: SheetCells;
  namespaces: SplitWorksheet["namespaces"];
  /** The file's <dimension>, written back while the cells are. */
  dimension: string | null;
  /** The <extLst> extensions exceljs drops (sparklines), written back. */
  extensions: string[];
}

/** What the host keeps of an opened file beside exceljs's workbook. */
export interface OpenedParts {
  sheets: Map<string, OpenedSheet>;
  drawings: Map<string, KeptDrawing>;
  styles: StyleBook;
  strings: SharedStrings;
  /** What the file holds that the host cannot write back (package-survey.ts): saving refuses while there is any. */
  unkept: Problem[];
  /** Defined names exceljs cannot carry, written back on save (kept-names.ts). */
  names: KeptName[];
  /** Chart sheets, which exceljs does not read, written back on save (kept-chart-sheets.ts). */
  chartSheets: KeptChartSheet[];
  /** Links to other workbooks, in the order formulas number them (kept-external-links.ts). */
  externalLinks: PartGraph[];
}

/** A template made by addSheet: its spec, and its cells as written, which copies share. */
interface Template {
  spec: SheetSpec;
  rows: FrozenRows;
  links: ReadonlyMap<string, LinkRecord>;
}

interface SheetState {
  cells: SheetCells;
  opened?: Omit<OpenedSheet, "cells">;
}

const STORED = { compression: "STORE" } as const;

/** The fields of a copy that leave the template's cells as they are (see sharesTemplateCells). */
const SETTINGS_ONLY: ReadonlySet<string> = new Set(["cells", "validations", "conditionalFormats", "freeze", "print", "visibility", "tabColor", "protection", "charts"]);

export class XlsxWorkbook implements WorkbookHost {
  /** Templates made by addSheet, by name key: what copySheet expands. */
  private readonly templates = new Map<string, Template>();
  /** Per worksheet id (stable across renames): what the package fix-up must add on save. */
  private readonly pending = new Map<number, SheetAfterWrite>();
  /** Per worksheet id: the sheet's cells. */
  private readonly sheets = new Map<number, SheetState>();
  /** Per worksheet id: the drawing of the opened file (charts, pictures, shapes), put back on save. */
  private readonly kept = new Map<number, KeptDrawing>();
  private readonly book: StyleBook;
  private readonly strings: SharedStrings;
  private activeSheet: string | null = null;
  private saves = 0;
  private readonly finder: SheetFinder;
  /** What the opened file holds that the host would drop on save (OpenedParts.unkept). */
  protected readonly unkept: readonly Problem[];
  /** The opened file's defined names that exceljs cannot carry. */
  private keptNames: KeptName[];
  /** The opened file's chart sheets. */
  private chartSheets: KeptChartSheet[];
  /** The opened file's links to other workbooks. */
  private readonly externalLinks: readonly PartGraph[];

  protected constructor(
    private readonly workbook: ExcelJS.Workbook,
    opened?: OpenedParts,
  ) {
    this.finder = new SheetFinder(workbook);
    this.book = opened?.styles ?? new StyleBook();
    this.strings = opened?.strings ?? new SharedStrings();
    this.unkept = opened?.unkept ?? [];
    this.keptNames = opened?.names ?? [];
    this.chartSheets = opened?.chartSheets ?? [];
    this.externalLinks = opened?.externalLinks ?? [];
    for (const ws of workbook.worksheets) {
      const sheet = opened?.sheets.get(ws.name);
      this.sheets.set(ws.id, sheet ? { cells: sheet.cells, opened: { namespaces: sheet.namespaces, dimension: sheet.dimension, extensions: sheet.extensions } } : { cells: new SheetCells() });
      const drawing = opened?.drawings.get(ws.name);
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

  /** Opens .xlsx bytes, in a browser as in Node; `name` stands for the file in messages. */
  static async fromBytes(data: Uint8Array, name: string): Promise<Result<XlsxWorkbook>> {
    const opened = await loadWorkbook(data, name);
    return opened.ok ? ok(new XlsxWorkbook(opened.value.workbook, opened.value.parts)) : opened;
  }

  async snapshot(requests: ReadRequest[]): Promise<WorkbookSnapshot> {
    const snapshot = snapshotOf(this.finder, this.workbook, (ws) => this.target(ws).cells, requests);
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
    const columnStyles = this.columnStyles();
    const styles = await this.book.write();
    // Stored, not deflated: the package is opened again at once for the host's parts.
    const zip = await JSZip.loadAsync(await this.workbook.xlsx.writeBuffer({ zip: STORED } as never));
    const worksheets = await this.writeCells(zip, styles, columnStyles);
    await this.writeSharedParts(zip, styles);
    return this.packageBytes(zip, worksheets);
  }

  /**
   * The zip archive of the package, with `worksheets` (part path → its text in pieces) added;
   * XlsxHost deflates with Node's zlib instead of JSZip's JavaScript.
   */
  protected async packageBytes(zip: JSZip, worksheets: Map<string, string[]>): Promise<Uint8Array> {
    for (const [path, pieces] of worksheets) zip.file(path, pieces.join(""));
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }

  private target(ws: Worksheet): SheetTarget {
    let state = this.sheets.get(ws.id);
    if (!state) this.sheets.set(ws.id, (state = { cells: new SheetCells() }));
    return { ws, cells: state.cells, book: this.book };
  }

  /** Per worksheet id: the StyleBook id of each styled column (exceljs writes <col style> in its own numbering). */
  private columnStyles(): Map<number, Map<number, number>> {
    const result = new Map<number, Map<number, number>>();
    for (const ws of this.workbook.worksheets) {
      const columns = (ws as unknown as { _columns: ({ style?: object } | undefined)[] | null })._columns ?? [];
      const styled = new Map<number, number>();
      columns.forEach((column, i) => {
        if (column?.style && Object.keys(column.style).length > 0) styled.set(i + 1, this.book.idOf(column.style));
      });
      if (styled.size > 0) result.set(ws.id, styled);
    }
    return result;
  }

  /**
   * Each worksheet part gets its cells, links and what else exceljs cannot write; then the
   * drawings. Returns the parts without a drawing in pieces, kept out of the zip: joining and
   * re-reading fifty megabytes of XML would cost more than writing it.
   */
  private async writeCells(zip: JSZip, styles: WrittenStyles, columnStyles: Map<number, Map<number, number>>): Promise<Map<string, string[]>> {
    const parts = await worksheetParts(zip);
    const context = renderContext(++this.saves, styles, this.book, this.strings);
    const drawings: SheetDrawing[] = [];
    const worksheets = new Map<string, string[]>();
    for (const ws of this.workbook.worksheets) {
      const part = parts.get(ws.name);
      if (!part) continue;
      const state = this.sheets.get(ws.id) ?? { cells: new SheetCells() };
      const rendered = renderSheetData(state.cells, context);
      const dimension = rendered.extent ? dimensionOf(rendered.extent) : state.cells.untouchedXml() !== null ? (state.opened?.dimension ?? null) : null;
      const relsPath = relsPathOf(part);
      const relsFile = zip.file(relsPath);
      const relsXml = relsFile ? await partText(relsFile) : EMPTY_RELS;
      const byColumn = columnStyles.get(ws.id);
      const spliced = spliceWorksheet(await partText(zip.file(part) as JSZip.JSZipObject), relsXml, {
        dimension,
        links: state.cells.links,
        namespaces: state.opened?.namespaces ?? null,
        extensions: state.opened?.extensions,
        columnStyle: (min) => {
          const id = byColumn?.get(min);
          return id === undefined ? undefined : (styles.index[id] ?? 0);
        },
      });
      if (spliced.relsXml !== relsXml) zip.file(relsPath, spliced.relsXml);
      const pieces = [spliced.before, ...rendered.pieces, markStopIfTrue(spliced.after, new Set(this.pending.get(ws.id)?.stopIfTrue ?? []))];
      const charts = this.pending.get(ws.id)?.charts ?? [];
      const kept = this.kept.get(ws.id) ?? null;
      if (kept || charts.length > 0) {
        zip.file(part, pieces.join(""));
        drawings.push({ sheet: ws.name, part, kept, charts });
      } else {
        zip.remove(part);
        worksheets.set(part, pieces);
      }
    }
    await writeSheetDrawings(zip, drawings);
    return worksheets;
  }

  /** The shared strings and the styles (exceljs's own part keeps only the conditional formats' differential formats). */
  private async writeSharedParts(zip: JSZip, styles: WrittenStyles): Promise<void> {
    const stylesFile = zip.file("xl/styles.xml");
    zip.file("xl/styles.xml", withDifferentialFormats(styles.xml, stylesFile ? await partText(stylesFile) : ""));
    zip.file("xl/sharedStrings.xml", this.strings.toXml());
    const workbookPath = (await workbookPartPath(zip)) as string;
    const types = await ContentTypes.of(zip);
    if (this.keptNames.length > 0 || this.chartSheets.length > 0 || this.externalLinks.length > 0) {
      // Chart sheets first: the kept names' sheet indices count them.
      const written = await partText(zip.file(workbookPath) as JSZip.JSZipObject);
      const withCharts = this.chartSheets.length > 0 ? await putBackChartSheets(zip, workbookPath, written, this.chartSheets, types) : written;
      const withLinks = await putBackExternalLinks(zip, workbookPath, withCharts, this.externalLinks, types);
      zip.file(workbookPath, putBackNames(withLinks, this.keptNames));
    }
    const relsPath = relsPathOf(workbookPath);
    const relsXml = (await zip.file(relsPath)?.async("string")) ?? EMPTY_RELS;
    if (!relationships(relsXml).some((r) => r.type === SHARED_STRINGS_REL)) zip.file(relsPath, addRelationship(relsXml, SHARED_STRINGS_REL, "sharedStrings.xml").xml);
    types.declare("xl/sharedStrings.xml", SHARED_STRINGS_TYPE);
    types.write(zip);
  }

  private state(): WorkbookState {
    return {
      sheets: [
        ...this.workbook.worksheets.map((ws) => ({
          name: ws.name,
          visibility: ws.state ?? "visible",
          tables: tableRanges(ws),
        })),
        // A chart sheet's name is taken too: a sheet added under it would make two of one name.
        ...this.chartSheets.map((c) => ({ name: c.name, visibility: (c.state ?? "visible") as Visibility, tables: [] })),
      ],
      templates: new Map([...this.templates.values()].map(({ spec }) => [spec.name, spec])),
    };
  }

  private sheet(name: string): Worksheet {
    const ws = this.finder.find(name);
    // Validation has checked every name an op uses; a miss here is a bug.
    if (!ws) throw new Error(`sheet not found after validation: ${name}`);
    return ws;
  }

  private async writeContent(ws: Worksheet, content: SheetContent): Promise<void> {
    this.addPending(ws, await writeSheetContent(this.target(ws), content));
  }

  private addPending(ws: Worksheet, after: SheetAfterWrite): void {
    const pending = this.pending.get(ws.id) ?? {};
    this.pending.set(ws.id, { ...pending, ...after, charts: this.replaceCharts(ws, pending.charts ?? [], after.charts ?? []) });
  }

  /**
   * A copy can share the template's cells when what it adds leaves them as the full spec would:
   * settings, and cells outside the template's links and table headers (a link or a table
   * written after a cell would change it).
   */
  private sharesTemplateCells(template: Template, copy: SheetCopy): boolean {
    if (Object.keys(copy.content).some((field) => !SETTINGS_ONLY.has(field))) return false;
    const headers = (template.spec.tables ?? []).map((t) => parseCellRange(t.range)).filter((r): r is CellRect => r !== null);
    for (const block of copy.content.cells ?? []) {
      const at = parseCell(block.at);
      if (!at) return false;
      const width = Math.max(0, ...block.rows.map((row) => row.length));
      for (let r = at.row; r < at.row + block.rows.length; r++) {
        if (headers.some((h) => h.top === r && at.col <= h.right && at.col + width - 1 >= h.left)) return false;
        for (let c = at.col; c < at.col + width; c++) if (template.links.has(cell(c, r))) return false;
      }
    }
    return true;
  }

  /**
   * A copy that shares the template's cells: the template's settings on a new exceljs sheet, the
   * template's rows taken over only where the copy writes, and only those rows fitted again.
   */
  private async writeSharedCopy(ws: Worksheet, template: Template, spec: SheetSpec, copy: SheetCopy): Promise<void> {
    const cells = SheetCells.over(template.rows, template.links);
    this.sheets.set(ws.id, { cells });
    const target: SheetTarget = { ws, cells, book: this.book };
    this.addPending(ws, await writeSheetSettings(target, spec));
    const own = copy.content.cells ?? [];
    writeCells(target, own);
    const fixed = new Set((spec.rows ?? []).filter((r) => r.height !== undefined).map((r) => r.index));
    const rows = new Set<number>();
    for (const block of own) {
      const at = parseCell(block.at);
      if (at) for (let r = at.row; r < at.row + block.rows.length; r++) if (!fixed.has(r)) rows.add(r);
    }
    fitWrappedRows(target, rows);
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
    await this.applyOneOp(op);
    if (op.op === "addSheet" || op.op === "copySheet" || op.op === "renameSheet") this.finder.changed();
  }

  private async applyOneOp(op: WorkbookOp): Promise<void> {
    switch (op.op) {
      case "addSheet": {
        const ws = this.workbook.addWorksheet(op.sheet.name);
        await this.writeContent(ws, op.sheet);
        const cells = this.target(ws).cells;
        this.templates.set(sheetNameKey(op.sheet.name), { spec: op.sheet, rows: cells.freeze(), links: new Map(cells.links) });
        return;
      }
      case "copySheet": {
        const template = this.templates.get(sheetNameKey(op.copy.template)) as Template;
        const spec = expandCopy(template.spec, op.copy);
        const ws = this.workbook.addWorksheet(spec.name);
        if (this.sharesTemplateCells(template, op.copy)) await this.writeSharedCopy(ws, template, spec, op.copy);
        else await this.writeContent(ws, spec);
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
    this.keptNames = renameSheetInNames(this.keptNames, ws.name, to);
    this.chartSheets = renameSheetInChartSheets(this.chartSheets, ws.name, to);
    // exceljs refuses a name equal to any sheet's ignoring case, the sheet itself included,
    // so a change of case goes through a transient name (a control character no typed name has).
    if (sameSheetName(from, to)) ws.name = `\u0001${ws.id}`;
    ws.name = to;
    const template = this.templates.get(sheetNameKey(from));
    if (template) {
      this.templates.delete(sheetNameKey(from));
      this.templates.set(sheetNameKey(to), { ...template, spec: { ...template.spec, name: to } });
    }
    if (this.activeSheet !== null && sameSheetName(this.activeSheet, from)) this.activeSheet = to;
  }

  private deleteSheet(name: string): void {
    const ws = this.sheet(name);
    this.workbook.removeWorksheet(ws.id);
    this.finder.changed();
    this.pending.delete(ws.id);
    this.sheets.delete(ws.id);
    this.kept.delete(ws.id);
    this.templates.delete(sheetNameKey(name));
    this.keptNames = this.keptNames.filter((n) => n.sheet === null || !sameSheetName(n.sheet, ws.name));
    // A defined name on a sheet that is gone would make Excel repair the file.
    definedNameList(this.workbook).filterRanges((r) => {
      const sheet = parseAbsoluteRef(r)?.sheet;
      return sheet === undefined || !sameSheetName(sheet, ws.name);
    });
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
    const names: DefinedName[] = [];
    for (const spec of specs) {
      const ref = parseAbsoluteRef(spec.refersTo);
      if (ref) names.push({ name: spec.name, ranges: [ref.text] });
    }
    definedNameList(this.workbook).define(names);
  }

  /**
   * One active tab, and it must be visible: Excel shows a hidden active sheet as selected and
   * several tabSelected sheets as a group (edits then go to all of them).
   */
  private prepareViews(): void {
    const sheets = this.workbook.worksheets;
    const visible = (ws: Worksheet): boolean => (ws.state ?? "visible") === "visible";
    const wanted = this.activeSheet === null ? undefined : this.finder.find(this.activeSheet);
    const active = wanted && visible(wanted) ? wanted : sheets.find(visible) ?? sheets[0];
    sheets.forEach((ws) => {
      const view = ws.views?.[0] ?? {};
      ws.views = [{ ...view, tabSelected: ws === active } as unknown as (typeof ws.views)[number]];
    });
    const firstVisible = Math.max(0, sheets.findIndex(visible));
    const base = this.workbook.views?.[0] ?? { x: 0, y: 0, width: 24000, height: 14000 };
    this.workbook.views = [{ ...base, activeTab: sheets.indexOf(active), firstSheet: firstVisible, visibility: "visible" }];
  }
}

/** The <dimension> of the written cells. */
function dimensionOf(extent: CellRect): string {
  const range = formatRange(extent);
  return extent.top === extent.bottom && extent.left === extent.right ? range.split(":")[0] : range;
}

/**
 * How this save writes cells: StyleBook ids as the cellXfs indices exceljs gave them, texts as
 * shared strings; XML kept from the opened file has its style ids renumbered the same way (the
 * ids of its cellXfs are their positions), and loses the references to rich-value metadata,
 * which exceljs does not write.
 */
function renderContext(save: number, styles: WrittenStyles, book: StyleBook, strings: SharedStrings): RenderContext {
  const index = styles.index;
  const identity = book.keepsFileNumbers(styles);
  const renumber = (_whole: string, head: string, id: string): string => {
    const to = index[Number(id)];
    return to === undefined ? head.slice(0, -4) : `${head}${to}"`;
  };
  return {
    save,
    styleIndex: (id) => index[id] ?? 0,
    stringIndex: (text) => strings.indexOf(text),
    fromFile: (xml) => {
      let out = identity ? xml : xml.replace(/(<(?:c|row)\b[^>]*?\ss=")(\d+)"/g, renumber);
      if (out.includes(' cm="') || out.includes(' vm="')) out = out.replace(/(<c\b[^>]*?)\s(?:cm|vm)="\d*"/g, "$1").replace(/(<c\b[^>]*?)\s(?:cm|vm)="\d*"/g, "$1");
      return out;
    },
  };
}

/** An empty exceljs workbook as the add-in makes them. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  useDefinedNameList(workbook);
  workbook.creator = "Plan Tracker";
  return workbook;
}
