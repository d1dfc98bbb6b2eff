/**
 * ExcelHost.apply through the real office.js client into the emulated Excel, checked in the
 * emulator's workbook model: every SheetContent field, text safety, copies, protection, and
 * refusing a bad change before anything is written.
 */
import { ExcelHost, ExcelHostError } from "../../../src/hosts/excel";
import type { IsoDate } from "../../../src/domain";
import type { SheetSpec, WorkbookChange } from "../../../src/layout";
import { createEmulatedExcel, type EmulatedExcel } from "../../support/excel-emulator";

let excel: EmulatedExcel;
let host: ExcelHost;

beforeEach(() => {
  excel = createEmulatedExcel();
  host = new ExcelHost(excel.run);
});

afterEach(() => excel.dispose());

const date = (iso: string) => iso as IsoDate;

const FULL_SHEET: SheetSpec = {
  name: "Kế hoạch",
  cells: [
    {
      at: "A1",
      rows: [
        [{ kind: "text", text: "Mã NV" }, { kind: "text", text: "Hạn hoàn thành" }, { kind: "text", text: "Số" }, { kind: "text", text: "Xong" }],
        [{ kind: "text", text: "NV01" }, { kind: "date", date: date("2019-12-20") }, { kind: "number", value: 12 }, { kind: "bool", value: true }],
        [{ kind: "text", text: "NV02" }, { kind: "blank" }, { kind: "formula", formula: "=C2*2" }, { kind: "bool", value: false }],
      ],
    },
  ],
  styles: [
    {
      range: "A1:D1",
      style: {
        font: { name: "Times New Roman", size: 13, bold: true, italic: true, underline: true, color: "#1F3864" },
        fill: "#D9E1F2",
        horizontal: "center",
        vertical: "center",
        wrap: true,
        indent: 1,
        borders: [{ edges: "all", style: "thin", color: "#808080" }],
      },
    },
    { range: "C2:C3", style: { numberFormat: "#,##0", locked: false } },
  ],
  columns: [{ index: 1, width: 10 }, { index: 5, hidden: true }],
  rows: [{ index: 1, height: 30 }, { index: 9, hidden: true }],
  merges: ["F1:H1"],
  validations: [
    { range: "D2:D3", rule: { kind: "list", items: ["Chưa thực hiện", "Hoàn thành"] }, allowBlank: true, prompt: { title: "Trạng thái", message: "Chọn" }, error: { title: "Sai", message: "Chọn trong danh sách" } },
    { range: "B2:B3", rule: { kind: "date", min: date("2019-01-01") } },
    { range: "C2:C3", rule: { kind: "whole", min: 0 } },
  ],
  conditionalFormats: [
    { range: "A2:D3", formula: '=$D2="Quá hạn"', style: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true }, stopIfTrue: true },
    { range: "A2:D3", formula: "=$D2=TRUE", style: { fill: "#C6EFCE", strike: true } },
  ],
  tables: [{ name: "tblNhiemVu", range: "A1:D3", style: "TableStyleLight9", showFilterButton: false }],
  hyperlinks: [{ at: "F3", text: "=Đơn vị", target: { sheet: "Đơn vị", cell: "A1" }, tooltip: "Đến trang Đơn vị" }],
  charts: [{ kind: "barClustered", title: "Tiến độ", dataRange: "C1:C3", categoryRange: "A2:A3", anchor: { from: "F5", to: "L20" } }],
  freeze: { rows: 1, columns: 1 },
  print: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    titleRows: "$1:$1",
    margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    centerHorizontally: true,
    printArea: "A1:D3",
  },
  visibility: "visible",
  tabColor: "#FF0000",
  protection: { allowSort: true, allowAutoFilter: true, allowFormatColumns: false, allowFormatRows: false, allowInsertRows: false },
};

