/**
 * The text layer of a born-digital PDF as the plan parser expects text: one line per visual
 * line, pages separated by a form feed (as pdftotext writes them). pdf.js hands over text runs
 * with positions in no reliable order; the runs are grouped into lines by their baseline and
 * ordered left to right, so a two-column header ("TỈNH ỦY …" left, the party motto right)
 * becomes one line, which the header reader separates again.
 *
 * The PDF library is passed in (the CLI and the pane load different builds of pdf.js, and
 * only when a PDF is opened), so this module stays free of I/O.
 */
import { fail, ok, type Result } from "../result";

/** A run of text and where it sits on the page (PDF units, y growing upwards). */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font height; 0 when the PDF gives none. */
  height: number;
}

/** The slice of pdf.js's API this module uses. */
export interface PdfLibrary {
  getDocument(source: { data: Uint8Array; isEvalSupported: boolean; useSystemFonts: boolean; disableFontFace: boolean; verbosity: number }): {
    promise: Promise<PdfDocument>;
  };
}
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}

/** Larger files are refused before the library is even loaded: plans are a few pages. */
export const PDF_SIZE_LIMIT = 20 * 1024 * 1024;
/** Fewer letters than this in the whole file means there is no text layer (a scan). */
const MIN_LETTERS = 40;

function positioned(item: unknown): PositionedText | null {
  if (typeof item !== "object" || item === null || !("str" in item) || !("transform" in item)) return null;
  const { str, transform, width, height } = item as { str: unknown; transform: unknown; width?: unknown; height?: unknown };
  if (typeof str !== "string" || !Array.isArray(transform) || transform.length < 6) return null;
  const size = typeof height === "number" && height > 0 ? height : Math.abs(Number(transform[3])) || 0;
  return { text: str, x: Number(transform[4]), y: Number(transform[5]), width: typeof width === "number" ? width : 0, height: size };
}

