/**
 * WorkbookHost.snapshot for Office.js: the sheet list, every requested range and the state a later
 * apply checks its change against, queued together and read in one sync — or in as few as keep
 * each answer under Excel on the web's cap (read-budget.ts). A read's skipped cells are left out
 * in the same sync: the range is cut into pieces (Range.getIntersectionOrNullObject, ExcelApi
 * 1.4) and put back together here. Reads change nothing, so an answer Excel refuses as too large
 * is simply read again in halves: by reads, then by rows.
 */
import { MAX_COLUMNS, MAX_ROWS, formatRange, parseRange, type CellRect } from "../../layout/excel-rules";
import type { CellValue, RangeRead, ReadRequest, SheetInfo, WorkbookSnapshot } from "../../layout/workbook-host";
import { specVisibility } from "./office-values";
import { type ReadBudgets, keptColumnRuns, readGroups } from "./read-budget";
import { type ReadState, queueStateRead } from "./workbook-state";
import { isDraftSheet } from "./draft-sheets";

type Formula = string | number | boolean | null;

interface QueuedRead {
  index: number;
  sheet: Excel.Worksheet;
  /** The range asked for, or the used range widened to A1. */
  whole: Excel.Range;
  /** What is loaded with values: the whole range, or the pieces a skip or a row band leaves. */
  pieces: Excel.Range[];
}

interface Piece {
  rect: CellRect;
  values: CellValue[][];
  formulas?: Formula[][];
}

interface Collected {
  found: boolean;
  whole: CellRect | null;
  address: string | null;
  pieces: Piece[];
}

export interface SnapshotRead {
  snapshot: WorkbookSnapshot;
  state: ReadState;
  syncs: number;
}

export async function readSnapshot(context: Excel.RequestContext, requests: ReadRequest[], budgets: ReadBudgets): Promise<SnapshotRead> {
  const reader = new SnapshotReader(context, requests);
  const groups = readGroups(requests, budgets);
  for (const group of groups.length > 0 ? groups : [[]]) await reader.readGroup(group);
  return reader.result();
}

/** Excel on the web refused the answer: it would have passed the cap. */
function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

