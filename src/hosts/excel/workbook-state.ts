/**
 * What `apply` must know about the workbook before it writes anything: the sheets with their
 * visibility and tables (what the change is checked against), their protection and the chart names
 * of sheets whose charts a change replaces (what the writer plans with), and the defined names. It
 * is read alongside every snapshot (no extra round trip) or, without one, in a sync of its own.
 * Checking a change against it first means a bad change fails before any write (Excel batches are
 * not transactions: actions before a failing one stay applied).
 */
import { sheetNameKey, type WorkbookState } from "../../layout/excel-rules";
import type { ProtectionSpec, SheetContent, WorkbookChange } from "../../layout/sheet-spec";
import { isDraftSheet } from "./draft-sheets";
import { specVisibility } from "./office-values";

export interface PlannedSheet {
  name: string;
  protection: ProtectionSpec | null;
  /** The protection options as Excel gave them (to protect the sheet again exactly as it was). */
  excelOptions?: Excel.WorksheetProtectionOptions;
  /** Upper-cased names of tables on the sheet. */
  tables: Set<string>;
  charts: Set<string>;
  /**
   * The protection a write left off because the next op writes into the same sheet: that write
   * finds the sheet already unprotected and puts this back at its end.
   */
  pendingProtection?: ProtectionSpec | null;
  /** Very hidden sheets cannot be deleted (InvalidOperation): they are made hidden first. */
  veryHidden?: boolean;
}

export interface ReadState {
  /** What layout/excel-rules' validateChange checks a change against. */
  workbook: WorkbookState;
  sheets: PlannedSheet[];
  /** Defined names (upper-cased) and what each refers to, as Excel gives it ("=Sheet!$A$1"). */
  names: Map<string, string>;
  /** Drafts an earlier apply left when Excel cut its batch short (draft-sheets.ts): deleted first. */
  drafts: Array<{ name: string; protected: boolean; veryHidden: boolean }>;
}

function toSpec(options: Excel.WorksheetProtectionOptions | undefined): ProtectionSpec {
  return {
    allowSort: options?.allowSort ?? false,
    allowAutoFilter: options?.allowAutoFilter ?? false,
    allowFormatColumns: options?.allowFormatColumns ?? false,
    allowFormatRows: options?.allowFormatRows ?? false,
    allowInsertRows: options?.allowInsertRows ?? false,
  };
}

/** Sheets whose existing charts may be replaced by the change (patched sheets with charts), by name key. */
/** Protected sheets the change writes into, so must unprotect: what password-probe.ts tries first. */
export function sheetsToUnprotect(change: WorkbookChange, state: ReadState, edits: (content: SheetContent) => boolean): Array<{ name: string; options: Excel.WorksheetProtectionOptions }> {
  const byKey = new Map(state.sheets.map((s) => [sheetNameKey(s.name), s]));
  const found = new Map<string, { name: string; options: Excel.WorksheetProtectionOptions }>();
  for (const op of change.ops) {
    if (op.op !== "patchSheet") continue;
    const sheet = byKey.get(sheetNameKey(op.name));
    if (sheet?.protection && (edits(op.content) || op.content.protection !== undefined)) found.set(sheetNameKey(op.name), { name: sheet.name, options: sheet.excelOptions ?? {} });
  }
  return [...found.values()];
}

export function sheetsWithChartEdits(change: WorkbookChange): Map<string, string> {
  const names = new Map<string, string>();
  for (const op of change.ops) if (op.op === "patchSheet" && op.content.charts?.length) names.set(sheetNameKey(op.name), op.name);
  return names;
}

/**
 * Queues the reads; the returned function builds the state once the caller has synced. Chart names
 * are read only for `chartSheets` (name key → name), the sheets whose charts a change replaces.
 */
export function queueStateRead(context: Excel.RequestContext, chartSheets: ReadonlyMap<string, string>): () => ReadState {
  const worksheets = context.workbook.worksheets;
  // Visibility and position too: a snapshot lists the sheets from this same load (a second load of
  // the collection in one batch would replace its items with ones lacking these properties).
  worksheets.load("items/name,items/visibility,items/position,items/protection/protected,items/protection/options");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const names = context.workbook.names;
  // The formula too (ExcelApi 1.7, the minimum): a rebuild leaves a name that already refers
  // where it should alone, instead of deleting and adding it again (two thousand names at 500 units).
  names.load("items/name,items/formula");
  const charts = new Map<string, Excel.ChartCollection>();
  for (const [key, name] of chartSheets) {
    const sheet = worksheets.getItemOrNullObject(name);
    const collection = sheet.charts;
    collection.load("items/name");
    charts.set(key, collection);
  }
  return () => {
    const all = worksheets.items;
    const drafts = all.filter((ws) => isDraftSheet(ws.name)).map((ws) => ({ name: ws.name, protected: ws.protection.protected, veryHidden: ws.visibility === "VeryHidden" }));
    // In tab order: the writer moves sheets by where they are (ChangeWriter.orderSheets).
    const items = all.filter((ws) => !isDraftSheet(ws.name)).sort((a, b) => a.position - b.position);
    const tablesOf = (ws: Excel.Worksheet) => tables.items.filter((t) => t.worksheet.name === ws.name).map((t) => t.name);
    const sheets = items.map((ws) => {
      const chartCollection = charts.get(sheetNameKey(ws.name));
      return {
        name: ws.name,
        protection: ws.protection.protected ? toSpec(ws.protection.options) : null,
        excelOptions: ws.protection.protected ? ws.protection.options : undefined,
        veryHidden: ws.visibility === "VeryHidden",
        tables: new Set(tablesOf(ws).map((t) => t.toUpperCase())),
        charts: new Set(chartCollection && !chartCollection.isNullObject ? chartCollection.items.map((c) => c.name) : []),
      };
    });
    const workbook: WorkbookState = {
      sheets: items.map((ws) => ({ name: ws.name, visibility: specVisibility(ws.visibility), tables: tablesOf(ws).map((name) => ({ name })) })),
    };
    return { workbook, sheets, names: new Map(names.items.map((n) => [n.name.toUpperCase(), String(n.formula)])), drafts };
  };
}
