/**
 * PDF of a workbook through LibreOffice headless, for `summary --pdf`: a fresh profile per run
 * (so runs do not share or lock one), recalculation on load, the PDF moved to where it was asked.
 */
import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { fail, ok, type Result } from "../domain/result";

const run = promisify(execFile);

const CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/bin/libreoffice",
  "/usr/lib/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
];

export function findSoffice(): string | null {
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export async function workbookToPdf(xlsxBytes: Uint8Array, pdfFile: string): Promise<Result<void>> {
  const soffice = findSoffice();
  if (!soffice) return fail({ key: "cli.summary.noLibreOffice", params: { file: pdfFile } });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plan-tracker-pdf-"));
  try {
    const source = path.join(dir, "bao-cao.xlsx");
    await fs.writeFile(source, xlsxBytes);
    await run(soffice, ["--headless", "--norestore", `-env:UserInstallation=file://${path.join(dir, "profile")}`, "--convert-to", "pdf", "--outdir", dir, source], {
      env: { ...process.env, HOME: dir },
      timeout: 180_000,
    });
    await fs.copyFile(path.join(dir, "bao-cao.pdf"), pdfFile);
    return ok(undefined);
  } catch (error) {
    return fail({ key: "file.unwritable", params: { file: pdfFile, reason: error instanceof Error ? error.message.split("\n")[0] : String(error) } });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
