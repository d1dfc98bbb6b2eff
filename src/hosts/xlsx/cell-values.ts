/**
 * Cell contents in both directions: CellContent → the host's cell records when writing, and
 * records → what Excel's `Range.values` would report when reading (dates as serial numbers,
 * formulas as their cached result, rich text and links as their plain text).
 */
import type { CellBlock, CellContent, HyperlinkSpec } from "../../layout/sheet-spec";
import type { CellValue } from "../../layout/workbook-host";
import { toExcelSerial } from "../../domain/calendar-date";
import { cell as cellAddress, parseCell, sheetReference, type CellRef } from "../../layout/excel-rules";
import type { CellData, CellRecord } from "./sheet-cells";
import { existingMerges, isMergeSlave, newCellStyle, type SheetTarget } from "./sheet-target";

/** How a date cell is shown when no style of the same change sets its format (dd/mm/yyyy, as everywhere in the pane and the sheets). */
export const DATE_FORMAT = "dd/mm/yyyy";

/** The key of the derived style "date format added" (see StyleBook.derive). */
const DATED = Object.freeze({ numFmt: DATE_FORMAT });

function cellData(content: CellContent): CellData {
  switch (content.kind) {
    // Text is always a shared string (t="s"), never a formula, whatever its first character:
    // that is what keeps "=…", "+84…", "@x" and "-x" text.
    case "text":
      return { kind: "text", text: content.text };
    case "number":
      return Number.isFinite(content.value) ? { kind: "number", value: content.value } : { kind: "error", value: "#NUM!" };
    case "date":
      return { kind: "number", value: toExcelSerial(content.date) };
    case "bool":
      return { kind: "bool", value: content.value };
    case "formula":
      return { kind: "formula", formula: content.formula.replace(/^=/, ""), result: null };
    case "blank":
      return { kind: "blank" };
  }
}

/** Writes one cell's value, keeping its style (a date gets the date format if it has no number format). */
export function writeCell(target: SheetTarget, row: number, col: number, content: CellContent): void {
  const { cells, book } = target;
  const old = cells.cell(row, col);
  let style = old ? old.style : newCellStyle(target, row, col);
  if (content.kind === "date") {
    const numFmt = book.model(style).numFmt;
    if (!numFmt || numFmt === "General") style = book.derive(style, DATED, "", (model) => ({ ...model, numFmt: DATE_FORMAT }));
  }
  cells.setCell(row, col, { style, data: cellData(content) });
  if (cells.links.size > 0) cells.links.delete(cellAddress(col, row));
}

/** Writes the blocks. Cells hidden under a merged area are skipped: Excel keeps only the top-left value. */
export function writeCells(target: SheetTarget, blocks: CellBlock[]): void {
  const merges = existingMerges(target.ws);
  for (const block of blocks) {
    const origin = parseCell(block.at) as CellRef;
    block.rows.forEach((contents, i) => {
      contents.forEach((content, j) => {
        const row = origin.row + i;
        const col = origin.col + j;
        if (merges.length > 0 && isMergeSlave(merges, row, col)) return;
        writeCell(target, row, col, content);
      });
    });
  }
}

/** The link target as the host keeps it: "#" and a place in this workbook. */
export function internalLinkTarget(sheet: string, cell: string): string {
  return `#${sheetReference(sheet, cell.replace(/\$/g, ""))}`;
}

export function writeHyperlinks(target: SheetTarget, links: HyperlinkSpec[]): void {
  for (const link of links) {
    const at = parseCell(link.at) as CellRef;
    writeCell(target, at.row, at.col, { kind: "text", text: link.text });
    target.cells.links.set(cellAddress(at.col, at.row), {
      target: internalLinkTarget(link.target.sheet, link.target.cell),
      ...(link.tooltip ? { tooltip: link.tooltip } : {}),
    });
  }
}

const MS_PER_DAY = 86_400_000;
/** exceljs reads date cells as JavaScript Dates in UTC; serial 25569 is 1970-01-01. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + 25569;
}

/** The value Excel's `Range.values` reports for a cell (a merged area's hidden cells are ""). */
export function readValue(record: CellRecord | undefined, mergeSlave = false): CellValue {
  if (!record || mergeSlave) return "";
  const data = record.data;
  switch (data.kind) {
    case "blank":
      return "";
    case "text":
      return data.text;
    case "formula":
      return data.result;
    default:
      return data.value;
  }
}

/** What Excel's `Range.formulas` reports: "=…" for formula cells, the value otherwise. */
export function readFormula(record: CellRecord | undefined, mergeSlave = false): CellValue {
  if (record && !mergeSlave && record.data.kind === "formula" && record.data.formula) return `=${record.data.formula}`;
  return readValue(record, mergeSlave);
}
