/**
 * LibreOffice headless as the real spreadsheet engine of the tests: it opens a written .xlsx,
 * recalculates every formula (cached results are not trusted), and returns what each sheet
 * shows, or renders the workbook to PDF.
 *
 * Each call uses its own profile folder so tests may run in parallel.
 */
import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { parseCsv as parseCsvRows } from "../../src/domain/csv";

const run = promisify(execFile);

/** Forces recalculation on load of OOXML files (LibreOffice otherwise trusts cached results). */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string | null {
  const candidates = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

async function withProfile<T>(work: (profileUrl: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lo-"));
  const profile = path.join(dir, "profile");
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  try {
    return await work(`file://${profile}`, dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function convert(file: string, filter: string, outDir: string, profileUrl: string): Promise<void> {
  await convertMany([file], filter, outDir, profileUrl);
}

async function convertMany(files: string[], filter: string, outDir: string, profileUrl: string): Promise<void> {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc");
  await run(
    soffice,
    ["--headless", "--norestore", `-env:UserInstallation=${profileUrl}`, "--convert-to", filter, "--outdir", outDir, ...files],
    { env: { ...process.env, HOME: path.dirname(outDir) }, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
  );
}

/** LibreOffice's CSV output, row by row. */
export function parseCsv(text: string): string[][] {
  const parsed = parseCsvRows(text);
  if (!parsed.ok) throw new Error(`LibreOffice wrote a CSV with an unclosed quote at line ${parsed.line}`);
  return parsed.rows.map((row) => row.fields);
}

// Token 12 = -1: every sheet to its own file "<base>-<sheet>.csv"; token 9 true: as shown.
const CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Recalculates the workbook and returns, per sheet name, the cells as LibreOffice shows them
 * (formatted text, "as shown"), row by row from A1.
 */
export async function recalculatedSheets(xlsxFile: string, sheetNames: string[]): Promise<Record<string, string[][]>> {
  return withProfile(async (profileUrl, dir) => {
    const outDir = path.join(dir, "out");
    await fs.mkdir(outDir);
    await convert(path.resolve(xlsxFile), CSV_EVERY_SHEET, outDir, profileUrl);
    const base = path.basename(xlsxFile).replace(/\.xlsx$/i, "");
    const result: Record<string, string[][]> = {};
    const files = await fs.readdir(outDir);
    for (const name of sheetNames) {
      const expected = `${base}-${name}.csv`;
      const found = files.find((f) => f.normalize("NFC") === expected.normalize("NFC"));
      if (!found) throw new Error(`LibreOffice wrote no CSV for sheet "${name}" (files: ${files.join(", ")})`);
      result[name] = parseCsv(await fs.readFile(path.join(outDir, found), "utf8"));
    }
    return result;
  });
}

/**
 * Recalculates several workbooks in one LibreOffice run (a run costs seconds; a file in it far
 * less) and returns, per file, every sheet LibreOffice exported with its cells as shown. The
 * files' base names must differ and none may be another's prefix followed by "-".
 */
export async function recalculatedWorkbooks(xlsxFiles: string[]): Promise<Map<string, Record<string, string[][]>>> {
  return withProfile(async (profileUrl, dir) => {
    const outDir = path.join(dir, "out");
    await fs.mkdir(outDir);
    const result = new Map<string, Record<string, string[][]>>();
    if (xlsxFiles.length === 0) return result;
    await convertMany(xlsxFiles.map((file) => path.resolve(file)), CSV_EVERY_SHEET, outDir, profileUrl);
    const written = (await fs.readdir(outDir)).map((f) => f.normalize("NFC"));
    for (const file of xlsxFiles) {
      const prefix = `${path.basename(file).replace(/\.[^.]+$/, "")}-`.normalize("NFC");
      const sheets: Record<string, string[][]> = {};
      for (const name of written.filter((f) => f.startsWith(prefix) && f.endsWith(".csv"))) {
        sheets[name.slice(prefix.length, -".csv".length)] = parseCsv(await fs.readFile(path.join(outDir, name), "utf8"));
      }
      result.set(file, sheets);
    }
    return result;
  });
}

/** Renders the workbook to PDF in outDir and returns the PDF's path. */
export async function renderPdf(xlsxFile: string, outDir: string): Promise<string> {
  await fs.mkdir(outDir, { recursive: true });
  return withProfile(async (profileUrl) => {
    await convert(path.resolve(xlsxFile), "pdf", outDir, profileUrl);
    return path.join(outDir, path.basename(xlsxFile).replace(/\.xlsx$/i, ".pdf"));
  });
}

/** Text of a PDF (poppler's pdftotext), to check what a reader would see. */
export async function pdfText(pdfFile: string): Promise<string> {
  const { stdout } = await run("pdftotext", ["-layout", pdfFile, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Renders one page of a PDF to PNG (poppler's pdftoppm) at `dpi`, and returns the PNG's path. */
export async function renderPng(pdfFile: string, page = 1, dpi = 60): Promise<string> {
  const prefix = pdfFile.replace(/\.pdf$/i, `-p${page}`);
  await run("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdfFile, prefix]);
  return `${prefix}.png`;
}
