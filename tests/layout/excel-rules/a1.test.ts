import fc from "fast-check";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  absCell,
  absRange,
  cell,
  columnLetters,
  columnNumber,
  formatRange,
  parseCell,
  parseCellRange,
  parseRange,
  range,
  rectContains,
  rectFrom,
  rectsIntersect,
} from "../../../src/layout/excel-rules";

describe("A1 addresses", () => {
  test("column letters and numbers are inverse up to XFD", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_COLUMNS }), (n) => columnNumber(columnLetters(n)) === n));
    expect(columnLetters(MAX_COLUMNS)).toBe("XFD");
    expect(columnNumber("ab")).toBe(28);
  });

  test("a column number exists only for one to three letters inside the grid", () => {
    for (const bad of ["", "A1", "ABCD", "XFE", "Đ", "$A"]) expect(columnNumber(bad)).toBeNull();
  });

  test("writes cells and ranges from column and row numbers, relative or absolute", () => {
    expect(cell(2, 5)).toBe("B5");
    expect(range(2, 5, 8, 64)).toBe("B5:H64");
    expect(absCell(28, 1)).toBe("$AB$1");
    expect(absRange(1, 1, 2, 3)).toBe("$A$1:$B$3");
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

  test("a cell is one cell; a cell range has cells at both corners, in any order", () => {
    expect(parseCell("$B$5")).toEqual({ row: 5, col: 2 });
    for (const notOne of ["B5:B6", "B:B", "5:5", "B0"]) expect(parseCell(notOne)).toBeNull();
    expect(parseCellRange("H64:B5")).toEqual({ top: 5, left: 2, bottom: 64, right: 8 });
    expect(parseCellRange("B5")).toEqual({ top: 5, left: 2, bottom: 5, right: 2 });
    for (const whole of ["C:C", "5:7"]) expect(parseCellRange(whole)).toBeNull();
  });

  test("rectangles intersect, contain cells and grow from a corner within the grid", () => {
    const a = { top: 1, left: 1, bottom: 3, right: 3 };
    expect(rectsIntersect(a, { top: 3, left: 3, bottom: 4, right: 4 })).toBe(true);
    expect(rectsIntersect(a, { top: 4, left: 1, bottom: 4, right: 1 })).toBe(false);
    expect(rectContains(a, 2, 3)).toBe(true);
    expect(rectFrom("B2", 2, 3)).toEqual({ top: 2, left: 2, bottom: 3, right: 4 });
    expect(rectFrom(`A${MAX_ROWS}`, 2, 1)).toBeNull();
  });
});
