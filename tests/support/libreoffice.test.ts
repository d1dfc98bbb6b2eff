import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
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

  it("reads quoted CSV fields with commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b,c","d ""e""","f\ng"\n1,2,3,4\n')).toEqual([
      ["a", "b,c", 'd "e"', "f\ng"],
      ["1", "2", "3", "4"],
    ]);
  });
});
