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

/**
 * The runs of one page as lines. Runs whose baselines differ by less than a third of the font
 * height share a line (superscripts and mixed fonts shift them a little). Within a line a gap
 * wider than a fifth of the font height is a space; any wider gap is still one space, because
 * the header reader works on words, not columns.
 */
export function linesOfPage(runs: readonly PositionedText[]): string[] {
  const sorted = runs.filter((r) => r.text.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    const tolerance = Math.max(1, (run.height || 10) / 3);
    if (row && Math.abs(row[0].y - run.y) <= tolerance) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let line = "";
    let end = -Infinity;
    for (const run of row) {
      const gap = run.x - end;
      const spaced = line !== "" && gap > (run.height || 10) / 5 && !/\s$/u.test(line) && !/^\s/u.test(run.text);
      line += (spaced ? " " : "") + run.text;
      end = Math.max(end, run.x + run.width);
    }
    return line.replace(/\s+/gu, " ").trim();
  });
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
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      const runs = content.items.map(positioned).filter((r): r is PositionedText => r !== null);
      pages.push(linesOfPage(runs).join("\n"));
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
