import fc from "fast-check";
import { quoteSheetName, sheetReference, splitSheetReference } from "../../../src/layout/excel-rules";

describe("quoteSheetName", () => {
  test.each(["Sheet1", "_meta", "Sheet.1", "Kếhoạch", "ABCD1", "Rx", "Cột"])("leaves %s bare, as Excel writes it", (name) => {
    expect(quoteSheetName(name)).toBe(name);
  });

  test.each([
    ["Kế hoạch", "space"],
    ["Sheet-1", "punctuation"],
    ["1Sheet", "a leading digit"],
    [".Sheet", "a leading dot"],
    ["A1", "an A1 cell"],
    ["dv001", "an A1 cell in lower case"],
    ["R", "an R1C1 row"],
    ["c", "an R1C1 column"],
    ["RC", "the R1C1 cell itself"],
    ["R2C3", "an R1C1 cell"],
    ["R2D2", "what starts with an R1C1 row"],
    ["C3PO", "what starts with an R1C1 column"],
    ["TRUE", "a logical value"],
    ["Chi bộ".normalize("NFD"), "combining accents"],
  ])("quotes %j: %s", (name) => {
    expect(quoteSheetName(name)).toBe(`'${name}'`);
  });

  test("doubles an apostrophe inside", () => {
    expect(quoteSheetName("Chi bộ O'Neil")).toBe("'Chi bộ O''Neil'");
    expect(sheetReference("Chi bộ 'Hòa Bình'", "A1")).toBe("'Chi bộ ''Hòa Bình'''!A1");
    expect(sheetReference("_meta", "$B$2")).toBe("_meta!$B$2");
  });

  test("a reference splits back into its sheet and address (property)", () => {
    const name = fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[!:\\/?*[\]]/.test(s) && !s.startsWith("'") && !s.endsWith("'") && s.trim() === s);
    fc.assert(fc.property(name, (sheet) => expect(splitSheetReference(sheetReference(sheet, "$A$1:$B$2"))).toEqual({ sheet, address: "$A$1:$B$2" })));
  });

  test("a reference without a sheet does not split", () => {
    expect(splitSheetReference("A1")).toBeNull();
  });
});
