/**
 * Cell contents in both directions: CellContent → exceljs values when writing, and exceljs
 * values → what Excel's `Range.values` would report when reading (dates as serial numbers,
 * formulas as their cached result, rich text and links as their plain text).
 */
import ExcelJS from "exceljs";
import type { Cell, CellValue as ExcelCellValue, Worksheet } from "exceljs";
import type { CellBlock, CellContent, HyperlinkSpec } from "../../layout/sheet-spec";
import type { CellValue } from "../../layout/workbook-host";
import { toExcelSerial } from "../../domain/calendar-date";
import { parseCell, sheetReference, type CellRef } from "../../layout/excel-rules";

/** How a date cell is shown when no style of the same change sets its format (dd/mm/yyyy, as everywhere in the pane and the sheets). */
export const DATE_FORMAT = "dd/mm/yyyy";

function excelValue(content: CellContent): ExcelCellValue {
  switch (content.kind) {
    // A JavaScript string always becomes a string cell (t="s") in exceljs, never a formula,
    // whatever its first character: that is what keeps "=…", "+84…", "@x" and "-x" text.
    case "text":
      return content.text;
    case "number":
      return Number.isFinite(content.value) ? content.value : { error: "#NUM!" };
    case "date":
      return toExcelSerial(content.date);
    case "bool":
      return content.value;
    case "formula":
      return { formula: content.formula.replace(/^=/, "") };
    case "blank":
      return null;
  }
}

function isMergeSlave(cell: Cell): boolean {
  return cell.type === ExcelJS.ValueType.Merge;
}

/** Writes the blocks. Cells hidden under a merged area are skipped: Excel keeps only the top-left value. */
export function writeCells(ws: Worksheet, blocks: CellBlock[]): void {
  for (const block of blocks) {
    const origin = parseCell(block.at) as CellRef;
    block.rows.forEach((contents, i) => {
      const row = ws.getRow(origin.row + i);
      contents.forEach((content, j) => {
        const cell = row.getCell(origin.col + j);
        if (isMergeSlave(cell)) return;
        cell.value = excelValue(content);
        if (content.kind === "date" && (!cell.numFmt || cell.numFmt === "General")) {
          cell.style = { ...cell.style, numFmt: DATE_FORMAT };
        }
      });
    });
  }
}

/** The link target as exceljs carries it; the package fix-up turns "#…" into an in-workbook location. */
export function internalLinkTarget(sheet: string, cell: string): string {
  return `#${sheetReference(sheet, cell.replace(/\$/g, ""))}`;
}

export function writeHyperlinks(ws: Worksheet, links: HyperlinkSpec[]): void {
  for (const link of links) {
    const at = parseCell(link.at) as CellRef;
    const cell = ws.getCell(at.row, at.col);
    cell.value = {
      text: link.text,
      hyperlink: internalLinkTarget(link.target.sheet, link.target.cell),
      ...(link.tooltip ? { tooltip: link.tooltip } : {}),
    };
  }
}

const MS_PER_DAY = 86_400_000;
/** exceljs reads date cells as JavaScript Dates in UTC; serial 25569 is 1970-01-01. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + 25569;
}

function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((run) => run.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const result = v.result;
    return result === undefined || result === null ? null : plain(result);
  }
  if ("hyperlink" in v) return plain(v.text);
  if (typeof v.error === "string") return v.error;
  return String(value);
}

/** The value Excel's `Range.values` reports for this cell. */
export function readValue(cell: Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return "";
  return plain(cell.value);
}

/** What Excel's `Range.formulas` reports: "=…" for formula cells, the value otherwise. */
export function readFormula(cell: Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return "";
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula;
    if (formula) return `=${formula}`;
  }
  return readValue(cell);
}