/** Range.address is sheet-qualified ("'Kế hoạch'!A1:L64"); the cells part is what callers want. */
function cellsPart(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/**
 * The areas a read loads with values, as whole-row or whole-column spans to intersect with its
 * range; null when the whole range is loaded as one. `rows`: a band of rows, when reading in halves.
 */
export function pieceAreas(request: ReadRequest, rows?: { top: number; bottom: number }): CellRect[] | null {
  if (!request.skip && !rows) return null;
  const top = rows?.top ?? 1;
  const bottom = rows?.bottom ?? MAX_ROWS;
  const areas: CellRect[] = [];
  const add = (from: number, to: number, left: number, right: number) => {
    const rect = { top: Math.max(from, top), bottom: Math.min(to, bottom), left, right };
    if (rect.top <= rect.bottom) areas.push(rect);
  };
  if (!request.skip) {
    add(1, MAX_ROWS, 1, MAX_COLUMNS);
    return areas;
  }
  const below = request.skip.belowRow;
  add(1, below, 1, MAX_COLUMNS);
  for (const [left, right] of keptColumnRuns(request.skip.columns, MAX_COLUMNS)) add(below + 1, MAX_ROWS, left, right);
  return areas;
}

class SnapshotReader {
  private readonly collected = new Map<number, Collected>();
  private sheets: SheetInfo[] | null = null;
  private state: ReadState | null = null;
  private syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly requests: ReadRequest[],
  ) {}

  /** Reads `indexes` in one sync, or in halves if Excel refuses the answer. */
  async readGroup(indexes: number[]): Promise<void> {
    const queued = indexes.map((index) => this.queue(index));
    if (await this.sync()) {
      queued.forEach((read) => this.collect(read));
      return;
    }
    if (indexes.length > 1) {
      const half = Math.ceil(indexes.length / 2);
      await this.readGroup(indexes.slice(0, half));
      await this.readGroup(indexes.slice(half));
      return;
    }
    if (indexes.length === 0) throw new Error("Excel refused the sheet list as too large");
    await this.readInBands(indexes[0]);
  }

  /** One read too large on its own: its extent first, then its rows in halves until each answer fits. */
  private async readInBands(index: number): Promise<void> {
    const request = this.requests[index];
    const sheet = this.context.workbook.worksheets.getItemOrNullObject(request.sheet);
    sheet.load("name");
    const whole = this.wholeRange(sheet, request);
    whole.load("address");
    if (!(await this.sync())) throw new Error("Excel refused a range's address as too large");
    if (sheet.isNullObject || whole.isNullObject) {
      this.collect({ index, sheet, whole, pieces: [] });
      return;
    }
    const rect = parseRange(cellsPart(whole.address)) as CellRect;
    await this.readRows(index, rect.top, rect.bottom);
  }

  private async readRows(index: number, top: number, bottom: number): Promise<void> {
    const read = this.queue(index, { top, bottom });
    if (await this.sync()) {
      this.collect(read);
      return;
    }
    if (top === bottom) throw new Error(`Excel refused row ${top} of ${this.requests[index].sheet} as too large`);
    const middle = Math.floor((top + bottom) / 2);
    await this.readRows(index, top, middle);
    await this.readRows(index, middle + 1, bottom);
  }

  private wholeRange(sheet: Excel.Worksheet, request: ReadRequest): Excel.Range {
    // No range: the used range, widened to start at A1 so row and column numbers stay absolute.
    // Untracked: loaded values stay readable after the sync, and nothing is queued on the ranges
    // later, so office.js need not keep (and afterwards release) a reference to each.
    return request.range
      ? sheet.getRange(request.range).untrack()
      : sheet.getUsedRangeOrNullObject(true).untrack().getBoundingRect("A1").untrack();
  }

  private queue(index: number, rows?: { top: number; bottom: number }): QueuedRead {
    const request = this.requests[index];
    const loaded = request.formulas ? "address,values,formulas" : "address,values";
    // A sheet a user renamed or deleted comes back as a null object instead of failing the batch.
    const sheet = this.context.workbook.worksheets.getItemOrNullObject(request.sheet);
    sheet.load("name");
    const whole = this.wholeRange(sheet, request);
    const areas = pieceAreas(request, rows);
    if (areas === null) {
      whole.load(loaded);
      return { index, sheet, whole, pieces: [whole] };
    }
    whole.load("address");
    const pieces = areas.map((area) => {
      const piece = whole.getIntersectionOrNullObject(formatRange(area)).untrack();
      piece.load(loaded);
      return piece;
    });
    return { index, sheet, whole, pieces };
  }

  /** Sends what is queued, with the sheet list and apply's state until they are read; false when the answer was too large. */
  private async sync(): Promise<boolean> {
    const buildState = this.state ? null : queueStateRead(this.context, new Map());
    try {
      await this.context.sync();
    } catch (error) {
      this.syncs += 1;
      if (isResponseTooLarge(error)) return false;
      throw error;
    }
    this.syncs += 1;
    if (buildState) {
      this.state = buildState();
      const worksheets = this.context.workbook.worksheets;
      this.sheets = worksheets.items
        .filter((ws) => !isDraftSheet(ws.name))
        .map((ws) => ({ name: ws.name, visibility: specVisibility(ws.visibility), position: ws.position, protected: ws.protection.protected }));
    }
    return true;
  }

  private collect({ index, sheet, whole, pieces }: QueuedRead): void {
    let entry = this.collected.get(index);
    if (!entry) {
      const found = !sheet.isNullObject;
      const rect = found && !whole.isNullObject ? parseRange(cellsPart(whole.address)) : null;
      entry = { found, whole: rect, address: rect ? cellsPart(whole.address) : null, pieces: [] };
      this.collected.set(index, entry);
    }
    if (!entry.found || entry.whole === null) return;
    const formulas = this.requests[index].formulas;
    for (const piece of pieces) {
      if (piece.isNullObject) continue;
      const rect = parseRange(cellsPart(piece.address)) as CellRect;
      entry.pieces.push({ rect, values: piece.values as CellValue[][], ...(formulas ? { formulas: piece.formulas as Formula[][] } : {}) });
    }
  }

  result(): SnapshotRead {
    const ranges = this.requests.map((request, index) => toRangeRead(request, this.collected.get(index)));
    return { snapshot: { sheets: this.sheets ?? [], ranges }, state: this.state as ReadState, syncs: this.syncs };
  }
}

function toRangeRead(request: ReadRequest, entry: Collected | undefined): RangeRead {
  if (!entry || !entry.found) return { request, found: false, address: null, values: [] };
  if (entry.whole === null) return { request, found: true, address: null, values: [], ...(request.formulas ? { formulas: [] } : {}) };
  const whole = entry.whole;
  const only = entry.pieces.length === 1 ? entry.pieces[0] : null;
  if (only && only.rect.top === whole.top && only.rect.left === whole.left && only.rect.bottom === whole.bottom && only.rect.right === whole.right) {
    return { request, found: true, address: entry.address, values: only.values, ...(request.formulas ? { formulas: only.formulas } : {}) };
  }
  // Cells no piece covered (skipped ones) read as Excel reads an empty cell.
  const rows = whole.bottom - whole.top + 1;
  const columns = whole.right - whole.left + 1;
  const blank = <T>(): T[][] => Array.from({ length: rows }, () => new Array<T>(columns).fill("" as T));
  const values = blank<CellValue>();
  const formulas = request.formulas ? blank<Formula>() : undefined;
  for (const piece of entry.pieces) {
    piece.values.forEach((row, r) => row.forEach((value, c) => (values[piece.rect.top - whole.top + r][piece.rect.left - whole.left + c] = value)));
    if (formulas && piece.formulas) {
      piece.formulas.forEach((row, r) => row.forEach((formula, c) => (formulas[piece.rect.top - whole.top + r][piece.rect.left - whole.left + c] = formula)));
    }
  }
  return { request, found: true, address: entry.address, values, ...(formulas ? { formulas } : {}) };
}
