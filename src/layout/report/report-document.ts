/**
 * A document laid out on a sheet, row by row: paragraphs merged across the page's columns,
 * blocks side by side (the header and signature blocks), and bordered tables with two header
 * rows. Every row gets a height from its text (text-height.ts), so the sheet prints as the
 * document reads, in Excel and in LibreOffice alike. Values only: a report never changes.
 *
 * Pages are laid out here too. Row heights are set, and "one page wide" fixes the print scale,
 * so where each page ends is known in advance; the document breaks pages itself, a little before
 * a full page (so Excel never needs to break earlier), to keep a heading with what follows, a
 * signature block in one piece, and to repeat a table's header at the top of each page it runs
 * onto. Excel repeats at most one band of rows per sheet, and on every later page, so its print
 * titles could serve one table and would spill onto the pages after it.
 */
import type { A1, CellBlock, CellContent, CellStyle, Color, RowSpec, StyledRange } from "../sheet-spec";
import { parseRange, cell, range } from "../excel-rules";
import { blank, text } from "../tracker/cells";
import { columnsPixels, linePoints, MAX_ROW_POINTS, splitToRows, textPoints } from "./text-height";

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  align?: "left" | "center" | "right" | "justify";
  color?: Color;
}

/** One block of a row: text over columns `from`…`to` (1-based, inclusive). */
export interface Block {
  from: number;
  to: number;
  text: string;
  style: TextStyle;
}

export interface TableColumn {
  header: string;
  /** A second header row under this one; the top header then spans them. */
  children?: string[];
}

/** A heading written above a table, on the same page as its first rows. */
export interface Caption {
  text: string;
  style: TextStyle;
  indent?: boolean;
}

export interface TableSpec {
  columns: TableColumn[];
  /** One content per leaf column (children count as columns). */
  body: CellContent[][];
  /** Per leaf column: alignment and number format. */
  leaf: Array<{ align: "left" | "center" | "right"; numberFormat?: string }>;
  size: number;
  /** The header rows' size (headers of narrow number columns wrap less a point smaller). */
  headerSize: number;
  /** The last row is a total, in bold. */
  boldLastRow?: boolean;
}

/** The printable page: its height in points at the print scale, and the scale. */
export interface PageFrame {
  /** Points of rows one page holds (the paper's height inside the margins, ÷ the scale). */
  rowPoints: number;
}

/** Room for a paragraph's lines before it is split over more rows. */
const MAX_PARAGRAPH_LINES = 16;
/** Pages are filled to this share, so rounding in Excel's own scale never breaks a page earlier. */
const PAGE_FILL = 0.95;

export class ReportDocument {
  private row = 1;
  private readonly cells: CellBlock[] = [];
  private readonly styles: StyledRange[] = [];
  private readonly merges: A1[] = [];
  private readonly heights: RowSpec[] = [];
  private readonly breaks: number[] = [];
  /** Points used on the current page. */
  private used = 0;
  private readonly capacity: number;

  constructor(
    private readonly widths: readonly number[],
    page: PageFrame,
  ) {
    this.capacity = page.rowPoints * PAGE_FILL;
  }

  get columnCount(): number {
    return this.widths.length;
  }

  /** Points left on the current page. */
  get roomLeft(): number {
    return this.capacity - this.used;
  }

  private pixels(from: number, to: number): number {
    return columnsPixels(this.widths.slice(from - 1, to));
  }

  private put(row: number, from: number, to: number, content: CellContent, style: CellStyle): void {
    this.cells.push({ at: cell(from, row), rows: [[content]] });
    if (to > from) this.merges.push(range(from, row, to, row));
    this.styles.push({ range: range(from, row, to, row), style });
  }

  /** Takes a row of this height, on a new page when it does not fit on this one. */
  private take(height: number): number {
    // Every page end is a manual break, so Excel's pages are the ones laid out here.
    if (this.used > 0 && this.used + height > this.capacity) this.newPage();
    this.used += height;
    this.heights.push({ index: this.row, height });
    return this.row++;
  }

  /** The next row starts a new page. */
  newPage(): void {
    if (this.row > 1 && !this.breaks.includes(this.row)) this.breaks.push(this.row);
    this.used = 0;
  }

  /** A new page unless `points` fit on this one (to keep a block together). */
  keep(points: number): void {
    if (this.used > 0 && this.used + points > this.capacity) this.newPage();
  }

  /** An empty row of the given height (half a line of body text by default). */
  space(points = linePoints(14) / 2): void {
    // Space at the top of a page is dropped: it would only push the page's text down.
    if (this.used === 0 && this.row > 1) return;
    this.take(points);
  }

