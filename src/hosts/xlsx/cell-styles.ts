/**
 * CellStyle → exceljs style models, merged into what a cell already has so a patch that sets
 * only a fill keeps the cell's font. Models are never changed in place: a merged model is a new
 * object, registered once in the StyleBook, and the cells of a range share its id.
 */
import type { Borders, Style } from "exceljs";
import type { BorderSpec, CellStyle, Color } from "../../layout/sheet-spec";
import type { CellRect } from "../../layout/excel-rules";
import { withStyle } from "./sheet-data-xml";
import { newCellStyle, type SheetTarget } from "./sheet-target";

export function argb(color: Color): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

type Side = "top" | "bottom" | "left" | "right";

/**
 * The workbook's default font (exceljs writes Calibri 11 as font 0). A font written without a
 * name is shown in LibreOffice's own default (a serif), so a partial font starts from this.
 */
const DEFAULT_FONT = { name: "Calibri", size: 11, family: 2 };

/** Which sides of the cell at (row, col) an edge set covers, within `range`. */
export function sidesFor(edges: BorderSpec["edges"], range: CellRect, row: number, col: number): Side[] {
  const sides: Side[] = [];
  const all = edges === "all";
  if (all || ((edges === "outline" || edges === "top") && row === range.top)) sides.push("top");
  if (all || ((edges === "outline" || edges === "bottom") && row === range.bottom)) sides.push("bottom");
  if (all || ((edges === "outline" || edges === "left") && col === range.left)) sides.push("left");
  if (all || ((edges === "outline" || edges === "right") && col === range.right)) sides.push("right");
  if (edges === "insideHorizontal") {
    // Excel draws a shared edge from either neighbour; setting both keeps them consistent.
    if (row > range.top) sides.push("top");
    if (row < range.bottom) sides.push("bottom");
  }
  return sides;
}

function mergedStyle(old: Partial<Style>, style: CellStyle): Partial<Style> {
  const next: Partial<Style> = { ...old };
  if (style.font) {
    const f = style.font;
    next.font = {
      ...(old.font ?? DEFAULT_FONT),
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.size !== undefined ? { size: f.size } : {}),
      ...(f.bold !== undefined ? { bold: f.bold } : {}),
      ...(f.italic !== undefined ? { italic: f.italic } : {}),
      ...(f.underline !== undefined ? { underline: f.underline } : {}),
      ...(f.color !== undefined ? { color: { argb: argb(f.color) } } : {}),
    };
  }
  if (style.fill !== undefined) next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.numberFormat !== undefined) next.numFmt = style.numberFormat;
  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined || style.indent !== undefined) {
    next.alignment = {
      ...(old.alignment ?? {}),
      ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
      // exceljs names vertical centring "middle" and writes it to the file as OOXML's "center".
      ...(style.vertical !== undefined ? { vertical: style.vertical === "center" ? "middle" : style.vertical } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.indent !== undefined ? { indent: style.indent } : {}),
    };
  }
  if (style.locked !== undefined) next.protection = { ...(old.protection ?? {}), locked: style.locked };
  return next;
}

/** Applies `style` to every cell of `range` (borders per the edge sets, relative to the range). */
export function applyStyle(target: SheetTarget, range: CellRect, style: CellStyle): void {
  const { cells, book } = target;
  const withBorders = style.borders !== undefined && style.borders.length > 0;
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      const old = cells.cell(row, col);
      const from = old ? old.style : newCellStyle(target, row, col);
      const sides = withBorders ? (style.borders as BorderSpec[]).map((spec) => sidesFor(spec.edges, range, row, col).join(",")).join(";") : "";
      const id = book.derive(from, style, sides, (model) => {
        const next = mergedStyle(model, style);
        if (withBorders) {
          const border: Partial<Borders> = { ...(model.border ?? {}) };
          for (const spec of style.borders as BorderSpec[]) {
            for (const side of sidesFor(spec.edges, range, row, col)) {
              border[side] = { style: spec.style, color: { argb: argb(spec.color ?? "#000000") } };
            }
          }
          next.border = border;
        }
        return next;
      });
      if (old && old.style === id) continue;
      if (old?.xml !== undefined) book.namedInFileXml(id);
      cells.setCell(row, col, { style: id, data: old?.data ?? { kind: "blank" }, ...(old?.xml !== undefined ? { xml: withStyle(old.xml, id) } : {}) });
    }
  }
}
