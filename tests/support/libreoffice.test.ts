import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { recalculatedSheets, parseCsv } from "./libreoffice";

describe("LibreOffice test helper", () => {
  it("recalculates formulas written without cached results, per Vietnamese sheet name", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lo-test-"));
    const file = path.join(dir, "calc.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.getCell("A1").value = 20;
    ws.getCell("A2").value = 22;
    ws.getCell("A3").value = { formula: "A1+A2" };
    wb.addWorksheet("Đơn vị").getCell("B1").value = { formula: "'Kế hoạch'!A3*2" };
    await wb.xlsx.writeFile(file);

    const sheets = await recalculatedSheets(file, ["Kế hoạch", "Đơn vị"]);
    expect(sheets["Kế hoạch"][2][0]).toBe("42");
    expect(sheets["Đơn vị"][0][1]).toBe("84");
    await fs.rm(dir, { recursive: true, force: true });
  });

  // Under `npm test` the global setup names the run's LibreOffice folder; under another config
  // each conversion starts its own LibreOffice and there is nothing of this to check.
  const runFolder = process.env.PLAN_TRACKER_LIBREOFFICE;
  (runFolder ? it : it.skip)("hands every conversion of a worker to one LibreOffice, which stays open between them", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lo-test-"));
    const workerFolder = path.join(runFolder!, `worker-${process.env.JEST_WORKER_ID ?? "0"}`);
    const pidAfter = async (value: number) => {
      const file = path.join(dir, `n${value}.xlsx`);
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Số").getCell("A1").value = { formula: `${value}*2` };
      await wb.xlsx.writeFile(file);
      expect((await recalculatedSheets(file, ["Số"]))["Số"][0][0]).toBe(String(value * 2));
      expect(existsSync(path.join(workerFolder, "ready"))).toBe(true);
      const pid = Number(readFileSync(path.join(workerFolder, "pid"), "utf8"));
      expect(() => process.kill(-pid, 0)).not.toThrow();
      return pid;
    };
    const first = await pidAfter(21);
    expect(await pidAfter(50)).toBe(first);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("reads quoted CSV fields with commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b,c","d ""e""","f\ng"\n1,2,3,4\n')).toEqual([
      ["a", "b,c", 'd "e"', "f\ng"],
      ["1", "2", "3", "4"],
    ]);
  });
});
