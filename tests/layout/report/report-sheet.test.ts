import { defaultReportSettings, parsePeriod, periodRange, reportFigures, type Period } from "../../../src/domain/report";
import type { Unit, UnitCode } from "../../../src/domain/types";
import type { CellContent, SheetSpec } from "../../../src/layout";
import { reportSheet, reportSheetName } from "../../../src/layout/report";
import { parseRange } from "../../../src/layout/excel-rules";
import { seedEntries, seedPlan, seedState, seedUnits } from "../../support/seed-tracker";

function sheetFor(units: Unit[] = seedUnits(), entries = seedEntries(units), code = "2019-12"): SheetSpec {
  const plan = seedPlan();
  const period = parsePeriod(code) as Period;
  const state = seedState(plan, units, entries);
  const figures = reportFigures(state, period, "calendar", periodRange(period, "calendar"));
  return reportSheet({
    sheetName: reportSheetName(period),
    plan: state.plan,
    figures,
    settings: defaultReportSettings(plan),
    docNumber: "7-BC/ĐUK",
    reportDate: "2020-01-06" as never,
    previous: null,
  });
}

/** Every cell of the spec by "row:column". */
function cellsOf(spec: SheetSpec): Map<string, CellContent> {
  const cells = new Map<string, CellContent>();
  for (const block of spec.cells ?? []) {
    const at = parseRange(block.at)!;
    block.rows.forEach((row, i) => row.forEach((c, j) => cells.set(`${at.top + i}:${at.left + j}`, c)));
  }
  return cells;
}

const textAt = (cells: Map<string, CellContent>, row: number, column: number) => {
  const c = cells.get(`${row}:${column}`);
  return c && c.kind === "text" ? c.text : null;
};

describe("the report sheet", () => {
  const spec = sheetFor();
  const cells = cellsOf(spec);

  it("is values only: no formula anywhere, no link to another sheet", () => {
    expect([...cells.values()].filter((c) => c.kind === "formula")).toEqual([]);
    expect(spec.hyperlinks ?? []).toEqual([]);
  });

  it("puts the header blocks where party documents have them", () => {
    expect(textAt(cells, 1, 1)).toBe("ĐẢNG BỘ TỈNH BÌNH PHƯỚC");
    expect(textAt(cells, 1, 5)).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(textAt(cells, 2, 1)).toBe("ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP");
    expect(textAt(cells, 3, 1)).toBe("*");
    expect(textAt(cells, 4, 1)).toBe("Số 7-BC/ĐUK");
    expect(textAt(cells, 4, 5)).toBe("Bình Phước, ngày 06 tháng 01 năm 2020");
    const style = (address: string) => spec.styles?.filter((s) => s.range === address).map((s) => s.style) ?? [];
    expect(style("E1:L1").some((s) => s.font?.bold && s.font.underline && s.font.size === 15)).toBe(true);
    expect(style("A2:D2").some((s) => s.font?.bold && s.font.size === 14)).toBe(true);
    expect(style("E4:L4").some((s) => s.font?.italic)).toBe(true);
  });

  it("prints on A4 portrait, one page wide, numbered from page 2, in Times New Roman", () => {
    expect(spec.print).toMatchObject({ orientation: "portrait", paper: "A4", fitToWidth: true, pageNumbers: { skipFirst: true } });
    expect(spec.print?.margins?.left).toBeCloseTo(30 / 25.4, 5);
    expect(spec.styles?.[0].style.font?.name).toBe("Times New Roman");
  });

  it("repeats a table's header at the top of every page the table runs onto", () => {
    const breaks = spec.print?.pageBreaks ?? [];
    const appendix = breaks.find((row) => textAt(cells, row, 1) === "PHỤ LỤC");
    expect(appendix).toBeDefined();
    const after = breaks.filter((row) => row > (appendix as number));
    expect(after.length).toBeGreaterThan(0);
    for (const row of after) {
      expect(textAt(cells, row, 1)).toBe("STT");
      expect(textAt(cells, row, 2)).toBe("Đơn vị");
    }
  });

  it("keeps rows within Excel's 409-point limit, splitting a long list over rows", () => {
    const units = Array.from({ length: 300 }, (_, i) => ({ ...seedUnits()[i % 42], code: `DV${String(i + 1).padStart(3, "0")}` as UnitCode, name: `${seedUnits()[i % 42].name} số ${i + 1}` }));
    const big = sheetFor(units, []);
    expect(Math.max(...(big.rows ?? []).map((r) => r.height ?? 0))).toBeLessThanOrEqual(409);
    const silent = [...cellsOf(big).values()].filter((c) => c.kind === "text" && c.text.includes("chưa báo cáo kết quả:"));
    expect(silent).toHaveLength(1);
  });

  it("writes a unit name that looks like a formula as text", () => {
    const units = seedUnits();
    units[33] = { ...units[33], name: '=HYPERLINK("http://x.example","bấm")' };
    const hostile = cellsOf(sheetFor(units));
    const found = [...hostile.values()].filter((c) => c.kind === "text" && c.text.startsWith("=HYPERLINK"));
    expect(found.length).toBeGreaterThan(0);
  });
});

describe("report sheet names", () => {
  it.each([
    ["2019-12", "BC tháng 12-2019"],
    ["2019-Q4", "BC quý IV-2019"],
    ["2019-H1", "BC 6 tháng-2019"],
    ["2019-9M", "BC 9 tháng-2019"],
    ["2019", "BC năm 2019"],
    ["2019-10-01..2019-12-31", "BC 01.10.2019-31.12.2019"],
  ])("%s → %s", (code, name) => {
    expect(reportSheetName(parsePeriod(code) as Period)).toBe(name);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
