/**
 * How the unit sheets _meta names are read. Their task-text column repeats the plan's text by
 * formula on every unit sheet — hundreds of characters a task, some 18 MB for 500 units × 60
 * tasks, more than Excel on the web answers at once — and the reader never needs it. So each is
 * read whole down to its header row and without that column below it. A user may have moved
 * columns or inserted rows above the header, so what was read is checked against the header row
 * it holds; where the column left out may hold anything else, the sheet is read again whole (one
 * more snapshot, rare), and no entry can be missed.
 */
import { sheetNameKey } from "../excel-rules";
import type { Measure } from "../../domain/types";
import type { RangeRead, ReadRequest, WorkbookSnapshot } from "../workbook-host";
import { COLUMN_HEADERS, headerKey, unitSheetColumns } from "./columns";
import { UNIT_SHEET_LAYOUT } from "./geometry";
import type { TrackerMeta } from "./meta-sheet";
import { SheetGrid } from "./sheet-grid";

/** Rows read at full width: the title block and the header row, where the tracker puts them. */
const FULL_ROWS = UNIT_SHEET_LAYOUT.headerRow;
/** What staff type in a task row, on average (a status, a date, short figures), in UTF-8 bytes. */
const TASK_ROW_INPUT_BYTES = 32;
/** The title block and header row: unit name, plan line, unit code, headers. */
const TITLE_BLOCK_BYTES = 512;

/** What the first snapshot tells of every unit sheet's size. */
export interface UnitSheetShape {
  columns: number;
  /** Where the tracker put the task text (1-based), if it did. */
  textColumn: number | null;
  taskRows: number;
  /** UTF-8 bytes of the plan's task texts: what the text column of one unit sheet holds. */
  taskTextBytes: number;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The shape from _meta (columns as built, tasks known) and the plan sheet's read (its text). */
export function unitSheetShape(meta: TrackerMeta, measures: readonly Measure[], planRead: RangeRead | undefined): UnitSheetShape {
  const built = meta.columns.length > 0 ? meta.columns.map((c) => c.key) : unitSheetColumns(measures).map((c) => c.key);
  const text = built.indexOf("text");
  let taskTextBytes = 0;
  // Every text on the plan sheet: a little more than the task texts alone, which is the safe side.
  for (const row of planRead?.values ?? []) for (const value of row) if (typeof value === "string") taskTextBytes += utf8Bytes(value);
  return { columns: built.length, textColumn: text < 0 ? null : text + 1, taskRows: meta.tasks.length, taskTextBytes };
}

/** The read of one unit sheet: without the text column below the header, unless `whole`. */
export function unitSheetRead(sheet: string, shape: UnitSheetShape, whole = false): ReadRequest {
  const skipped = !whole && shape.textColumn !== null;
  const cells = FULL_ROWS * shape.columns + shape.taskRows * (shape.columns - (skipped ? 1 : 0));
  const textBytes = TITLE_BLOCK_BYTES + shape.taskRows * TASK_ROW_INPUT_BYTES + (skipped ? 0 : shape.taskTextBytes);
  const request: ReadRequest = { sheet, expected: { cells, textBytes } };
  if (skipped) request.skip = { belowRow: FULL_ROWS, columns: [shape.textColumn as number] };
  return request;
}

/**
 * Whether a read without some columns holds everything the reader takes from the sheet: its
 * header row lies in the rows read whole, and each column left out is headed by the task text
 * (the reader never reads that column). An empty sheet hides nothing.
 */
function holdsAllTheReaderNeeds(read: RangeRead): boolean {
  const skip = read.request.skip;
  if (!skip || !read.found || read.address === null) return true;
  const grid = SheetGrid.from(read);
  const header = grid.findHeaderRow([COLUMN_HEADERS.taskCode], 1, skip.belowRow);
  if (header === null) return false;
  const text = headerKey(COLUMN_HEADERS.taskText);
  return skip.columns.every((column) => headerKey(grid.text(header, column)) === text);
}

/** The sheets of `second` to read again whole, because what was left out may matter. */
export function unitSheetRereads(second: WorkbookSnapshot, shape: UnitSheetShape): ReadRequest[] {
  return second.ranges.filter((read) => !holdsAllTheReaderNeeds(read)).map((read) => unitSheetRead(read.request.sheet, shape, true));
}

/** `second` with the sheets read again (`again`) in place of their first reads. */
export function withRereads(second: WorkbookSnapshot, again: WorkbookSnapshot | null): WorkbookSnapshot {
  if (!again || again.ranges.length === 0) return second;
  const whole = new Map(again.ranges.map((read) => [sheetNameKey(read.request.sheet), read]));
  return { sheets: again.sheets, ranges: second.ranges.map((read) => whole.get(sheetNameKey(read.request.sheet)) ?? read) };
}
