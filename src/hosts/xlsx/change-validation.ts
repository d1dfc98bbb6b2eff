/**
 * Checks a whole WorkbookChange against the workbook before anything is written, by replaying
 * its ops on a model of sheet names, visibility and tables. A change either applies completely
 * or is refused with the problems found (never half-written).
 */
import type { Problem } from "../../domain/result";
import type { SheetContent, SheetSpec, Visibility, WorkbookChange } from "../../layout/sheet-spec";
import { expandCopy } from "../../layout/expand-copy";
import { parseCell, parseRange, rangesIntersect, type RangeRef } from "./a1-address";
import { sheetNameKey, sheetNameProblem } from "./sheet-name-rules";
import { definedNameProblem, parseAbsoluteRef, tableNameProblem, type AbsoluteRangeRef } from "./name-rules";

export interface TableState {
  name: string;
  range: RangeRef;
}

export interface SheetState {
  name: string;
  visibility: Visibility;
  tables: TableState[];
}

export interface WorkbookState {
  sheets: SheetState[];
  /** Specs of template sheets the host still knows (created by addSheet). */
  templates: ReadonlyMap<string, SheetSpec>;
}

class Replay {
  readonly problems: Problem[] = [];
  private readonly sheets = new Map<string, SheetState>();
  private readonly templates = new Map<string, SheetSpec>();

  constructor(state: WorkbookState) {
    for (const sheet of state.sheets) this.sheets.set(sheetNameKey(sheet.name), { ...sheet, tables: [...sheet.tables] });
    for (const [name, spec] of state.templates) this.templates.set(sheetNameKey(name), spec);
  }

  private find(name: string): SheetState | undefined {
    return this.sheets.get(sheetNameKey(name));
  }

  private requireSheet(name: string): SheetState | undefined {
    const sheet = this.find(name);
    if (!sheet) this.problems.push({ key: "xlsx.sheet.missing", params: { name }, at: { sheet: name } });
    return sheet;
  }

  private checkNewName(name: string, replacing?: string): boolean {
    const problem = sheetNameProblem(name);
    if (problem) {
      this.problems.push(problem);
      return false;
    }
    const taken = this.find(name);
    if (taken && (replacing === undefined || sheetNameKey(replacing) !== sheetNameKey(name))) {
      this.problems.push({ key: "xlsx.sheetName.duplicate", params: { name: taken.name }, at: { sheet: name } });
      return false;
    }
    return true;
  }

  private allTableNames(except?: SheetState): Map<string, string> {
    const names = new Map<string, string>();
    for (const sheet of this.sheets.values()) {
      if (sheet === except) continue;
      for (const table of sheet.tables) names.set(table.name.toLowerCase(), sheet.name);
    }
    return names;
  }

  addSheet(spec: SheetSpec): void {
    if (!this.checkNewName(spec.name)) return;
    const sheet: SheetState = { name: spec.name, visibility: "visible", tables: [] };
    this.sheets.set(sheetNameKey(spec.name), sheet);
    this.templates.set(sheetNameKey(spec.name), spec);
    this.content(sheet, spec);
  }

  copySheet(copy: { template: string; name: string; tableNames: string[]; content: SheetContent }): void {
    const template = this.templates.get(sheetNameKey(copy.template));
    if (!template || !this.find(copy.template)) {
      this.problems.push({ key: "xlsx.template.unknown", params: { name: copy.template }, at: { sheet: copy.name } });
      return;
    }
    const expected = template.tables?.length ?? 0;
    if (copy.tableNames.length < expected) {
      this.problems.push({
        key: "xlsx.template.tableNames",
        params: { name: copy.name, expected, actual: copy.tableNames.length },
        at: { sheet: copy.name },
      });
      return;
    }
    if (!this.checkNewName(copy.name)) return;
    const sheet: SheetState = { name: copy.name, visibility: "visible", tables: [] };
    this.sheets.set(sheetNameKey(copy.name), sheet);
    this.content(sheet, expandCopy(template, copy));
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
    const template = this.templates.get(sheetNameKey(from));
    if (template) {
      this.templates.delete(sheetNameKey(from));
      this.templates.set(sheetNameKey(to), { ...template, name: to });
    }
  }