  private blocksHeight(blocks: readonly Block[]): number {
    return blocks.reduce((h, b) => Math.max(h, textPoints(b.text, this.pixels(b.from, b.to), b.style.size, b.style.bold)), 0);
  }

  /** Blocks side by side on one row; the row takes the height of the tallest. */
  line(blocks: readonly Block[]): number {
    const row = this.take(this.blocksHeight(blocks));
    for (const b of blocks) this.put(row, b.from, b.to, text(b.text), cellStyle(b.style, true));
    return row;
  }

  /**
   * A paragraph across the page. `indent`: the first line starts indented, as body paragraphs
   * of party documents do. A paragraph too long for one row continues on the next rows.
   * `keepWithNext`: a heading never ends a page.
   */
  paragraph(body: string, style: TextStyle, options: { indent?: boolean; keepWithNext?: boolean } = {}): void {
    const pixels = this.pixels(1, this.columnCount);
    const first = options.indent ? `${FIRST_LINE_INDENT}${body}` : body;
    const pieces = splitToRows(first, pixels, style.size, MAX_PARAGRAPH_LINES, style.bold);
    if (options.keepWithNext) this.keep(textPoints(pieces[0], pixels, style.size, style.bold) + 2 * linePoints(style.size));
    for (const piece of pieces) this.line([{ from: 1, to: this.columnCount, text: piece, style }]);
  }

  /**
   * A bordered table with one or two header rows, its header repeated on each page it runs onto;
   * `captions`: headings kept on the table's first page (a section title and the table's own).
   */
  table(spec: TableSpec, captions: readonly Caption[] = []): void {
    const header = this.tableHeader(spec);
    const bodyHeights = spec.body.map((cells, i) => this.bodyRowHeight(spec, cells, i === spec.body.length - 1));
    const pixels = this.pixels(1, this.columnCount);
    const lines = captions.map((c) => ({ text: `${c.indent ? FIRST_LINE_INDENT : ""}${c.text}`, style: c.style }));
    const captionHeight = lines.reduce((h, c) => h + textPoints(c.text, pixels, c.style.size, c.style.bold), 0);
    // The captions and header with at least the first body row, or all on the next page.
    this.keep(captionHeight + header.height + (bodyHeights[0] ?? 0));
    for (const c of lines) this.line([{ from: 1, to: this.columnCount, text: c.text, style: c.style }]);
    const top = this.row;
    this.writeHeader(header);
    let segment: { first: number; rows: CellContent[][] } = { first: this.row, rows: [] };
    const segments = [segment];
    const last = spec.body.length - 1;
    spec.body.forEach((cells, i) => {
      // A total row never starts a page alone: the row before it goes with it.
      const need = spec.boldLastRow && i === last - 1 ? bodyHeights[i] + bodyHeights[last] : bodyHeights[i];
      if (this.used + need > this.capacity && segment.rows.length > 0) {
        this.newPage();
        this.writeHeader(header);
        segment = { first: this.row, rows: [] };
        segments.push(segment);
      }
      this.take(bodyHeights[i]);
      segment.rows.push(padTo(cells, header.leafCount));
    });
    for (const s of segments) {
      if (s.rows.length === 0) continue;
      const last = s.first + s.rows.length - 1;
      this.cells.push({ at: cell(1, s.first), rows: s.rows });
      spec.leaf.forEach((leaf, j) => {
        this.styles.push({
          range: range(j + 1, s.first, j + 1, last),
          style: { ...cellStyle({ size: spec.size, align: leaf.align }, true), ...(leaf.numberFormat ? { numberFormat: leaf.numberFormat } : {}) },
        });
      });
    }
    const lastRow = this.row - 1;
    if (spec.boldLastRow && spec.body.length > 0) this.styles.push({ range: range(1, lastRow, header.leafCount, lastRow), style: { font: { bold: true } } });
    this.styles.push({ range: range(1, top, header.leafCount, lastRow), style: { borders: [{ edges: "all", style: "thin", color: "#000000" }] } });
  }

  private bodyRowHeight(spec: TableSpec, cells: CellContent[], last: boolean): number {
    let height = linePoints(spec.size) + 2;
    cells.forEach((c, j) => {
      if (c.kind === "text" && c.text) height = Math.max(height, textPoints(c.text, this.pixels(j + 1, j + 1), spec.size, spec.boldLastRow === true && last));
    });
    return Math.min(height, MAX_ROW_POINTS);
  }

