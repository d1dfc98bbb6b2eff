import fc from "fast-check";
import { renameSheetInFormula } from "../../../src/hosts/xlsx/formula-sheet-rename";
import { quoteSheetName, sheetNameKey } from "../../../src/layout/excel-rules";

describe("renaming a sheet in a formula, as Excel does", () => {
  it("renames quoted and unquoted references, ignoring case", () => {
    expect(renameSheetInFormula("'Tổng quan'!$F$6:$F$11", "Tổng quan", "Tổng hợp")).toBe("'Tổng hợp'!$F$6:$F$11");
    expect(renameSheetInFormula("SUM(DV001!B2:B9)+dv001!C1", "DV001", "Chi bộ VP")).toBe("SUM('Chi bộ VP'!B2:B9)+'Chi bộ VP'!C1");
    expect(renameSheetInFormula("('Đơn vị'!$A$1,'ĐƠN VỊ'!$A$3)", "đơn vị", "DS")).toBe("(DS!$A$1,DS!$A$3)");
  });

  it("doubles an apostrophe of the new name and reads a doubled one in the old", () => {
    expect(renameSheetInFormula("'Chi bộ ''A'''!A1", "Chi bộ 'A'", "Bà Rịa 'mới'")).toBe("'Bà Rịa ''mới'''!A1");
  });

  it("leaves other sheets, longer names, text in quotes and other workbooks' sheets alone", () => {
    const formula = `Sheet10!A1&"Sheet1!A1"&[1]Sheet1!A1&'[1]Sheet1'!A1&'Sheet1 (2)'!A1&Sheet1.x!A1`;
    expect(renameSheetInFormula(formula, "Sheet1", "Mới")).toBe(formula);
    expect(renameSheetInFormula("Sheet1!A1+Sheet10!A1", "Sheet1", "Mới")).toBe("Mới!A1+Sheet10!A1");
  });

  it("renaming back restores the formula Excel wrote, whatever the names and the text around them", () => {
    const name = fc.string({ minLength: 1, maxLength: 31, unit: fc.constantFrom("a", "B", "ộ", "Đ", " ", "'", "1", "(", ".", "_") }).filter((n) => !n.startsWith("'") && !n.endsWith("'"));
    fc.assert(
      fc.property(name, name, name, fc.array(fc.constantFrom("from", "other", "text", "fn"), { maxLength: 8 }), (from, to, other, pieces) => {
        fc.pre(sheetNameKey(from) !== sheetNameKey(to) && sheetNameKey(other) !== sheetNameKey(from) && sheetNameKey(other) !== sheetNameKey(to));
        const formula = pieces
          .map((p) => ({ from: `${quoteSheetName(from)}!$A$1`, other: `${quoteSheetName(other)}!B2:C3`, text: `"${from}!A1"`, fn: "SUM(1,2)" })[p])
          .join("+");
        const renamed = renameSheetInFormula(formula, from, to);
        if (pieces.includes("from")) expect(renamed).not.toBe(formula);
        expect(renameSheetInFormula(renamed, to, from)).toBe(formula);
      }),
    );
  });
});