describe("ExcelHost.apply", () => {
  test("writes every SheetContent field into the workbook", async () => {
    await host.apply({ ops: [{ op: "addSheet", sheet: { name: "Đơn vị" } }, { op: "addSheet", sheet: FULL_SHEET }] });
    const wb = excel.workbook;
    const sheet = wb.sheet("Kế hoạch");

    expect(wb.cell("Kế hoạch", "A1").value).toBe("Mã NV");
    expect(wb.cell("Kế hoạch", "B2")).toMatchObject({ value: 43819, numberFormat: "dd/mm/yyyy" });
    expect(wb.cell("Kế hoạch", "C2").value).toBe(12);
    expect(wb.cell("Kế hoạch", "D2").value).toBe(true);
    expect(wb.cell("Kế hoạch", "C3").formula).toBe("=C2*2");
    expect(wb.cell("Kế hoạch", "B3").value).toBe("");

    const header = wb.cell("Kế hoạch", "B1").format;
    expect(header.font).toEqual({ name: "Times New Roman", size: 13, bold: true, italic: true, underline: "Single", color: "#1F3864" });
    expect(header.fill).toBe("#D9E1F2");
    expect(header).toMatchObject({ horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true, indentLevel: 1 });
    expect(header.borders.top).toMatchObject({ style: "Continuous", weight: "Thin", color: "#808080" });
    expect(header.borders.left).toMatchObject({ style: "Continuous" });
    expect(wb.cell("Kế hoạch", "C2")).toMatchObject({ numberFormat: "#,##0", format: { locked: false } });
    expect(wb.cell("Kế hoạch", "A2").format.locked).toBe(true);

    expect(sheet.columnWidths.get(1)).toBeCloseTo((10 * 7 + 5) * 0.75);
    expect(sheet.columnHidden.has(5)).toBe(true);
    expect(sheet.rowHeights.get(1)).toBe(30);
    expect(sheet.rowHidden.has(9)).toBe(true);
    expect(sheet.merges).toEqual([{ top: 1, left: 6, bottom: 1, right: 8 }]);

    expect(sheet.validations.map((v) => v.rule)).toEqual([
      { list: { inCellDropDown: true, source: "Chưa thực hiện,Hoàn thành" } },
      { date: { operator: "Between", formula1: "=DATE(2019,1,1)", formula2: "=DATE(9999,12,31)" } },
      { wholeNumber: { operator: "Between", formula1: 0, formula2: 1e15 } },
    ]);
    expect(sheet.validations[0]).toMatchObject({ ignoreBlanks: true, prompt: { title: "Trạng thái", message: "Chọn" }, errorAlert: { style: "Stop", title: "Sai" } });

    // Priority order as in the spec: the first rule is Excel's top rule.
    expect(sheet.conditionalFormats.map((c) => [c.formula, c.format, c.stopIfTrue])).toEqual([
      ['=$D2="Quá hạn"', { fill: "#FFC7CE", fontColor: "#9C0006", bold: true }, true],
      ["=$D2=TRUE", { fill: "#C6EFCE", strikethrough: true }, false],
    ]);

    expect(wb.tablesOf(sheet)).toEqual([expect.objectContaining({ name: "tblNhiemVu", style: "TableStyleLight9", showFilterButton: false, showHeaders: true })]);
    expect(sheet.hyperlinks.get(2 * 16384 + 5)).toEqual({ documentReference: "'Đơn vị'!A1", screenTip: "Đến trang Đơn vị" });
    expect(wb.cell("Kế hoạch", "F3")).toMatchObject({ value: "=Đơn vị", formula: null });
    expect(sheet.charts).toEqual([expect.objectContaining({ type: "BarClustered", name: "Tiến độ", title: "Tiến độ", categories: ["'Kế hoạch'!A2:A3"], position: { from: "F5", to: "L20" } })]);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 1 });
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
      printArea: "A1:D3",
      centerHorizontally: true,
      topMargin: 54,
      leftMargin: 36,
      headerMargin: 21.6,
    });
    expect(sheet.visibility).toBe("Visible");
    expect(sheet.tabColor).toBe("#FF0000");
    expect(sheet.protection).toEqual({ protected: true, options: { allowSort: true, allowAutoFilter: true, allowFormatColumns: false, allowFormatRows: false, allowInsertRows: false } });
  });

  test("takes one sync to check and one to write a small change", async () => {
    await host.apply({ ops: [{ op: "addSheet", sheet: { name: "Đơn vị" } }, { op: "addSheet", sheet: FULL_SHEET }] });
    expect(excel.stats.syncs).toBe(2);
    expect(host.stats.syncs).toBe(2);
  });

  test.each(["=HYPERLINK(\"http://x\",\"bấm\")", "+84 912 345 678", "-x", "@SUM(A1)", "\tTab", "\rCR", "'quoted", "0123", "TRUE", "20/12/2019", "1,5"])(
    "keeps the text %j as text",
    async (text) => {
      await host.apply({ ops: [{ op: "patchSheet", name: "Sheet1", content: { cells: [{ at: "A1", rows: [[{ kind: "text", text }]] }] } }] });
      expect(excel.workbook.cell("Sheet1", "A1")).toMatchObject({ value: text, formula: null });
    },
  );

  test("copies a template per unit with its own cells and table names, then drops the template", async () => {
    const template: SheetSpec = {
      name: "_mẫu",
      cells: [{ at: "A1", rows: [[{ kind: "text", text: "Tên đơn vị" }], [{ kind: "formula", formula: "='Kế hoạch'!A2" }]] }],
      tables: [{ name: "tblMau", range: "A2:A3" }],
      protection: { allowSort: true, allowAutoFilter: true, allowFormatColumns: false, allowFormatRows: false, allowInsertRows: false },
    };
    const change: WorkbookChange = {
      ops: [
        { op: "addSheet", sheet: template },
        ...["DV001", "DV002"].map((code) => ({
          op: "copySheet" as const,
          copy: { template: "_mẫu", name: code, tableNames: [`tbl${code}`], content: { cells: [{ at: "A1", rows: [[{ kind: "text" as const, text: `Chi bộ ${code}` }]] }] } },
        })),
      ],
      dropTemplates: ["_mẫu"],
    };
    await host.apply(change);
    const wb = excel.workbook;
    expect(wb.sheetNames()).toEqual(["Sheet1", "DV001", "DV002"]);
    expect(wb.cell("DV002", "A1").value).toBe("Chi bộ DV002");
    expect(wb.cell("DV002", "A2").formula).toBe("='Kế hoạch'!A2");
    expect(wb.tables.map((t) => t.name)).toEqual(["tblDV001", "tblDV002"]);
    // The copies stay protected like their template, though their cells were written.
    expect(wb.sheet("DV001").protection.protected).toBe(true);
    expect(wb.sheet("DV002").protection.options).toMatchObject({ allowSort: true, allowAutoFilter: true, allowInsertRows: false });
  });

  test("protects each copy of a protected template once, after its cells, without unprotecting it first", async () => {
    const recorded = createEmulatedExcel({ recordRequests: true });
    try {
      const template: SheetSpec = {
        name: "_mẫu",
        cells: [{ at: "A1", rows: [[{ kind: "text", text: "Tên đơn vị" }]] }],
        protection: { allowSort: true, allowAutoFilter: true, allowFormatColumns: false, allowFormatRows: false, allowInsertRows: false },
      };
      const copies = ["DV001", "DV002", "DV003"];
      await new ExcelHost(recorded.run).apply({
        ops: [
          { op: "addSheet", sheet: template },
          ...copies.map((code) => ({
            op: "copySheet" as const,
            copy: { template: "_mẫu", name: code, tableNames: [], content: { cells: [{ at: "A1", rows: [[{ kind: "text" as const, text: `Chi bộ ${code}` }]] }] } },
          })),
        ],
        dropTemplates: ["_mẫu"],
      });
      const actions = recorded.requests.flatMap((body) => (JSON.parse(body) as { Actions?: { Name?: string }[] }).Actions ?? []);
      expect(actions.filter((a) => a.Name === "Unprotect")).toHaveLength(0);
      expect(actions.filter((a) => a.Name === "Protect")).toHaveLength(copies.length);
      expect(copies.map((code) => recorded.workbook.sheet(code).protection.protected)).toEqual([true, true, true]);
    } finally {
      recorded.dispose();
    }
  });

  test("rewrites a sheet a user left protected and protects it again", async () => {
    excel.workbook.seed([{ name: "DV001", cells: { A1: "cũ" }, protected: true }]);
    await host.apply({ ops: [{ op: "patchSheet", name: "DV001", content: { cells: [{ at: "A1", rows: [[{ kind: "text", text: "mới" }]] }] } }] });
    expect(excel.workbook.cell("DV001", "A1").value).toBe("mới");
    expect(excel.workbook.sheet("DV001").protection.protected).toBe(true);
  });


  test("unprotects each protected sheet once, at the head of the batch, and protects it once after its last patch", async () => {
    const recorded = createEmulatedExcel({ recordRequests: true });
    try {
      recorded.workbook.seed([{ name: "DV001", cells: { A1: "cũ" }, protected: true }, { name: "DV002", protected: true }]);
      const options = { allowSort: true, allowAutoFilter: true, allowFormatColumns: false, allowFormatRows: false, allowInsertRows: false };
      const text = (value: string) => [[{ kind: "text" as const, text: value }]];
      await new ExcelHost(recorded.run).apply({
        ops: [
          // A new row, then its code last (as a rebuild writes them), then another sheet.
          { op: "patchSheet", name: "DV001", content: { cells: [{ at: "B2", rows: text("nội dung") }], protection: options } },
          { op: "patchSheet", name: "DV001", content: { cells: [{ at: "A2", rows: text("NV02") }] } },
          { op: "patchSheet", name: "DV002", content: { cells: [{ at: "A1", rows: text("mới") }] } },
        ],
      });
      const actions = recorded.requests.flatMap((body) => (JSON.parse(body) as { Actions?: { Name?: string }[] }).Actions ?? []);
      // The probe's unprotect, before any write; the protect after the sheet's last patch.
      const names = actions.map((a) => a.Name);
      expect(names.filter((n) => n === "Unprotect")).toHaveLength(2);
      expect(names.filter((n) => n === "Protect")).toHaveLength(2);
      expect(names.lastIndexOf("Unprotect")).toBeLessThan(names.indexOf("Formulas"));
      expect([recorded.workbook.cell("DV001", "A2").value, recorded.workbook.cell("DV001", "B2").value]).toEqual(["NV02", "nội dung"]);
      expect(recorded.workbook.sheet("DV001").protection).toEqual({ protected: true, options });
      expect(recorded.workbook.sheet("DV002").protection.protected).toBe(true);
    } finally {
      recorded.dispose();
    }
  });
  test("removes protection when the spec says null", async () => {
    excel.workbook.seed([{ name: "DV001", protected: true }]);
    await host.apply({ ops: [{ op: "patchSheet", name: "DV001", content: { protection: null } }] });
    expect(excel.workbook.sheet("DV001").protection.protected).toBe(false);
  });

  test("renames, orders, hides, activates, deletes sheets and defines names", async () => {
    excel.workbook.seed([{ name: "A" }, { name: "B" }, { name: "C" }, { name: "_meta" }]);
    await host.apply({
      ops: [
        { op: "renameSheet", from: "A", to: "Tổng quan" },
        { op: "orderSheets", names: ["C", "Tổng quan"] },
        { op: "patchSheet", name: "_meta", content: { visibility: "veryHidden" } },
        { op: "activateSheet", name: "C" },
        { op: "deleteSheet", name: "B" },
        { op: "defineNames", names: [{ name: "HanBaoCao", refersTo: "='Tổng quan'!$B$2" }] },
      ],
    });
    const wb = excel.workbook;
    expect(wb.sheetNames()).toEqual(["C", "Tổng quan", "_meta"]);
    expect(wb.sheet("_meta").visibility).toBe("VeryHidden");
    expect(wb.activeSheetId).toBe(wb.sheet("C").id);
    expect(wb.names).toEqual([expect.objectContaining({ name: "HanBaoCao", formula: "='Tổng quan'!$B$2" })]);
  });

  test("replaces a defined name on a second run instead of failing", async () => {
    const change: WorkbookChange = { ops: [{ op: "defineNames", names: [{ name: "Ky", refersTo: "=Sheet1!$A$1" }] }] };
    await host.apply(change);
    await host.apply({ ops: [{ op: "defineNames", names: [{ name: "Ky", refersTo: "=Sheet1!$B$1" }] }] });
    expect(excel.workbook.names.map((n) => n.formula)).toEqual(["=Sheet1!$B$1"]);
  });

  test("deletes a very hidden sheet, which Excel refuses to delete as it is, by hiding it first", async () => {
    excel.workbook.seed([{ name: "Kế hoạch" }, { name: "_meta", visibility: "VeryHidden" }, { name: "_cu", visibility: "Visible" }]);
    await host.apply({
      ops: [
        { op: "deleteSheet", name: "_meta" },
        { op: "patchSheet", name: "_cu", content: { visibility: "veryHidden" } },
        { op: "deleteSheet", name: "_cu" },
      ],
    });
    expect(excel.workbook.sheetNames()).toEqual(["Kế hoạch"]);
  });

  test("leaves a name that already refers where it should alone, and points a moved one at its new cells", async () => {
    const recorded = createEmulatedExcel({ recordRequests: true });
    try {
      recorded.workbook.seed([{ name: "Sheet1", cells: { A1: 1, B1: 2 } }]);
      const host = new ExcelHost(recorded.run);
      await host.apply({ ops: [{ op: "defineNames", names: [{ name: "Ky", refersTo: "=Sheet1!$A$1" }, { name: "Han", refersTo: "=Sheet1!$A$1" }] }] });
      recorded.requests.length = 0;
      await host.apply({ ops: [{ op: "defineNames", names: [{ name: "Ky", refersTo: "=Sheet1!$A$1" }, { name: "Han", refersTo: "=Sheet1!$B$1" }] }] });
      const actions = recorded.requests.flatMap((body) => (JSON.parse(body) as { Actions?: { Name?: string }[] }).Actions ?? []).map((a) => a.Name);
      expect(actions.filter((n) => n === "Delete" || n === "Add")).toEqual([]);
      expect(actions.filter((n) => n === "Formula")).toHaveLength(1);
      expect(recorded.workbook.names.map((n) => [n.name, n.formula])).toEqual([
        ["Ky", "=Sheet1!$A$1"],
        ["Han", "=Sheet1!$B$1"],
      ]);
    } finally {
      recorded.dispose();
    }
  });

  test("moves only the sheets that are out of place, to the same order as moving every one", async () => {
    const recorded = createEmulatedExcel({ recordRequests: true });
    try {
      recorded.workbook.seed(["Kế hoạch", "Đơn vị", "Tổng quan", "DV001", "DV002", "DV003", "Ghi chép"].map((name) => ({ name })));
      await new ExcelHost(recorded.run).apply({
        ops: [
          { op: "addSheet", sheet: { name: "DV004" } },
          { op: "deleteSheet", name: "Tổng quan" },
          { op: "addSheet", sheet: { name: "Tổng quan" } },
          { op: "orderSheets", names: ["Kế hoạch", "Đơn vị", "Tổng quan", "DV001", "DV002", "DV003", "DV004"] },
        ],
      });
      expect(recorded.workbook.sheetNames()).toEqual(["Kế hoạch", "Đơn vị", "Tổng quan", "DV001", "DV002", "DV003", "DV004", "Ghi chép"]);
      const actions = recorded.requests.flatMap((body) => (JSON.parse(body) as { Actions?: { Name?: string }[] }).Actions ?? []);
      // Tổng quan back to third place, DV004 before the user's own sheet: two moves, not seven.
      expect(actions.filter((a) => a.Name === "Position")).toHaveLength(2);
    } finally {
      recorded.dispose();
    }
  });

  test("refuses a change with an invalid or taken sheet name before writing anything", async () => {
    const change: WorkbookChange = {
      ops: [
        { op: "patchSheet", name: "Sheet1", content: { cells: [{ at: "A1", rows: [[{ kind: "text", text: "không được ghi" }]] }] } },
        { op: "addSheet", sheet: { name: "a/b" } },
        { op: "addSheet", sheet: { name: "SHEET1" } },
        { op: "patchSheet", name: "Không có", content: {} },
      ],
    };
    const error = await host.apply(change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect((error as ExcelHostError).problems.map((p) => p.key)).toEqual(["excel.sheetName.forbiddenChar", "excel.sheetName.duplicate", "excel.sheet.missing"]);
    expect(excel.workbook.cell("Sheet1", "A1").value).toBe("");
    expect(excel.stats.syncs).toBe(1);
  });

  test("refuses a drop-down item with a comma, which Excel would split, before writing", async () => {
    const error = await host
      .apply({ ops: [{ op: "patchSheet", name: "Sheet1", content: { validations: [{ range: "A1:A3", rule: { kind: "list", items: ["Có, đạt", "Không"] } }] } }] })
      .catch((e: unknown) => e);
    expect((error as ExcelHostError).problems).toEqual([{ key: "excel.list.itemComma", params: { item: "Có, đạt" }, at: { sheet: "Sheet1", cell: "A1:A3" } }]);
  });

  test("skips print setup where ExcelApi 1.9 is missing (Excel 2019) and still writes the rest", async () => {
    const excel18 = createEmulatedExcel({ apiVersion: "1.8" });
    try {
      await new ExcelHost(excel18.run).apply({ ops: [{ op: "addSheet", sheet: { name: "Đơn vị" } }, { op: "addSheet", sheet: FULL_SHEET }] });
      const sheet = excel18.workbook.sheet("Kế hoạch");
      expect(sheet.pageLayout.orientation).toBe("Portrait");
      expect(excel18.workbook.cell("Kế hoạch", "B1").format.indentLevel).toBeUndefined();
      expect(excel18.workbook.cell("Kế hoạch", "A1").value).toBe("Mã NV");
    } finally {
      excel18.dispose();
    }
  });
});