/** Visual lines: runs whose baselines differ by less than a third of the font height (superscripts, mixed fonts). */
function visualLines(runs: readonly PositionedText[]): PositionedText[][] {
  const sorted = runs.filter((r) => r.text.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    const tolerance = Math.max(1, (run.height || 10) / 3);
    if (row && Math.abs(row[0].y - run.y) <= tolerance) row.push(run);
    else rows.push([run]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/**
 * Runs left to right as text. A gap wider than a fifth of the font height is a space; any wider
 * gap is still one space, because the header reader works on words, not columns.
 */
function joinRuns(row: readonly PositionedText[]): string {
  let line = "";
  let end = -Infinity;
  for (const run of row) {
    const gap = run.x - end;
    const spaced = line !== "" && gap > (run.height || 10) / 5 && !/\s$/u.test(line) && !/^\s/u.test(run.text);
    line += (spaced ? " " : "") + run.text;
    end = Math.max(end, run.x + run.width);
  }
  return line.replace(/\s+/gu, " ").trim();
}

/** The left edges of a table's columns, read from its header row ("STT | Nội dung | …"). */
export interface TableColumns {
  starts: number[];
}

const ROW_NUMBER = /^\d{1,3}$/u;
const TABLE_HEADER_CELL = /^(?:STT|TT|Số TT)$/u;

function columnOf(columns: TableColumns, x: number): number {
  let column = 0;
  columns.starts.forEach((start, i) => {
    if (x >= start - 3) column = i;
  });
  return column;
}

/** One visual line of the table, its runs split by column. */
interface TableLine {
  y: number;
  /** Per column, the runs of this line in it (empty when the line has nothing there). */
  cells: PositionedText[][];
  /** Whether the line starts with a row number in the first column. */
  anchor: boolean;
  runs: PositionedText[];
}

/** Where a cell's lines sit in its row: 0 at the top (Word's default), ½ centred, 1 at the bottom. */
const ALIGNMENTS = [0, 0.5, 1] as const;

/**
 * How badly the lines `from`–`to` fit one row whose cells are aligned at `alignment`: in each
 * column, the cell's aligned point (its first line's baseline when top-aligned, the middle of its
 * first and last when centred) should sit on the row number's baseline — the misfit is counted
 * in lines, squared — and its lines should follow one another a line apart: a wider gap means
 * two cells were taken for one, and counts one.
 */
function bandCost(lines: readonly TableLine[], from: number, to: number, anchorY: number, alignment: number, lineGap: number, extra: readonly number[][] = []): number {
  let cost = 0;
  const columns = lines[0]?.cells.length ?? 0;
  for (let c = 0; c < columns; c++) {
    const ys: number[] = [...(extra[c] ?? [])];
    for (let i = from; i < to; i++) if (lines[i].cells[c].length > 0) ys.push(lines[i].y);
    if (ys.length === 0) continue;
    ys.sort((a, b) => b - a);
    const aligned = ys[0] - alignment * (ys[0] - ys[ys.length - 1]);
    cost += ((aligned - anchorY) / lineGap) ** 2;
    for (let i = 1; i < ys.length; i++) if (ys[i - 1] - ys[i] > 1.1 * lineGap) cost += 1;
  }
  return cost;
}

/**
 * The distance between two lines of one cell: the smallest distance between a column's
 * consecutive lines that occurs more than once (between cells it varies with the rows' heights).
 */
function cellLineGap(lines: readonly TableLine[]): number {
  const seen = new Map<number, number>();
  const columns = lines[0]?.cells.length ?? 0;
  for (let c = 0; c < columns; c++) {
    let above: number | null = null;
    for (const line of lines) {
      if (line.cells[c].length === 0) continue;
      if (above !== null && above - line.y > 0.5) {
        const gap = Math.round((above - line.y) * 2) / 2;
        seen.set(gap, (seen.get(gap) ?? 0) + 1);
      }
      above = line.y;
    }
  }
  const gaps = [...seen.keys()].sort((a, b) => a - b);
  const fontHeight = Math.max(...lines.flatMap((l) => l.runs.map((r) => r.height)), 0);
  return gaps.find((g) => (seen.get(g) ?? 0) > 1) ?? gaps[0] ?? (fontHeight > 0 ? fontHeight * 1.15 : 12);
}

/**
 * Where each row starts and ends (indexes into `lines`) for cells aligned at `alignment`, chosen
 * so the rows fit best; each row holds its number's line. With the table's header on this page,
 * lines may also fall to the header row (`bands[0]`, index -1); on a later page, lines above the
 * first number belong to it, except when top-aligned, where they carry on the row before.
 */
function rowBands(lines: readonly TableLine[], header: TableLine | null, alignment: number, lineGap: number): { cost: number; cuts: number[] } {
  const anchors = lines.flatMap((l, i) => (l.anchor ? [i] : []));
  // cuts[k] is where row k starts; row k runs to cuts[k + 1] (the last to the end of the lines).
  // Candidates for each start: from just after the row before's number to its own number.
  const candidates = anchors.map((a, k) => {
    if (k === 0 && !header && alignment !== 0) return [0];
    const first = k === 0 ? 0 : anchors[k - 1] + 1;
    return Array.from({ length: a - first + 1 }, (_, j) => first + j);
  });
  const headerExtra = header ? header.cells.map((cell) => (cell.length > 0 ? [header.y] : [])) : [];
  const before = (start: number): number => (header ? bandCost(lines, 0, start, header.y, alignment, lineGap, headerExtra) : 0);
  // best[k][j]: the least cost of rows before k, with row k starting at candidates[k][j].
  let best = candidates[0].map((start) => ({ cost: before(start), cuts: [start] }));
  for (let k = 1; k < anchors.length; k++) {
    best = candidates[k].map((start) => {
      let chosen = { cost: Infinity, cuts: [] as number[] };
      best.forEach((prev, j) => {
        const cost = prev.cost + bandCost(lines, candidates[k - 1][j], start, lines[anchors[k - 1]].y, alignment, lineGap);
        if (cost < chosen.cost) chosen = { cost, cuts: [...prev.cuts, start] };
      });
      return chosen;
    });
  }
  const last = anchors.length - 1;
  return best
    .map((prev, j) => ({ cost: prev.cost + bandCost(lines, candidates[last][j], lines.length, lines[anchors[last]].y, alignment, lineGap), cuts: prev.cuts }))
    .reduce((a, b) => (b.cost < a.cost ? b : a));
}

/**
 * A table's rows in the order the appendix reader expects: the row number, then each column's
 * cell. Which lines make up a row depends on how the cells are aligned vertically: top-aligned
 * (Word's default), a row runs from its number's baseline down to the next number's; centred,
 * a tall cell's first lines sit above its row's number. The alignment that fits the lines best
 * is taken, top-aligned when they fit equally.
 */
function tableLines(lines: readonly PositionedText[][], columns: TableColumns, header: PositionedText[] | null): string[] {
  const split = (runs: PositionedText[]): PositionedText[][] => {
    const cells: PositionedText[][] = columns.starts.map(() => []);
    for (const run of runs) cells[columnOf(columns, run.x)].push(run);
    return cells;
  };
  const table: TableLine[] = lines
    // A lone number outside the first column is the page number under the table.
    .filter((line) => !(line.length === 1 && columnOf(columns, line[0].x) > 0 && ROW_NUMBER.test(line[0].text.trim())))
    .map((line) => ({ y: line[0].y, cells: split(line), anchor: columnOf(columns, line[0].x) === 0 && ROW_NUMBER.test(line[0].text.trim()), runs: line }));
  if (!table.some((l) => l.anchor)) return table.map((l) => joinRuns(l.runs));
  const headerLine = header ? { y: header[0].y, cells: split(header), anchor: false, runs: header } : null;
  const lineGap = cellLineGap(table);
  let fit = rowBands(table, headerLine, ALIGNMENTS[0], lineGap);
  for (const alignment of ALIGNMENTS.slice(1)) {
    const other = rowBands(table, headerLine, alignment, lineGap);
    // Baselines are exact in a PDF: a tenth of a line is already more than rounding.
    if (other.cost < fit.cost - 0.1) fit = other;
  }

  const out = table.slice(0, fit.cuts[0]).map((l) => joinRuns(l.runs));
  fit.cuts.forEach((start, k) => {
    const end = fit.cuts[k + 1] ?? table.length;
    // Here the cell's edges are known, so its wrapped lines are joined (a code split at its
    // hyphen closes up): the appendix reader then has one line per cell and nothing to guess.
    columns.starts.forEach((_, c) => {
      const text = table
        .slice(start, end)
        .filter((l) => l.cells[c].length > 0)
        .map((l) => joinRuns(l.cells[c]))
        .reduce((joined, line) => (joined === "" ? line : /(?:\d|\p{Lu})-$/u.test(joined) ? joined + line : `${joined} ${line}`), "");
      if (text !== "") out.push(text);
    });
  });
  return out;
}

/**
 * The runs of one page as lines, in reading order. A table of tasks (its header row starting
 * "STT") is read column by column within each row, as pdftotext does, so a cell's wrapped lines
 * stay together; the columns carry over to the next page (`table`), where a long table goes on.
 */
export function linesOfPage(runs: readonly PositionedText[], table: { columns: TableColumns | null } = { columns: null }): string[] {
  const lines = visualLines(runs);
  const out: string[] = [];
  let tableFrom = table.columns && lines.some((l) => ROW_NUMBER.test(l[0].text.trim()) && columnOf(table.columns as TableColumns, l[0].x) === 0) ? 0 : -1;
  if (tableFrom < 0) table.columns = null;
  lines.forEach((line, index) => {
    if (tableFrom < 0 && TABLE_HEADER_CELL.test(line[0].text.trim()) && line.filter((r) => r.text.trim() !== "").length >= 3) {
      table.columns = { starts: line.filter((r) => r.text.trim() !== "").map((r) => r.x) };
      tableFrom = index + 1;
      out.push(...line.filter((r) => r.text.trim() !== "").map((r) => r.text.trim()));
    } else if (tableFrom < 0) {
      out.push(joinRuns(line));
    }
  });
  if (tableFrom >= 0 && table.columns) out.push(...tableLines(lines.slice(tableFrom), table.columns, tableFrom > 0 ? lines[tableFrom - 1] : null));
  return out;
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function isPasswordError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "name" in error && (error as { name: unknown }).name === "PasswordException";
}

/** The text of a PDF's pages, or why there is none: too large, encrypted, a scan, damaged. */
export async function pdfText(load: () => Promise<PdfLibrary>, file: string, bytes: Uint8Array): Promise<Result<string>> {
  const at = { file };
  if (bytes.byteLength > PDF_SIZE_LIMIT) {
    return fail({ key: "parse.pdfTooLarge", params: { file, size: Math.ceil(bytes.byteLength / (1024 * 1024)), limit: PDF_SIZE_LIMIT / (1024 * 1024) }, at });
  }
  let document: PdfDocument;
  try {
    const library = await load();
    // isEvalSupported: false — fonts are never compiled into functions, so a crafted PDF cannot run script.
    document = await library.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch (error) {
    if (isPasswordError(error)) return fail({ key: "parse.pdfEncrypted", params: { file }, at });
    return fail({ key: "parse.pdfUnreadable", params: { file, reason: error instanceof Error ? error.message : String(error) }, at });
  }
  try {
    const pages: string[] = [];
    const table: { columns: TableColumns | null } = { columns: null };
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      const runs = content.items.map(positioned).filter((r): r is PositionedText => r !== null);
      pages.push(linesOfPage(runs, table).join("\n"));
    }
    const text = pages.join("\n\f");
    if (letterCount(text) < MIN_LETTERS) return fail({ key: "parse.pdfNoText", params: { file, pages: document.numPages }, at });
    return ok(text);
  } catch (error) {
    return fail({ key: "parse.pdfUnreadable", params: { file, reason: error instanceof Error ? error.message : String(error) }, at });
  } finally {
    await document.destroy().catch(() => undefined);
  }
}
