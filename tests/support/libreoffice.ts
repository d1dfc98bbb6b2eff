/**
 * LibreOffice headless as the real spreadsheet engine of the tests: it opens a written .xlsx,
 * recalculates every formula (cached results are not trusted), and returns what each sheet
 * shows, or renders the workbook to PDF.
 *
 * One LibreOffice serves each jest worker for the whole run. Starting one costs about five
 * seconds of CPU, and the suite converts a few dozen files. jest's global setup names a folder for
 * the run (PLAN_TRACKER_LIBREOFFICE); a worker's first conversion starts there an instance that
 * keeps a small document open (without one, LibreOffice quits after a conversion), and each of
 * the worker's conversions hands its `--convert-to` to that instance through LibreOffice's own
 * single-instance pipe, returning once the file is written. One per worker, so that one worker's
 * conversion never waits for another's. Without the folder (a run under another jest config), or
 * if that instance never opens its document, each conversion starts its own LibreOffice in a
 * profile of its own, so tests may still run in parallel.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { findSoffice } from "../../src/cli/libreoffice-pdf";
import { parseCsv as parseCsvRows } from "../../src/domain/csv";

const run = promisify(execFile);

/** Forces recalculation on load of OOXML files (LibreOffice otherwise trusts cached results). */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The document the run's instance keeps open: a one-cell flat ODF spreadsheet. */
const KEPT_OPEN = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="mo"><table:table-row><table:table-cell><text:p>giữ LibreOffice mở</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>
</office:document>
`;

/** How long the run's instance may take to open its document before conversions go it alone. */
const START_TIMEOUT_MS = 120_000;

/** The soffice the CLI would use for `summary --pdf`. */
export const sofficePath = findSoffice;

function requireSoffice(): string {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc");
  return soffice;
}

/** A fresh profile folder that recalculates on load; returns its URL. */
async function makeProfile(profile: string): Promise<string> {
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  return `file://${profile}`;
}

/** Waits until one of the files exists, and returns it; null after `timeoutMs`. */
async function firstToAppear(files: string[], timeoutMs: number): Promise<string | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = files.find((file) => existsSync(file));
    if (found !== undefined) return found;
    if (Date.now() >= end) return null;
    await new Promise((done) => setTimeout(done, 100));
  }
}

let runInstance: Promise<string | null> | undefined;

/** The profile URL of this worker's instance, started at its first conversion; null: none. */
function runInstanceProfile(): Promise<string | null> {
  const folder = process.env.PLAN_TRACKER_LIBREOFFICE;
  if (!folder) return Promise.resolve(null);
  runInstance ??= startOrJoin(path.join(folder, `worker-${process.env.JEST_WORKER_ID ?? "0"}`));
  return runInstance;
}

async function startOrJoin(folder: string): Promise<string | null> {
  const profile = path.join(folder, "profile");
  const ready = path.join(folder, "ready");
  try {
    await fs.mkdir(folder, { recursive: true });
    await fs.mkdir(path.join(folder, "started"));
  } catch {
    // Started by an earlier test file of this worker, in a registry of its own: wait for its word.
    return (await firstToAppear([ready, path.join(folder, "failed")], START_TIMEOUT_MS)) === ready ? `file://${profile}` : null;
  }
  const profileUrl = await makeProfile(profile);
  const document = path.join(folder, "mo.fods");
  await fs.writeFile(document, KEPT_OPEN);
  const child = spawn(requireSoffice(), ["--headless", "--norestore", "--invisible", `-env:UserInstallation=${profileUrl}`, document], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, HOME: folder },
  });
  child.unref();
  await fs.writeFile(path.join(folder, "pid"), String(child.pid));
  // LibreOffice locks a document it has opened: from then on the instance stays and takes work.
  if (await firstToAppear([path.join(folder, ".~lock.mo.fods#")], START_TIMEOUT_MS)) {
    await fs.writeFile(ready, "");
    return profileUrl;
  }
  await fs.writeFile(path.join(folder, "failed"), "");
  return null;
}

/** A temporary folder for the duration of `work`. */
async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lo-"));
  try {
    return await work(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Converts the files into `outDir` as `soffice --convert-to <filter>` does. */
export async function convertWithLibreOffice(files: string[], filter: string, outDir: string): Promise<void> {
  const soffice = requireSoffice();
  await fs.mkdir(outDir, { recursive: true });
  const convert = (profileUrl: string, home: string) =>
    run(soffice, ["--headless", "--norestore", `-env:UserInstallation=${profileUrl}`, "--convert-to", filter, "--outdir", outDir, ...files.map((f) => path.resolve(f))], {
      env: { ...process.env, HOME: home },
      timeout: 180_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  const shared = await runInstanceProfile();
  if (shared) await convert(shared, path.dirname(outDir));
  else await withTempDir(async (dir) => convert(await makeProfile(path.join(dir, "profile")), dir));
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
  return withTempDir(async (dir) => {
    const outDir = path.join(dir, "out");
    await convertWithLibreOffice([xlsxFile], CSV_EVERY_SHEET, outDir);
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
  return withTempDir(async (dir) => {
    const outDir = path.join(dir, "out");
    const result = new Map<string, Record<string, string[][]>>();
    if (xlsxFiles.length === 0) return result;
    await convertWithLibreOffice(xlsxFiles, CSV_EVERY_SHEET, outDir);
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
  await convertWithLibreOffice([xlsxFile], "pdf", outDir);
  return path.join(outDir, path.basename(xlsxFile).replace(/\.xlsx$/i, ".pdf"));
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
