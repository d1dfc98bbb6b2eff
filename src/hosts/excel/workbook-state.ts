/**
 * What `apply` must know about the workbook before it writes anything: sheet names and protection,
 * table names, defined names, and the chart names of sheets whose charts a change replaces. It is
 * read alongside every snapshot (no extra round trip) or, without one, in a sync of its own.
 * Checking a change against it first means a bad change fails before any write (Excel batches are
 * not transactions: actions before a failing one stay applied).
 */
import type { ProtectionSpec, WorkbookChange } from "../../layout/sheet-spec";

export interface PlannedSheet {
  name: string;
  protection: ProtectionSpec | null;
  /** Upper-cased names of tables on the sheet. */
  tables: Set<string>;
  charts: Set<string>;
}

export interface WorkbookState {
  sheets: PlannedSheet[];
  /** Upper-cased table name → sheet name, workbook-wide. */
  tables: Map<string, string>;
  /** Upper-cased defined names. */
  names: Set<string>;
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

/** Sheets whose existing charts may be replaced by the change (patched sheets with charts). */
export function sheetsWithChartEdits(change: WorkbookChange): Set<string> {
  const names = new Set<string>();
  for (const op of change.ops) if (op.op === "patchSheet" && op.content.charts?.length) names.add(op.name.toUpperCase());
  return names;
}

/**
 * Queues the reads; the returned function builds the state once the caller has synced. Chart names
 * are read only for `chartSheets` (upper-cased names), the sheets whose charts a change replaces.
 */
export function queueStateRead(context: Excel.RequestContext, chartSheets: ReadonlySet<string>): () => WorkbookState {
  const worksheets = context.workbook.worksheets;
  // Visibility and position too: a snapshot lists the sheets from this same load (a second load of
  // the collection in one batch would replace its items with ones lacking these properties).
  worksheets.load("items/name,items/visibility,items/position,items/protection/protected,items/protection/options");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const names = context.workbook.names;
  names.load("items/name");
  const charts = new Map<string, Excel.ChartCollection>();
  for (const name of chartSheets) {
    const sheet = worksheets.getItemOrNullObject(name);
    const collection = sheet.charts;
    collection.load("items/name");
    charts.set(name, collection);
  }
  return () => {
    const tableMap = new Map<string, string>();
    for (const t of tables.items) tableMap.set(t.name.toUpperCase(), t.worksheet.name);
    const sheets = worksheets.items.map((ws) => {
      const chartCollection = charts.get(ws.name.toUpperCase());
      return {
        name: ws.name,
        protection: ws.protection.protected ? toSpec(ws.protection.options) : null,
        tables: new Set(tables.items.filter((t) => t.worksheet.name === ws.name).map((t) => t.name.toUpperCase())),
        charts: new Set(chartCollection && !chartCollection.isNullObject ? chartCollection.items.map((c) => c.name) : []),
      };
    });
    return { sheets, tables: tableMap, names: new Set(names.items.map((n) => n.name.toUpperCase())) };
  };
}