describe("ExcelHost.snapshot", () => {
  test("lists sheets and reads used ranges from A1, with formulas when asked", async () => {
    excel.workbook.seed([
      { name: "Kế hoạch", cells: { B2: "NV01", C3: { formula: "=B2&\"!\"", value: "NV01!" } } },
      { name: "_meta", visibility: "VeryHidden", cells: { A1: 1 } },
    ]);
    const snapshot = await host.snapshot([{ sheet: "Kế hoạch", formulas: true }, { sheet: "_meta", range: "A1:B1" }]);
    expect(snapshot.sheets).toEqual([
      { name: "Kế hoạch", visibility: "visible", position: 0, protected: false },
      { name: "_meta", visibility: "veryHidden", position: 1, protected: false },
    ]);
    expect(snapshot.ranges[0]).toMatchObject({
      found: true,
      address: "A1:C3",
      values: [["", "", ""], ["", "NV01", ""], ["", "", "NV01!"]],
      formulas: [["", "", ""], ["", "NV01", ""], ["", "", '=B2&"!"']],
    });
    expect(snapshot.ranges[1]).toMatchObject({ found: true, address: "A1:B1", values: [[1, ""]] });
    expect(excel.stats.syncs).toBe(1);
  });

  test("reports a missing sheet as not found instead of failing", async () => {
    const snapshot = await host.snapshot([{ sheet: "Đã xóa" }]);
    expect(snapshot.ranges).toEqual([{ request: { sheet: "Đã xóa" }, found: false, address: null, values: [] }]);
  });

  test("reports an empty sheet as found with nothing in it", async () => {
    const snapshot = await host.snapshot([{ sheet: "Sheet1" }]);
    expect(snapshot.ranges[0]).toMatchObject({ found: true, address: null, values: [] });
  });
});

