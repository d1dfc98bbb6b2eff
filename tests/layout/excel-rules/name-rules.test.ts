import { definedNameProblem, parseAbsoluteRef, tableNameProblem } from "../../../src/layout/excel-rules";

describe("table names", () => {
  test.each(["tblDonVi", "_x", "Bảng_1"])("accepts %s", (name) => expect(tableNameProblem(name)).toBeNull());
  test.each(["", "A1", "R1C1", "C", "Có dấu cách", "1bang", "a.b", "x".repeat(256)])("refuses %j", (name) => {
    expect(tableNameProblem(name)?.key).toBe("excel.table.nameInvalid");
  });
});

describe("defined names", () => {
  test("refer to an absolute range of one sheet", () => {
    expect(definedNameProblem("NgayBaoCao", "='Cài đặt'!$B$2")).toBeNull();
    expect(definedNameProblem("Ky", "=Sheet1!$A$1:$B$3")).toBeNull();
    expect(definedNameProblem("NgayBaoCao", "=TODAY()")?.key).toBe("excel.name.notRange");
    expect(definedNameProblem("NgayBaoCao", "='Cài đặt'!B2")?.key).toBe("excel.name.notRange");
    expect(definedNameProblem("R1C1", "=Sheet1!$A$1")?.key).toBe("excel.name.invalid");
    expect(definedNameProblem("Có dấu cách", "=Sheet1!$A$1")?.key).toBe("excel.name.invalid");
  });

  test("read back with the sheet unquoted and written as Excel writes it", () => {
    expect(parseAbsoluteRef("='It''s'!$a$1:$b$2")).toEqual({ sheet: "It's", range: { top: 1, left: 1, bottom: 2, right: 2 }, text: "'It''s'!$A$1:$B$2" });
    expect(parseAbsoluteRef("'_meta'!$B$2")?.text).toBe("_meta!$B$2");
    expect(parseAbsoluteRef("=Sheet1!$A$1")?.sheet).toBe("Sheet1");
  });
});
