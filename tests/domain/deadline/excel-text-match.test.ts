import { excelMatchIndex } from "../../../src/domain/deadline/excel-text-match";

const LIST = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Không áp dụng"];

describe("text matching as Excel's MATCH(…, 0)", () => {
  it("ignores case, Vietnamese capitals included, but not accents", () => {
    expect(excelMatchIndex("KHÔNG ÁP DỤNG", LIST)).toBe(3);
    expect(excelMatchIndex("Khong ap dung", LIST)).toBe(-1);
  });

  it("takes ? for one character and * for any run, first match wins", () => {
    expect(excelMatchIndex("Ho?n thành", LIST)).toBe(2);
    expect(excelMatchIndex("*thực hiện", LIST)).toBe(0);
    expect(excelMatchIndex("*", LIST)).toBe(0);
  });

  it("reads ~ as making the next wildcard literal", () => {
    expect(excelMatchIndex("~*", LIST)).toBe(-1);
    expect(excelMatchIndex("a~*b", ["a*b", "axb"])).toBe(0);
    expect(excelMatchIndex("a~?", ["ax", "a?"])).toBe(1);
  });

  it("matches the whole text only, spaces included", () => {
    expect(excelMatchIndex("Hoàn", LIST)).toBe(-1);
    expect(excelMatchIndex("Hoàn thành ", LIST)).toBe(-1);
  });

  it("treats regular-expression characters as plain text", () => {
    expect(excelMatchIndex("(a)+[b].", ["(a)+[b].", "aab."])).toBe(0);
  });
});