describe("ExcelHost.apply after a snapshot", () => {
  const protectedSheet: WorkbookChange = {
    ops: [
      {
        op: "addSheet",
        sheet: {
          name: "DV001",
          cells: [{ at: "A1", rows: [[{ kind: "text", text: "Chi bộ A" }]] }],
          protection: { allowSort: true, allowAutoFilter: true, allowFormatColumns: false, allowFormatRows: false, allowInsertRows: false },
        },
      },
    ],
  };
  const retitle = (title: string): WorkbookChange => ({
    ops: [{ op: "patchSheet", name: "DV001", content: { cells: [{ at: "A1", rows: [[{ kind: "text", text: title }]] }] } }],
  });

  test("writes in one sync when given the snapshot it just took, instead of reading the workbook again", async () => {
    const snapshot = await host.snapshot([{ sheet: "Sheet1" }]);
    excel.resetStats();
    await host.apply(protectedSheet, snapshot);
    expect(excel.stats.syncs).toBe(1);
    expect(excel.workbook.cell("DV001", "A1").value).toBe("Chi bộ A");
  });

  test("reads the workbook again when it wrote after that snapshot (a protected sheet is unprotected first)", async () => {
    const snapshot = await host.snapshot([{ sheet: "Sheet1" }]);
    await host.apply(protectedSheet);
    excel.resetStats();
    await host.apply(retitle("Chi bộ B"), snapshot);
    expect(excel.stats.syncs).toBe(2);
    expect(excel.workbook.cell("DV001", "A1").value).toBe("Chi bộ B");
    expect(excel.workbook.sheet("DV001").protection.protected).toBe(true);
  });

  test("checks the change against the snapshot's state and refuses a name already taken, writing nothing", async () => {
    const snapshot = await host.snapshot([]);
    const clash: WorkbookChange = { ops: [{ op: "addSheet", sheet: { name: "Mới" } }, { op: "addSheet", sheet: { name: "SHEET1" } }] };
    await expect(host.apply(clash, snapshot)).rejects.toBeInstanceOf(ExcelHostError);
    expect(excel.workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  test("keeps no reference to the ranges it writes, so office.js sends no cleanup request after the run", async () => {
    await host.apply({ ops: [{ op: "addSheet", sheet: FULL_SHEET }] });
    expect(excel.stats.cleanups).toBe(0);
  });
});
