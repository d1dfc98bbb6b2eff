/**
 * WorkbookHost.snapshot for Office.js: the sheet list, every requested range and the state a later
 * apply checks its change against, queued together and read in one sync.
 */
import type { CellValue, RangeRead, ReadRequest, SheetInfo, WorkbookSnapshot } from "../../layout/workbook-host";
import { specVisibility } from "./office-values";
import { type ReadState, queueStateRead } from "./workbook-state";

interface PendingRead {
  request: ReadRequest;
  sheet: Excel.Worksheet;
  range: Excel.Range;
}

export async function readSnapshot(context: Excel.RequestContext, requests: ReadRequest[]): Promise<{ snapshot: WorkbookSnapshot; state: ReadState }> {
  // Loads the sheet list (names, visibility, positions) with what apply checks.
  const buildState = queueStateRead(context, new Map());
  const worksheets = context.workbook.worksheets;
  const pending: PendingRead[] = requests.map((request) => {
    // A sheet a user renamed or deleted comes back as a null object instead of failing the batch.
    const sheet = worksheets.getItemOrNullObject(request.sheet);
    sheet.load("name");
    // No range: the used range, widened to start at A1 so row and column numbers stay absolute.
    // Untracked: loaded values stay readable after the sync, and nothing is queued on the ranges
    // later, so office.js need not keep (and afterwards release) a reference to each.
    const range = request.range
      ? sheet.getRange(request.range).untrack()
      : sheet.getUsedRangeOrNullObject(true).untrack().getBoundingRect("A1").untrack();
    range.load(request.formulas ? "address,values,formulas" : "address,values");
    return { request, sheet, range };
  });
  await context.sync();
  const sheets: SheetInfo[] = worksheets.items.map((ws) => ({ name: ws.name, visibility: specVisibility(ws.visibility), position: ws.position }));
  return { snapshot: { sheets, ranges: pending.map(toRangeRead) }, state: buildState() };
}

function toRangeRead({ request, sheet, range }: PendingRead): RangeRead {
  if (sheet.isNullObject) return { request, found: false, address: null, values: [] };
  if (range.isNullObject) return { request, found: true, address: null, values: [], ...(request.formulas ? { formulas: [] } : {}) };
  // Range.address is sheet-qualified ("'Kế hoạch'!A1:L64"); callers want the cells part.
  const address = range.address.slice(range.address.lastIndexOf("!") + 1);
  const read: RangeRead = { request, found: true, address, values: range.values as CellValue[][] };
  if (request.formulas) read.formulas = range.formulas as (string | number | boolean | null)[][];
  return read;
}
