/**
 * PDFs of plan texts for the tests, printed by LibreOffice Calc (the only LibreOffice module
 * the test machines install): one visual line per row, a tab splitting a row into a left and
 * a right cell, as the two header columns of a party document sit.
 *
 * Printing takes LibreOffice seconds, so each PDF is kept in tests/fixtures/plans/printed/ under
 * the name the test gives it, beside a fingerprint of what it was printed from (the text, the
 * layout, and this file). A PDF whose fingerprint no longer matches is printed again and, outside
 * CI, kept again — as jest keeps snapshots — so a changed text or layout is never read stale.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice } from "../support/libreoffice";

const PRINTED = path.join(__dirname, "..", "fixtures", "plans", "printed");

/** The PDF of `text` as LibreOffice prints it, kept as `<name>.pdf` (see above); arguments as printPlan's. */
export async function planPdf(name: string, text: string, widths: number[] = [55, 55], vertical: "top" | "middle" = "top"): Promise<Buffer> {
  const fingerprint = createHash("sha256").update(JSON.stringify({ text, widths, vertical, printer: readFileSync(__filename, "utf8") })).digest("hex");
  const pdfFile = path.join(PRINTED, `${name}.pdf`);
  const fingerprintFile = path.join(PRINTED, `${name}.sha256`);
  if (existsSync(pdfFile) && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8").trim() === fingerprint) return fs.readFile(pdfFile);
  const pdf = await printPlan(text, widths, vertical);
  if (!process.env.CI) {
    await fs.mkdir(PRINTED, { recursive: true });
    await fs.writeFile(pdfFile, pdf);
    await fs.writeFile(fingerprintFile, `${fingerprint}\n`);
  }
  return pdf;
}

/**
 * `widths`: the columns' widths in characters; rows of three or more filled cells are a bordered table
 * whose cells wrap, each row as tall as its longest cell needs (LibreOffice keeps the height given),
 * its cells at the top (Word's default) or centred (`vertical`), as many offices set them.
 */
async function printPlan(text: string, widths: number[], vertical: "top" | "middle"): Promise<Buffer> {
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
    await convertWithLibreOffice([source], "pdf", dir);
    return await fs.readFile(path.join(dir, "plan.pdf"));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
