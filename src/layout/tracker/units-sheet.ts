/**
 * The Đơn vị sheet: the unit list, editable (users type or paste rows; a rebuild reads them
 * back), with a link to each unit's sheet. Unprotected: it is the users' table.
 */
import type { UnitPlacement } from "./merge";
import { UNIT_KINDS, type Unit, type UnitCode } from "../../domain/types";
import { t } from "../../i18n/messages";
import type { CellContent, HyperlinkSpec, SheetContent, SheetSpec } from "../sheet-spec";
import { cell, columnLetters, range } from "../excel-rules";
import { blank, num, sameContent, text } from "./cells";
import { unitListColumns } from "./columns";
import { COLORS, ROW_CAPACITY, UNITS_LAYOUT, trackerSheetNames, TABLE_HEADER_STYLE } from "./geometry";
import { tableSpan } from "./plan-sheet";
import { rowBlocks, tableFirst } from "./unit-sheet";
import type { TablePositions } from "./positions";

export const UNITS_TABLE = "DS_DonVi";
const UNITS_TABLE_LOOK = { style: "TableStyleMedium2", showFilterButton: true } as const;

export function unitCells(unit: Unit, removed: boolean): Map<string, CellContent> {
  return new Map<string, CellContent>([
    ["code", text(unit.code)],
    ["name", text(unit.name)],
    ["kind", text(unit.kind)],
    ["head", text(unit.head)],
    ["email", text(unit.email)],
    ["members", num(unit.members)],
    ["flag", removed ? text(t("tracker.flag.removed")) : blank],
  ]);
}

function link(column: number, row: number, sheet: string): HyperlinkSpec {
  return { at: cell(column, row), text: t("tracker.link.openSheet"), target: { sheet, cell: "A1" }, tooltip: sheet };
}

export function unitsSheet(placements: readonly UnitPlacement[]): SheetSpec {
  const columns = unitListColumns();
  const positions = new Map(columns.map((c, i) => [c.key, i + 1]));
  const L = UNITS_LAYOUT;
  const first = L.headerRow + 1;
  const last = L.headerRow + Math.max(placements.length, 1);
  const rows = placements.map((p, i) => ({
    row: first + i,
    cells: [...unitCells(p.unit, p.removed)].map(([key, content]) => ({ column: positions.get(key) as number, content })),
  }));
  const capacity = (key: string) => {
    const c = positions.get(key) as number;
    return range(c, first, c, L.headerRow + ROW_CAPACITY);
  };
  return {
    name: trackerSheetNames().units,
    cells: [
      { at: cell(1, L.titleRow), rows: [[text(t("tracker.units.title"))]] },
      { at: cell(1, L.hintRow), rows: [[text(t("tracker.units.hint"))]] },
      { at: cell(1, L.headerRow), rows: [columns.map((c) => text(c.header))] },
      ...rowBlocks(rows),
    ],
    styles: [
      { range: cell(1, L.titleRow), style: { font: { bold: true, size: 14 } } },
      { range: cell(1, L.hintRow), style: { font: { italic: true, color: "#595959" } } },
      {
        range: range(1, L.headerRow, columns.length, L.headerRow),
        style: TABLE_HEADER_STYLE,
      },
      { range: capacity("name"), style: { wrap: true, vertical: "top" } },
      { range: capacity("members"), style: { numberFormat: "#,##0" } },
      { range: capacity("sheet"), style: { font: { color: "#0563C1", underline: true } } },
    ],
    columns: columns.map((c, i) => ({ index: i + 1, width: c.width })),
    validations: [
      { range: capacity("kind"), rule: { kind: "list", items: [...UNIT_KINDS] }, allowBlank: true },
      { range: capacity("members"), rule: { kind: "whole", min: 0 }, allowBlank: true },
      { range: capacity("flag"), rule: { kind: "list", items: [t("tracker.flag.removed")] }, allowBlank: true },
    ],
    conditionalFormats: [
      {
        range: range(1, first, columns.length, L.headerRow + ROW_CAPACITY),
        formula: `=$${columnLetters(positions.get("flag") as number)}${first}<>""`,
        style: { fontColor: COLORS.removedFont, strike: true },
      },
    ],
    tables: [{ name: UNITS_TABLE, range: range(1, L.headerRow, columns.length, last), ...UNITS_TABLE_LOOK }],
    hyperlinks: placements.map((p, i) => link(positions.get("sheet") as number, first + i, p.sheet)),
    freeze: { rows: L.headerRow, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: `$${L.headerRow}:$${L.headerRow}` },
  };
}

/**
 * Writes into an existing Đơn vị sheet only what differs, new units after the last row, and
 * links for new units and for sheets whose name changed.
 */
export function unitsSheetPatch(
  placements: readonly UnitPlacement[],
  positions: TablePositions<UnitCode>,
  sheetsBefore: ReadonlyMap<UnitCode, string>,
): SheetContent[] {
  const rows: Array<{ row: number; cells: Array<{ column: number; content: CellContent }> }> = [];
  const hyperlinks: HyperlinkSpec[] = [];
  let appendAt = Math.max(positions.lastRow, positions.headerRow) + 1;
  let lastTableRow = positions.lastRow;
  const linkColumn = positions.columns.get("sheet");
  for (const p of placements) {
    const next = unitCells(p.unit, p.removed);
    const old = p.before && p.row !== null ? unitCells(p.before.unit, p.before.removed) : null;
    const row = p.row ?? appendAt++;
    lastTableRow = Math.max(lastTableRow, row);
    const changed: Array<{ column: number; content: CellContent }> = [];
    for (const [key, content] of next) {
      const column = positions.columns.get(key);
      if (column === undefined) continue;
      if (!old || !sameContent(content, old.get(key) as CellContent)) changed.push({ column, content });
    }
    if (changed.length > 0) rows.push({ row, cells: changed });
    // A removed unit whose sheet is gone has nothing to link to.
    const hasSheet = p.sheetExists || !p.removed;
    if (linkColumn !== undefined && hasSheet && (p.row === null || sheetsBefore.get(p.unit.code) !== p.sheet)) hyperlinks.push(link(linkColumn, row, p.sheet));
  }
  if (rows.length === 0 && hyperlinks.length === 0) return [];
  const content: SheetContent = {};
  if (rows.length > 0) content.cells = rowBlocks(rows);
  if (hyperlinks.length > 0) content.hyperlinks = hyperlinks;
  if (lastTableRow > positions.lastRow) {
    const span = tableSpan(positions);
    // Excel re-creates a resized table (Table.resize needs a newer API): the look goes with it.
    content.tables = [{ name: UNITS_TABLE, range: range(span.left, positions.headerRow, span.right, lastTableRow), ...UNITS_TABLE_LOOK }];
  }
  return tableFirst(content);
}
