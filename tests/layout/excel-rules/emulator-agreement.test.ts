/**
 * The emulated Excel (tests/support/excel-emulator) keeps its own sheet-name rules, as Excel would;
 * the add-in's rules must give the same answers, or a test over the emulator would pass a change
 * Excel refuses, or the other way round.
 */
import { isValidSheetName, sameSheetName } from "../../../src/layout/excel-rules";
import * as emulator from "../../support/excel-emulator/sheet-name-rules";

const nfd = (text: string) => text.normalize("NFD");

const TRICKY_NAMES = [
  "Chi bộ",
  "CHI BỘ",
  nfd("chi bộ"),
  nfd("CHI BỘ"),
  "Đơn vị",
  "đơn vị",
  "ĐƠN VỊ",
  "Don vi",
  "Kế hoạch",
  nfd("kẾ HoẠcH"),
  "Tổng quan",
  "History",
  "history",
  "HİSTORY",
  "hıstory",
  "Histories",
  "Straße",
  "STRASSE",
  "STRAẞE",
  "ΟΔΟΣ",
  "οδος",
  "ǅ",
  "ǆ",
  "ı",
  "I",
  "i",
  "İ",
  "Sheet1",
  "SHEET1",
  "Sheet1 ",
  " Sheet1",
  "",
  "x".repeat(31),
  "x".repeat(32),
  "𝐀".repeat(16),
  "a/b",
  "Báo cáo: Quý IV",
  "[Nháp]",
  "Ai?",
  "Tất cả*",
  "A\\B",
  "'Chi bộ",
  "Chi bộ'",
  "Chi bộ O'Neil",
  "=SUM(A1)",
  "a\tb",
  "_meta",
];

describe("the add-in's sheet-name rules and the emulated Excel's", () => {
  test.each(TRICKY_NAMES)("agree on whether %j is a valid name", (name) => {
    expect(isValidSheetName(name)).toBe(emulator.isValidSheetName(name));
  });

  test("agree on which tricky names name the same sheet", () => {
    const disagreements: string[] = [];
    for (const a of TRICKY_NAMES) {
      for (const b of TRICKY_NAMES) {
        if (sameSheetName(a, b) !== emulator.sameSheetName(a, b)) disagreements.push(`${JSON.stringify(a)} ~ ${JSON.stringify(b)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  test("both take Vietnamese names the same across case and accent encoding", () => {
    for (const typed of ["CHI BỘ", nfd("chi bộ"), nfd("CHI BỘ")]) {
      expect(sameSheetName(typed, "Chi bộ")).toBe(true);
      expect(emulator.sameSheetName(typed, "Chi bộ")).toBe(true);
    }
  });
});
