/**
 * The one kind of formula the emulated Excel calculates: a text looked up by key through two
 * defined names, `IFERROR(INDEX(texts,MATCH(key,keys,0))&"","")`. Unit sheets show each task's
 * text that way, and Excel answers a read of those cells with the text itself (hundreds of
 * characters a task): without it, reads here would be far smaller than in Excel and a response
 * over the cap would go unnoticed. Every other formula answers its cached result ("" unless seeded).
 */
import { MAX_COLUMNS, parseRange, type CellRect } from "../../../src/layout/excel-rules";
import { sameSheetName } from "./sheet-name-rules";
import type { EmuCell, EmuScalar, EmuSheet, EmulatedWorkbook } from "./workbook-model";

const NAME = "([A-Za-z_\\\\][A-Za-z0-9_.]*)";
const LOOKUP = new RegExp(`^=IFERROR\\(INDEX\\(${NAME},MATCH\\((\\$?[A-Z]{1,3}\\$?[0-9]+),${NAME},0\\)\\)&"",""\\)$`, "i");

interface NamedRange {
  sheet: EmuSheet;
  rect: CellRect;
}

/** MATCH(…, 0) compares text without regard to case, numbers as numbers. */
function matchKey(value: EmuScalar): string {
  return typeof value === "string" ? `s:${value.toUpperCase()}` : `${typeof value}:${String(value)}`;
}

export class LookupCalculation {
  /** Key → text, per pair of names; dropped whenever the workbook may have changed. */
  private readonly tables = new Map<string, Map<string, string>>();

  constructor(private readonly wb: EmulatedWorkbook) {}

  /** Called before each request and after each action that may write. */
  invalidate(): void {
    this.tables.clear();
  }

  /** What a read of `cell` answers: its cached value, or the lookup's result. */
  value(sheet: EmuSheet, cell: EmuCell): EmuScalar {
    if (cell.formula === null || cell.value !== "") return cell.value;
    const match = LOOKUP.exec(cell.formula);
    if (!match) return cell.value;
    const [, texts, keyCell, keys] = match;
    const at = parseRange(keyCell.replace(/\$/g, ""));
    if (!at) return "";
    const key = this.wb.getCell(sheet, at.top, at.left);
    if (!key || key.value === "") return "";
    return this.table(texts, keys)?.get(matchKey(key.value)) ?? "";
  }

  private table(texts: string, keys: string): Map<string, string> | null {
    const id = `${texts.toUpperCase()}|${keys.toUpperCase()}`;
    const known = this.tables.get(id);
    if (known) return known;
    const from = this.named(texts);
    const by = this.named(keys);
    if (!from || !by) return null;
    // The cells that exist, not the names' 1,000-row capacity; in grid order, since MATCH
    // answers the first match from the top.
    const found: Array<{ row: number; col: number; value: EmuScalar }> = [];
    for (const [key, cell] of by.sheet.cells) {
      const row = Math.floor(key / MAX_COLUMNS) + 1;
      const col = (key % MAX_COLUMNS) + 1;
      if (row >= by.rect.top && row <= by.rect.bottom && col >= by.rect.left && col <= by.rect.right && cell.value !== "") found.push({ row, col, value: cell.value });
    }
    found.sort((a, b) => a.row - b.row || a.col - b.col);
    const table = new Map<string, string>();
    for (const { row, col, value } of found) {
      const k = matchKey(value);
      if (table.has(k)) continue;
      const text = this.wb.getCell(from.sheet, from.rect.top + (row - by.rect.top), from.rect.left + (col - by.rect.left));
      table.set(k, text ? String(text.value) : "");
    }
    this.tables.set(id, table);
    return table;
  }

  private named(name: string): NamedRange | null {
    const item = this.wb.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
    if (!item) return null;
    const refersTo = item.formula.replace(/^=/, "");
    const bang = refersTo.lastIndexOf("!");
    if (bang < 0) return null;
    const sheetName = refersTo.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    const sheet = this.wb.sheets.find((s) => sameSheetName(s.name, sheetName));
    const rect = parseRange(refersTo.slice(bang + 1).replace(/\$/g, ""));
    return sheet && rect ? { sheet, rect } : null;
  }
}
