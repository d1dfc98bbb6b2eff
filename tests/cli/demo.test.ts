/**
 * `npm run demo`, the README's first command: the CLI compiled, the demo tracker and the December
 * 2019 report written, each printed to PDF by LibreOffice.
 *
 * @slow
 */
import { execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { isValidSheetName, sheetNameKey } from "../../src/layout/excel-rules";
import { pdfText } from "../support/libreoffice";

const root = path.join(__dirname, "../..");
const outDir = path.join(root, "out", "demo");
const xlsx = path.join(outDir, "so-theo-doi-13-KH-DUK.xlsx");
const pdf = path.join(outDir, "so-theo-doi-13-KH-DUK.pdf");

describe("npm run demo", () => {
  beforeAll(() => {
    // What `npm run demo` does: compile the CLI, then write the tracker and its PDF.
    execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root });
    execFileSync(process.execPath, [path.join(root, "scripts/demo.js")], { cwd: root, stdio: "pipe" });
  }, 300_000);

  it("writes a tracker with one validly named sheet per unit, full names in their title cells, text in NFC", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names.every(isValidSheetName)).toBe(true);
    expect(new Set(names.map(sheetNameKey)).size).toBe(names.length);
    const units = (await fs.readFile(path.join(root, "examples/units-binh-phuoc.csv"), "utf8")).split("\n").slice(1).filter(Boolean);
    const titles = workbook.worksheets.map((ws) => String(ws.getCell("A1").value ?? ""));
    for (const line of units) {
      const name = line.includes('"') ? line.split('"')[1] : line.split(",")[1];
      expect(titles).toContain(name.normalize("NFC"));
    }
    for (const title of titles) expect(title).toBe(title.normalize("NFC"));
  });

  it("renders to a PDF in which the units, their reports and statuses read in Vietnamese", async () => {
    expect(existsSync(pdf)).toBe(true);
    const text = await pdfText(pdf);
    expect(text).toContain("Chi bộ Ngân hàng Nhà nước Việt Nam, Chi nhánh tỉnh Bình Phước");
    expect(text).toContain("Hoàn thành quá hạn");
    expect(text).toContain("TỔNG QUAN TIẾN ĐỘ THỰC HIỆN");
    expect(text).toContain("23/12/2019");
  });

  it("writes the December 2019 report to send, and its PDF", async () => {
    const text = (await pdfText(path.join(outDir, "bao-cao-thang-12-2019.pdf"))).replace(/\s+/g, " ");
    expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(text).toContain("Số 1-BC/ĐUK");
    expect(text).toContain("Kết quả thực hiện Kế hoạch số 13-KH/ĐUK ngày 02/12/2019, tháng 12 năm 2019");
    expect(text).toContain("Có 8/12 đơn vị đã báo cáo kết quả thực hiện");
  });
});
