import { MAX_SHEET_NAME_LENGTH, isValidSheetName, sheetNameProblem } from "../../../src/layout/excel-rules";

describe("sheetNameProblem", () => {
  test.each(["Kế hoạch", "CB Sở Tài chính", '=HYPERLINK("x")', "a'b", "x".repeat(MAX_SHEET_NAME_LENGTH), "Histories", "_meta"])("accepts %j", (name) => {
    expect(sheetNameProblem(name)).toBeNull();
    expect(isValidSheetName(name)).toBe(true);
  });

  test.each([
    ["", "excel.sheetName.empty"],
    ["Đảng bộ cơ sở Công ty Cổ phần Cao su", "excel.sheetName.tooLong"],
    ["Báo cáo: Quý IV", "excel.sheetName.forbiddenChar"],
    ["BC 12/2019", "excel.sheetName.forbiddenChar"],
    ["A\\B", "excel.sheetName.forbiddenChar"],
    ["Ai?", "excel.sheetName.forbiddenChar"],
    ["Tất cả*", "excel.sheetName.forbiddenChar"],
    ["[Nháp]", "excel.sheetName.forbiddenChar"],
    ["a]b", "excel.sheetName.forbiddenChar"],
    ["'Chi bộ", "excel.sheetName.quoteAtEdge"],
    ["Chi bộ'", "excel.sheetName.quoteAtEdge"],
    ["History", "excel.sheetName.reserved"],
    ["HISTORY", "excel.sheetName.reserved"],
    ["history", "excel.sheetName.reserved"],
  ])("refuses %j with %s", (name, key) => {
    expect(sheetNameProblem(name)?.key).toBe(key);
    expect(isValidSheetName(name)).toBe(false);
  });

  test("names the sheet, the character and the length in the problem", () => {
    expect(sheetNameProblem("BC 12/2019")).toEqual({ key: "excel.sheetName.forbiddenChar", params: { name: "BC 12/2019", char: "/" }, at: { sheet: "BC 12/2019" } });
    expect(sheetNameProblem("x".repeat(32))?.params).toEqual({ name: "x".repeat(32), length: 32 });
  });

  test("counts length in UTF-16 units, as Excel does", () => {
    expect(isValidSheetName("𝐀".repeat(15))).toBe(true);
    expect(isValidSheetName("𝐀".repeat(16))).toBe(false);
  });
});
