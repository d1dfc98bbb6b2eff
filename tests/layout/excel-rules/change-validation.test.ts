import { validateChange, type WorkbookState } from "../../../src/layout/excel-rules";
import type { SheetSpec, WorkbookChange } from "../../../src/layout/sheet-spec";

const text = (value: string) => ({ kind: "text" as const, text: value });
const keys = (change: WorkbookChange, state: WorkbookState) => validateChange(change, state).map((p) => p.key);

/** What the Office.js host reads: names, visibility and table names; it copies any sheet itself. */
const inExcel: WorkbookState = {
  sheets: [
    { name: "Đơn vị", visibility: "visible", tables: [{ name: "tblDonVi" }] },
    { name: "_meta", visibility: "veryHidden", tables: [] },
  ],
};

const unitsSpec: SheetSpec = { name: "Đơn vị", cells: [{ at: "A1", rows: [[text("Mã ĐV"), text("Tên")]] }], tables: [{ name: "tblDonVi", range: "A1:B2" }] };

/** What the file host knows: table ranges too, and the specs it expands copies from. */
const inFile: WorkbookState = {
  sheets: [
    { name: "Đơn vị", visibility: "visible", tables: [{ name: "tblDonVi", range: { top: 1, left: 1, bottom: 2, right: 2 } }] },
    { name: "_meta", visibility: "veryHidden", tables: [] },
  ],
  templates: new Map([["Đơn vị", unitsSpec]]),
};

