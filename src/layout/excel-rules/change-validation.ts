/**
 * Checks a whole WorkbookChange against one workbook before anything is written, by replaying its
 * ops on a model of sheet names, visibility and tables. It finds what Excel would refuse half-way
 * (a bad or taken name, a missing sheet, hiding the last visible sheet, a taken table name, a
 * drop-down list Excel would cut or split) and what breaks the sheet spec's own contract (cell
 * addresses, ragged blocks of cells, overlapping merges). Excel's batches are not transactions and a
 * file must never be half-written, so a host refuses a change with any problem; both hosts run this
 * one replay, so they refuse the same changes with the same problems.
 */
import type { Location, Problem } from "../../domain/result";
import { expandCopy } from "../expand-copy";
import type { SheetContent, SheetCopy, SheetSpec, Visibility, WorkbookChange } from "../sheet-spec";
import { parseCell, parseCellRange, rectsIntersect, type CellRect } from "./a1";
import { definedNameProblem, parseAbsoluteRef, tableNameProblem } from "./name-rules";
import { sheetNameKey } from "./sheet-name-identity";
import { sheetNameProblem } from "./sheet-name-rules";

export interface TableState {
  name: string;
  /** Where the table is; absent when the host does not read it (Office.js lists names only). */
  range?: CellRect;
}

export interface SheetState {
  name: string;
  visibility: Visibility;
  tables: readonly TableState[];
}

/** The workbook as a host last read it. */
export interface WorkbookState {
  sheets: readonly SheetState[];
  /**
   * For a host that makes a copy by expanding its template's spec (a file): the specs it can copy
   * from, by sheet name. Absent for a host that copies the sheet itself (Excel's Worksheet.copy),
   * which can copy any sheet.
   */
  templates?: ReadonlyMap<string, SheetSpec>;
}

/** Excel's limit for the typed source of a drop-down list. */
const LIST_SOURCE_LIMIT = 255;

interface ReplayedSheet {
  name: string;
  visibility: Visibility;
  tables: TableState[];
}

// Excel compares table names without regard to case, as it compares sheet names.
const tableKey = sheetNameKey;

class Replay {
  readonly problems: Problem[] = [];
  private readonly sheets = new Map<string, ReplayedSheet>();
  private readonly templates: Map<string, SheetSpec> | null;

  constructor(state: WorkbookState) {
    for (const sheet of state.sheets) this.sheets.set(sheetNameKey(sheet.name), { ...sheet, tables: [...sheet.tables] });
    this.templates = state.templates ? new Map([...state.templates].map(([name, spec]) => [sheetNameKey(name), spec])) : null;
  }

  private find(name: string): ReplayedSheet | undefined {
    return this.sheets.get(sheetNameKey(name));
  }

  private requireSheet(name: string): ReplayedSheet | undefined {
    const sheet = this.find(name);
    if (!sheet) this.problems.push({ key: "excel.sheet.missing", params: { name }, at: { sheet: name } });
    return sheet;
  }

  /** Whether `name` may be given to a new sheet, or to the sheet now called `replacing`. */
  private checkNewName(name: string, replacing?: string): boolean {
    const problem = sheetNameProblem(name);
    if (problem) {
      this.problems.push(problem);
      return false;
    }
    const taken = this.find(name);
    if (taken && (replacing === undefined || sheetNameKey(replacing) !== sheetNameKey(name))) {
      this.problems.push({ key: "excel.sheetName.duplicate", params: { name: taken.name }, at: { sheet: name } });
      return false;
    }
    return true;
  }

  private addReplayed(name: string): ReplayedSheet {
    const sheet: ReplayedSheet = { name, visibility: "visible", tables: [] };
    this.sheets.set(sheetNameKey(name), sheet);
    return sheet;
  }

  addSheet(spec: SheetSpec): void {
    if (!this.checkNewName(spec.name)) return;
    const sheet = this.addReplayed(spec.name);
    this.templates?.set(sheetNameKey(spec.name), spec);
    this.content(sheet, spec);
  }

