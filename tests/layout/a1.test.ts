import fc from "fast-check";
import { MAX_COLUMNS, MAX_ROWS, columnLetters, columnNumber, formatRange, parseRange, quoteSheetName, sheetReference } from "../../src/layout/a1";

describe("A1 addresses", () => {
  test("column letters and numbers are inverse up to XFD", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_COLUMNS }), (n) => columnNumber(columnLetters(n)) === n));
    expect(columnLetters(MAX_COLUMNS)).toBe("XFD");
  });

  test("a formatted rectangle parses back to itself", () => {
    const rect = fc
      .tuple(fc.integer({ min: 1, max: MAX_ROWS }), fc.integer({ min: 1, max: MAX_ROWS }), fc.integer({ min: 1, max: MAX_COLUMNS }), fc.integer({ min: 1, max: MAX_COLUMNS }))
      .map(([a, b, c, d]) => ({ top: Math.min(a, b), bottom: Math.max(a, b), left: Math.min(c, d), right: Math.max(c, d) }));
    fc.assert(fc.property(rect, (r) => expect(parseRange(formatRange(r))).toEqual(r)));
  });

  test("reads whole columns and rows as spanning the grid", () => {
    expect(parseRange("C:E")).toEqual({ top: 1, bottom: MAX_ROWS, left: 3, right: 5 });
    expect(parseRange("$5:$5")).toEqual({ top: 5, bottom: 5, left: 1, right: MAX_COLUMNS });
  });

  test("rejects what is not an address", () => {
    for (const bad of ["", "A", "5", "A0", "XFE1", "A1:B", "A1:B2:C3", "Sheet1!A1"]) expect(parseRange(bad)).toBeNull();
  });

  test("quotes sheet names the way Excel writes references", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("_meta")).toBe("_meta");
    expect(quoteSheetName("Kế hoạch")).toBe("'Kế hoạch'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(sheetReference("Chi bộ 'Hòa Bình'", "A1")).toBe("'Chi bộ ''Hòa Bình'''!A1");
  });
});
