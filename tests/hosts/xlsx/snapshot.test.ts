import ExcelJS from "exceljs";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { toExcelSerial } from "../../../src/domain/calendar-date";
import type { IsoDate } from "../../../src/domain/types";
import { date, formula, num, text } from "./support/sample-change";

/** A file as Excel would leave it: cached formula results, rich text, an external link, merges. */
async function excelLikeFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị");
  ws.getCell("A1").value = { formula: "1+1", result: 2 };
  ws.getCell("B1").value = { formula: "A1*3" };
  ws.getCell("C1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("D1").value = { formula: "TODAY()", result: new Date(Date.UTC(2020, 0, 15)) };
  ws.getCell("A2").value = { richText: [{ text: "Chi bộ " }, { text: "Văn phòng", font: { bold: true } }] };
  ws.getCell("B2").value = { text: "Cổng thông tin", hyperlink: "https://example.org" };
  ws.getCell("C2").value = "Gộp";
  ws.mergeCells("C2:D3");
  ws.getCell("E4").value = true;
  wb.addWorksheet("Ẩn").state = "hidden";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("XlsxHost.snapshot reports values as Excel's Range.values would", () => {
  it("gives dates as Excel serial numbers, whatever the machine's time zone", async () => {
    const host = XlsxHost.create();
    await host.apply({ ops: [{ op: "addSheet", sheet: { name: "Kế hoạch", cells: [{ at: "A1", rows: [[date("2019-12-20"), date("1900-03-01"), num(7)]] }] } }] });
    const reopened = await XlsxHost.fromBuffer(await host.toBuffer(), "x.xlsx");
    if (!reopened.ok) throw new Error("not opened");
    for (const h of [host, reopened.value]) {
      const read = (await h.snapshot([{ sheet: "Kế hoạch" }])).ranges[0];
      expect(read.values).toEqual([[43819, 61, 7]]);
      expect(read.values[0][0]).toBe(toExcelSerial("2019-12-20" as IsoDate));
    }
  });

  it("gives cached formula results, null without one, errors as text, plain text of rich text and links", async () => {
    const opened = await XlsxHost.fromBuffer(await excelLikeFile(), "excel.xlsx");
    if (!opened.ok) throw new Error("not opened");
    const snapshot = await opened.value.snapshot([{ sheet: "Đơn vị", formulas: true }]);
    const read = snapshot.ranges[0];
    expect(read.address).toBe("A1:E4");
    expect(read.values).toEqual([
      [2, null, "#DIV/0!", 43845, ""],
      ["Chi bộ Văn phòng", "Cổng thông tin", "Gộp", "", ""],
      ["", "", "", "", ""],
      ["", "", "", "", true],
    ]);
    expect(read.formulas?.[0]).toEqual(["=1+1", "=A1*3", "=1/0", "=TODAY()", ""]);
    expect(read.formulas?.[1][0]).toBe("Chi bộ Văn phòng");
  });

  it("lists sheets in tab order with their visibility, and reports a missing sheet as not found", async () => {
    const opened = await XlsxHost.fromBuffer(await excelLikeFile(), "excel.xlsx");
    if (!opened.ok) throw new Error("not opened");
    const snapshot = await opened.value.snapshot([{ sheet: "đơn VỊ", range: "A1:B1" }, { sheet: "Đã xoá" }]);
    expect(snapshot.sheets).toEqual([
      { name: "Đơn vị", visibility: "visible", position: 0 },
      { name: "Ẩn", visibility: "hidden", position: 1 },
    ]);
    expect(snapshot.ranges[0]).toMatchObject({ found: true, address: "A1:B1", values: [[2, null]] });
    expect(snapshot.ranges[1]).toEqual({ request: { sheet: "Đã xoá" }, found: false, address: null, values: [] });
  });

  it("reads an empty sheet as A1 holding an empty string, and creates nothing while reading", async () => {
    const host = XlsxHost.create();
    await host.apply({ ops: [{ op: "addSheet", sheet: { name: "Trống" } }] });
    expect((await host.snapshot([{ sheet: "Trống" }])).ranges[0]).toMatchObject({ address: "A1", values: [[""]] });
    await host.snapshot([{ sheet: "Trống", range: "C3:D900" }]);
    expect((await host.snapshot([{ sheet: "Trống" }])).ranges[0].address).toBe("A1");
  });

  it("reads a formula written by the host as null until a spreadsheet computes it", async () => {
    const host = XlsxHost.create();
    await host.apply({ ops: [{ op: "addSheet", sheet: { name: "S", cells: [{ at: "A1", rows: [[num(1), formula("=A1+1"), text("=A1+1")]] }] } }] });
    const read = (await host.snapshot([{ sheet: "S", formulas: true }])).ranges[0];
    expect(read.values).toEqual([[1, null, "=A1+1"]]);
    expect(read.formulas).toEqual([[1, "=A1+1", "=A1+1"]]);
  });

  it("blanks the cells a read skips (columns below a row), values and formulas, as the Office.js host leaves them out", async () => {
    const host = XlsxHost.create();
    const rows = [1, 2, 3, 4].map((r) => [text(`A${r}`), text(`B${r}`), formula(`=A${r}`), num(r)]);
    await host.apply({ ops: [{ op: "addSheet", sheet: { name: "S", cells: [{ at: "A1", rows }] } }] });
    const read = (await host.snapshot([{ sheet: "S", formulas: true, skip: { belowRow: 2, columns: [2, 3] } }])).ranges[0];
    expect(read.address).toBe("A1:D4");
    expect(read.values).toEqual([
      ["A1", "B1", null, 1],
      ["A2", "B2", null, 2],
      ["A3", "", "", 3],
      ["A4", "", "", 4],
    ]);
    expect(read.formulas?.[3]).toEqual(["A4", "", "", 4]);
  });
});