  /** The header's cells relative to its first row, its merges and row heights. */
  private tableHeader(spec: TableSpec): HeaderPlan {
    const twoRows = spec.columns.some((c) => c.children && c.children.length > 0);
    const items: HeaderPlan["items"] = [];
    let column = 1;
    let top = 0;
    let bottom = 0;
    let merged = 0;
    const points = (label: string, from: number, to: number) => textPoints(label, this.pixels(from, to), spec.headerSize, true);
    for (const c of spec.columns) {
      const span = c.children?.length ?? 0;
      if (span > 0) {
        items.push({ row: 0, from: column, to: column + span - 1, label: c.header });
        top = Math.max(top, points(c.header, column, column + span - 1));
        c.children?.forEach((child, i) => {
          items.push({ row: 1, from: column + i, to: column + i, label: child });
          bottom = Math.max(bottom, points(child, column + i, column + i));
        });
        column += span;
      } else {
        items.push({ row: 0, from: column, to: column, label: c.header, down: twoRows });
        merged = Math.max(merged, points(c.header, column, column));
        column += 1;
      }
    }
    // A header merged over both rows needs their heights together.
    const rows = twoRows ? [top, Math.max(bottom, merged - top)] : [merged];
    return { items, rows, height: rows.reduce((a, b) => a + b, 0), leafCount: column - 1, style: cellStyle({ size: spec.headerSize, bold: true, align: "center" }, true) };
  }

  private writeHeader(header: HeaderPlan): void {
    const first = this.row;
    for (const height of header.rows) this.take(height);
    for (const item of header.items) {
      const row = first + item.row;
      this.put(row, item.from, item.to, text(item.label), header.style);
      if (item.down) this.merges.push(range(item.from, row, item.to, row + 1));
    }
  }

  /** Everything written so far, with one font for the whole page underneath. */
  content(fontName: string): { cells: CellBlock[]; styles: StyledRange[]; merges: A1[]; rows: RowSpec[]; pageBreaks: number[]; lastRow: number } {
    const lastRow = this.row - 1;
    const base: StyledRange = { range: range(1, 1, this.columnCount, Math.max(1, lastRow)), style: { font: { name: fontName }, vertical: "top" } };
    return { cells: joinedBlocks(this.cells), styles: [base, ...coalesced(this.styles)], merges: this.merges, rows: this.heights, pageBreaks: [...this.breaks], lastRow };
  }
}

/** One-cell blocks stacked in one column on adjacent rows become one block (one write in Excel). */
function joinedBlocks(blocks: readonly CellBlock[]): CellBlock[] {
  const result: CellBlock[] = [];
  for (const block of blocks) {
    const previous = result[result.length - 1];
    const a = previous ? parseRange(previous.at) : null;
    const b = parseRange(block.at);
    const single = (x: CellBlock) => x.rows.every((row) => row.length === 1);
    if (previous && a && b && single(previous) && single(block) && a.left === b.left && b.top === a.top + previous.rows.length) {
      result[result.length - 1] = { at: previous.at, rows: [...previous.rows, ...block.rows] };
    } else result.push(block);
  }
  return result;
}

/**
 * Consecutive styles that are the same over the same columns of adjacent rows become one range:
 * a list of hundreds of late units is then a handful of format calls instead of one per line.
 */
function coalesced(styles: readonly StyledRange[]): StyledRange[] {
  const result: StyledRange[] = [];
  let lastKey = "";
  for (const styled of styles) {
    const key = JSON.stringify(styled.style);
    const previous = result[result.length - 1];
    const a = previous ? parseRange(previous.range) : null;
    const b = parseRange(styled.range);
    if (previous && a && b && key === lastKey && a.left === b.left && a.right === b.right && b.top === a.bottom + 1) {
      previous.range = range(a.left, a.top, a.right, b.bottom);
    } else result.push({ ...styled });
    lastKey = key;
  }
  return result;
}

interface HeaderPlan {
  /** Labels by header row (0 or 1) and columns; `down`: merged over both header rows. */
  items: Array<{ row: number; from: number; to: number; label: string; down?: boolean }>;
  rows: number[];
  height: number;
  leafCount: number;
  style: CellStyle;
}

/** About 1 cm at 14 pt: the first-line indent of a body paragraph. */
const FIRST_LINE_INDENT = "\u00a0".repeat(8);

/** Only what differs from a new sheet's defaults is set: each property is a call in Excel. */
function cellStyle(style: TextStyle, wrap: boolean): CellStyle {
  return {
    font: {
      size: style.size,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.underline ? { underline: true } : {}),
      ...(style.color ? { color: style.color } : {}),
    },
    horizontal: style.align ?? "left",
    vertical: style.align === "center" ? "center" : "top",
    wrap,
  };
}

function padTo(row: CellContent[], width: number): CellContent[] {
  return row.length >= width ? row : [...row, ...Array.from({ length: width - row.length }, () => blank)];
}
