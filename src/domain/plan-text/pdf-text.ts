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

/**
 * A table's rows in the order the appendix reader expects: the row number, then each column's
 * cell. Cells are assumed top-aligned (Word's default): a row runs from its number's baseline
 * down to the next number's.
 */
function tableLines(lines: readonly PositionedText[][], columns: TableColumns): string[] {
  const out: string[] = [];
  let row: PositionedText[][] | null = null;
  const flush = () => {
    if (!row) return;
    // Here the cell's edges are known, so its wrapped lines are joined (a code split at its
    // hyphen closes up): the appendix reader then has one line per cell and nothing to guess.
    for (const cell of row) {
      const text = visualLines(cell)
        .map(joinRuns)
        .reduce((joined, line) => (joined === "" ? line : /(?:\d|\p{Lu})-$/u.test(joined) ? joined + line : `${joined} ${line}`), "");
      if (text !== "") out.push(text);
    }
    row = null;
  };
  for (const line of lines) {
    const first = line[0];
    const column = columnOf(columns, first.x);
    // A lone number outside the first column is the page number under the table.
    if (line.length === 1 && column > 0 && ROW_NUMBER.test(first.text.trim())) continue;
    if (column === 0 && ROW_NUMBER.test(first.text.trim())) {
      flush();
      row = columns.starts.map(() => []);
    }
    if (!row) {
      out.push(joinRuns(line));
      continue;
    }
    for (const run of line) row[columnOf(columns, run.x)].push(run);
  }
  flush();
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
  if (tableFrom >= 0 && table.columns) out.push(...tableLines(lines.slice(tableFrom), table.columns));
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