describe("validateChange", () => {
  test("accepts a change that keeps Excel's rules", () => {
    const change: WorkbookChange = {
      ops: [
        { op: "addSheet", sheet: { name: "Kế hoạch", cells: [{ at: "A1", rows: [[text("x")]] }] } },
        { op: "renameSheet", from: "đơn vị", to: "ĐƠN VỊ" },
        { op: "orderSheets", names: ["Kế hoạch", "ĐƠN VỊ"] },
        { op: "defineNames", names: [{ name: "HanBaoCao", refersTo: "='Kế hoạch'!$B$2" }] },
        { op: "activateSheet", name: "kế hoạch" },
      ],
    };
    expect(validateChange(change, inExcel)).toEqual([]);
    expect(validateChange(change, inFile)).toEqual([]);
  });

  test("refuses a sheet name Excel refuses, with the rule it breaks", () => {
    expect(validateChange({ ops: [{ op: "addSheet", sheet: { name: "a/b" } }] }, inExcel)).toEqual([
      { key: "excel.sheetName.forbiddenChar", params: { name: "a/b", char: "/" }, at: { sheet: "a/b" } },
    ]);
  });

  test("finds a sheet and a taken name whatever the case or the accents' encoding", () => {
    const nfd = "ĐƠN VỊ".normalize("NFD");
    expect(keys({ ops: [{ op: "patchSheet", name: nfd, content: {} }] }, inExcel)).toEqual([]);
    expect(validateChange({ ops: [{ op: "addSheet", sheet: { name: nfd } }] }, inExcel)).toEqual([
      { key: "excel.sheetName.duplicate", params: { name: "Đơn vị" }, at: { sheet: nfd } },
    ]);
  });

  test("lets a name freed earlier in the change be taken again, and a sheet keep its own name", () => {
    const change: WorkbookChange = {
      ops: [
        { op: "renameSheet", from: "Đơn vị", to: "Đơn vị cũ" },
        { op: "addSheet", sheet: { name: "đơn vị" } },
        { op: "renameSheet", from: "_meta", to: "_META" },
      ],
    };
    expect(keys(change, inExcel)).toEqual([]);
  });

  test("refuses ops on missing sheets, also after a rename or a delete in the same change", () => {
    const change: WorkbookChange = {
      ops: [
        { op: "renameSheet", from: "Đơn vị", to: "DS" },
        { op: "patchSheet", name: "Đơn vị", content: {} },
        { op: "deleteSheet", name: "DS" },
        { op: "activateSheet", name: "DS" },
        { op: "defineNames", names: [{ name: "X", refersTo: "=DS!$A$1" }] },
      ],
      dropTemplates: ["_mẫu"],
    };
    expect(keys(change, inExcel)).toEqual(["excel.sheet.missing", "excel.sheet.lastVisible", "excel.sheet.missing"]);
    const afterAdd: WorkbookChange = { ops: [{ op: "addSheet", sheet: { name: "Mới" } }, ...change.ops], dropTemplates: change.dropTemplates };
    expect(keys(afterAdd, inExcel)).toEqual(["excel.sheet.missing", "excel.sheet.missing", "excel.sheet.missing", "excel.sheet.missing"]);
  });

  test("keeps one visible sheet and activates only a visible one", () => {
    expect(keys({ ops: [{ op: "patchSheet", name: "Đơn vị", content: { visibility: "hidden" } }] }, inExcel)).toEqual(["excel.sheet.lastVisible"]);
    expect(keys({ ops: [{ op: "activateSheet", name: "_meta" }] }, inExcel)).toEqual(["excel.sheet.activateHidden"]);
  });

  test("a table name belongs to one sheet of the workbook, and moves with its sheet", () => {
    const elsewhere: WorkbookChange = { ops: [{ op: "addSheet", sheet: { name: "Mới", tables: [{ name: "TBLDONVI", range: "A1:B2" }] } }] };
    expect(keys(elsewhere, inExcel)).toEqual(["excel.table.nameDuplicate"]);
    const again: WorkbookChange = { ops: [{ op: "renameSheet", from: "Đơn vị", to: "DS" }, { op: "patchSheet", name: "DS", content: { tables: [{ name: "tblDonVi", range: "A1:B9" }] } }] };
    expect(keys(again, inExcel)).toEqual([]);
    const freed: WorkbookChange = { ops: [{ op: "addSheet", sheet: { name: "Mới" } }, { op: "deleteSheet", name: "Đơn vị" }, { op: "patchSheet", name: "Mới", content: { tables: [{ name: "tblDonVi", range: "A1:B2" }] } }] };
    expect(keys(freed, inExcel)).toEqual([]);
  });

  test("finds overlapping tables where the host knows where the tables are", () => {
    const overlap: WorkbookChange = { ops: [{ op: "patchSheet", name: "Đơn vị", content: { tables: [{ name: "tblKhac", range: "B2:C3" }] } }] };
    expect(keys(overlap, inFile)).toEqual(["excel.table.overlap"]);
    expect(keys(overlap, inExcel)).toEqual([]);
  });

  test("refuses a drop-down list Excel would split at a comma or cut at 255 characters", () => {
    const list = (items: string[]): WorkbookChange => ({ ops: [{ op: "patchSheet", name: "Đơn vị", content: { validations: [{ range: "C2:C9", rule: { kind: "list", items } }] } }] });
    expect(validateChange(list(["Có, đạt", "Không"]), inExcel)).toEqual([{ key: "excel.list.itemComma", params: { item: "Có, đạt" }, at: { sheet: "Đơn vị", cell: "C2:C9" } }]);
    expect(keys(list(Array.from({ length: 30 }, (_, i) => `Mục số ${i}`)), inFile)).toEqual(["excel.list.tooLong"]);
  });

  test("holds a spec to its contract: cell addresses, even blocks, merges apart", () => {
    const change: WorkbookChange = {
      ops: [
        {
          op: "patchSheet",
          name: "Đơn vị",
          content: {
            cells: [{ at: "A0", rows: [[text("x")]] }, { at: "D1", rows: [[text("x"), text("y")], [text("z")]] }],
            styles: [{ range: "C:C", style: { wrap: true } }],
            merges: ["A1:B2", "B2:C3"],
          },
        },
      ],
    };
    expect(keys(change, inExcel)).toEqual(["excel.range.invalid", "excel.cells.ragged", "excel.range.invalid", "excel.merge.overlap"]);
  });

  test("a copy needs its template: any sheet in Excel, a known spec in a file", () => {
    const copy = (template: string, tableNames: string[]): WorkbookChange => ({ ops: [{ op: "copySheet", copy: { template, name: "DV001", tableNames, content: {} } }] });
    expect(keys(copy("Đơn vị", ["tblDV001"]), inExcel)).toEqual([]);
    expect(keys(copy("Đơn vị", ["tblDV001"]), inFile)).toEqual([]);
    expect(keys(copy("_meta", []), inExcel)).toEqual([]);
    expect(keys(copy("_meta", []), inFile)).toEqual(["excel.template.unknown"]);
    expect(keys(copy("Không có", []), inExcel)).toEqual(["excel.sheet.missing"]);
    expect(keys(copy("Đơn vị", []), inExcel)).toEqual(["excel.template.tableNames"]);
    expect(keys(copy("Đơn vị", ["tblDonVi"]), inExcel)).toEqual(["excel.table.nameDuplicate"]);
  });
});