  deleteSheet(name: string): void {
    const sheet = this.requireSheet(name);
    if (!sheet) return;
    if (sheet.visibility === "visible" && this.visibleCount() === 1) {
      this.problems.push({ key: "xlsx.sheet.lastVisible", params: { name }, at: { sheet: name } });
      return;
    }
    this.sheets.delete(sheetNameKey(name));
  }

  activateSheet(name: string): void {
    const sheet = this.requireSheet(name);
    if (sheet && sheet.visibility !== "visible") {
      this.problems.push({ key: "xlsx.sheet.activateHidden", params: { name }, at: { sheet: name } });
    }
  }

  orderSheets(names: string[]): void {
    for (const name of names) this.requireSheet(name);
  }

  defineNames(names: { name: string; refersTo: string }[]): void {
    for (const spec of names) {
      const problem = definedNameProblem(spec.name, spec.refersTo);
      if (problem) this.problems.push(problem);
      else this.requireSheet((parseAbsoluteRef(spec.refersTo) as AbsoluteRangeRef).sheet);
    }
  }

  private visibleCount(): number {
    let count = 0;
    for (const sheet of this.sheets.values()) if (sheet.visibility === "visible") count++;
    return count;
  }

  private range(a1: string, sheet: string): RangeRef | null {
    const range = parseRange(a1);
    if (!range) this.problems.push({ key: "xlsx.range.invalid", params: { range: a1 }, at: { sheet } });
    return range;
  }

  private content(sheet: SheetState, content: SheetContent): void {
    const name = sheet.name;
    for (const block of content.cells ?? []) {
      if (!parseCell(block.at)) this.problems.push({ key: "xlsx.range.invalid", params: { range: block.at }, at: { sheet: name } });
      const width = block.rows[0]?.length ?? 0;
      if (block.rows.some((row) => row.length !== width)) {
        this.problems.push({ key: "xlsx.cells.ragged", params: { cell: block.at }, at: { sheet: name, cell: block.at } });
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

    const merges: RangeRef[] = [];
    for (const a1 of content.merges ?? []) {
      const range = this.range(a1, name);
      if (!range) continue;
      if (merges.some((other) => rangesIntersect(other, range))) {
        this.problems.push({ key: "xlsx.merge.overlap", params: { range: a1 }, at: { sheet: name, cell: a1 } });
      }
      merges.push(range);
    }

    if (content.visibility && content.visibility !== "visible" && sheet.visibility === "visible" && this.visibleCount() === 1) {
      this.problems.push({ key: "xlsx.sheet.lastVisible", params: { name }, at: { sheet: name } });
    } else if (content.visibility) {
      sheet.visibility = content.visibility;
    }

    for (const table of content.tables ?? []) this.table(sheet, table.name, table.range);
  }

  private table(sheet: SheetState, tableName: string, a1: string): void {
    const at = { sheet: sheet.name, cell: a1 };
    const problem = tableNameProblem(tableName);
    if (problem) {
      this.problems.push({ ...problem, at });
      return;
    }
    const range = this.range(a1, sheet.name);
    if (!range) return;
    // A table named again on its own sheet is replaced; elsewhere the name is taken.
    const elsewhere = this.allTableNames(sheet).get(tableName.toLowerCase());
    if (elsewhere !== undefined) {
      this.problems.push({ key: "xlsx.table.nameDuplicate", params: { name: tableName }, at });
      return;
    }
    const kept = sheet.tables.filter((t) => t.name.toLowerCase() !== tableName.toLowerCase());
    const overlapped = kept.find((t) => rangesIntersect(t.range, range));
    if (overlapped) {
      this.problems.push({ key: "xlsx.table.overlap", params: { name: tableName, other: overlapped.name }, at });
      return;
    }
    sheet.tables = [...kept, { name: tableName, range }];
  }

  dropTemplates(names: string[]): void {
    for (const name of names) this.deleteSheet(name);
  }
}

/** Every problem the change would meet, in op order; empty when it can be applied. */
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
  replay.dropTemplates(change.dropTemplates ?? []);
  return replay.problems;
}
