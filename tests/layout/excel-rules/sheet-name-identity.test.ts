import { findSheetName, sameSheetName, sheetNameKey } from "../../../src/layout/excel-rules";

const nfd = (text: string) => text.normalize("NFD");

describe("sheetNameKey", () => {
  test("compares Vietnamese letters without regard to case, as Excel does", () => {
    expect(sheetNameKey("Đảng bộ Sở Y tế")).toBe(sheetNameKey("ĐẢNG BỘ SỞ Y TẾ"));
    expect(sameSheetName("đơn vị", "ĐƠN VỊ")).toBe(true);
  });

  test.each(["Chi bộ", "CHI BỘ", "chi bộ", "cHI bỘ"])("takes %s typed with combining accents (NFD) for the composed name", (typed) => {
    expect(nfd(typed)).not.toBe(typed);
    expect(sheetNameKey(nfd(typed))).toBe(sheetNameKey("Chi bộ"));
    expect(sameSheetName(nfd(typed), "chi bộ")).toBe(true);
  });

  test("tells apart names that differ by more than case", () => {
    expect(sameSheetName("Chi bộ", "Chi bô")).toBe(false);
    expect(sameSheetName("Đơn vị", "Don vi")).toBe(false);
    expect(sameSheetName("Sheet1", "Sheet1 ")).toBe(false);
  });

  test("uses no locale: one character for one, Turkish i's apart, sharp s not SS", () => {
    expect(sameSheetName("I", "i")).toBe(true);
    expect(sameSheetName("ı", "I")).toBe(false);
    expect(sameSheetName("İ", "i")).toBe(false);
    expect(sameSheetName("Straße", "STRASSE")).toBe(false);
    expect(sameSheetName("ẞ", "ß")).toBe(true);
    expect(sameSheetName("ΟΔΟΣ", "οδος")).toBe(true);
    expect(sameSheetName("οδος", "οδοσ")).toBe(true);
    expect(sameSheetName("Đơn vị µ", "ĐƠN VỊ Μ")).toBe(true);
    expect(sameSheetName("ſ", "S")).toBe(true);
  });

  test("folds every code point as Unicode simple case folding does (the RegExp iu flag)", () => {
    const esc = (ch: string) => `\\u{${(ch.codePointAt(0) as number).toString(16)}}`;
    const single = (text: string) => [...text].length === 1;
    const mismatches: string[] = [];
    for (let cp = 0; cp <= 0x1ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.normalize("NFC") !== ch) continue;
      const same = new RegExp(`^${esc(ch)}$`, "iu");
      for (const other of [ch.toUpperCase(), ch.toLowerCase()]) {
        if (!single(other) || other === ch || other.normalize("NFC") !== other) continue;
        if (same.test(other) !== (sheetNameKey(ch) === sheetNameKey(other))) mismatches.push(`U+${cp.toString(16)} ${ch}/${other}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe("findSheetName", () => {
  test("gives the name as the workbook spells it", () => {
    expect(findSheetName(["Kế hoạch", "Đơn vị"], nfd("ĐƠN VỊ"))).toBe("Đơn vị");
    expect(findSheetName(["Kế hoạch"], "Đơn vị")).toBeNull();
  });
});
