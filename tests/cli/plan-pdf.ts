/**
 * PDFs of plan texts for the tests, printed by LibreOffice Calc (the only LibreOffice module
 * the test machines install): one visual line per row, a tab splitting a row into a left and
 * a right cell, as the two header columns of a party document sit.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { findSoffice } from "../../src/cli/libreoffice-pdf";

const run = promisify(execFile);

/**
 * `widths`: the columns' widths in characters; rows of three or more filled cells are a bordered table
 * whose cells wrap, each row as tall as its longest cell needs (LibreOffice keeps the height given),
 * its cells at the top (Word's default) or centred (`vertical`), as many offices set them.
 */
export async function planPdf(text: string, widths: number[] = [55, 55], vertical: "top" | "middle" = "top"): Promise<Buffer> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plan-pdf-"));
  try {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("plan", {
      pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      views: [{ showGridLines: false }],
    });
    widths.forEach((width, column) => (sheet.getColumn(column + 1).width = width));
    const thin = { style: "thin" } as const;
    text.split("\n").forEach((line, index) => {
      const cells = line.split("\t");
      const table = cells.filter((c) => c !== "").length >= 3;
      let lines = 1;
      cells.forEach((cell, column) => {
        const target = sheet.getCell(index + 1, column + 1);
        if (cell !== "") target.value = cell;
        target.font = { name: "Liberation Serif", size: 11 };
        if (!table) return;
        target.alignment = { wrapText: true, vertical };
        target.border = { top: thin, bottom: thin, left: thin, right: thin };
        lines = Math.max(lines, Math.ceil((cell.length * 1.15) / (widths[column] ?? 10)));
      });
      if (table) sheet.getRow(index + 1).height = 15 * lines;
    });
    const source = path.join(dir, "plan.xlsx");
    await workbook.xlsx.writeFile(source);
    await run(soffice, ["--headless", "--norestore", `-env:UserInstallation=file://${path.join(dir, "profile")}`, "--convert-to", "pdf", "--outdir", dir, source], {
      env: { ...process.env, HOME: dir },
      timeout: 180_000,
    });
    return await fs.readFile(path.join(dir, "plan.pdf"));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