  copySheet(copy: SheetCopy): void {
    const source = this.find(copy.template);
    const spec = this.templates?.get(sheetNameKey(copy.template));
    if (this.templates && (!spec || !source)) {
      this.problems.push({ key: "excel.template.unknown", params: { name: copy.template }, at: { sheet: copy.name } });
      return;
    }
    if (!source) {
      this.requireSheet(copy.template);
      return;
    }
    const expected = spec ? spec.tables?.length ?? 0 : source.tables.length;
    if (copy.tableNames.length < expected) {
      this.problems.push({ key: "excel.template.tableNames", params: { name: copy.name, expected, actual: copy.tableNames.length }, at: { sheet: copy.name } });
      return;
    }
    if (!this.checkNewName(copy.name)) return;
    const sheet = this.addReplayed(copy.name);
    if (spec) {
      this.content(sheet, expandCopy(spec, copy));
      return;
    }
    // Excel's copy keeps the template's tables where they are, under the copy's names.
    source.tables.forEach((table, i) => {
      const at = { sheet: copy.name };
      if (this.validTableName(copy.tableNames[i], at)) this.claimTable(sheet, copy.tableNames[i], table.range, at);
    });
    this.content(sheet, copy.content);
  }

  patchSheet(name: string, content: SheetContent): void {
    const sheet = this.requireSheet(name);
    if (sheet) this.content(sheet, content);
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.requireSheet(from);
    if (!sheet || !this.checkNewName(to, from)) return;
    this.sheets.delete(sheetNameKey(from));
    sheet.name = to;
    this.sheets.set(sheetNameKey(to), sheet);
    const template = this.templates?.get(sheetNameKey(from));
    if (template) {
      this.templates?.delete(sheetNameKey(from));
      this.templates?.set(sheetNameKey(to), { ...template, name: to });
    }
  }

  deleteSheet(name: string): void {
    const sheet = this.requireSheet(name);
    if (!sheet) return;
    if (sheet.visibility === "visible" && this.visibleCount() === 1) {
      this.problems.push({ key: "excel.sheet.lastVisible", params: { name }, at: { sheet: name } });
      return;
    }
    this.sheets.delete(sheetNameKey(name));
    this.templates?.delete(sheetNameKey(name));
  }

  activateSheet(name: string): void {
    const sheet = this.requireSheet(name);
    if (sheet && sheet.visibility !== "visible") {
      this.problems.push({ key: "excel.sheet.activateHidden", params: { name }, at: { sheet: name } });
    }
  }

  orderSheets(names: string[]): void {
    for (const name of names) this.requireSheet(name);
  }

  defineNames(names: { name: string; refersTo: string }[]): void {
    for (const spec of names) {
      const problem = definedNameProblem(spec.name, spec.refersTo);
      const target = parseAbsoluteRef(spec.refersTo);
      if (problem) this.problems.push(problem);
      else if (target) this.requireSheet(target.sheet);
    }
  }

  private visibleCount(): number {
    let count = 0;
    for (const sheet of this.sheets.values()) if (sheet.visibility === "visible") count++;
    return count;
  }

  private range(a1: string, sheet: string): CellRect | null {
    const range = parseCellRange(a1);
    if (!range) this.problems.push({ key: "excel.range.invalid", params: { range: a1 }, at: { sheet } });
    return range;
  }

