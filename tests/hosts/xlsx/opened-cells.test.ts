/**
 * A workbook a user made elsewhere keeps what it had when the host opens it, reads it, changes a
 * few cells and saves it: the host keeps an opened sheet's cells itself (docs/architecture.md,
 * "The file host's cells"), so what exceljs attaches to cells — comments, links, rich text,
 * shared formulas, validations, row and column styles — must come back all the same.
 */
import ExcelJS from "exceljs";
import { openXlsx } from "./support/sample-change";

const SHEET = "Dữ liệu";

/** A user's workbook, as exceljs writes one (Excel's shapes: shared formulas, sheet-less views). */
async function usersWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getColumn(4).style = { font: { italic: true }, numFmt: "0.00" };
  ws.getRow(7).height = 40;
  ws.getCell("A1").value = "Tiêu đề";
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.mergeCells("A1:C1");
  ws.getCell("A2").value = { richText: [{ text: "Đậm ", font: { bold: true } }, { text: "thường" }] };
  ws.getCell("C2").value = { text: "trang web", hyperlink: "https://example.vn/a?b=1&c=2" };
  ws.getCell("C3").value = "có ghi chú";
  ws.getCell("C3").note = "Ghi chú của người dùng";
  for (let r = 4; r <= 8; r++) ws.getCell(`A${r}`).value = r;
  ws.getCell("B4").value = { formula: "A4*2", result: 8, shareType: "shared", ref: "B4:B8" } as ExcelJS.CellValue;
  for (let r = 5; r <= 8; r++) ws.getCell(`B${r}`).value = { sharedFormula: "B4", result: r * 2 } as ExcelJS.CellValue;
  ws.getCell("D4").value = 3.5;
  // A range rule, as Excel writes it (exceljs's typings lack the sheet's validation list).
  (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add("F4:F20", { type: "list", allowBlank: true, formulae: ['"a,b,c"'] });
  ws.getRow(9).font = { color: { argb: "FF0000FF" } };
  ws.getCell("A9").value = "dòng có kiểu";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("an opened workbook of a user's", () => {
  it("reads rich text, links and each cell of a shared formula as Excel reports them", async () => {
    const host = await openXlsx(await usersWorkbook(), "cua-nguoi-dung.xlsx");
    const read = (await host.snapshot([{ sheet: SHEET, range: "A1:D8", formulas: true }])).ranges[0];
    expect(read.values[1][0]).toBe("Đậm thường");
    expect(read.values[1][2]).toBe("trang web");
    expect(read.values[0][1]).toBe("");
    expect(read.formulas?.map((row) => row[1]).slice(3)).toEqual(["=A4*2", "=A5*2", "=A6*2", "=A7*2", "=A8*2"]);
    expect(read.values[3][3]).toBe(3.5);
  });

  it("keeps comments, links, rich text, validations, merges and row and column styles when cells change", async () => {
    const host = await openXlsx(await usersWorkbook(), "cua-nguoi-dung.xlsx");
    // B4 holds the shared formula the cells below it only refer to.
    await host.apply({
      ops: [{ op: "patchSheet", name: SHEET, content: { cells: [{ at: "B4", rows: [[{ kind: "number", value: 1 }]] }, { at: "A10", rows: [[{ kind: "text", text: "mới" }]] }] } }],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.toBuffer()) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell("C3").note).toBe("Ghi chú của người dùng");
    expect(ws.getCell("C2").value).toMatchObject({ text: "trang web", hyperlink: "https://example.vn/a?b=1&c=2" });
    expect(ws.getCell("A2").value).toMatchObject({ richText: [{ text: "Đậm ", font: { bold: true } }, { text: "thường" }] });
    expect(ws.getCell("B4").value).toBe(1);
    expect([5, 6, 7, 8].map((r) => ws.getCell(`B${r}`).formula)).toEqual(["A5*2", "A6*2", "A7*2", "A8*2"]);
    expect(ws.getCell("F12").dataValidation).toMatchObject({ type: "list", formulae: ['"a,b,c"'] });
    expect(Object.keys((ws as unknown as { _merges: object })._merges)).toEqual(["A1"]);
    expect(ws.getColumn(4).style).toMatchObject({ numFmt: "0.00", font: { italic: true } });
    expect(ws.getCell("A9").font).toMatchObject({ color: { argb: "FF0000FF" } });
    expect(ws.getRow(7).height).toBe(40);
    expect(ws.getCell("A10").value).toBe("mới");
  });
});
