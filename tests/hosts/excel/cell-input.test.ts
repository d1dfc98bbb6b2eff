import fc from "fast-check";
import { cellInput, textInput } from "../../../src/hosts/excel/cell-input";
import type { IsoDate } from "../../../src/domain";
import { coerceInput } from "../../support/excel-emulator/cell-coercion";

describe("text written to Excel", () => {
  test("comes back as exactly the same text for any string, never as a formula, number or boolean", () => {
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "0", "1e5", " 12 ", "TRUE", "false", "#N/A").chain((lead) => fc.string().map((rest) => lead + rest)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const stored = coerceInput(textInput(text));
        expect(stored).toEqual({ value: text, formula: null });
      }),
      { numRuns: 5000 },
    );
  });

  test("is written unchanged when Excel would keep it as text anyway", () => {
    expect(textInput("Chi bộ Trường THPT Đồng Xoài")).toBe("Chi bộ Trường THPT Đồng Xoài");
  });

  test.each(["=1+1", "+84", "-5", "@x", "\tx", "\rx", "'x", "0123", "1.234,5", "TRUE", "#N/A", "20/12/2019", "8:30"])("gets Excel's text marker when it starts like %j", (text) => {
    expect(textInput(text)).toBe(`'${text}`);
  });
});

describe("cell inputs", () => {
  test("turn a calendar date into its Excel serial", () => {
    expect(cellInput({ kind: "date", date: "2019-12-20" as IsoDate })).toBe(43819);
  });

  test("write formulas with their leading = and blanks as empty", () => {
    expect(cellInput({ kind: "formula", formula: "SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
    expect(cellInput({ kind: "blank" })).toBe("");
  });
});