  private content(sheet: ReplayedSheet, content: SheetContent): void {
    const name = sheet.name;
    for (const block of content.cells ?? []) {
      if (!parseCell(block.at)) this.problems.push({ key: "excel.range.invalid", params: { range: block.at }, at: { sheet: name } });
      const width = block.rows[0]?.length ?? 0;
      if (block.rows.some((row) => row.length !== width)) {
        this.problems.push({ key: "excel.cells.ragged", params: { cell: block.at }, at: { sheet: name, cell: block.at } });
      }
    }
    const ranges = [
      ...(content.styles ?? []).map((s) => s.range),
      ...(content.validations ?? []).map((v) => v.range),
      ...(content.conditionalFormats ?? []).map((c) => c.range),
      ...(content.hyperlinks ?? []).flatMap((h) => [h.at, h.target.cell]),
      ...(content.charts ?? []).flatMap((c) => [c.dataRange, c.categoryRange, c.anchor.from, c.anchor.to]),
      ...(content.print?.printArea ? [content.print.printArea] : []),
    ];
    for (const a1 of ranges) this.range(a1, name);

    for (const v of content.validations ?? []) {
      if (v.rule.kind !== "list") continue;
      const at = { sheet: name, cell: v.range };
      // Excel splits a typed list at every comma and refuses a source longer than its limit.
      for (const item of v.rule.items) if (item.includes(",")) this.problems.push({ key: "excel.list.itemComma", params: { item }, at });
      if (v.rule.items.join(",").length > LIST_SOURCE_LIMIT) this.problems.push({ key: "excel.list.tooLong", params: { range: v.range }, at });
    }

    const merges: CellRect[] = [];
    for (const a1 of content.merges ?? []) {
      const range = this.range(a1, name);
      if (!range) continue;
      if (merges.some((other) => rectsIntersect(other, range))) {
        this.problems.push({ key: "excel.merge.overlap", params: { range: a1 }, at: { sheet: name, cell: a1 } });
      }
      merges.push(range);
    }

    if (content.visibility && content.visibility !== "visible" && sheet.visibility === "visible" && this.visibleCount() === 1) {
      this.problems.push({ key: "excel.sheet.lastVisible", params: { name }, at: { sheet: name } });
    } else if (content.visibility) {
      sheet.visibility = content.visibility;
    }

    for (const table of content.tables ?? []) {
      const at = { sheet: name, cell: table.range };
      if (!this.validTableName(table.name, at)) continue;
      const range = this.range(table.range, name);
      if (range) this.claimTable(sheet, table.name, range, at);
    }
  }

  private validTableName(tableName: string, at: Location): boolean {
    const problem = tableNameProblem(tableName);
    if (problem) this.problems.push({ ...problem, at });
    return problem === null;
  }

  /** Puts table `tableName` on `sheet`; a table of the same name on the same sheet is replaced. */
  private claimTable(sheet: ReplayedSheet, tableName: string, range: CellRect | undefined, at: Location): void {
    const key = tableKey(tableName);
    const elsewhere = [...this.sheets.values()].some((other) => other !== sheet && other.tables.some((t) => tableKey(t.name) === key));
    if (elsewhere) {
      this.problems.push({ key: "excel.table.nameDuplicate", params: { name: tableName }, at });
      return;
    }
    const kept = sheet.tables.filter((t) => tableKey(t.name) !== key);
    const overlapped = range && kept.find((t) => t.range && rectsIntersect(t.range, range));
    if (overlapped) {
      this.problems.push({ key: "excel.table.overlap", params: { name: tableName, other: overlapped.name }, at });
      return;
    }
    sheet.tables = [...kept, { name: tableName, ...(range ? { range } : {}) }];
  }
}

/** Every problem the change would meet in `state`, in op order; empty when it can be applied. */
export function validateChange(change: WorkbookChange, state: WorkbookState): Problem[] {
  const replay = new Replay(state);
  for (const op of change.ops) {
    switch (op.op) {
      case "addSheet":
        replay.addSheet(op.sheet);
        break;
      case "copySheet":
        replay.copySheet(op.copy);
        break;
      case "patchSheet":
        replay.patchSheet(op.name, op.content);
        break;
      case "renameSheet":
        replay.renameSheet(op.from, op.to);
        break;
      case "deleteSheet":
        replay.deleteSheet(op.name);
        break;
      case "orderSheets":
        replay.orderSheets(op.names);
        break;
      case "defineNames":
        replay.defineNames(op.names);
        break;
      case "activateSheet":
        replay.activateSheet(op.name);
        break;
    }
  }
  for (const name of change.dropTemplates ?? []) replay.deleteSheet(name);
  return replay.problems;
}
