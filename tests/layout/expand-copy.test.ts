import { expandCopy } from "../../src/layout/expand-copy";
import type { SheetCopy, SheetSpec } from "../../src/layout/sheet-spec";

const t = (text: string) => ({ kind: "text" as const, text });

const template: SheetSpec = {
  name: "Mẫu",
  cells: [{ at: "A1", rows: [[t("(tên)")], [t("Mã NV")]] }],
  styles: [{ range: "A2", style: { font: { bold: true } } }],
  validations: [{ range: "B3:B9", rule: { kind: "list", items: ["Có", "Không"] } }],
  conditionalFormats: [{ range: "A3:E9", formula: '=$E3="Quá hạn"', style: { fill: "#FFC7CE" } }],
  tables: [
    { name: "tblMau", range: "A2:E9" },
    { name: "tblMau2", range: "G2:H9" },
  ],
  freeze: { rows: 2, columns: 0 },
  tabColor: "#FF0000",
  protection: { allowSort: true, allowAutoFilter: true, allowFormatColumns: false, allowFormatRows: false, allowInsertRows: false },
};

const copy = (content: SheetCopy["content"], tableNames = ["tblDV001", "tblDV001b"]): SheetCopy => ({ template: "Mẫu", name: "Chi bộ A", tableNames, content });

describe("expandCopy: a template copy as a complete sheet", () => {
  it("renames the template's tables in order and takes the copy's name", () => {
    const sheet = expandCopy(template, copy({}));
    expect(sheet.name).toBe("Chi bộ A");
    expect(sheet.tables).toEqual([
      { name: "tblDV001", range: "A2:E9" },
      { name: "tblDV001b", range: "G2:H9" },
    ]);
  });

  it("writes the copy's own cells after the template's, so they win where they overlap", () => {
    const sheet = expandCopy(template, copy({ cells: [{ at: "A1", rows: [[t("Chi bộ A")]] }], styles: [{ range: "A1", style: { font: { italic: true } } }] }));
    expect(sheet.cells).toEqual([template.cells![0], { at: "A1", rows: [[t("Chi bộ A")]] }]);
    expect(sheet.styles).toHaveLength(2);
    expect(sheet.validations).toEqual(template.validations);
  });

  it("lets the copy replace what a patch replaces: conditional formats, freeze, tab colour, protection", () => {
    const sheet = expandCopy(template, copy({ conditionalFormats: [], tabColor: null, protection: null, freeze: { rows: 3, columns: 1 } }));
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.tabColor).toBeNull();
    expect(sheet.protection).toBeNull();
    expect(sheet.freeze).toEqual({ rows: 3, columns: 1 });
  });

  it("keeps the template's settings the copy does not mention", () => {
    const sheet = expandCopy(template, copy({}));
    expect(sheet.conditionalFormats).toBe(template.conditionalFormats);
    expect(sheet.tabColor).toBe("#FF0000");
    expect(sheet.protection).toBe(template.protection);
    expect(sheet.merges).toBeUndefined();
  });

  it("adds the copy's own tables after the renamed template tables", () => {
    const sheet = expandCopy(template, copy({ tables: [{ name: "tblThem", range: "J2:K3" }] }));
    expect(sheet.tables?.map((table) => table.name)).toEqual(["tblDV001", "tblDV001b", "tblThem"]);
  });

  it("refuses a copy that names fewer tables than the template holds", () => {
    expect(() => expandCopy(template, copy({}, ["tblDV001"]))).toThrow(/names 1 tables/);
  });

  it("does not change the template", () => {
    const before = JSON.stringify(template);
    expandCopy(template, copy({ cells: [{ at: "A1", rows: [[t("x")]] }] }));
    expect(JSON.stringify(template)).toBe(before);
  });
});
